//! Bytes to text: which charset a page is in, and the page decoded.
//!
//! A crawler holds bytes and, often, the `Content-Type` header they came
//! with. [`decode`] picks the encoding with the first of these rules that
//! applies:
//!
//! 1. **Byte order mark.** A UTF-8 (`EF BB BF`), UTF-16LE (`FF FE`) or
//!    UTF-16BE (`FE FF`) BOM decides, whatever the page declares. The BOM is
//!    not part of the text.
//! 2. **The `Content-Type` header.** The `charset` parameter of the header's
//!    value, as in `text/html; charset=Shift_JIS`: parameter name in any
//!    case, value with or without double quotes. The first `charset`
//!    parameter counts; a `Content-Type: ` prefix is tolerated.
//! 3. **`<meta>` in the first 1,024 bytes.** `<meta charset=...>`, or
//!    `<meta http-equiv="Content-Type" content="...; charset=...">`, found by
//!    the WHATWG prescan (HTML Standard, "prescan a byte stream to determine
//!    its encoding"), followed closely: tag and attribute names in any case,
//!    values quoted with `"` or `'` or not quoted; comments (`<!-- -->`),
//!    end tags, `<!...>` and `<?...>` are skipped, and so are the attributes
//!    of other tags, so a `<meta` inside a comment or an attribute value does
//!    not count. A `content` charset counts only with
//!    `http-equiv="content-type"` on the same tag; the first of `charset` and
//!    `content` wins. A label that names no encoding is passed over and the
//!    scan goes on. A `<meta>` that starts before byte 1,024 but ends after
//!    it is not seen.
//! 4. **Nothing declared.** Bytes that are valid UTF-8 (pure ASCII included)
//!    are UTF-8 ([`Source::Default`]); so are bytes that are valid UTF-8 up
//!    to a multi-byte character cut off at the very end, as when a crawler
//!    truncates a page, provided at least one complete non-ASCII character
//!    comes before the cut. Anything else goes to the `chardetng` detector
//!    ([`Source::Detected`]), fed from the start of the page up to 64 KiB
//!    past its first non-ASCII byte, with a generic top-level domain (no
//!    TLD hint), UTF-8 allowed as an answer and ISO-2022-JP not.
//!
//! Labels (header and meta alike) are resolved by the WHATWG Encoding
//! Standard, as `encoding_rs::Encoding::for_label` does: case-insensitive,
//! surrounding whitespace ignored, so `latin1`, `iso-8859-1` and `ascii`
//! mean windows-1252, `utf8` means UTF-8, `gb2312` means GBK, `sjis` means
//! Shift_JIS. On top of that:
//!
//! - a label that names no encoding is ignored, and the next rule applies;
//! - a label of the "replacement" encoding (`iso-2022-kr`, `hz-gb-2312`,
//!   ...) is ignored too: a browser decodes such a page to a single U+FFFD
//!   as a guard against script injection, which leaves an extractor no text
//!   at all;
//! - `x-user-defined` means windows-1252 (WHATWG says so for `<meta>`; the
//!   header gets the same, since the browser's reading, bytes mapped to the
//!   Private Use Area, is no text either);
//! - a UTF-16 label in a `<meta>` means UTF-8 (WHATWG: a page whose `<meta>`
//!   could be read as ASCII is not in UTF-16). In the header, UTF-16 (little
//!   endian for plain `utf-16`) is honoured;
//! - a declared ASCII-compatible encoding other than UTF-8 (header or meta)
//!   gives way to UTF-8 when the bytes are valid UTF-8 with at least one
//!   non-ASCII character (allowing a character cut off at the end, as
//!   above); the source is then [`Source::Detected`]. Text in a legacy
//!   encoding is practically never valid UTF-8 by chance, while pages
//!   re-encoded to UTF-8 that kept their old `<meta charset=iso-8859-1>` are
//!   common in crawls; honouring the label would turn every "é" into "Ã©".
//!
//! Decoding is encoding_rs's: malformed sequences become U+FFFD, never an
//! error. The text is borrowed, not copied, when the input is valid UTF-8
//! decoded as UTF-8, or ASCII-only in an ASCII-compatible encoding.
//!
//! PERF: a page with no BOM, no header charset and no `<meta>` costs one
//! UTF-8 validation pass (`str::from_utf8`) and no copy when it is valid
//! UTF-8. A page declared UTF-8 costs the 1,024-byte prescan and one
//! validation pass, also without a copy. The detector runs only on pages
//! that declare nothing and are not UTF-8, and sees at most 64 KiB of
//! non-ASCII text.

