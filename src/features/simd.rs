//! The first pass of [`super::measure_with`]: sixteen bytes at a time, in one
//! SIMD vector. The vectors are the `wide` crate's (SSE2 on x86-64,
//! NEON on aarch64, plain arrays elsewhere), so this module holds no
//! `unsafe`.
//!
//! A class is a vector with lane `k` all ones when byte `k` is in it, or a
//! bit mask with bit `k` set (`move_mask`).

use wide::{i8x16, CmpEq, CmpGt, CmpLt};

use super::{
    contains_first, decode, follows_www, get, is_stopword, start_index, Class, Features, Lanes,
    Scanned, ALNUM, CLASS_COUNTS, DIGIT, LETTER, ONES, SEPARATOR, SOLID, START_COUNTS, SYMBOL,
    UPPER,
};
use crate::stopwords::StopKeys;

/// Bytes per step.
const WIDTH: usize = 16;

/// Sixteen `0xff` then sixteen zeros: bytes `16 - n .. 32 - n` are the lane
/// mask of the first `n` lanes.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
static FIRST: [u8; 2 * WIDTH] = {
    let mut table = [0u8; 2 * WIDTH];
    let mut k = 0;
    while k < WIDTH {
        table[k] = 0xff;
        k += 1;
    }
    table
};

/// The number of set bits of every byte.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
static POPCOUNT: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    table
};

/// The set bits of a 16-bit mask, by two table lookups (the target need not
/// have a population count instruction).
#[inline]
fn count(mask: u32) -> u32 {
    let low = POPCOUNT.get((mask & 0xff) as usize).copied().unwrap_or(0);
    let high = POPCOUNT
        .get((mask >> 8 & 0xff) as usize)
        .copied()
        .unwrap_or(0);
    u32::from(low) + u32::from(high)
}

/// Every lane `b`.
#[inline]
fn splat(b: u8) -> i8x16 {
    i8x16::splat(b as i8)
}

/// Exactly sixteen bytes as a vector.
#[inline]
fn load(bytes: &[u8]) -> i8x16 {
    let array: [u8; WIDTH] = bytes.try_into().unwrap_or([b' '; WIDTH]);
    bytemuck::cast(array)
}

/// The sixteen bytes from `i`, padded with spaces past the end of `bytes`,
/// and how many of them are in `bytes`.
///
/// PERF: the last step of a block of sixteen bytes or more loads the
/// block's last sixteen bytes at once and shifts the ones already read out
/// of the vector, as one 128-bit integer; copying the rest byte by byte into
/// a padded buffer cost a call to `memset` and one to `memcpy`, and a load
/// that waits for the stores (DESIGN.md, eighth round).
#[inline]
fn chunk(bytes: &[u8], i: usize) -> (i8x16, usize) {
    if let Some(sixteen) = bytes.get(i..i.saturating_add(WIDTH)) {
        return (load(sixteen), WIDTH);
    }
    let left = bytes.len().saturating_sub(i);
    if let (Some(last), 1..WIDTH) = (bytes.last_chunk::<WIDTH>(), left) {
        // Lane k of the result is byte `i + k` for k < left, a space after.
        let skip = 8 * (WIDTH - left) as u32;
        let spaces = u128::from_le_bytes([b' '; WIDTH]);
        let shifted = (u128::from_le_bytes(*last) >> skip) | (spaces << (128 - skip));
        return (bytemuck::cast(shifted.to_le_bytes()), left);
    }
    let rest = bytes.get(i..).unwrap_or_default();
    let mut padded = [b' '; WIDTH];
    for (to, &from) in padded.iter_mut().zip(rest) {
        *to = from;
    }
    (bytemuck::cast(padded), rest.len().min(WIDTH))
}

/// Lanes in `lo..=hi`. Signed comparisons: a byte from `0x80` on is
/// negative, below any `lo` from 1 on, so it is never in the range.
#[inline]
fn in_range(v: i8x16, lo: u8, hi: u8) -> i8x16 {
    v.cmp_gt(splat(lo - 1)) & v.cmp_lt(splat(hi + 1))
}

/// Lanes equal to `b`.
#[inline]
fn equal(v: i8x16, b: u8) -> i8x16 {
    v.cmp_eq(splat(b))
}

/// The lane counts of at most [`MAX_STEPS`] steps, one lane per byte
/// position: letters, uppercase letters, digits, solid bytes (not spaces),
/// word starts and token starts.
type Counts = [i8x16; 6];

