//! The `Cleaner`: the one place that knows the order of the stages.

use crate::block::{Block, BlockKind, Label};
use crate::builder::Builder;
use crate::classify::{self, Class, KeyWords, Rules, Verdict};
use crate::error::Error;
use crate::features::{self, Features, Stopwords};
use crate::language::{self, Language};
use crate::rule::Rule;
use crate::segment::{self, Segmented};
use crate::{output, smooth};

/// An immutable, reusable extractor. Build one with [`Cleaner::builder`] and
/// share it between threads: it is `Send + Sync`, and every call takes `&self`.
///
/// # Example
///
/// ```
/// use dehusk::Cleaner;
///
/// let cleaner = Cleaner::default();
/// let page = "Skip to content\n\nThe harbour was quiet when the ferry came in, and the few passengers who stepped off went straight to the café on the quay.\n\nAll rights reserved.";
/// let cleaned = cleaner.clean(page)?;
/// assert_eq!(cleaned.text(), "The harbour was quiet when the ferry came in, and the few passengers who stepped off went straight to the café on the quay.");
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Cleaner {
    rules: Rules,
    limits: Limits,
}

/// The limits of a [`Cleaner`] on its input; see the [`Builder`] methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Limits {
    pub max_input_bytes: usize,
    pub max_blocks: usize,
    pub max_depth: usize,
}

impl Default for Cleaner {
    /// A cleaner with every setting at its default; equivalent to
    /// `Cleaner::builder().build()`, which cannot fail with no patterns.
    fn default() -> Self {
        Builder::default().build().unwrap_or_else(|_| {
            Cleaner::new(
                fallback_rules(),
                Limits {
                    max_input_bytes: crate::DEFAULT_MAX_INPUT_BYTES,
                    max_blocks: crate::DEFAULT_MAX_BLOCKS,
                    max_depth: crate::DEFAULT_MAX_DEPTH,
                },
            )
        })
    }
}

/// The default rules, used only if building the defaults ever failed.
fn fallback_rules() -> Rules {
    Rules {
        thresholds: crate::Preset::Balanced.thresholds(),
        language: None,
        keep: None,
        drop: None,
    }
}

impl Cleaner {
    /// A [`Builder`] with every setting at its default.
    ///
    /// # Example
    ///
    /// ```
    /// let cleaner = dehusk::Cleaner::builder().build()?;
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn builder() -> Builder {
        Builder::new()
    }

    pub(crate) fn new(rules: Rules, limits: Limits) -> Self {
        Cleaner { rules, limits }
    }

    /// Cleans `input`, read as HTML or as plain text by the rule of
    /// [`clean`](crate::clean).
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] when `input` is longer than the builder's
    /// [`max_input_bytes`](Builder::max_input_bytes).
    ///
    /// # Example
    ///
    /// ```
    /// let cleaned = dehusk::Cleaner::default().clean("<p>Hello <b>world</b></p>")?;
    /// assert_eq!(cleaned.text(), "Hello world");
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn clean(&self, input: &str) -> Result<Cleaned, Error> {
        if segment::looks_like_html(input) {
            self.clean_html(input)
        } else {
            self.clean_text(input)
        }
    }

    /// Cleans a plain-text input: one block per line.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] as for [`Cleaner::clean`].
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::{Cleaner, Label};
    ///
    /// let cleaned = Cleaner::default().clean_text("Like this:\n\nLike Loading...")?;
    /// assert_eq!(cleaned.text(), "");
    /// assert_eq!(cleaned.blocks().len(), 2);
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn clean_text(&self, input: &str) -> Result<Cleaned, Error> {
        self.check_size(input)?;
        self.run(segment::text_limited(input, self.limits.max_blocks))
    }

    /// Cleans an HTML document: the visible text of its body, one block per
    /// block-level element. Markup, scripts and styles never reach the output.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] as for [`Cleaner::clean`].
    ///
    /// # Example
    ///
    /// ```
    /// let html = "<html><head><script>var x;</script></head><body><p>Text.</p></body></html>";
    /// assert_eq!(dehusk::Cleaner::default().clean_html(html)?.text(), "Text.");
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn clean_html(&self, input: &str) -> Result<Cleaned, Error> {
        self.check_size(input)?;
        self.run(segment::html_limited(
            input,
            self.limits.max_blocks,
            self.limits.max_depth,
        ))
    }

    fn check_size(&self, input: &str) -> Result<(), Error> {
        if input.len() > self.limits.max_input_bytes {
            return Err(Error::InputTooLarge {
                len: input.len(),
                limit: self.limits.max_input_bytes,
            });
        }
        Ok(())
    }

    /// The pipeline: segment (done by the caller) -> features -> classify ->
    /// smooth -> output.
    fn run(&self, doc: Segmented) -> Result<Cleaned, Error> {
        if doc.overflow {
            return Err(Error::TooManyBlocks {
                limit: self.limits.max_blocks,
            });
        }
        let (language, verdicts) = self.classify(&doc);
        let text = output::join(
            doc.blocks
                .iter()
                .zip(&verdicts)
                .map(|(b, v)| (b, doc.text_of(b), label_of(v))),
        );
        Ok(Cleaned {
            text,
            doc,
            verdicts,
            language,
            encoding: None,
        })
    }
}

