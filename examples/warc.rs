//! Cleans every HTML page of a WARC file and writes JSON Lines: one object
//! per page, `{"url": …, "language": …, "title": …, "text": …}`.
//!
//! ```text
//! cargo run --example warc -- crawl.warc.gz > pages.jsonl
//! cargo run --example warc -- crawl.warc > pages.jsonl
//! cat crawl.warc.gz | cargo run --example warc -- - > pages.jsonl
//! ```
//!
//! What is read:
//! - the file as is, or gzip-compressed (the usual `.warc.gz`, one gzip
//!   member per record), told apart by its first two bytes, not its name;
//! - every record with the `warc` crate; those of type `response` whose block
//!   is an HTTP response (`Content-Type: application/http`, or none) are
//!   cleaned when the status is 200 and the HTTP `Content-Type` is
//!   `text/html` or `application/xhtml+xml`;
//! - the HTTP head is parsed here: a status line of any HTTP version
//!   (`HTTP/1.1 200 OK`, `HTTP/2 200`), fields ending in CRLF or a bare LF;
//!   fields that are not UTF-8 or have no colon, and folded continuation
//!   lines, are ignored; the first of repeated fields wins;
//! - `Transfer-Encoding: chunked` is decoded (chunk extensions and trailer
//!   fields dropped); `Content-Encoding` `gzip`, `x-gzip` and `deflate` (zlib
//!   or raw) are decompressed. A body that is not in the coding its header
//!   names (some archivers store the decoded body under the original header)
//!   is taken as is, and a body cut short (a truncated record) keeps what was
//!   decoded. Other codings (`br`, `zstd` …) make the record bad;
//! - the body then goes to [`Cleaner::clean_bytes`] with the `Content-Type`
//!   header, which carries the charset.
//!
//! `url` is the record's `WARC-Target-URI` (`null` when it has none), `title`
//! the page's `<title>` (`null` when it has none), `language` the ISO 639-1
//! code of the language it was cleaned as (`Cleaned::language`: detected,
//! English when unsure). Other records are skipped and counted: not an HTTP response
//! (`warcinfo`, `request`, `revisit`, `metadata`, DNS …), a status other than
//! 200, not HTML. A bad record (a WARC header the reader cannot parse, an HTTP
//! head without a status line, an unsupported coding, a page the cleaner
//! refuses) is reported on standard error and skipped: the run goes on with
//! the next record. A run of unreadable bytes counts as one bad record. Only a
//! read error of the input itself (a damaged gzip stream, a disk error) stops
//! the run early, with exit code 1.
//!
//! Standard error gets a progress line when it is a terminal, and a summary at
//! the end. Each record is held in memory whole while it is processed.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Cursor, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use dehusk::{Cleaner, DEFAULT_MAX_INPUT_BYTES};
use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};
use warc::{RawRecordHeader, WarcHeader, WarcReader};

const USAGE: &str = "usage: warc FILE.warc[.gz] | -";

