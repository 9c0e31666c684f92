//! Cleans a page and prints its main content, or explains every block.
//!
//! ```text
//! cargo run --example clean                      # the bundled sample page
//! cargo run --example clean -- page.html         # a file (HTML or a text dump)
//! cat page.txt | cargo run --example clean -- -  # standard input
//! cargo run --example clean -- --explain [PATH]  # one line per block instead
//! ```
//!
//! `--explain` prints every block of the input, one per line, as
//! `KEPT|DROP  <rule>  <text>`, with the text cut to about 100 characters.
//! Files are read as bytes and decoded as UTF-8, lossily. Errors go to
//! standard error, with exit code 1.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use dehusk::{Cleaned, Cleaner, Label, DEFAULT_MAX_INPUT_BYTES};

/// The page cleaned when no path is given: a plain-text dump of a blog post.
const SAMPLE: &str = include_str!("pages/sample-post.txt");

const USAGE: &str = "usage: clean [--explain] [PATH | -]";

/// Width of the rule column in `--explain` output: the longest built-in rule
/// name, "short-amid-boilerplate".
const RULE_WIDTH: usize = 22;

/// Characters of block text shown per line in `--explain` output.
const TEXT_WIDTH: usize = 100;

/// What the command line asks for.
struct Args {
    explain: bool,
    source: Source,
}

enum Source {
    Sample,
    Stdin,
    File(String),
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("clean: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let args = parse_args(std::env::args().skip(1))?;
    let input = match &args.source {
        Source::Sample => SAMPLE.to_string(),
        Source::Stdin => decode(read_limited(io::stdin().lock(), "standard input")?),
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
            decode(read_limited(file, path)?)
        }
    };
    let cleaned = Cleaner::default()
        .clean(&input)
        .map_err(|e| e.to_string())?;
    let mut out = BufWriter::new(io::stdout().lock());
    let written = if args.explain {
        explain(&mut out, &cleaned)
    } else {
        writeln!(out, "{}", cleaned.text())
    };
    match written.and_then(|()| out.flush()) {
        // A closed pipe (`| head`) is not an error worth reporting.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("writing output: {e}")),
        _ => Ok(()),
    }
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut explain = false;
    let mut source = None;
    for arg in args {
        match arg.as_str() {
            "--explain" => explain = true,
            "-h" | "--help" => return Err(USAGE.to_string()),
            "-" if source.is_none() => source = Some(Source::Stdin),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option {flag:?}\n{USAGE}"))
            }
            _ if source.is_none() => source = Some(Source::File(arg)),
            _ => return Err(format!("more than one input given\n{USAGE}")),
        }
    }
    Ok(Args {
        explain,
        source: source.unwrap_or(Source::Sample),
    })
}

/// Reads at most one byte more than the cleaner accepts, so that a huge input
/// is refused without being loaded whole.
fn read_limited(reader: impl Read, name: &str) -> Result<Vec<u8>, String> {
    let limit = DEFAULT_MAX_INPUT_BYTES;
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    if bytes.len() > limit {
        return Err(format!(
            "{name}: input is larger than the limit of {limit} bytes"
        ));
    }
    Ok(bytes)
}

fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    }
}

/// Prints one line per block: its label, its rule and the start of its text.
fn explain(out: &mut impl Write, cleaned: &Cleaned) -> io::Result<()> {
    for block in cleaned.blocks() {
        let label = match block.label() {
            Label::Kept => "KEPT",
            Label::Dropped => "DROP",
        };
        let rule = block.rule().name();
        writeln!(
            out,
            "{label}  {rule:<RULE_WIDTH$}  {}",
            truncate(block.text(), TEXT_WIDTH)
        )?;
    }
    Ok(())
}

/// The first `max` characters of `text`, with an ellipsis when cut.
fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
