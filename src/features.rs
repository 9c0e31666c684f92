//! Stage 2: features measured once per block, in one pass over its characters.

use std::ops::Range;

use once_cell::sync::Lazy;

use crate::language::Language;
use crate::stopwords::{EnglishRawKeys, StopKeys, LOWERCASE, MAX_LEN};

#[cfg(target_arch = "x86_64")]
mod avx512;
#[cfg(test)]
mod reference;
mod simd;

#[cfg(target_arch = "x86_64")]
pub(crate) use avx512::Wide;

/// What the classifier knows about one block. Counts are of characters
/// (Unicode scalar values), not bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Features {
    /// Length in characters, spaces included, where a character of a
    /// script written without spaces (Chinese, Japanese, Thai …) counts
    /// [`UNSPACED_WEIGHT`].
    pub chars: u32,
    /// Words: maximal runs of letters and digits.
    pub words: u32,
    /// Words that are stopwords of the language.
    pub stopwords: u32,
    /// Alphabetic characters.
    pub letters: u32,
    /// Decimal digits.
    pub digits: u32,
    /// Uppercase letters.
    pub upper: u32,
    /// Characters that are neither alphanumeric nor whitespace.
    pub symbols: u32,
    /// Separator characters of menus and breadcrumbs: `| » « • · › ‹ / ~ → ►`.
    pub separators: u32,
    /// Whitespace-separated tokens that are URLs (`scheme://`, `www.`).
    pub urls: u32,
    /// Whitespace-separated tokens that are e-mail addresses.
    pub emails: u32,
    /// Whitespace-separated tokens.
    pub tokens: u32,
    /// The block ends in sentence-final punctuation of any script, possibly
    /// followed by closing quotes or brackets.
    pub terminal: bool,
    /// The block ends in a question mark: a heading may ("What can I do?").
    pub question: bool,
}

impl Features {
    /// Share of words that are stopwords, in `[0, 1]`.
    pub fn stopword_density(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f32 / self.words as f32
        }
    }
}

/// Bit flags of one character, the alphabet of the loop in [`measure_with`].
type Class = u8;
/// Alphanumeric: part of a word.
const ALNUM: Class = 1;
/// Not a space (`' '` or `'\n'`): part of a token.
const SOLID: Class = 1 << 1;
/// Uppercase (counted in `upper` only when also a letter).
const UPPER: Class = 1 << 2;
/// Alphabetic.
const LETTER: Class = 1 << 3;
/// An ASCII decimal digit.
const DIGIT: Class = 1 << 4;
/// Neither alphanumeric nor a space.
const SYMBOL: Class = 1 << 5;
/// A menu separator, see [`is_separator`].
const SEPARATOR: Class = 1 << 6;
/// The class of a non-ASCII character.
///
/// PERF: General Punctuation (U+2000 to U+206F: dashes, curly quotes and
/// apostrophes, bullets, the ellipsis) holds more than half the non-ASCII
/// characters of most pages and no letter or digit, so its characters skip
/// the Unicode tables (a unit test checks the whole block). The characters
/// from U+0080 to U+30FF and the full-width forms are read from tables
/// ([`TABLED`], [`FULL_WIDTH`]).
fn unicode_class(c: char) -> Class {
    if ('\u{2000}'..='\u{206f}').contains(&c) {
        return symbol_class(c);
    }
    if let Some(&class) = TABLED.get((c as usize).wrapping_sub(0x80)) {
        return class;
    }
    if let Some(&class) = FULL_WIDTH.get((c as usize).wrapping_sub(0xff00)) {
        return class;
    }
    class_from_tables(c)
}

/// `c.is_alphanumeric()`, read from the tables of [`unicode_class`] where
/// they hold `c` (a unit test checks every character they hold).
///
/// PERF: for the samples of language detection (`crate::language`), which
/// test every character of up to 1 KiB of text that is mostly not ASCII:
/// the standard library's lookup was 9% of the time of the pages that are
/// not English (DESIGN.md, thirteenth round).
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if in_tables(c) {
        unicode_class(c) & ALNUM != 0
    } else {
        c.is_alphanumeric()
    }
}

/// `c.is_alphabetic()`, read as [`is_alphanumeric`] is.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if in_tables(c) {
        unicode_class(c) & LETTER != 0
    } else {
        c.is_alphabetic()
    }
}

/// The non-ASCII characters whose class [`unicode_class`] reads from its
/// tables or knows without them.
fn in_tables(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{30ff}' | '\u{ff00}'..='\u{ffef}')
}

/// The classes of the characters U+0080 to U+30FF by [`class_from_tables`],
/// built on first use (12 KiB): every character of two UTF-8 bytes (Latin-1,
/// the Latin extensions, Greek, Cyrillic, Hebrew, Arabic ...), the Indic
/// scripts, the symbols English pages use most outside ASCII and General
/// Punctuation (`€`, `™`, arrows, box drawing, stars, dingbats), and
/// CJK punctuation (`、`, `。`, `「`) and the kana.
///
/// PERF: the standard library's Unicode lookup costs some 300 to 400
/// instructions a character outside ASCII, and more on CJK punctuation,
/// which is not a letter (some 550); this is one load.
static TABLED: Lazy<Vec<Class>> =
    Lazy::new(|| ('\u{80}'..='\u{30ff}').map(class_from_tables).collect());

/// The classes of the half-width and full-width forms (U+FF00 to U+FFEF,
/// among them the full-width `，`, `！`, `？`, `（` and `）` of Chinese and
/// Japanese text) by [`class_from_tables`], built on first use.
static FULL_WIDTH: Lazy<Vec<Class>> =
    Lazy::new(|| ('\u{ff00}'..='\u{ffef}').map(class_from_tables).collect());

