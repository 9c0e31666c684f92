//! A guard in front of the HTML parser: caps element nesting depth.
//!
//! html5ever looks up the stack of open elements for many start and end
//! tags ("has an element in scope"), so a document nested `n` deep costs time
//! in `n²`: 100,000 nested unclosed `<div>` took 30 s to parse. One linear
//! scan here estimates the nesting depth; when it stays within
//! [`MAX_DEPTH`], the input goes to the parser untouched (the case of every
//! real page). Otherwise a copy is made in which the start tags that would
//! open deeper than [`MAX_DEPTH`] are removed, with as many of the end tags
//! that follow them: their text stays, joined to the block around them.
//!
//! The scan is an estimate, not a parser: it skips comments, doctypes and
//! the raw text of `script`, `style`, `textarea`, `title`, `xmp` and
//! `plaintext`, and knows quoted attribute values; void elements and
//! elements that a sibling closes implicitly (`p`, `li`, `td`, `option` ...)
//! do not count as nesting.
//!
//! PERF: the scan runs on every page before html5ever does, so it touches
//! as few bytes one at a time as it can. Text between tags is skipped with
//! `memchr` for `<`; inside a tag only the name is read byte by byte, and the
//! attributes are skipped with `memchr3` for `>` and the two quotes (then
//! `memchr` for the closing quote); the name is classified by one `match` on
//! a lowercase copy in a stack buffer; the byte after a tag is looked at
//! before `memchr` is called, since four `<` in ten follow a `>`. (A cheaper
//! bound, such as "at most [`MAX_DEPTH`] `<` in the document", holds only
//! where the scan is already cheap, and costs every real page a count.)

use std::borrow::Cow;
use std::ops::Range;

use memchr::memmem;
use once_cell::sync::Lazy;

/// Deepest element nesting passed to the parser by default; deeper start
/// tags are removed. See `Builder::max_depth`.
pub(crate) const MAX_DEPTH: usize = 256;

/// Returns `html` itself when its nesting stays within [`MAX_DEPTH`], else a
/// copy without the start tags (and matching end tags) nested deeper.
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) fn cap(html: &str) -> Cow<'_, str> {
    cap_at(html, MAX_DEPTH)
}

/// As [`cap`], with `max` instead of [`MAX_DEPTH`].
pub(crate) fn cap_at(html: &str, max: usize) -> Cow<'_, str> {
    prepare(html, max, true)
}

/// As [`cap_at`]; with `spare`, the text of `script` and `style` elements is
/// left out too when there is enough of it (see [`spared_body`]).
///
/// PERF: one pass of the scan, which notes the byte ranges to leave out;
/// the copy is made from them, in bulk, only when it is needed (a start tag
/// past `max`) or worth it (at least [`MIN_SPARED`] bytes spared).
pub(crate) fn prepare(html: &str, max: usize, spare: bool) -> Cow<'_, str> {
    let found = scan(html, max, spare);
    if found.deepest <= max && found.spared < MIN_SPARED {
        return Cow::Borrowed(html);
    }
    Cow::Owned(without(html, &found.skips))
}

