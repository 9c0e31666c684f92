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

/// Appends `text` to `out`, normalised as the module describes.
///
/// PERF: ASCII bytes other than whitespace, with single spaces between them,
/// are copied in runs; only lead bytes
/// of the few special code points (0xC2, 0xE1, 0xE2, 0xE3, 0xEF) are looked at
/// more closely, so the common case is a byte compare per byte and one memcpy
/// per word run.
pub(crate) fn push_normalized(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let start_len = out.len();
    let mut run_start = 0usize; // start of the pending verbatim run
    let mut pending_space = false;
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        // A single space inside a run of kept text stays in the run: most
        // lines are then copied with one memcpy.
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
        flush(out, text, run_start, bytes.len());
    }
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
    }
}
