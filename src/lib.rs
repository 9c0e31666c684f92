#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing
    )
)]
#![warn(missing_docs)]

#[cfg(feature = "rayon")]
mod batch;
#[doc(hidden)]
pub mod bench_api;
mod block;
mod builder;
mod classify;
mod cleaner;
mod decode;
mod error;
mod features;
#[cfg(feature = "serde")]
mod json;
mod language;
mod markdown;
mod output;
mod rule;
mod segment;
mod smooth;
mod stopwords;

use once_cell::sync::Lazy;

pub use block::{BlockKind, Label};
pub use builder::{
    Builder, Preset, DEFAULT_MAX_BLOCKS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_INPUT_BYTES,
    MAX_DEPTH_LIMIT, PATTERN_SIZE_LIMIT,
};
pub use cleaner::{BlockView, Cleaned, Cleaner};
pub use error::Error;
pub use language::Language;
pub use rule::{Family, Husk, Rule};

static DEFAULT: Lazy<Cleaner> = Lazy::new(Cleaner::default);

/// Returns the main content of `input` as plain text, in one call.
///
/// `input` is read as HTML when, skipping a BOM and leading whitespace, it
/// starts with `<` and a letter, `!` or `?`, or when its first 1,024 bytes
/// contain `<html`, `<head`, `<body` or `<!doctype` (any case); otherwise it
/// is plain text, one block per line.
///
/// The result holds one paragraph per kept block, separated by one blank line,
/// with no markup, trimmed. Empty or whitespace-only input gives `""`, and so
/// does input over [`DEFAULT_MAX_INPUT_BYTES`]; use a [`Cleaner`] to get an
/// [`Error`] instead. It never panics.
///
/// # Example
///
/// ```
/// let page = "Share this:\n\nLike this:\n\nThe committee met for six hours on Monday and, after a long debate, agreed to publish its report before the summer.\n\nLeave a Reply";
/// assert_eq!(
///     dehusk::clean(page),
///     "The committee met for six hours on Monday and, after a long debate, agreed to publish its report before the summer."
/// );
/// ```
pub fn clean(input: &str) -> String {
    DEFAULT
        .clean(input)
        .map(Cleaned::into_text)
        .unwrap_or_default()
}
