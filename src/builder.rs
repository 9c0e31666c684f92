//! The builder: settings with documented defaults; `build()` is the step that can fail.

use regex::{RegexSet, RegexSetBuilder};

use crate::classify::{Rules, Thresholds};
use crate::cleaner::{Cleaner, Limits};
use crate::error::Error;
use crate::language::Language;

/// How eagerly blocks are kept.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Preset};
///
/// let strict = Cleaner::builder().preset(Preset::Precision).build()?;
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Preset {
    /// Keep less: leaks the least boilerplate, may lose short content.
    Precision,
    /// The default: the best word F1 measured on the benchmark pages.
    #[default]
    Balanced,
    /// Keep more: loses the least content, leaks more boilerplate.
    Recall,
}

impl Preset {
    /// The thresholds of each preset. Balanced starts from the jusText
    /// defaults (length 70 / 200 characters, stopword density 0.30 / 0.32,
    /// heading distance 200; Pomikálek 2011) with `length_low` lowered to 50,
    /// which measured best once the densest-region pass decides short blocks;
    /// the others move the thresholds either way.
    pub(crate) fn thresholds(self) -> Thresholds {
        match self {
            Preset::Precision => Thresholds {
                length_low: 80,
                length_high: 240,
                stopwords_low: 0.32,
                stopwords_high: 0.36,
                max_heading_distance: 150,
            },
            Preset::Balanced => Thresholds {
                length_low: 50,
                length_high: 200,
                stopwords_low: 0.30,
                stopwords_high: 0.32,
                max_heading_distance: 200,
            },
            Preset::Recall => Thresholds {
                length_low: 35,
                length_high: 150,
                stopwords_low: 0.22,
                stopwords_high: 0.28,
                max_heading_distance: 300,
            },
        }
    }
}

/// Default for [`Builder::max_input_bytes`]: 64 MiB.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;

/// Default for [`Builder::max_blocks`]: 1,000,000 blocks.
///
/// Each block costs about 130 bytes of working memory (its span, features
/// and verdict), so the default bounds that memory near 130 MB.
pub const DEFAULT_MAX_BLOCKS: usize = 1_000_000;

/// Default for [`Builder::max_depth`]: 256 nested elements.
pub const DEFAULT_MAX_DEPTH: usize = 256;

/// The largest [`Builder::max_depth`] accepted: past it, the parser's own
/// cost grows with the square of the depth.
pub const MAX_DEPTH_LIMIT: usize = 4096;

/// Compiled size limit for each set of user patterns: 1 MiB.
pub const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// Configures and builds a [`Cleaner`].
///
/// Setters take `&mut self` and return it, so calls chain; [`Builder::build`]
/// validates everything and is the only step that can fail.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Preset};
///
/// let cleaner = Cleaner::builder()
///     .preset(Preset::Balanced)
///     .drop_patterns([r"(?i)^sponsored by\b"])
///     .max_input_bytes(8 << 20)
///     .build()?;
/// let cleaned = cleaner.clean_text("Sponsored by ACME\n\nThe council met on Tuesday and agreed, after a long debate, to rebuild the old bridge over the river.")?;
/// assert!(!cleaned.text().contains("ACME"));
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Builder {
    preset: Preset,
    language: Option<Language>,
    drop: Vec<String>,
    keep: Vec<String>,
    max_input_bytes: usize,
    max_blocks: usize,
    max_depth: usize,
}

impl Default for Builder {
    fn default() -> Self {
        Builder {
            preset: Preset::default(),
            language: None,
            drop: Vec::new(),
            keep: Vec::new(),
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            max_blocks: DEFAULT_MAX_BLOCKS,
            max_depth: DEFAULT_MAX_DEPTH,
        }
    }
}

impl Builder {
    /// A builder with every setting at its default.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets how eagerly blocks are kept.
    ///
    /// # Default
    ///
    /// [`Preset::Balanced`].
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::{Cleaner, Preset};
    /// let cleaner = Cleaner::builder().preset(Preset::Recall).build()?;
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn preset(&mut self, preset: Preset) -> &mut Self {
        self.preset = preset;
        self
    }

