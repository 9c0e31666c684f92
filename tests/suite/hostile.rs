//! Hostile inputs: each case says what it guards. They assert a sane result;
//! their speed is what the depth guard buys (before it, the first case took
//! 30 s in a release build), and it is measured in release, not asserted here.

use dehusk::Cleaner;

/// 100,000 nested unclosed `<div>`: html5ever's scope checks are quadratic
/// in nesting depth, so the guard caps depth before parsing. The text survives.
#[test]
fn deeply_nested_divs_keep_their_text() {
    let html = format!(
        "<html><body>{}The only sentence on this page, deep inside the divs.",
        "<div>".repeat(100_000)
    );
    let cleaned = Cleaner::default().clean(&html).unwrap();
    assert_eq!(
        cleaned.text(),
        "The only sentence on this page, deep inside the divs."
    );
}

/// 40,000 unclosed `<a><i>`: the formatting-element case that overflows the
/// parser's stack in other extractors.
#[test]
fn unclosed_formatting_elements_do_not_crash() {
    let html = format!("<body>{}words", "<a><i>".repeat(40_000));
    assert_eq!(Cleaner::default().clean(&html).unwrap().text(), "words");
}

/// 20,000 nested `<ul><li>`: lists nest through their `ul`, not their `li`.
/// (100,000 take about half a second in a release build; this size keeps the
/// debug-build test suite fast.)
#[test]
fn deeply_nested_lists_keep_their_text() {
    let html = format!("<body>{}item", "<ul><li>".repeat(20_000));
    assert_eq!(Cleaner::default().clean(&html).unwrap().text(), "item");
}

/// Text mode: a 5 MB single line and 1,000,000 empty lines.
#[test]
fn huge_lines_and_many_empty_lines() {
    let line = "word ".repeat(1_000_000);
    let cleaned = Cleaner::default().clean_text(&line).unwrap();
    assert_eq!(cleaned.blocks().len(), 1);
    let empty = "\n".repeat(1_000_000);
    assert_eq!(Cleaner::default().clean_text(&empty).unwrap().text(), "");
}
