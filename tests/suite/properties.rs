//! Property tests: the cleaner never panics, and what it returns is an
//! in-order subset of the input's blocks, joined as documented.

use dehusk::{BlockKind, Cleaned, Cleaner, Label};
use proptest::prelude::*;

/// Few enough cases that the suite stays fast in debug builds.
fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 256,
        ..ProptestConfig::default()
    }
}

/// Pieces that stress segmentation, normalisation and detection: markup
/// fragments, line endings, invisible characters, boilerplate phrases, menus,
/// addresses, long words and real prose (so that some blocks are kept).
fn pieces() -> Vec<String> {
    let mut pieces: Vec<String> = [
        "<",
        ">",
        "<p>",
        "</p>",
        "</div>",
        "<div>",
        "<br>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<html>",
        "<body>",
        "&amp;",
        "&nbsp;",
        "\r",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "\t",
        "\u{a0}",
        "\u{200b}",
        "\u{ad}",
        "\u{feff}",
        "\u{2028}",
        "\u{85}",
        "é",
        "東京",
        "Share this:",
        "Like this:",
        "Leave a Reply",
        "Skip to content",
        "Posted in News",
        "Home | About | Contact",
        "»",
        "|",
        "12 comments",
        "March 4, 2024",
        "https://example.org/a",
        "a@example.org",
        "The committee met on Monday.",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    pieces.push("x".repeat(400));
    pieces.push("Übergrößenträger".repeat(20));
    pieces.push(
        "The harbour was quiet when the ferry came in, and the few passengers who stepped off \
         went straight to the café on the quay, where they sat by the window and waited for the \
         rain to stop before they set off up the hill towards the town."
            .to_string(),
    );
    pieces
}

fn tricky() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(pieces()), 0..48).prop_map(|v| v.concat())
}

/// Checks the shape every output has: trimmed, no run of blank lines.
fn check_output_shape(text: &str) -> Result<(), TestCaseError> {
    prop_assert_eq!(text, text.trim());
    prop_assert!(!text.contains("\n\n\n"), "three newlines in {:?}", text);
    Ok(())
}

/// The naive join of kept blocks: a blank line between blocks, a single newline
/// between adjacent lines of one text paragraph (consecutive input lines).
fn naive_join(cleaned: &Cleaned) -> String {
    let mut out = String::new();
    let mut prev: Option<(usize, u32)> = None; // (index, line) of the last kept block
    for (i, block) in cleaned.blocks().enumerate() {
        if block.label() != Label::Kept || block.text().is_empty() {
            continue;
        }
        if let Some((j, line)) = prev {
            let same_paragraph =
                block.kind() == BlockKind::Line && j + 1 == i && line + 1 == block.line();
            out.push_str(if same_paragraph { "\n" } else { "\n\n" });
        }
        out.push_str(block.text());
        prev = Some((i, block.line()));
    }
    out
}

/// True when `needles` appear in `haystack` in order (not necessarily adjacent).
fn is_subsequence<'a>(needles: &[&str], haystack: impl IntoIterator<Item = &'a str>) -> bool {
    let mut haystack = haystack.into_iter();
    needles.iter().all(|n| haystack.any(|h| h == *n))
}

fn check_subset_of_blocks(input: &str) -> Result<(), TestCaseError> {
    let cleaned = Cleaner::default()
        .clean_text(input)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let lines: Vec<&str> = cleaned
        .text()
        .split('\n')
        .filter(|l| !l.is_empty())
        .collect();
    prop_assert!(
        is_subsequence(&lines, cleaned.blocks().flat_map(|b| b.text().split('\n'))),
        "output lines {:?} are not an in-order subset of the blocks of {:?}",
        lines,
        input
    );
    // Blocks are non-empty, trimmed, in input order, numbered from 1; a block
    // spans several lines only when it is a hard-wrapped paragraph.
    let mut last_line = 0;
    for block in cleaned.blocks() {
        prop_assert!(!block.text().is_empty());
        prop_assert_eq!(block.text(), block.text().trim());
        prop_assert!(block.line() > last_line, "line numbers must increase");
        last_line = block.line();
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn never_panics_on_arbitrary_strings(s in "\\PC*") {
        let text = dehusk::clean(&s);
        check_output_shape(&text)?;
        let cleaner = Cleaner::default();
        let as_text = cleaner.clean_text(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_output_shape(as_text.text())?;
        let as_html = cleaner.clean_html(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_output_shape(as_html.text())?;
    }

    #[test]
    fn never_panics_on_tricky_pieces(s in tricky()) {
        let text = dehusk::clean(&s);
        check_output_shape(&text)?;
        let cleaner = Cleaner::default();
        let as_html = cleaner.clean_html(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        check_output_shape(as_html.text())?;
        for block in as_html.blocks() {
            prop_assert!(!block.text().is_empty());
        }
    }

    #[test]
    fn text_output_is_an_in_order_subset_of_blocks(s in tricky()) {
        check_subset_of_blocks(&s)?;
    }

    #[test]
    fn arbitrary_text_output_is_an_in_order_subset_of_blocks(s in "\\PC*") {
        check_subset_of_blocks(&s)?;
    }

    #[test]
    fn output_is_the_join_of_kept_blocks(s in tricky()) {
        let cleaned = Cleaner::default().clean(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(cleaned.text(), naive_join(&cleaned));
        prop_assert_eq!(dehusk::clean(&s), cleaned.text(), "clean() must be deterministic");
    }

    #[test]
    fn blank_input_gives_empty_output(
        s in "[ \t\r\n\u{a0}\u{85}\u{200b}\u{2009}\u{2028}\u{3000}\u{feff}\u{ad}]*"
    ) {
        prop_assert_eq!(dehusk::clean(&s), "");
        let cleaned = Cleaner::default().clean_text(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(cleaned.blocks().len(), 0);
    }
}

#[test]
fn empty_and_whitespace_inputs_give_empty_output() {
    for input in [
        "",
        " ",
        "\n",
        "\r\n\r\n",
        "\t \n \u{a0}\n\u{200b}",
        "\u{feff}",
    ] {
        assert_eq!(dehusk::clean(input), "", "{input:?}");
    }
}
