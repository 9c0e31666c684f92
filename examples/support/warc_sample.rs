//! Builds `tests/fixtures-warc/sample.warc.gz`, the small WARC that the
//! tests of `examples/warc.rs` and CI run the example on, from the crate's
//! own fixture pages (`tests/fixtures/html-*/source.html`).
//!
//! Test-only: `examples/warc.rs` includes it with `#[path]` under
//! `#[cfg(test)]`. To rebuild the bundled file, see
//! `tests/fixtures-warc/README.md`.
//!
//! The records are written by hand, not with the `warc` crate that the
//! example reads with, so that the reader is checked against an independent
//! writer. Dates and record ids are fixed: the uncompressed bytes are the same
//! on every run.

use std::io::Write;

use flate2::write::GzEncoder;
use flate2::Compression;

const ARTICLE: &[u8] = include_bytes!("../../tests/fixtures/html-article/source.html");
const FORUM: &[u8] = include_bytes!("../../tests/fixtures/html-forum-thread/source.html");
const DOCS: &[u8] = include_bytes!("../../tests/fixtures/html-docs-sidebar/source.html");
const FRAGMENT: &[u8] = include_bytes!("../../tests/fixtures/html-fragment-scripts/source.html");
const LISTING: &[u8] = include_bytes!("../../tests/fixtures/html-listing/source.html");

/// A 1x1 transparent GIF (GIF89a, two-colour table, one LZW-coded pixel).
const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff\
    \x21\xf9\x04\x01\x00\x00\x00\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\
    \x02\x02\x44\x01\x00\x3b";

/// The sample, one record after another, uncompressed.
pub fn plain() -> Vec<u8> {
    records().concat()
}

/// The sample as a `.warc.gz`: each record its own gzip member, as crawlers
/// write them.
pub fn gzip() -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    for record in records() {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
        encoder.write_all(&record)?;
        out.extend_from_slice(&encoder.finish()?);
    }
    Ok(out)
}

/// Every record of the sample, in order. What each is for is said beside it;
/// `examples/warc.rs` reads 15 records, cleans 5 pages and skips 4 that are
/// not HTTP responses, 2 whose status is not 200, 2 that are not HTML and 2
/// bad ones.
fn records() -> Vec<Vec<u8>> {
    let mut warc = Writer::default();
    warc.record(
        "warcinfo",
        None,
        "application/warc-fields",
        b"software: dehusk examples/support/warc_sample.rs\r\n\
          format: WARC File Format 1.1\r\n\
          description: test pages from dehusk's tests/fixtures, not a real crawl\r\n",
    );
    // A request: not a response.
    warc.record(
        "request",
        Some("https://example.org/news/html-article"),
        "application/http; msgtype=request",
        b"GET /news/html-article HTTP/1.1\r\nHost: example.org\r\n\
          User-Agent: dehusk-sample\r\nAccept: text/html\r\n\r\n",
    );
    // A page sent as is.
    warc.response(
        "https://example.org/news/html-article",
        "200 OK",
        &["Content-Type: text/html; charset=utf-8"],
        ARTICLE,
    );
    // Text, not HTML.
    warc.response(
        "https://example.org/robots.txt",
        "200 OK",
        &["Content-Type: text/plain"],
        b"User-agent: *\nDisallow: /search\n",
    );
    // A page in chunked transfer-encoding, with a chunk extension and a trailer.
    warc.response(
        "https://example.org/forum/html-forum-thread",
        "200 OK",
        &[
            "Content-Type: text/html; charset=UTF-8",
            "Transfer-Encoding: chunked",
        ],
        &chunked(FORUM, 4096),
    );
    // An image.
    warc.response(
        "https://example.org/logo.gif",
        "200 OK",
        &["Content-Type: image/gif"],
        GIF,
    );
    // A record whose WARC header has a line that is not a field: the reader
    // cannot parse it, and has to find the next record.
    warc.raw(
        b"WARC/1.1\r\n\
          WARC-Type: response\r\n\
          this line is not a header field\r\n\
          Content-Length: 81\r\n\
          \r\n\
          HTTP/1.1 200 OK\r\n\
          Content-Type: text/html\r\n\
          \r\n\
          <html><body><p>lost</p></body></html>\r\n\r\n",
    );
    // A page whose body is gzip-compressed (Content-Encoding).
    warc.response(
        "https://example.org/docs/html-docs-sidebar",
        "200 OK",
        &["Content-Type: text/html", "Content-Encoding: gzip"],
        &gzipped(DOCS),
    );
    // Not found.
    warc.response(
        "https://example.org/missing",
        "404 Not Found",
        &["Content-Type: text/html"],
        b"<html><head><title>Not found</title></head><body><h1>Not found</h1>\
          <p>The page you asked for is not here.</p></body></html>",
    );
    // A redirect, with no body.
    warc.response(
        "https://example.org/old-article",
        "301 Moved Permanently",
        &[
            "Location: https://example.org/news/html-article",
            "Content-Length: 0",
        ],
        b"",
    );
    // A revisit: the same page again, not modified.
    warc.record(
        "revisit",
        Some("https://example.org/news/html-article"),
        "application/http; msgtype=response",
        b"HTTP/1.1 304 Not Modified\r\nETag: \"article-1\"\r\n\r\n",
    );
    // A DNS lookup, as Heritrix records it: a response, but not HTTP.
    warc.record(
        "response",
        Some("dns:example.org"),
        "text/dns",
        b"20240501120000\nexample.org.\t300\tIN\tA\t192.0.2.1\n",
    );
    // A page in windows-1252 (its "café" and "©" are one byte each), said by
    // the header only: the fragment has no <meta charset>.
    warc.response(
        "https://example.org/blog/html-fragment-scripts",
        "200 OK",
        &["Content-Type: text/html; charset=windows-1252"],
        &windows_1252(FRAGMENT),
    );
    // A response record whose block is not an HTTP message.
    warc.record(
        "response",
        Some("https://example.org/broken"),
        "application/http; msgtype=response",
        b"this is not an HTTP response\r\n\r\n<p>Nor is this.</p>",
    );
    // XHTML.
    warc.response(
        "https://example.org/shop/html-listing",
        "200 OK",
        &["Content-Type: application/xhtml+xml; charset=utf-8"],
        LISTING,
    );
    warc.records
}

