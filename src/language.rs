//! Languages: which ones the classifier knows, and detecting the language of
//! a page from its text.
//!
//! A language brings two things to the classifier: its stopwords (see
//! [`crate::stopwords`]), whose density tells prose from lists, and, for ten
//! languages, boilerplate phrasings of its own (see
//! [`crate::classify::patterns`]). A sample of the page's longer blocks is
//! first put to a vote of the stoplists ([`vote`]); when that is not clear,
//! the `whatlang` crate (trigram profiles) detects the language.

use whatlang::Lang;

use crate::features::{is_alphabetic, is_alphanumeric};

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
/// a few µs. The words are hashed first and looked up together
/// ([`crate::stopwords::AnyLanguage::count`]), and only when the script
/// does not decide.
pub(crate) fn reads_as_prose(sample: &str) -> bool {
    let stops = crate::stopwords::any_language();
    let mut words = 0u32;
    let (mut latin, mut other) = (0u32, 0u32);
    let mut keys = Vec::with_capacity(sample.len() / 2);
    for word in sample
        .split(|c: char| !is_alphanumeric(c))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        keys.extend(crate::stopwords::AnyLanguage::key(word));
        for c in word.chars().filter(|&c| is_alphabetic(c)) {
            if c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c) {
                latin += 1;
            } else {
                other += 1;
            }
        }
    }
    if other * 3 >= latin && other > 0 {
        return true;
    }
    words >= PROSE_MIN_WORDS && stops.count(&mut keys) as f32 >= PROSE_DENSITY * words as f32
}

/// Fewest words for the stopword test of [`reads_as_prose`].
const PROSE_MIN_WORDS: u32 = 20;

/// Share of words that are stopwords of some language, from which a sample
/// reads as prose. Prose in any of the languages runs at 0.35 or more with
/// its own list alone; English lists of names and prices, which is what
/// reaches this gate, run far lower.
const PROSE_DENSITY: f32 = 0.25;

/// The language whose stopwords `sample` is clearly written in, without the
/// detector; `None` when the stoplists do not tell (the caller then asks
/// [`detect`]).
///
/// Every word of at least one letter votes for each language whose
/// stoplist holds it. A language wins when the sample has at least
/// [`VOTE_MIN_WORDS`] such words, at least [`VOTE_DENSITY`] of them are its
/// stopwords, and it has [`VOTE_MARGIN`] times the votes of the runner-up.
/// Only samples in the Latin or the Cyrillic script vote, the script of
/// their first word (Latin words in Cyrillic text are passed over; any
/// other word ends the vote): the detector is fast on the other scripts,
/// most of which it tells by their script alone.
///
/// Counting stopwords to tell languages apart is the "short words" method
/// that Grefenstette compared with trigrams (*Comparing two language
/// identification schemes*, JADT 1995): on sentences of more than some
/// twenty words, both were right nearly always. The margin leaves close
/// pairs (Danish and Norwegian, Czech and Slovak, Spanish and Catalan on
/// some texts) to the detector.
///
/// PERF: one hash lookup a word, 5.5 µs for a sample of 1 KiB of German
/// (a throwaway timing loop, release build, DESIGN.md, twelfth round),
/// where the detector costs 50 to 100 µs on any Latin sample (it scores
/// the sample's trigrams against the profile of each of some forty
/// languages).
pub(crate) fn vote(sample: &str) -> Option<Language> {
    let votes = Votes::get();
    let mut tally = [0u32; COUNT];
    let mut words = 0u32;
    let mut script = None;
    for word in sample
        .split(|c: char| !is_alphanumeric(c))
        .filter(|w| w.chars().any(is_alphabetic))
    {
        let in_script = Script::of(word)?;
        match script {
            None => script = Some(in_script),
            Some(s) if s == in_script => {}
            // Latin words (names, brands) in Cyrillic text are passed over.
            Some(Script::Cyrillic) => continue,
            Some(Script::Latin) => return None,
        }
        words += 1;
        let mut voters = votes.of(word);
        while voters != 0 {
            if let Some(t) = tally.get_mut(voters.trailing_zeros() as usize) {
                *t += 1;
            }
            voters &= voters - 1;
        }
    }
    winner(words, &tally).and_then(|i| Language::ALL.get(i).copied())
}