/// The class of a non-ASCII character outside General Punctuation, from the
/// standard library's Unicode tables.
fn class_from_tables(c: char) -> Class {
    if is_cjk_letter(c) {
        return ALNUM | SOLID | LETTER;
    }
    let alphabetic = c.is_alphabetic();
    if alphabetic || c.is_numeric() {
        let mut class = ALNUM | SOLID;
        if alphabetic {
            class |= LETTER;
        }
        if c.is_uppercase() {
            class |= UPPER;
        }
        class
    } else {
        symbol_class(c)
    }
}

/// The class of a character that is neither alphanumeric nor a space.
fn symbol_class(c: char) -> Class {
    if is_separator(c) {
        SOLID | SYMBOL | SEPARATOR
    } else {
        SOLID | SYMBOL
    }
}

/// Counts kept in the four 16-bit lanes of a `u64`, so that the loop adds one
/// integer per character instead of one field per count.
///
/// Lanes of [`CLASS_COUNTS`]: letters, upper, digits, symbols. Lanes of
/// [`START_COUNTS`]: words, tokens, separators.
type Lanes = u64;

/// The lane increments of a class: letters, upper, digits, symbols.
static CLASS_COUNTS: [Lanes; 256] = class_counts();
/// The lane increments of starts and separators, indexed by [`start_index`]:
/// words, tokens, separators.
static START_COUNTS: [Lanes; 256] = start_counts();

/// Lane `n` holding one.
const fn lane(n: u32, set: bool) -> Lanes {
    (set as Lanes) << (16 * n)
}

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn class_counts() -> [Lanes; 256] {
    let mut table = [0; 256];
    let mut class = 0usize;
    while class < 256 {
        let c = class as Class;
        table[class] = lane(0, c & LETTER != 0)
            | lane(1, c & (LETTER | UPPER) == LETTER | UPPER)
            | lane(2, c & DIGIT != 0)
            | lane(3, c & SYMBOL != 0);
        class += 1;
    }
    table
}

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn start_counts() -> [Lanes; 256] {
    let mut table = [0; 256];
    let mut index = 0usize;
    while index < 256 {
        let i = index as Class;
        table[index] =
            lane(0, i & ALNUM != 0) | lane(1, i & SOLID != 0) | lane(2, i & SEPARATOR != 0);
        index += 1;
    }
    table
}

/// The index into [`START_COUNTS`] of a character of class `class` after one
/// of class `prev`: the word and token starts, with the separator bit of
/// the character.
#[inline]
fn start_index(prev: Class, class: Class) -> usize {
    usize::from((class & !prev & (ALNUM | SOLID)) | (class & SEPARATOR))
}

/// Lane `n` of `lanes`.
#[inline]
fn get(lanes: Lanes, n: u32) -> u32 {
    ((lanes >> (16 * n)) & 0xffff) as u32
}

/// Moves the lanes into the counts of `f` (the test oracle's loop; the
/// vector scan fixes non-ASCII characters with the same tables).
#[cfg(test)]
fn flush(f: &mut Features, class_lanes: Lanes, start_lanes: Lanes) {
    f.letters += get(class_lanes, 0);
    f.upper += get(class_lanes, 1);
    f.digits += get(class_lanes, 2);
    f.symbols += get(class_lanes, 3);
    f.words += get(start_lanes, 0);
    f.tokens += get(start_lanes, 1);
    f.separators += get(start_lanes, 2);
}

/// The features of a block whose verdict is already known (chrome by its
/// markup): its length in characters, nothing else.
pub(crate) fn length_only(text: &str) -> Features {
    Features {
        chars: u32::try_from(text.chars().count()).unwrap_or(u32::MAX),
        ..Features::default()
    }
}

/// Whether [`measure_with`] counts the stopwords of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stopwords {
    /// Looked up and counted in [`Features::stopwords`].
    Count,
    /// Not looked up: [`Features::stopwords`] is zero. For a block too short
    /// for any rule that reads them; every other count is the same.
    Skip,
}

/// How the first pass reads a block: [`Narrow`] sixteen bytes a step, or,
/// on x86-64 CPUs with AVX-512, `Wide` sixty-four. Both give the same
/// [`Scanned`].
pub(crate) trait Scanner: Copy {
    /// The first pass over the block `text`; `rest` is the page from the
    /// block on (or the block alone), whose bytes after the block a step may
    /// load and then mask off. Stopwords are counted only when `COUNT`,
    /// looked up in `stops`.
    fn scan<const COUNT: bool, K: StopKeys>(self, text: &str, rest: &[u8], stops: K) -> Scanned;

    /// The first pass over a short ASCII block whose stopwords are not
    /// counted, when this scanner has a path of its own for those.
    #[inline(always)]
    fn scan_short(self, _text: &str, _rest: &[u8]) -> Option<Scanned> {
        None
    }
}

/// The first pass sixteen bytes a step, in SSE2 on x86-64 ([`simd`]): any
/// CPU.
///
/// PERF: a block of at most thirty-two ASCII bytes whose stopwords are not
/// counted (most blocks of a page) is scanned in one or two steps by
/// [`simd::scan_short`], which loads its bytes in place in the page.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Narrow;

impl Scanner for Narrow {
    #[inline(always)]
    fn scan<const COUNT: bool, K: StopKeys>(self, text: &str, _rest: &[u8], stops: K) -> Scanned {
        simd::scan::<COUNT, K>(text, stops)
    }

    #[inline(always)]
    fn scan_short(self, text: &str, rest: &[u8]) -> Option<Scanned> {
        simd::scan_short(rest, text.len())
    }
}

/// [`measure_with`] of `text` alone, sixteen bytes a step.
#[cfg(test)]
pub(crate) fn measure(text: &str, language: Language, stopwords: Stopwords) -> Features {
    measure_with(Narrow, text, text.as_bytes(), language, stopwords)
}