use std::borrow::Cow;

use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{Encoding, REPLACEMENT, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};

/// How far into the page the `<meta>` prescan looks.
const META_SCAN_BYTES: usize = 1024;

/// How many bytes past the first non-ASCII byte the detector sees.
const DETECT_BYTES: usize = 64 * 1024;

/// Where the encoding of a [`Decoded`] page came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// A byte order mark.
    Bom,
    /// The `charset` parameter of the `Content-Type` header.
    ContentType,
    /// A `<meta>` in the first 1,024 bytes.
    Meta,
    /// Looked at the bytes: chardetng's guess for an undeclared page that is
    /// not UTF-8, or UTF-8 when the bytes are UTF-8 despite a legacy label.
    Detected,
    /// Nothing declared and the bytes are UTF-8 (or ASCII): read as UTF-8.
    Default,
}

/// A page decoded to text, with the encoding used and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Decoded<'a> {
    /// The text, borrowed from the input when no conversion was needed.
    pub(crate) text: Cow<'a, str>,
    /// The encoding the bytes were decoded with.
    pub(crate) encoding: &'static Encoding,
    /// Which rule chose the encoding (read by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) source: Source,
}

/// Decodes `bytes`, choosing the encoding by the rules of the module docs:
/// BOM, then `content_type`'s charset, then `<meta>`, then detection.
/// Never fails: malformed sequences become U+FFFD.
pub(crate) fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Decoded<'a> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let rest = bytes.get(bom_len..).unwrap_or_default();
        return decode_with(encoding, rest, Source::Bom);
    }
    let declared = content_type
        .and_then(header_charset)
        .map(|encoding| (encoding, Source::ContentType))
        .or_else(|| meta_charset(bytes).map(|encoding| (encoding, Source::Meta)));
    match declared {
        Some((encoding, source)) => decode_declared(bytes, encoding, source),
        None => decode_undeclared(bytes),
    }
}

fn decode_with<'a>(encoding: &'static Encoding, bytes: &'a [u8], source: Source) -> Decoded<'a> {
    let (text, _malformed) = encoding.decode_without_bom_handling(bytes);
    Decoded {
        text,
        encoding,
        source,
    }
}

/// A declared encoding, unless a legacy label sits on UTF-8 bytes.
fn decode_declared<'a>(
    bytes: &'a [u8],
    encoding: &'static Encoding,
    source: Source,
) -> Decoded<'a> {
    if encoding != UTF_8 && encoding.is_ascii_compatible() {
        match read_utf8(bytes) {
            Utf8::Valid(text) if !text.is_ascii() => {
                return Decoded {
                    text: Cow::Borrowed(text),
                    encoding: UTF_8,
                    source: Source::Detected,
                }
            }
            Utf8::Truncated => return decode_with(UTF_8, bytes, Source::Detected),
            Utf8::Valid(_) | Utf8::Invalid => {}
        }
    }
    decode_with(encoding, bytes, source)
}

/// Nothing declared: UTF-8 if the bytes are UTF-8, else chardetng's guess.
fn decode_undeclared(bytes: &[u8]) -> Decoded<'_> {
    match read_utf8(bytes) {
        Utf8::Valid(text) => Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8,
            source: Source::Default,
        },
        Utf8::Truncated => decode_with(UTF_8, bytes, Source::Default),
        Utf8::Invalid => decode_with(detect(bytes), bytes, Source::Detected),
    }
}

/// How `bytes` read as UTF-8.
enum Utf8<'a> {
    /// Valid UTF-8, ASCII included.
    Valid(&'a str),
    /// Valid UTF-8 with at least one complete non-ASCII character, up to a
    /// multi-byte character cut off at the very end.
    Truncated,
    /// Anything else.
    Invalid,
}

fn read_utf8(bytes: &[u8]) -> Utf8<'_> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Utf8::Valid(text),
        Err(e)
            if e.error_len().is_none()
                && bytes
                    .get(..e.valid_up_to())
                    .is_some_and(|valid| !valid.is_ascii()) =>
        {
            Utf8::Truncated
        }
        Err(_) => Utf8::Invalid,
    }
}

