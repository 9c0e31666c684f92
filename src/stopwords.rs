//! Stopword lists, one per language, looked up without allocating.
//!
//! A stopword is a function word (article, pronoun, preposition, auxiliary):
//! prose is dense in them, menus and lists of names are not. The density of
//! stopwords is the main feature of jusText (Pomikálek, *Removing Boilerplate
//! and Duplicate Content from Web Corpora*, PhD thesis, Masaryk University,
//! 2011), which this crate's context-free classes follow.
//!
//! English uses a list written for this crate, built into a table at compile
//! time. Every other language uses the list of the `stop-words` crate (the
//! NLTK list where there is one, else the stopwords-iso list; both MIT
//! licensed), built into the same kind of table the first time a page in
//! that language is cleaned. As in jusText, one set of density thresholds
//! serves every language.

use std::borrow::Cow;
use std::sync::OnceLock;

use crate::language::Language;

/// Longest stopword of any language, in bytes: the most a [`Key`] holds.
pub(crate) const MAX_LEN: usize = 10;

impl Language {
    /// True when `word`, already lowercased ASCII, is a stopword of this
    /// language; the test oracle of the packed lookup.
    #[cfg(test)]
    pub(crate) fn is_stopword(self, word: &[u8]) -> bool {
        !word.iter().any(u8::is_ascii_uppercase) && self.contains(Key::of(word))
    }

    /// True when the word packed in `key` is a stopword of this language:
    /// the lookup of the scalar feature loop kept as the test oracle (the
    /// vector scan looks words up through [`StopKeys`]).
    #[cfg(test)]
    pub(crate) fn contains(self, key: Key) -> bool {
        match self {
            Language::English => in_buckets(&ENGLISH_BUCKETS, ENGLISH_SHIFT, key),
            other => other.stoplist().ascii.contains(key),
        }
    }

    /// The stopwords of this language, built on first use.
    pub(crate) fn stoplist(self) -> &'static Stoplist {
        static LISTS: [OnceLock<Stoplist>; Language::ALL.len()] =
            [const { OnceLock::new() }; Language::ALL.len()];
        if self == Language::English {
            return &ENGLISH_LIST;
        }
        match LISTS.get(self.index()) {
            Some(cell) => cell
                .get_or_init(|| Stoplist::new(stop_words::lookup(self.code()).unwrap_or_default())),
            None => &ENGLISH_LIST,
        }
    }
}

/// The stopwords of every language but English, in one set: the gate in
/// front of language detection (see [`crate::language::reads_as_prose`]).
pub(crate) fn any_language() -> &'static AnyLanguage {
    static UNION: OnceLock<AnyLanguage> = OnceLock::new();
    UNION.get_or_init(|| AnyLanguage::new(&other_languages_words()))
}

/// Every word of the lists of every language but English, in list order
/// (a word of several lists as often as it is listed).
fn other_languages_words() -> Vec<&'static str> {
    Language::ALL
        .iter()
        .filter(|&&l| l != Language::English)
        .flat_map(|l| {
            stop_words::lookup(l.code())
                .unwrap_or_default()
                .iter()
                .copied()
        })
        .collect()
}

/// A set of stopwords that is only asked about whole words, one at a time:
/// the hashes of their lowercase forms ([`hash_lowercase`]) in one
/// open-addressing table, as [`Stoplist`] keeps its non-ASCII words.
///
/// Memory: the union of the lists, 14,288 words, as a [`Stoplist`] took
/// 262,144 buckets (4 MiB) for its ASCII words and twice that for their raw
/// keys, which the gate never reads: buckets of two keys that none may
/// overflow need that many for so many keys. This table is 32,768 slots
/// (256 KiB). The gate's time did not change measurably: the hash of each
/// word costs about what the cache misses in the larger table did
/// (DESIGN.md, thirteenth round).
pub(crate) struct AnyLanguage {
    slots: Vec<u64>,
    /// One bit for each hash's top [`FILTER_BITS`] bits, set for every
    /// hash of the table: a word whose bit is clear is in no list.
    ///
    /// PERF: the table is larger than the cache that holds the rest of a
    /// page's work, so each word of the gate's sample was a cache miss;
    /// most words are in no list, and this 16 KiB set turns 93 in 100 of
    /// them away (8,993 of its 131,072 bits are set). The pages that reach
    /// the gate are the ones that fail the English test (56 of the bench's
    /// 767; DESIGN.md, fourteenth round).
    filter: Vec<u64>,
}

/// Bits of a hash that pick its bit in [`AnyLanguage::filter`].
const FILTER_BITS: u32 = 17;

/// The word and the bit of `h` in [`AnyLanguage::filter`].
fn filter_bit(h: u64) -> (usize, u64) {
    let bit = (h >> (64 - FILTER_BITS)) as usize;
    (bit / 64, 1 << (bit % 64))
}

