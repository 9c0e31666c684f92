//! A guard in front of the HTML parser: caps element nesting depth.
//!
//! html5ever looks up the stack of open elements for many start and end
//! tags ("has an element in scope"), so a document nested `n` deep costs time
//! in `n²`: 100,000 nested unclosed `<div>` took 30 s to parse. One linear
//! scan here estimates the nesting depth; when it stays within
//! [`MAX_DEPTH`], the input goes to the parser untouched (the case of every
//! real page). Otherwise a copy is made in which the start tags that would
//! open deeper than [`MAX_DEPTH`] are removed, with as many of the end tags
//! that follow them: their text stays, joined to the block around it.
//!
//! The scan is an estimate, not a parser: it skips comments, doctypes and
//! the raw text of `script`, `style`, `textarea`, `title`, `xmp` and
//! `plaintext`, and knows quoted attribute values; void elements and
//! elements that a sibling closes implicitly (`p`, `li`, `td`, `option` ...)
//! do not count as nesting.

use std::borrow::Cow;

/// Deepest element nesting passed to the parser; deeper start tags are removed.
pub(crate) const MAX_DEPTH: usize = 256;

/// Returns `html` itself when its nesting stays within [`MAX_DEPTH`], else a
/// copy without the start tags (and matching end tags) nested deeper.
pub(crate) fn cap(html: &str) -> Cow<'_, str> {
    if scan(html, None) <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    scan(html, Some(&mut out));
    Cow::Owned(out)
}