/// How often the progress line is redrawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(200);

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = match (args.next(), args.next()) {
        (Some(path), None) if path != "-h" && path != "--help" => path,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    let input: Box<dyn BufRead> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        match File::open(&path) {
            Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
            Err(e) => {
                eprintln!("warc: {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    };
    let input = match decompressed(input) {
        Ok(input) => input,
        Err(e) => {
            eprintln!("warc: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let stderr = io::stderr();
    let progress = stderr.is_terminal();
    let mut out = BufWriter::new(io::stdout().lock());
    let tally = match convert(
        input,
        &Cleaner::default(),
        &mut out,
        &mut stderr.lock(),
        progress,
    )
    .and_then(|tally| out.flush().map(|()| tally))
    {
        Ok(tally) => tally,
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("warc: writing output: {e}");
            return ExitCode::FAILURE;
        }
    };
    eprintln!("warc: {}", tally.summary());
    if tally.stopped {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `input`, gunzipped when it starts with the gzip magic bytes. A `.warc.gz`
/// is a series of gzip members, one per record: `MultiGzDecoder` reads them
/// all as one stream.
fn decompressed<'a>(mut input: Box<dyn BufRead + 'a>) -> io::Result<Box<dyn BufRead + 'a>> {
    let mut magic = [0u8; 2];
    let mut len = 0;
    while len < magic.len() {
        match input.read(&mut magic[len..])? {
            0 => break,
            n => len += n,
        }
    }
    let whole = Cursor::new(magic[..len].to_vec()).chain(input);
    Ok(if magic[..len] == [0x1f, 0x8b] {
        Box::new(BufReader::with_capacity(
            1 << 16,
            MultiGzDecoder::new(whole),
        ))
    } else {
        Box::new(whole)
    })
}

/// What a run did: records read, pages written, records skipped by reason.
#[derive(Debug, Default, PartialEq)]
struct Tally {
    records: u64,
    pages: u64,
    not_http_response: u64,
    not_200: u64,
    not_html: u64,
    bad: u64,
    /// Reading stopped early on a read error of the input.
    stopped: bool,
}

impl Tally {
    fn summary(&self) -> String {
        format!(
            "{} records, {} pages cleaned; skipped {} not an HTTP response, \
             {} status not 200, {} not HTML, {} bad{}",
            self.records,
            self.pages,
            self.not_http_response,
            self.not_200,
            self.not_html,
            self.bad,
            if self.stopped { "; stopped early" } else { "" }
        )
    }
}

/// Reads every WARC record of `input`, writes one JSON line per cleaned page
/// to `out`, reports bad records (and, with `progress`, a progress line that
/// redraws itself) to `log`. Fails only when writing to `out` fails.
fn convert(
    input: impl BufRead,
    cleaner: &Cleaner,
    out: &mut impl Write,
    log: &mut impl Write,
    progress: bool,
) -> io::Result<Tally> {
    let mut tally = Tally::default();
    let mut records = WarcReader::new(input).iter_raw_records();
    // Inside a run of unreadable bytes, after a bad WARC header: the reader
    // skips to the next line that is empty and tries again there, until it
    // finds a record; the whole run counts as one bad record.
    let mut resyncing = false;
    let mut drawn = Instant::now();
    loop {
        // The `warc` crate can panic on a hostile header (a Content-Length
        // near `usize::MAX` overflows an addition): a bad record, not the end.
        let next = panic::catch_unwind(AssertUnwindSafe(|| records.next()));
        let record = match next {
            Ok(None) => break,
            Ok(Some(Ok(record))) => Ok(record),
            Ok(Some(Err(warc::Error::ReadData(e)))) => {
                let message = format!("reading stopped after record {}: {e}", tally.records);
                report(log, progress, &message);
                tally.stopped = true;
                break;
            }
            Ok(Some(Err(e))) => Err(format!(
                "bad WARC record ({})",
                e.to_string().trim_end_matches('.')
            )),
            Err(_) => Err("the WARC reader panicked on it".to_string()),
        };
        let (header, block) = match record {
            Ok(record) => record,
            Err(why) => {
                if !resyncing {
                    tally.records += 1;
                    tally.bad += 1;
                    let message = format!(
                        "record {}: {why}, skipped up to the next record",
                        tally.records
                    );
                    report(log, progress, &message);
                }
                resyncing = true;
                continue;
            }
        };
        resyncing = false;
        tally.records += 1;
        match page(&header, &block, cleaner) {
            Ok(page) => {
                write_json_line(out, &page)?;
                tally.pages += 1;
            }
            Err(Skip::NotHttpResponse) => tally.not_http_response += 1,
            Err(Skip::Not200) => tally.not_200 += 1,
            Err(Skip::NotHtml) => tally.not_html += 1,
            Err(Skip::Bad(why)) => {
                tally.bad += 1;
                let url = field(&header, WarcHeader::TargetURI).unwrap_or_default();
                let message = format!("record {} ({url}): {why}, skipped", tally.records);
                report(log, progress, &message);
            }
        }
        if progress && drawn.elapsed() >= PROGRESS_EVERY {
            drawn = Instant::now();
            let _ = write!(
                log,
                "\r{} records, {} pages cleaned",
                tally.records, tally.pages
            );
            let _ = log.flush();
        }
    }
    if progress {
        let _ = write!(log, "{CLEAR_LINE}");
    }
    Ok(tally)
}

/// Goes back to the start of a terminal's line and clears it.
const CLEAR_LINE: &str = "\r\x1b[K";

/// Writes `message` to `log` on a line of its own, over the progress line
/// when there is one.
fn report(log: &mut impl Write, progress: bool, message: &str) {
    let clear = if progress { CLEAR_LINE } else { "" };
    // Standard error going away is no reason to stop.
    let _ = writeln!(log, "{clear}warc: {message}");
}

/// One cleaned page.
#[derive(Debug)]
struct Page {
    url: Option<String>,
    /// The ISO 639-1 code of the language the page was cleaned as.
    language: &'static str,
    title: Option<String>,
    text: String,
}

/// Why a record gave no page.
#[derive(Debug, PartialEq)]
enum Skip {
    /// Not a `response` record, or one whose block is not HTTP.
    NotHttpResponse,
    /// An HTTP status other than 200.
    Not200,
    /// Not `text/html` or `application/xhtml+xml`.
    NotHtml,
    /// Unreadable or refused, and why.
    Bad(String),
}

/// The page that `block`, the content of a WARC record with `header`, holds.
fn page(header: &RawRecordHeader, block: &[u8], cleaner: &Cleaner) -> Result<Page, Skip> {
    let is_response = field(header, WarcHeader::WarcType)
        .is_some_and(|kind| kind.trim().eq_ignore_ascii_case("response"));
    let is_http = field(header, WarcHeader::ContentType)
        .is_none_or(|ty| media_type(&ty) == "application/http");
    if !(is_response && is_http) {
        return Err(Skip::NotHttpResponse);
    }
    let head = parse_head(block).map_err(Skip::Bad)?;
    if head.status != 200 {
        return Err(Skip::Not200);
    }
    let content_type = head.content_type.filter(|ty| {
        matches!(
            media_type(ty).as_str(),
            "text/html" | "application/xhtml+xml"
        )
    });
    let Some(content_type) = content_type else {
        return Err(Skip::NotHtml);
    };
    let body = block.get(head.body_start..).unwrap_or_default();
    let body = payload(&head, body, DEFAULT_MAX_INPUT_BYTES).map_err(Skip::Bad)?;
    let cleaned = cleaner
        .clean_bytes(&body, Some(content_type))
        .map_err(|e| Skip::Bad(e.to_string()))?;
    let url = field(header, WarcHeader::TargetURI).map(|uri| {
        // WARC 1.0's examples wrap the URI in angle brackets; some writers copied that.
        let uri = uri.trim();
        let unwrapped = uri.strip_prefix('<').and_then(|u| u.strip_suffix('>'));
        unwrapped.unwrap_or(uri).to_string()
    });
    Ok(Page {
        url,
        language: cleaned.language().code(),
        title: cleaned.title().map(str::to_string),
        text: cleaned.into_text(),
    })
}

/// A WARC header field's value, decoded as UTF-8 lossily (the `warc` crate's
/// own `Record::header` panics on a value that is not UTF-8).
fn field(header: &RawRecordHeader, name: WarcHeader) -> Option<Cow<'_, str>> {
    header
        .headers
        .get(&name)
        .map(|value| String::from_utf8_lossy(value))
}

/// The media type of a Content-Type value, lowercased: `text/html` for
/// `text/html; charset=utf-8`.
fn media_type(content_type: &str) -> String {
    let end = content_type.find(';').unwrap_or(content_type.len());
    content_type[..end].trim().to_ascii_lowercase()
}

/// Writes `page` as one line of JSON, fields in a fixed order.
fn write_json_line(out: &mut impl Write, page: &Page) -> io::Result<()> {
    out.write_all(b"{\"url\":")?;
    serde_json::to_writer(&mut *out, &page.url)?;
    out.write_all(b",\"language\":")?;
    serde_json::to_writer(&mut *out, &page.language)?;
    out.write_all(b",\"title\":")?;
    serde_json::to_writer(&mut *out, &page.title)?;
    out.write_all(b",\"text\":")?;
    serde_json::to_writer(&mut *out, &page.text)?;
    out.write_all(b"}\n")
}

/// What this example needs of an HTTP response head.
#[derive(Debug, PartialEq)]
struct Head<'a> {
    status: u16,
    content_type: Option<&'a str>,
    transfer_encoding: Option<&'a str>,
    content_encoding: Option<&'a str>,
    /// Where the body starts in the block.
    body_start: usize,
}

/// Parses the HTTP response head at the start of `block` (see the module
/// docs for what is accepted). A head that runs to the end of the block
/// without an empty line ends there, with an empty body.
fn parse_head(block: &[u8]) -> Result<Head<'_>, String> {
    let mut pos = 0;
    let status_line = next_line(block, &mut pos).unwrap_or_default();
    let status = parse_status(status_line).ok_or_else(|| {
        let shown = String::from_utf8_lossy(&status_line[..status_line.len().min(40)]);
        format!("no HTTP status line (found {shown:?})")
    })?;
    let mut head = Head {
        status,
        content_type: None,
        transfer_encoding: None,
        content_encoding: None,
        body_start: block.len(),
    };
    while let Some(line) = next_line(block, &mut pos) {
        if line.is_empty() {
            head.body_start = pos;
            break;
        }
        if line.starts_with(b" ") || line.starts_with(b"\t") {
            continue; // a folded continuation line
        }
        let Some((name, value)) = std::str::from_utf8(line)
            .ok()
            .and_then(|line| line.split_once(':'))
        else {
            continue;
        };
        let slot = match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => &mut head.content_type,
            "transfer-encoding" => &mut head.transfer_encoding,
            "content-encoding" => &mut head.content_encoding,
            _ => continue,
        };
        slot.get_or_insert(value.trim());
    }
    Ok(head)
}

/// The status code of a status line such as `HTTP/1.1 200 OK`.
fn parse_status(line: &[u8]) -> Option<u16> {
    let mut parts = std::str::from_utf8(line).ok()?.split_ascii_whitespace();
    let version = parts.next()?;
    let code = parts.next()?;
    if !version.starts_with("HTTP/") || code.len() != 3 {
        return None;
    }
    code.parse().ok()
}

/// The line of `bytes` that starts at `*pos`, without its CRLF or LF, and
/// moves `*pos` past it; `None` at the end.
fn next_line<'a>(bytes: &'a [u8], pos: &mut usize) -> Option<&'a [u8]> {
    let rest = bytes.get(*pos..).filter(|rest| !rest.is_empty())?;
    let (line, len) = match rest.iter().position(|&b| b == b'\n') {
        Some(end) => (&rest[..end], end + 1),
        None => (rest, rest.len()),
    };
    *pos += len;
    Some(line.strip_suffix(b"\r").unwrap_or(line))
}

