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

/// Longest stopword of any language, in bytes: the most a [`Key`] holds.
pub(crate) const MAX_LEN: usize = 10;

impl Language {
    /// True when `word`, already lowercased ASCII, is a stopword of this
    /// language; the test oracle of the packed lookup.
    #[cfg(test)]
    pub(crate) fn is_stopword(self, word: &[u8]) -> bool {
        !word.iter().any(u8::is_ascii_uppercase) && self.contains(Key::of(word))
    }

    /// True when the word packed in `key` is a stopword of this language.
    #[inline]
    pub(crate) fn contains(self, key: Key) -> bool {
        match self {
            Language::English => ENGLISH_TABLE.contains(key),
        }
    }
}

/// A word packed into one integer, six bits per byte with ASCII letters
/// folded to lowercase: the key of the stopword tables.
///
/// A key is built one byte at a time with [`Key::push`], so a scan can pack
/// each word as it reads it, without a buffer and without a branch. A word
/// longer than [`MAX_LEN`] bytes, or with a byte other than an ASCII letter
/// or digit, packs to a key that no table holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Key(u64);

/// Six-bit codes of bytes: letters 1 to 26 (either case), digits 27 to 36,
/// any other byte [`NO_CODE`].
static CODES: [u8; 256] = codes();

/// The code of bytes that no stopword has.
const NO_CODE: u8 = 63;

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn codes() -> [u8; 256] {
    let mut table = [NO_CODE; 256];
    let mut b = 0usize;
    while b < 26 {
        table[b'a' as usize + b] = b as u8 + 1;
        table[b'A' as usize + b] = b as u8 + 1;
        b += 1;
    }
    let mut d = 0usize;
    while d < 10 {
        table[b'0' as usize + d] = d as u8 + 27;
        d += 1;
    }
    table
}

/// Keys at or above this hold [`MAX_LEN`] bytes: one more byte overflows.
const FULL: u64 = 1 << (6 * (MAX_LEN - 1));
/// The key of every word longer than [`MAX_LEN`] bytes.
const OVERFLOW: u64 = u64::MAX;
/// An empty slot of a [`Table`]: no word packs to it (keys of words are
/// below `1 << 60`, or [`OVERFLOW`]).
const VACANT: u64 = 1 << 62;

impl Key {
    /// The key of the empty word, where [`Key::push`] starts.
    pub(crate) const EMPTY: Key = Key(0);

    /// The key of `self` followed by the byte `b`.
    #[inline]
    pub(crate) fn push(self, b: u8) -> Key {
        let code = u64::from(CODES.get(usize::from(b)).copied().unwrap_or(NO_CODE));
        Key(if self.0 >= FULL {
            OVERFLOW
        } else {
            (self.0 << 6) | code
        })
    }

    /// The key of the first `n` (at most 8) bytes of `bytes`, read as a
    /// little-endian `u64`, when those bytes are all lowercase ASCII letters:
    /// the same key as [`Key::push`] of each of them.
    ///
    /// PERF: the codes of all eight bytes are packed at once (SWAR), in three
    /// steps that each join neighbouring lanes, instead of one shift per
    /// byte.
    #[inline]
    pub(crate) fn of_lowercase(bytes: u64, n: u32) -> Key {
        // Codes of lowercase letters are `b - 0x60`; bytes from `n` on are zero.
        let keep = u64::MAX
            .checked_shr(64u32.saturating_sub(8 * n))
            .unwrap_or(0);
        let codes = bytes.wrapping_sub(0x6060_6060_6060_6060) & keep;
        // Byte 0 is the first letter: it goes to the high end of each pair.
        let pairs = ((codes & 0x00ff_00ff_00ff_00ff) << 6) | ((codes >> 8) & 0x00ff_00ff_00ff_00ff);
        let quads =
            ((pairs & 0x0000_ffff_0000_ffff) << 12) | ((pairs >> 16) & 0x0000_ffff_0000_ffff);
        let eight = ((quads & 0xffff_ffff) << 24) | (quads >> 32);
        // Eight codes, the last 8 - n of them zero.
        Key(eight >> (6 * 8u32.saturating_sub(n)))
    }

    /// The key of `word`.
    #[cfg(test)]
    pub(crate) fn of(word: &[u8]) -> Key {
        word.iter().fold(Key::EMPTY, |key, &b| key.push(b))
    }
}

/// A set of keys as a hash table of buckets of [`WAYS`] keys, built at
/// compile time.
///
/// PERF: a lookup is one multiplication, one bucket (one cache line) and
/// four comparisons, with no branch and no probing. The hash is fixed, which
/// is safe here: the table holds a fixed list and never grows, so no input
/// can make a lookup slower.
struct Table {
    buckets: [[u64; WAYS]; BUCKETS],
}

/// Keys per bucket.
const WAYS: usize = 4;
/// Buckets of a [`Table`], a power of two.
const BUCKETS: usize = 256;
/// The multiplier of the hash; [`Table::new`] fails the build if a bucket of
/// a list overflows with it.
const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// The bucket of a key: the top bits of a multiplicative hash.
#[inline]
const fn bucket_of(key: u64) -> usize {
    (key.wrapping_mul(MULTIPLIER) >> (64 - BUCKETS.trailing_zeros())) as usize
}