/// chardetng's guess from the start of `bytes` to 64 KiB past the first
/// non-ASCII byte (the detector skips the ASCII before it cheaply).
fn detect(bytes: &[u8]) -> &'static Encoding {
    let end = Encoding::ascii_valid_up_to(bytes)
        .saturating_add(DETECT_BYTES)
        .min(bytes.len());
    let window = bytes.get(..end).unwrap_or(bytes);
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(window, end == bytes.len());
    detector.guess(None, Utf8Detection::Allow)
}

/// Where a label was found: the rules differ a little (module docs).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Origin {
    Header,
    Meta,
}

/// The encoding a label names, with the module's rules on top of WHATWG's.
fn resolve(label: &[u8], origin: Origin) -> Option<&'static Encoding> {
    let encoding = Encoding::for_label(label)?;
    if encoding == REPLACEMENT {
        None
    } else if encoding == X_USER_DEFINED {
        Some(WINDOWS_1252)
    } else if origin == Origin::Meta && (encoding == UTF_16LE || encoding == UTF_16BE) {
        Some(UTF_8)
    } else {
        Some(encoding)
    }
}

/// The encoding named by the first `charset` parameter of a `Content-Type`
/// value, if it names one.
fn header_charset(content_type: &str) -> Option<&'static Encoding> {
    let label = content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim();
        Some(
            value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(value),
        )
    })?;
    resolve(label.as_bytes(), Origin::Header)
}

/// The encoding declared by a `<meta>` in the first 1,024 bytes, found by
/// the WHATWG prescan.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let mut scan = Prescan {
        bytes: bytes.get(..META_SCAN_BYTES).unwrap_or(bytes),
        at: 0,
    };
    loop {
        // PERF: jump from `<` to `<`; text between tags is never looked at.
        scan.at += memchr::memchr(b'<', scan.rest())?;
        let rest = scan.rest();
        if rest.starts_with(b"<!--") {
            // From the second dash, so that `<!-->` is a whole comment.
            scan.at += 2;
            scan.skip_past(b"-->")?;
        } else if is_meta_start(rest) {
            scan.at += 6;
            if let Some(encoding) = scan.meta() {
                return Some(encoding);
            }
        } else if is_tag_start(rest) {
            scan.at += 1;
            scan.skip_tag();
        } else if matches!(rest.get(1), Some(b'!' | b'/' | b'?')) {
            scan.skip_past(b">")?;
        } else {
            scan.at += 1;
        }
    }
}

/// `<meta` followed by whitespace or `/`, in any case.
fn is_meta_start(rest: &[u8]) -> bool {
    rest.get(..5)
        .is_some_and(|tag| tag.eq_ignore_ascii_case(b"<meta"))
        && rest
            .get(5)
            .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/')
}

/// `<` and a letter, or `</` and a letter.
fn is_tag_start(rest: &[u8]) -> bool {
    match rest.get(1) {
        Some(b) if b.is_ascii_alphabetic() => true,
        Some(b'/') => rest.get(2).is_some_and(u8::is_ascii_alphabetic),
        _ => false,
    }
}

