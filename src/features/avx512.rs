//! The first pass of [`super::measure_with`] on x86-64 CPUs with AVX-512 (the
//! byte and word instructions, `avx512bw`): sixty-four bytes a step, every
//! class of byte a 64-bit mask. The CPU is checked once, at run time, by
//! the `pulp` crate, whose token makes the intrinsics safe to call; every
//! function here is inlined into the one that [`Wide::run`] compiles with
//! those instructions enabled, so this module holds no `unsafe`.
//!
//! A step counts what [`super::simd::scan`] counts in four, and its masks
//! are one stopword window of that scan ([`Window::look_up_all`]): the
//! result is the same, field by field (a property test checks it).

use core::arch::x86_64::__m512i;

use once_cell::sync::Lazy;
use pulp::x86::V4;
use wide::i8x16;

use super::simd::{end, Window};
use super::{Features, Scanned, Scanner};
use crate::stopwords::StopKeys;

/// Bytes per step.
const WIDTH: usize = 64;

/// The AVX-512 scan, on a CPU that has it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Wide(V4);

/// The CPU's answer, asked once.
static DETECTED: Lazy<Option<Wide>> = Lazy::new(|| V4::try_new().map(Wide));

impl Wide {
    /// The AVX-512 scan, when this CPU has AVX-512 (F, BW, CD, DQ and VL,
    /// with AVX2, BMI1, BMI2, FMA, LZCNT and POPCNT).
    pub(crate) fn detect() -> Option<Wide> {
        *DETECTED
    }

    /// The token of the CPU's AVX-512 instructions, for another stage's
    /// job run by [`Wide::run`].
    pub(crate) fn simd(self) -> V4 {
        self.0
    }

    /// Runs `job` compiled with the CPU's AVX-512 instructions enabled: the
    /// scan's intrinsics must be inlined into it, so its `call` and every
    /// function it calls down to the scan are `#[inline(always)]`.
    ///
    /// PERF: a closure's body is inlined or not as the compiler sees fit;
    /// a job whose `call` is marked always is inlined. Once the compiler
    /// left the closure of the feature loop out of line (a change elsewhere
    /// made it larger), the intrinsics became calls, and the classifier ran
    /// at 0.57 times its speed.
    #[inline(always)]
    pub(crate) fn run<J: pulp::NullaryFnOnce>(self, job: J) -> J::Output {
        self.0.vectorize(job)
    }
}

impl Scanner for Wide {
    #[inline(always)]
    fn scan<const COUNT: bool, K: StopKeys>(self, text: &str, rest: &[u8], stops: K) -> Scanned {
        scan::<COUNT, K>(self.0, text, rest, stops)
    }
}

/// The classes of the bytes of one step as bit masks, bit `k` for byte `k`,
/// none past the end of the block.
struct Masks {
    letter: u64,
    upper: u64,
    digit: u64,
    solid: u64,
    separator: u64,
    /// `/` or `@`.
    hint: u64,
    dot: u64,
    /// `w` or `W`.
    w: u64,
    high: u64,
}

/// The masks of `v`, of which the bytes of `valid` are in the block.
#[inline(always)]
fn masks(simd: V4, v: __m512i, valid: u64) -> Masks {
    let (bw, f) = (simd.avx512bw, simd.avx512f);
    let splat = |b: u8| f._mm512_set1_epi8(b as i8);
    let equal = |b: u8| bw._mm512_cmpeq_epi8_mask(v, splat(b));
    // In `lo..lo + len`, unsigned: `x - lo` wraps past `len` below `lo`.
    let in_range = |x: __m512i, lo: u8, len: u8| {
        bw._mm512_cmplt_epu8_mask(bw._mm512_sub_epi8(x, splat(lo)), splat(len))
    };
    let letter = in_range(f._mm512_or_si512(v, splat(0x20)), b'a', 26) & valid;
    let slash = equal(b'/');
    Masks {
        letter,
        // An uppercase ASCII letter has bit 5 clear, a lowercase one set.
        upper: letter & !bw._mm512_test_epi8_mask(v, splat(0x20)),
        digit: in_range(v, b'0', 10) & valid,
        solid: !(equal(b' ') | equal(b'\n')) & valid,
        separator: (slash | equal(b'|') | equal(b'~')) & valid,
        hint: (slash | equal(b'@')) & valid,
        dot: equal(b'.') & valid,
        w: bw._mm512_cmpeq_epi8_mask(f._mm512_or_si512(v, splat(0x20)), splat(b'w')) & valid,
        high: bw._mm512_movepi8_mask(v) & valid,
    }
}