/// Most steps between two flushes of the [`Counts`]: a lane holds 255.
const MAX_STEPS: u32 = 255;

/// The sum of the sixteen byte lanes of `lanes`, each read as unsigned.
///
/// PERF: on x86-64, one `psadbw` (the sums of absolute differences from
/// zero of each eight bytes, SSE2, through `safe_arch`) and the two halves
/// added: a few instructions where the portable sum below takes some
/// fifteen, five times a block.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn byte_sum(lanes: i8x16) -> u32 {
    let sums =
        safe_arch::sum_of_u8_abs_diff_m128i(bytemuck::cast(lanes), safe_arch::m128i::default());
    let [low, high]: [u64; 2] = bytemuck::cast(sums);
    (low + high) as u32
}

/// The sum of the sixteen byte lanes of `lanes`, each read as unsigned.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn byte_sum(lanes: i8x16) -> u32 {
    let [a, b]: [u64; 2] = bytemuck::cast(lanes);
    lane_sum(a) + lane_sum(b)
}

/// The sum of the eight byte lanes of `x`: pairs into 16-bit lanes (at most
/// 510 each), then all four by one multiplication into the top lane.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline]
fn lane_sum(x: u64) -> u32 {
    const PAIRS: u64 = 0x00ff_00ff_00ff_00ff;
    let pairs = (x & PAIRS) + ((x >> 8) & PAIRS);
    (pairs.wrapping_mul(ONES & PAIRS) >> 48) as u32
}

/// Adds the lane counts to `f`. Every letter and digit is solid, so the
/// symbols are the solid bytes less the letters and digits.
fn flush(counts: &Counts, f: &mut Features) {
    let [letters, upper, digits, solid, words, tokens] = counts.map(byte_sum);
    f.letters += letters;
    f.upper += upper;
    f.digits += digits;
    f.symbols += solid.saturating_sub(letters + digits);
    f.words += words;
    f.tokens += tokens;
}

/// The lanes of `cur` moved up by one, lane 0 taking the last lane of
/// `prev`: lane `k` is the byte before byte `k`.
///
/// PERF: two SSE2 byte shifts (`pslldq`, `psrldq`) and an OR.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
fn byte_before(cur: i8x16, prev: i8x16) -> i8x16 {
    use safe_arch::{byte_shl_imm_u128_m128i, byte_shr_imm_u128_m128i};
    let up: i8x16 = bytemuck::cast(byte_shl_imm_u128_m128i::<1>(bytemuck::cast(cur)));
    let last: i8x16 = bytemuck::cast(byte_shr_imm_u128_m128i::<15>(bytemuck::cast(prev)));
    up | last
}

/// The lanes of `cur` moved up by one, lane 0 taking the last lane of
/// `prev`: lane `k` is the byte before byte `k`.
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
fn byte_before(cur: i8x16, prev: i8x16) -> i8x16 {
    let cur = u128::from_le_bytes(bytemuck::cast(cur));
    let prev = u128::from_le_bytes(bytemuck::cast(prev));
    bytemuck::cast(((cur << 8) | (prev >> 120)).to_le_bytes())
}

/// The class of every byte as the vector step sees it: an ASCII character
/// by the rules of [`super::unicode_class`], any byte from `0x80` on as
/// [`OTHER`] (the step does not decode).
static BYTE_CLASSES: [Class; 256] = byte_classes();

/// The class the vector step gives a byte of a non-ASCII character: solid,
/// a symbol, nothing else.
const OTHER: Class = SOLID | SYMBOL;

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn byte_classes() -> [Class; 256] {
    let mut table = [OTHER; 256];
    let mut b = 0usize;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_digit() {
            ALNUM | SOLID | DIGIT
        } else if c.is_ascii_uppercase() {
            ALNUM | SOLID | LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | SOLID | LETTER
        } else if c == b' ' || c == b'\n' {
            0
        } else if c == b'/' || c == b'|' || c == b'~' {
            SOLID | SYMBOL | SEPARATOR
        } else {
            SOLID | SYMBOL
        };
        b += 1;
    }
    table
}

/// The class of byte `i` of `bytes` as the vector step sees it; nothing
/// (a space) before the start or past the end.
#[inline]
fn byte_class(bytes: &[u8], i: Option<usize>) -> Class {
    i.and_then(|i| bytes.get(i))
        .and_then(|&b| BYTE_CLASSES.get(usize::from(b)))
        .copied()
        .unwrap_or(0)
}

