//! Languages: which ones the classifier knows, and detecting the language of
//! a page from its text.
//!
//! A language brings two things to the classifier: its stopwords (see
//! [`crate::stopwords`]), whose density tells prose from lists, and, for ten
//! languages, boilerplate phrasings of its own (see
//! [`crate::classify::patterns`]). Detection is done by the `whatlang` crate
//! (trigram profiles) on a sample of the page's longer blocks.

use whatlang::Lang;

/// A language whose stopwords the classifier can count.
///
/// The default of a [`Cleaner`](crate::Cleaner) is to detect the language
/// of each page and fall back to English when detection is not reliable;
/// [`Builder::language`](crate::Builder::language) fixes one instead.
///
/// The enum is `#[non_exhaustive]`: more languages may be added in a minor
/// release.
///
/// # Example
///
/// ```
/// use dehusk::Language;
///
/// assert_eq!(Language::German.code(), "de");
/// assert_eq!(Language::from_code("pt"), Some(Language::Portuguese));
/// assert_eq!(Language::from_code("xx"), None);
/// assert!(Language::ALL.len() >= 30);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// English.
    #[default]
    English,
    /// German.
    German,
    /// French.
    French,
    /// Spanish.
    Spanish,
    /// Italian.
    Italian,
    /// Portuguese.
    Portuguese,
    /// Dutch.
    Dutch,
    /// Polish.
    Polish,
    /// Russian.
    Russian,
    /// Chinese (Mandarin, either script).
    Chinese,
    /// Japanese.
    Japanese,
    /// Swedish.
    Swedish,
    /// Danish.
    Danish,
    /// Norwegian (Bokmål).
    Norwegian,
    /// Finnish.
    Finnish,
    /// Czech.
    Czech,
    /// Slovak.
    Slovak,
    /// Slovenian.
    Slovenian,
    /// Croatian.
    Croatian,
    /// Hungarian.
    Hungarian,
    /// Romanian.
    Romanian,
    /// Bulgarian.
    Bulgarian,
    /// Ukrainian.
    Ukrainian,
    /// Greek.
    Greek,
    /// Turkish.
    Turkish,
    /// Arabic.
    Arabic,
    /// Hebrew.
    Hebrew,
    /// Persian.
    Persian,
    /// Hindi.
    Hindi,
    /// Bengali.
    Bengali,
    /// Indonesian.
    Indonesian,
    /// Vietnamese.
    Vietnamese,
    /// Korean.
    Korean,
    /// Thai.
    Thai,
    /// Catalan.
    Catalan,
    /// Lithuanian.
    Lithuanian,
    /// Latvian.
    Latvian,
    /// Estonian.
    Estonian,
    /// Afrikaans.
    Afrikaans,
    /// Tagalog.
    Tagalog,
    /// Urdu.
    Urdu,
    /// Azerbaijani.
    Azerbaijani,
    /// Tamil.
    Tamil,
    /// Armenian.
    Armenian,
    /// Marathi.
    Marathi,
    /// Gujarati.
    Gujarati,
}

/// One row of [`TABLE`]: the language, its ISO 639-1 code, its English
/// name, and the `whatlang` language that detects it.
struct Row(Language, &'static str, &'static str, Lang);

/// How many languages there are.
const COUNT: usize = 46;