/// The sixty-four bytes from `i` of the block `bytes`, which `rest` (the
/// page from the block on) continues, and the mask of those in the block.
/// Read in place when the page has them; the last step of a page's last
/// block is copied, padded with spaces.
#[inline(always)]
fn load(bytes: &[u8], rest: &[u8], i: usize) -> (__m512i, u64) {
    let left = bytes.len().saturating_sub(i);
    let valid = if left >= WIDTH {
        u64::MAX
    } else {
        u64::MAX >> (WIDTH - left)
    };
    if let Some(&step) = rest.get(i..).and_then(<[u8]>::first_chunk::<WIDTH>) {
        return (bytemuck::cast(step), valid);
    }
    let mut padded = [b' '; WIDTH];
    for (to, &from) in padded.iter_mut().zip(bytes.get(i..).unwrap_or_default()) {
        *to = from;
    }
    (bytemuck::cast(padded), valid)
}

/// [`super::simd::scan`] of the block `text`, sixty-four bytes a step;
/// `rest` is the page from the block on (or the block alone), whose bytes
/// after the block a step may load and masks off.
#[inline(always)]
fn scan<const COUNT: bool, K: StopKeys>(simd: V4, text: &str, rest: &[u8], stops: K) -> Scanned {
    let bytes = text.as_bytes();
    let mut f = Features::default();
    let mut window = Window::default();
    let (mut alnum_before, mut solid_before) = (0u64, 0u64);
    let (mut hint, mut www) = (false, false);
    // The `w` mask of the step before.
    let mut w_before = 0u64;
    // Where the first non-ASCII byte is, if any.
    let mut first_high: Option<usize> = None;
    let mut i = 0usize;
    while i < bytes.len() {
        let (v, valid) = load(bytes, rest, i);
        let m = masks(simd, v, valid);
        let alnum = m.letter | m.digit;
        f.letters += m.letter.count_ones();
        f.upper += m.upper.count_ones();
        f.digits += m.digit.count_ones();
        f.symbols += (m.solid & !alnum).count_ones();
        f.separators += m.separator.count_ones();
        f.words += (alnum & !(alnum << 1 | alnum_before)).count_ones();
        f.tokens += (m.solid & !(m.solid << 1 | solid_before)).count_ones();
        (alnum_before, solid_before) = (alnum >> 63, m.solid >> 63);
        if m.high != 0 && first_high.is_none() {
            first_high = Some(i + m.high.trailing_zeros() as usize);
        }
        // A dot after "www", in any case, found in the masks: the three
        // bytes before each dot, some of them in the step before.
        //
        // PERF: where a loop looked at each dot of the step, one
        // mispredicted exit a step of prose, until a `/` or `@` turned up.
        let w = m.w;
        let www_dots = m.dot
            & (w << 1 | w_before >> 63)
            & (w << 2 | w_before >> 62)
            & (w << 3 | w_before >> 61);
        w_before = w;
        hint |= m.hint != 0;
        www |= www_dots != 0;
        if COUNT {
            let loaded: [i8x16; 4] = bytemuck::cast(v);
            f.stopwords += window.look_up_all(stops, bytes, (i, alnum, m.high), loaded);
        }
        i += WIDTH;
    }
    end::<COUNT, K>(&window, text, stops, f, hint || www, first_high)
}

#[cfg(test)]
mod tests {
    use super::Wide;

    /// The scan is chosen on every CPU that has what it needs, so that the
    /// tests that compare it with the reference run wherever they can.
    #[test]
    fn chosen_where_the_cpu_has_avx512() {
        let has = std::is_x86_feature_detected!("avx512f")
            && std::is_x86_feature_detected!("avx512bw")
            && std::is_x86_feature_detected!("avx512cd")
            && std::is_x86_feature_detected!("avx512dq")
            && std::is_x86_feature_detected!("avx512vl")
            && std::is_x86_feature_detected!("avx2")
            && std::is_x86_feature_detected!("bmi1")
            && std::is_x86_feature_detected!("bmi2")
            && std::is_x86_feature_detected!("fma")
            && std::is_x86_feature_detected!("lzcnt")
            && std::is_x86_feature_detected!("popcnt");
        assert_eq!(Wide::detect().is_some(), has);
    }
}
