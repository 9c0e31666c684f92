//! Whitespace and invisible-character normalisation, applied once before measuring.
//!
//! What it does to a piece of text, in one pass over its bytes:
//! - ASCII whitespace, NEL, NBSP, the Unicode spaces U+1680, U+2000..U+200A,
//!   U+2028, U+2029, U+202F, U+205F and U+3000 count as a space;
//! - zero-width space U+200B, word joiner U+2060, BOM / zero-width no-break
//!   space U+FEFF and soft hyphen U+00AD are removed;
//! - runs of spaces collapse to one, and both ends are trimmed.
//!
//! Zero-width joiner and non-joiner (U+200C, U+200D) are kept: they change
//! how Persian, Indic scripts and emoji are written, so they are text.

/// What one character does to the output.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    Keep,
    Space,
    Remove,
}

/// Where a normalised piece of text ends.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Until {
    /// At the end of the text; line breaks are spaces.
    End,
    /// At the first line break (`\n` or `\r`) or the end of the text.
    LineEnd,
}

/// Appends `text` to `out`, normalised as the module describes.
pub(crate) fn push_normalized(out: &mut String, text: &str) {
    push_until(out, text, 0, Until::End);
}

/// Appends the line of `text` that starts at byte `from` to `out`,
/// normalised, and returns the byte where the line ends: its `\n` or `\r`,
/// or the length of `text`.
///
/// PERF: most lines of a crawler's dump are already normal: single spaces,
/// none at either end, no special space or invisible character. The line is
/// first read sixteen bytes at a time (see [`normal_line`]), which finds its
/// end and whether it is normal at once; a normal line is copied whole. Any
/// other line, and the last few bytes of the input, take the byte scan of
/// [`push_until`] from the line's start, which finds the same end.
pub(crate) fn push_line(out: &mut String, text: &str, from: usize) -> usize {
    // PERF: an empty line (a run of blank lines) fails `normal_line` at its
    // first byte; going to the byte scan at once saves that chunk's work.
    if matches!(text.as_bytes().get(from), None | Some(b'\n' | b'\r')) {
        return push_until(out, text, from, Until::LineEnd);
    }
    if let Some(end) = normal_line(text.as_bytes(), from) {
        if let Some(line) = text.get(from..end) {
            out.push_str(line);
            return end;
        }
    }
    push_until(out, text, from, Until::LineEnd)
}

/// The end of the line of `bytes` that starts at `from` (its `\n` or
/// `\r`), when normalisation leaves that line as it is, by a test that is
/// sufficient, not necessary: not empty, no space first or last, no two
/// spaces in a row, no ASCII control character (tabs included), and every
/// lead byte of a special code point (`0xC2`, `0xE1`, `0xE2`, `0xE3`,
/// `0xEF`) starting a character that is kept. `None` otherwise, and when the
/// line is not followed by a line break at least sixteen bytes before the
/// end of the input.
///
/// PERF: sixteen bytes at a time, in one SIMD vector (the `wide` crate): a
/// step is a few compares and three bit masks; the first step with a control
/// character (the line break) or a second space in a row ends the scan. Only
/// the non-ASCII bytes are looked at one by one, for the lead bytes of
/// [`classify`] (see [`leads_kept`]).
#[inline]
fn normal_line(bytes: &[u8], from: usize) -> Option<usize> {
    use wide::{i8x16, CmpEq, CmpGt, CmpLt};
    // Whether the byte before the step is a space: bit 0.
    let mut prev_space = 0u32;
    let mut i = from;
    let end = loop {
        let sixteen: [u8; 16] = bytes.get(i..i.checked_add(16)?)?.try_into().ok()?;
        let v: i8x16 = bytemuck::cast(sixteen);
        // ASCII bytes below the space (signed: non-ASCII bytes are negative),
        // and spaces after a space.
        let low = (v.cmp_lt(i8x16::splat(0x20)) & v.cmp_gt(i8x16::splat(-1))).move_mask() as u32;
        let spaces = v.cmp_eq(i8x16::splat(0x20)).move_mask() as u32;
        let high = v.move_mask() as u32;
        let stop = low | (spaces & ((spaces << 1) | prev_space));
        if stop != 0 {
            // The non-ASCII bytes before the stop.
            let before = high & ((1u32 << stop.trailing_zeros()) - 1);
            if before != 0 && !leads_kept(bytes, i, before) {
                return None;
            }
            break i + stop.trailing_zeros() as usize;
        }
        if high != 0 && !leads_kept(bytes, i, high) {
            return None;
        }
        prev_space = spaces >> 15;
        i += 16;
    };
    let line = bytes.get(from..end)?;
    let ok = matches!(bytes.get(end), Some(b'\n' | b'\r'))
        && matches!(line.first(), Some(&b) if b != b' ')
        && line.last() != Some(&b' ');
    ok.then_some(end)
}

