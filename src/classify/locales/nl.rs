//! Dutch boilerplate phrasings.

use crate::classify::patterns::{p, Pattern};
use crate::rule::{Family::*, Rule};

pub(super) static PATTERNS: &[Pattern] = &[
    p(
        Rule::Phrase(Share),
        r"^((deel|delen)( dit)?( (artikel|bericht|pagina))?( (op|via|met) [\w -]{1,20})?|vind ik leuk|printen|afdrukken|mail dit artikel|link kopiëren)\s*(:|!|\.|…)*$",
        &[
            "Delen:",
            "Vind ik leuk:",
            "Deel dit artikel",
            "Delen op Facebook",
        ],
        &["Ze wilde dit geheim met niemand delen, zelfs niet met haar zus."],
    ),
    p(
        Rule::Phrase(CommentForm),
        r"^(laat|plaats|schrijf) een (reactie|opmerking)( achter)?( reactie annuleren)?\W*$|^(reageer|reageren|beantwoorden|reactie annuleren|reactie (plaatsen|versturen)|reacties?)\W*$|je e-?mailadres wordt niet gepubliceerd|uw e-?mailadres wordt niet gepubliceerd|vereiste velden zijn (gemarkeerd|aangegeven)",
        &[
            "Laat een reactie achter",
            "Reactie annuleren",
            "Reageer",
            "Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *",
        ],
        &["Reageren op die brief kostte hem weken van zijn leven."],
    ),
    p(
        Rule::Phrase(Consent),
        r"\b(wij gebruiken|we gebruiken|deze (website|site) (gebruikt|maakt gebruik van)) cookies\b|^(alles |alle cookies )?(accepteren|weigeren|afwijzen|akkoord)\W*$|^(cookie-?instellingen|cookievoorkeuren|cookiebeleid|instellingen (beheren|aanpassen)|noodzakelijke cookies)\W*$",
        &[
            "Wij gebruiken cookies om uw ervaring te verbeteren.",
            "Alles accepteren",
            "Weigeren",
            "Cookie-instellingen",
        ],
        &["Mijn grootmoeder bakte elke zondag koekjes voor de hele straat."],
    ),
    p(
        Rule::Phrase(Newsletter),
        r"^((meld je aan|schrijf je in|abonneer( je)?|inschrijven|aanmelden)( voor (de|onze) nieuwsbrief)?|nieuwsbrief|(je|uw|vul je) e-?mailadres( in)?)\W*$",
        &[
            "Meld je aan voor onze nieuwsbrief",
            "Nieuwsbrief",
            "Je e-mailadres",
        ],
        &["De krant stopte in het voorjaar met de nieuwsbrief omdat niemand hem las."],
    ),
    p(
        Rule::Phrase(Account),
        r"^(inloggen|uitloggen|aanmelden|afmelden|registreren|account aanmaken|mijn account|wachtwoord vergeten\??|gebruikersnaam|wachtwoord)(\s*(/|\||of)\s*(registreren|inloggen|account aanmaken))?\W*$",
        &[
            "Inloggen",
            "Inloggen / Registreren",
            "Wachtwoord vergeten?",
            "Mijn account",
        ],
        &["Inloggen op de server lukte pas na drie pogingen en een telefoontje."],
    ),
    p(
        Rule::Phrase(Copyright),
        r"\balle rechten voorbehouden\b",
        &["© 2024 Voorbeeld Media. Alle rechten voorbehouden."],
        &["Het recht om een tafel te reserveren is geen recht, zei hij."],
    ),
    p(
        Rule::Phrase(SkipLink),
        r"^(ga|spring|direct) naar (de )?(hoofd)?inhoud\W*$|^(naar boven|terug naar boven|ga naar navigatie)\W*$",
        &[
            "Ga naar de inhoud",
            "Direct naar inhoud",
            "Terug naar boven",
        ],
        &["Naar boven klom hij langzaam, tree voor tree, tot op de zolder."],
    ),
    p(
        Rule::Phrase(Pagination),
        r"^pagina \d+ van \d+\W*$|^(«|‹|←|<)*\s*(volgende|vorige|oudere berichten|nieuwere berichten|volgende pagina|vorige pagina)\s*(»|›|→|>)*$|^(meer laden|toon meer|bekijk alles|alles bekijken)\W*$",
        &[
            "Pagina 2 van 9",
            "Volgende »",
            "« Vorige",
            "Oudere berichten",
            "Meer laden",
        ],
        &["De volgende dag reden we naar de kust en zwommen de hele middag."],
    ),
    p(
        Rule::Phrase(PostMeta),
        r"^(geplaatst|gepubliceerd|opgeslagen) (in|onder):? [^.!?]+$|^(tags|trefwoorden|categorieën|categorie|onderwerpen)\s*:.*$|^(geschreven door|auteur)\s*:?\s+[^.!?:;]+$|^(\d+\s*min(uten)? leestijd|leestijd\s*:?\s*\d+\s*min(uten)?)\W*$",
        &[
            "Geplaatst in Politiek, Europa",
            "Tags: diplomatie, NAVO",
            "Geschreven door Anna de Vries",
            "5 minuten leestijd",
        ],
        &["Gepubliceerd in een lokale krant, leidde de tekst tot ophef in de hele regio."],
    ),
    p(
        Rule::Phrase(ReadMore),
        r"^(lees meer|lees verder|verder lezen|meer lezen|meer informatie|meer weten|klik hier|meer)\s*(»|›|→|>|…|\.)*$",
        &["Lees meer", "Lees verder »", "Meer informatie"],
        &["Lees meer boeken, zei de juf, dan ga je beter schrijven."],
    ),
    p(
        Rule::Phrase(Related),
        r"^(gerelateerde (berichten|artikelen)|vergelijkbare artikelen|recente berichten|populaire artikelen|dit vind je misschien ook leuk|misschien ook interessant|lees ook|meest gelezen)\W*$",
        &["Gerelateerde berichten", "Lees ook", "Meest gelezen"],
        &["Gerelateerde berichten verschenen vorige week in verschillende kranten."],
    ),
    p(
        Rule::Phrase(Navigation),
        r"^(home|startpagina|menu|navigatie|zoeken|contact|over ons|privacybeleid|privacyverklaring|disclaimer|algemene voorwaarden|hulp|winkelwagen|winkelmandje|sitemap|vacatures|toegankelijkheid)\W*$",
        &[
            "Startpagina",
            "Over ons",
            "Privacyverklaring",
            "Winkelwagen",
        ],
        &["Over ons vlogen de ganzen naar het zuiden, luid en in lange rijen."],
    ),
    p(
        Rule::Phrase(Advertisement),
        r"^(advertentie|reclame|gesponsord|gesponsorde inhoud)\W*$",
        &["Advertentie", "ADVERTENTIE", "Gesponsorde inhoud"],
        &["De advertentie stond op zaterdag in alle landelijke kranten."],
    ),
    p(
        Rule::Phrase(BrowserNotice),
        r"\bjavascript (is )?uitgeschakeld\b|\bschakel javascript in\b|\buw browser ondersteunt\b|\bje browser ondersteunt\b",
        &[
            "JavaScript is uitgeschakeld in je browser.",
            "Schakel JavaScript in om de reacties te zien.",
        ],
        &["JavaScript is een programmeertaal die in de browser draait."],
    ),
    p(
        Rule::Phrase(CallToAction),
        r"^(in winkelwagen|toevoegen aan winkelwagen|in winkelmandje|nu kopen|bestel nu|downloaden|gratis proberen|offerte aanvragen)\W*$",
        &["In winkelwagen", "Bestel nu"],
        &["Nu kopen veel gezinnen hun groente direct bij de boer."],
    ),
    p(
        Rule::Counter,
        r"^\d[\d .,]*\s*(reacties?|antwoorden|weergaven|likes|beoordelingen|reviews)\W*$|^(geen reacties|nog geen reacties)\W*$",
        &["12 reacties", "Nog geen reacties"],
        &["12 reacties kwamen voor vrijdag binnen bij de gemeente."],
    ),
    p(
        Rule::DateOnly,
        r"^((geplaatst|gepubliceerd|bijgewerkt)( op)?\s*:?\s*)?\d{1,2}\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}(,?\s*(om\s*)?\d{1,2}[:.]\d{2})?\W*$",
        &["19 januari 2022", "Gepubliceerd op 3 maart 2021 om 14:30"],
        &["19 januari 2022 was de dag waarop de gesprekken begonnen."],
    ),
];