    /// Fixes the language of every page: its stopwords are counted and its
    /// boilerplate phrasings matched, and no page is run through detection.
    ///
    /// # Default
    ///
    /// None: the language of each page is detected (the `whatlang` crate,
    /// on up to 1 KiB of the page's longer blocks outside chrome markup,
    /// when their English stopwords do not already show English prose),
    /// and English is used when the detector is not sure or names a language
    /// dehusk does not know. [`Cleaned::language`](crate::Cleaned::language)
    /// tells which language a page was cleaned as.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::{Cleaner, Language};
    ///
    /// let cleaner = Cleaner::builder().language(Language::German).build()?;
    /// let cleaned = cleaner.clean_text("Teilen mit:\n\nDer Gemeinderat hat am Dienstag nach langer Debatte beschlossen, die alte Brücke über den Fluss im nächsten Jahr neu zu bauen.")?;
    /// assert_eq!(cleaned.language(), Language::German);
    /// assert!(cleaned.text().starts_with("Der Gemeinderat"));
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn language(&mut self, language: Language) -> &mut Self {
        self.language = Some(language);
        self
    }

    /// Goes back to the default: detect the language of each page (see
    /// [`Builder::language`]).
    ///
    /// ```
    /// let cleaner = dehusk::Cleaner::builder()
    ///     .language(dehusk::Language::French)
    ///     .detect_language()
    ///     .build()?;
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn detect_language(&mut self) -> &mut Self {
        self.language = None;
        self
    }

    /// Adds regexes (regex crate syntax) whose matching blocks are always dropped.
    ///
    /// A pattern matches anywhere in a block's normalised text unless anchored;
    /// add `(?i)` for case-insensitivity. Drop patterns are checked after keep
    /// patterns and before every built-in rule. Calling this again appends.
    ///
    /// # Default
    ///
    /// None.
    ///
    /// # Errors
    ///
    /// [`Builder::build`] returns [`Error::Pattern`] for a pattern that does not
    /// compile or compiles to more than [`PATTERN_SIZE_LIMIT`] bytes.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    /// let cleaner = Cleaner::builder().drop_patterns(["^Photo:", "(?i)^via "]).build()?;
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn drop_patterns<I, S>(&mut self, patterns: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.drop
            .extend(patterns.into_iter().map(|p| p.as_ref().to_string()));
        self
    }