/// [`measure_with`] of the block `page[span]`; `span` must lie on character
/// boundaries of `page`, else the block is measured as empty. The first
/// pass may read the page's bytes after the block, and masks them off.
#[inline(always)]
pub(crate) fn measure_in(
    scanner: impl Scanner,
    page: &str,
    span: Range<usize>,
    language: Language,
    stopwords: Stopwords,
) -> Features {
    let text = page.get(span.clone()).unwrap_or_default();
    let rest = page.as_bytes().get(span.start..).unwrap_or_default();
    measure_with(scanner, text, rest, language, stopwords)
}

/// Measures the block `text`, which `rest` continues (the rest of its page,
/// or nothing), by `scanner`; its stopwords only when `stopwords` says so.
///
/// The first pass ([`Scanner::scan`]) reads the text sixteen or sixty-four
/// bytes a step, and fixes the counts of each non-ASCII character after.
/// Characters of scripts without spaces, non-ASCII stopwords, the length in
/// characters, the last characters and the addresses are then found by
/// [`finish`].
///
/// Always inlined: the AVX-512 scan must be compiled into the function
/// that [`Wide::run`] runs.
#[inline(always)]
fn measure_with(
    scanner: impl Scanner,
    text: &str,
    rest: &[u8],
    language: Language,
    stopwords: Stopwords,
) -> Features {
    let (scanned, count) = match stopwords {
        // The English table at its fixed address, or the language's.
        Stopwords::Count if language == Language::English => {
            (scanner.scan::<true, _>(text, rest, EnglishRawKeys), true)
        }
        Stopwords::Count => {
            let stops = language.stoplist().raw_keys();
            (scanner.scan::<true, _>(text, rest, stops), true)
        }
        Stopwords::Skip => {
            if let Some(short) = scanner.scan_short(text, rest) {
                return finish(text, language, false, short.f, short.url_hint, false);
            }
            // Nothing is looked up: any table will do.
            (scanner.scan::<false, _>(text, rest, EnglishRawKeys), false)
        }
    };
    finish(
        text,
        language,
        count,
        scanned.f,
        scanned.url_hint,
        scanned.non_ascii,
    )
}

/// What the first pass found in a block, for [`finish`].
pub(crate) struct Scanned {
    f: Features,
    /// The block has `/`, `@` or `www.`.
    url_hint: bool,
    /// The block has a non-ASCII character.
    non_ascii: bool,
}

/// True when the word of ASCII letters and digits at `start..end` of
/// `bytes` is in the stoplist whose tables are `stops`.
///
/// PERF: a word of at most eight bytes (most words) is looked up by its raw
/// bytes, read at once from its start ([`crate::stopwords::raw_key`]); a
/// word of nine or ten bytes by [`StopKeys::contains_long`]; a longer one
/// is none.
/// Always inlined: left to itself the compiler called it out of line for
/// the words that cross a step, a third of them (22 M more instructions
/// over the bench's corpus).
#[inline(always)]
fn is_stopword(stops: impl StopKeys, bytes: &[u8], start: usize, end: usize) -> bool {
    // `end < start` never comes; it would wrap to a length past any word.
    let n = end.wrapping_sub(start);
    if n.wrapping_sub(1) < 8 {
        // One to eight bytes: read at once (the bytes after the word are
        // masked off), or near the end of the block, shifted.
        let eight = match bytes.get(start..).and_then(<[u8]>::first_chunk::<8>) {
            Some(&eight) => u64::from_le_bytes(eight),
            None => eight_from(bytes, start).map_or(0, |(x, _)| x),
        };
        contains_first(stops, eight, n)
    } else {
        n <= MAX_LEN && stops.contains_long(bytes.get(start..end).unwrap_or_default())
    }
}

/// True when the word made of the first `n` bytes of `eight` (one to
/// eight ASCII letters and digits, little-endian; the bytes after it may
/// be anything) is in the stoplist whose tables are `stops`: the bytes are
/// folded to lowercase and the rest masked off, which makes the word's
/// [`crate::stopwords::raw_key`].
#[inline(always)]
fn contains_first(stops: impl StopKeys, eight: u64, n: usize) -> bool {
    let word = simd::WORD_BYTES.get(n).copied().unwrap_or(0);
    stops.contains_raw((eight | LOWERCASE) & word)
}

/// The features of a block from the counts of its first pass: the second
/// pass over non-ASCII text ([`unicode_words`]), the length in characters,
/// the last characters and the addresses.
///
/// PERF: always inlined; called from two places, the compiler otherwise
/// calls it out of line (18 M more instructions over the bench's corpus).
#[inline(always)]
fn finish(
    text: &str,
    language: Language,
    count: bool,
    mut f: Features,
    url_hint: bool,
    non_ascii: bool,
) -> Features {
    let bytes = text.as_bytes();
    let (chars, unspaced) = if !non_ascii {
        (bytes.len(), 0)
    } else {
        // PERF: an OR over the bytes, which the compiler vectorises, finds
        // the lead bytes of unspaced scripts.
        let lead = bytes
            .iter()
            .fold(0u8, |acc, &b| acc | u8::from(may_start_unspaced(b)));
        (
            char_count(bytes),
            unicode_words(text, language, count, lead != 0, &mut f),
        )
    };
    f.chars = u32::try_from(chars)
        .unwrap_or(u32::MAX)
        .saturating_add(unspaced.saturating_mul(UNSPACED_WEIGHT - 1));
    // The last two characters that are not spaces; read as bytes when all
    // are ASCII.
    let (last, before_last) = if non_ascii {
        let mut solid = text.chars().rev().filter(|&c| c != ' ' && c != '\n');
        (solid.next().unwrap_or(' '), solid.next().unwrap_or(' '))
    } else {
        let mut solid = bytes.iter().rev().filter(|&&b| b != b' ' && b != b'\n');
        let mut next = || solid.next().map_or(' ', |&b| char::from(b));
        (next(), next())
    };
    f.terminal = is_terminal(last) || (is_closer(last) && is_terminal(before_last));
    f.question = matches!(last, '?' | '？' | '؟');
    if url_hint {
        // PERF: lent through a copy, as in `simd::end`: see there.
        let mut g = f;
        count_addresses(text, &mut g);
        f = g;
    }
    f
}

