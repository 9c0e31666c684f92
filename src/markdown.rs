//! Kept blocks -> Markdown (CommonMark, with GitHub-flavoured tables).
//!
//! The same blocks as the plain text, in the same order, each written as
//! what its element was: a heading, a list item, a table row, a code block or
//! a paragraph. Text is escaped only where Markdown would misread it.

use crate::block::{Block, BlockKind, Label};
use crate::Cleaned;

impl Cleaned {
    /// The main content as Markdown: the kept blocks of [`Cleaned::text`], in
    /// order, each written as what its HTML element was.
    ///
    /// - headings `<h1>` to `<h6>` as `#` to `######`; a block that is a
    ///   heading by its class (`<div class="page-title">`) as `##`;
    /// - list items as `- ` lines, the items of one list on adjacent lines
    ///   (ordered lists too: the numbers are not kept);
    /// - table rows as `| a | b |` (GitHub-flavoured tables), the first row
    ///   of each table taken as its header row, as that syntax requires, and
    ///   every row padded to the widest;
    /// - `<pre>` as a fenced code block, its text untouched (the fence is
    ///   longer than any run of backticks inside);
    /// - everything else as a paragraph; the lines of one paragraph of a
    ///   plain-text input stay separate lines (hard line breaks, `\` at the
    ///   end of a line).
    ///
    /// Escaping is minimal, so the text reads as it was: a line start that
    /// Markdown would take for a block (`#`, `>`, `- `, `+ `, `* `, `1. `,
    /// ```` ``` ````, `~~~`, a rule such as `---` or `===`, a link
    /// definition `[x]:`) gets a backslash, as do `<` before a tag-like
    /// character, `&` before an entity-like name and `|` in table cells.
    /// Emphasis and code characters in the middle of text (`*`, `_`, `` ` ``)
    /// are left as they are.
    ///
    /// Links are not written: dehusk keeps the text of a link, not its
    /// target. Block quotes are written as paragraphs, and the page's
    /// `<title>` is not included (see [`Cleaned::title`]). An empty result
    /// gives `""`; the output has no leading or trailing whitespace.
    ///
    /// # Example
    ///
    /// ```
    /// let html = "<article><h1>Tide tables</h1>\
    ///     <ul><li>High water at six</li><li>Low water at noon</li></ul>\
    ///     <p>The harbour master publishes the times of the tides every week, and the \
    ///     fishermen read them before they decide when to take their boats out.</p></article>";
    /// let cleaned = dehusk::Cleaner::default().clean(html)?;
    /// assert_eq!(
    ///     cleaned.to_markdown(),
    ///     "# Tide tables\n\n\
    ///      - High water at six\n- Low water at noon\n\n\
    ///      The harbour master publishes the times of the tides every week, and the \
    ///      fishermen read them before they decide when to take their boats out."
    /// );
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        let doc = self.segmented();
        let items = doc
            .blocks
            .iter()
            .zip(self.labels())
            .enumerate()
            .filter(|(_, (_, label))| *label == Label::Kept)
            .map(|(index, (block, _))| Item {
                index,
                block,
                text: doc.text_of(block),
                heading: doc.markup.get(index).map_or(0, |m| m.heading),
            });
        render(items)
    }
}

/// One kept block, with what Markdown needs to know about it.
struct Item<'a> {
    /// Position among all blocks, kept or not: adjacency decides grouping.
    index: usize,
    block: &'a Block,
    text: &'a str,
    /// Heading level, 1 to 6, or 0.
    heading: u8,
}

/// The last block written, to decide how the next one joins it.
#[derive(Clone, Copy)]
struct Prev {
    index: usize,
    paragraph: u32,
    kind: BlockKind,
}

/// Writes kept blocks as Markdown. Blocks group as in the plain text: lines
/// of one text paragraph, items of one list and cells of one table row must
/// be adjacent among all blocks and share [`Block::paragraph`]; the rows of
/// one table are adjacent table cells.
fn render<'a>(items: impl Iterator<Item = Item<'a>>) -> String {
    let mut out = String::new();
    let mut table: Vec<Vec<&str>> = Vec::new();
    let mut prev: Option<Prev> = None;
    for item in items {
        if item.text.is_empty() {
            continue;
        }
        let kind = item.block.kind;
        let next = prev.filter(|p| p.index + 1 == item.index);
        let together = next.is_some_and(|p| p.paragraph == item.block.paragraph && p.kind == kind);
        let in_table = next.is_some_and(|p| p.kind == BlockKind::TableCell);
        prev = Some(Prev {
            index: item.index,
            paragraph: item.block.paragraph,
            kind,
        });
        if kind == BlockKind::TableCell && in_table {
            match table.last_mut() {
                Some(row) if together => row.push(item.text),
                _ => table.push(vec![item.text]),
            }
            continue;
        }
        write_table(&mut out, &mut table);
        if !out.is_empty() {
            out.push_str(match kind {
                BlockKind::Line if together => "\\\n",
                BlockKind::ListItem if together => "\n",
                _ => "\n\n",
            });
        }
        match kind {
            BlockKind::Heading => write_heading(&mut out, item.text, item.heading),
            BlockKind::ListItem => {
                out.push_str("- ");
                write_line(&mut out, item.text);
            }
            BlockKind::TableCell => table.push(vec![item.text]),
            BlockKind::Preformatted => write_code(&mut out, item.text),
            BlockKind::Line | BlockKind::Paragraph => write_lines(&mut out, item.text),
        }
    }
    write_table(&mut out, &mut table);
    out
}