impl AnyLanguage {
    /// The set of `words`, filtered as [`Stoplist::new`] filters them: an
    /// ASCII word of more than [`MAX_LEN`] bytes is left out, as the scan
    /// never looks one up.
    fn new(words: &[&str]) -> AnyLanguage {
        let hashes: Vec<u64> = words
            .iter()
            .filter(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric))
            .filter(|w| !w.is_ascii() || w.len() <= MAX_LEN)
            .map(|w| hash_lowercase(w))
            .collect();
        let mut filter = vec![0u64; (1 << FILTER_BITS) / 64];
        for &h in &hashes {
            let (word, bit) = filter_bit(h);
            if let Some(w) = filter.get_mut(word) {
                *w |= bit;
            }
        }
        AnyLanguage {
            slots: hash_slots(&hashes),
            filter,
        }
    }

    /// True when `word`, a run of letters and digits, is a stopword of some
    /// language (any case); what [`Stoplist::contains_word`] says of the
    /// union of the lists.
    #[cfg(test)]
    pub(crate) fn contains_word(&self, word: &str) -> bool {
        let mut keys: Vec<u64> = AnyLanguage::key(word).into_iter().collect();
        self.count(&mut keys) == 1
    }

    /// The key of `word`, a run of letters and digits, for
    /// [`AnyLanguage::count`]: the hash of its lowercase form; `None` for a
    /// word in no list (an ASCII word longer than [`MAX_LEN`]).
    pub(crate) fn key(word: &str) -> Option<u64> {
        (!word.is_ascii() || word.len() <= MAX_LEN).then(|| hash_lowercase(word))
    }

    /// How many of the words whose [`AnyLanguage::key`]s are `keys` are
    /// stopwords of some language (any case); `keys` is left holding the
    /// keys that pass the filter.
    ///
    /// PERF: the filter's bit of every key first, in a loop that keeps
    /// every key (the next slot is written whatever the bit, and advanced
    /// by it) and so has no branch on the bits it loads: the loads of the
    /// filter, a table that is seldom in the cache when the gate runs,
    /// overlap. Then the few keys the filter lets through are looked up in
    /// the table.
    pub(crate) fn count(&self, keys: &mut Vec<u64>) -> u32 {
        let mut kept = 0usize;
        for i in 0..keys.len() {
            let Some(&h) = keys.get(i) else { break };
            let (w, bit) = filter_bit(h);
            let pass = self.filter.get(w).is_some_and(|w| w & bit != 0);
            if let Some(slot) = keys.get_mut(kept) {
                *slot = h;
            }
            kept += usize::from(pass);
        }
        keys.truncate(kept);
        keys.iter()
            .map(|&h| u32::from(in_slots(&self.slots, h)))
            .sum()
    }
}

impl Stoplist {
    /// True when `word`, a run of letters and digits, is a stopword (any
    /// case): by its packed key when it is ASCII, else by its hash.
    #[cfg(test)]
    pub(crate) fn contains_word(&self, word: &str) -> bool {
        if word.is_ascii() {
            word.len() <= MAX_LEN && self.ascii.contains(Key::of(word.as_bytes()))
        } else {
            self.contains_other(word)
        }
    }
}

/// The stopwords of one language, in two sets: words of ASCII letters and
/// digits, looked up by their packed [`Key`] in the hot loop, and every
/// other word (with a non-ASCII letter), looked up by a hash of its
/// lowercase form in a second pass that only blocks with non-ASCII text
/// take.
pub(crate) struct Stoplist {
    ascii: Table,
    /// The ASCII words of at most eight bytes again, by [`raw_key`]: the
    /// lookup of the vector scan, which has a word's bytes at hand.
    short: Table,
    /// [`hash_lowercase`] of the non-ASCII words, in an open-addressing
    /// table (a power of two of slots, at most half full, `0` empty; see
    /// [`Stoplist::contains_hash`]); empty when there are none.
    other: Vec<u64>,
    /// The longest non-ASCII word, in characters, at most
    /// [`MAX_UNSPACED_CHARS`]: how far the matching of text without spaces
    /// looks ahead.
    longest: usize,
}

/// The tables of a stoplist's ASCII words, by [`raw_key`] and by [`Key`]:
/// see [`Stoplist::raw_keys`].
#[derive(Clone, Copy)]
pub(crate) struct RawKeys<'a> {
    list: &'a Stoplist,
}

/// The tables the feature scan looks ASCII words up in: any stoplist's
/// ([`RawKeys`]), or English's at their fixed addresses
/// ([`EnglishRawKeys`]).
pub(crate) trait StopKeys: Copy {
    /// True when the word whose [`raw_key`] is `raw` (at most eight bytes)
    /// is in the list.
    fn contains_raw(self, raw: u64) -> bool;
    /// True when the word of packed key `key` (nine or ten bytes) is in the
    /// list.
    fn contains_key(self, key: Key) -> bool;