/// Every language, in the order of the enum (a unit test checks it).
const TABLE: [Row; COUNT] = [
    Row(Language::English, "en", "English", Lang::Eng),
    Row(Language::German, "de", "German", Lang::Deu),
    Row(Language::French, "fr", "French", Lang::Fra),
    Row(Language::Spanish, "es", "Spanish", Lang::Spa),
    Row(Language::Italian, "it", "Italian", Lang::Ita),
    Row(Language::Portuguese, "pt", "Portuguese", Lang::Por),
    Row(Language::Dutch, "nl", "Dutch", Lang::Nld),
    Row(Language::Polish, "pl", "Polish", Lang::Pol),
    Row(Language::Russian, "ru", "Russian", Lang::Rus),
    Row(Language::Chinese, "zh", "Chinese", Lang::Cmn),
    Row(Language::Japanese, "ja", "Japanese", Lang::Jpn),
    Row(Language::Swedish, "sv", "Swedish", Lang::Swe),
    Row(Language::Danish, "da", "Danish", Lang::Dan),
    Row(Language::Norwegian, "no", "Norwegian", Lang::Nob),
    Row(Language::Finnish, "fi", "Finnish", Lang::Fin),
    Row(Language::Czech, "cs", "Czech", Lang::Ces),
    Row(Language::Slovak, "sk", "Slovak", Lang::Slk),
    Row(Language::Slovenian, "sl", "Slovenian", Lang::Slv),
    Row(Language::Croatian, "hr", "Croatian", Lang::Hrv),
    Row(Language::Hungarian, "hu", "Hungarian", Lang::Hun),
    Row(Language::Romanian, "ro", "Romanian", Lang::Ron),
    Row(Language::Bulgarian, "bg", "Bulgarian", Lang::Bul),
    Row(Language::Ukrainian, "uk", "Ukrainian", Lang::Ukr),
    Row(Language::Greek, "el", "Greek", Lang::Ell),
    Row(Language::Turkish, "tr", "Turkish", Lang::Tur),
    Row(Language::Arabic, "ar", "Arabic", Lang::Ara),
    Row(Language::Hebrew, "he", "Hebrew", Lang::Heb),
    Row(Language::Persian, "fa", "Persian", Lang::Pes),
    Row(Language::Hindi, "hi", "Hindi", Lang::Hin),
    Row(Language::Bengali, "bn", "Bengali", Lang::Ben),
    Row(Language::Indonesian, "id", "Indonesian", Lang::Ind),
    Row(Language::Vietnamese, "vi", "Vietnamese", Lang::Vie),
    Row(Language::Korean, "ko", "Korean", Lang::Kor),
    Row(Language::Thai, "th", "Thai", Lang::Tha),
    Row(Language::Catalan, "ca", "Catalan", Lang::Cat),
    Row(Language::Lithuanian, "lt", "Lithuanian", Lang::Lit),
    Row(Language::Latvian, "lv", "Latvian", Lang::Lav),
    Row(Language::Estonian, "et", "Estonian", Lang::Est),
    Row(Language::Afrikaans, "af", "Afrikaans", Lang::Afr),
    Row(Language::Tagalog, "tl", "Tagalog", Lang::Tgl),
    Row(Language::Urdu, "ur", "Urdu", Lang::Urd),
    Row(Language::Azerbaijani, "az", "Azerbaijani", Lang::Aze),
    Row(Language::Tamil, "ta", "Tamil", Lang::Tam),
    Row(Language::Armenian, "hy", "Armenian", Lang::Hye),
    Row(Language::Marathi, "mr", "Marathi", Lang::Mar),
    Row(Language::Gujarati, "gu", "Gujarati", Lang::Guj),
];

/// [`TABLE`] at one address, for the lookups.
static ROWS: [Row; COUNT] = TABLE;

/// The languages of [`TABLE`], in its order.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn all() -> [Language; COUNT] {
    let mut languages = [Language::English; COUNT];
    let mut i = 0;
    while i < COUNT {
        languages[i] = TABLE[i].0;
        i += 1;
    }
    languages
}

impl Language {
    /// Every language, English first, in the order of the enum.
    pub const ALL: &'static [Language] = &all();