/// The prescan's position in the first 1,024 bytes.
struct Prescan<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Prescan<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.at..).unwrap_or_default()
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_whitespace()) {
            self.at += 1;
        }
    }

    /// Moves past the next `needle`; `None` if there is none.
    fn skip_past(&mut self, needle: &[u8]) -> Option<()> {
        let found = memchr::memmem::find(self.rest(), needle)?;
        self.at += found + needle.len();
        Some(())
    }

    /// Skips the name and attributes of a tag other than `<meta`; `at` is on
    /// the byte after `<`.
    fn skip_tag(&mut self) {
        while self
            .peek()
            .is_some_and(|b| !b.is_ascii_whitespace() && b != b'>')
        {
            self.at += 1;
        }
        while self.attribute().is_some() {}
    }

    /// The attributes of a `<meta>`, and the encoding they declare; `at` is
    /// past `<meta` and the byte after it.
    fn meta(&mut self) -> Option<&'static Encoding> {
        let mut seen: Vec<Vec<u8>> = Vec::new();
        let mut got_pragma = false;
        let mut need_pragma: Option<bool> = None;
        let mut label: Option<Vec<u8>> = None;
        while let Some((name, value)) = self.attribute() {
            if seen.contains(&name) {
                continue;
            }
            match name.as_slice() {
                b"http-equiv" => got_pragma |= value == b"content-type",
                b"content" if label.is_none() => {
                    if let Some(found) = charset_in_content(&value) {
                        label = Some(found.to_vec());
                        need_pragma = Some(true);
                    }
                }
                b"charset" if label.is_none() => {
                    label = Some(value);
                    need_pragma = Some(false);
                }
                _ => {}
            }
            seen.push(name);
        }
        match need_pragma {
            Some(true) if !got_pragma => None,
            Some(_) => resolve(&label?, Origin::Meta),
            None => None,
        }
    }

    /// The prescan's "get an attribute": name and value lower-cased; `None`
    /// at `>` or at the end of the bytes.
    fn attribute(&mut self) -> Option<(Vec<u8>, Vec<u8>)> {
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_whitespace() || b == b'/')
        {
            self.at += 1;
        }
        if self.peek()? == b'>' {
            return None;
        }
        let mut name = Vec::new();
        let mut value = Vec::new();
        loop {
            match self.peek()? {
                b'=' if !name.is_empty() => {
                    self.at += 1;
                    break;
                }
                b if b.is_ascii_whitespace() => {
                    self.skip_spaces();
                    if self.peek() != Some(b'=') {
                        return Some((name, value));
                    }
                    self.at += 1;
                    break;
                }
                b'/' | b'>' => return Some((name, value)),
                b => {
                    name.push(b.to_ascii_lowercase());
                    self.at += 1;
                }
            }
        }
        self.skip_spaces();
        match self.peek()? {
            quote @ (b'"' | b'\'') => {
                self.at += 1;
                loop {
                    let b = self.peek()?;
                    self.at += 1;
                    if b == quote {
                        return Some((name, value));
                    }
                    value.push(b.to_ascii_lowercase());
                }
            }
            b'>' => return Some((name, value)),
            _ => {}
        }
        loop {
            match self.peek()? {
                b if b.is_ascii_whitespace() || b == b'>' => return Some((name, value)),
                b => {
                    value.push(b.to_ascii_lowercase());
                    self.at += 1;
                }
            }
        }
    }
}

