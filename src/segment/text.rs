//! Plain text -> blocks: one block per non-blank line, or per paragraph when
//! the text is hard-wrapped.

use super::{normalize::push_line, Segmented};
use crate::block::{Block, BlockKind};

/// Cuts a plain-text input into one block per non-blank line.
///
/// Lines end at LF, CRLF or a lone CR. Each line is normalised
/// (see `normalize`); a line that is empty afterwards is blank. A run of blank
/// lines separates paragraphs: blocks with no blank line between them share a
/// paragraph number. A paragraph whose lines look hard-wrapped (see
/// [`is_wrapped`]) becomes one block, its lines joined by `\n`.
///
/// At most `max_blocks` blocks are made; past that the rest of the input is
/// left out and `overflow` is set.
pub(crate) fn segment(input: &str, max_blocks: usize) -> Segmented {
    // PERF: at most one block per line, and most lines of a dump are blocks:
    // the block list is allocated once, at its final size (counting line
    // feeds runs at memory speed), instead of doubling and copying its way
    // there, which on inputs of millions of short lines touched three times
    // the memory.
    let lines = memchr::memchr_iter(b'\n', input.as_bytes()).count() + 1;
    let mut doc = Segmented::with_capacity(input.len(), lines.min(max_blocks.saturating_add(1)));
    let mut paragraph = 0u32;
    let mut blank_before = false;
    let mut line_no = 0u32;
    // Lines end at LF, CRLF or a lone CR; the scan that normalises a line
    // also finds its end.
    let mut from = 0usize;
    loop {
        line_no = line_no.saturating_add(1);
        let start = doc.text.len();
        let line_end = push_line(&mut doc.text, input, from);
        let end = doc.text.len();
        if start == end {
            blank_before = true;
        } else {
            if blank_before && !doc.blocks.is_empty() {
                merge_if_wrapped(&mut doc, paragraph);
                paragraph = paragraph.saturating_add(1);
            }
            blank_before = false;
            if doc.blocks.len() >= max_blocks {
                doc.text.truncate(start);
                doc.overflow = true;
                break;
            }
            doc.text.push('\n');
            doc.blocks.push(Block {
                span: start..end,
                paragraph,
                line: line_no,
                kind: BlockKind::Line,
            });
        }
        from = match input.as_bytes().get(line_end..) {
            Some([b'\r', b'\n', ..]) => line_end + 2,
            Some([_, ..]) => line_end + 1,
            _ => break,
        };
    }
    merge_if_wrapped(&mut doc, paragraph);
    doc
}

/// Widest and narrowest line width (in characters) of hard-wrapped text.
const WRAP_MAX: usize = 100;
const WRAP_MIN: usize = 40;

/// Merges the blocks of the last paragraph into one when it is hard-wrapped.
fn merge_if_wrapped(doc: &mut Segmented, paragraph: u32) {
    let first = doc
        .blocks
        .iter()
        .rposition(|b| b.paragraph != paragraph)
        .map_or(0, |i| i + 1);
    let Some(lines) = doc.blocks.get(first..) else {
        return;
    };
    if lines.len() < 2 || !is_wrapped(lines.iter().map(|b| doc.text_of(b))) {
        return;
    }
    let (Some(head), Some(tail)) = (lines.first(), lines.last()) else {
        return;
    };
    let merged = Block {
        span: head.span.start..tail.span.end,
        ..head.clone()
    };
    doc.blocks.truncate(first);
    doc.blocks.push(merged);
}

/// True when the lines of a paragraph look hard-wrapped: at least two lines,
/// every line but the last between [`WRAP_MIN`] and [`WRAP_MAX`] characters
/// and at least three quarters as wide as the widest. A list of short items,
/// or a crawler's dump with one element per line, fails the test.
fn is_wrapped<'a>(lines: impl ExactSizeIterator<Item = &'a str>) -> bool {
    let n = lines.len();
    let mut widths = Vec::with_capacity(n);
    for (i, line) in lines.enumerate() {
        // Byte lengths bound character counts: reject before counting.
        if line.len() > WRAP_MAX * 4 || (i + 1 < n && line.len() < WRAP_MIN) {
            return false;
        }
        widths.push(line.chars().count());
    }
    let body = widths.get(..n.saturating_sub(1)).unwrap_or_default();
    let widest = widths.iter().copied().max().unwrap_or(0);
    n >= 2 && widest <= WRAP_MAX && body.iter().all(|&w| w >= WRAP_MIN && w * 4 >= widest * 3)
}

#[cfg(test)]
mod tests {
    use super::Segmented;

    fn segment(input: &str) -> Segmented {
        super::segment(input, usize::MAX)
    }

    fn lines(input: &str) -> Vec<(String, u32, u32)> {
        let doc = segment(input);
        doc.blocks
            .iter()
            .map(|b| (doc.text_of(b).to_string(), b.paragraph, b.line))
            .collect()
    }

    #[test]
    fn lf_crlf_and_cr_endings_give_the_same_lines() {
        let expected = vec![
            ("one".to_string(), 0, 1),
            ("two".to_string(), 0, 2),
            ("three".to_string(), 1, 4),
        ];
        assert_eq!(lines("one\ntwo\n\nthree\n"), expected);
        assert_eq!(lines("one\r\ntwo\r\n\r\nthree\r\n"), expected);
        assert_eq!(lines("one\rtwo\r\rthree\r"), expected);
    }

    #[test]
    fn blank_runs_of_any_length_separate_paragraphs_once() {
        let got = lines("\n\n a \n \u{a0}\n\n\n\u{200b}\nb");
        assert_eq!(got.iter().map(|l| l.1).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(got[0].0, "a");
        assert_eq!(got[1].0, "b");
    }

    #[test]
    fn hard_wrapped_paragraphs_become_one_block() {
        let wrapped = "The river rose all night and by morning the lower town was under\nwater, the bridge closed and the school shut for the rest of the\nweek.\n\nNext";
        let got = lines(wrapped);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0.lines().count(), 3);
        assert_eq!(got[1].0, "Next");
    }

    #[test]
    fn lists_and_dumps_are_not_wrapped() {
        let list = "Home\nAbout us\nA much longer line that tells the story of the town in full.";
        assert_eq!(lines(list).len(), 3);
    }

    #[test]
    fn empty_input_has_no_blocks() {
        assert!(segment("").blocks.is_empty());
        assert!(segment(" \n\t\r\n").blocks.is_empty());
    }
}