/// `## text`: the level's number of `#`, 2 for a heading without a level.
fn write_heading(out: &mut String, text: &str, level: u8) {
    let level = if level == 0 { 2 } else { level.min(6) };
    for _ in 0..level {
        out.push('#');
    }
    out.push(' ');
    // A closing run of `#` after a space would be taken for the heading's
    // optional closing sequence and dropped.
    let body = text.trim_end_matches('#');
    if body.len() < text.len() && (body.is_empty() || body.ends_with(' ')) {
        write_inline(out, body, false);
        out.push('\\');
        out.push_str(text.get(body.len()..).unwrap_or(""));
    } else {
        write_inline(out, text, false);
    }
}

/// A fenced code block, its text untouched; the fence is at least three
/// backticks and longer than any run of backticks in the text.
fn write_code(out: &mut String, text: &str) {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat((longest + 1).max(3));
    out.push_str(&fence);
    out.push('\n');
    out.push_str(text);
    out.push('\n');
    out.push_str(&fence);
}

/// The rows of a pending table, then clears it: a header separator after
/// the first row, every row as wide as the widest.
fn write_table(out: &mut String, table: &mut Vec<Vec<&str>>) {
    if table.is_empty() {
        return;
    }
    let columns = table.iter().map(Vec::len).max().unwrap_or(0);
    for (r, row) in table.iter().enumerate() {
        if r > 0 {
            out.push('\n');
        }
        out.push('|');
        for c in 0..columns {
            out.push(' ');
            if let Some(cell) = row.get(c) {
                write_inline(out, cell, true);
                out.push(' ');
            }
            out.push('|');
        }
        if r == 0 {
            out.push_str("\n|");
            for _ in 0..columns {
                out.push_str(" --- |");
            }
        }
    }
    table.clear();
}

/// Every line of `text` as a line of a paragraph.
fn write_lines(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        write_line(out, line);
    }
}

/// One line, escaped where its start would be read as a block.
fn write_line(out: &mut String, line: &str) {
    match block_start(line).and_then(|at| line.split_at_checked(at)) {
        Some((head, tail)) => {
            write_inline(out, head, false);
            out.push('\\');
            write_inline(out, tail, false);
        }
        None => write_inline(out, line, false),
    }
}

/// Where a backslash must go for `line` not to start a Markdown block: a
/// heading, quote, list item, thematic break, setext underline, table
/// delimiter row, code fence or link reference definition.
fn block_start(line: &str) -> Option<usize> {
    let trimmed = line.trim_start_matches([' ', '\t']);
    let skipped = line.len() - trimmed.len();
    let line = trimmed;
    let bytes = line.as_bytes();
    let first = *bytes.first()?;
    let second = bytes.get(1).copied();
    let spaced = |b: Option<u8>| matches!(b, None | Some(b' ' | b'\t'));
    let escape = match first {
        b'#' | b'>' => true,
        b'-' | b'+' | b'*' if spaced(second) => true,
        // `---`, `===`, `***`, `___`, `|---|:--|`, `- - -`.
        _ if bytes.iter().all(|b| b"-=_*:|+ \t".contains(b)) => true,
        b'`' | b'~' => bytes.iter().take_while(|&&b| b == first).count() >= 3,
        b'[' => line.contains("]:"),
        b'0'..=b'9' => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            let after = bytes.get(digits).copied();
            if digits <= 9
                && matches!(after, Some(b'.' | b')'))
                && spaced(bytes.get(digits + 1).copied())
            {
                return Some(skipped + digits);
            }
            false
        }
        _ => false,
    };
    escape.then_some(skipped)
}