/// True when every lead byte of a special code point among the bytes that
/// `high` flags (bit `k` for the byte at `at + k`) starts a character that
/// is kept: a curly quote, not a thin space.
///
/// PERF: out of line; only steps with non-ASCII bytes come here, and only
/// their non-ASCII bytes are looked at.
#[inline(never)]
fn leads_kept(bytes: &[u8], at: usize, mut high: u32) -> bool {
    while high != 0 {
        let i = at + high.trailing_zeros() as usize;
        let b = bytes.get(i).copied().unwrap_or(0);
        if STOPS_END.get(usize::from(b)) == Some(&1) && classify(bytes, i, b).0 != Act::Keep {
            return false;
        }
        high &= high - 1;
    }
    true
}

/// The bytes the scan stops at, one table per [`Until`]: `1` for ASCII
/// whitespace and the lead bytes of the special code points (0xC2, 0xE1,
/// 0xE2, 0xE3, 0xEF), `2` for a line break that ends the scan.
static STOPS_END: [u8; 256] = stops(false);
static STOPS_LINE: [u8; 256] = stops(true);

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn stops(line_breaks_end: bool) -> [u8; 256] {
    let mut table = [0u8; 256];
    let special = [
        b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c, 0xc2, 0xe1, 0xe2, 0xe3, 0xef,
    ];
    let mut k = 0;
    while k < special.len() {
        table[special[k] as usize] = 1;
        k += 1;
    }
    if line_breaks_end {
        table[b'\n' as usize] = 2;
        table[b'\r' as usize] = 2;
    }
    table
}

/// Appends `text[from..]` up to where `until` says, normalised; returns the
/// byte where it stopped.
///
/// PERF: the scan looks up each byte in a table and moves on while the byte
/// is plain: ASCII other than whitespace, or non-ASCII other than the lead
/// bytes of the few special code points. A single space followed by a
/// plain byte stays in the run too, so that most lines are copied with one
/// `memcpy`; only the bytes the table flags are looked at more closely. In
/// text mode the same scan finds the end of the line, so the input is read
/// once, not once for the line breaks and again for the spaces.
fn push_until(out: &mut String, text: &str, from: usize, until: Until) -> usize {
    let stops = match until {
        Until::End => &STOPS_END,
        Until::LineEnd => &STOPS_LINE,
    };
    let bytes = text.as_bytes();
    let start_len = out.len();
    let mut run_start = from; // start of the pending verbatim run
    let mut pending_space = false;
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        if !pending_space && run_start < i {
            let mut plain = plain_prefix(bytes, i);
            if plain > 0 {
                i += plain;
                // Eight plain bytes: the run goes on, read the next eight.
                while plain == 8 {
                    plain = plain_prefix(bytes, i);
                    i += plain;
                }
                continue;
            }
        }
        let stop = stops.get(usize::from(b)).copied().unwrap_or(0);
        if stop == 0 {
            if pending_space {
                if out.len() > start_len {
                    out.push(' ');
                }
                pending_space = false;
                run_start = i;
            }
            i += 1;
            continue;
        }
        if stop == 2 {
            break;
        }
        // A single space inside a run of kept text stays in the run.
        if b == b' '
            && !pending_space
            && run_start < i
            && bytes.get(i + 1).is_some_and(|&n| is_plain(n))
        {
            i += 1;
            continue;
        }
        let (act, width) = classify(bytes, i, b);
        if act == Act::Keep {
            if pending_space {
                if out.len() > start_len {
                    out.push(' ');
                }
                pending_space = false;
                run_start = i;
            }
            i += width;
            continue;
        }
        flush(out, text, run_start, i);
        if act == Act::Space {
            pending_space = true;
        }
        i += width;
        run_start = i;
    }
    if !pending_space {
        flush(out, text, run_start, i);
    }
    i
}