/// The lane increments of a character of class `class` after one of class
/// `prev`: letters, upper, digits, symbols; words, tokens, separators (see
/// [`CLASS_COUNTS`] and [`START_COUNTS`]).
#[inline]
fn counted(prev: Class, class: Class) -> (Lanes, Lanes) {
    (
        CLASS_COUNTS.get(usize::from(class)).copied().unwrap_or(0),
        START_COUNTS
            .get(start_index(prev, class))
            .copied()
            .unwrap_or(0),
    )
}

/// What the counts of the vector step must gain and lose so that each
/// non-ASCII character counts as one character of its own class: added to
/// the features, modulo 2³², at the end of the scan.
#[derive(Default)]
struct Fixes {
    /// Letters, upper, digits, symbols (the lanes of [`CLASS_COUNTS`]);
    /// words, tokens, separators (those of [`START_COUNTS`]).
    counts: [u32; 7],
    /// The class of the last non-ASCII character fixed, and where it ends.
    last: (Class, usize),
}

impl Fixes {
    /// Adds `plus` and takes away `minus`, two pairs of lanes of
    /// [`counted`].
    #[inline]
    fn add(&mut self, plus: (Lanes, Lanes), minus: (Lanes, Lanes)) {
        for (k, count) in self.counts.iter_mut().enumerate() {
            let (p, m, lane) = if k < 4 {
                (plus.0, minus.0, k)
            } else {
                (plus.1, minus.1, k - 4)
            };
            let lane = lane as u32;
            *count = count.wrapping_add(get(p, lane)).wrapping_sub(get(m, lane));
        }
    }

    /// The non-ASCII character that starts at byte `i` of `text`: the
    /// vector step counted each of its bytes as [`OTHER`], and the byte
    /// after it as after an [`OTHER`]. Characters must come in order.
    fn character(&mut self, text: &str, i: usize) -> (Class, usize) {
        let bytes = text.as_bytes();
        let (class, width) = decode(text, i);
        let before = i.checked_sub(1);
        let seen_before = byte_class(bytes, before);
        // What comes before, as a character: the last one fixed when it
        // ends here, else an ASCII character or nothing.
        let true_before = if self.last.1 == i && i > 0 {
            self.last.0
        } else {
            seen_before
        };
        let (mut plus, mut minus) = (counted(true_before, class), counted(seen_before, OTHER));
        let (other_class, other_start) = counted(OTHER, OTHER);
        let tail = width.saturating_sub(1) as u64;
        minus.0 += other_class * tail;
        minus.1 += other_start * tail;
        // The byte after, when it is ASCII: a non-ASCII one is fixed with
        // its own character.
        let after = i + width;
        if bytes.get(after).is_some_and(u8::is_ascii) {
            let next = byte_class(bytes, Some(after));
            let (seen, truth) = (counted(OTHER, next), counted(class, next));
            plus = (plus.0 + truth.0, plus.1 + truth.1);
            minus = (minus.0 + seen.0, minus.1 + seen.1);
        }
        self.add(plus, minus);
        self.last = (class, after);
        (class, width)
    }

    /// Adds the fixes to `f`.
    fn apply(&self, f: &mut Features) {
        let [letters, upper, digits, symbols, words, tokens, separators] = self.counts;
        f.letters = f.letters.wrapping_add(letters);
        f.upper = f.upper.wrapping_add(upper);
        f.digits = f.digits.wrapping_add(digits);
        f.symbols = f.symbols.wrapping_add(symbols);
        f.words = f.words.wrapping_add(words);
        f.tokens = f.tokens.wrapping_add(tokens);
        f.separators = f.separators.wrapping_add(separators);
    }
}

/// The character at byte `i` of `text`, when it is not alphanumeric.
fn not_alnum_at(text: &str, i: usize) -> bool {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| super::unicode_class(c) & ALNUM == 0)
}

/// The run of ASCII letters and digits of `bytes` that ends at `end`, its
/// start.
fn ascii_word_start(bytes: &[u8], end: usize) -> usize {
    let head = bytes.get(..end).unwrap_or_default();
    head.iter()
        .rposition(|b| !b.is_ascii_alphanumeric())
        .map_or(0, |i| i + 1)
}

/// The run of ASCII letters and digits of `bytes` that starts at `start`,
/// its end.
fn ascii_word_end(bytes: &[u8], start: usize) -> usize {
    let tail = bytes.get(start..).unwrap_or_default();
    tail.iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .map_or(bytes.len(), |i| start + i)
}

