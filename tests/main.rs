//! The integration tests of dehusk: one crate, so cargo links one test binary.
//!
//! - `api`: the public contracts (threads, limits, patterns, the data behind `--explain`);
//! - `canonical`: the shared WordPress example, when `../shared` is checked out;
//! - `charsets`: `clean_bytes` on pages in legacy charsets and UTF-16;
//! - `fixtures`: every folder of `tests/fixtures/`, cleaned and compared to its
//!   `expected.txt`;
//! - `hostile`: deep nesting, huge lines: a sane result, no crash;
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
#[path = "suite/properties.rs"]
mod properties;
#[path = "suite/support.rs"]
mod support;