    /// Adds regexes whose matching blocks are always kept, whatever else matches.
    ///
    /// Keep patterns are checked first, before the user's drop patterns and
    /// every built-in rule. Calling this again appends.
    ///
    /// # Default
    ///
    /// None.
    ///
    /// # Errors
    ///
    /// As for [`Builder::drop_patterns`].
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    /// let cleaner = Cleaner::builder().keep_patterns(["^Editor's note:"]).build()?;
    /// let cleaned = cleaner.clean_text("Editor's note: updated")?;
    /// assert_eq!(cleaned.text(), "Editor's note: updated");
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn keep_patterns<I, S>(&mut self, patterns: I) -> &mut Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.keep
            .extend(patterns.into_iter().map(|p| p.as_ref().to_string()));
        self
    }

    /// Sets the largest input, in bytes, that the [`Cleaner`] accepts.
    ///
    /// Larger inputs get [`Error::InputTooLarge`] before any work is done; the
    /// one-call [`clean`](crate::clean) returns an empty string for them.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_INPUT_BYTES`] (64 MiB).
    ///
    /// # Errors
    ///
    /// [`Builder::build`] returns [`Error::Setting`] for 0.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::{Cleaner, Error};
    /// let cleaner = Cleaner::builder().max_input_bytes(10).build()?;
    /// assert!(matches!(cleaner.clean("eleven bytes"), Err(Error::InputTooLarge { .. })));
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn max_input_bytes(&mut self, limit: usize) -> &mut Self {
        self.max_input_bytes = limit;
        self
    }

    /// Sets the most blocks (lines of a text, block elements of a page) the
    /// [`Cleaner`] works on. Segmenting stops at the limit, so memory stays
    /// bounded, and the cleaner returns [`Error::TooManyBlocks`]; the one-call
    /// [`clean`](crate::clean) returns an empty string then.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_BLOCKS`] (1,000,000).
    ///
    /// # Errors
    ///
    /// [`Builder::build`] returns [`Error::Setting`] for 0.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::{Cleaner, Error};
    /// let cleaner = Cleaner::builder().max_blocks(2).build()?;
    /// assert!(cleaner.clean_text("one\n\ntwo").is_ok());
    /// assert!(matches!(cleaner.clean_text("one\n\ntwo\n\nthree"), Err(Error::TooManyBlocks { limit: 2 })));
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn max_blocks(&mut self, limit: usize) -> &mut Self {
        self.max_blocks = limit;
        self
    }

    /// Sets the deepest element nesting of an HTML page handed to the parser.
    /// One linear scan before parsing removes the start tags that would open
    /// deeper (and as many end tags); their text joins the block around them.
    /// html5ever has no limit of its own, and deep nesting costs it time in
    /// the square of the depth. Real pages stay far below the default.
    ///
    /// # Default
    ///
    /// [`DEFAULT_MAX_DEPTH`] (256).
    ///
    /// # Errors
    ///
    /// [`Builder::build`] returns [`Error::Setting`] for 0 or more than
    /// [`MAX_DEPTH_LIMIT`] (4096).
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    /// let cleaner = Cleaner::builder().max_depth(64).build()?;
    /// let page = format!("<body>{}The only sentence on this page, deep inside the divs.", "<div>".repeat(10_000));
    /// assert_eq!(cleaner.clean(&page)?.text(), "The only sentence on this page, deep inside the divs.");
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn max_depth(&mut self, limit: usize) -> &mut Self {
        self.max_depth = limit;
        self
    }

    /// Checks the settings, compiles the patterns and returns the [`Cleaner`].
    ///
    /// # Errors
    ///
    /// [`Error::Pattern`] for a user pattern that does not compile or is too
    /// large; [`Error::Setting`] for a limit of 0.
    ///
    /// # Example
    ///
    /// ```
    /// use dehusk::Cleaner;
    /// assert!(Cleaner::builder().keep_patterns(["("]).build().is_err());
    /// assert!(Cleaner::builder().build().is_ok());
    /// ```
    pub fn build(&self) -> Result<Cleaner, Error> {
        for (setting, value) in [
            ("max_input_bytes", self.max_input_bytes),
            ("max_blocks", self.max_blocks),
            ("max_depth", self.max_depth),
        ] {
            if value == 0 {
                return Err(Error::Setting {
                    setting,
                    message: "must be at least 1".to_string(),
                });
            }
        }
        if self.max_depth > MAX_DEPTH_LIMIT {
            return Err(Error::Setting {
                setting: "max_depth",
                message: format!("must be at most {MAX_DEPTH_LIMIT}"),
            });
        }
        let rules = Rules {
            thresholds: self.preset.thresholds(),
            language: self.language,
            keep: compile("keep", &self.keep)?,
            drop: compile("drop", &self.drop)?,
        };
        Ok(Cleaner::new(
            rules,
            Limits {
                max_input_bytes: self.max_input_bytes,
                max_blocks: self.max_blocks,
                max_depth: self.max_depth,
            },
        ))
    }
}

/// Compiles one list of user patterns into a set, naming the first bad one.
fn compile(kind: &'static str, patterns: &[String]) -> Result<Option<RegexSet>, Error> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let build = |ps: &[String]| {
        RegexSetBuilder::new(ps)
            .size_limit(PATTERN_SIZE_LIMIT)
            .build()
    };
    match build(patterns) {
        Ok(set) => Ok(Some(set)),
        Err(set_err) => {
            // Find which pattern is at fault, to name it in the error.
            for (index, pattern) in patterns.iter().enumerate() {
                if let Err(e) = build(std::slice::from_ref(pattern)) {
                    return Err(Error::Pattern {
                        kind,
                        index,
                        pattern: pattern.clone(),
                        message: e.to_string(),
                    });
                }
            }
            Err(Error::Pattern {
                kind,
                index: 0,
                pattern: patterns.join(" | "),
                message: set_err.to_string(),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Builder;
    use crate::error::Error;

    #[test]
    fn invalid_pattern_is_named() {
        let err = Builder::new()
            .drop_patterns(["ok", "(bad"])
            .build()
            .unwrap_err();
        match err {
            Error::Pattern { kind, index, .. } => assert_eq!((kind, index), ("drop", 1)),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn oversized_pattern_is_an_error_not_a_panic() {
        let huge = r"\w{1000}\w{1000}\w{1000}";
        assert!(matches!(
            Builder::new().keep_patterns([huge]).build(),
            Err(Error::Pattern { .. })
        ));
    }

    #[test]
    fn zero_limit_is_rejected() {
        assert!(matches!(
            Builder::new().max_input_bytes(0).build(),
            Err(Error::Setting { .. })
        ));
    }
}
