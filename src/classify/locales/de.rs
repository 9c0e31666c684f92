//! German boilerplate phrasings.

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((jetzt |diesen (artikel|beitrag) )?teilen|teilen (mit|auf|per|über)( [\w-]+)?|gefällt mir|(artikel |seite )?drucken|per e-?mail (senden|versenden|teilen)|link kopieren)\W*$",
        &["Teilen mit:", "Gefällt mir:", "Diesen Artikel teilen", "Teilen auf Facebook", "Drucken"],
        &["Wir teilen diese Meinung nicht, sagte die Bürgermeisterin am Abend."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(schreibe|hinterlasse|schreiben sie) einen kommentar( antworten abbrechen)?\W*$|^(antworten|antwort abbrechen|kommentar (abschicken|absenden|schreiben)|kommentare?)\W*$|(deine|ihre) e-?mail-adresse wird nicht veröffentlicht|(erforderliche felder|pflichtfelder) sind (mit \* )?(markiert|gekennzeichnet)",
        &["Schreibe einen Kommentar", "Kommentar abschicken", "Antworten", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert"],
        &["Antworten auf diese Fragen gab es erst viele Wochen später."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(wir verwenden|wir nutzen|diese (website|webseite|seite) (verwendet|nutzt)) cookies\b|^(alle )?(akzeptieren|ablehnen|zustimmen)( und (schließen|weiter))?\W*$|^(alle cookies (akzeptieren|ablehnen)|cookie-einstellungen|einstellungen (verwalten|anpassen)|datenschutzeinstellungen|notwendige cookies|nur notwendige cookies)\W*$",
        &["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "Alle akzeptieren", "Cookie-Einstellungen", "Nur notwendige Cookies"],
        &["Meine Großmutter backte jeden Sonntag Kekse für die ganze Straße."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^(newsletter( abonnieren| bestellen)?|(jetzt |hier )?abonnieren|zum newsletter anmelden|(ihre |deine )?e-?mail-adresse( eingeben)?)\W*$",
        &["Newsletter abonnieren", "Jetzt abonnieren", "Ihre E-Mail-Adresse"],
        &["Der Verlag hat den Newsletter im Frühjahr eingestellt, weil ihn kaum jemand las."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(anmelden|abmelden|einloggen|ausloggen|registrieren|konto erstellen|mein konto|passwort vergessen\??|benutzername|passwort)(\s*(/|\||oder)\s*(anmelden|registrieren|einloggen))?\W*$",
        &["Anmelden", "Einloggen / Registrieren", "Passwort vergessen?", "Mein Konto"],
        &["Anmelden konnte man sich nur persönlich im Rathaus, und das dauerte Stunden."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\balle rechte vorbehalten\b",
        &["© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten."],
        &["Das Recht auf Bildung ist in der Verfassung verankert."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(zum (haupt)?inhalt springen|springe zum (haupt)?inhalt|direkt zum inhalt|zur navigation springen|zum seitenanfang|nach oben)\W*$",
        &["Zum Inhalt springen", "Direkt zum Inhalt", "Nach oben"],
        &["Nach oben führte eine schmale Treppe, die im Winter vereist war."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^seite \d+ von \d+\W*$|^(«|‹|←|<)*\s*(nächste|vorherige|weiter|zurück|ältere|neuere)( (seite|beiträge|artikel|einträge))?\s*(»|›|→|>)*$|^(mehr laden|mehr anzeigen|alle anzeigen)\W*$",
        &["Seite 2 von 9", "Ältere Beiträge", "« Zurück", "Weiter »", "Mehr laden"],
        &["Weiter ging es am nächsten Morgen mit dem Zug in Richtung Süden."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(veröffentlicht|abgelegt|gepostet) (in|unter):? [^.!?]+$|^(schlagwörter|schlagworte|stichwörter|kategorien?|themen|tags)\s*:.*$|^(autor|autorin|geschrieben von|ein beitrag von)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(\.|uten)?\.? lesezeit|lesezeit:?\s*\d+\s*min(\.|uten)?)\W*$",
        &["Veröffentlicht in Politik, Europa", "Schlagwörter: Ukraine, Diplomatie", "Geschrieben von Anna Schmidt", "5 Min. Lesezeit"],
        &["Veröffentlicht wurde der Bericht erst nach der Wahl, was viele Leser ärgerte."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(weiterlesen|weiter lesen|mehr lesen|mehr erfahren|mehr dazu|zum artikel|hier klicken|mehr)\s*(»|›|→|>|…|\.)*$",
        &["Weiterlesen", "Mehr erfahren »", "Weiterlesen …"],
        &["Mehr als die Hälfte der Befragten war mit dem Ergebnis zufrieden."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(ähnliche (beiträge|artikel)|verwandte (beiträge|artikel|themen)|das könnte (sie|dich) auch interessieren|auch interessant|beliebte (beiträge|artikel)|neueste (beiträge|artikel)|meistgelesen|mehr zum thema|weitere (artikel|beiträge|nachrichten))\W*$",
        &["Ähnliche Beiträge", "Das könnte Sie auch interessieren", "Mehr zum Thema"],
        &["Ähnliche Beiträge hatte die Zeitung schon im Vorjahr gedruckt, ohne Erfolg."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(startseite|menü|hauptmenü|navigation|suche|suchen|kontakt|impressum|datenschutz|datenschutzerklärung|agb|über uns|hilfe|warenkorb|kasse|karriere|presse|barrierefreiheit)\W*$",
        &["Startseite", "Impressum", "Datenschutzerklärung", "Über uns"],
        &["Über uns flogen die Kraniche nach Süden, laut und in langen Ketten."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(anzeige|werbung|gesponsert|gesponserter (beitrag|inhalt))\W*$",
        &["Anzeige", "WERBUNG", "Gesponserter Beitrag"],
        &["Die Anzeige wurde noch am selben Tag bei der Polizei erstattet."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (ist )?(deaktiviert|aktivieren)\b|\bihr browser unterstützt\b",
        &["JavaScript ist deaktiviert.", "Bitte JavaScript aktivieren, um die Kommentare zu sehen."],
        &["JavaScript ist eine Programmiersprache, die im Browser läuft."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(in den warenkorb|jetzt kaufen|jetzt bestellen|zur kasse|kostenlos testen|angebot anfordern|(jetzt )?herunterladen)\W*$",
        &["In den Warenkorb", "Jetzt kaufen"],
        &["Jetzt kaufen viele Familien ihr Gemüse direkt beim Bauern."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d.,]*\s*(kommentare?|antworten|aufrufe|bewertungen|likes)\W*$|^(keine|noch keine) kommentare\W*$",
        &["12 Kommentare", "Noch keine Kommentare"],
        &["12 Kommentare gingen bis Freitag bei der Behörde ein."],
    ),
    p(
        Rule::DateOnly,
        r"^((veröffentlicht|aktualisiert|stand)( am)?:?\s*)?\d{1,2}\.\s*(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\s+\d{4}(,?\s*\d{1,2}[:.]\d{2}( uhr)?)?\W*$",
        &["19. Januar 2022", "Aktualisiert am 3. März 2021, 14:30 Uhr"],
        &["19. Januar 2022 war der Tag, an dem die Gespräche begannen."],
    ),
];
