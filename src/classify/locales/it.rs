//! Italian boilerplate phrasings.

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((condividi|condividere)( (questo|l') ?(articolo|post|pagina))?( (su|via|per) [\w -]{1,20})?|mi piace|stampa|invia per e-?mail|copia (il )?link)\s*(:|!|\.|…)*$",
        &[
            "Condividi:",
            "Mi piace:",
            "Condividi questo articolo",
            "Condividi su Facebook",
        ],
        &["Non voleva condividere questo segreto con nessuno, nemmeno con la sorella."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(lascia|lasciare|scrivi) un (commento|risposta)( annulla risposta)?\W*$|^(rispondi|annulla (la )?risposta|(pubblica|invia) (il )?commento|commenti|commento)\W*$|il tuo indirizzo (e-?mail|email) non sarà pubblicato|i campi obbligatori sono contrassegnati",
        &[
            "Lascia un commento",
            "Annulla risposta",
            "Rispondi",
            "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
        ],
        &["Rispondi alla lettera entro una settimana, gli disse il notaio."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(utilizziamo|usiamo|questo sito (web )?(utilizza|usa)) (i )?cookie\b|^(accetta|rifiuta)( tutti| tutto)?( i cookie)?\W*$|^(impostazioni|preferenze|gestione|informativa) (dei |sui )?cookie\W*$|^(personalizza|gestisci (le )?preferenze)\W*$",
        &[
            "Utilizziamo i cookie per migliorare la tua esperienza.",
            "Accetta tutti",
            "Rifiuta",
            "Impostazioni dei cookie",
        ],
        &["Mia nonna preparava i biscotti ogni domenica per tutta la strada."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^((iscriviti|abbonati|iscriversi)( (alla|alla nostra) newsletter)?|newsletter|(il tuo|inserisci il tuo) (indirizzo )?e-?mail)\W*$",
        &[
            "Iscriviti alla newsletter",
            "Iscriviti",
            "Il tuo indirizzo email",
        ],
        &["Il giornale ha chiuso la sua newsletter in primavera per mancanza di lettori."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(accedi|accesso|esci|registrati|registrazione|crea (un )?account|il mio account|password dimenticata\s*\??|hai dimenticato la password\s*\??|nome utente|password)(\s*(/|\||o)\s*(registrati|accedi|crea (un )?account))?\W*$",
        &[
            "Accedi",
            "Accedi / Registrati",
            "Password dimenticata?",
            "Il mio account",
        ],
        &["Accedi al server con la chiave che ti abbiamo dato, poi avvia lo script."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\btutti i diritti (sono )?riservati\b",
        &["© 2024 Esempio Media. Tutti i diritti riservati."],
        &["Il diritto di riservare un tavolo non è un diritto, diceva."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(vai al contenuto( principale)?|salta al contenuto( principale)?|vai alla navigazione|torna (su|in alto|all'inizio))\W*$",
        &[
            "Vai al contenuto",
            "Salta al contenuto principale",
            "Torna su",
        ],
        &["Torna su per la collina e vedrai finalmente il mare."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^pagina \d+ di \d+\W*$|^(«|‹|←|<)*\s*(successivo|successiva|precedente|articoli (precedenti|successivi|meno recenti|più recenti)|pagina (successiva|precedente))\s*(»|›|→|>)*$|^(carica altro|carica altri|mostra (di )?più|vedi tutti|vedi tutto)\W*$",
        &[
            "Pagina 2 di 9",
            "Successivo »",
            "« Precedente",
            "Articoli meno recenti",
            "Carica altri",
        ],
        &["Il giorno successivo siamo partiti per la costa sotto la pioggia."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(pubblicato|archiviato) (in|sotto):? [^.!?]+$|^(tag|etichette|categori[ae]|argomenti)\s*:.*$|^(scritto da|autore|autrice)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(uti)? di lettura|tempo di lettura\s*:?\s*\d+\s*min(uti)?)\W*$",
        &[
            "Pubblicato in Politica, Europa",
            "Tag: diplomazia, NATO",
            "Scritto da Giulia Rossi",
            "5 minuti di lettura",
        ],
        &["Pubblicato in un giornale locale, il testo fece scandalo in tutta la regione."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(leggi (di )?più|leggi tutto|leggi l'articolo|continua a leggere|scopri di più|per saperne di più|clicca qui|altro)\s*(»|›|→|>|…|\.)*$",
        &["Leggi tutto", "Continua a leggere »", "Scopri di più"],
        &["Leggi più libri, diceva la maestra, e scriverai meglio."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(articoli (correlati|simili|recenti|popolari)|post correlati|potrebbe interessarti( anche)?|ti potrebbe interessare|leggi anche|i più letti|più lett[ie]|notizie correlate)\W*$",
        &[
            "Articoli correlati",
            "Potrebbe interessarti anche",
            "Leggi anche",
        ],
        &["Articoli correlati al caso uscirono su molti giornali la settimana scorsa."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(home|menu|navigazione|cerca|ricerca|contatti|contattaci|chi siamo|privacy|privacy policy|informativa (sulla )?privacy|note legali|aiuto|carrello|mappa del sito|termini e condizioni|accessibilità)\W*$",
        &[
            "Contatti",
            "Chi siamo",
            "Informativa sulla privacy",
            "Note legali",
        ],
        &["Chi siamo noi per giudicare, disse il parroco alla fine della messa."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(pubblicità|annuncio|sponsorizzato|contenuto sponsorizzato)\W*$",
        &["Pubblicità", "PUBBLICITÀ", "Contenuto sponsorizzato"],
        &["La pubblicità rappresenta ormai metà delle entrate del giornale."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (è )?(disabilitato|disattivato)\b|\b(abilita|attiva) javascript\b|\bil tuo browser non supporta\b",
        &[
            "JavaScript è disabilitato nel tuo browser.",
            "Il tuo browser non supporta il video.",
        ],
        &["JavaScript è un linguaggio di programmazione che gira nel browser."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(aggiungi al carrello|acquista ora|compra ora|acquista|scarica|prova gratis|richiedi (un )?preventivo)\W*$",
        &["Aggiungi al carrello", "Acquista ora"],
        &["Acquista ora chi può, gli altri aspettano i saldi di gennaio."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d .,]*\s*(commenti|commento|risposte|visualizzazioni|mi piace|recensioni)\W*$|^(nessun commento|non ci sono commenti)\W*$",
        &["12 commenti", "Nessun commento"],
        &["12 commenti arrivarono alla commissione prima della scadenza."],
    ),
    p(
        Rule::DateOnly,
        r"^((pubblicato|aggiornato)( il)?\s*:?\s*)?(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)?\s*\d{1,2}\s+(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\s+\d{4}(\s*(alle|ore|,|-)?\s*\d{1,2}[:.]\d{2})?\W*$",
        &["19 gennaio 2022", "Pubblicato il 3 marzo 2021 alle 14:30"],
        &["19 gennaio 2022 fu il giorno in cui iniziarono i negoziati."],
    ),
];
