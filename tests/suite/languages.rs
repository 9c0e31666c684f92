//! Pages in ten languages besides English: the language is detected, its
//! stopwords keep the prose and its phrase families drop the husk.
//!
//! Every `tests/fixtures/lang-CODE-*` folder is a text dump we wrote in the
//! language `CODE`, in the style of the canonical WordPress example. The
//! fixture test checks its output; the tests here check why it comes out
//! right: the detected language, the phrase rules that fire, and that the
//! English-only settings do worse on the same page.

use std::fs;
use std::path::{Path, PathBuf};

use dehusk::{Cleaner, Label, Language};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// The ten languages with phrase families of their own.
const CODES: [&str; 10] = ["de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja"];

/// `(code, source, expected)` of every `lang-*` fixture.
fn cases() -> Vec<(String, String, String)> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(ROOT)
        .unwrap_or_else(|e| panic!("{ROOT}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("lang-"))
        })
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|dir| {
            let name = dir
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let code = name.split('-').nth(1).unwrap_or_default().to_string();
            (code, read(dir, "source.txt"), read(dir, "expected.txt"))
        })
        .collect()
}

fn read(dir: &Path, file: &str) -> String {
    fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{}/{file}: {e}", dir.display()))
}

#[test]
fn there_is_a_fixture_for_each_of_the_ten_languages() {
    let codes: Vec<String> = cases().into_iter().map(|(code, _, _)| code).collect();
    for code in CODES {
        assert!(codes.iter().any(|c| c == code), "no lang-{code}-* fixture");
    }
}

#[test]
fn each_page_is_detected_in_its_language() {
    for (code, source, _) in cases() {
        let cleaned = Cleaner::default().clean(&source).expect("clean");
        assert_eq!(cleaned.language().code(), code, "lang-{code}");
    }
}

#[test]
fn the_language_phrase_families_drop_the_husk() {
    for (code, source, _) in cases() {
        let cleaned = Cleaner::default().clean(&source).expect("clean");
        let phrases: Vec<String> = cleaned
            .blocks()
            .filter(|b| b.label() == Label::Dropped && b.rule().to_string().starts_with("phrase:"))
            .map(|b| b.rule().to_string())
            .collect();
        // Each page carries share, comment-form, consent, newsletter and
        // copyright lines in its language; each must be named by its family.
        for family in [
            "share",
            "comment-form",
            "consent",
            "newsletter",
            "copyright",
        ] {
            assert!(
                phrases.iter().any(|r| r == &format!("phrase:{family}")),
                "lang-{code}: no phrase:{family} in {phrases:?}"
            );
        }
        // No kept block is a phrase of the library.
        assert!(cleaned
            .blocks()
            .all(|b| b.label() == Label::Dropped || !b.rule().to_string().starts_with("phrase:")));
    }
}

#[test]
fn the_page_language_does_better_than_english_alone() {
    let english = Cleaner::builder()
        .language(Language::English)
        .build()
        .expect("build");
    for (code, source, expected) in cases() {
        let detected = Cleaner::default()
            .clean(&source)
            .expect("clean")
            .into_text();
        assert_eq!(detected.trim_end(), expected.trim_end(), "lang-{code}");
        let forced = english.clean(&source).expect("clean").into_text();
        assert_ne!(
            forced.trim_end(),
            expected.trim_end(),
            "lang-{code}: English settings get it right too"
        );
    }
}

#[test]
fn a_fixed_language_skips_detection() {
    let (_, source, _) = cases()
        .into_iter()
        .find(|(code, _, _)| code == "de")
        .expect("a German fixture");
    let french = Cleaner::builder()
        .language(Language::French)
        .build()
        .expect("build");
    assert_eq!(
        french.clean(&source).expect("clean").language(),
        Language::French
    );
}
