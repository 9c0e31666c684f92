//! Arbitrary bytes through `Cleaner::clean_bytes` (with no content type and
//! with one of a few, valid and not) and, read as lossy UTF-8, through every
//! string entry point: no panic, and the invariants of `common`. Bytes that
//! are valid UTF-8, with a `charset=utf-8` header, clean as the string does.
#![no_main]

use dehusk::Cleaner;
use libfuzzer_sys::fuzz_target;

#[path = "common/mod.rs"]
mod common;

/// Content types picked by the first byte of the input.
const CONTENT_TYPES: [Option<&str>; 8] = [
    None,
    Some("text/html; charset=windows-1252"),
    Some("text/html; charset=\"UTF-16BE\""),
    Some("text/plain; charset=utf-16"),
    Some("Content-Type: text/html; CHARSET=shift_jis"),
    Some("text/html; charset=iso-2022-jp"),
    Some("text/html; charset=x-user-defined; charset=gb18030"),
    Some("charset="),
];

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    common::check_str(&s);

    let cleaner = Cleaner::default();
    let content_type = CONTENT_TYPES[usize::from(data.first().copied().unwrap_or(0)) % 8];
    for ct in [None, content_type] {
        let cleaned = cleaner
            .clean_bytes(data, ct)
            .expect("a small input must clean");
        common::check_cleaned(&cleaned);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let cleaned = cleaner
            .clean_bytes(data, Some("text/html; charset=utf-8"))
            .expect("a small input must clean");
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        assert_eq!(
            cleaned.text(),
            cleaner
                .clean(text)
                .expect("a small input must clean")
                .text(),
            "UTF-8 bytes declared UTF-8 must clean as the string"
        );
    }
});