impl Cleaner {
    /// Cleans a page given as bytes, in whatever charset it is in, with the
    /// `Content-Type` header it came with, if any (`"text/html; charset=..."`).
    ///
    /// The encoding is the first of these that applies: a byte order mark
    /// (UTF-8, UTF-16LE, UTF-16BE); the header's `charset` parameter; a
    /// `<meta charset>` or `<meta http-equiv="Content-Type">` in the first
    /// 1,024 bytes; for a page that declares nothing, UTF-8 if the bytes are
    /// UTF-8, else the guess of the `chardetng` detector. Labels mean what the
    /// WHATWG Encoding Standard says (`latin1` and `iso-8859-1` are
    /// windows-1252, `gb2312` is GBK), and a legacy label on bytes that are
    /// valid UTF-8 with non-ASCII text gives way to UTF-8. Malformed sequences
    /// become U+FFFD: decoding never fails. Valid UTF-8 is not copied. The
    /// text is then cleaned as by [`Cleaner::clean`];
    /// [`Cleaned::encoding`] tells which encoding was used.
    ///
    /// # Errors
    ///
    /// [`Error::InputTooLarge`] when `bytes` is longer than the builder's
    /// [`max_input_bytes`](Builder::max_input_bytes), checked before decoding;
    /// also when the decoded text is, since a legacy encoding can take up to
    /// three bytes of UTF-8 for one input byte.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    ///
    /// // A page in windows-1252, as many servers still send them: one byte per letter.
    /// let page: &[u8] = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head>\
    ///     <body><nav><a href=\"/\">Home</a></nav><p>The little caf\xe9 on the quay serves cr\xe8me \
    ///     br\xfbl\xe9e and a fine cr\xeape every morning, and the fishermen who come in at dawn \
    ///     say it is the best in the whole r\xe9gion. Its owner, Ren\xe9e, learned to cook from her \
    ///     grandmother and never wrote a recipe down.</p></body></html>";
    /// let cleaned = Cleaner::default().clean_bytes(page, Some("text/html; charset=windows-1252"))?;
    /// assert!(cleaned.text().contains("serves crème brûlée and a fine crêpe"));
    /// assert!(cleaned.text().contains("Its owner, Renée,"));
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn clean_bytes(&self, bytes: &[u8], content_type: Option<&str>) -> Result<Cleaned, Error> {
        if bytes.len() > self.limits.max_input_bytes {
            return Err(Error::InputTooLarge {
                len: bytes.len(),
                limit: self.limits.max_input_bytes,
            });
        }
        let decoded = crate::decode::decode(bytes, content_type);
        let mut cleaned = self.clean(&decoded.text)?;
        cleaned.encoding = Some(decoded.encoding.name());
        Ok(cleaned)
    }
}

impl Cleaner {
    /// The classifier, the hot loop: features -> context-free rules -> context
    /// pass, over already segmented blocks.
    pub(crate) fn classify(&self, doc: &Segmented) -> (Language, Vec<Verdict>) {
        let (language, features) = measure_in_language(doc, &self.rules);
        let mut verdicts = label(doc, &features, &self.rules, language);
        smooth::relabel(doc, &features, &mut verdicts, &self.rules.thresholds);
        (language, verdicts)
    }
}