/// `0x01` in every byte of a `u64`.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte of a `u64`.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// How many of the eight bytes from `i` stay in a run of kept text: the
/// bytes before the first one that is not printable ASCII (`!` to DEL), or
/// a space not followed by printable ASCII within the eight. Zero when
/// fewer than eight bytes are left.
///
/// PERF: the scan of [`push_until`] inside a run of kept text, eight bytes
/// at a time (SWAR): on most lines of prose it skips the table walk for all
/// but the line break. The caller makes sure a space here may stay in the
/// run: a run of kept text is open and no space is pending.
#[inline]
fn plain_prefix(bytes: &[u8], i: usize) -> usize {
    let Some(chunk) = i.checked_add(8).and_then(|end| bytes.get(i..end)) else {
        return 0;
    };
    let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
        return 0;
    };
    let x = u64::from_le_bytes(eight);
    // Printable: at least `!` (the high bit of x + 0x5f) and ASCII.
    let printable = (x & !HIGH).wrapping_add(ONES * 0x5f) & !x & HIGH;
    // Spaces: the bytes of `x ^ 0x20..` that are zero.
    let t = x ^ (ONES * 0x20);
    let spaces = !(((t & !HIGH).wrapping_add(!HIGH)) | t) & HIGH;
    // A space stays only if the byte after it, in the same eight, is printable.
    let kept = printable | (spaces & (printable >> 8));
    ((!kept & HIGH).trailing_zeros() / 8) as usize
}

/// A byte that is kept as it is and starts no special character.
#[inline]
fn is_plain(b: u8) -> bool {
    (b > b' ' && b < 0x80) || (b >= 0x80 && !matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef))
}

fn flush(out: &mut String, text: &str, from: usize, to: usize) {
    if from < to {
        if let Some(run) = text.get(from..to) {
            out.push_str(run);
        }
    }
}

/// Classifies the character starting at byte `i` (whose first byte is `b`) and
/// returns its width in bytes; for ordinary non-ASCII characters the width is
/// 1 so that the scan steps through their continuation bytes as kept bytes.
#[inline]
fn classify(bytes: &[u8], i: usize, b: u8) -> (Act, usize) {
    match b {
        b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => (Act::Space, 1),
        0x00..=0x7f => (Act::Keep, 1),
        0xc2 => match bytes.get(i + 1) {
            Some(0x85 | 0xa0) => (Act::Space, 2),
            Some(0xad) => (Act::Remove, 2),
            _ => (Act::Keep, 1),
        },
        0xe1 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x9a), Some(0x80)) => (Act::Space, 3),
            _ => (Act::Keep, 1),
        },
        0xe2 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x80..=0x8a | 0xa8 | 0xa9 | 0xaf)) => (Act::Space, 3),
            (Some(0x80), Some(0x8b)) => (Act::Remove, 3),
            (Some(0x81), Some(0x9f)) => (Act::Space, 3),
            (Some(0x81), Some(0xa0)) => (Act::Remove, 3),
            _ => (Act::Keep, 1),
        },
        0xe3 => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0x80), Some(0x80)) => (Act::Space, 3),
            _ => (Act::Keep, 1),
        },
        0xef => match (bytes.get(i + 1), bytes.get(i + 2)) {
            (Some(0xbb), Some(0xbf)) => (Act::Remove, 3),
            _ => (Act::Keep, 1),
        },
        _ => (Act::Keep, 1),
    }
}

#[cfg(test)]
mod tests {
    use super::push_normalized;

    fn norm(s: &str) -> String {
        let mut out = String::new();
        push_normalized(&mut out, s);
        out
    }

