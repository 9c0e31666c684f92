//! Stopword lists, one per language, looked up without allocating.
//!
//! A stopword is a function word (article, pronoun, preposition, auxiliary):
//! prose is dense in them, menus and lists of names are not. The density of
//! stopwords is the main feature of jusText (Pomikálek, *Removing Boilerplate
//! and Duplicate Content from Web Corpora*, PhD thesis, Masaryk University,
//! 2011), which this crate's context-free classes follow.

/// The language whose stopwords are counted.
///
/// Only English ships today; the enum is `#[non_exhaustive]` so that more
/// languages slot in without breaking callers.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Language};
///
/// let cleaner = Cleaner::builder().language(Language::English).build()?;
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Language {
    /// English.
    #[default]
    English,
}

/// Longest stopword of any language, in bytes; longer words are never looked up.
pub(crate) const MAX_LEN: usize = 12;

impl Language {
    /// True when `word`, already lowercased ASCII, is a stopword of this language.
    #[inline]
    pub(crate) fn is_stopword(self, word: &[u8]) -> bool {
        match self {
            Language::English => english(word),
        }
    }
}

/// English function words, written for this crate.
///
/// PERF: a `match` on byte strings compiles to a switch on length and then
/// comparisons, with no hashing and no allocation.
fn english(word: &[u8]) -> bool {
    matches!(
        word,
        b"a" | b"about"
            | b"above"
            | b"after"
            | b"again"
            | b"against"
            | b"all"
            | b"also"
            | b"am"
            | b"an"
            | b"and"
            | b"any"
            | b"are"
            | b"as"
            | b"at"
            | b"be"
            | b"because"
            | b"been"
            | b"before"
            | b"being"
            | b"below"
            | b"between"
            | b"both"
            | b"but"
            | b"by"
            | b"can"
            | b"could"
            | b"did"
            | b"do"
            | b"does"
            | b"doing"
            | b"down"
            | b"during"
            | b"each"
            | b"even"
            | b"ever"
            | b"every"
            | b"few"
            | b"for"
            | b"from"
            | b"further"
            | b"had"
            | b"has"
            | b"have"
            | b"having"
            | b"he"
            | b"her"
            | b"here"
            | b"hers"
            | b"herself"
            | b"him"
            | b"himself"
            | b"his"
            | b"how"
            | b"however"
            | b"i"
            | b"if"
            | b"in"
            | b"into"
            | b"is"
            | b"it"
            | b"its"
            | b"itself"
            | b"just"
            | b"may"
            | b"me"
            | b"might"
            | b"more"
            | b"most"
            | b"much"
            | b"must"
            | b"my"
            | b"myself"
            | b"no"
            | b"nor"
            | b"not"
            | b"now"
            | b"of"
            | b"off"
            | b"often"
            | b"on"
            | b"once"
            | b"one"
            | b"only"
            | b"or"
            | b"other"
            | b"our"
            | b"ours"
            | b"ourselves"
            | b"out"
            | b"over"
            | b"own"
            | b"same"
            | b"shall"
            | b"she"
            | b"should"
            | b"since"
            | b"so"
            | b"some"
            | b"such"
            | b"than"
            | b"that"
            | b"the"
            | b"their"
            | b"theirs"
            | b"them"
            | b"themselves"
            | b"then"
            | b"there"
            | b"these"
            | b"they"
            | b"this"
            | b"those"
            | b"though"
            | b"through"
            | b"thus"
            | b"to"
            | b"too"
            | b"under"
            | b"until"
            | b"up"
            | b"upon"
            | b"us"
            | b"very"
            | b"was"
            | b"we"
            | b"were"
            | b"what"
            | b"when"
            | b"where"
            | b"whether"
            | b"which"
            | b"while"
            | b"who"
            | b"whom"
            | b"whose"
            | b"why"
            | b"will"
            | b"with"
            | b"within"
            | b"without"
            | b"would"
            | b"yet"
            | b"you"
            | b"your"
            | b"yours"
            | b"yourself"
            | b"yourselves"
    )
}

#[cfg(test)]
mod tests {
    use super::{Language, MAX_LEN};

    #[test]
    fn english_function_words_are_stopwords() {
        for w in ["the", "of", "and", "would", "themselves", "yourselves"] {
            assert!(Language::English.is_stopword(w.as_bytes()), "{w}");
            assert!(w.len() <= MAX_LEN);
        }
    }

    #[test]
    fn content_words_are_not() {
        for w in ["ukraine", "diplomacy", "share", "like", "The", ""] {
            assert!(!Language::English.is_stopword(w.as_bytes()), "{w}");
        }
    }
}