/// Stages 2 and 1b: the language of the page and the features of its
/// blocks in it.
///
/// The language is the builder's if it set one. Else the blocks are first
/// measured as English; when their stopwords show English prose (see
/// [`is_english`]) that is the answer, at no further cost. Otherwise a
/// sample of the text outside chrome markup (longer blocks first) is
/// looked at if it may be prose in another language
/// ([`language::reads_as_prose`]): the stoplists vote on it
/// ([`language::vote`]), and when they do not tell, the detector reads it.
/// If either names another language the blocks are measured again in it;
/// else English stays.
///
/// PERF: the detector costs 50 to 100 µs a call, as much as cleaning 5 to
/// 10 KiB of text; most pages on the web are English, and skip it, and
/// many pages of prose in other languages written in the Latin or the
/// Cyrillic script are told by the vote, at some 5 µs.
pub(crate) fn measure_in_language(doc: &Segmented, rules: &Rules) -> (Language, Vec<Features>) {
    let length_low = rules.thresholds.length_low as usize;
    if let Some(language) = rules.language {
        return (language, measure(doc, language, length_low));
    }
    // The English pass also feeds `is_english`, which reads the stopwords
    // of blocks from `SAMPLE_MIN_BLOCK` characters.
    let (english, sampled) = measure_sampled(
        doc,
        Language::English,
        length_low.min(language::SAMPLE_MIN_BLOCK),
    );
    if is_english(sampled) {
        return (Language::English, english);
    }
    let sample = sample(doc);
    if !language::reads_as_prose(&sample) {
        return (Language::English, english);
    }
    match language::vote(&sample).or_else(|| language::detect(&sample)) {
        Some(language) if language != Language::English => {
            (language, measure(doc, language, length_low))
        }
        _ => (Language::English, english),
    }
}

/// The longer blocks outside chrome markup hold English prose: at least
/// [`ENGLISH_MIN_WORDS`] words, of which at least [`ENGLISH_DENSITY`] are
/// English stopwords. Prose in another language scores far lower (its
/// stopwords are other words); a page of English lists and names may score
/// lower too, and then goes to the detector.
fn is_english(Sampled { words, stopwords }: Sampled) -> bool {
    words >= ENGLISH_MIN_WORDS && stopwords as f32 >= ENGLISH_DENSITY * words as f32
}

/// The words and stopwords of the blocks outside chrome markup of at least
/// [`language::SAMPLE_MIN_BLOCK`] characters: what [`is_english`] reads.
#[derive(Debug, Clone, Copy, Default)]
struct Sampled {
    words: u32,
    stopwords: u32,
}

/// Fewest words for [`is_english`] to decide without the detector.
const ENGLISH_MIN_WORDS: u32 = 30;

/// Share of English stopwords from which text is taken as English without
/// the detector: below the density of ordinary English prose (0.35 to 0.5
/// with this crate's list), far above that of other languages' prose, where
/// only short words shared with English ("a", "in", "on", "is") count.
const ENGLISH_DENSITY: f32 = 0.2;

/// Up to [`language::SAMPLE_BYTES`] of the page's text outside chrome
/// markup, longer blocks first, for the detector.
fn sample(doc: &Segmented) -> String {
    let mut sample = String::with_capacity(language::SAMPLE_BYTES + 4);
    for long in [true, false] {
        for (i, b) in doc.blocks.iter().enumerate() {
            let room = language::SAMPLE_BYTES.saturating_sub(sample.len());
            if room == 0 {
                break;
            }
            let text = doc.text_of(b);
            let outside = doc.markup.get(i).is_none_or(|m| m.husk.is_none());
            if outside && (text.len() >= language::SAMPLE_MIN_BLOCK) == long {
                let mut end = room.min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                sample.push_str(text.get(..end).unwrap_or_default());
                sample.push('\n');
            }
        }
    }
    sample
}

/// Stage 2, features, for every block; stopwords only in blocks of at
/// least `stopwords_from` bytes.
///
/// PERF: a block inside chrome markup is decided by the markup (or a user
/// pattern); only its length matters to the context pass, so it skips the
/// feature loop (and, in [`label`], the phrase library). Stopwords are read
/// only by the density classes of [`classify::label`], for blocks of at
/// least `length_low` characters, and by [`is_english`], from
/// `SAMPLE_MIN_BLOCK` characters; a block has no more characters than
/// bytes, so one shorter in bytes than the lesser of the two the caller
/// needs (three blocks in four of a crawler's dump) skips the lookups.
pub(crate) fn measure(doc: &Segmented, language: Language, stopwords_from: usize) -> Vec<Features> {
    measure_sampled(doc, language, stopwords_from).0
}