/// Inline text: `<` before a tag-like character and `&` before an
/// entity-like name get a backslash, and so does `|` in a table cell.
fn write_inline(out: &mut String, text: &str, cell: bool) {
    let mut rest = text;
    while let Some(at) = rest.find(['<', '&', '|']) {
        let (head, tail) = rest.split_at(at);
        out.push_str(head);
        let after = tail.get(1..).unwrap_or("");
        let escape = match tail.as_bytes().first() {
            Some(b'<') => after
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?')),
            Some(b'&') => {
                let name = after
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
                    .count();
                name > 0 && after.as_bytes().get(name) == Some(&b';')
            }
            _ => cell,
        };
        if escape {
            out.push('\\');
        }
        out.push_str(tail.get(..1).unwrap_or(""));
        rest = after;
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::{block_start, render, Item};
    use crate::block::{Block, BlockKind};

    fn block(kind: BlockKind, paragraph: u32) -> Block {
        Block {
            span: 0..0,
            paragraph,
            line: 0,
            kind,
        }
    }

    /// Renders `(kind, paragraph, heading, text)` rows, all kept and adjacent.
    fn md(rows: &[(BlockKind, u32, u8, &str)]) -> String {
        let blocks: Vec<Block> = rows.iter().map(|r| block(r.0, r.1)).collect();
        render(
            blocks
                .iter()
                .zip(rows)
                .enumerate()
                .map(|(index, (block, r))| Item {
                    index,
                    block,
                    text: r.3,
                    heading: r.2,
                }),
        )
    }

    fn paragraph(text: &str) -> String {
        md(&[(BlockKind::Paragraph, 1, 0, text)])
    }

    #[test]
    fn line_starts_that_markdown_would_misread_are_escaped() {
        for (text, want) in [
            ("# not a heading", "\\# not a heading"),
            ("#hashtag", "\\#hashtag"),
            ("> not a quote", "\\> not a quote"),
            ("- not an item", "\\- not an item"),
            ("+ not an item", "\\+ not an item"),
            ("* not an item", "\\* not an item"),
            ("1. not an item", "1\\. not an item"),
            ("2024) was a year", "2024\\) was a year"),
            ("---", "\\---"),
            ("===", "\\==="),
            ("- - -", "\\- - -"),
            ("|---|:--|", "\\|---|:--|"),
            ("```rust", "\\```rust"),
            ("~~~", "\\~~~"),
            ("[1]: the footnote", "\\[1]: the footnote"),
        ] {
            assert_eq!(paragraph(text), want, "{text:?}");
        }
    }

    #[test]
    fn ordinary_text_is_left_as_it_is() {
        for text in [
            "-5 degrees at night",
            "*emphasis* stays",
            "1.5 litres of water",
            "12345678901. is too long for a list",
            "`code` at the start",
            "[Updated] the story",
            "a < b and c > d",
            "fish & chips; tea",
            "C# and F# are languages",
        ] {
            assert_eq!(paragraph(text), text, "{text:?}");
        }
    }

    #[test]
    fn tags_and_entities_in_text_are_escaped() {
        assert_eq!(
            paragraph("Use <script> or &amp; here"),
            "Use \\<script> or \\&amp; here"
        );
        assert_eq!(paragraph("<!-- x -->"), "\\<!-- x -->");
    }

    #[test]
    fn headings_take_their_level_and_keep_a_closing_hash() {
        let got = md(&[
            (BlockKind::Heading, 1, 1, "Top"),
            (BlockKind::Heading, 2, 3, "Third"),
            (BlockKind::Heading, 3, 0, "Page title"),
            (BlockKind::Heading, 4, 2, "Issue #"),
            (BlockKind::Heading, 5, 2, "C#"),
        ]);
        assert_eq!(
            got,
            "# Top\n\n### Third\n\n## Page title\n\n## Issue \\#\n\n## C#"
        );
    }

    #[test]
    fn list_items_of_one_list_are_adjacent_and_escaped() {
        let got = md(&[
            (BlockKind::ListItem, 7, 0, "one"),
            (BlockKind::ListItem, 7, 0, "2. two"),
            (BlockKind::ListItem, 8, 0, "other list"),
        ]);
        assert_eq!(got, "- one\n- 2\\. two\n\n- other list");
    }

    #[test]
    fn tables_get_a_header_separator_and_even_rows() {
        let got = md(&[
            (BlockKind::TableCell, 2, 0, "Name"),
            (BlockKind::TableCell, 2, 0, "Price"),
            (BlockKind::TableCell, 3, 0, "Tea | green"),
            (BlockKind::TableCell, 3, 0, "2"),
            (BlockKind::TableCell, 3, 0, "extra"),
            (BlockKind::TableCell, 4, 0, "Coffee"),
            (BlockKind::Paragraph, 5, 0, "After."),
        ]);
        assert_eq!(
            got,
            "| Name | Price | |\n| --- | --- | --- |\n| Tea \\| green | 2 | extra |\n| Coffee | | |\n\nAfter."
        );
    }

    #[test]
    fn code_fences_outgrow_the_backticks_inside() {
        let text = "fn main() {\n    let s = \"```\";\n}";
        let got = md(&[(BlockKind::Preformatted, 1, 0, text)]);
        assert_eq!(got, format!("````\n{text}\n````"));
        let got = md(&[(BlockKind::Preformatted, 1, 0, "# raw\n- raw")]);
        assert_eq!(got, "```\n# raw\n- raw\n```");
    }

    #[test]
    fn lines_of_one_text_paragraph_get_hard_breaks() {
        let got = md(&[
            (BlockKind::Line, 1, 0, "first"),
            (BlockKind::Line, 1, 0, "- second"),
            (BlockKind::Line, 2, 0, "third"),
        ]);
        assert_eq!(got, "first\\\n\\- second\n\nthird");
    }

    #[test]
    fn block_start_needs_a_space_after_a_bullet() {
        assert_eq!(block_start("-x"), None);
        assert_eq!(block_start("-"), Some(0));
        assert_eq!(block_start(""), None);
    }
}