/// The second pass of [`measure_with`], for blocks with non-ASCII text: words in
/// scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
/// Myanmar) count one word per character, and words with non-ASCII letters
/// are looked up in the language's stoplist (the packed keys of the first
/// pass hold only ASCII letters and digits). Stopwords inside unspaced text
/// are matched greedily, longest first, and count one per character.
///
/// PERF: a block pays for this only when it has non-ASCII text and either
/// the stoplist has non-ASCII words or the block has a byte that may start
/// a character of an unspaced script (`lead`, found while counting the
/// characters); English prose with curly quotes and dashes (lead byte
/// `0xE2`) skips it.
///
/// Returns the number of characters of unspaced scripts, which [`measure_with`]
/// weighs in the length.
///
/// Always inlined: out of line, its uses with stopwords not counted lose
/// the constant `count` (5 M more instructions over the bench's corpus).
#[inline(always)]
fn unicode_words(text: &str, language: Language, count: bool, lead: bool, f: &mut Features) -> u32 {
    let stops = language.stoplist();
    if !stops.has_other() && !lead {
        return 0;
    }
    let mut total = 0u32;
    let mut start: Option<usize> = None;
    let (mut non_ascii, mut spaced, mut unspaced) = (false, false, 0u32);
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        // A CJK letter or an alphanumeric character, by the class tables.
        let alnum = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            unicode_class(c) & ALNUM != 0
        };
        if alnum {
            start.get_or_insert(i);
            non_ascii |= !c.is_ascii();
            if is_unspaced(c) {
                unspaced += 1;
            } else {
                spaced = true;
            }
            continue;
        }
        let Some(word) = start.take().and_then(|s| text.get(s..i)) else {
            continue;
        };
        if unspaced > 0 {
            total += unspaced;
            // The first pass counted the run as one word.
            f.words += unspaced + u32::from(spaced) - 1;
            if count {
                f.stopwords += unspaced_stopwords(word, stops);
            }
        } else if count && non_ascii && stops.has_other() && stops.contains_other(word) {
            f.stopwords += 1;
        }
        (non_ascii, spaced, unspaced) = (false, false, 0);
    }
    total
}

/// How many characters of a spaced script one character of an unspaced
/// script counts for in a block's length: an ideograph or a kana stands for
/// a short word or most of one (this crate's estimate; translations between
/// Chinese and English run at about one character to three or four), so
/// that the length thresholds, set in characters of spaced text, mean about
/// as much text in every script.
const UNSPACED_WEIGHT: u32 = 3;

/// Characters of `run` that are in stopwords of `stops`, matched greedily
/// from the left, longest first.
///
/// PERF: the candidates at one position (one to four characters) are hashed
/// as one running hash of their bytes, with no lowercasing (these scripts
/// have no case, and the stoplist's hashes of them are of the same bytes),
/// each looked up in one slot of the stoplist's table.
fn unspaced_stopwords(run: &str, stops: &crate::stopwords::Stoplist) -> u32 {
    use crate::stopwords::{fnv, FNV_OFFSET};
    if !stops.has_other() {
        return 0;
    }
    let mut found = 0u32;
    let mut at = 0usize;
    while let Some(rest) = run.get(at..).filter(|r| !r.is_empty()) {
        let (mut h, mut end, mut hit) = (FNV_OFFSET, 0usize, None);
        for (n, c) in rest.chars().take(stops.longest().max(1)).enumerate() {
            let next = end + c.len_utf8();
            h = fnv(h, rest.as_bytes().get(end..next).unwrap_or_default());
            end = next;
            if stops.contains_hash(h) {
                hit = Some((n as u32 + 1, end));
            }
        }
        match hit {
            Some((n, len)) => {
                found += n;
                at += len;
            }
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    found
}

/// A byte that may start a character of a script written without spaces:
/// every lead byte of a three- or four-byte UTF-8 sequence but `0xE2`
/// (U+2000..U+2FFF, general punctuation: the curly quotes and dashes of
/// English prose). Among them are U+0E00..U+1FFF (Thai, Lao, Myanmar,
/// Khmer), U+3000..U+9FFF (kana, CJK ideographs), U+F900..U+FFEF
/// (compatibility ideographs, half-width kana) and the supplementary planes.
///
/// PERF: two comparisons, so that the pass that counts characters stays
/// vectorised; the test is wider than the scripts, and [`is_unspaced`]
/// decides on each character.
#[inline]
fn may_start_unspaced(b: u8) -> bool {
    (b >= 0xE0) & (b != 0xE2)
}

/// A CJK ideograph, a kana letter or a Hangul syllable: alphabetic and
/// without case, known without the Unicode tables (every code point of
/// these ranges is a letter, `Lo`; a unit test checks it against
/// `char::is_alphabetic`).
///
/// PERF: Hangul syllables lie past the class table ([`TABLED`]); the
/// standard library's lookup cost some 280 instructions each.
#[inline]
fn is_cjk_letter(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'     // CJK unified ideographs
        | '\u{3400}'..='\u{4DBF}'   // CJK extension A
        | '\u{3041}'..='\u{3096}'   // Hiragana
        | '\u{30A1}'..='\u{30FA}'   // Katakana
        | '\u{AC00}'..='\u{D7A3}'   // Hangul syllables
    )
}

/// A letter of a script written without spaces between words.
fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'       // Thai, Lao
        | '\u{1000}'..='\u{109F}'     // Myanmar
        | '\u{1780}'..='\u{17FF}'     // Khmer
        | '\u{3040}'..='\u{30FF}'     // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'     // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'     // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}'     // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}'     // half-width Katakana
        | '\u{20000}'..='\u{3134F}' // CJK extensions B to G
    )
}

