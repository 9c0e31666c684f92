//! The key words of the floating phrase patterns ([`FLOATING_KEYS`]) in a
//! page's text, in any ASCII case, found sixty-four bytes a step on CPUs
//! with AVX-512 (see [`crate::features::Wide`]), without a folded copy of
//! the page.
//!
//! Each key has a fingerprint: three of its bytes, at a fixed place in it,
//! rare in prose. A step tells, for each of its sixty-four positions,
//! whether the three bytes from there may be a fingerprint, in the manner
//! of Teddy (Langdale's packed matcher in Hyperscan, as the `aho-corasick`
//! crate describes it): the low and the high half of each byte pick a set
//! of buckets from two tables of sixteen, and a position is a candidate
//! when a bucket is in the sets of its three bytes. The tables hold both
//! cases of each letter. A candidate is then checked against the keys,
//! byte by byte, in any ASCII case: the search finds exactly what a search
//! of the keys in the page folded to lowercase finds.
//!
//! PERF: the folded copy cost a pass over the page and an allocation of
//! its size; Teddy then read the copy. Here the text is read once, three
//! loads a step that share their cache lines, and the candidates are few:
//! on the bench's 12.3 MB, 13,862 for the 2,066 keys (the buckets are
//! chosen for it, see [`FINGERPRINTS`]). The context-free pass ran 1.085
//! to 1.090 times as fast, the classifier 1.001 to 1.018 (DESIGN.md,
//! sixteenth round).

use core::arch::x86_64::__m512i;
use std::ops::Range;

use pulp::x86::V4;

use super::patterns::FLOATING_KEYS;

/// For each key of [`FLOATING_KEYS`], in its order: where its fingerprint
/// starts in it, and the bucket of the fingerprint.
///
/// Fingerprints share a bucket only where the two differ in one byte, or
/// where, on the bench's pages, the bytes the shared tables let through
/// are rare: these eight buckets let through 13,862 places of the
/// 12.3 MB, where one bucket a fingerprint by its index (some fingerprints
/// sharing one with no regard to their bytes) let through 22,851, and
/// "use" and "ual" among them.
const FINGERPRINTS: [(usize, u8); FLOATING_KEYS.len()] = [
    (4, 0),  // recaptcha: "ptc"
    (13, 1), // will not be published: "ubl"
    (3, 2),  // required fields: "uir"
    (1, 3),  // akismet: "kis"
    (3, 3),  // cookie: "kie"
    (8, 7),  // by continuing: "nui"
    (1, 4),  // by using: "y u"
    (6, 5),  // by browsing: "wsi"
    (11, 6), // rights reserved: "rve"
    (0, 7),  // javascript: "jav"
    (3, 5),  // browser: "wse"
];

/// The table of byte `j` of the fingerprints, by the low (`high == false`)
/// or the high half of a byte: the bit of a fingerprint's bucket set where
/// its byte `j` (in either case) has that half. Repeated in each 16-byte
/// lane, as the byte shuffle looks up within its lane.
#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn table(j: usize, high: bool) -> [u8; 64] {
    let mut t = [0u8; 64];
    let mut n = 0;
    while n < FINGERPRINTS.len() {
        let (at, bucket) = FINGERPRINTS[n];
        let b = FLOATING_KEYS[n].as_bytes()[at + j];
        let cases = [b.to_ascii_lowercase(), b.to_ascii_uppercase()];
        let mut c = 0;
        while c < cases.len() {
            let half = if high { cases[c] >> 4 } else { cases[c] & 15 } as usize;
            let mut lane = 0;
            while lane < 4 {
                t[lane * 16 + half] |= 1 << bucket;
                lane += 1;
            }
            c += 1;
        }
        n += 1;
    }
    t
}

/// The tables of the three bytes of a fingerprint: low half, high half.
const TABLES: [[[u8; 64]; 2]; 3] = [
    [table(0, false), table(0, true)],
    [table(1, false), table(1, true)],
    [table(2, false), table(2, true)],
];

/// The search of a page, as a job for [`crate::features::Wide::run`].
pub(super) struct Search<'a> {
    pub simd: V4,
    pub page: &'a [u8],
}

impl pulp::NullaryFnOnce for Search<'_> {
    type Output = Vec<Range<usize>>;

    #[inline(always)]
    fn call(self) -> Self::Output {
        search(self.simd, self.page)
    }
}

