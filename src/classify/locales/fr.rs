//! French boilerplate phrasings.

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((partager|partagez)( (cet|l')? ?(article|publication|page))?( (sur|par|via) [\w -]{1,20})?|j'aime|j’aime|imprimer|envoyer par e-?mail|copier le lien)\s*(:|!|\.|…)*$",
        &["Partager :", "J'aime :", "Partager cet article", "Partager sur Facebook", "Imprimer"],
        &["Elle ne voulait pas partager ce secret avec qui que ce soit."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(laisser|laissez|écrire) un (commentaire|avis)( annuler la réponse)?\W*$|^(répondre|annuler la réponse|(laisser un |poster le |publier le |envoyer le )?commentaire|commentaires)\W*$|votre (adresse (e-?mail|de messagerie)|e-?mail) ne sera pas publiée|les champs obligatoires sont indiqués",
        &["Laisser un commentaire", "Annuler la réponse", "Répondre", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
        &["Répondre à cette lettre lui prit plusieurs semaines."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(nous utilisons|ce site (web )?utilise|notre site utilise) (des )?cookies\b|^(tout )?(accepter|refuser|continuer sans accepter)( tout| et fermer)?\W*$|^(paramètres|gestion|préférences) des cookies\W*$|^(personnaliser|gérer mes choix|cookies (strictement )?nécessaires)\W*$",
        &["Nous utilisons des cookies pour améliorer votre expérience.", "Tout accepter", "Continuer sans accepter", "Paramètres des cookies"],
        &["Ma grand-mère faisait des gâteaux chaque dimanche pour toute la rue."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^((abonnez-vous|inscrivez-vous|s'abonner|s’abonner|je m'inscris|je m’inscris)( à (notre|la) newsletter)?|newsletter|(votre|entrez votre) (adresse )?e-?mail)\W*$",
        &["Abonnez-vous à notre newsletter", "S'abonner", "Votre adresse e-mail"],
        &["Le journal a arrêté sa newsletter au printemps faute de lecteurs."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(connexion|se connecter|déconnexion|se déconnecter|s'inscrire|s’inscrire|inscription|créer un compte|mon compte|mot de passe oublié\s*\??|identifiant|mot de passe)(\s*(/|\||ou)\s*(connexion|inscription|s'inscrire|créer un compte))?\W*$",
        &["Connexion", "Se connecter / S'inscrire", "Mot de passe oublié ?", "Mon compte"],
        &["Se connecter au serveur demandait une clé que personne ne trouvait."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\btous droits réservés\b",
        &["© 2024 Exemple Média. Tous droits réservés."],
        &["Le droit de réserver une table n'est pas un droit, disait-il."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(aller au contenu( principal)?|passer au contenu( principal)?|aller à la navigation|retour en haut( de (la )?page)?|haut de page)\W*$",
        &["Aller au contenu", "Passer au contenu principal", "Retour en haut de la page"],
        &["Retour en haut de la colline, il vit enfin la mer au loin."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^page \d+ (sur|de) \d+\W*$|^(«|‹|←|<)*\s*(suivant|suivante|précédent|précédente|articles (plus anciens|plus récents)|page (suivante|précédente))\s*(»|›|→|>)*$|^(charger plus|voir plus|voir tout|afficher plus)\W*$",
        &["Page 2 sur 9", "Suivant »", "« Précédent", "Articles plus anciens", "Voir plus"],
        &["Le jour suivant, nous sommes partis vers la côte sous la pluie."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(publié|classé|posté) (dans|sous) :? ?[^.!?]+$|^(étiquettes|mots-clés|mots clés|catégories?|tags|rubriques?)\s*:.*$|^(écrit par|rédigé par|auteur|auteure)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(utes?)? de lecture|temps de lecture\s*:?\s*\d+\s*min(utes?)?)\W*$",
        &["Publié dans Politique, Europe", "Étiquettes : diplomatie, OTAN", "Écrit par Marie Dupont", "5 min de lecture"],
        &["Publié dans un journal local, le texte fit scandale dans toute la région."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(lire la suite|lire plus|en savoir plus|continuer la lecture|voir l'article|cliquez ici|plus)\s*(»|›|→|>|…|\.)*$",
        &["Lire la suite", "En savoir plus »", "Continuer la lecture …"],
        &["Lire la suite de ses aventures fut un vrai plaisir pour les enfants."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(articles (similaires|liés|connexes|récents|populaires)|à lire aussi|lire aussi|vous aimerez aussi|vous aimerez peut-être aussi|sur le même sujet|les plus lus|dans la même rubrique|à découvrir aussi)\W*$",
        &["Articles similaires", "À lire aussi", "Vous aimerez peut-être aussi", "Les plus lus"],
        &["Sur le même sujet, le ministre n'a rien voulu dire aux journalistes ce matin-là."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(accueil|menu|navigation|rechercher|recherche|contact|contactez-nous|mentions légales|politique de confidentialité|à propos|qui sommes-nous \?|aide|panier|plan du site|conditions générales( d'utilisation| de vente)?|cgu|cgv|accessibilité)\W*$",
        &["Accueil", "Mentions légales", "Politique de confidentialité", "À propos"],
        &["Accueil chaleureux et cuisine simple : voilà ce que les voyageurs retiennent."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(publicité|annonce|sponsorisé|contenu sponsorisé|contenu partenaire)\W*$",
        &["Publicité", "PUBLICITÉ", "Contenu sponsorisé"],
        &["La publicité représente désormais la moitié des recettes du journal."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript est (désactivé|requis|nécessaire)\b|\bactivez javascript\b|\bvotre navigateur ne (prend pas en charge|supporte pas)\b",
        &["JavaScript est désactivé dans votre navigateur.", "Votre navigateur ne prend pas en charge la vidéo."],
        &["JavaScript est un langage de programmation qui s'exécute dans le navigateur."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(ajouter au panier|acheter maintenant|commander|je commande|télécharger|essai gratuit|demander un devis)\W*$",
        &["Ajouter au panier", "Télécharger"],
        &["Commander un café en terrasse était devenu son rituel du matin."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d .,]*\s*(commentaires?|réponses?|vues|avis|j'aime|partages)\W*$|^(aucun commentaire|pas de commentaires?)\W*$",
        &["12 commentaires", "Aucun commentaire"],
        &["12 commentaires ont été envoyés à la commission avant la date limite."],
    ),
    p(
        Rule::DateOnly,
        r"^((publié|mis à jour|modifié)( le)?\s*:?\s*)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)?\s*\d{1,2}(er)?\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}(\s*(à|,)?\s*\d{1,2}\s*[h:]\s*\d{2})?\W*$",
        &["19 janvier 2022", "Publié le 3 mars 2021 à 14h30", "Mis à jour le 1er juin 2023"],
        &["19 janvier 2022 : c'est le jour où tout a commencé, selon lui."],
    ),
];