/// The HTML Standard's "extract a character encoding from a meta element"
/// on a lower-cased `content` value: the label after `charset=`.
fn charset_in_content(content: &[u8]) -> Option<&[u8]> {
    let mut at = 0;
    loop {
        at += memchr::memmem::find(content.get(at..)?, b"charset")? + b"charset".len();
        let after = content.get(at..)?;
        let after = after.trim_ascii_start();
        let Some(value) = after.strip_prefix(b"=") else {
            continue;
        };
        let value = value.trim_ascii_start();
        return match *value.first()? {
            quote @ (b'"' | b'\'') => {
                let inner = value.get(1..)?;
                inner.get(..memchr::memchr(quote, inner)?)
            }
            _ => value
                .split(|&b| b.is_ascii_whitespace() || b == b';')
                .next(),
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{
        EUC_JP, GBK, ISO_8859_2, KOI8_R, KOI8_U, SHIFT_JIS, WINDOWS_1250, WINDOWS_1251,
    };

    /// `text` encoded in `encoding` (encoding_rs encodes UTF-16 as UTF-8, so
    /// those two are made by hand).
    fn encode(text: &str, encoding: &'static Encoding) -> Vec<u8> {
        if encoding == UTF_16LE {
            text.encode_utf16().flat_map(u16::to_le_bytes).collect()
        } else if encoding == UTF_16BE {
            text.encode_utf16().flat_map(u16::to_be_bytes).collect()
        } else {
            let (bytes, used, unmappable) = encoding.encode(text);
            assert_eq!(used, encoding);
            assert!(!unmappable, "{text:?} is not all in {}", encoding.name());
            bytes.into_owned()
        }
    }

    fn page(meta: &str, body: &str) -> String {
        format!("<!doctype html><html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>")
    }

    const RUSSIAN: &str = "Вчера вечером в городе прошёл сильный дождь, и к утру река вышла из берегов. \
        Жители нижних улиц перенесли вещи на вторые этажи, а спасатели до полудня возили людей на лодках. \
        По словам синоптиков, погода улучшится только к концу недели, когда ветер сменится на северный.";

    const JAPANESE: &str = "昨日の夜、町では強い雨が降り続き、朝には川の水があふれました。\
        低い通りに住む人々は荷物を二階に運び、救助隊は昼まで小舟で住民を運びました。\
        気象台によると、天気が回復するのは週末になってからで、それまでは注意が必要だということです。";

    #[test]
    fn a_utf8_bom_decides_and_is_dropped() {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(page("<meta charset=koi8-r>", "café").as_bytes());
        let d = decode(&bytes, Some("text/html; charset=iso-8859-2"));
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Bom));
        assert!(d.text.starts_with("<!doctype"));
        assert!(d.text.contains("café"));
        assert!(matches!(d.text, Cow::Borrowed(_)));
    }

    #[test]
    fn utf16_boms_decide_both_byte_orders() {
        for (encoding, bom) in [(UTF_16LE, b"\xFF\xFE"), (UTF_16BE, b"\xFE\xFF")] {
            let mut bytes = bom.to_vec();
            bytes.extend(encode(&page("", RUSSIAN), encoding));
            let d = decode(&bytes, Some("text/html; charset=windows-1252"));
            assert_eq!((d.encoding, d.source), (encoding, Source::Bom));
            assert!(d.text.starts_with("<!doctype"));
            assert!(d.text.contains("прошёл сильный дождь"));
        }
    }

    #[test]
    fn the_header_charset_beats_the_meta() {
        let bytes = encode(&page("<meta charset=windows-1251>", RUSSIAN), KOI8_R);
        let d = decode(&bytes, Some("text/html; charset=KOI8-R"));
        assert_eq!((d.encoding, d.source), (KOI8_R, Source::ContentType));
        assert!(d.text.contains("Жители нижних улиц"));
    }

    #[test]
    fn header_parameters_are_parsed_loosely() {
        for header in [
            "text/html;charset=Shift_JIS",
            "text/html; CHARSET=\"shift_jis\"",
            "text/html ; charset = sjis ; foo=bar",
            "text/html; foo=\"bar\"; charset=x-sjis",
            "Content-Type: text/html; charset=shift_jis",
        ] {
            assert_eq!(header_charset(header), Some(SHIFT_JIS), "{header}");
        }
        for header in [
            "text/html",
            "charset=shift_jis",
            "text/html; xcharset=sjis",
            "",
        ] {
            assert_eq!(header_charset(header), None, "{header}");
        }
    }

    #[test]
    fn an_unknown_header_label_falls_through_to_the_meta() {
        let bytes = encode(&page("<meta charset=\"EUC-JP\">", JAPANESE), EUC_JP);
        let d = decode(&bytes, Some("text/html; charset=no-such-thing"));
        assert_eq!((d.encoding, d.source), (EUC_JP, Source::Meta));
        assert!(d.text.contains("救助隊"));
    }

    #[test]
    fn meta_charset_in_every_spelling() {
        for meta in [
            "<meta charset=gbk>",
            "<META CHARSET=\"GBK\">",
            "<meta charset='gb2312'/>",
            "<meta\tcharset = gbk >",
            "<meta name=x charset=gbk>",
            "<Meta/charset=GBK>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
            "<meta content='text/html;charset=\"gb2312\"' http-equiv='content-type'>",
            "<meta http-equiv=content-type content=text/html;charset=gbk>",
        ] {
            assert_eq!(meta_charset(page(meta, "").as_bytes()), Some(GBK), "{meta}");
        }
    }

    #[test]
    fn metas_that_declare_nothing() {
        for meta in [
            // content without http-equiv="content-type"
            "<meta content=\"text/html; charset=gbk\">",
            "<meta http-equiv=refresh content=\"0; charset=gbk\">",
            // in a comment, in another tag's attribute value
            "<!-- <meta charset=gbk> -->",
            "<link title=\"<meta charset=gbk>\">",
            "<metadata charset=gbk>",
            "<meta charset=no-such-label>",
            "<meta charset=>",
        ] {
            assert_eq!(meta_charset(page(meta, "").as_bytes()), None, "{meta}");
        }
    }

    #[test]
    fn the_first_attribute_and_the_first_declaration_win() {
        let first =
            "<meta charset=koi8-r content=\"text/html; charset=gbk\" http-equiv=content-type>";
        assert_eq!(meta_charset(page(first, "").as_bytes()), Some(KOI8_R));
        let twice = "<meta charset=koi8-r charset=gbk>";
        assert_eq!(meta_charset(page(twice, "").as_bytes()), Some(KOI8_R));
        let unknown_then_good = "<meta charset=nonsense><meta charset=gbk>";
        assert_eq!(
            meta_charset(page(unknown_then_good, "").as_bytes()),
            Some(GBK)
        );
        let comment_then_real = "<!--><meta charset=koi8-r>";
        assert_eq!(
            meta_charset(page(comment_then_real, "").as_bytes()),
            Some(KOI8_R)
        );
    }

    #[test]
    fn only_the_first_1024_bytes_are_scanned() {
        let padding = format!("<!-- {} -->", "x".repeat(1000));
        let late = page(&format!("{padding}<meta charset=koi8-r>"), "");
        assert_eq!(meta_charset(late.as_bytes()), None);
        let early = page(&format!("<meta charset=koi8-r>{padding}"), "");
        assert_eq!(meta_charset(early.as_bytes()), Some(KOI8_R));
    }

    #[test]
    fn a_meta_only_page_decodes_by_its_meta() {
        let bytes = encode(
            &page("<meta charset=iso-8859-2>", "Źdźbło trawy, gęśl i jaźń."),
            ISO_8859_2,
        );
        let d = decode(&bytes, None);
        assert_eq!((d.encoding, d.source), (ISO_8859_2, Source::Meta));
        assert!(d.text.contains("Źdźbło trawy, gęśl i jaźń."));
    }

    #[test]
    fn latin1_and_ascii_mean_windows_1252() {
        for label in ["latin1", "ISO-8859-1", "us-ascii", "x-user-defined"] {
            assert_eq!(
                resolve(label.as_bytes(), Origin::Meta),
                Some(WINDOWS_1252),
                "{label}"
            );
            assert_eq!(
                resolve(label.as_bytes(), Origin::Header),
                Some(WINDOWS_1252),
                "{label}"
            );
        }
        // 0x80 and 0x93/0x94 are windows-1252, not ISO-8859-1's C1 controls.
        let bytes = b"<meta charset=latin1><p>\x93Caf\xe9\x94 costs 3 \x80.</p>";
        let d = decode(bytes, None);
        assert_eq!((d.encoding, d.source), (WINDOWS_1252, Source::Meta));
        assert!(d.text.contains("\u{201c}Café\u{201d} costs 3 €."));
    }

    #[test]
    fn utf16_in_a_meta_means_utf8_but_not_in_the_header() {
        assert_eq!(resolve(b"utf-16", Origin::Meta), Some(UTF_8));
        assert_eq!(resolve(b"UTF-16BE", Origin::Meta), Some(UTF_8));
        assert_eq!(resolve(b"utf-16", Origin::Header), Some(UTF_16LE));
        let bytes = encode(&page("", RUSSIAN), UTF_16BE);
        let d = decode(&bytes, Some("text/html; charset=utf-16be"));
        assert_eq!((d.encoding, d.source), (UTF_16BE, Source::ContentType));
        assert!(d.text.contains("прошёл"));
    }

    #[test]
    fn replacement_labels_are_ignored() {
        assert_eq!(resolve(b"iso-2022-kr", Origin::Header), None);
        assert_eq!(resolve(b"hz-gb-2312", Origin::Meta), None);
        let bytes = page("<meta charset=iso-2022-kr>", "plain words");
        let d = decode(bytes.as_bytes(), Some("text/html; charset=csiso2022kr"));
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Default));
        assert!(d.text.contains("plain words"));
    }

    #[test]
    fn undeclared_utf8_is_borrowed() {
        for text in ["", "plain ASCII", "prošlo je, café, 東京"] {
            let d = decode(text.as_bytes(), None);
            assert_eq!((d.encoding, d.source), (UTF_8, Source::Default));
            assert!(matches!(d.text, Cow::Borrowed(t) if t == text));
        }
    }

    #[test]
    fn declared_utf8_is_borrowed_and_malformed_bytes_become_u_fffd() {
        let text = page("<meta charset=utf-8>", "café");
        let d = decode(text.as_bytes(), None);
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Meta));
        assert!(matches!(d.text, Cow::Borrowed(_)));
        let d = decode(b"<meta charset=utf-8><p>caf\xe9 \xff ok</p>", None);
        assert!(d.text.contains("caf\u{FFFD} \u{FFFD} ok"));
    }

    #[test]
    fn a_character_cut_at_the_end_is_still_utf8() {
        let mut bytes = "Stra\u{df}e und Fl\u{fc}sse ".as_bytes().to_vec();
        bytes.extend(&"€".as_bytes()[..2]);
        let d = decode(&bytes, None);
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Default));
        assert_eq!(d.text, "Straße und Flüsse \u{FFFD}");
        // But a lone high byte at the end, after ASCII only, is not UTF-8.
        let d = decode(b"Le caf\xe9", None);
        assert_eq!((d.encoding, d.source), (WINDOWS_1252, Source::Detected));
        assert_eq!(d.text, "Le café");
    }

    #[test]
    fn a_legacy_label_on_utf8_bytes_gives_way() {
        let text = page("<meta charset=iso-8859-1>", "Don’t panic, it’s café time.");
        let d = decode(text.as_bytes(), None);
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Detected));
        assert!(d.text.contains("Don’t panic, it’s café time."));
        let d = decode(text.as_bytes(), Some("text/html; charset=windows-1250"));
        assert_eq!((d.encoding, d.source), (UTF_8, Source::Detected));
        // ASCII-only bytes keep their label: every reading is the same text.
        let ascii = page("<meta charset=iso-8859-1>", "plain");
        let d = decode(ascii.as_bytes(), None);
        assert_eq!((d.encoding, d.source), (WINDOWS_1252, Source::Meta));
        assert!(matches!(d.text, Cow::Borrowed(_)));
    }

    #[test]
    fn undeclared_legacy_pages_are_detected() {
        let polish =
            "Zażółć gęślą jaźń. Źdźbło trawy rośnie na łące, gdzie pasą się krowy i kozy. \
            Wczoraj padał deszcz, a dziś świeci słońce nad całą okolicą.";
        // chardetng answers KOI8-U for KOI8-R: a superset, same Russian text.
        for (text, encoding, detected) in [
            (RUSSIAN, WINDOWS_1251, WINDOWS_1251),
            (RUSSIAN, KOI8_R, KOI8_U),
            (JAPANESE, SHIFT_JIS, SHIFT_JIS),
            (JAPANESE, EUC_JP, EUC_JP),
            (polish, WINDOWS_1250, WINDOWS_1250),
        ] {
            let bytes = encode(&page("", text), encoding);
            let d = decode(&bytes, None);
            assert_eq!(
                (d.encoding, d.source),
                (detected, Source::Detected),
                "{text}"
            );
            assert!(d.text.contains(text));
        }
    }

    #[test]
    fn detection_looks_past_a_long_ascii_head() {
        let script = format!("<script>{}</script>", "var x = 1;\n".repeat(20_000));
        let bytes = encode(&page(&script, RUSSIAN), WINDOWS_1251);
        assert!(bytes.len() > 2 * DETECT_BYTES);
        let d = decode(&bytes, None);
        assert_eq!((d.encoding, d.source), (WINDOWS_1251, Source::Detected));
        assert!(d.text.contains(RUSSIAN));
    }

    #[test]
    fn charset_in_content_follows_the_standard() {
        let cases: [(&[u8], Option<&[u8]>); 8] = [
            (b"text/html; charset=gbk", Some(b"gbk")),
            (b"text/html;charset = 'koi8-r' ; x", Some(b"koi8-r")),
            (b"charset=\"gbk\"", Some(b"gbk")),
            (b"text/html; charset", None),
            (b"text/html; charset=", None),
            (b"text/html; charset=\"gbk", None),
            (b"charsetx; charset=gbk", Some(b"gbk")),
            (b"text/html", None),
        ];
        for (content, label) in cases {
            assert_eq!(
                charset_in_content(content),
                label,
                "{:?}",
                String::from_utf8_lossy(content)
            );
        }
    }

    #[test]
    fn every_prefix_of_a_tricky_head_is_safe() {
        let head = "<!doctype html><!--a--><?xml x?></x><a href='<meta' b=\"c\" d=e f><meta / http-equiv = 'Content-Type' content=\"text/html; charset='koi8-r'\" >";
        assert_eq!(meta_charset(head.as_bytes()), Some(KOI8_R));
        for end in 0..head.len() {
            let prefix = head.as_bytes().get(..end).unwrap_or_default();
            let _ = meta_charset(prefix);
            let _ = decode(prefix, Some(";;=;charset"));
        }
    }
}