/// `0x01` in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The number of characters of `bytes`, valid UTF-8: the bytes that do not
/// continue a sequence (`0x80` to `0xBF`).
///
/// PERF: eight bytes at a time; a chunk of ASCII, most of most pages, costs
/// one test.
#[inline]
fn char_count(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0usize;
    for chunk in &mut chunks {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            continue;
        };
        let x = u64::from_le_bytes(eight);
        if x & HIGH != 0 {
            // The high bit set and the next one clear: `10xxxxxx`.
            continuations += (x & !(x << 1) & HIGH).count_ones() as usize;
        }
    }
    continuations += chunks
        .remainder()
        .iter()
        .filter(|&&b| (b as i8) < -0x40)
        .count();
    bytes.len() - continuations
}

/// The bytes of `part` from `i`, at most eight, as a little-endian `u64`
/// padded with zero bytes, and how many there are.
#[inline]
fn eight_from(part: &[u8], i: usize) -> Option<(u64, usize)> {
    if let Some(eight) = part.get(i..i.checked_add(8)?) {
        return Some((u64::from_le_bytes(eight.try_into().ok()?), 8));
    }
    let left = part.len().checked_sub(i).filter(|&n| n > 0)?;
    // Near the end: the last eight bytes, shifted so that byte `i` comes
    // first; in a shorter block, the bytes one by one.
    let raw = match part.len().checked_sub(8).and_then(|s| part.get(s..)) {
        Some(last) => u64::from_le_bytes(last.try_into().ok()?) >> (8 * (8 - left)),
        None => part
            .get(i..)?
            .iter()
            .rev()
            .fold(0, |raw, &b| (raw << 8) | u64::from(b)),
    };
    Some((raw, left))
}

/// The class and width of the non-ASCII character at byte `i` of `text`.
#[inline(never)]
fn decode(text: &str, i: usize) -> (Class, usize) {
    let c = text
        .get(i..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or(' ');
    (unicode_class(c), c.len_utf8())
}

/// True when the `.` at `dot` ends `www` (any case): a URL without a scheme.
#[inline]
fn follows_www(bytes: &[u8], dot: usize) -> bool {
    dot.checked_sub(3)
        .and_then(|s| bytes.get(s..dot))
        .is_some_and(|w| w.eq_ignore_ascii_case(b"www"))
}

/// Counts URL and e-mail tokens; only called when the block has `/`, `@` or `www.`.
///
/// PERF: on bytes (every delimiter and trimmed character is ASCII). A token
/// with none of `/`, `@` and `.` can be neither: the others are found by
/// `memchr3` (SIMD) and each is looked at once, from the space before its
/// first hit to the space after it; the block is never split into tokens.
fn count_addresses(text: &str, f: &mut Features) {
    let bytes = text.as_bytes();
    let is_space = |b: &u8| matches!(b, b' ' | b'\n');
    // Where the last token looked at ends: later hits inside it are passed
    // over, so that each token is counted once.
    let mut done = 0;
    for hit in memchr::memchr3_iter(b'/', b'@', b'.', bytes) {
        // A token counts when it starts with a scheme (which holds a `/`)
        // or with "www.", or holds an `@`: a dot counts only after "www".
        //
        // PERF: a block is searched when it has a hint of an address (a
        // `/`, an `@` or "www."); in prose with one slash somewhere, each
        // sentence's full stop took the search for its token.
        let www = |before: &[u8]| before.eq_ignore_ascii_case(b"www");
        if hit < done
            || bytes.get(hit) == Some(&b'.')
                && !bytes.get(hit.saturating_sub(3)..hit).is_some_and(www)
        {
            continue;
        }
        let head = bytes.get(..hit).unwrap_or_default();
        let start = head.iter().rposition(is_space).map_or(0, |i| i + 1);
        let tail = bytes.get(hit..).unwrap_or_default();
        done = tail
            .iter()
            .position(is_space)
            .map_or(bytes.len(), |i| hit + i);
        count_token(bytes.get(start..done).unwrap_or_default(), f);
    }
}

/// Counts `token` (no spaces in it) as a URL or an e-mail address, when it
/// is one once the brackets, quotes and punctuation around it are trimmed.
fn count_token(token: &[u8], f: &mut Features) {
    const TRIMMED: &[u8] = b"()<>,;\"";
    let start = token.iter().position(|b| !TRIMMED.contains(b));
    let end = token.iter().rposition(|b| !TRIMMED.contains(b));
    let t = match (start, end) {
        (Some(s), Some(e)) => token.get(s..=e).unwrap_or_default(),
        _ => return,
    };
    let starts = |prefix: &[u8]| {
        t.get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    if starts(b"http://") || starts(b"https://") || starts(b"www.") {
        f.urls += 1;
    } else if let Some(at) = t.iter().position(|&b| b == b'@') {
        let (user, host) = (
            t.get(..at).unwrap_or_default(),
            t.get(at + 1..).unwrap_or_default(),
        );
        if !user.is_empty() && host.contains(&b'.') && host.last() != Some(&b'.') {
            f.emails += 1;
        }
    }
}

/// [`count_addresses`] as first written, on `str`: the oracle of its tests.
#[cfg(test)]
fn count_addresses_on_str(text: &str, f: &mut Features) {
    for token in text.split([' ', '\n']) {
        let t = token.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | ';' | '"'));
        let starts = |prefix: &str| {
            t.as_bytes()
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
        };
        if starts("http://") || starts("https://") || starts("www.") {
            f.urls += 1;
        } else if let Some((user, host)) = t.split_once('@') {
            if !user.is_empty() && host.contains('.') && !host.ends_with('.') {
                f.emails += 1;
            }
        }
    }
}