/// [`measure`], and the counts of the blocks [`is_english`] reads.
///
/// PERF: added up as the blocks are measured, instead of in a second loop
/// over the features (0.3% of the classifier's instructions, DESIGN.md,
/// tenth round).
///
/// PERF: on a CPU with AVX-512 the whole loop is compiled a second time
/// with those instructions, and the first pass reads sixty-four bytes a
/// step ([`features::Wide`]).
fn measure_sampled(
    doc: &Segmented,
    language: Language,
    stopwords_from: usize,
) -> (Vec<Features>, Sampled) {
    #[cfg(target_arch = "x86_64")]
    if let Some(wide) = features::Wide::detect() {
        return wide.run(MeasureAll {
            wide,
            doc,
            language,
            stopwords_from,
        });
    }
    measure_sampled_by(features::Narrow, doc, language, stopwords_from)
}

/// [`measure_sampled_by`] with the AVX-512 scan, as a job for
/// [`features::Wide::run`].
#[cfg(target_arch = "x86_64")]
struct MeasureAll<'a> {
    wide: features::Wide,
    doc: &'a Segmented,
    language: Language,
    stopwords_from: usize,
}

#[cfg(target_arch = "x86_64")]
impl pulp::NullaryFnOnce for MeasureAll<'_> {
    type Output = (Vec<Features>, Sampled);

    #[inline(always)]
    fn call(self) -> Self::Output {
        measure_sampled_by(self.wide, self.doc, self.language, self.stopwords_from)
    }
}

/// [`measure_sampled`] with the first pass of `scanner`.
#[inline(always)]
fn measure_sampled_by(
    scanner: impl features::Scanner,
    doc: &Segmented,
    language: Language,
    stopwords_from: usize,
) -> (Vec<Features>, Sampled) {
    use Stopwords::{Count, Skip};
    let mut sampled = Sampled::default();
    // PERF: a loop of its own, not `map` and `collect`: the AVX-512 scan is
    // compiled with its instructions only when every call down to it is
    // inlined into `Wide::run` (see there), and the standard library's
    // `collect` is not marked to be inlined.
    let mut features = Vec::with_capacity(doc.blocks.len());
    for (i, b) in doc.blocks.iter().enumerate() {
        // PERF: the block's text is taken once (`measure_in` takes it
        // itself): each `&str` slice checks two character boundaries.
        let f = match doc.markup.get(i).and_then(|m| m.husk) {
            Some(_) => {
                features.push(features::length_only(doc.text_of(b)));
                continue;
            }
            None if b.span.len() < stopwords_from => {
                features::measure_in(scanner, &doc.text, b.span.clone(), language, Skip)
            }
            None => features::measure_in(scanner, &doc.text, b.span.clone(), language, Count),
        };
        if f.chars as usize >= crate::language::SAMPLE_MIN_BLOCK {
            sampled.words = sampled.words.saturating_add(f.words);
            sampled.stopwords = sampled.stopwords.saturating_add(f.stopwords);
        }
        features.push(f);
    }
    (features, sampled)
}

/// Stage 3, the context-free verdict on every block: chrome by its markup,
/// else the classifier's rules.
pub(crate) fn label(
    doc: &Segmented,
    features: &[Features],
    rules: &Rules,
    language: Language,
) -> Vec<Verdict> {
    let outside = |i: usize| doc.markup.get(i).is_none_or(|m| m.husk.is_none());
    let keys = KeyWords::find(
        &doc.text,
        doc.blocks
            .iter()
            .enumerate()
            .filter(|&(i, _)| outside(i))
            .map(|(_, b)| &b.span),
    );
    doc.blocks
        .iter()
        .zip(features)
        .enumerate()
        .map(|(i, (b, f))| match doc.markup.get(i).and_then(|m| m.husk) {
            Some(h) => classify::label_chrome(doc.text_of(b), h, rules),
            None => classify::label(doc.text_of(b), (b.span.start, &keys), f, rules, language),
        })
        .collect()
}

fn label_of(v: &Verdict) -> Label {
    if v.class == Class::Good {
        Label::Kept
    } else {
        Label::Dropped
    }
}

/// The result of cleaning: the text, and every block with its verdict.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Label};
///
/// let cleaned = Cleaner::default().clean_text("Leave a Reply\n\nThe rain kept falling on the old town all through the night, and by morning the river had burst its banks.")?;
/// for block in cleaned.blocks() {
///     println!("{:?} {:<24} {}", block.label(), block.rule(), block.text());
/// }
/// assert_eq!(cleaned.blocks().filter(|b| b.label() == Label::Kept).count(), 1);
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Cleaned {
    text: String,
    doc: Segmented,
    verdicts: Vec<Verdict>,
    /// The language the page was cleaned as.
    language: Language,
    /// The encoding `clean_bytes` decoded the page with.
    encoding: Option<&'static str>,
}

