//! The one error type of the crate.

/// What can go wrong when building or running a [`Cleaner`](crate::Cleaner).
///
/// The enum is `#[non_exhaustive]`: new limits and settings may add variants
/// without a breaking release, so match with a wildcard arm.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Error};
///
/// let err = Cleaner::builder().drop_patterns(["(unclosed"]).build().unwrap_err();
/// assert!(matches!(err, Error::Pattern { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A user pattern given to [`Builder::drop_patterns`](crate::Builder::drop_patterns)
    /// or [`Builder::keep_patterns`](crate::Builder::keep_patterns) does not compile,
    /// or compiles to a program larger than the size limit.
    #[error("invalid {kind} pattern #{index} {pattern:?}: {message}")]
    Pattern {
        /// `"drop"` or `"keep"`.
        kind: &'static str,
        /// Position of the pattern in the list given to the builder.
        index: usize,
        /// The pattern as given.
        pattern: String,
        /// Why it was rejected, as the regex crate says it.
        message: String,
    },
    /// A builder setting is out of its documented range.
    #[error("invalid setting {setting}: {message}")]
    Setting {
        /// The name of the builder method.
        setting: &'static str,
        /// What is wrong with the value.
        message: String,
    },
    /// The input is larger than [`Builder::max_input_bytes`](crate::Builder::max_input_bytes).
    #[error("input of {len} bytes exceeds the limit of {limit} bytes")]
    InputTooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The input cuts into more blocks than [`Builder::max_blocks`](crate::Builder::max_blocks).
    #[error("input has more than {limit} blocks")]
    TooManyBlocks {
        /// The limit in force.
        limit: usize,
    },
}