/// The body as the server meant it: de-chunked, then decompressed to at most
/// `limit + 1` bytes (the cleaner refuses anything over `limit`).
fn payload<'a>(head: &Head, body: &'a [u8], limit: usize) -> Result<Cow<'a, [u8]>, String> {
    let mut data = Cow::Borrowed(body);
    for coding in codings(head.transfer_encoding) {
        match coding.as_str() {
            "chunked" => {
                if let Some(decoded) = dechunk(&data) {
                    data = Cow::Owned(decoded);
                }
            }
            "identity" => {}
            _ => return Err(format!("unsupported Transfer-Encoding {coding:?}")),
        }
    }
    let codings: Vec<String> = codings(head.content_encoding).collect();
    match codings.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] | ["identity"] => Ok(data),
        ["gzip" | "x-gzip"] if !data.starts_with(&[0x1f, 0x8b]) => Ok(data),
        ["gzip" | "x-gzip"] => inflate(MultiGzDecoder::new(&data[..]), limit).map(Cow::Owned),
        // `deflate` should be zlib-wrapped, but some servers send raw deflate.
        ["deflate"] if is_zlib(&data) => {
            inflate(ZlibDecoder::new(&data[..]), limit).map(Cow::Owned)
        }
        ["deflate"] => inflate(DeflateDecoder::new(&data[..]), limit).map(Cow::Owned),
        _ => Err(format!(
            "unsupported Content-Encoding {:?}",
            head.content_encoding.unwrap_or_default()
        )),
    }
}