impl Cleaned {
    /// The main content: kept blocks, separated by a blank line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The main content, by value.
    pub fn into_text(self) -> String {
        self.text
    }

    /// The language the page was cleaned as: the builder's
    /// [`language`](crate::Builder::language) when one is set, else the one
    /// detected, else English (detection unsure, or a language dehusk does
    /// not know).
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::{Cleaner, Language};
    ///
    /// let page = "Teilen mit:\n\nDer Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über den Fluss im nächsten Jahr neu zu bauen, weil sie nicht mehr sicher ist.";
    /// let cleaned = Cleaner::default().clean(page)?;
    /// assert_eq!(cleaned.language(), Language::German);
    /// assert_eq!(cleaned.language().code(), "de");
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn language(&self) -> Language {
        self.language
    }

    /// The encoding the page was decoded with, by its WHATWG name
    /// (`"UTF-8"`, `"windows-1252"`, `"Shift_JIS"` …), when it came through
    /// [`Cleaner::clean_bytes`]; `None` for text given as `&str`.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    ///
    /// let page = b"<p>The caf\xe9 on the quay served cr\xe8me br\xfbl\xe9e to every passenger who came off the ferry.</p>";
    /// let cleaned = Cleaner::default().clean_bytes(page, Some("text/html; charset=latin1"))?;
    /// assert_eq!(cleaned.encoding(), Some("windows-1252"));
    /// assert_eq!(Cleaner::default().clean("plain text")?.encoding(), None);
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn encoding(&self) -> Option<&'static str> {
        self.encoding
    }

    /// The document's `<title>`, normalised; `None` for plain text or when
    /// the page has none.
    ///
    /// # Example
    ///
    /// ```
    /// let html = "<html><head><title> A  page </title></head><body><p>Text.</p></body></html>";
    /// assert_eq!(dehusk::Cleaner::default().clean(html)?.title(), Some("A page"));
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.doc.title.as_deref()
    }

    /// Every block of the input, in input order, with its label and rule.
    pub fn blocks(&self) -> impl ExactSizeIterator<Item = BlockView<'_>> + DoubleEndedIterator {
        self.doc
            .blocks
            .iter()
            .zip(&self.verdicts)
            .map(|(block, v)| BlockView {
                block,
                text: self.doc.text_of(block),
                label: label_of(v),
                rule: v.rule,
            })
    }
}

/// One block of a [`Cleaned`] result: its text, label and the rule behind it.
///
/// # Example
///
/// ```
/// use dehusk::{BlockKind, Cleaner, Label, Rule};
///
/// let cleaned = Cleaner::default().clean_text("Skip to content")?;
/// let block = cleaned.blocks().next().unwrap();
/// assert_eq!(block.text(), "Skip to content");
/// assert_eq!(block.label(), Label::Dropped);
/// assert_eq!(block.rule().name(), "phrase:skip-link");
/// assert_eq!(block.kind(), BlockKind::Line);
/// assert_eq!(block.line(), 1);
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct BlockView<'a> {
    block: &'a Block,
    text: &'a str,
    label: Label,
    rule: Rule,
}

impl<'a> BlockView<'a> {
    /// The block's normalised text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Kept or dropped.
    pub fn label(&self) -> Label {
        self.label
    }

    /// The rule that decided the label.
    pub fn rule(&self) -> Rule {
        self.rule
    }

    /// What the block came from.
    pub fn kind(&self) -> BlockKind {
        self.block.kind
    }

    /// The 1-based input line where the block starts (text mode), or 0 (HTML).
    pub fn line(&self) -> u32 {
        self.block.line
    }
}

/// Crate-internal access for the output formats (`markdown`, `json`).
impl Cleaned {
    /// The segmented document: every block, its text and its markup.
    pub(crate) fn segmented(&self) -> &Segmented {
        &self.doc
    }

    /// The label of every block, parallel to [`Segmented::blocks`].
    pub(crate) fn labels(&self) -> impl Iterator<Item = Label> + '_ {
        self.verdicts.iter().map(label_of)
    }
}

/// Compile-time proof that the public types can be shared between threads.
const _: () = {
    const fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<Cleaned>();
    assert_send_sync::<crate::Builder>();
    assert_send_sync::<Error>();
};
