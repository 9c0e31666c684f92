//! The integration tests of dehusk: one crate, so cargo links one test binary.
//!
//! - `api`: the public contracts (threads, limits, patterns, the data behind `--explain`);
//! - `canonical`: the shared WordPress example, when `../shared` is checked out;
//! - `charsets`: `clean_bytes` on pages in legacy charsets and UTF-16;
//! - `fixtures`: every folder of `tests/fixtures/`, cleaned and compared to its
//!   `expected.txt`;
//! - `hostile`: deep nesting, huge lines: a sane result, no crash;
//! - `json` (with the `serde` feature): `to_json` against a golden document
//!   and against the Rust API;
//! - `languages`: the `lang-*` fixtures in ten languages: detection, phrase
//!   families, and better than English settings alone;
//! - `markdown`: every folder of `tests/fixtures-markdown/`, rendered with
//!   `to_markdown` and compared to its `expected.md`;
//! - `properties`: never panics, and the output is an in-order subset of the
//!   input's blocks, joined as documented.

#[path = "suite/api.rs"]
mod api;
#[path = "suite/canonical.rs"]
mod canonical;
#[path = "suite/charsets.rs"]
mod charsets;
#[path = "suite/fixtures.rs"]
mod fixtures;
#[path = "suite/hostile.rs"]
mod hostile;
#[cfg(feature = "serde")]
#[path = "suite/json.rs"]
mod json;
#[path = "suite/languages.rs"]
mod languages;
#[path = "suite/markdown.rs"]
mod markdown;
#[path = "suite/properties.rs"]
mod properties;
#[path = "suite/support.rs"]
mod support;