/// The codings of a Transfer-Encoding or Content-Encoding value, lowercased.
fn codings(value: Option<&str>) -> impl Iterator<Item = String> + '_ {
    value
        .unwrap_or_default()
        .split(',')
        .map(|coding| coding.trim().to_ascii_lowercase())
        .filter(|coding| !coding.is_empty())
}

/// Whether `data` starts with a zlib header (RFC 1950): method 8, and the
/// first two bytes, big-endian, a multiple of 31.
fn is_zlib(data: &[u8]) -> bool {
    match data {
        [cmf, flg, ..] => cmf & 0x0f == 8 && (u16::from(*cmf) << 8 | u16::from(*flg)) % 31 == 0,
        _ => false,
    }
}

/// Everything `decoder` gives, up to `limit + 1` bytes. Data cut short or
/// damaged midway keeps what was decoded before; nothing decodable is an error.
fn inflate(decoder: impl Read, limit: usize) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    match decoder.take(limit as u64 + 1).read_to_end(&mut out) {
        Err(e) if out.is_empty() => Err(format!("compressed body: {e}")),
        _ => Ok(out),
    }
}

/// Decodes a chunked body (RFC 9112, 7.1): a size line in hex (extensions
/// after `;` ignored), that many bytes and a line end, and so on up to the
/// zero-size chunk; trailer fields are dropped. `None` when `body` does not
/// start with a size line: it is not chunked, whatever its header says. A
/// body cut short, or broken midway, keeps what was decoded up to there.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut pos = 0;
    let first = next_line(body, &mut pos).and_then(chunk_size)?;
    let mut size = first;
    while size > 0 {
        let end = pos.saturating_add(size).min(body.len());
        out.extend_from_slice(&body[pos..end]);
        pos = end;
        // The line end after the data.
        let rest = &body[pos..];
        pos += if rest.starts_with(b"\r\n") {
            2
        } else {
            usize::from(rest.starts_with(b"\n"))
        };
        match next_line(body, &mut pos).and_then(chunk_size) {
            Some(next) => size = next,
            None => break,
        }
    }
    Some(out)
}

