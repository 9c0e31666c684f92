//! `Cleaned::to_json` (the `serde` feature): a golden document for a small
//! page, and the same facts as the Rust API for every Markdown fixture.

use dehusk::{Cleaner, Label};

const PAGE: &str = "<html><head><title>Ferry times</title></head><body>\
    <nav><a href=\"/\">Home</a> | <a href=\"/news/\">News</a></nav>\
    <main><h1>Winter ferry times</h1>\
    <p>From the first of November the morning ferry leaves the island at half past seven \
    instead of seven, because the harbour is too dark before then for the crew to load the \
    cars safely.</p>\
    <ul><li>Mondays: two sailings</li><li>Saturdays: one sailing</li></ul>\
    <p>The timetable for the summer months will be published in March, once the harbour \
    board has agreed the new fares with the ferry company.</p></main>\
    <footer>Share this: Facebook Twitter</footer></body></html>";

/// What `to_json` gives for [`PAGE`]: one line, cut here at each block.
const EXPECTED: &str = concat!(
    r#"{"title":"Ferry times","language":"en","#,
    r#""text":"Winter ferry times\n\nFrom the first of November the morning ferry leaves the island at half past seven instead of seven, because the harbour is too dark before then for the crew to load the cars safely.\n\nMondays: two sailings\nSaturdays: one sailing\n\nThe timetable for the summer months will be published in March, once the harbour board has agreed the new fares with the ferry company.","#,
    r#""blocks":["#,
    r#"{"kind":"paragraph","label":"dropped","rule":"husk:navigation","text":"Home | News"},"#,
    r#"{"kind":"heading","label":"kept","rule":"heading","text":"Winter ferry times"},"#,
    r#"{"kind":"paragraph","label":"kept","rule":"in-main","text":"From the first of November the morning ferry leaves the island at half past seven instead of seven, because the harbour is too dark before then for the crew to load the cars safely."},"#,
    r#"{"kind":"list-item","label":"kept","rule":"in-main","text":"Mondays: two sailings"},"#,
    r#"{"kind":"list-item","label":"kept","rule":"in-main","text":"Saturdays: one sailing"},"#,
    r#"{"kind":"paragraph","label":"kept","rule":"in-main","text":"The timetable for the summer months will be published in March, once the harbour board has agreed the new fares with the ferry company."},"#,
    r#"{"kind":"paragraph","label":"dropped","rule":"husk:footer","text":"Share this: Facebook Twitter"}"#,
    r#"]}"#,
);

#[test]
fn a_small_page_gives_the_expected_document() {
    let cleaned = Cleaner::default().clean(PAGE).unwrap();
    assert_eq!(cleaned.to_json(), EXPECTED);
}

#[test]
fn the_document_says_what_the_api_says() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures-markdown");
    for entry in std::fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path().join("source.html");
        let source = std::fs::read_to_string(&path).unwrap();
        let cleaned = Cleaner::default().clean(&source).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&cleaned.to_json()).unwrap();
        assert_eq!(doc["title"].as_str(), cleaned.title(), "{}", path.display());
        assert_eq!(doc["language"], "en");
        assert_eq!(doc["text"], cleaned.text());
        let blocks = doc["blocks"].as_array().unwrap();
        assert_eq!(blocks.len(), cleaned.blocks().len());
        for (json, block) in blocks.iter().zip(cleaned.blocks()) {
            assert_eq!(json["kind"], block.kind().name());
            assert_eq!(json["label"], block.label().name());
            assert_eq!(json["rule"], block.rule().name());
            assert_eq!(json["text"], block.text());
            assert_eq!(json.as_object().unwrap().len(), 4);
        }
        assert!(blocks.iter().any(|b| b["label"] == Label::Kept.name()));
    }
}