/// The second half of [`scan`] for a block with non-ASCII text: each
/// non-ASCII character fixes the counts of the vector steps ([`Fixes`]),
/// and, when `COUNT`, the words of ASCII letters and digits next to a
/// non-ASCII character, which the steps passed over, are looked up when
/// no alphanumeric character touches them. A word is looked up by the
/// character before it when that is non-ASCII, else by the one after it.
///
/// The bytes before `from`, the first non-ASCII byte the steps saw, are
/// ASCII: the search for lead bytes starts there.
///
/// PERF: most blocks of English with a non-ASCII character have one or two
/// (a curly quote, a dash), anywhere in the block; the search read every
/// byte of the block before (DESIGN.md, thirteenth round).
#[inline(never)]
fn fix_non_ascii<const COUNT: bool, K: StopKeys>(
    text: &str,
    from: usize,
    stops: K,
    f: &mut Features,
) {
    let bytes = text.as_bytes();
    let mut fixes = Fixes::default();
    let mut i = from;
    while i < bytes.len() {
        let (v, n) = chunk(bytes, i);
        // The lead bytes, `0xC0` on: from -64 as signed bytes.
        let mut leads = v.cmp_lt(i8x16::splat(0)).move_mask() as u32
            & v.cmp_gt(i8x16::splat(-65)).move_mask() as u32;
        while leads != 0 {
            let at = i + leads.trailing_zeros() as usize;
            leads &= leads - 1;
            let (class, width) = fixes.character(text, at);
            if COUNT && class & ALNUM == 0 {
                // The word before, when nothing non-ASCII is before it.
                let start = ascii_word_start(bytes, at);
                if start < at && (start == 0 || bytes.get(start - 1).is_some_and(u8::is_ascii)) {
                    f.stopwords += u32::from(is_stopword(stops, bytes, start, at));
                }
                // The word after, when no letter is after it.
                let next = at + width;
                let end = ascii_word_end(bytes, next);
                if end > next
                    && (bytes.get(end).is_none_or(u8::is_ascii) || not_alnum_at(text, end))
                {
                    f.stopwords += u32::from(is_stopword(stops, bytes, next, end));
                }
            }
        }
        i += n;
    }
    fixes.apply(f);
}

/// Sixty-four bytes of a block, four steps, whose words [`scan`] looks up
/// together.
#[derive(Default)]
pub(super) struct Window {
    /// Where the window starts in the block.
    base: usize,
    /// How many steps are in it.
    steps: u32,
    /// Bit `k` set when byte `base + k` is an ASCII letter or digit; a
    /// non-ASCII byte.
    alnum: u64,
    high: u64,
    /// Bit 0 set when the last byte before the window was alphanumeric;
    /// non-ASCII.
    carry_alnum: u64,
    carry_high: u64,
    /// Where the word open at the window's start starts, and whether a
    /// non-ASCII byte is before it.
    word_start: usize,
    word_clean: bool,
    /// The window's steps as loaded, then a step that is never written:
    /// the words that start and end in the window are read from here.
    ///
    /// PERF: a word read at a byte below 64 of these 80 needs no bounds
    /// check and no way out near the end of the block; reading the block
    /// itself needed both: 1.3% more of the classifier's instructions
    /// (DESIGN.md, tenth round). The steps are in registers already, and
    /// their four stores cost less than a check a word.
    loaded: [i8x16; 5],
}

impl Window {
    /// The stopwords among the words that end in the window. Starts and
    /// ends alternate: when the window starts inside a word, its first end
    /// is that word's; the other ends go with the starts in order. A word
    /// next to a non-ASCII byte is passed over ([`fix_non_ascii`] looks it
    /// up when no letter touches it).
    ///
    /// PERF: one loop for the words of sixty-four bytes, some ten of them,
    /// where a loop a step mispredicted its exit four times as often.
    #[inline(always)]
    fn look_up(&mut self, stops: impl StopKeys, bytes: &[u8]) -> u32 {
        let after_alnum = (self.alnum << 1) | self.carry_alnum;
        let starts = self.alnum & !after_alnum;
        let high_before = (self.high << 1) | self.carry_high;
        let mut ends = after_alnum & !self.alnum;
        let mut found = 0u32;
        if self.carry_alnum != 0 && ends != 0 {
            let k = ends.trailing_zeros();
            ends &= ends - 1;
            if self.word_clean && self.high >> k & 1 == 0 {
                let end = self.base + k as usize;
                found += u32::from(is_stopword(stops, bytes, self.word_start, end));
            }
        }
        let touched = high_before | self.high;
        let mut unused = starts;
        let loaded: &[u8] = bytemuck::cast_slice(&self.loaded);
        while ends != 0 {
            let (j, k) = (unused.trailing_zeros(), ends.trailing_zeros());
            ends &= ends - 1;
            unused &= unused - 1;
            if touched != 0 && (high_before >> j | self.high >> k) & 1 != 0 {
                continue;
            }
            found += u32::from(is_stopword_in(stops, loaded, j, k, self.base, bytes));
        }
        if self.alnum >> 63 != 0 && starts != 0 {
            let j = 63 - starts.leading_zeros();
            self.word_start = self.base + j as usize;
            self.word_clean = high_before >> j & 1 == 0;
        }
        self.carry_alnum = self.alnum >> 63;
        self.carry_high = self.high >> 63;
        found
    }