    /// True when `word`, nine or ten ASCII letters and digits in any case,
    /// is in the list: by its packed [`Key`] unless the tables know better.
    #[inline]
    fn contains_long(self, word: &[u8]) -> bool {
        self.contains_key(Key::of(word))
    }
}

impl StopKeys for RawKeys<'_> {
    #[inline]
    fn contains_raw(self, raw: u64) -> bool {
        self.list.short.contains(Key(raw))
    }

    #[inline]
    fn contains_key(self, key: Key) -> bool {
        self.list.ascii.contains(key)
    }
}

/// The ASCII words of English: the same tables as
/// `Language::English.stoplist().raw_keys()`, read at their fixed addresses.
///
/// PERF: a scan of English text (most pages) holds no table address, size
/// or shift in registers, and the bucket index needs no bounds check; the
/// lookup of a word is a multiplication, a shift and two compares.
#[derive(Debug, Clone, Copy)]
pub(crate) struct EnglishRawKeys;

impl StopKeys for EnglishRawKeys {
    /// PERF: one slot of [`ENGLISH_SHORT_SLOTS`] and one comparison, where
    /// a bucket of two took two comparisons and their merge: the lookup of
    /// most words of most pages.
    #[inline]
    fn contains_raw(self, raw: u64) -> bool {
        ENGLISH_SHORT_SLOTS
            .get(english_short_slot(raw))
            .is_some_and(|&k| k == raw)
    }

    #[inline]
    fn contains_key(self, key: Key) -> bool {
        in_buckets(&ENGLISH_BUCKETS, ENGLISH_SHIFT, key)
    }

    /// PERF: English has three words of nine bytes or more ("ourselves",
    /// "themselves", "yourselves"); a word that long is compared with them
    /// by its first and last eight bytes, read at once and folded to
    /// lowercase, where packing its [`Key`] took a loop of some ninety
    /// instructions (3% of the classifier's, DESIGN.md, tenth round).
    #[inline]
    fn contains_long(self, word: &[u8]) -> bool {
        let (Some(head), Some(tail)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) else {
            return false;
        };
        let fold = |eight: &[u8; 8]| u64::from_le_bytes(*eight) | LOWERCASE;
        let (head, tail) = (fold(head), fold(tail));
        ENGLISH_LONG
            .iter()
            .any(|&(h, t, n)| h == head && t == tail && n == word.len())
    }
}

/// The bit that makes an ASCII letter lowercase, in each of eight bytes; it
/// leaves a digit as it is.
pub(crate) const LOWERCASE: u64 = 0x2020_2020_2020_2020;

/// The English words of nine bytes or more: their first and last eight
/// bytes, as [`EnglishRawKeys::contains_long`] reads them, and their length.
static ENGLISH_LONG: [(u64, u64, usize); LONG_ENGLISH_WORDS] = english_long(ENGLISH);

/// How many English words have nine bytes or more.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const LONG_ENGLISH_WORDS: usize = {
    let mut n = 0;
    let mut w = 0;
    while w < ENGLISH.len() {
        if ENGLISH[w].len() > 8 {
            n += 1;
        }
        w += 1;
    }
    n
};

/// [`ENGLISH_LONG`], built at compile time.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn english_long(words: &[&[u8]]) -> [(u64, u64, usize); LONG_ENGLISH_WORDS] {
    let mut long = [(0, 0, 0); LONG_ENGLISH_WORDS];
    let (mut w, mut k) = (0, 0);
    while w < words.len() {
        let word = words[w];
        if word.len() > 8 {
            let (mut head, mut tail, mut i) = (0u64, 0u64, 0);
            while i < 8 {
                head |= (word[i] as u64) << (8 * i);
                tail |= (word[word.len() - 8 + i] as u64) << (8 * i);
                i += 1;
            }
            long[k] = (head | LOWERCASE, tail | LOWERCASE, word.len());
            k += 1;
        }
        w += 1;
    }
    long
}

/// Stopwords of languages written without spaces are matched up to this
/// many characters long.
const MAX_UNSPACED_CHARS: usize = 4;

