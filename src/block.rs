//! Plain data passed between the stages: blocks and their labels.

use std::ops::Range;

/// Whether a block is part of the main content.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Label};
///
/// let cleaned = Cleaner::default().clean_text("Leave a Reply")?;
/// assert!(cleaned.blocks().all(|b| b.label() == Label::Dropped));
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Label {
    /// Main content: the block is in the output.
    Kept,
    /// Boilerplate: the block is left out.
    Dropped,
}

impl Label {
    /// A short, stable name: `"kept"` or `"dropped"`, as in the JSON output
    /// (`Cleaned::to_json`, with the `serde` feature).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(dehusk::Label::Kept.name(), "kept");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Label::Kept => "kept",
            Label::Dropped => "dropped",
        }
    }
}

/// What kind of element a block came from.
///
/// # Example
///
/// ```
/// use dehusk::{BlockKind, Cleaner};
///
/// let cleaned = Cleaner::default().clean("<h1>Title</h1><p>Body text.</p>")?;
/// let kinds: Vec<BlockKind> = cleaned.blocks().map(|b| b.kind()).collect();
/// assert_eq!(kinds, [BlockKind::Heading, BlockKind::Paragraph]);
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlockKind {
    /// A line of a plain-text input.
    Line,
    /// An HTML heading, `<h1>` to `<h6>`.
    Heading,
    /// An HTML list item or definition-list entry.
    ListItem,
    /// An HTML table cell, `<td>` or `<th>`; the cells of one row are output
    /// on one line, separated by a tab.
    TableCell,
    /// Preformatted text, `<pre>`: kept verbatim, line breaks and all.
    Preformatted,
    /// Any other HTML block: a paragraph, a `<div>`, a blockquote.
    Paragraph,
}

impl BlockKind {
    /// A short, stable name: `"line"`, `"heading"`, `"list-item"`,
    /// `"table-cell"`, `"preformatted"` or `"paragraph"`, as in the JSON
    /// output (`Cleaned::to_json`, with the `serde` feature).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(dehusk::BlockKind::ListItem.name(), "list-item");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Line => "line",
            BlockKind::Heading => "heading",
            BlockKind::ListItem => "list-item",
            BlockKind::TableCell => "table-cell",
            BlockKind::Preformatted => "preformatted",
            BlockKind::Paragraph => "paragraph",
        }
    }
}

/// One block of the input: a line of a text dump, or the text of one HTML block.
///
/// The text lives in the segmented document's buffer; `span` is its byte range
/// there, so blocks hold no strings of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// Byte range of the normalised text in the segment buffer.
    pub span: Range<usize>,
    /// Blocks with the same number were in one paragraph of the input (text
    /// mode: no blank line between them); output keeps them on adjacent lines.
    pub paragraph: u32,
    /// Where the block starts in the input: 1-based line (text) or 0 (HTML).
    pub line: u32,
    pub kind: BlockKind,
}