    /// The stopwords among the words that end in the sixty-four bytes of
    /// `bytes` from `base`, whose alphanumeric and non-ASCII bytes are the
    /// set bits of `alnum` and `high` (none past the end of the block), and
    /// which are `loaded`: one window read at once, as the AVX-512 scan
    /// does ([`super::avx512`]). The next window starts after it.
    #[cfg_attr(not(target_arch = "x86_64"), allow(dead_code))]
    #[inline(always)]
    pub(super) fn look_up_all(
        &mut self,
        stops: impl StopKeys,
        bytes: &[u8],
        (base, alnum, high): (usize, u64, u64),
        loaded: [i8x16; 4],
    ) -> u32 {
        self.base = base;
        self.alnum = alnum;
        self.high = high;
        let [a, b, c, d] = loaded;
        let [_, _, _, _, pad] = self.loaded;
        self.loaded = [a, b, c, d, pad];
        let found = self.look_up(stops, bytes);
        self.steps = 0;
        found
    }

    /// Starts the next window at byte `base`.
    #[inline(always)]
    fn next(&mut self, base: usize) {
        self.base = base;
        self.steps = 0;
        self.alnum = 0;
        self.high = 0;
    }

    /// The word that runs to the end of the block, if it is a stopword.
    #[inline(always)]
    pub(super) fn last_word(&self, stops: impl StopKeys, bytes: &[u8]) -> u32 {
        let open = self.steps == 0 && self.carry_alnum != 0 && self.word_clean;
        u32::from(open && is_stopword(stops, bytes, self.word_start, bytes.len()))
    }
}

/// The mask of the first `n` bytes of a `u64`, by `n` from 0 to 8.
///
/// PERF: one load where the shift of `u64::MAX` by `64 - 8n` took three
/// instructions a word.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
pub(super) static WORD_BYTES: [u64; 9] = {
    let mut masks = [0u64; 9];
    let mut n = 1;
    while n < 9 {
        masks[n] = u64::MAX >> (64 - 8 * n);
        n += 1;
    }
    masks
};

/// [`is_stopword`] of the word at bytes `j..k` of a window whose steps are
/// `loaded` (80 bytes), at `base` in `bytes`: one to eight bytes read from
/// `loaded`.
#[inline(always)]
fn is_stopword_in(
    stops: impl StopKeys,
    loaded: &[u8],
    j: u32,
    k: u32,
    base: usize,
    bytes: &[u8],
) -> bool {
    let n = k.wrapping_sub(j);
    if n.wrapping_sub(1) < 8 {
        // `j` is below 64, so the eight bytes from it are in `loaded`.
        let at = (j & 63) as usize;
        let eight = loaded
            .get(at..at + 8)
            .and_then(|s| s.first_chunk::<8>())
            .map_or(0, |&e| u64::from_le_bytes(e));
        contains_first(stops, eight, n as usize)
    } else {
        is_stopword(stops, bytes, base + j as usize, base + k as usize)
    }
}