const fn is_separator(c: char) -> bool {
    matches!(
        c,
        '|' | '»' | '«' | '•' | '·' | '›' | '‹' | '/' | '~' | '→' | '►' | '▸' | '∙' | '◦'
    )
}

/// Sentence-final punctuation: Latin, CJK full-width, Arabic, Devanagari, Urdu, Armenian, Ethiopic.
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '．' | '؟' | '।' | '॥' | '۔' | '։' | '።'
    )
}

/// Closing quotes and brackets that may follow sentence-final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）'
    )
}

#[cfg(test)]
mod tests {
    use super::{measure, Features, Stopwords};
    use crate::language::Language;

    /// [`super::measure_in`] by the AVX-512 scan; `None` on a CPU without
    /// AVX-512 (the wide scan's tests pass over it then).
    fn wide_in(
        page: &str,
        span: std::ops::Range<usize>,
        language: Language,
        mode: Stopwords,
    ) -> Option<Features> {
        #[cfg(target_arch = "x86_64")]
        {
            let wide = super::Wide::detect()?;
            Some(wide.run(|| super::measure_in(wide, page, span, language, mode)))
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let _ = (page, span, language, mode);
            None
        }
    }

    /// [`measure`] by the AVX-512 scan, of `text` as a block that more of
    /// its page follows; `None` on a CPU without AVX-512.
    fn measure_wide(text: &str, language: Language, mode: Stopwords) -> Option<Features> {
        let page = format!("{text}\nAnd the rest of the page, www.example.org, é.");
        wide_in(&page, 0..text.len(), language, mode)
    }

    /// Words that end at, cross or start at the edge of a step, for both
    /// step widths: the text's length runs over two steps of each.
    #[test]
    fn words_at_step_edges_equal_reference() {
        for len in 1usize..=140 {
            for tail in [" the", " of", "and", " é the", "x the\n"] {
                let fill = "w".repeat(len.saturating_sub(tail.len()));
                let text = format!("{fill}{tail}");
                for mode in [Stopwords::Count, Stopwords::Skip] {
                    let expected = super::reference::measure(&text, Language::English, mode);
                    assert_eq!(
                        measure(&text, Language::English, mode),
                        expected,
                        "{text:?}"
                    );
                    if let Some(f) = measure_wide(&text, Language::English, mode) {
                        assert_eq!(f, expected, "{text:?}");
                    }
                }
            }
        }
    }

    fn m(s: &str) -> Features {
        measure(s, Language::English, Stopwords::Count)
    }

    #[test]
    fn counts_words_and_stopwords() {
        let f = m("The cat sat on the mat, and it was fine.");
        assert_eq!(f.words, 10);
        assert_eq!(f.stopwords, 6); // the, on, the, and, it, was
        assert!(f.terminal);
        assert_eq!(f.tokens, 10);
    }

    #[test]
    fn terminal_punctuation_of_any_script() {
        assert!(m("He said “stop.”").terminal);
        assert!(m("これは文です。").terminal);
        assert!(m("هل هذا سؤال؟").terminal);
        assert!(!m("Share this:").terminal);
        assert!(!m("A headline without a stop").terminal);
    }

    #[test]
    fn shares_of_digits_upper_and_symbols() {
        let f = m("ABC def 123 !!");
        assert_eq!((f.upper, f.letters, f.digits, f.symbols), (3, 6, 3, 2));
    }

    #[test]
    fn separators_urls_and_emails() {
        let f = m("Home | News » World • Contact: hello@example.org or https://example.org/a/b");
        assert_eq!(f.separators, 7); // | » • and the four slashes of the URL
        assert_eq!(f.urls, 1);
        assert_eq!(f.emails, 1);
        assert_eq!(m("see www.example.org today").urls, 1);
        let plain = m("Email me at the office. See you.");
        assert_eq!((plain.urls, plain.emails), (0, 0));
    }