/// One pass over the tags of `html`; returns the deepest nesting seen. With
/// `out`, copies `html` there, leaving out start tags past [`MAX_DEPTH`] and
/// one end tag for each of them.
fn scan(html: &str, mut out: Option<&mut String>) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest, mut removed) = (0usize, 0usize, 0usize);
    let mut copied = 0usize; // bytes of `html` already handled for `out`
    let mut i = 0usize;
    while let Some(lt) = find(bytes, b'<', i) {
        let Some(tag) = Tag::read(bytes, lt) else {
            i = lt + 1;
            continue;
        };
        let mut drop = false;
        match tag.kind {
            Kind::Start if opens_scope(tag.name) && !tag.self_closing => {
                if depth >= MAX_DEPTH {
                    removed += 1;
                    drop = true;
                    deepest = deepest.max(depth + removed);
                } else {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            Kind::End if opens_scope(tag.name) => {
                if removed > 0 {
                    removed -= 1;
                    drop = true;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            _ => {}
        }
        if let Some(out) = out.as_deref_mut() {
            let keep_until = if drop { lt } else { tag.end };
            if let Some(part) = html.get(copied..keep_until) {
                out.push_str(part);
            }
            copied = tag.end;
        }
        i = match raw_text_end(bytes, &tag) {
            Some(end) => end,
            None => tag.end,
        };
        if let (Some(out), true) = (out.as_deref_mut(), i > copied) {
            if let Some(part) = html.get(copied..i) {
                out.push_str(part);
            }
            copied = i;
        }
    }
    if let Some(out) = out {
        if let Some(rest) = html.get(copied..) {
            out.push_str(rest);
        }
    }
    deepest
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Start,
    End,
    Other,
}

/// A tag found by the scan: its kind, lowercase-insensitive name bytes, and
/// the byte just past its `>` (or the end of input).
struct Tag<'a> {
    kind: Kind,
    name: &'a [u8],
    end: usize,
    self_closing: bool,
}

impl<'a> Tag<'a> {
    /// Reads the tag starting at `bytes[lt] == b'<'`, or `None` when the `<`
    /// does not start markup (then it is text).
    fn read(bytes: &'a [u8], lt: usize) -> Option<Tag<'a>> {
        let next = *bytes.get(lt + 1)?;
        if next == b'!' {
            // A comment ends at `-->`, anything else (doctype, CDATA) at `>`.
            let end = if bytes.get(lt + 2..lt + 4) == Some(b"--") {
                find_seq(bytes, b"-->", lt + 4).map_or(bytes.len(), |e| e + 3)
            } else {
                find(bytes, b'>', lt + 2).map_or(bytes.len(), |e| e + 1)
            };
            return Some(Tag {
                kind: Kind::Other,
                name: b"",
                end,
                self_closing: false,
            });
        }
        let (kind, name_start) = match next {
            b'/' => (Kind::End, lt + 2),
            c if c.is_ascii_alphabetic() => (Kind::Start, lt + 1),
            b'?' => (Kind::Other, lt + 1),
            _ => return None,
        };
        let name_len = bytes
            .get(name_start..)?
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-' || **b == b':')
            .count();
        let name = bytes.get(name_start..name_start + name_len)?;
        // Find the closing `>`, skipping quoted attribute values.
        let mut j = name_start + name_len;
        let mut quote: Option<u8> = None;
        let mut last = 0u8;
        while let Some(&b) = bytes.get(j) {
            match quote {
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => quote = Some(b),
                None if b == b'>' => break,
                None => {}
            }
            if !b.is_ascii_whitespace() {
                last = b;
            }
            j += 1;
        }
        Some(Tag {
            kind,
            name,
            end: (j + 1).min(bytes.len()),
            self_closing: last == b'/',
        })
    }
}

/// For a start tag of a raw-text element, the position of its end tag (the
/// text between is not markup); `None` for other tags.
fn raw_text_end(bytes: &[u8], tag: &Tag<'_>) -> Option<usize> {
    if tag.kind != Kind::Start || tag.self_closing {
        return None;
    }
    let closer: &[u8] = [
        &b"script"[..],
        b"style",
        b"textarea",
        b"title",
        b"xmp",
        b"plaintext",
    ]
    .into_iter()
    .find(|raw| raw.eq_ignore_ascii_case(tag.name))?;
    let mut i = tag.end;
    while let Some(lt) = find(bytes, b'<', i) {
        let matches = bytes
            .get(lt + 2..lt + 2 + closer.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(closer));
        if bytes.get(lt + 1) == Some(&b'/') && matches {
            return Some(lt);
        }
        i = lt + 1;
    }
    Some(bytes.len())
}

/// Elements that nest: everything but void elements and those a sibling
/// or parent closes implicitly.
fn opens_scope(name: &[u8]) -> bool {
    const FLAT: [&[u8]; 30] = [
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"p",
        b"li",
        b"dt",
        b"dd",
        b"option",
        b"optgroup",
        b"tr",
        b"td",
        b"th",
        b"thead",
        b"tbody",
        b"tfoot",
        b"rb",
        b"rt",
        b"rp",
        b"colgroup",
    ];
    !name.is_empty() && !FLAT.iter().any(|f| f.eq_ignore_ascii_case(name))
}

/// PERF: memchr, so the scan runs at memory speed between tags.
fn find(bytes: &[u8], needle: u8, from: usize) -> Option<usize> {
    memchr::memchr(needle, bytes.get(from..)?).map(|p| p + from)
}

fn find_seq(bytes: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::{cap, scan, MAX_DEPTH};

    #[test]
    fn real_pages_pass_untouched() {
        let html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><script>if (a<b) x='<div>';</script></body></html>";
        assert!(matches!(cap(html), std::borrow::Cow::Borrowed(_)));
        assert_eq!(scan(html, None), 4); // html body div ul
    }

    #[test]
    fn comments_and_quoted_attributes_are_not_tags() {
        let html = "<div title='a > b'><!-- <div><div> --></div>";
        assert_eq!(scan(html, None), 1);
    }

    #[test]
    fn deep_nesting_is_capped_and_text_kept() {
        let n = MAX_DEPTH * 3;
        let html = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let capped = cap(&html);
        assert!(capped.contains("deep text"));
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert_eq!(scan(&capped, None), MAX_DEPTH);
    }

    #[test]
    fn unclosed_deep_nesting_is_capped() {
        let html = format!("<body>{}text", "<ul><li>".repeat(MAX_DEPTH * 2));
        let capped = cap(&html);
        assert!(capped.ends_with("text"));
        assert!(scan(&capped, None) <= MAX_DEPTH);
    }
}
