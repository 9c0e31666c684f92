//! Stage 5: kept blocks -> text.

use crate::block::{Block, BlockKind, Label};

/// Joins the text of kept blocks.
///
/// Blocks are separated by one blank line, except consecutive lines of one
/// text-mode paragraph (adjacent in the input, no blank line between them),
/// which stay on adjacent lines, consecutive items of one HTML list, one per
/// line, and consecutive cells of one table row, on one line separated by a
/// tab, its rows on adjacent lines. The result has no leading or trailing whitespace.
///
/// PERF: a first pass over the blocks sums the kept text and two bytes of
/// separator per block, so the result is allocated once, not grown.
pub(crate) fn join<'a>(
    blocks: impl Iterator<Item = (&'a Block, &'a str, Label)> + Clone,
) -> String {
    let room: usize = blocks
        .clone()
        .filter(|&(_, _, label)| label == Label::Kept)
        .map(|(_, text, _)| text.len() + 2)
        .sum();
    let mut out = String::with_capacity(room);
    let mut prev: Option<(usize, u32)> = None; // (index, paragraph) of the last kept block
    let mut prev_kind: Option<BlockKind> = None;
    for (i, (block, text, label)) in blocks.enumerate() {
        if label != Label::Kept || text.is_empty() {
            continue;
        }
        if let Some((j, paragraph)) = prev {
            let next = j + 1 == i;
            let together = next && paragraph == block.paragraph;
            out.push_str(match block.kind {
                BlockKind::Line | BlockKind::ListItem if together => "\n",
                BlockKind::TableCell if together => "\t",
                // The next row of the same table.
                BlockKind::TableCell if next && prev_kind == Some(BlockKind::TableCell) => "\n",
                _ => "\n\n",
            });
        }
        out.push_str(text);
        prev = Some((i, block.paragraph));
        prev_kind = Some(block.kind);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::join;
    use crate::block::{Block, BlockKind, Label};

    fn line(paragraph: u32) -> Block {
        Block {
            span: 0..0,
            paragraph,
            line: 1,
            kind: BlockKind::Line,
        }
    }

    #[test]
    fn paragraphs_get_a_blank_line_and_lines_of_one_paragraph_do_not() {
        let blocks = [line(0), line(0), line(1), line(1), line(1)];
        let items = [
            ("a", Label::Kept),
            ("b", Label::Kept),
            ("c", Label::Kept),
            ("gone", Label::Dropped),
            ("d", Label::Kept),
        ];
        let got = join(blocks.iter().zip(items).map(|(b, (t, l))| (b, t, l)));
        assert_eq!(got, "a\nb\n\nc\n\nd");
    }

    #[test]
    fn nothing_kept_gives_empty_text() {
        let blocks = [line(0)];
        let got = join(blocks.iter().map(|b| (b, "x", Label::Dropped)));
        assert_eq!(got, "");
    }
}