    #[test]
    fn general_punctuation_is_never_alphanumeric() {
        // What makes the shortcut of `unicode_class` exact.
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::unicode_class(c) & super::ALNUM, 0, "{c:?}");
        }
    }

    /// `is_alphanumeric` and `is_alphabetic` say what the standard library
    /// says, on every character of the tables and around them.
    #[test]
    fn tabled_letters_and_digits_are_the_standard_librarys() {
        let every = ('\u{0}'..='\u{31ff}').chain('\u{fe00}'..='\u{10000}');
        for c in every {
            assert_eq!(super::is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(super::is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn tabled_classes_are_those_of_the_unicode_tables() {
        for c in ('\u{80}'..='\u{30ff}').chain('\u{ff00}'..='\u{ffef}') {
            assert_eq!(
                super::unicode_class(c),
                super::class_from_tables(c),
                "{c:?}"
            );
        }
        assert_eq!(
            super::unicode_class('é'),
            super::ALNUM | super::SOLID | super::LETTER
        );
        assert_eq!(
            super::unicode_class('Ж'),
            super::ALNUM | super::SOLID | super::LETTER | super::UPPER
        );
        assert_eq!(super::unicode_class('©'), super::SOLID | super::SYMBOL);
        assert_eq!(
            super::unicode_class('»'),
            super::SOLID | super::SYMBOL | super::SEPARATOR
        );
        // Past the table: the Unicode tables themselves.
        assert_eq!(super::unicode_class('ｱ'), super::class_from_tables('ｱ'));
    }

    #[test]
    fn non_ascii_words_are_words_but_not_stopwords() {
        let f = m("naïve café über");
        assert_eq!((f.words, f.stopwords), (3, 0));
    }

    #[test]
    fn stopwords_with_non_ascii_letters_count_in_their_language() {
        let de = "Über die Brücke gehen wir für das Fest, während es regnet.";
        let f = measure(de, Language::German, Stopwords::Count);
        // über, die, für, das, während, es, wir (nltk German list)
        assert_eq!((f.words, f.stopwords), (11, 7));
        // English knows none of them but "es"? no: none.
        assert_eq!(
            measure(de, Language::English, Stopwords::Count).stopwords,
            0
        );
        let ru = "Он сказал, что это было не так.";
        let f = measure(ru, Language::Russian, Stopwords::Count);
        assert_eq!(f.words, 7);
        assert!(f.stopwords >= 5, "{f:?}");
    }

    #[test]
    fn cjk_letters_are_alphabetic_without_case() {
        for range in [
            '\u{4E00}'..='\u{9FFF}',
            '\u{3400}'..='\u{4DBF}',
            '\u{3041}'..='\u{3096}',
            '\u{30A1}'..='\u{30FA}',
            '\u{AC00}'..='\u{D7A3}',
        ] {
            for c in range {
                assert!(super::is_cjk_letter(c));
                assert!(
                    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase(),
                    "{c:?}"
                );
            }
        }
        assert!(!super::is_cjk_letter('。') && !super::is_cjk_letter('・'));
    }

    #[test]
    fn unspaced_scripts_count_characters_as_words() {
        let zh = "我们的城市在河边。";
        let f = measure(zh, Language::Chinese, Stopwords::Count);
        assert_eq!(f.words, 8);
        assert_eq!(f.chars, 8 * 3 + 1); // eight ideographs weigh three each, "。" one
        assert!(f.stopwords >= 2, "{f:?}"); // at least 的 and 在
        assert_eq!(measure(zh, Language::English, Stopwords::Count).words, 8);
        assert_eq!(
            measure(zh, Language::English, Stopwords::Count).stopwords,
            0
        );
        let ja = "東京は雨でした";
        assert_eq!(measure(ja, Language::Japanese, Stopwords::Count).words, 7);
        // A Latin word inside a run of ideographs is one more word.
        assert_eq!(m("iPhone手机").words, 3);
    }

    /// Every line and paragraph of the crate's own pages, and blocks longer
    /// than a run of the vector counters, measure as the reference loop does.
    /// Words at every offset of the scan's steps and windows, next to
    /// ASCII and non-ASCII letters and punctuation, at both ends of the
    /// block: the vector scan, its window of words and its fixes for
    /// non-ASCII characters agree with the reference loop.
    #[test]
    fn words_at_every_offset_equal_reference() {
        let words = ["the", "and", "ourselves", "x", "café", "naïve", "über"];
        let around = ["", " ", "“", "”", "é", "—", "東", "/", "ß"];
        for pad in 0..80 {
            for word in words {
                for before in around {
                    for after in around {
                        let text = format!("{}{before}{word}{after} of it", "a".repeat(pad));
                        for mode in [Stopwords::Count, Stopwords::Skip] {
                            assert_eq!(
                                measure(&text, Language::English, mode),
                                super::reference::measure(&text, Language::English, mode),
                                "{text:?}"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn scan_equals_reference_on_the_bundled_pages() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for dir in ["examples/pages", "tests/fixtures"] {
            for entry in std::fs::read_dir(root.join(dir))
                .into_iter()
                .flatten()
                .flatten()
            {
                let path = entry.path();
                for file in [
                    path.clone(),
                    path.join("source.txt"),
                    path.join("expected.txt"),
                ] {
                    if let Ok(text) = std::fs::read_to_string(&file) {
                        texts.extend(text.split('\n').map(str::to_owned));
                        texts.push(text);
                    }
                }
            }
        }
        assert!(texts.len() > 100, "{} texts", texts.len());
        texts.push("The river rose in the night, and the town woke to water. ".repeat(300));
        texts.push("x".repeat(70_000) + " and the rest of it");
        for text in &texts {
            for language in [Language::English, Language::German, Language::Japanese] {
                for mode in [Stopwords::Count, Stopwords::Skip] {
                    let expected = super::reference::measure(text, language, mode);
                    assert_eq!(measure(text, language, mode), expected, "{text:?}");
                    if let Some(f) = measure_wide(text, language, mode) {
                        assert_eq!(f, expected, "{text:?}");
                    }
                }
            }
        }
    }

    /// A naive re-count of words and stopwords, the oracle for the fast loop.
    fn naive(s: &str) -> (u32, u32) {
        let mut words = 0;
        let mut stops = 0;
        for w in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            // A character of an unspaced script is a word of its own.
            let unspaced = w.chars().filter(|&c| super::is_unspaced(c)).count() as u32;
            let spaced = w.chars().any(|c| !super::is_unspaced(c));
            words += if unspaced > 0 {
                unspaced + u32::from(spaced)
            } else {
                1
            };
            let lower = w.to_lowercase();
            if lower.is_ascii() && Language::English.is_stopword(lower.as_bytes()) {
                stops += 1;
            }
        }
        (words, stops)
    }

    /// Naive counts of letters, upper, digits and tokens.
    fn naive_shares(s: &str) -> (u32, u32, u32, u32) {
        let letters = s.chars().filter(|c| c.is_alphabetic()).count() as u32;
        let upper = s
            .chars()
            .filter(|c| c.is_alphabetic() && c.is_uppercase())
            .count() as u32;
        let digits = s.chars().filter(char::is_ascii_digit).count() as u32;
        let tokens = s.split([' ', '\n']).filter(|t| !t.is_empty()).count() as u32;
        (letters, upper, digits, tokens)
    }

    proptest::proptest! {
        /// Prose-like text, with words of every length: the eight-byte path.
        #[test]
        fn word_path_equals_naive(s in "([A-Za-z]{1,12}[ ,.:/@]{1,2}|www\\.|[0-9é]){0,12}") {
            let f = m(&s);
            proptest::prop_assert_eq!((f.words, f.stopwords), naive(&s));
            proptest::prop_assert_eq!(
                (f.letters, f.upper, f.digits, f.tokens),
                naive_shares(&s)
            );
            let mut all = Features::default();
            super::count_addresses(&s, &mut all);
            proptest::prop_assert_eq!((f.urls, f.emails), (all.urls, all.emails));
        }

        /// Any text in any language: no panic, stopwords are words, and
        /// skipping them changes nothing else.
        #[test]
        fn every_language_measures_any_text(
            s in "(\\PC|[a-zäöüßéА-яぁ-ん東京的了是在我们 ,.。]){0,60}",
            pick in 0usize..46,
        ) {
            let language = Language::ALL.get(pick).copied().unwrap_or_default();
            let f = measure(&s, language, Stopwords::Count);
            proptest::prop_assert!(f.stopwords <= f.words, "{:?}", f);
            proptest::prop_assert!(f.chars as usize >= s.chars().count());
            // No more characters than bytes: the cleaner skips the stopwords
            // of blocks too short in bytes for any rule that reads them.
            proptest::prop_assert!(f.chars as usize <= s.len());
            // Skipping them changes no other count.
            let skipped = measure(&s, language, Stopwords::Skip);
            proptest::prop_assert_eq!(skipped, Features { stopwords: 0, ..f });
        }

        /// The vector scan gives every count of the loop it replaced, on
        /// text that mixes words of every length and case, digits,
        /// punctuation, spaces and non-ASCII letters, in every language.
        #[test]
        fn scan_equals_reference(
            s in "([A-Za-z]{1,12}|[a-z]{7,11}|[A-Z]{1,4}|[0-9]{1,3}|[a-z]{1,3}[0-9]|[ ]{1,3}|\\n|[,.:;!?'/@|~()-]|www\\.|WWW\\.|é|ß|’|»|東京|の|Привет){0,40}",
            pick in 0usize..46,
        ) {
            let language = Language::ALL.get(pick).copied().unwrap_or_default();
            for mode in [Stopwords::Count, Stopwords::Skip] {
                let expected = super::reference::measure(&s, language, mode);
                proptest::prop_assert_eq!(measure(&s, language, mode), expected);
                if let Some(f) = measure_wide(&s, language, mode) {
                    proptest::prop_assert_eq!(f, expected);
                }
            }
        }

        /// A block measured in place in its page, whatever follows it, is
        /// the block measured alone, and the reference loop's: the one-step
        /// scan of short blocks included.
        #[test]
        fn measure_in_page_equals_reference(
            before in "([A-Za-z]{1,6}|[ ]|\\n|é){0,6}",
            s in "([A-Za-z]{1,8}|[0-9]{1,3}|[ ]{1,2}|[,.:;!?'/@|~()-]|www\\.|WWW\\.|é|’){0,8}",
            after in "(\\n|[A-Za-z]{1,8}|[ ./@]|é|東){0,6}",
            pick in 0usize..46,
        ) {
            let language = Language::ALL.get(pick).copied().unwrap_or_default();
            let page = format!("{before}{s}{after}");
            let span = before.len()..before.len() + s.len();
            for mode in [Stopwords::Count, Stopwords::Skip] {
                let expected = super::reference::measure(&s, language, mode);
                proptest::prop_assert_eq!(measure(&s, language, mode), expected);
                proptest::prop_assert_eq!(
                    super::measure_in(super::Narrow, &page, span.clone(), language, mode),
                    expected
                );
                if let Some(f) = wide_in(&page, span.clone(), language, mode) {
                    proptest::prop_assert_eq!(f, expected);
                }
            }
        }

        /// The same on any text at all.
        #[test]
        fn scan_equals_reference_on_any_text(s in "\\PC{0,80}", pick in 0usize..46) {
            let language = Language::ALL.get(pick).copied().unwrap_or_default();
            let expected = super::reference::measure(&s, language, Stopwords::Count);
            proptest::prop_assert_eq!(measure(&s, language, Stopwords::Count), expected);
            if let Some(f) = measure_wide(&s, language, Stopwords::Count) {
                proptest::prop_assert_eq!(f, expected);
            }
        }

        /// Addresses counted on bytes are those counted on `str`.
        #[test]
        fn addresses_on_bytes_equal_on_str(
            s in "((https?://|www\\.|WWW\\.|[a-z]{1,4}@|@|[(<\"]|[)>,;.\"]|[a-z]{1,5}|é|/|\\.| |\\n)){0,16}",
        ) {
            let (mut bytes, mut chars) = (Features::default(), Features::default());
            super::count_addresses(&s, &mut bytes);
            super::count_addresses_on_str(&s, &mut chars);
            proptest::prop_assert_eq!((bytes.urls, bytes.emails), (chars.urls, chars.emails));
        }

        #[test]
        fn fast_counts_equal_naive(s in "[a-zA-Z0-9 ,.é東'’-]{0,80}") {
            let f = m(&s);
            proptest::prop_assert_eq!((f.words, f.stopwords), naive(&s));
            let unspaced = s.chars().filter(|&c| c.is_alphanumeric() && super::is_unspaced(c)).count();
            proptest::prop_assert_eq!(f.chars as usize, s.chars().count() + 2 * unspaced);
        }
    }
}