/// The index of the language that wins [`vote`] with `tally` votes (by
/// index of [`Language::ALL`]) among `words` words, if one does.
fn winner(words: u32, tally: &[u32]) -> Option<usize> {
    let (mut first, mut second) = ((0usize, 0u32), 0u32);
    for (i, &t) in tally.iter().enumerate() {
        if t > first.1 {
            (first, second) = ((i, t), first.1);
        } else if t > second {
            second = t;
        }
    }
    let (winner, hits) = first;
    let clear = words >= VOTE_MIN_WORDS
        && hits as f32 >= VOTE_DENSITY * words as f32
        && hits as f32 >= VOTE_MARGIN * second as f32;
    clear.then_some(winner)
}

/// A letter or digit of the Latin script: ASCII, or from U+00C0 to U+024F
/// (the Latin-1 Supplement's letters and Latin Extended-A and -B), as
/// [`reads_as_prose`] counts them; U+1E00 to U+1EFF (Latin Extended
/// Additional, Vietnamese's letters with two marks) too.
fn is_latin(c: char) -> bool {
    c.is_ascii() || ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// The scripts whose samples [`vote`] decides.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Script {
    Latin,
    Cyrillic,
}

impl Script {
    /// The script of every character of `word`, if it is one of them.
    fn of(word: &str) -> Option<Script> {
        if word.chars().all(is_latin) {
            Some(Script::Latin)
        } else if word.chars().all(is_cyrillic) {
            Some(Script::Cyrillic)
        } else {
            None
        }
    }
}

/// A letter or digit of the Cyrillic block (U+0400 to U+04FF), or an
/// ASCII digit.
fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4FF}').contains(&c) || c.is_ascii_digit()
}

/// Fewest words of a sample for [`vote`] to decide: Grefenstette's
/// methods were reliable from about twenty; this leaves a margin.
const VOTE_MIN_WORDS: u32 = 30;

/// Least share of a sample's words that must be the winner's stopwords in
/// [`vote`]: prose runs at 0.35 or more with its own list (see
/// [`PROSE_DENSITY`]).
const VOTE_DENSITY: f32 = 0.3;

/// How many times the runner-up's votes the winner needs in [`vote`]. On
/// the samples of this crate's fixtures and tests in the Latin script the
/// winner had 1.5 to 5 times the votes of the next language (Spanish over
/// Catalan the closest, 1.51; Italian over Romanian 1.78). Checked against
/// the detector on samples of translated messages in 196 locales
/// (DESIGN.md, "Languages"): at 1.2, 1.3 and 1.5 the vote never named a
/// language dehusk knows where the detector named another.
const VOTE_MARGIN: f32 = 1.3;

/// Every stopword in the Latin or the Cyrillic script of every language,
/// with the set of languages that list it (bit `i` for
/// [`Language::ALL`]`[i]`), built on first use: some 7,000 words.
///
/// PERF: the words' hashes ([`crate::stopwords::hash_lowercase`], which
/// folds case as it hashes) in the open-addressing table of the stoplists,
/// their languages beside it, where a `HashMap` of the lowercase words made
/// a lowercase copy of every word with a capital, hashed it with SipHash
/// and compared it through a pointer. The Spanish fixture page cleaned in
/// a loop: faster in each of six alternated pairs, best 27.9 µs against
/// 30.2 (DESIGN.md, twentieth round). A word whose hash is that of a
/// stopword gets its votes: no two of the lists' words share a hash (a
/// unit test), and another word does so with odds of some 7,000 in 2^64.
struct Votes {
    /// The hashes, as [`crate::stopwords::hash_slots`] lays them out.
    slots: Vec<u64>,
    /// The languages of the hash in the same slot.
    languages: Vec<u64>,
}

// Every language has a bit of the `u64`.
const _: () = assert!(COUNT <= 64);

impl Votes {
    fn get() -> &'static Votes {
        static VOTES: std::sync::OnceLock<Votes> = std::sync::OnceLock::new();
        VOTES.get_or_init(|| Votes::of_words(&voting_words()))
    }

    /// The table of `words`, each with the bit of its language.
    fn of_words(words: &[(&str, u64)]) -> Votes {
        use crate::stopwords::{hash_lowercase, hash_slots, slot_of_hash};
        let hashes: Vec<u64> = words.iter().map(|&(w, _)| hash_lowercase(w)).collect();
        let slots = hash_slots(&hashes);
        let mut languages = vec![0u64; slots.len()];
        for (&h, &(_, bit)) in hashes.iter().zip(words) {
            if let Some(l) = slot_of_hash(&slots, h).and_then(|i| languages.get_mut(i)) {
                *l |= bit;
            }
        }
        Votes { slots, languages }
    }

    /// The languages that list `word` as a stopword, in any case.
    fn of(&self, word: &str) -> u64 {
        let h = crate::stopwords::hash_lowercase(word);
        crate::stopwords::slot_of_hash(&self.slots, h)
            .and_then(|i| self.languages.get(i))
            .copied()
            .unwrap_or(0)
    }
}