impl Stoplist {
    /// The stoplist of `words`, as the `stop-words` crate gives them
    /// (lowercase). Words with spaces or punctuation inside (`"d'un"`,
    /// multi-word entries) can never be one word of the feature loop, and
    /// are left out.
    fn new(words: &[&str]) -> Stoplist {
        let mut keys = Vec::new();
        let mut short = Vec::new();
        let mut other = Vec::new();
        let mut longest = 0;
        for &word in words {
            if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
                continue;
            }
            if word.is_ascii() {
                if word.len() <= MAX_LEN {
                    keys.push(Key::of(word.as_bytes()).0);
                }
                if word.len() <= 8 {
                    short.push(raw_key(word.as_bytes()));
                }
            } else {
                other.push(hash_lowercase(word));
                longest = longest.max(word.chars().count().min(MAX_UNSPACED_CHARS));
            }
        }
        Stoplist {
            ascii: Table::of_keys(keys),
            short: Table::of_keys(short),
            other: hash_slots(&other),
            longest,
        }
    }

    /// True when the word of ASCII letters and digits whose [`raw_key`] is
    /// `raw` (so at most eight bytes) is a stopword.
    #[cfg(test)]
    pub(crate) fn contains_raw(&self, raw: u64) -> bool {
        self.raw_keys().contains_raw(raw)
    }

    /// The table of [`raw_key`]s, to be fetched once and looked up many
    /// times.
    #[inline]
    pub(crate) fn raw_keys(&self) -> RawKeys<'_> {
        RawKeys { list: self }
    }

    /// True when some stopword has a non-ASCII letter.
    pub(crate) fn has_other(&self) -> bool {
        !self.other.is_empty()
    }

    /// True when `word`, a run of letters and digits with a non-ASCII one,
    /// is a stopword (any case).
    pub(crate) fn contains_other(&self, word: &str) -> bool {
        self.contains_hash(hash_lowercase(word))
    }

    /// True when some non-ASCII stopword has the hash `h` (of its lowercase
    /// form, as [`hash_lowercase`] or, for text without case, [`fnv`]).
    ///
    /// PERF: one slot, rarely two; the table is fixed, so no input can make
    /// the probing longer than the list itself made it.
    pub(crate) fn contains_hash(&self, h: u64) -> bool {
        in_slots(&self.other, h)
    }

    /// The longest stopword with a non-ASCII letter, in characters (at most
    /// four).
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }
}

/// True when the open-addressing table `slots` ([`hash_slots`]) holds the
/// hash `h`.
fn in_slots(slots: &[u64], h: u64) -> bool {
    slot_of_hash(slots, h).is_some()
}

/// Where the open-addressing table `slots` ([`hash_slots`]) holds the hash
/// `h`, if it does.
pub(crate) fn slot_of_hash(slots: &[u64], h: u64) -> Option<usize> {
    let mask = slots.len().wrapping_sub(1);
    let h = h.max(1);
    let mut i = slot_of(h) & mask;
    for _ in 0..slots.len() {
        match slots.get(i) {
            Some(&s) if s == h => return Some(i),
            Some(&0) | None => return None,
            Some(_) => i = (i + 1) & mask,
        }
    }
    None
}

/// The open-addressing table of [`Stoplist::other`] for `hashes`: a power
/// of two of slots, at least twice as many as hashes, linear probing; a hash
/// of `0` is stored (and looked up) as `1`, since `0` marks an empty slot.
pub(crate) fn hash_slots(hashes: &[u64]) -> Vec<u64> {
    if hashes.is_empty() {
        return Vec::new();
    }
    let size = (hashes.len() * 2).next_power_of_two().max(16);
    let mask = size - 1;
    let mut slots = vec![0u64; size];
    for &h in hashes {
        let h = h.max(1);
        let mut i = slot_of(h) & mask;
        while let Some(slot) = slots.get_mut(i) {
            if *slot == 0 || *slot == h {
                *slot = h;
                break;
            }
            i = (i + 1) & mask;
        }
    }
    slots
}

/// The first slot of a hash: its bits folded, so that the low bits of the
/// index depend on all of them.
#[inline]
fn slot_of(h: u64) -> usize {
    (h ^ (h >> 29) ^ (h >> 47)) as usize
}

/// FNV-1a's offset basis: the hash of the empty text.
pub(crate) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a (64 bits) of `bytes`, continued from `h`.
#[inline]
pub(crate) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    for &b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    h
}

