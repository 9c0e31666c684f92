//! Arbitrary strings through `dehusk::clean`, `Cleaner::clean_text` and
//! `Cleaner::clean_html`: no panic, and the invariants of `common`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common/mod.rs"]
mod common;

fuzz_target!(|s: &str| {
    common::check_str(s);
});
