//! Stage 1: cut the input into [`Block`]s.
//!
//! Both inputs end in the same place: one buffer of normalised text, and
//! blocks that are byte ranges of it.

mod depth;
mod html;
mod normalize;
mod text;

use crate::block::Block;

pub(crate) use html::segment as html;
pub(crate) use text::segment as text;

/// The segmented document: normalised text and the blocks that cut it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Segmented {
    /// Normalised text of every block, each followed by `\n`.
    pub text: String,
    pub blocks: Vec<Block>,
}

impl Segmented {
    fn with_capacity(bytes: usize) -> Self {
        Segmented {
            text: String::with_capacity(bytes),
            blocks: Vec::with_capacity(bytes / 64 + 1),
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
