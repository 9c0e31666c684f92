//! The first pass of [`super::measure`]: sixteen ASCII bytes at a time, in
//! one SIMD vector. The vectors are the `wide` crate's (SSE2 on x86-64,
//! NEON on aarch64, plain arrays elsewhere), so this module holds no
//! `unsafe`.
//!
//! A class is a vector with lane `k` all ones when byte `k` is in it, or a
//! bit mask with bit `k` set (`move_mask`).

use wide::{i8x16, CmpEq, CmpGt, CmpLt};

use super::{
    decode, follows_www, is_stopword, start_index, Features, Lanes, Scanned, ALNUM, CLASS_COUNTS,
    ONES, SOLID, START_COUNTS,
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

/// The lane counts of at most [`MAX_STEPS`] steps: letters, upper, digits,
/// symbols and separators, one lane per byte position.
type Counts = [i8x16; 5];

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

/// Adds the lane counts to `f`.
fn flush(counts: &Counts, f: &mut Features) {
    let [letters, upper, digits, symbols, separators] = counts.map(byte_sum);
    f.letters += letters;
    f.upper += upper;
    f.digits += digits;
    f.symbols += symbols;
    f.separators += separators;
}

/// Scans `text`; stopwords are counted only when `COUNT`, looked up in
/// `stops` (the tables of the language's stoplist).
///
/// A step is the run of ASCII bytes at the current position, at most
/// sixteen, or one non-ASCII character. The scan carries from one step to
/// the next whether the last character was alphanumeric (in a word) and
/// solid (in a token), and where the current word started.
///
/// PERF: most of most pages is ASCII. An ASCII step classes its bytes with
/// a few vector operations, adds the classes of single bytes (letters,
/// digits ...) to lane counters without a branch, and finds word and token
/// starts in bit masks (a byte of the class whose byte before is not), which
/// two table lookups count. The one loop per step is over the words that
/// end in it, each looked up in the stopword table by its raw bytes (see
/// [`is_stopword`]); a block too short for any rule that reads stopwords
/// (`COUNT` false) skips even that. A non-ASCII character is decoded and
/// classed out of line. Against the loop that came before (one character,
/// or one short lowercase word, a step; kept as the test oracle in
/// `reference.rs`), this branches far less: 3.7% fewer instructions, and
/// 10% to 12% more throughput (DESIGN.md, sixth round).
pub(super) fn scan<const COUNT: bool, K: StopKeys>(text: &str, stops: K) -> Scanned {
    let bytes = text.as_bytes();
    let mut f = Features::default();
    let zero = i8x16::splat(0);
    let mut counts: Counts = [zero; 5];
    let mut steps = 0u32;
    // Bit 0 set when the last character read was alphanumeric, solid: the
    // "bit before" of the next step's first byte.
    let (mut carry_alnum, mut carry_solid) = (0u32, 0u32);
    // Where the word of the last character starts, and whether it has only
    // ASCII letters and digits so far (no other word is in the table).
    let (mut word_start, mut word_ascii) = (0usize, false);
    let (mut hint, mut www, mut non_ascii) = (false, false, false);
    let mut i = 0usize;
    while i < bytes.len() {
        let (v, left) = chunk(bytes, i);
        let high = v.move_mask() as u32;
        let n = (high.trailing_zeros() as usize).min(left);
        if n == 0 {
            // A non-ASCII character.
            non_ascii = true;
            let (class, width) = decode(text, i);
            let prev = if carry_alnum != 0 { ALNUM | SOLID } else { 0 }
                | if carry_solid != 0 { SOLID } else { 0 };
            if COUNT && prev & !class & ALNUM != 0 && word_ascii {
                f.stopwords += u32::from(is_stopword(stops, bytes, word_start, i));
            }
            if class & ALNUM != 0 {
                if prev & ALNUM == 0 {
                    word_start = i;
                }
                word_ascii = false;
            }
            let class_lanes: Lanes = CLASS_COUNTS.get(usize::from(class)).copied().unwrap_or(0);
            let start_lanes: Lanes = START_COUNTS
                .get(start_index(prev, class))
                .copied()
                .unwrap_or(0);
            super::flush(&mut f, class_lanes, start_lanes);
            carry_alnum = u32::from(class & ALNUM != 0);
            carry_solid = u32::from(class & SOLID != 0);
            i += width;
            continue;
        }
        let (valid, valid_bits) = if n == WIDTH {
            (!zero, 0xffff)
        } else {
            let from = WIDTH - n;
            (
                load(FIRST.get(from..from + WIDTH).unwrap_or_default()),
                (1u32 << n) - 1,
            )
        };
        let letter = in_range(v | splat(0x20), b'a', b'z') & valid;
        let digit = in_range(v, b'0', b'9') & valid;
        let alnum = letter | digit;
        let upper = letter & (v & splat(0x20)).cmp_eq(zero);
        let solid = !(equal(v, b' ') | equal(v, b'\n')) & valid;
        let slash = equal(v, b'/');
        // A set lane is -1: subtracting it adds one.
        let [letters, uppers, digits, symbols, separators] = &mut counts;
        *letters -= letter;
        *uppers -= upper;
        *digits -= digit;
        *symbols -= solid ^ alnum;
        *separators -= (slash | equal(v, b'|') | equal(v, b'~')) & valid;
        let alnum_bits = alnum.move_mask() as u32;
        let solid_bits = solid.move_mask() as u32;
        let after_alnum = (alnum_bits << 1) | carry_alnum;
        let starts = alnum_bits & !after_alnum;
        let tokens = solid_bits & !((solid_bits << 1) | carry_solid);
        f.words += count(starts);
        f.capitalized += count(starts & upper.move_mask() as u32);
        f.tokens += count(tokens);
        // `/`, `@` and `.` in one test; most steps have none.
        let at = equal(v, b'@');
        let dot = equal(v, b'.');
        if !hint && (slash | at | dot).move_mask() as u32 & valid_bits != 0 {
            hint = ((slash | at).move_mask() as u32) & valid_bits != 0;
            if !hint && !www {
                let mut dots = (dot.move_mask() as u32) & valid_bits;
                while dots != 0 && !www {
                    www = follows_www(bytes, i + dots.trailing_zeros() as usize);
                    dots &= dots - 1;
                }
            }
        }
        if COUNT {
            // Each word that ends in this step, at a byte that is not
            // alphanumeric after one that is. Starts and ends alternate: when
            // the step starts inside a word, its first end is that word's
            // (looked up only when it has ASCII letters and digits alone);
            // the other ends go with the starts in order.
            let mut ends = after_alnum & !alnum_bits & valid_bits;
            if carry_alnum != 0 && ends != 0 {
                let end = i + ends.trailing_zeros() as usize;
                ends &= ends - 1;
                f.stopwords += u32::from(word_ascii && is_stopword(stops, bytes, word_start, end));
            }
            let mut unused = starts;
            while ends != 0 {
                let (start, end) = (unused.trailing_zeros(), ends.trailing_zeros());
                ends &= ends - 1;
                unused &= unused - 1;
                f.stopwords += u32::from(is_stopword(
                    stops,
                    bytes,
                    i + start as usize,
                    i + end as usize,
                ));
            }
        }
        let last = n as u32 - 1;
        carry_alnum = alnum_bits >> last & 1;
        carry_solid = solid_bits >> last & 1;
        if carry_alnum != 0 && starts != 0 {
            word_start = i + (31 - starts.leading_zeros()) as usize;
            word_ascii = true;
        }
        i += n;
        steps += 1;
        if steps == MAX_STEPS {
            flush(&counts, &mut f);
            counts = [zero; 5];
            steps = 0;
        }
    }
    if steps > 0 {
        flush(&counts, &mut f);
    }
    if COUNT && carry_alnum != 0 && word_ascii {
        f.stopwords += u32::from(is_stopword(stops, bytes, word_start, bytes.len()));
    }
    Scanned {
        f,
        url_hint: hint || www,
        non_ascii,
    }
}

/// [`scan`] of a block of one to sixteen ASCII bytes, whose stopwords are
/// not counted, in one step: the first `n` bytes of `rest`, the text from
/// the block on to the end of its page. `None` when the block is empty,
/// longer or has a non-ASCII byte. The step loads the bytes after the block
/// too, and masks them off.
///
/// PERF: most blocks of a page are this short (menu items, labels, dates).
/// With no step before or after it, there is nothing to carry and no lane
/// counters to add up: every count is the population count of one bit
/// mask, and the bytes are loaded in place instead of copied into a padded
/// step. A property test checks it against [`scan`].
pub(super) fn scan_short(rest: &[u8], n: usize) -> Option<Scanned> {
    let bytes = rest.get(..n)?;
    if n == 0 || n > WIDTH {
        return None;
    }
    let v = match rest.get(..WIDTH) {
        Some(sixteen) => load(sixteen),
        None => chunk(bytes, 0).0,
    };
    let valid_bits = (1u32 << n) - 1;
    if v.move_mask() as u32 & valid_bits != 0 {
        return None;
    }
    let from = WIDTH - n;
    let valid = load(FIRST.get(from..from + WIDTH).unwrap_or_default());
    let letter = in_range(v | splat(0x20), b'a', b'z') & valid;
    let digit = in_range(v, b'0', b'9') & valid;
    let alnum_bits = (letter | digit).move_mask() as u32;
    let upper_bits = (letter & (v & splat(0x20)).cmp_eq(i8x16::splat(0))).move_mask() as u32;
    let solid_bits = (!(equal(v, b' ') | equal(v, b'\n')) & valid).move_mask() as u32;
    let slash = equal(v, b'/');
    let separator_bits = (slash | equal(v, b'|') | equal(v, b'~')).move_mask() as u32 & valid_bits;
    let starts = alnum_bits & !(alnum_bits << 1);
    let f = Features {
        letters: count(letter.move_mask() as u32),
        upper: count(upper_bits),
        digits: count(digit.move_mask() as u32),
        symbols: count(solid_bits ^ alnum_bits),
        separators: count(separator_bits),
        words: count(starts),
        capitalized: count(starts & upper_bits),
        tokens: count(solid_bits & !(solid_bits << 1)),
        ..Features::default()
    };
    let hint = (slash | equal(v, b'@')).move_mask() as u32 & valid_bits != 0;
    let mut dots = equal(v, b'.').move_mask() as u32 & valid_bits;
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

    /// The one-step scan answers for every block of one to sixteen ASCII
    /// bytes and for no other, and finds what the full scan finds.
    #[test]
    fn short_scan_is_the_scan_of_short_ascii_blocks() {
        use crate::stopwords::EnglishRawKeys;
        let page = "Home\nAbout us | Blog\nwww.example.org\nmail@x.io\n12 March 2024\n\
                    A line of more than sixteen bytes\nCafé\n Tabs\tand  spaces \nEnd";
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
                    assert!(text.len() <= WIDTH && text.is_ascii(), "{text:?}");
                    assert_eq!(
                        (s.f, s.url_hint, s.non_ascii),
                        (full.f, full.url_hint, full.non_ascii),
                        "{text:?}"
                    );
                }
                None => assert!(text.is_empty() || text.len() > WIDTH || !text.is_ascii()),
            }
        }
        assert!(seen >= 5, "{seen}");
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