    /// The position of the language in [`Language::ALL`].
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    fn row(self) -> Option<&'static Row> {
        ROWS.get(self.index())
    }

    /// The ISO 639-1 code: `"en"`, `"de"`, `"zh"` …
    ///
    /// ```
    /// assert_eq!(dehusk::Language::Japanese.code(), "ja");
    /// ```
    pub fn code(self) -> &'static str {
        self.row().map_or("en", |r| r.1)
    }

    /// The English name: `"English"`, `"German"` …
    ///
    /// ```
    /// assert_eq!(dehusk::Language::Dutch.name(), "Dutch");
    /// ```
    pub fn name(self) -> &'static str {
        self.row().map_or("English", |r| r.2)
    }

    /// The language of an ISO 639-1 code, ASCII case-insensitive; a region
    /// after `-` or `_` is ignored (`"pt-BR"` is Portuguese), as are the
    /// codes `"nb"` and `"nn"` (Norwegian).
    ///
    /// ```
    /// use dehusk::Language;
    /// assert_eq!(Language::from_code("DE"), Some(Language::German));
    /// assert_eq!(Language::from_code("pt-BR"), Some(Language::Portuguese));
    /// assert_eq!(Language::from_code("tlh"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or(code);
        let primary = match primary.to_ascii_lowercase().as_str() {
            "nb" | "nn" => "no".to_string(),
            other => other.to_string(),
        };
        ROWS.iter().find(|r| r.1 == primary).map(|r| r.0)
    }

    fn of_whatlang(lang: Lang) -> Option<Language> {
        ROWS.iter().find(|r| r.3 == lang).map(|r| r.0)
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// How much text the detector reads, in bytes: enough for a reliable
/// guess, little enough to cost a small share of a page's time.
pub(crate) const SAMPLE_BYTES: usize = 1024;

/// Blocks shorter than this (in bytes) do not go into the sample while
/// longer ones remain: menus and buttons are often in English on pages that
/// are not.
pub(crate) const SAMPLE_MIN_BLOCK: usize = 40;

/// True when `sample` may be prose in a language other than English, and is
/// worth the detector: a quarter or more of its letters are outside the
/// Latin script, or at least [`PROSE_DENSITY`] of its words (of at least
/// [`PROSE_MIN_WORDS`]) are stopwords of some other language dehusk knows.
///
/// PERF: the gate in front of [`detect`], which costs 50 to 100 µs a call
/// whatever the sample's length (as much as cleaning 5 to 10 KiB of text):
/// English pages of names, prices and short labels, which the English
/// stopword test passes on, are not prose in any language and stop here, at
/// a few µs.
pub(crate) fn reads_as_prose(sample: &str) -> bool {
    let stops = crate::stopwords::any_language();
    let (mut words, mut hits) = (0u32, 0u32);
    let (mut latin, mut other) = (0u32, 0u32);
    for word in sample
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        hits += u32::from(stops.contains_word(word));
        for c in word.chars().filter(|c| c.is_alphabetic()) {
            if c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
    }
    other * 3 >= latin && other > 0
        || words >= PROSE_MIN_WORDS && hits as f32 >= PROSE_DENSITY * words as f32
}

/// Fewest words for the stopword test of [`reads_as_prose`].
const PROSE_MIN_WORDS: u32 = 20;

/// Share of words that are stopwords of some language, from which a sample
/// reads as prose. Prose in any of the languages runs at 0.35 or more with
/// its own list alone; English lists of names and prices, which is what
/// reaches this gate, run far lower.
const PROSE_DENSITY: f32 = 0.25;

/// The language of `sample`, when `whatlang` is sure of it and dehusk knows
/// it; `None` otherwise.
pub(crate) fn detect(sample: &str) -> Option<Language> {
    let info = whatlang::detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    Language::of_whatlang(info.lang())
}

#[cfg(test)]
mod tests {
    use super::{detect, Language, ROWS as TABLE};

    #[test]
    fn table_follows_the_enum() {
        for (i, (row, lang)) in TABLE.iter().zip(Language::ALL.iter().copied()).enumerate() {
            assert_eq!(row.0, lang, "row {i}");
            assert_eq!(lang.index(), i);
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(TABLE.len(), Language::ALL.len());
    }

    #[test]
    fn codes_with_regions_and_case() {
        assert_eq!(Language::from_code("en-GB"), Some(Language::English));
        assert_eq!(Language::from_code("zh_TW"), Some(Language::Chinese));
        assert_eq!(Language::from_code("nb"), Some(Language::Norwegian));
        assert_eq!(Language::from_code(""), None);
        assert_eq!(Language::from_code("xx"), None);
    }

    #[test]
    fn detects_prose() {
        let cases = [
            (Language::English, "The harbour was quiet when the ferry came in, and the few passengers who stepped off went straight to the café on the quay."),
            (Language::German, "Der Hafen war still, als die Fähre anlegte, und die wenigen Reisenden, die ausstiegen, gingen gleich in das Café am Kai."),
            (Language::French, "Le port était calme quand le bac est arrivé, et les quelques passagers qui sont descendus sont allés tout droit au café du quai."),
            (Language::Spanish, "El puerto estaba tranquilo cuando llegó el transbordador, y los pocos pasajeros que bajaron fueron directamente al café del muelle."),
            (Language::Russian, "Гавань была тихой, когда пришёл паром, и немногие пассажиры, сошедшие на берег, сразу направились в кафе на набережной. Хозяйка кафе давно знала их всех по именам и каждое утро варила для них крепкий кофе."),
            (Language::Japanese, "フェリーが着いたとき、港は静かだった。降りてきた数人の乗客は、まっすぐ岸壁のカフェへ向かった。"),
            (Language::Chinese, "渡轮到达的时候，港口很安静，下船的几位乘客径直走向码头上的咖啡馆。"),
        ];
        for (lang, text) in cases {
            assert_eq!(detect(text), Some(lang), "{text}");
        }
    }

    #[test]
    fn prose_in_other_languages_passes_the_gate_and_lists_do_not() {
        use super::reads_as_prose;
        let prose = [
            "Quand j'étais enfant, je passais tous mes étés chez ma grand-mère, dans un petit village où la boulangerie la plus proche se trouvait à dix kilomètres. Elle faisait donc son pain elle-même, deux fois par semaine.",
            "Die Entscheidung folgt auf eine Prüfung im vergangenen Herbst, bei der sich zeigte, dass seit Jahren Wasser durch Risse in der Fahrbahn in das Bauwerk eindringt, und das wollte niemand.",
            "Гавань была тихой, когда пришёл паром.",
            "渡轮到达的时候，港口很安静。",
        ];
        for text in prose {
            assert!(reads_as_prose(text), "{text}");
        }
        let lists = [
            "Chocolate Hazelnut Coffee $19.99 Dark Roast Single-Serve Pods $15.99 Sennheiser HD 800S Headphones Sold out $1,999.95 Lodge Cast Iron Skillet 12 inch $49.99 Radios Power Banks Bluetooth Speakers Camera Accessories",
            "Team Schedules Arizona Cardinals Atlanta Falcons Baltimore Ravens Buffalo Bills Carolina Panthers Chicago Bears Cincinnati Bengals Cleveland Browns Dallas Cowboys Denver Broncos Detroit Lions",
            "",
        ];
        for text in lists {
            assert!(!reads_as_prose(text), "{text}");
        }
    }

    #[test]
    fn unsure_or_unknown_gives_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12 34 56"), None);
    }
}
