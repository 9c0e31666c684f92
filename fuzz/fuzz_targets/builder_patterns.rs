//! Arbitrary user patterns on the builder. `build()` returns `Ok` or an
//! `Error::Pattern` naming a pattern of the right list, never panics; a
//! pattern with a syntax error always fails the build; a built cleaner cleans
//! a page, and each block's label follows the documented order of the user
//! patterns (keep first, then drop).
//!
//! Input format, so that seeds can be written by hand: pieces separated by
//! NUL. The first piece is a page (cut to 4 KiB); each other piece is a keep
//! pattern when it starts with `k`, a drop pattern when it starts with `d`
//! (that first byte removed), else a drop pattern as it is. At most 8
//! patterns of at most 512 bytes are used.
#![no_main]

use dehusk::{Cleaned, Cleaner, Error, Label, Rule};
use libfuzzer_sys::fuzz_target;
use regex::Regex;

#[path = "common/mod.rs"]
mod common;

const PAGE_TEXT: &str = "Home | News | Sport | Contact\n\nShare this:\n\nThe council met on Tuesday and agreed, after a long debate, to rebuild the old bridge over the river before the winter.\n\nPhoto: Jane Doe\n\nAll rights reserved.";
const PAGE_HTML: &str = "<html><body><nav><a href=/>Home</a> | <a href=/n>News</a></nav><article><h1>The bridge</h1><p>The council met on Tuesday and agreed, after a long debate, to rebuild the old bridge over the river before the winter.</p><p>Photo: Jane Doe</p></article><footer>All rights reserved.</footer></body></html>";

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let mut pieces = input.split('\0');
    let page = cut(pieces.next().unwrap_or(""), 4096);
    let (mut keep, mut drop) = (Vec::new(), Vec::new());
    for piece in pieces.filter(|p| p.len() <= 512).take(8) {
        if let Some(p) = piece.strip_prefix('k') {
            keep.push(p.to_string());
        } else if let Some(p) = piece.strip_prefix('d') {
            drop.push(p.to_string());
        } else {
            drop.push(piece.to_string());
        }
    }

    let built = Cleaner::builder()
        .keep_patterns(&keep)
        .drop_patterns(&drop)
        .build();
    let syntax_error = keep
        .iter()
        .chain(&drop)
        .any(|p| matches!(Regex::new(p), Err(regex::Error::Syntax(_))));
    let cleaner = match built {
        Err(Error::Pattern { kind, index, .. }) => {
            let list = if kind == "keep" { &keep } else { &drop };
            assert!(kind == "keep" || kind == "drop", "unknown kind {kind}");
            assert!(index < list.len(), "index {index} out of {kind} list");
            return;
        }
        Err(other) => panic!("build failed with a non-pattern error: {other:?}"),
        Ok(cleaner) => {
            assert!(!syntax_error, "a pattern with a syntax error was accepted");
            cleaner
        }
    };

    // The same patterns, one by one, to check the labels against.
    let compile = |ps: &[String]| {
        ps.iter()
            .map(|p| Regex::new(p).ok())
            .collect::<Option<Vec<_>>>()
    };
    let oracle = compile(&keep).zip(compile(&drop));
    for result in [
        cleaner.clean_text(PAGE_TEXT),
        cleaner.clean_html(PAGE_HTML),
        cleaner.clean(page),
        cleaner.clean_text(page),
        cleaner.clean_html(page),
    ] {
        let cleaned = result.expect("a page under the size limit must clean");
        common::check_cleaned(&cleaned);
        if let Some((keep, drop)) = &oracle {
            check_user_rules(&cleaned, keep, drop);
        }
    }
});

/// Keep patterns win, then drop patterns; the first matching pattern names the rule.
fn check_user_rules(cleaned: &Cleaned, keep: &[Regex], drop: &[Regex]) {
    for block in cleaned.blocks() {
        let text = block.text();
        if let Some(i) = keep.iter().position(|r| r.is_match(text)) {
            assert_eq!(
                block.label(),
                Label::Kept,
                "keep pattern {i} matches {text:?}"
            );
            assert_eq!(block.rule(), Rule::UserKeep(i), "{text:?}");
        } else if let Some(i) = drop.iter().position(|r| r.is_match(text)) {
            assert_eq!(
                block.label(),
                Label::Dropped,
                "drop pattern {i} matches {text:?}"
            );
            assert_eq!(block.rule(), Rule::UserDrop(i), "{text:?}");
        } else {
            assert!(
                !matches!(block.rule(), Rule::UserKeep(_) | Rule::UserDrop(_)),
                "{text:?} matches no user pattern but got {}",
                block.rule()
            );
        }
    }
}

/// The first `max` bytes of `s`, cut at a character boundary.
fn cut(s: &str, max: usize) -> &str {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}