/// `html` without the byte ranges `skips` (in order, not overlapping).
fn without(html: &str, skips: &[Range<usize>]) -> String {
    let left_out: usize = skips.iter().map(|r| r.len()).sum();
    let mut out = String::with_capacity(html.len().saturating_sub(left_out));
    let mut from = 0usize;
    for skip in skips {
        out.push_str(html.get(from..skip.start).unwrap_or_default());
        from = skip.end;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    out
}

/// The copy [`prepare`] makes with `spare`, whatever the amount spared: for
/// tests that compare the trees of both inputs.
#[cfg(test)]
pub(crate) fn spare_always(html: &str, max: usize) -> String {
    without(html, &scan(html, max, true).skips)
}

/// Bytes of `script` and `style` text from which a copy without them is
/// worth making (see [`spared_body`]).
const MIN_SPARED: usize = 4096;

/// What a pass of [`scan`] found.
struct Found {
    /// The deepest nesting seen.
    deepest: usize,
    /// Bytes of `script` and `style` text the copy leaves out.
    spared: usize,
    /// The byte ranges the copy leaves out, in order: start tags past the
    /// cap and as many end tags after them, and the spared text.
    skips: Vec<Range<usize>>,
}

/// One pass over the tags of `html`; returns the deepest nesting seen and
/// the bytes of `script` and `style` text that a copy can leave out. With
/// the ranges a copy leaves out: start tags past `max` and one end tag for
/// each of them, and that text.
fn scan(html: &str, max: usize, spare: bool) -> Found {
    let bytes = html.as_bytes();
    let mut skips: Vec<Range<usize>> = Vec::new();
    let (mut depth, mut deepest, mut removed) = (0usize, 0usize, 0usize);
    let mut spared = 0usize;
    // Open `svg` and `math` elements: inside them `script` and `style` are
    // foreign elements, whose content is markup.
    // Counted apart: an end tag closes only an element of its own name.
    let mut foreign = [0usize; 2];
    // Inside an element the tokenizer reads as raw text and the scan does
    // not (see [`Tag::opaque`]); after `plaintext`, to the end.
    let (mut opaque, mut plaintext): (Option<&[u8]>, bool) = (None, false);
    // The scan may have lost step with the tokenizer: a raw-text element
    // that the tokenizer may end elsewhere (see [`raw_in_step`]). No text
    // is spared from there on.
    let mut lost = false;
    let mut i = 0usize;
    while let Some(lt) = find(bytes, b'<', i) {
        let Some(tag) = Tag::read(bytes, lt) else {
            i = lt + 1;
            continue;
        };
        let mut drop = false;
        match tag.kind {
            Kind::Start if tag.nesting != Nesting::Flat && !tag.self_closing => {
                if depth >= max {
                    removed += 1;
                    drop = true;
                    deepest = deepest.max(depth + removed);
                } else {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            Kind::End if tag.nesting != Nesting::Flat => {
                if let Some(open) = tag.foreign.and_then(|f| foreign.get_mut(f)) {
                    *open = open.saturating_sub(1);
                }
                if removed > 0 {
                    removed -= 1;
                    drop = true;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            _ => {}
        }
        if drop {
            // PERF: deep nesting drops runs of adjacent tags; one range each.
            match skips.last_mut() {
                Some(last) if last.end == lt => last.end = tag.end,
                _ => skips.push(lt..tag.end),
            }
        }
        if tag.kind == Kind::Start && !tag.self_closing {
            if let Some(open) = tag.foreign.and_then(|f| foreign.get_mut(f)) {
                *open += 1;
            }
        }
        // A comment or CDATA section the tokenizer may end elsewhere.
        lost |= tag.kind == Kind::Other && declaration_out_of_step(bytes, lt, tag.end);
        // A quote that opens no value: the tokenizer may end the tag
        // elsewhere (the scan skips to the closing quote).
        if spare && !lost && tag.kind != Kind::Other && tag.end > tag.name_end + 1 {
            lost |= !bytes
                .get(tag.name_end..tag.end)
                .is_some_and(quotes_open_values);
        }
        // Inside an opaque element the tokenizer reads a raw-text start tag
        // as text, where the scan skips to its end tag.
        lost |=
            opaque.is_some() && tag.kind == Kind::Start && matches!(tag.nesting, Nesting::Raw(_));
        match (tag.kind, tag.opaque) {
            (Kind::Start, Some(name)) if opaque.is_none() => {
                opaque = Some(name);
                plaintext |= name == b"plaintext";
            }
            (Kind::End, Some(name)) if opaque == Some(name) => opaque = None,
            _ => {}
        }
        i = match raw_text_end(bytes, &tag) {
            Some(end) => end,
            None => tag.end,
        };
        if tag.kind == Kind::Start && matches!(tag.nesting, Nesting::Raw(_)) {
            lost |= !raw_in_step(bytes, &tag, i);
            // In `svg` and `math` the tokenizer reads this text as markup;
            // the scan skipped it: in step only if it has no `<`.
            lost |= foreign != [0, 0]
                && bytes
                    .get(tag.end..i)
                    .is_some_and(|text| memchr::memchr(b'<', text).is_some());
        }
        let sparing =
            spare && !lost && !drop && foreign == [0, 0] && opaque.is_none() && !plaintext;
        if sparing && spared_body(bytes, &tag, i) {
            spared += i - tag.end;
            skips.push(tag.end..i);
        }
    }
    Found {
        deepest,
        spared,
        skips,
    }
}

/// True when the tokenizer certainly reads the raw-text element whose start
/// tag is `tag` as the scan does, its text ending at `end`: the start tag's
/// name ends at a space, `/` or `>`; every quote in it opens a value
/// (follows `=`); it is not self-closing (the tokenizer ignores the flag on
/// these elements; the scan does not); `end` is `</` and the name followed
/// by a space, `/` or `>`; and a `script`'s text does not enter the double
/// escaped state of script data (see [`script_in_step`]).
fn raw_in_step(bytes: &[u8], tag: &Tag, end: usize) -> bool {
    let Nesting::Raw(name) = tag.nesting else {
        return true;
    };
    let ends_name = |b: Option<&u8>| {
        matches!(
            b,
            Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
        )
    };
    !tag.self_closing
        && end >= tag.end
        && ends_name(bytes.get(tag.name_end))
        && bytes
            .get(tag.name_end..tag.end)
            .is_some_and(quotes_open_values)
        && bytes.get(end..end + 2) == Some(b"</")
        && bytes
            .get(end + 2..end + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name))
        && ends_name(bytes.get(end + 2 + name.len()))
        && (name != b"script" || bytes.get(tag.end..end).is_some_and(script_in_step))
}

/// True when the tokenizer ends the script data `body` at the first
/// `</script>` after it, as the scan does: unless a `<!--` (the escaped
/// state) is followed by a `<script` (the double-escaped state, where
/// `</script>` does not end the script).
fn script_in_step(body: &[u8]) -> bool {
    let Some(escape) = memmem::find(body, b"<!--") else {
        return true;
    };
    let rest = body.get(escape..).unwrap_or_default();
    !memchr::memchr_iter(b'<', rest).any(|lt| {
        rest.get(lt + 1..lt + 7)
            .is_some_and(|n| n.eq_ignore_ascii_case(b"script"))
    })
}

/// True when the text of the `script` or `style` element whose start tag is
/// `tag`, up to `end`, can be left out of the parser's input without
/// changing the tree beyond emptying that element: the parser spends a
/// tenth of its time on such text (two fifths of the bytes of the average
/// wcxb-dev page), which is never shown. Only when the element is in step
/// ([`raw_in_step`]), and, as [`scan`] sees to, the scan has not lost step
/// before, and the element is not inside `svg` or `math` (where `script`
/// and `style` hold markup) nor inside an element whose text the tokenizer
/// reads raw and the scan does not.
fn spared_body(bytes: &[u8], tag: &Tag, end: usize) -> bool {
    matches!(tag.nesting, Nesting::Raw(b"script" | b"style"))
        && tag.kind == Kind::Start
        && end > tag.end
        && raw_in_step(bytes, tag, end)
}

/// True when the tokenizer may end the markup declaration at `lt`, which
/// the scan ends at `end`, elsewhere: a comment `<!-->`, `<!--->` or with
/// `--!>` inside (sooner), or a CDATA section (at `]]>` in `svg` and
/// `math`, later).
fn declaration_out_of_step(bytes: &[u8], lt: usize, end: usize) -> bool {
    let Some(decl) = bytes.get(lt..end) else {
        return false;
    };
    decl.starts_with(b"<![CDATA[")
        || decl.starts_with(b"<!--")
            && (decl.starts_with(b"<!-->")
                || decl.starts_with(b"<!--->")
                || memmem::find(decl, b"--!>").is_some())
}

/// True when every quote in the attributes `attrs` opens a quoted value
/// (its last non-space byte before it is `=`) and is closed: then the
/// tokenizer ends the tag where [`tag_close`] does.
///
/// PERF: `memchr2` from quote to quote; most tags have none or a few.
fn quotes_open_values(attrs: &[u8]) -> bool {
    let mut i = 0usize;
    while let Some(q) = attrs
        .get(i..)
        .and_then(|rest| memchr::memchr2(b'"', b'\'', rest))
    {
        let at = i + q;
        let before = attrs
            .get(..at)
            .and_then(|a| a.iter().rev().find(|c| !c.is_ascii_whitespace()));
        if before != Some(&b'=') {
            return false;
        }
        let quote = attrs.get(at).copied().unwrap_or(b'"');
        match attrs
            .get(at + 1..)
            .and_then(|rest| memchr::memchr(quote, rest))
        {
            Some(close) => i = at + close + 2,
            None => return false,
        }
    }
    true
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Start,
    End,
    Other,
}

/// What a tag name does to the nesting depth.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Nesting {
    /// A void element, or one that a sibling or parent closes implicitly;
    /// also no name at all.
    Flat,
    /// Any other element.
    Nests,
    /// An element whose content is raw text up to its end tag, named here
    /// in lowercase.
    Raw(&'static [u8]),
}

/// A tag found by the scan: its kind, what its name does to the depth, and
/// the byte just past its `>` (or the end of input).
struct Tag {
    kind: Kind,
    nesting: Nesting,
    end: usize,
    self_closing: bool,
    /// The byte just past the name.
    name_end: usize,
    /// The name is `svg` (0) or `math` (1), any case.
    foreign: Option<usize>,
    /// The name is that of an element whose content the tokenizer reads as
    /// raw text and the scan does not: `iframe`, `noembed`, `noframes`
    /// (not `noscript`: the parser runs with scripting off, and reads its
    /// content as markup); or `plaintext`, which no end tag closes. Its name, in
    /// lowercase.
    opaque: Option<&'static [u8]>,
}

impl Tag {
    /// Reads the tag starting at `bytes[lt] == b'<'`, or `None` when the `<`
    /// does not start markup (then it is text).
    fn read(bytes: &[u8], lt: usize) -> Option<Tag> {
        let next = *bytes.get(lt + 1)?;
        if next == b'!' {
            // A comment ends at `-->`, anything else (doctype, CDATA) at `>`.
            let end = if bytes.get(lt + 2..lt + 4) == Some(b"--") {
                find_comment_end(bytes, lt + 4).map_or(bytes.len(), |e| e + 3)
            } else {
                find(bytes, b'>', lt + 2).map_or(bytes.len(), |e| e + 1)
            };
            return Some(Tag {
                kind: Kind::Other,
                nesting: Nesting::Flat,
                end,
                self_closing: false,
                name_end: lt + 2,
                foreign: None,
                opaque: None,
            });
        }
        let (kind, name_start) = match next {
            b'/' => (Kind::End, lt + 2),
            c if c.is_ascii_alphabetic() => (Kind::Start, lt + 1),
            b'?' => (Kind::Other, lt + 1),
            _ => return None,
        };
        let rest = bytes.get(name_start..)?;
        let name_len = rest.iter().position(|&b| !in_name(b)).unwrap_or(rest.len());
        let nesting = match kind {
            Kind::Other => Nesting::Flat,
            _ => nesting(rest.get(..name_len)?),
        };
        let attributes = name_start + name_len;
        let named = |names: &[&[u8]]| {
            kind != Kind::Other
                && rest
                    .get(..name_len)
                    .is_some_and(|n| names.iter().any(|m| n.eq_ignore_ascii_case(m)))
        };
        let foreign = if named(&[b"svg"]) {
            Some(0)
        } else if named(&[b"math"]) {
            Some(1)
        } else {
            None
        };
        const OPAQUE: [&[u8]; 4] = [b"iframe", b"noembed", b"noframes", b"plaintext"];
        let opaque = OPAQUE.into_iter().find(|&name| named(&[name]));
        if rest.get(name_len) == Some(&b'>') {
            // PERF: no attributes (every end tag, most `<p>`, `<li>` ...).
            return Some(Tag {
                kind,
                nesting,
                end: attributes + 1,
                self_closing: false,
                name_end: attributes,
                foreign,
                opaque,
            });
        }
        let close = tag_close(bytes, attributes);
        // Self-closing: the last byte before `>` that is not a space is `/`.
        let self_closing = bytes
            .get(attributes..close)
            .and_then(|a| a.iter().rev().find(|b| !b.is_ascii_whitespace()))
            == Some(&b'/');
        Some(Tag {
            kind,
            nesting,
            end: (close + 1).min(bytes.len()),
            self_closing,
            name_end: attributes,
            foreign,
            opaque,
        })
    }
}

/// The position of the `>` that closes a tag whose attributes start at
/// `from`, skipping quoted values; the end of input when there is none.
///
/// PERF: `memchr3` jumps over attribute names and unquoted values, `memchr`
/// over quoted ones (long URLs, inline styles, SVG paths).
fn tag_close(bytes: &[u8], from: usize) -> usize {
    let mut j = from;
    while let Some(rest) = bytes.get(j..) {
        let k = match rest.first() {
            Some(b'>' | b'"' | b'\'') => Some(j),
            _ => memchr::memchr3(b'>', b'"', b'\'', rest).map(|k| k + j),
        };
        let Some(k) = k else {
            break;
        };
        match bytes.get(k) {
            Some(&b'>') => return k,
            Some(&quote) => match find(bytes, quote, k + 1) {
                Some(q) => j = q + 1,
                None => break,
            },
            None => break,
        }
    }
    bytes.len()
}

/// For a start tag of a raw-text element, the position of its end tag (the
/// text between is not markup); `None` for other tags.
fn raw_text_end(bytes: &[u8], tag: &Tag) -> Option<usize> {
    let Nesting::Raw(closer) = tag.nesting else {
        return None;
    };
    if tag.kind != Kind::Start || tag.self_closing {
        return None;
    }
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

/// What the element named `name` (any case) does to the nesting depth.
fn nesting(name: &[u8]) -> Nesting {
    // Every name matched below fits; a longer one nests.
    let mut buf = [0u8; 9];
    let Some(lower) = buf.get_mut(..name.len()) else {
        return Nesting::Nests;
    };
    // PERF: a loop, not `copy_from_slice`, which calls `memcpy` here.
    for (to, from) in lower.iter_mut().zip(name) {
        *to = from.to_ascii_lowercase();
    }
    match &*lower {
        b"" | b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"input"
        | b"link" | b"meta" | b"param" | b"source" | b"track" | b"wbr" | b"p" | b"li" | b"dt"
        | b"dd" | b"option" | b"optgroup" | b"tr" | b"td" | b"th" | b"thead" | b"tbody"
        | b"tfoot" | b"rb" | b"rt" | b"rp" | b"colgroup" => Nesting::Flat,
        b"script" => Nesting::Raw(b"script"),
        b"style" => Nesting::Raw(b"style"),
        b"textarea" => Nesting::Raw(b"textarea"),
        b"title" => Nesting::Raw(b"title"),
        b"xmp" => Nesting::Raw(b"xmp"),
        b"plaintext" => Nesting::Raw(b"plaintext"),
        _ => Nesting::Nests,
    }
}

/// True for the bytes of a tag name, as the scan reads it: ASCII letters and
/// digits, `-` and `:`.
///
/// PERF: one table lookup; the byte ranges as a `match` cost the scan 7%
/// more instructions.
fn in_name(b: u8) -> bool {
    NAME_BYTES.get(usize::from(b)).is_some_and(|&yes| yes)
}

/// [`in_name`] for every byte, built at compile time.
static NAME_BYTES: [bool; 256] = name_bytes();

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn name_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    let mut b = 0u8;
    loop {
        table[b as usize] = b.is_ascii_alphanumeric() || b == b'-' || b == b':';
        if b == u8::MAX {
            return table;
        }
        b += 1;
    }
}

/// PERF: memchr, so the scan runs at memory speed between tags; but the
/// first byte is looked at first, since four `<` in ten follow a `>` (and
/// an empty value closes its quote at once), and a call costs more.
fn find(bytes: &[u8], needle: u8, from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    if rest.first() == Some(&needle) {
        return Some(from);
    }
    memchr::memchr(needle, rest).map(|p| p + from)
}

/// The end of a comment, `-->`, from `from` on.
///
/// PERF: the searcher is built once, not at every comment.
fn find_comment_end(bytes: &[u8], from: usize) -> Option<usize> {
    static END: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new(b"-->"));
    END.find(bytes.get(from..)?).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::{cap, in_name, nesting, scan, Nesting, MAX_DEPTH};

    #[test]
    fn real_pages_pass_untouched() {
        let html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><script>if (a<b) x='<div>';</script></body></html>";
        assert!(matches!(cap(html), std::borrow::Cow::Borrowed(_)));
        assert_eq!(scan(html, MAX_DEPTH, false).deepest, 4); // html body div ul
    }

    #[test]
    fn comments_and_quoted_attributes_are_not_tags() {
        let html = "<div title='a > b'><!-- <div><div> --></div>";
        assert_eq!(scan(html, MAX_DEPTH, false).deepest, 1);
    }

    #[test]
    fn deep_nesting_is_capped_and_text_kept() {
        let n = MAX_DEPTH * 3;
        let html = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let capped = cap(&html);
        assert!(capped.contains("deep text"));
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert_eq!(scan(&capped, MAX_DEPTH, false).deepest, MAX_DEPTH);
    }

    #[test]
    fn unclosed_deep_nesting_is_capped() {
        let html = format!("<body>{}text", "<ul><li>".repeat(MAX_DEPTH * 2));
        let capped = cap(&html);
        assert!(capped.ends_with("text"));
        assert!(scan(&capped, MAX_DEPTH, false).deepest <= MAX_DEPTH);
    }

    #[test]
    fn the_cap_is_exact() {
        let exactly = "<div>".repeat(MAX_DEPTH);
        assert_eq!(scan(&exactly, MAX_DEPTH, false).deepest, MAX_DEPTH);
        assert!(matches!(cap(&exactly), std::borrow::Cow::Borrowed(_)));
        let one_more = "<div>".repeat(MAX_DEPTH + 1);
        assert_eq!(cap(&one_more).matches("<div>").count(), MAX_DEPTH);
    }

    #[test]
    fn name_bytes_are_letters_digits_dash_and_colon() {
        for b in 0..=u8::MAX {
            let expected = b.is_ascii_alphanumeric() || b == b'-' || b == b':';
            assert_eq!(in_name(b), expected, "byte {b}");
        }
    }

    #[test]
    fn names_are_classified_in_any_case() {
        assert_eq!(nesting(b"DIV"), Nesting::Nests);
        assert_eq!(nesting(b"Li"), Nesting::Flat);
        assert_eq!(nesting(b""), Nesting::Flat);
        assert_eq!(nesting(b"ScRiPt"), Nesting::Raw(b"script"));
        assert_eq!(nesting(b"plaintext"), Nesting::Raw(b"plaintext"));
        assert_eq!(nesting(b"plaintexts"), Nesting::Nests);
        assert_eq!(nesting(b"my-custom-element"), Nesting::Nests);
    }

    #[test]
    fn attributes_are_skipped_up_to_the_unquoted_close() {
        // `>` and `/` inside quotes are not the end; an unclosed quote runs
        // to the end of input.
        assert_eq!(
            scan("<a href='x>'><div data-x=\"/>\">", MAX_DEPTH, false).deepest,
            2
        );
        assert_eq!(
            scan("<div class='a/' ><div/ ><div >", MAX_DEPTH, false).deepest,
            2
        );
        assert_eq!(
            scan("<div x='unclosed><div><div>", MAX_DEPTH, false).deepest,
            1
        );
        assert_eq!(
            scan("<DIV><Script>'<div>'</SCRIPT ><div>", MAX_DEPTH, false).deepest,
            2
        );
    }

    /// The scan as first written, one byte at a time and one name
    /// comparison per entry of a list: the oracle for the fast path.
    fn naive_scan(html: &str, max: usize, mut out: Option<&mut String>) -> usize {
        const FLAT: [&str; 30] = [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
            "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
            "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "colgroup",
        ];
        const RAW: [&str; 6] = ["script", "style", "textarea", "title", "xmp", "plaintext"];
        let b = html.as_bytes();
        let at = |i: usize| b.get(i).copied();
        let from = |i: usize, s: &str| html.get(i..).and_then(|r| r.find(s)).map(|p| p + i);
        let (mut depth, mut deepest, mut removed, mut copied) = (0, 0, 0, 0);
        let mut i = 0;
        while let Some(lt) = from(i, "<") {
            let next = at(lt + 1);
            let (end_tag, name_start) = match next {
                Some(b'!') => {
                    i = if html.get(lt + 2..lt + 4) == Some("--") {
                        from(lt + 4, "-->").map_or(b.len(), |e| e + 3)
                    } else {
                        from(lt + 2, ">").map_or(b.len(), |e| e + 1)
                    };
                    continue;
                }
                Some(b'/') => (Some(true), lt + 2),
                Some(b'?') => (None, lt + 1),
                Some(c) if c.is_ascii_alphabetic() => (Some(false), lt + 1),
                _ => {
                    i = lt + 1;
                    continue;
                }
            };
            let mut j = name_start;
            while at(j).is_some_and(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b':') {
                j += 1;
            }
            let name = html.get(name_start..j).unwrap_or("").to_ascii_lowercase();
            let (mut quote, mut last) = (None, 0u8);
            while let Some(c) = at(j) {
                match quote {
                    Some(q) if c == q => quote = None,
                    Some(_) => {}
                    None if c == b'"' || c == b'\'' => quote = Some(c),
                    None if c == b'>' => break,
                    None => {}
                }
                if !c.is_ascii_whitespace() {
                    last = c;
                }
                j += 1;
            }
            let end = (j + 1).min(b.len());
            let nests = !name.is_empty() && !FLAT.contains(&name.as_str());
            let self_closing = last == b'/';
            let mut drop = false;
            if end_tag == Some(false) && nests && !self_closing {
                if depth >= max {
                    removed += 1;
                    drop = true;
                    deepest = deepest.max(depth + removed);
                } else {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            } else if end_tag == Some(true) && nests {
                if removed > 0 {
                    removed -= 1;
                    drop = true;
                } else {
                    depth = depth.saturating_sub(1);
                }
            }
            if let Some(out) = out.as_deref_mut() {
                out.push_str(html.get(copied..if drop { lt } else { end }).unwrap_or(""));
                copied = end;
            }
            i = end;
            if end_tag == Some(false) && !self_closing && RAW.contains(&name.as_str()) {
                let closer = format!("</{name}");
                i = b.len();
                let mut k = end;
                while let Some(p) = from(k, "<") {
                    let candidate = html.get(p..p + closer.len());
                    if candidate.is_some_and(|c| c.eq_ignore_ascii_case(&closer)) {
                        i = p;
                        break;
                    }
                    k = p + 1;
                }
                if let Some(out) = out.as_deref_mut() {
                    out.push_str(html.get(copied..i).unwrap_or(""));
                    copied = i;
                }
            }
        }
        if let Some(out) = out {
            out.push_str(html.get(copied..).unwrap_or(""));
        }
        deepest
    }

    #[test]
    fn script_and_style_text_is_spared_only_when_the_tokenizer_agrees() {
        use super::spare_always as spare;
        let cases = [
            (
                "<p>a</p><script>var s = '<div>';</script><p>b</p>",
                "<p>a</p><script></script><p>b</p>",
            ),
            (
                "<SCRIPT type=\"x\">f()</Script >",
                "<SCRIPT type=\"x\"></Script >",
            ),
            (
                "<style media='x'>p{}</style/>",
                "<style media='x'></style/>",
            ),
            (
                "<script src = \"a>b\">x</script>",
                "<script src = \"a>b\"></script>",
            ),
        ];
        for (html, spared) in cases {
            assert_eq!(spare(html, MAX_DEPTH), spared, "{html}");
        }
        // A comment in a script, the old way, is in step.
        assert_eq!(
            spare("<script><!-- f(); //--></script>", MAX_DEPTH),
            "<script></script>"
        );
        let untouched = [
            // the double escaped state of script data
            "<script>a='<!--<script>';</script>b</script>",
            // a quote that opens no value: the tokenizer may end the tag elsewhere
            "<script a\"b>x</script>",
            // the name goes on: not a script
            "<script.x>y</script>",
            // an end tag the tokenizer does not take as one
            "<script>x</scripts>y</script>",
            // inside svg, script and style hold markup
            "<svg><style>p{}</style></svg>",
            "<math><script>x</script></math>",
            // self-closing, unclosed
            "<script/>x</script>",
            "<script>x",
        ];
        for html in untouched {
            assert_eq!(spare(html, MAX_DEPTH), html, "{html}");
        }
        // After the svg closes, sparing resumes.
        assert_eq!(
            spare("<svg><style>a</style></svg><style>b</style>", MAX_DEPTH),
            "<svg><style>a</style></svg><style></style>"
        );
    }

    #[test]
    fn small_amounts_of_script_are_not_worth_a_copy() {
        let small = "<p>a</p><script>f()</script>";
        assert!(matches!(
            super::cap_at(small, MAX_DEPTH),
            std::borrow::Cow::Borrowed(_)
        ));
        let big = format!("<p>a</p><script>{}</script>", "f();".repeat(2000));
        assert_eq!(super::cap_at(&big, MAX_DEPTH), "<p>a</p><script></script>");
        assert_eq!(super::prepare(&big, MAX_DEPTH, false), big);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Fast scan == naive scan, in depth and in the capped copy, with a
        /// small cap so that removal happens often.
        #[test]
        fn fast_scan_equals_naive(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "<div>", "</div>", "<DIV class=\"a\">", "<span id='x'>", "</span>",
                "<p>", "</p>", "<li>", "<br/>", "<div/>", "<img src=x />",
                "<script>", "</script>", "</SCRIPT >", "<style>", "</style",
                "<title>", "<plaintext>", "<xmp>", "</xmp>",
                "<!--", "-->", "<!doctype html>", "<![CDATA[", "]]>", "<?xml ?>",
                "<", ">", "/", "'", "\"", " ", "\n", "=", "-", "x", "é", "</", "<a",
                "<a href=\"/x/\">", "</a>", "<b", "</b >", "<custom-el>", "</custom-el>",
            ]), 0..60),
            max in 0usize..6,
        ) {
            let html: String = parts.concat();
            let mut naive = String::new();
            let found = scan(&html, max, false);
            let depth = found.deepest;
            let fast = super::without(&html, &found.skips);
            proptest::prop_assert_eq!(depth, naive_scan(&html, max, Some(&mut naive)));
            proptest::prop_assert_eq!(&fast, &naive);
            proptest::prop_assert_eq!(scan(&html, max, true).deepest, depth);
            if depth <= max {
                proptest::prop_assert_eq!(&fast, &html);
            }
        }
    }
}
