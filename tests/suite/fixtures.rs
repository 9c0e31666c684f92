//! Data-driven tests: every folder of `tests/fixtures/` is one case.
//!
//! A case folder holds `source.txt` (a crawler's text dump) or `source.html`,
//! and `expected.txt`: what `dehusk::clean` must return for the source, up to
//! trailing whitespace. Adding a case is adding a folder; the one test below
//! finds it, and reports every failing case at once.

use std::fs;
use std::path::{Path, PathBuf};

use crate::support;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// One fixture folder, loaded.
struct Case {
    name: String,
    source_name: &'static str,
    source: String,
    expected: String,
}

#[test]
fn every_fixture_folder_cleans_to_its_expected_text() {
    let dirs = case_dirs(Path::new(ROOT));
    assert!(!dirs.is_empty(), "no fixture folders under {ROOT}");
    let mut failures = Vec::new();
    for dir in &dirs {
        match load(dir).and_then(|case| check(&case)) {
            Ok(()) => {}
            Err(report) => failures.push(report),
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixtures failed (under {ROOT}):\n\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}

/// The case folders, sorted by name so reports are stable.
fn case_dirs(root: &Path) -> Vec<PathBuf> {
    let entries = fs::read_dir(root).unwrap_or_else(|e| panic!("{}: {e}", root.display()));
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn load(dir: &Path) -> Result<Case, String> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let read = |file: &str| {
        let bytes = fs::read(dir.join(file)).ok()?;
        Some(
            String::from_utf8(bytes).map_err(|e| format!("--- {name}: {file} is not UTF-8: {e}\n")),
        )
    };
    let (source_name, source) = match (read("source.txt"), read("source.html")) {
        (Some(text), None) => ("source.txt", text?),
        (None, Some(html)) => ("source.html", html?),
        (Some(_), Some(_)) => {
            return Err(format!("--- {name}: has both source.txt and source.html\n"))
        }
        (None, None) => return Err(format!("--- {name}: has no source.txt or source.html\n")),
    };
    let expected =
        read("expected.txt").ok_or_else(|| format!("--- {name}: has no expected.txt\n"))??;
    Ok(Case {
        name,
        source_name,
        source,
        expected,
    })
}

fn check(case: &Case) -> Result<(), String> {
    let name = &case.name;
    // Guard against a checkout that rewrote the line endings under test.
    if name.contains("crlf") && !case.source.contains("\r\n") {
        return Err(format!(
            "--- {name}: {} has no CRLF line endings; was it normalised on checkout?\n",
            case.source_name
        ));
    }
    let got = dehusk::clean(&case.source);
    let (got, expected) = (got.trim_end(), case.expected.trim_end());
    if got == expected {
        return Ok(());
    }
    let explained = match dehusk::Cleaner::default().clean(&case.source) {
        Ok(cleaned) => support::explain(&cleaned),
        Err(e) => format!("    error: {e}\n"),
    };
    Err(format!(
        "--- {name} ({}): output differs from expected.txt\n  diff (- expected, + got):\n{}  blocks:\n{explained}",
        case.source_name,
        support::diff(expected, got),
    ))
}