/// Writes records with fixed dates and ids, numbered from 1.
#[derive(Default)]
struct Writer {
    records: Vec<Vec<u8>>,
}

impl Writer {
    /// A record of type `kind` holding `block`.
    fn record(&mut self, kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]) {
        let n = self.records.len() + 1;
        let mut record = format!(
            "WARC/1.1\r\n\
             WARC-Type: {kind}\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{n:012}>\r\n\
             WARC-Date: 2024-05-01T12:00:{n:02}Z\r\n"
        );
        if let Some(uri) = uri {
            record.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
        }
        record.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        ));
        let mut record = record.into_bytes();
        record.extend_from_slice(block);
        record.extend_from_slice(b"\r\n\r\n");
        self.records.push(record);
    }

    /// A `response` record: an HTTP/1.1 response with `status`, `fields` and `body`.
    fn response(&mut self, uri: &str, status: &str, fields: &[&str], body: &[u8]) {
        let mut block = format!("HTTP/1.1 {status}\r\n");
        for field in fields {
            block.push_str(field);
            block.push_str("\r\n");
        }
        block.push_str("\r\n");
        let mut block = block.into_bytes();
        block.extend_from_slice(body);
        self.record(
            "response",
            Some(uri),
            "application/http; msgtype=response",
            &block,
        );
    }

    /// A record written exactly as given (to make a malformed one).
    fn raw(&mut self, record: &[u8]) {
        self.records.push(record.to_vec());
    }
}

/// `body` in chunks of `size` bytes; the first chunk-size line carries an
/// extension and the last chunk a trailer field, both to be ignored.
fn chunked(body: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, chunk) in body.chunks(size).enumerate() {
        let extension = if i == 0 { ";note=first" } else { "" };
        out.extend_from_slice(format!("{:x}{extension}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\nX-Trailer: ignored\r\n\r\n");
    out
}

/// `body` compressed as one gzip member.
fn gzipped(body: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(body);
    encoder.finish().unwrap_or_default()
}

/// `page` (UTF-8) re-encoded in windows-1252.
fn windows_1252(page: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(page);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable, "the page has characters windows-1252 lacks");
    bytes.into_owned()
}