/// Every place of a key in `page`, in order of its start.
#[inline(always)]
fn search(simd: V4, page: &[u8]) -> Vec<Range<usize>> {
    let (bw, f) = (simd.avx512bw, simd.avx512f);
    let halves = f._mm512_set1_epi8(0x0F);
    let tables: [[__m512i; 2]; 3] = TABLES.map(|t| t.map(bytemuck::cast));
    // The buckets of the bytes of `v` as byte `j` of a fingerprint.
    let buckets = |v: __m512i, [low, high]: [__m512i; 2]| {
        let l = bw._mm512_shuffle_epi8(low, f._mm512_and_si512(v, halves));
        let h = bw._mm512_shuffle_epi8(
            high,
            f._mm512_and_si512(bw._mm512_srli_epi16::<4>(v), halves),
        );
        f._mm512_and_si512(l, h)
    };
    let [first, second, third] = tables;
    let mut found = Vec::new();
    let mut i = 0;
    while i < page.len() {
        let all = f._mm512_and_si512(
            f._mm512_and_si512(
                buckets(load(page, i), first),
                buckets(load(page, i + 1), second),
            ),
            buckets(load(page, i + 2), third),
        );
        let mut candidates = bw._mm512_test_epi8_mask(all, all);
        while candidates != 0 {
            let p = i + candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            for (key, &(at, _)) in FLOATING_KEYS.iter().zip(&FINGERPRINTS) {
                let Some(start) = p.checked_sub(at) else {
                    continue;
                };
                let end = start + key.len();
                if page
                    .get(start..end)
                    .is_some_and(|b| b.eq_ignore_ascii_case(key.as_bytes()))
                {
                    found.push(start..end);
                }
            }
        }
        i += 64;
    }
    // Fingerprints lie at different places in their keys.
    found.sort_unstable_by_key(|r| r.start);
    found
}

/// The sixty-four bytes of `page` from `i`, zeros past its end (a zero is
/// in no bucket: no key has a byte below `0x10`).
#[inline(always)]
fn load(page: &[u8], i: usize) -> __m512i {
    if let Some(&step) = page.get(i..).and_then(<[u8]>::first_chunk::<64>) {
        return bytemuck::cast(step);
    }
    let mut padded = [0u8; 64];
    for (to, &from) in padded.iter_mut().zip(page.get(i..).unwrap_or_default()) {
        *to = from;
    }
    bytemuck::cast(padded)
}

#[cfg(test)]
mod tests {
    use super::{Search, FINGERPRINTS};
    use crate::classify::patterns::FLOATING_KEYS;
    use crate::features::Wide;

    /// Every place of a key in `text`, in any ASCII case, by start: what
    /// the search must find.
    fn naive(text: &[u8]) -> Vec<std::ops::Range<usize>> {
        let mut found = Vec::new();
        for start in 0..text.len() {
            for key in FLOATING_KEYS {
                let end = start + key.len();
                if text
                    .get(start..end)
                    .is_some_and(|b| b.eq_ignore_ascii_case(key.as_bytes()))
                {
                    found.push(start..end);
                }
            }
        }
        found
    }

    /// The search on this machine; `None` without AVX-512.
    fn search(text: &[u8]) -> Option<Vec<std::ops::Range<usize>>> {
        let wide = Wide::detect()?;
        Some(wide.run(Search {
            simd: wide.simd(),
            page: text,
        }))
    }

    #[test]
    fn fingerprints_lie_in_their_keys() {
        for (key, (at, bucket)) in FLOATING_KEYS.iter().zip(FINGERPRINTS) {
            assert!(at + 3 <= key.len(), "{key:?}");
            assert!(bucket < 8, "{key:?}");
            // Every byte of a fingerprint is ASCII, none below 0x10 (the
            // padding past a page's end is zeros).
            assert!(key.as_bytes()[at..at + 3]
                .iter()
                .all(|&b| (0x10..0x80).contains(&b)));
        }
    }

    #[test]
    fn finds_keys_in_any_case_anywhere() {
        let text = b"JavaScript is off. We use COOKIES; your Browser, by Using this site \
            (Akismet, reCAPTCHA) ... All Rights Reserved. Required Fields are marked. \
            Email will not be published. By continuing, by browsing: cookie";
        let Some(found) = search(text) else { return };
        assert_eq!(found, naive(text));
        assert_eq!(found.len(), 12, "{found:?}");
    }

    #[test]
    fn finds_keys_at_every_offset_of_a_step() {
        for key in FLOATING_KEYS {
            for lead in 0..140 {
                let mut text = vec![b'x'; lead];
                text.extend_from_slice(key.to_ascii_uppercase().as_bytes());
                for tail in [0, 1, 2, 3, 70] {
                    let mut t = text.clone();
                    t.extend(std::iter::repeat_n(b' ', tail));
                    let Some(found) = search(&t) else { return };
                    assert_eq!(found, vec![lead..lead + key.len()], "{key:?} {lead} {tail}");
                }
            }
        }
    }

    proptest::proptest! {
        /// On any text, and on text made of pieces of the keys in any case,
        /// the search finds what a search byte by byte finds.
        #[test]
        fn search_is_the_naive_one(
            text in "\\PC{0,200}",
            pieces in proptest::collection::vec(
                "(?i)(recaptcha|will not be published|required fields|akismet|cookie|by \
                 continuing|by using|by browsing|rights reserved|javascript|browser|coo|by|\
                 use|ubl|kie|wse|jav|nui|rve|[a-z ]{1,6})",
                0..40),
        ) {
            for t in [text.clone(), pieces.concat(), format!("{text}{}", pieces.join(" "))] {
                if let Some(found) = search(t.as_bytes()) {
                    proptest::prop_assert_eq!(found, naive(t.as_bytes()));
                }
            }
        }
    }
}