impl Table {
    /// Builds the table of `words`: each 1 to [`MAX_LEN`] lowercase ASCII
    /// letters or digits.
    ///
    /// Evaluated at compile time, where a failed check or an index out of
    /// bounds stops the build instead of panicking at run time.
    #[allow(clippy::indexing_slicing, clippy::panic)]
    const fn new(words: &[&[u8]]) -> Table {
        let mut buckets = [[VACANT; WAYS]; BUCKETS];
        let mut w = 0;
        while w < words.len() {
            let word = words[w];
            assert!(!word.is_empty() && word.len() <= MAX_LEN);
            let mut key = 0u64;
            let mut i = 0;
            while i < word.len() {
                let code = CODES[word[i] as usize];
                assert!(code != NO_CODE && !word[i].is_ascii_uppercase());
                key = (key << 6) | code as u64;
                i += 1;
            }
            let bucket = &mut buckets[bucket_of(key)];
            let mut way = 0;
            while bucket[way] != VACANT && bucket[way] != key {
                way += 1; // out of bounds when full: change MULTIPLIER
            }
            bucket[way] = key;
            w += 1;
        }
        Table { buckets }
    }

    #[inline]
    fn contains(&self, key: Key) -> bool {
        self.buckets
            .get(bucket_of(key.0))
            .is_some_and(|b| b.iter().fold(false, |found, &k| found | (k == key.0)))
    }
}

static ENGLISH_TABLE: Table = Table::new(ENGLISH);

/// English function words, written for this crate.
const ENGLISH: &[&[u8]] = &[
    b"a",
    b"about",
    b"above",
    b"after",
    b"again",
    b"against",
    b"all",
    b"also",
    b"am",
    b"an",
    b"and",
    b"any",
    b"are",
    b"as",
    b"at",
    b"be",
    b"because",
    b"been",
    b"before",
    b"being",
    b"below",
    b"between",
    b"both",
    b"but",
    b"by",
    b"can",
    b"could",
    b"did",
    b"do",
    b"does",
    b"doing",
    b"down",
    b"during",
    b"each",
    b"even",
    b"ever",
    b"every",
    b"few",
    b"for",
    b"from",
    b"further",
    b"had",
    b"has",
    b"have",
    b"having",
    b"he",
    b"her",
    b"here",
    b"hers",
    b"herself",
    b"him",
    b"himself",
    b"his",
    b"how",
    b"however",
    b"i",
    b"if",
    b"in",
    b"into",
    b"is",
    b"it",
    b"its",
    b"itself",
    b"just",
    b"may",
    b"me",
    b"might",
    b"more",
    b"most",
    b"much",
    b"must",
    b"my",
    b"myself",
    b"no",
    b"nor",
    b"not",
    b"now",
    b"of",
    b"off",
    b"often",
    b"on",
    b"once",
    b"one",
    b"only",
    b"or",
    b"other",
    b"our",
    b"ours",
    b"ourselves",
    b"out",
    b"over",
    b"own",
    b"same",
    b"shall",
    b"she",
    b"should",
    b"since",
    b"so",
    b"some",
    b"such",
    b"than",
    b"that",
    b"the",
    b"their",
    b"theirs",
    b"them",
    b"themselves",
    b"then",
    b"there",
    b"these",
    b"they",
    b"this",
    b"those",
    b"though",
    b"through",
    b"thus",
    b"to",
    b"too",
    b"under",
    b"until",
    b"up",
    b"upon",
    b"us",
    b"very",
    b"was",
    b"we",
    b"were",
    b"what",
    b"when",
    b"where",
    b"whether",
    b"which",
    b"while",
    b"who",
    b"whom",
    b"whose",
    b"why",
    b"will",
    b"with",
    b"within",
    b"without",
    b"would",
    b"yet",
    b"you",
    b"your",
    b"yours",
    b"yourself",
    b"yourselves",
];

#[cfg(test)]
mod tests {
    use super::{Key, Language, ENGLISH, MAX_LEN};

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

    #[test]
    fn every_listed_word_is_found() {
        for w in ENGLISH {
            assert!(Language::English.is_stopword(w), "{w:?}");
        }
    }

    #[test]
    fn keys_fold_case_and_reject_long_or_foreign_words() {
        assert_eq!(Key::of(b"ThE"), Key::of(b"the"));
        assert!(Language::English.contains(Key::of(b"YOURSELVES")));
        // the last ten bytes are a stopword, the word is not
        assert!(!Language::English.contains(Key::of(b"xxyourselves")));
        assert!(!Language::English.contains(Key::of(b"xyourselves")));
        assert!(!Language::English.contains(Key::of("thé".as_bytes())));
        assert!(!Language::English.contains(Key::of(b"th-e")));
        assert!(!Language::English.contains(Key::EMPTY));
    }

    proptest::proptest! {
        #[test]
        fn packed_lowercase_equals_pushed(w in "[a-z]{1,8}", tail in "[ -~]{8}") {
            let mut buf = [0u8; 8];
            for (slot, b) in buf.iter_mut().zip(w.bytes().chain(tail.bytes())) {
                *slot = b;
            }
            let n = w.len() as u32;
            proptest::prop_assert_eq!(Key::of_lowercase(u64::from_le_bytes(buf), n), Key::of(w.as_bytes()));
        }

        #[test]
        fn table_equals_list(w in "(the|[a-z0-9]{0,3}|[a-zA-Z]{0,14})(s|selves|[a-z]{0,3})") {
            let listed = ENGLISH.contains(&w.to_ascii_lowercase().as_bytes());
            proptest::prop_assert_eq!(Language::English.contains(Key::of(w.as_bytes())), listed);
        }
    }
}