/// Scans `text`; stopwords are counted only when `COUNT`, looked up in
/// `stops` (the tables of the language's stoplist).
///
/// A step is the next sixteen bytes, the last one padded with spaces (which
/// count for nothing). The step classes its bytes as ASCII, a byte from
/// `0x80` on as a symbol ([`OTHER`]). Word and token starts are the bytes
/// of the class whose byte before is not, that byte shifted in from the
/// step before. Where stopwords are counted, four steps make a [`Window`],
/// whose words are found in bit masks and looked up in the stopword table
/// by their raw bytes (see [`is_stopword`]), unless a non-ASCII byte
/// touches them. A block with non-ASCII text then has its counts fixed,
/// character by character, and those words looked up ([`fix_non_ascii`]).
///
/// PERF: most of most pages is ASCII. A step adds each class to a lane
/// counter, start classes included, without a branch or a bit count; the
/// counters are summed every [`MAX_STEPS`] steps. Nothing is called out of
/// line in the loop. The scan before this one stopped at every non-ASCII
/// character, counted starts in bit masks and looked words up a step at a
/// time; this one runs 4% fewer instructions and 5% faster over the
/// bench's corpus (DESIGN.md, ninth round). The test oracle is the loop of
/// `reference.rs`.
pub(super) fn scan<const COUNT: bool, K: StopKeys>(text: &str, stops: K) -> Scanned {
    let bytes = text.as_bytes();
    let mut f = Features::default();
    let zero = i8x16::splat(0);
    let mut counts: Counts = [zero; 6];
    let mut steps = 0u32;
    // The classes of the last step's bytes, for the byte before the next.
    let (mut last_alnum, mut last_solid) = (zero, zero);
    let mut window = Window::default();
    let (mut hint, mut www) = (false, false);
    // Where the first non-ASCII byte is, if any.
    let mut first_high: Option<usize> = None;
    let mut i = 0usize;
    while i < bytes.len() {
        let (v, n) = chunk(bytes, i);
        let letter = in_range(v | splat(0x20), b'a', b'z');
        let digit = in_range(v, b'0', b'9');
        let alnum = letter | digit;
        // An uppercase ASCII letter is below `a`, a lowercase one is not.
        let upper = letter & v.cmp_lt(splat(b'a'));
        let solid = !(equal(v, b' ') | equal(v, b'\n'));
        let slash = equal(v, b'/');
        let word = alnum & !byte_before(alnum, last_alnum);
        let token = solid & !byte_before(solid, last_solid);
        // A set lane is -1: subtracting it adds one.
        let [letters, uppers, digits, solids, words, tokens] = &mut counts;
        *letters -= letter;
        *uppers -= upper;
        *digits -= digit;
        *solids -= solid;
        // Separators are rare: counted from a mask when there are any,
        // which spares a lane counter.
        let separators = (slash | equal(v, b'|') | equal(v, b'~')).move_mask() as u32;
        if separators != 0 {
            f.separators += count(separators);
        }
        *words -= word;
        *tokens -= token;
        (last_alnum, last_solid) = (alnum, solid);
        // Padding lanes are spaces: never high, never a mark.
        let high = v.move_mask() as u32;
        if high != 0 && first_high.is_none() {
            first_high = Some(i + high.trailing_zeros() as usize);
        }
        // `/`, `@` and `.` in one test; most steps have none.
        let dot = equal(v, b'.');
        if !hint && (slash | equal(v, b'@') | dot).move_mask() != 0 {
            hint = (slash | equal(v, b'@')).move_mask() != 0;
            if !hint && !www {
                let mut dots = dot.move_mask() as u32;
                while dots != 0 && !www {
                    www = follows_www(bytes, i + dots.trailing_zeros() as usize);
                    dots &= dots - 1;
                }
            }
        }
        if COUNT {
            // The step's alphanumeric and non-ASCII bytes join the window's
            // masks; a full window has its words looked up.
            let shift = 16 * window.steps;
            window.alnum |= u64::from(alnum.move_mask() as u16) << shift;
            window.high |= u64::from(high as u16) << shift;
            if let Some(slot) = window.loaded.get_mut((window.steps & 3) as usize) {
                *slot = v;
            }
            window.steps += 1;
            if window.steps == 4 {
                f.stopwords += window.look_up(stops, bytes);
                window.next(i + n);
            }
        }
        i += n;
        steps += 1;
        if steps == MAX_STEPS {
            flush(&counts, &mut f);
            counts = [zero; 6];
            steps = 0;
        }
    }
    if steps > 0 {
        flush(&counts, &mut f);
    }
    if COUNT && window.steps > 0 {
        f.stopwords += window.look_up(stops, bytes);
    }
    end::<COUNT, K>(&window, text, stops, f, hint || www, first_high)
}

