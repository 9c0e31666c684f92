//! The feature loop of [`super::measure_with`] as it was before the vector scan:
//! one character, or one short word of ASCII letters, a step. Kept for the
//! tests: the two must give the same features for every text.

use super::{
    decode, eight_from, finish, follows_www, is_separator, start_index, Class, Features, Lanes,
    Stopwords, ALNUM, CLASS_COUNTS, DIGIT, HIGH, LETTER, ONES, SEPARATOR, SOLID, START_COUNTS,
    SYMBOL, UPPER,
};
use crate::language::Language;
use crate::stopwords::Key;

/// `@`, `/` or `.`: may belong to a URL or an e-mail address.
pub(super) const HINT: Class = 1 << 7;

/// The class of every ASCII character, built at compile time.
static ASCII: [Class; 128] = ascii_classes();

/// The classes of ASCII characters, by the same rules as [`unicode_class`].
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn ascii_classes() -> [Class; 128] {
    let mut table = [0; 128];
    let mut b = 0u8;
    while b < 128 {
        let c = b as char;
        table[b as usize] = if b.is_ascii_alphanumeric() {
            if b.is_ascii_digit() {
                ALNUM | SOLID | DIGIT
            } else if b.is_ascii_uppercase() {
                ALNUM | SOLID | LETTER | UPPER
            } else {
                ALNUM | SOLID | LETTER
            }
        } else if b == b' ' || b == b'\n' {
            0
        } else {
            let mut class = SOLID | SYMBOL;
            if is_separator(c) {
                class |= SEPARATOR;
            }
            if b == b'@' || b == b'/' || b == b'.' {
                class |= HINT;
            }
            class
        };
        b += 1;
    }
    table
}

/// Most characters added to the lanes before they are moved into the
/// counts: no lane can then pass `u16::MAX`.
const LANE_LIMIT: usize = u16::MAX as usize;

/// The class of a lowercase ASCII letter.
const LOWER: Class = ALNUM | SOLID | LETTER;

/// Measures one block of normalised text; its stopwords only when
/// `stopwords` says so.
///
/// PERF: the hot loop steps over characters, reading the class of an ASCII
/// character (most of most pages) from a table and decoding only non-ASCII
/// ones, out of line. The counts live in the lanes of two integers (see
/// [`Lanes`]), to which each character adds two table entries without a
/// branch: word and token starts are the bits set in this class and clear
/// in the previous one. Where stopwords are counted (`COUNT`, a type
/// parameter, so that the other blocks pay nothing for it), the current word
/// is packed into a [`Key`] as it is read; the one branch per word is at its
/// end, where the key is looked up in the stopword table, so the lookup
/// never allocates, copies or hashes the text. The loop keeps few values
/// alive so that they all stay in
/// registers: characters are counted in a separate pass, and the lanes are
/// flushed between passes of at most [`LANE_LIMIT`] bytes instead of
/// counting characters in the loop. URLs and e-mail addresses are looked for
/// only when the block has `/`, `@` or `www.`. At a word start, the usual
/// word of ASCII letters and the character after it are counted at once,
/// eight bytes at a time (see [`short_word`]).
pub(super) fn measure(text: &str, language: Language, stopwords: Stopwords) -> Features {
    match stopwords {
        Stopwords::Count => measure_with::<true>(text, language),
        Stopwords::Skip => measure_with::<false>(text, language),
    }
}

