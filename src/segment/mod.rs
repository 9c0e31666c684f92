//! Stage 1: cut the input into [`Block`]s.
//!
//! Both inputs end in the same place: one buffer of normalised text, and
//! blocks that are byte ranges of it.

mod depth;
mod html;
mod normalize;
mod text;

use crate::block::Block;
use crate::rule::Husk;

/// Cuts a plain-text input into blocks, with no limit on their number.
pub(crate) fn text(input: &str) -> Segmented {
    text::segment(input, usize::MAX)
}

/// Cuts an HTML document into blocks, with no limit on their number.
#[allow(dead_code)] // the benchmarks' entry point, in `bench_api`
pub(crate) fn html(input: &str) -> Segmented {
    html::segment(input, usize::MAX, depth::MAX_DEPTH)
}

/// As [`text()`], with at most `max_blocks` blocks (see [`Segmented::overflow`]).
pub(crate) fn text_limited(input: &str, max_blocks: usize) -> Segmented {
    text::segment(input, max_blocks)
}

/// As [`html()`], with at most `max_blocks` blocks (see [`Segmented::overflow`])
/// and element nesting flattened past `max_depth`.
pub(crate) fn html_limited(input: &str, max_blocks: usize, max_depth: usize) -> Segmented {
    html::segment(input, max_blocks, max_depth)
}

/// The segmented document: normalised text and the blocks that cut it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Segmented {
    /// Normalised text of every block, each followed by `\n`.
    pub text: String,
    pub blocks: Vec<Block>,
    /// HTML only: what the markup says about each block, parallel to
    /// `blocks`; empty for plain text.
    pub markup: Vec<Markup>,
    /// HTML only: the document's `<title>`.
    pub title: Option<String>,
    /// The input had more blocks than the limit; those past it were left out.
    pub overflow: bool,
}

/// What the markup says about one HTML block.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Markup {
    /// The chrome of the innermost marked element around the block, if any.
    pub husk: Option<Husk>,
    /// Inside the page's main-content elements (when they are plausible).
    pub main: bool,
    /// Inside the page's article-body elements (when they are plausible).
    pub body: bool,
    /// Non-space characters of link text.
    pub link_chars: u32,
    /// Heading level, 1 to 6, or 0.
    pub heading: u8,
    /// One of several blocks with the same path of tags and classes: an
    /// item of a listing or grid (see the HTML segmenter).
    pub record: bool,
}

impl Segmented {
    fn with_capacity(bytes: usize, blocks: usize) -> Self {
        Segmented {
            text: String::with_capacity(bytes),
            blocks: Vec::with_capacity(blocks),
            markup: Vec::new(),
            title: None,
            overflow: false,
        }
    }

    /// The text of one block.
    pub fn text_of(&self, block: &Block) -> &str {
        self.text.get(block.span.clone()).unwrap_or("")
    }
}

/// True when `input` should be read as HTML.
///
/// The rule: skipping a BOM and leading whitespace, the input starts with `<`
/// followed by an ASCII letter, `!` or `?` (a tag, a doctype, a comment, an XML
/// declaration); or its first 1,024 bytes contain `<html`, `<head`, `<body` or
/// `<!doctype`, in any case. Anything else is plain text.
pub(crate) fn looks_like_html(input: &str) -> bool {
    let trimmed = input.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let mut chars = trimmed.chars();
    if chars.next() == Some('<') {
        if let Some(c) = chars.next() {
            if c.is_ascii_alphabetic() || c == '!' || c == '?' {
                return true;
            }
        }
    }
    let head = input.as_bytes();
    let head = head.get(..1024).unwrap_or(head);
    const MARKERS: [&[u8]; 4] = [b"<html", b"<head", b"<body", b"<!doctype"];
    head.windows(5).enumerate().any(|(i, w)| {
        w.first() == Some(&b'<')
            && MARKERS.iter().any(|m| {
                head.get(i..i + m.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(m))
            })
    })
}

#[cfg(test)]
mod tests {
    use super::looks_like_html;

    #[test]
    fn html_is_detected() {
        assert!(looks_like_html("<!DOCTYPE html><html></html>"));
        assert!(looks_like_html("\u{feff}  <html lang=en>"));
        assert!(looks_like_html("<p>Hello</p>"));
        assert!(looks_like_html("<!-- c -->"));
        assert!(looks_like_html("garbage first\n<HTML><body>x</body>"));
    }

    #[test]
    fn text_is_not_html() {
        assert!(!looks_like_html("Share this:\n\nLike this:"));
        assert!(!looks_like_html("1 < 2 and 3 > 2"));
        assert!(!looks_like_html("< not a tag"));
        assert!(!looks_like_html(""));
        assert!(!looks_like_html("Use the <b> tag for bold."));
    }
}