    /// The obvious implementation, char by char: the oracle for the byte scan.
    fn naive(s: &str) -> String {
        let mut words: Vec<String> = vec![String::new()];
        for c in s.chars() {
            let space = c.is_ascii_whitespace()
                || matches!(
                    c,
                    '\u{85}' | '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}'
                )
                || matches!(
                    c,
                    '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
                );
            let remove = matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}');
            if space {
                words.push(String::new());
            } else if !remove {
                if let Some(w) = words.last_mut() {
                    w.push(c);
                }
            }
        }
        words.retain(|w| !w.is_empty());
        words.join(" ")
    }

    #[test]
    fn collapses_and_trims_spaces() {
        assert_eq!(norm("  a \t b  "), "a b");
        assert_eq!(norm(""), "");
        assert_eq!(norm(" \t "), "");
    }

    #[test]
    fn unicode_spaces_become_spaces() {
        assert_eq!(norm("a\u{a0}b\u{2009}c\u{202f}d\u{3000}e"), "a b c d e");
    }

    #[test]
    fn invisible_characters_are_removed() {
        assert_eq!(norm("\u{feff}co\u{ad}op\u{200b}er\u{2060}ate"), "cooperate");
    }

    #[test]
    fn joiners_and_other_text_are_kept() {
        assert_eq!(norm("می\u{200c}خواهم"), "می\u{200c}خواهم");
        assert_eq!(norm("naïve café – 東京"), "naïve café – 東京");
    }

    #[test]
    fn matches_naive_oracle_on_mixed_text() {
        let cases = [
            "\u{a0}\u{a0}x\u{ad}\u{ad} y\u{2028}z\u{85}",
            "\u{200b} \u{200b}",
            "a \u{200b} b",
            "é\u{e9}\u{2003}\u{2003}ü",
        ];
        for case in cases {
            assert_eq!(norm(case), naive(case), "{case:?}");
        }
    }

    /// Two spaces, a tab or a thin space at every position of a line, across
    /// the edges of the sixteen-byte steps: the whole-line path gives what
    /// the byte scan gives.
    #[test]
    fn push_line_equals_byte_scan_at_every_offset() {
        for odd in ["  ", "\t", "\u{2009}", "\u{2019}", " \u{a0}"] {
            for at in 0..48 {
                let mut line: String = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"
                    .chars()
                    .take(at)
                    .collect();
                line.push_str(odd);
                line.push_str("tail of the line that goes on for a while");
                let text = format!("{line}\nnext line that is long enough to read\n");
                let (mut fast, mut slow) = (String::new(), String::new());
                let end_fast = super::push_line(&mut fast, &text, 0);
                let end_slow = super::push_until(&mut slow, &text, 0, super::Until::LineEnd);
                assert_eq!((fast, end_fast), (slow, end_slow), "{odd:?} at {at}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_scan_equals_naive(s in "\\PC*") {
            proptest::prop_assert_eq!(norm(&s), naive(&s));
        }

        #[test]
        fn byte_scan_equals_naive_on_specials(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["a", "é", " ", "\u{a0}", "\u{ad}", "\u{200b}", "\u{2009}", "\u{feff}", "\t", "東"]),
                0..24,
            )
        ) {
            let s: String = parts.concat();
            proptest::prop_assert_eq!(norm(&s), naive(&s));
        }

        /// The whole-line fast path of `push_line` gives what the byte scan
        /// gives, text and line end, from every start.
        #[test]
        fn push_line_equals_byte_scan(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["a", "Bc", "xyz1234", "é", " ", "  ", "\u{a0}", "\u{200b}", "\t", "\n", "\r", "\r\n", "\u{1}", ".", "abcdefgh", "\u{2019}", "\u{2009}", "\u{feff}", "\u{ad}", "\u{a9}", "東京", "\u{2060}"]),
                0..40,
            ),
            from in 0usize..64,
        ) {
            let s: String = parts.concat();
            let from = (0..=from.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            let (mut fast, mut slow) = (String::from("x"), String::from("x"));
            let end_fast = super::push_line(&mut fast, &s, from);
            let end_slow = super::push_until(&mut slow, &s, from, super::Until::LineEnd);
            proptest::prop_assert_eq!((fast, end_fast), (slow, end_slow));
        }

        /// Long runs of printable ASCII and spaces: the eight-byte scan.
        #[test]
        fn byte_scan_equals_naive_on_prose(s in "[a-z .,\t\n\u{a0}é]{0,60}") {
            proptest::prop_assert_eq!(norm(&s), naive(&s));
        }
    }
}