/// [`measure`], with the stopwords looked up only when `COUNT`: a block that
/// skips them packs no word into a [`Key`] either.
fn measure_with<const COUNT: bool>(text: &str, language: Language) -> Features {
    let bytes = text.as_bytes();
    let mut f = Features::default();
    let mut prev: Class = 0; // the class of the previous character; a space before the first
    let mut word = Key::EMPTY; // the current word, packed as it is read
    let mut url_hint = false;
    let mut i = 0usize;
    while i < bytes.len() {
        // At most LANE_LIMIT bytes, hence characters, per pass.
        let part = bytes.get(..i.saturating_add(LANE_LIMIT)).unwrap_or(bytes);
        let (mut class_lanes, mut start_lanes): (Lanes, Lanes) = (0, 0);
        while let Some(&b) = part.get(i) {
            if prev & ALNUM == 0 {
                if let Some((n, letters, first, end)) = short_word(part, i) {
                    class_lanes += CLASS_COUNTS.get(usize::from(first)).copied().unwrap_or(0)
                        + Lanes::from(n - 1);
                    start_lanes += START_COUNTS
                        .get(start_index(prev, first))
                        .copied()
                        .unwrap_or(0);
                    if end == LOWER {
                        // A longer word: its first eight letters at once,
                        // the rest by the per-byte path; or a word that
                        // reaches the end of `part`.
                        if COUNT {
                            word = Key::of_lowercase(letters, n);
                        }
                        prev = LOWER;
                        i += n as usize;
                        continue;
                    }
                    // The character after the word, as the per-byte path
                    // would count it.
                    class_lanes += CLASS_COUNTS.get(usize::from(end)).copied().unwrap_or(0);
                    start_lanes += START_COUNTS
                        .get(start_index(LOWER, end))
                        .copied()
                        .unwrap_or(0);
                    if COUNT {
                        f.stopwords += u32::from(language.contains(Key::of_lowercase(letters, n)));
                    }
                    let at = i + n as usize;
                    if end & HINT != 0 {
                        url_hint |= bytes.get(at) != Some(&b'.') || follows_www(bytes, at);
                    }
                    prev = end;
                    i = at + 1;
                    continue;
                }
                if b == b' ' || b == b'\n' {
                    // A space after a symbol or a space ends no word and
                    // adds to no count.
                    prev = 0;
                    i += 1;
                    continue;
                }
            }
            let (class, width) = if b < 0x80 {
                (ASCII.get(usize::from(b)).copied().unwrap_or(0), 1)
            } else {
                decode(text, i)
            };
            if prev & !class & ALNUM != 0 {
                f.stopwords += u32::from(COUNT && language.contains(word));
            }
            if class & !prev & ALNUM != 0 {
                word = Key::EMPTY;
            }
            if COUNT {
                word = word.push(b);
            }
            class_lanes += CLASS_COUNTS.get(usize::from(class)).copied().unwrap_or(0);
            start_lanes += START_COUNTS
                .get(start_index(prev, class))
                .copied()
                .unwrap_or(0);
            if class & HINT != 0 {
                url_hint |= b != b'.' || follows_www(bytes, i);
            }
            prev = class;
            i += width;
        }
        super::flush(&mut f, class_lanes, start_lanes);
    }
    if prev & ALNUM != 0 {
        f.stopwords += u32::from(COUNT && language.contains(word));
    }
    finish(text, language, COUNT, f, url_hint, !bytes.is_ascii())
}

/// A word of ASCII letters, all lowercase but perhaps the first, at byte
/// `i` of `part`: its length (at most eight), the eight bytes from `i` folded
/// to lowercase (whose [`Key::of_lowercase`] with the length is its key, packed
/// only where stopwords are counted), the class of its first letter, and the
/// class of the ASCII character after it, which is not
/// alphanumeric. A word of more than seven letters returns its first eight,
/// with [`LOWER`] as the class after them: the word goes on; so does a word
/// that reaches the end of `part`, with all its letters.
///
/// PERF: the fast path of [`measure`] for the usual word, which takes the
/// eight bytes from `i` as one `u64` and finds the run of lowercase letters
/// in all of them at once (SWAR) instead of one table walk per byte. Near
/// the end of `part` it takes its last eight bytes, shifted; the zero bytes
/// shifted in are not letters. Any other word (with digits, inner capitals
/// or non-ASCII letters) returns `None` and takes the per-byte path.
#[inline]
fn short_word(part: &[u8], i: usize) -> Option<(u32, u64, Class, Class)> {
    let (raw, left) = eight_from(part, i)?;
    let first = ASCII.get(usize::from(raw as u8)).copied()?;
    if first & LETTER == 0 {
        return None;
    }
    // The first letter folded to lowercase.
    let x = raw | 0x20;
    let low7 = x & !HIGH;
    let from_a = low7.wrapping_add(ONES * (0x80 - 0x61));
    let past_z = low7.wrapping_add(ONES * (0x80 - 0x7b));
    let lower = from_a & !past_z & !x & HIGH;
    let n = (!lower & HIGH).trailing_zeros() / 8; // 8 when all are letters
    if n as usize >= left {
        return Some((n, x, first, LOWER));
    }
    let end_byte = raw.checked_shr(8 * n)? as u8;
    let end = ASCII.get(usize::from(end_byte)).copied()?;
    if end & ALNUM != 0 {
        return None;
    }
    Some((n, x, first, end))
}
