//! Hidden entry points for the benchmarks in `benches/`; not part of the API.
//!
//! The stages are crate-private, so the `classifier` benchmark reaches them
//! through here: segment once outside the timed loop with [`segment_text`],
//! then time [`classify`] alone. Nothing here is stable or documented for
//! users; it may change or go away in any release.

use crate::classify::Class;
use crate::{segment, Cleaner};

/// A segmented document, opaque: made by [`segment_text`], read by [`classify`].
#[derive(Debug, Clone)]
pub struct Segmented(segment::Segmented);

impl Segmented {
    /// The number of blocks.
    pub fn blocks(&self) -> usize {
        self.0.blocks.len()
    }
}

/// Cuts a plain-text input into blocks, as [`Cleaner::clean_text`] does.
pub fn segment_text(input: &str) -> Segmented {
    Segmented(segment::text(input))
}

/// Runs the classifier (features, context-free rules, smoothing) over `doc`,
/// as `Cleaner::run` does, and returns the number of kept blocks.
pub fn classify(cleaner: &Cleaner, doc: &Segmented) -> usize {
    cleaner
        .classify(&doc.0)
        .iter()
        .filter(|v| v.class == Class::Good)
        .count()
}