/// The words that can vote, each with the bit of a language that lists
/// it: the stopwords of letters and digits of the Latin or the Cyrillic
/// script, with at least one letter.
fn voting_words() -> Vec<(&'static str, u64)> {
    let mut all = Vec::new();
    for &language in Language::ALL {
        let bit = 1u64 << language.index();
        let words: Vec<&str> = match language {
            Language::English => crate::stopwords::english_words()
                .iter()
                .filter_map(|w| std::str::from_utf8(w).ok())
                .collect(),
            other => stop_words::lookup(other.code())
                .unwrap_or_default()
                .to_vec(),
        };
        all.extend(
            words
                .into_iter()
                .filter(|word| {
                    word.chars().all(char::is_alphanumeric)
                        && Script::of(word).is_some()
                        && word.chars().any(char::is_alphabetic)
                })
                .map(|word| (word, bit)),
        );
    }
    all
}

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

    /// The same story in nine languages, some forty words each.
    const STORIES: [(Language, &str); 9] = [
        (Language::Russian, "Когда ушёл последний поезд, начальник станции запер зал ожидания и пошёл домой вдоль реки, как он делал каждый вечер уже тридцать лет. Жена ещё не спала, и она спросила его, не случилось ли что-нибудь за этот день на станции."),
        (Language::English, "When the last train had gone, the station master locked the waiting room and walked home along the river, as he had done every night for thirty years. His wife was still awake, and she asked him whether anything had happened that day."),
        (Language::German, "Als der letzte Zug abgefahren war, schloss der Bahnhofsvorsteher den Warteraum ab und ging am Fluss entlang nach Hause, wie er es seit dreißig Jahren jeden Abend getan hatte. Seine Frau war noch wach, und sie fragte ihn, ob an diesem Tag etwas geschehen sei."),
        (Language::French, "Quand le dernier train fut parti, le chef de gare ferma la salle d'attente et rentra chez lui en longeant la rivière, comme il le faisait tous les soirs depuis trente ans. Sa femme était encore éveillée, et elle lui demanda s'il s'était passé quelque chose ce jour-là."),
        (Language::Spanish, "Cuando se fue el último tren, el jefe de estación cerró la sala de espera y volvió a su casa por la orilla del río, como lo había hecho todas las noches durante treinta años. Su mujer todavía estaba despierta, y le preguntó si había pasado algo aquel día."),
        (Language::Italian, "Quando l'ultimo treno fu partito, il capostazione chiuse la sala d'attesa e tornò a casa lungo il fiume, come aveva fatto ogni sera da trent'anni. Sua moglie era ancora sveglia, e gli chiese se quel giorno fosse successo qualcosa."),
        (Language::Portuguese, "Quando o último comboio partiu, o chefe da estação fechou a sala de espera e voltou para casa pela margem do rio, como tinha feito todas as noites durante trinta anos. A sua mulher ainda estava acordada, e perguntou-lhe se tinha acontecido alguma coisa naquele dia."),
        (Language::Dutch, "Toen de laatste trein vertrokken was, sloot de stationschef de wachtkamer af en liep langs de rivier naar huis, zoals hij dat al dertig jaar elke avond had gedaan. Zijn vrouw was nog wakker, en ze vroeg hem of er die dag iets was gebeurd."),
        (Language::Polish, "Kiedy odjechał ostatni pociąg, zawiadowca zamknął poczekalnię i poszedł do domu wzdłuż rzeki, tak jak robił to co wieczór od trzydziestu lat. Jego żona jeszcze nie spała i zapytała go, czy tego dnia coś się wydarzyło, ale on tylko pokręcił głową."),
    ];

    #[test]
    fn stopwords_vote_for_the_language_of_prose() {
        use super::vote;
        for (lang, text) in STORIES {
            assert_eq!(vote(text), Some(lang), "{text}");
            // The vote names what the detector names.
            assert_eq!(detect(text), Some(lang), "{text}");
        }
        // Latin words in Cyrillic text are passed over; Cyrillic words in
        // Latin text end the vote.
        let [(_, russian), (_, english), ..] = STORIES;
        assert_eq!(
            vote(&format!("{russian} iPhone Samsung")),
            Some(Language::Russian)
        );
        assert_eq!(vote(&format!("{english} Москва")), None);
    }

    #[test]
    fn stopwords_do_not_vote_on_short_mixed_or_other_scripts() {
        use super::vote;
        let [_, _, (_, german), (_, french), ..] = STORIES;
        let short = german.split(',').next().unwrap_or_default();
        let half = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            words[..words.len() / 2].join(" ")
        };
        let mixed = format!("{} {}", half(german), half(french));
        let greek = "Όταν έφυγε το τελευταίο τρένο, ο σταθμάρχης κλείδωσε την αίθουσα αναμονής και γύρισε στο σπίτι του κατά μήκος του ποταμού, όπως έκανε κάθε βράδυ εδώ και τριάντα χρόνια. Η γυναίκα του ήταν ακόμη ξύπνια και τον ρώτησε αν είχε συμβεί κάτι εκείνη τη μέρα.";
        let list = "Chocolate Hazelnut Coffee Dark Roast Single-Serve Pods Sennheiser Headphones Sold out Lodge Cast Iron Skillet Radios Power Banks Bluetooth Speakers Camera Accessories Team Schedules Arizona Cardinals Atlanta Falcons Baltimore Ravens Buffalo Bills";
        for text in [short, mixed.as_str(), greek, list, "", "12 34 56"] {
            assert_eq!(vote(text), None, "{text}");
        }
        // The mixed sample is long enough: each language's share of its
        // words is what is too low.
        assert!(mixed.split(' ').count() >= 30);
    }

    /// The table gives each voting word, in any case, the languages whose
    /// lists hold its lowercase form, as a map of the lowercase words does;
    /// no two of the words share a hash; other words get no language.
    #[test]
    fn votes_are_those_of_the_lowercase_words() {
        use super::{voting_words, Votes};
        use std::collections::HashMap;
        let words = voting_words();
        let mut expected: HashMap<String, u64> = HashMap::new();
        for &(word, bit) in &words {
            *expected.entry(word.to_lowercase()).or_default() |= bit;
        }
        assert!(expected.len() > 5_000, "{}", expected.len());
        let mut hashes: HashMap<u64, &str> = HashMap::new();
        for word in expected.keys() {
            let h = crate::stopwords::hash_lowercase(word);
            assert_eq!(hashes.insert(h, word), None, "{word:?} shares its hash");
        }
        let votes = Votes::get();
        for word in expected.keys() {
            let mut capital = word.chars();
            let capital = capital
                .next()
                .map(|c| c.to_uppercase().chain(capital).collect::<String>())
                .unwrap_or_default();
            // Upper case does not always go back ("yalnız", "YALNIZ",
            // "yalniz"): each form gets the votes of its lowercase form.
            for form in [word.clone(), word.to_uppercase(), capital] {
                let languages = expected.get(&form.to_lowercase()).copied().unwrap_or(0);
                assert_eq!(votes.of(&form), languages, "{form:?}");
            }
        }
        for word in ["harbour", "Sennheiser", "Хозяйка", "zzz", ""] {
            assert_eq!(votes.of(word), 0, "{word:?}");
        }
    }

    #[test]
    fn a_vote_needs_words_density_and_margin() {
        use super::winner;
        // 40 words: 20 for the first language, 10 for the third.
        assert_eq!(winner(40, &[20, 0, 10]), Some(0));
        assert_eq!(winner(40, &[10, 0, 20]), Some(2));
        // The runner-up too close.
        assert_eq!(winner(40, &[20, 16, 0]), None);
        assert_eq!(winner(40, &[20, 20, 0]), None);
        // Too few of the words are stopwords.
        assert_eq!(winner(40, &[11, 0, 0]), None);
        // Too few words.
        assert_eq!(winner(29, &[20, 0, 0]), None);
        assert_eq!(winner(0, &[0, 0, 0]), None);
    }

    proptest::proptest! {
        /// The vote takes any text; and a winner is a language whose
        /// stopwords the sample holds, in any case.
        #[test]
        fn vote_takes_any_text(
            text in "\\PC{0,300}",
            words in proptest::collection::vec(
                "(the|und|les|del|een|och|и|на|że|não|[a-zA-Zäöüéñ]{1,8})", 0..80),
        ) {
            let _ = super::vote(&text);
            let soup = words.join(" ");
            if let Some(language) = super::vote(&soup) {
                let stops = language.stoplist();
                proptest::prop_assert!(
                    words.iter().any(|w| stops.contains_word(&w.to_lowercase())),
                    "{language:?} for {soup:?}"
                );
            }
            proptest::prop_assert_eq!(super::vote(&soup.to_uppercase()), super::vote(&soup));
        }
    }

    #[test]
    fn unsure_or_unknown_gives_none() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("12 34 56"), None);
    }
}