/// The end of a scan of `text` whose last window is `window`: the word
/// that runs to the end of the block, and the fixes for non-ASCII text,
/// whose first byte is at `first_high`.
#[inline(always)]
pub(super) fn end<const COUNT: bool, K: StopKeys>(
    window: &Window,
    text: &str,
    stops: K,
    mut f: Features,
    url_hint: bool,
    first_high: Option<usize>,
) -> Scanned {
    if COUNT {
        f.stopwords += window.last_word(stops, text.as_bytes());
    }
    let non_ascii = first_high.is_some();
    if let Some(from) = first_high {
        // PERF: lent through a copy. Were `f` itself lent to a function
        // that is not inlined, it would live in memory on every path: its
        // fields stored one by one, then the whole read at once to be moved
        // on, a load the CPU cannot forward from those stores, which then
        // waits for them (three such waits a block). The copy is made on
        // this path only; the features stage ran 3.6 to 5.4% faster
        // (DESIGN.md, thirteenth round).
        let mut g = f;
        fix_non_ascii::<COUNT, K>(text, from, stops, &mut g);
        f = g;
    }
    Scanned {
        f,
        url_hint,
        non_ascii,
    }
}

/// [`scan`] of a block of one to thirty-two ASCII bytes, whose stopwords
/// are not counted, in one or two steps: the first `n` bytes of `rest`, the
/// text from the block on to the end of its page. `None` when the block is
/// empty, longer or has a non-ASCII byte. The steps load the bytes after
/// the block too, and mask them off.
///
/// PERF: most blocks of a page are this short (menu items, labels, dates,
/// short headings). With no step before or after them, there is nothing to
/// carry and no lane counters to add up: every count is the population
/// count of one bit mask, and the bytes are loaded in place instead of
/// copied into a padded step. Blocks of seventeen to thirty-two bytes took
/// the full scan, with its counters to set up and sum, until the tenth
/// round (DESIGN.md). A property test checks it against [`scan`].
pub(super) fn scan_short(rest: &[u8], n: usize) -> Option<Scanned> {
    match n {
        1..=WIDTH => scan_steps::<1>(rest, n),
        17..=32 => scan_steps::<2>(rest, n),
        _ => None,
    }
}

/// The classes of the bytes of a block of at most `16 * STEPS` bytes as bit
/// masks, bit `k` for byte `k`: what [`scan_steps`] counts.
#[derive(Default)]
struct Masks {
    letter: u32,
    digit: u32,
    upper: u32,
    solid: u32,
    separator: u32,
    /// `/` or `@`.
    hint: u32,
    dot: u32,
    high: u32,
}

impl Masks {
    /// Adds the bytes of step `v` from bit `shift` on, of which the lanes of
    /// `valid` are in the block.
    #[inline(always)]
    fn add(&mut self, v: i8x16, valid: i8x16, shift: usize) {
        let bits = |x: i8x16| ((x & valid).move_mask() as u32) << shift;
        let letter = in_range(v | splat(0x20), b'a', b'z');
        let slash = equal(v, b'/');
        self.letter |= bits(letter);
        self.digit |= bits(in_range(v, b'0', b'9'));
        self.upper |= bits(letter & (v & splat(0x20)).cmp_eq(i8x16::splat(0)));
        self.solid |= bits(!(equal(v, b' ') | equal(v, b'\n')));
        self.separator |= bits(slash | equal(v, b'|') | equal(v, b'~'));
        self.hint |= bits(slash | equal(v, b'@'));
        self.dot |= bits(equal(v, b'.'));
        self.high |= bits(v);
    }
}

/// [`scan_short`] of a block of `n` bytes, at most `16 * STEPS`.
#[inline(always)]
fn scan_steps<const STEPS: usize>(rest: &[u8], n: usize) -> Option<Scanned> {
    let bytes = rest.get(..n)?;
    let mut m = Masks::default();
    for step in 0..STEPS {
        let at = step * WIDTH;
        let v = match rest.get(at..at + WIDTH) {
            Some(sixteen) => load(sixteen),
            None => chunk(bytes, at).0,
        };
        // The lanes in the block: all of a step before the last.
        let from = WIDTH.saturating_sub(n - at);
        let valid = load(FIRST.get(from..from + WIDTH).unwrap_or_default());
        m.add(v, valid, at);
    }
    if m.high != 0 {
        return None;
    }
    let alnum = m.letter | m.digit;
    let starts = alnum & !(alnum << 1);
    let count = |mask: u32| {
        if STEPS == 1 {
            count(mask)
        } else {
            count(mask & 0xffff) + count(mask >> 16)
        }
    };
    let f = Features {
        letters: count(m.letter),
        upper: count(m.upper),
        digits: count(m.digit),
        symbols: count(m.solid ^ alnum),
        separators: count(m.separator),
        words: count(starts),
        tokens: count(m.solid & !(m.solid << 1)),
        ..Features::default()
    };
    let hint = m.hint != 0;
    let mut dots = m.dot;
    let mut www = false;
    while dots != 0 && !hint && !www {
        www = follows_www(bytes, dots.trailing_zeros() as usize);
        dots &= dots - 1;
    }
    Some(Scanned {
        f,
        url_hint: hint || www,
        non_ascii: false,
    })
}