/// The size on a chunk-size line such as `1f4` or `1f4;name=value`.
fn chunk_size(line: &[u8]) -> Option<usize> {
    let line = std::str::from_utf8(line).ok()?;
    let hex = line.split(';').next()?.trim();
    if hex.is_empty() || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    usize::from_str_radix(hex, 16).ok()
}

#[cfg(test)]
#[path = "support/warc_sample.rs"]
mod sample;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    use flate2::write::GzEncoder;
    use flate2::Compression;

    /// The folder of the bundled WARC and its expected output.
    fn fixtures() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures-warc")
    }

    /// Runs the example's logic on `warc` (plain or gzip): its JSON Lines,
    /// what it reported, and its tally.
    fn run(warc: &[u8]) -> (String, String, Tally) {
        let input = decompressed(Box::new(warc)).unwrap();
        let (mut out, mut log) = (Vec::new(), Vec::new());
        let tally = convert(input, &Cleaner::default(), &mut out, &mut log, false).unwrap();
        (
            String::from_utf8(out).unwrap(),
            String::from_utf8(log).unwrap(),
            tally,
        )
    }

    /// What the sample holds (see `support/warc_sample.rs`).
    const SAMPLE_TALLY: Tally = Tally {
        records: 15,
        pages: 5,
        not_http_response: 4,
        not_200: 2,
        not_html: 2,
        bad: 2,
        stopped: false,
    };

    #[test]
    fn bundled_sample_gives_the_expected_output() {
        let warc = std::fs::read(fixtures().join("sample.warc.gz")).unwrap();
        let expected = std::fs::read_to_string(fixtures().join("sample.expected.jsonl")).unwrap();
        let (out, log, tally) = run(&warc);
        assert!(
            out == expected,
            "the output differs from tests/fixtures-warc/sample.expected.jsonl; \
             if the change is intended, regenerate it (tests/fixtures-warc/README.md)\n\
             --- expected\n{expected}\n--- got\n{out}"
        );
        assert_eq!(tally, SAMPLE_TALLY);
        assert_eq!(
            log,
            "warc: record 7: bad WARC record (Read further than expected), skipped up to the next record\n\
             warc: record 14 (https://example.org/broken): no HTTP status line \
             (found \"this is not an HTTP response\"), skipped\n"
        );
        // Every page is in it once, and a windows-1252 page decoded right.
        for page in [
            "html-article",
            "html-forum-thread",
            "html-docs-sidebar",
            "html-fragment-scripts",
            "html-listing",
        ] {
            assert_eq!(out.matches(&format!("/{page}\"")).count(), 1, "{page}");
        }
        assert!(out.contains("The café by the gate is closed until March"));
        assert!(out.contains(r#""language":"en""#));
    }

    #[test]
    fn the_uncompressed_sample_gives_the_same_output() {
        let gz = std::fs::read(fixtures().join("sample.warc.gz")).unwrap();
        let mut plain = Vec::new();
        MultiGzDecoder::new(&gz[..])
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(run(&plain), run(&gz));
    }

    #[test]
    fn the_generator_builds_what_is_bundled() {
        // Page texts move with the cleaner, so the golden file is what
        // compares them; here, the records and what becomes of them.
        let (_, _, tally) = run(&sample::plain());
        assert_eq!(tally, SAMPLE_TALLY);
        let (_, _, tally) = run(&sample::gzip().unwrap());
        assert_eq!(tally, SAMPLE_TALLY);
    }

    /// Rebuilds `tests/fixtures-warc/sample.warc.gz` from the fixture pages.
    #[test]
    #[ignore = "writes tests/fixtures-warc/sample.warc.gz; run it to rebuild the sample"]
    fn regenerate_sample() {
        std::fs::write(fixtures().join("sample.warc.gz"), sample::gzip().unwrap()).unwrap();
    }

    /// A record of `kind` holding `block`, as the sample writes them.
    fn record(kind: &str, block: &[u8]) -> Vec<u8> {
        let mut record = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:x>\r\n\
             WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: <https://example.org/p>\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        record.extend_from_slice(block);
        record.extend_from_slice(b"\r\n\r\n");
        record
    }

    const PAGE: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\
        <html><head><title>Tides \"and\" more</title></head><body><main><p>The harbour \
        master posts the tides every week, and the fishermen read them before they decide \
        when to take their boats out.</p></main></body></html>";

    #[test]
    fn bad_records_do_not_stop_the_run() {
        let mut warc = record("response", PAGE);
        // A Content-Length near usize::MAX: the warc crate's addition overflows
        // (a panic in a debug build) or its read overflows.
        warc.extend_from_slice(
            b"WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 18446744073709551615\r\n\r\nabc\r\n\r\n",
        );
        // Garbage between records.
        warc.extend_from_slice(b"not a record\r\n\r\nnor this\r\n\r\n");
        warc.extend_from_slice(&record("response", PAGE));
        // A record cut short at the end of the file.
        warc.extend_from_slice(&record("response", PAGE)[..300]);
        let (out, log, tally) = run(&warc);
        assert_eq!(out.lines().count(), 2, "{log}");
        assert_eq!((tally.records, tally.pages), (4, 2), "{log}");
        assert_eq!(tally.bad, 2, "{log}");
        assert!(!tally.stopped);
        let line = out.lines().next().unwrap();
        assert_eq!(
            line,
            r#"{"url":"https://example.org/p","language":"en","title":"Tides \"and\" more","text":"The harbour master posts the tides every week, and the fishermen read them before they decide when to take their boats out."}"#
        );
    }

    #[test]
    fn a_damaged_gzip_stream_stops_the_run_with_its_pages_so_far() {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(&record("response", PAGE)).unwrap();
        let mut gz = encoder.finish().unwrap();
        gz.extend_from_slice(b"\x1f\x8b\x08\x00garbage that does not inflate");
        let (out, log, tally) = run(&gz);
        assert_eq!(out.lines().count(), 1);
        assert!(tally.stopped, "{tally:?}");
        assert!(
            log.starts_with("warc: reading stopped after record 1: "),
            "{log}"
        );
        assert!(tally.summary().ends_with("0 bad; stopped early"));
    }

    #[test]
    fn heads() {
        let head = parse_head(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n content-type: folded\r\nbroken line\r\nCONTENT-TYPE: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nbody").unwrap();
        assert_eq!(
            head,
            Head {
                status: 200,
                content_type: Some("text/html"),
                transfer_encoding: Some("chunked"),
                content_encoding: None,
                body_start: 134,
            }
        );
        let head = parse_head(b"HTTP/2 404\nContent-Encoding:  gzip \n\n").unwrap();
        assert_eq!(
            (head.status, head.content_encoding, head.body_start),
            (404, Some("gzip"), 37)
        );
        // No empty line: the head runs to the end.
        let head = parse_head(b"HTTP/1.0 301 Moved\r\nLocation: /").unwrap();
        assert_eq!((head.status, head.body_start), (301, 31));
        for bad in [
            &b""[..],
            b"HTTP/1.1\r\n\r\n",
            b"HTTP/1.1 2000 OK\r\n",
            b"ICY 200 OK\r\n",
            b"<html>",
        ] {
            assert!(
                parse_head(bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn chunked_bodies() {
        assert_eq!(
            dechunk(b"5;ext=1\r\nHello\r\n7\r\n, world\r\n0\r\nTrailer: x\r\n\r\n").unwrap(),
            b"Hello, world"
        );
        // Bare LFs, upper-case hex.
        assert_eq!(dechunk(b"A\nabcdefghij\n0\n\n").unwrap(), b"abcdefghij");
        // Cut short: what came through is kept.
        assert_eq!(
            dechunk(b"5\r\nHello\r\n10\r\n, wor").unwrap(),
            b"Hello, wor"
        );
        // Broken midway: the same.
        assert_eq!(dechunk(b"5\r\nHello\r\nzz\r\nmore").unwrap(), b"Hello");
        // Not chunked at all.
        assert_eq!(dechunk(b"<html>"), None);
        assert_eq!(dechunk(b"\r\n<html>"), None);
        assert_eq!(dechunk(b""), None);
    }

    fn head(
        transfer_encoding: Option<&'static str>,
        content_encoding: Option<&'static str>,
    ) -> Head<'static> {
        Head {
            status: 200,
            content_type: Some("text/html"),
            transfer_encoding,
            content_encoding,
            body_start: 0,
        }
    }

    #[test]
    fn codings_are_undone() {
        let page = b"<p>Hello</p>".as_slice();
        let gzip = {
            let mut e = GzEncoder::new(Vec::new(), Compression::default());
            e.write_all(page).unwrap();
            e.finish().unwrap()
        };
        let zlib = {
            let mut e = flate2::write::ZlibEncoder::new(Vec::new(), Compression::default());
            e.write_all(page).unwrap();
            e.finish().unwrap()
        };
        let raw = {
            let mut e = flate2::write::DeflateEncoder::new(Vec::new(), Compression::default());
            e.write_all(page).unwrap();
            e.finish().unwrap()
        };
        let cases: [(Option<&'static str>, Option<&'static str>, &[u8]); 7] = [
            (None, None, page),
            (Some("identity"), Some("identity"), page),
            (None, Some("gzip"), &gzip),
            (None, Some("X-Gzip"), &gzip),
            (None, Some("deflate"), &zlib),
            (None, Some("deflate"), &raw),
            // Said to be gzip, but stored decoded.
            (None, Some("gzip"), page),
        ];
        for (te, ce, body) in cases {
            assert_eq!(
                payload(&head(te, ce), body, 1000).unwrap(),
                page,
                "{te:?} {ce:?}"
            );
        }
        // Chunked, then gzip.
        let mut chunked = format!("{:x}\r\n", gzip.len()).into_bytes();
        chunked.extend_from_slice(&gzip);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        assert_eq!(
            payload(&head(Some("chunked"), Some("gzip")), &chunked, 1000).unwrap(),
            page
        );
        // Cut short: the decoded start is kept.
        let long = "All work and no play makes Jack a dull boy. ".repeat(400);
        let mut e = GzEncoder::new(Vec::new(), Compression::fast());
        e.write_all(long.as_bytes()).unwrap();
        let gz = e.finish().unwrap();
        let start = payload(&head(None, Some("gzip")), &gz[..gz.len() / 2], 1 << 20).unwrap();
        assert!(!start.is_empty() && long.as_bytes().starts_with(&start));
        // At most limit + 1 bytes.
        assert_eq!(
            payload(&head(None, Some("gzip")), &gz, 100).unwrap().len(),
            101
        );
        // Unsupported, or nothing decodable.
        assert!(payload(&head(None, Some("br")), page, 1000).is_err());
        assert!(payload(&head(None, Some("gzip, br")), page, 1000).is_err());
        assert!(payload(&head(Some("gzip, chunked"), None), page, 1000).is_err());
        assert!(payload(&head(None, Some("gzip")), b"\x1f\x8b\x08\x00junk", 1000).is_err());
    }

    #[test]
    fn records_that_are_not_html_pages_are_skipped() {
        let cleaner = Cleaner::default();
        let parse = |record: Vec<u8>| {
            let mut records = WarcReader::new(&record[..]).iter_raw_records();
            let (header, block) = records.next().unwrap().unwrap();
            page(&header, &block, &cleaner).map(|page| page.url)
        };
        assert_eq!(
            parse(record("response", PAGE)),
            Ok(Some("https://example.org/p".into()))
        );
        assert_eq!(parse(record("resource", PAGE)), Err(Skip::NotHttpResponse));
        assert_eq!(
            parse(record(
                "response",
                b"HTTP/1.1 500 Oops\r\nContent-Type: text/html\r\n\r\n<p>x</p>"
            )),
            Err(Skip::Not200)
        );
        for ty in [
            "",
            "Content-Type: image/png\r\n",
            "Content-Type: text/htmlx\r\n",
        ] {
            let block = format!("HTTP/1.1 200 OK\r\n{ty}\r\n<p>x</p>");
            assert_eq!(
                parse(record("response", block.as_bytes())),
                Err(Skip::NotHtml),
                "{ty}"
            );
        }
        let dns = String::from_utf8(record("response", b"x"))
            .unwrap()
            .replace("application/http; msgtype=response", "text/dns");
        assert_eq!(parse(dns.into_bytes()), Err(Skip::NotHttpResponse));
    }
}
