//! Plain text -> blocks: one block per non-blank line.

use super::{normalize::push_normalized, Segmented};
use crate::block::{Block, BlockKind};

/// Cuts a plain-text input into one block per non-blank line.
///
/// Lines end at LF, CRLF or a lone CR. Each line is normalised
/// (see `normalize`); a line that is empty afterwards is blank. A run of blank
/// lines separates paragraphs: blocks with no blank line between them share a
/// paragraph number.
pub(crate) fn segment(input: &str) -> Segmented {
    let mut doc = Segmented::with_capacity(input.len());
    let mut paragraph = 0u32;
    let mut blank_before = false;
    let mut line_no = 0u32;
    for raw in input.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        // A lone CR (old Mac files) also ends a line.
        for line in raw.split('\r') {
            line_no = line_no.saturating_add(1);
            let start = doc.text.len();
            push_normalized(&mut doc.text, line);
            let end = doc.text.len();
            if start == end {
                blank_before = true;
                continue;
            }
            if blank_before && !doc.blocks.is_empty() {
                paragraph = paragraph.saturating_add(1);
            }
            blank_before = false;
            doc.text.push('\n');
            doc.blocks.push(Block {
                span: start..end,
                paragraph,
                line: line_no,
                kind: BlockKind::Line,
            });
        }
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::segment;

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
    fn empty_input_has_no_blocks() {
        assert!(segment("").blocks.is_empty());
        assert!(segment(" \n\t\r\n").blocks.is_empty());
    }
}
