//! Helpers for readable failure messages: a line diff and a block listing.

use dehusk::{Cleaned, Label};

/// Characters of a block shown in [`explain`] and of an unchanged line in [`diff`].
const SHOWN: usize = 90;

/// Every block of `cleaned`, one per line, as `KEPT|DROP  rule  text`.
pub fn explain(cleaned: &Cleaned) -> String {
    let mut out = String::new();
    for block in cleaned.blocks() {
        let label = match block.label() {
            Label::Kept => "KEPT",
            Label::Dropped => "DROP",
        };
        let rule = block.rule().name();
        out.push_str(&format!(
            "    {label}  {rule:<22}  {}\n",
            truncate(block.text(), SHOWN)
        ));
    }
    out
}

/// A line diff of `expected` against `got`: `-` lines are missing from the
/// output, `+` lines should not be there; unchanged lines are shortened.
pub fn diff(expected: &str, got: &str) -> String {
    let a: Vec<&str> = expected.lines().collect();
    let b: Vec<&str> = got.lines().collect();
    // Longest common subsequence table, filled from the end.
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            if !a[i].is_empty() {
                out.push_str(&format!("      {}\n", truncate(a[i], SHOWN)));
            }
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push_str(&format!("    + {:?}\n", b[j]));
            j += 1;
        } else {
            out.push_str(&format!("    - {:?}\n", a[i]));
            i += 1;
        }
    }
    out
}

/// The first `max` characters of `text`, with an ellipsis when cut.
pub fn truncate(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_string(),
    }
}
