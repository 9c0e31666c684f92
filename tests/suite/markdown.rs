//! Golden tests of `Cleaned::to_markdown`: every folder of
//! `tests/fixtures-markdown/` holds `source.html` and `expected.md`, what
//! `to_markdown` must return for it (up to trailing whitespace).

use std::fs;
use std::path::{Path, PathBuf};

use crate::support;

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures-markdown");

#[test]
fn every_markdown_fixture_renders_to_its_expected_markdown() {
    let mut dirs: Vec<PathBuf> = fs::read_dir(ROOT)
        .unwrap_or_else(|e| panic!("{ROOT}: {e}"))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no fixture folders under {ROOT}");
    let failures: Vec<String> = dirs.iter().filter_map(|dir| check(dir).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} Markdown fixtures failed:\n\n{}",
        failures.len(),
        dirs.len(),
        failures.join("\n")
    );
}

fn check(dir: &Path) -> Result<(), String> {
    let name = dir.display();
    let read = |file: &str| {
        fs::read_to_string(dir.join(file)).map_err(|e| format!("--- {name}/{file}: {e}\n"))
    };
    let source = read("source.html")?;
    let expected = read("expected.md")?;
    let cleaned = dehusk::Cleaner::default()
        .clean(&source)
        .map_err(|e| format!("--- {name}: {e}\n"))?;
    let got = cleaned.to_markdown();
    if got.trim_end() == expected.trim_end() {
        return Ok(());
    }
    Err(format!(
        "--- {name}: Markdown differs from expected.md\n  diff (- expected, + got):\n{}  blocks:\n{}",
        support::diff(expected.trim_end(), got.trim_end()),
        support::explain(&cleaned),
    ))
}