/// FNV-1a (64 bits) of the lowercase form of `word`, computed without a
/// lowercase copy. The hash is fixed: the sets it fills are fixed lists that
/// never grow, so no input can slow a lookup (a binary search).
pub(crate) fn hash_lowercase(word: &str) -> u64 {
    // PERF: ASCII text by its bytes, each lowercase byte the UTF-8 of the
    // lowercase character; the same hash, without the Unicode case tables.
    if word.is_ascii() {
        return word
            .bytes()
            .fold(FNV_OFFSET, |h, b| fnv(h, &[b.to_ascii_lowercase()]));
    }
    let mut buf = [0u8; 4];
    let lower = LOWER.get_or_init(|| ('\0'..LOWER_END).map(single_lowercase).collect());
    let mut h = FNV_OFFSET;
    for c in word.chars() {
        // PERF: from the table when it holds the character (the Latin,
        // Greek and Cyrillic scripts); else the Unicode case tables.
        match lower.get(c as usize).copied().flatten() {
            Some(l) => h = fnv(h, l.encode_utf8(&mut buf).as_bytes()),
            None => {
                for l in c.to_lowercase() {
                    h = fnv(h, l.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
    }
    h
}

/// The end of the characters whose lowercase [`LOWER`] holds.
const LOWER_END: char = '\u{500}';

/// The lowercase of every character below [`LOWER_END`], when it is one
/// character (`None` for the few that lowercase to more, such as `İ`), built
/// on first use (5 KiB).
static LOWER: OnceLock<Vec<Option<char>>> = OnceLock::new();

/// The lowercase of `c` when it is one character.
fn single_lowercase(c: char) -> Option<char> {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => Some(l),
        _ => None,
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
    #[cfg(test)]
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
    pub(crate) fn of(word: &[u8]) -> Key {
        word.iter().fold(Key::EMPTY, |key, &b| key.push(b))
    }
}

/// A set of keys as a hash table of buckets of [`WAYS`] keys, built at
/// compile time for English, at first use for the other languages.
///
/// PERF: a lookup is one multiplication, one bucket of 16 bytes and two
/// comparisons, with no branch and no probing. The hash is fixed, which
/// is safe here: the table holds a fixed list and never grows, so no input
/// can make a lookup slower.
struct Table {
    /// A power of two of buckets: [`BUCKETS`] for English, as many as a
    /// list needs for the others.
    buckets: Cow<'static, [[u64; WAYS]]>,
    /// `64 - log2(buckets)`: the hash's top bits index the buckets.
    shift: u32,
}

/// Keys per bucket.
///
/// PERF: two, where there were four, saves six instructions a word looked
/// up, some 9 M over the bench's corpus (DESIGN.md, ninth round); the
/// English tables keep their size (8 KiB) with twice the buckets.
const WAYS: usize = 2;
/// Buckets of the English [`Table`], a power of two.
const BUCKETS: usize = 512;
/// The multiplier of the hash, an odd number drawn at random among those
/// that leave no bucket of the English tables over [`WAYS`] keys (about
/// one in twenty does); [`english_buckets`] fails the build if a bucket
/// overflows with it, [`Table::of_keys`] doubles the buckets.
const MULTIPLIER: u64 = 0x5143_1193_e6c3_f339;

/// The bucket of a key: the top `64 - shift` bits of a multiplicative hash.
#[inline]
const fn bucket_of(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(MULTIPLIER) >> shift) as usize
}

/// `shift` of a table of [`BUCKETS`] buckets.
const ENGLISH_SHIFT: u32 = 64 - BUCKETS.trailing_zeros();

/// Builds the buckets of `words`: each 1 to [`MAX_LEN`] lowercase ASCII
/// letters or digits.
///
/// Evaluated at compile time, where a failed check or an index out of
/// bounds stops the build instead of panicking at run time.
#[allow(clippy::indexing_slicing, clippy::panic)]
const fn english_buckets(words: &[&[u8]]) -> [[u64; WAYS]; BUCKETS] {
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
        place(&mut buckets, key);
        w += 1;
    }
    buckets
}

/// Puts `key` in its bucket of the English tables, at compile time: a full
/// bucket indexes out of bounds and stops the build (change [`MULTIPLIER`]).
#[allow(clippy::indexing_slicing)]
const fn place(buckets: &mut [[u64; WAYS]; BUCKETS], key: u64) {
    let bucket = &mut buckets[bucket_of(key, ENGLISH_SHIFT)];
    let mut way = 0;
    while bucket[way] != VACANT && bucket[way] != key {
        way += 1;
    }
    bucket[way] = key;
}

impl Table {
    /// The table of `keys`, with the fewest buckets (at least 64) in which
    /// no bucket holds more than [`WAYS`] keys.
    fn of_keys(mut keys: Vec<u64>) -> Table {
        keys.sort_unstable();
        keys.dedup();
        let mut shift = 64 - 6;
        loop {
            let mut buckets = vec![[VACANT; WAYS]; 1 << (64 - shift)];
            let placed = keys.iter().all(|&key| {
                buckets
                    .get_mut(bucket_of(key, shift))
                    .and_then(|b| b.iter_mut().find(|k| **k == VACANT))
                    .map(|slot| *slot = key)
                    .is_some()
            });
            // 2^24 buckets would take any list: the loop ends long before.
            if placed || shift <= 40 {
                return Table {
                    buckets: Cow::Owned(buckets),
                    shift,
                };
            }
            shift -= 1;
        }
    }

    #[inline]
    fn contains(&self, key: Key) -> bool {
        in_buckets(&self.buckets, self.shift, key)
    }
}

/// True when `key` is in the bucket of `buckets` that `shift` picks: the
/// lookup of every [`Table`], and of the English one at its fixed address.
#[inline]
fn in_buckets(buckets: &[[u64; WAYS]], shift: u32, key: Key) -> bool {
    buckets
        .get(bucket_of(key.0, shift))
        .is_some_and(|b| b.iter().fold(false, |found, &k| found | (k == key.0)))
}

static ENGLISH_BUCKETS: [[u64; WAYS]; BUCKETS] = english_buckets(ENGLISH);

static ENGLISH_SHORT_BUCKETS: [[u64; WAYS]; BUCKETS] = english_short_buckets(ENGLISH);

/// Slots of [`ENGLISH_SHORT_SLOTS`], a power of two: 8 KiB, the size of the
/// two-way buckets.
const SHORT_SLOTS: usize = 1024;

/// The multiplier of the hash of [`ENGLISH_SHORT_SLOTS`]: an odd number
/// drawn at random among those that put no two of the English words of at
/// most eight bytes in one of [`SHORT_SLOTS`] slots (a perfect hash; about
/// one in thirty thousand does). [`english_short_slots`] fails the build if
/// two words share a slot with it.
const SHORT_MULTIPLIER: u64 = 0xfc60_d591_56ea_1b39;

/// The slot of a [`raw_key`] in [`ENGLISH_SHORT_SLOTS`].
#[inline]
const fn english_short_slot(raw: u64) -> usize {
    (raw.wrapping_mul(SHORT_MULTIPLIER) >> (64 - SHORT_SLOTS.trailing_zeros())) as usize
}

/// The [`raw_key`]s of the English words of at most eight bytes, each
/// alone in its slot, [`VACANT`] elsewhere: [`EnglishRawKeys`] reads one
/// slot a word.
static ENGLISH_SHORT_SLOTS: [u64; SHORT_SLOTS] = english_short_slots(ENGLISH);

/// Builds [`ENGLISH_SHORT_SLOTS`] at compile time: two words in one slot
/// stop the build (change [`SHORT_MULTIPLIER`]).
#[allow(clippy::indexing_slicing, clippy::panic)]
const fn english_short_slots(words: &[&[u8]]) -> [u64; SHORT_SLOTS] {
    let mut slots = [VACANT; SHORT_SLOTS];
    let mut w = 0;
    while w < words.len() {
        let word = words[w];
        if word.len() <= 8 {
            let key = raw_key(word);
            let slot = &mut slots[english_short_slot(key)];
            assert!(*slot == VACANT || *slot == key);
            *slot = key;
        }
        w += 1;
    }
    slots
}

/// The word of at most eight ASCII letters and digits `word` as one
/// integer: its bytes little-endian, each with bit 5 set (letters folded to
/// lowercase; digits have it already), the bytes past the word zero. Words
/// of other bytes are never looked up by it.
#[allow(clippy::indexing_slicing)] // `i < word.len()`; const fns cannot call `get`
pub(crate) const fn raw_key(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut i = 0;
    while i < word.len() && i < 8 {
        key |= ((word[i] | 0x20) as u64) << (8 * i);
        i += 1;
    }
    key
}

/// The buckets of the [`raw_key`]s of the words of `words` of at most
/// eight bytes, like [`english_buckets`].
#[allow(clippy::indexing_slicing, clippy::panic)]
const fn english_short_buckets(words: &[&[u8]]) -> [[u64; WAYS]; BUCKETS] {
    let mut buckets = [[VACANT; WAYS]; BUCKETS];
    let mut w = 0;
    while w < words.len() {
        let word = words[w];
        if word.len() <= 8 {
            place(&mut buckets, raw_key(word));
        }
        w += 1;
    }
    buckets
}

/// The English stoplist: only ASCII words, all in a table built at
/// compile time.
static ENGLISH_LIST: Stoplist = Stoplist {
    ascii: Table {
        buckets: Cow::Borrowed(&ENGLISH_BUCKETS),
        shift: ENGLISH_SHIFT,
    },
    short: Table {
        buckets: Cow::Borrowed(&ENGLISH_SHORT_BUCKETS),
        shift: ENGLISH_SHIFT,
    },
    other: Vec::new(),
    longest: 0,
};

/// The English stoplist's words, lowercase ASCII.
pub(crate) fn english_words() -> &'static [&'static [u8]] {
    ENGLISH
}

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
    use super::{
        any_language, hash_lowercase, other_languages_words, raw_key, EnglishRawKeys, Key,
        StopKeys, Stoplist, ENGLISH, MAX_LEN,
    };
    use crate::language::Language;

    /// The hash of an ASCII word, taken from its bytes, is the hash of the
    /// UTF-8 of its lowercase form, as for any other word.
    #[test]
    fn ascii_words_hash_as_their_lowercase_text() {
        let words = [
            "und",
            "UND",
            "Der",
            "aBc123XyZ",
            "",
            "0",
            "Mañana",
            "the-end",
        ];
        let every: String = (0u8..128).map(char::from).collect();
        for word in words.iter().copied().chain([every.as_str()]) {
            let lower = word.to_lowercase();
            assert_eq!(
                hash_lowercase(word),
                super::fnv(super::FNV_OFFSET, lower.as_bytes()),
                "{word:?}"
            );
        }
    }

    /// The hash of any word is FNV-1a of its characters' lowercase forms,
    /// however the lowercase of each character is found: on every
    /// character to U+0600 and on words of several scripts.
    #[test]
    fn words_hash_as_the_lowercase_of_their_characters() {
        let reference = |word: &str| {
            let mut buf = [0u8; 4];
            word.chars()
                .flat_map(char::to_lowercase)
                .fold(super::FNV_OFFSET, |h, c| {
                    super::fnv(h, c.encode_utf8(&mut buf).as_bytes())
                })
        };
        let every: String = ('\u{80}'..'\u{600}').collect();
        let words = ["İstanbul", "ΣΟΦΊΑ", "Привет", "Ärger", "東京", "ǅemal", "ﬀ"];
        for word in words.iter().copied().chain([every.as_str()]) {
            assert_eq!(hash_lowercase(word), reference(word), "{word:?}");
        }
        for c in '\u{0}'..'\u{600}' {
            let word = c.to_string();
            assert_eq!(hash_lowercase(&word), reference(&word), "{c:?}");
        }
    }

    /// Counted together, the words of a text are the stopwords that are
    /// counted one at a time; the keys the filter lets through stay, in
    /// order, and every stopword's key among them.
    #[test]
    fn the_union_counts_a_text_as_its_words_one_by_one() {
        let union = any_language();
        let text = "Der Hafen war still, als die Fähre anlegte, und the few passengers \
            who stepped off went straight to el café del muelle, où ils ont bu \
            un café; Kühlschrank quixotic zebra a1b2 Гавань была тихой и пустой";
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let one_by_one: Vec<bool> = words.iter().map(|w| union.contains_word(w)).collect();
        let mut keys: Vec<u64> = words
            .iter()
            .filter_map(|w| super::AnyLanguage::key(w))
            .collect();
        let all = keys.clone();
        let found = union.count(&mut keys);
        assert_eq!(found as usize, one_by_one.iter().filter(|&&s| s).count());
        assert!(found >= 10, "{found}");
        assert!(keys.len() >= found as usize && keys.len() < all.len());
        let mut rest = all.iter();
        assert!(keys.iter().all(|k| rest.any(|a| a == k)), "kept in order");
        for (w, stop) in words.iter().zip(one_by_one) {
            if stop {
                let key = super::AnyLanguage::key(w).unwrap();
                assert!(keys.contains(&key), "{w}");
            }
        }
    }

    /// The set of every language's stopwords says of a word what a
    /// [`Stoplist`] of the same words says: of every listed word in three
    /// cases, of words too long to be listed, and of words in no list.
    #[test]
    fn the_union_answers_as_a_stoplist_of_the_union() {
        let words = other_languages_words();
        let list = Stoplist::new(&words);
        let union = any_language();
        let mut asked = 0;
        let mut found = 0;
        let others = [
            "zebra",
            "quixotic",
            "Kühlschrank",
            "holzpferd",
            "a1b2",
            "x",
            "ab",
        ];
        for word in words.iter().copied().chain(others) {
            if word.is_empty() || !word.chars().all(char::is_alphanumeric) {
                continue;
            }
            let capital: String = word
                .chars()
                .enumerate()
                .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                .collect();
            for form in [word.to_string(), word.to_ascii_uppercase(), capital] {
                asked += 1;
                let expected = list.contains_word(&form);
                found += usize::from(expected);
                assert_eq!(union.contains_word(&form), expected, "{form:?}");
            }
        }
        // The lists hold thousands of words, some too long to be looked up.
        assert!(found > 10_000, "{found} of {asked}");
        assert!(found < asked);
        assert!(!union.contains_word("quixotic") && union.contains_word("und"));
    }

    /// Every listed word of every language of at most eight ASCII letters
    /// and digits is in its raw-byte table, in any case.
    #[test]
    fn every_short_listed_word_has_a_raw_key() {
        let mut checked = 0;
        for &language in Language::ALL {
            let listed: Vec<&[u8]> = if language == Language::English {
                ENGLISH.to_vec()
            } else {
                stop_words::lookup(language.code())
                    .unwrap_or_default()
                    .iter()
                    .map(|w| w.as_bytes())
                    .collect()
            };
            for w in listed {
                if w.is_empty() || w.len() > 8 || !w.iter().all(u8::is_ascii_alphanumeric) {
                    continue;
                }
                let stops = language.stoplist();
                assert!(stops.contains_raw(raw_key(w)), "{language:?} {w:?}");
                assert!(stops.contains_raw(raw_key(&w.to_ascii_uppercase())));
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
        assert!(!Language::English.stoplist().contains_raw(raw_key(b"river")));
    }

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

    #[test]
    fn every_language_has_a_stoplist_that_finds_its_words() {
        for &language in Language::ALL {
            let list = language.stoplist();
            let words: &[&str] = if language == Language::English {
                &[]
            } else {
                stop_words::lookup(language.code()).unwrap_or_default()
            };
            assert!(
                language == Language::English || !words.is_empty(),
                "{language}: no list in the stop-words crate"
            );
            for w in words
                .iter()
                .filter(|w| w.chars().all(char::is_alphanumeric))
            {
                let found = if w.is_ascii() {
                    w.len() > MAX_LEN || language.contains(Key::of(w.as_bytes()))
                } else {
                    list.contains_other(w)
                };
                assert!(found, "{language}: {w:?} not found");
            }
        }
    }

    #[test]
    fn non_ascii_stopwords_fold_case() {
        let german = Language::German.stoplist();
        assert!(german.has_other());
        assert!(german.contains_other("über"));
        assert!(german.contains_other("ÜBER"));
        assert!(german.contains_other("Während"));
        assert!(!german.contains_other("Brücke"));
        let russian = Language::Russian.stoplist();
        assert!(russian.contains_other("Что"));
        assert!(!russian.contains_other("мост"));
        assert!(!Language::English.stoplist().has_other());
        assert_eq!(hash_lowercase("ÜBER"), hash_lowercase("über"));
        assert_ne!(hash_lowercase("über"), hash_lowercase("uber"));
    }

    #[test]
    fn a_table_of_many_keys_grows_until_every_key_fits() {
        let keys: Vec<u64> = (1..5000u64).collect();
        let list = Stoplist::new(&[]);
        assert!(!list.has_other());
        assert!(!list.contains_other("über")); // an empty table: no slot to probe
        let table = super::Table::of_keys(keys.clone());
        assert!(keys.iter().all(|&k| table.contains(Key(k))));
        assert!(!table.contains(Key(0)));
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

        /// The raw-byte table of every language answers as its packed-key
        /// table for words of at most eight letters and digits, any case.
        #[test]
        fn raw_keys_equal_packed_keys(
            w in "(the|und|les|del|een|och|[a-z0-9]{1,3}|[a-zA-Z]{1,8})",
            pick in 0usize..46,
        ) {
            proptest::prop_assume!(w.len() <= 8);
            let language = Language::ALL.get(pick).copied().unwrap_or_default();
            proptest::prop_assert_eq!(
                language.stoplist().contains_raw(raw_key(w.as_bytes())),
                language.contains(Key::of(w.as_bytes()))
            );
        }

        /// English's tables at their fixed addresses answer as the packed
        /// lookup of the scalar loop, for words of every length the scan
        /// looks up; so do every language's tables through [`StopKeys`].
        #[test]
        fn stop_keys_answer_as_the_packed_lookup(
            w in "(the|themselves|yourselves|ourselves|[a-z0-9]{1,3}|[a-zA-Z]{1,10})",
            pick in 0usize..46,
        ) {
            let key = Key::of(w.as_bytes());
            let expected = Language::English.contains(key);
            if w.len() <= 8 {
                proptest::prop_assert_eq!(EnglishRawKeys.contains_raw(raw_key(w.as_bytes())), expected);
            }
            proptest::prop_assert_eq!(EnglishRawKeys.contains_key(key), expected);
            let language = Language::ALL.get(pick).copied().unwrap_or_default();
            proptest::prop_assert_eq!(
                language.stoplist().raw_keys().contains_key(key),
                language.contains(key)
            );
        }
    }

    #[test]
    fn english_raw_keys_hold_every_short_english_word() {
        for w in ENGLISH.iter().filter(|w| w.len() <= 8) {
            assert!(EnglishRawKeys.contains_raw(raw_key(w)), "{w:?}");
        }
        assert!(!EnglishRawKeys.contains_raw(raw_key(b"kernel")));
    }

    /// English's comparison of long words finds what its packed keys find:
    /// the long words in any case, and no near miss (one byte changed, a
    /// byte more or less, digits in place of letters).
    #[test]
    fn english_long_words_are_found_as_by_their_keys() {
        let long: Vec<&[u8]> = ENGLISH.iter().copied().filter(|w| w.len() > 8).collect();
        assert!(!long.is_empty());
        let mut words: Vec<Vec<u8>> = Vec::new();
        for w in &long {
            words.push(w.to_vec());
            words.push(w.to_ascii_uppercase());
            let mut capital = w.to_vec();
            capital[0] = capital[0].to_ascii_uppercase();
            words.push(capital);
            for i in 0..w.len() {
                for b in [b'a', b'z', b'0', b'9', b'Q'] {
                    let mut near = w.to_vec();
                    near[i] = b;
                    words.push(near);
                }
                let mut shorter = w.to_vec();
                shorter.remove(i);
                words.push(shorter);
                let mut longer = w.to_vec();
                longer.insert(i, b's');
                words.push(longer);
            }
        }
        words.extend([b"selvesselv".to_vec(), b"0123456789".to_vec()]);
        let mut found = 0;
        for word in words.iter().filter(|w| (9..=MAX_LEN).contains(&w.len())) {
            let by_key = EnglishRawKeys.contains_key(Key::of(word));
            assert_eq!(EnglishRawKeys.contains_long(word), by_key, "{word:?}");
            let listed = ENGLISH.contains(&word.to_ascii_lowercase().as_slice());
            assert_eq!(by_key, listed, "{word:?}");
            found += usize::from(by_key);
        }
        // Each in three cases, and "ourselves" from "yourselves" less a byte.
        assert!(found > 3 * long.len(), "{found}");
    }
}