#[cfg(test)]
mod tests {
    use super::{byte_sum, count, lane_sum, FIRST, WIDTH};
    use wide::i8x16;

    #[test]
    fn lane_sums_reach_full_lanes() {
        assert_eq!(lane_sum(u64::MAX), 8 * 255);
        assert_eq!(lane_sum(0x0102_0304_0506_0708), 36);
    }

    #[test]
    fn byte_sums_read_lanes_unsigned() {
        assert_eq!(byte_sum(i8x16::splat(-1)), 16 * 255);
        let lanes: [i8; 16] = core::array::from_fn(|k| k as i8);
        assert_eq!(byte_sum(i8x16::from(lanes)), 120);
        let mixed: [u8; 16] = core::array::from_fn(|k| if k % 2 == 0 { 200 } else { 1 });
        assert_eq!(byte_sum(bytemuck::cast(mixed)), 8 * 201);
        // The portable sum, which other targets use, agrees.
        for v in [
            [0xffu8; 16],
            mixed,
            core::array::from_fn(|k| (k * 37) as u8),
        ] {
            let [a, b]: [u64; 2] = bytemuck::cast(v);
            assert_eq!(byte_sum(bytemuck::cast(v)), lane_sum(a) + lane_sum(b));
        }
    }

    /// The short scan answers for every block of one to thirty-two ASCII
    /// bytes and for no other, and finds what the full scan finds.
    #[test]
    fn short_scan_is_the_scan_of_short_ascii_blocks() {
        use crate::stopwords::EnglishRawKeys;
        let page = "Home\nAbout us | Blog\nwww.example.org\nmail@x.io\n12 March 2024\n\
                    A line of more than sixteen bytes\nCafé\n Tabs\tand  spaces \n\
                    Seventeen bytes!!\nA line of thirty-two bytes, ok!!\n\
                    Read it at www.example.org/news\nA line of thirty-three bytes: no.\n\
                    Two words over sixteen with Café\nEnd";
        let mut starts = vec![0];
        starts.extend(page.match_indices('\n').map(|(i, _)| i + 1));
        let mut seen = 0;
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(page.len(), |&next| next - 1);
            let text = &page[start..end];
            let short = super::scan_short(&page.as_bytes()[start..], text.len());
            let full = super::scan::<false, _>(text, EnglishRawKeys);
            match short {
                Some(s) => {
                    seen += 1;
                    assert!(text.len() <= 2 * WIDTH && text.is_ascii(), "{text:?}");
                    assert_eq!(
                        (s.f, s.url_hint, s.non_ascii),
                        (full.f, full.url_hint, full.non_ascii),
                        "{text:?}"
                    );
                }
                None => assert!(text.is_empty() || text.len() > 2 * WIDTH || !text.is_ascii()),
            }
        }
        assert!(seen >= 9, "{seen}");
    }

    /// Every step of every block, the shifted last step included, holds the
    /// block's bytes from the step on, then spaces.
    #[test]
    fn chunks_are_the_bytes_then_spaces() {
        let text: Vec<u8> = (0..40u8).map(|k| b'a' + k % 26).collect();
        for len in 0..=text.len() {
            let bytes = &text[..len];
            for i in 0..=len {
                let (v, n) = super::chunk(bytes, i);
                let got: [u8; WIDTH] = bytemuck::cast(v);
                let mut expected = [b' '; WIDTH];
                let rest = &bytes[i..];
                let n_expected = rest.len().min(WIDTH);
                expected[..n_expected].copy_from_slice(&rest[..n_expected]);
                assert_eq!((got, n), (expected, n_expected), "len {len}, i {i}");
            }
        }
    }

    #[test]
    fn counts_bits_of_sixteen() {
        assert_eq!(count(0), 0);
        assert_eq!(count(0xffff), 16);
        assert_eq!(count(0b1010_0000_0000_0001), 3);
    }

    #[test]
    fn first_lanes_masks() {
        for n in 1..=WIDTH {
            let mask = &FIRST[WIDTH - n..2 * WIDTH - n];
            assert_eq!(mask.iter().filter(|&&b| b == 0xff).count(), n);
            assert!(mask[..n].iter().all(|&b| b == 0xff));
        }
    }
}
