//! The public API's contracts: sharing between threads, limits, user
//! patterns, HTML safety, and the per-block data behind `--explain`.

use dehusk::{Cleaned, Cleaner, Error, Family, Label, Rule};

/// The page bundled with `examples/clean.rs`.
const SAMPLE: &str = include_str!("../../examples/pages/sample-post.txt");

/// A prose paragraph long and dense enough to be kept on its own.
const PROSE: &str = "The harbour was quiet when the ferry came in, and the few passengers who \
    stepped off went straight to the café on the quay, where they sat by the window and waited \
    for the rain to stop before they set off up the hill towards the town.";

/// Another one, about something else.
const PROSE_2: &str = "By the afternoon the clouds had lifted, and the fishermen who had stayed \
    in all morning began to carry their nets down to the boats, talking about the price of \
    diesel and whether the weather would hold for the rest of the week.";

const HTML: &str = "<html><head><title>T</title><style>p { color: red }</style>\
    <script>alert('x')</script></head><body>\
    <nav><a href='/'>Home</a> | <a href='/about'>About</a></nav>\
    <h1>A Day at the Harbour</h1>\
    <p>The harbour was quiet when the ferry came in, and the few passengers who stepped off went \
    straight to the <b>café</b> on the quay, where they sat by the window and waited for the rain \
    to stop before they set off up the hill towards the town.</p>\
    <script>document.write('<p>injected</p>'); alert('x');</script>\
    <style>.x { display: none }</style>\
    <p>By the afternoon the clouds had lifted, and the fishermen who had stayed in all morning \
    began to carry their nets down to the boats, talking about the price of diesel and whether \
    the weather would hold.</p>\
    <footer>© 2024 Harbour News. All rights reserved.</footer></body></html>";

fn clean_text(cleaner: &Cleaner, input: &str) -> Cleaned {
    cleaner
        .clean_text(input)
        .unwrap_or_else(|e| panic!("{input:?}: {e}"))
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Cleaner>();
    assert_send_sync::<Cleaned>();
    assert_send_sync::<Error>();
    assert_send_sync::<dehusk::Builder>();
}

#[test]
fn one_cleaner_serves_many_threads_with_the_same_results() {
    let cleaner = Cleaner::builder()
        .drop_patterns(["(?i)^tagged "])
        .build()
        .unwrap();
    let inputs = [SAMPLE, HTML, PROSE, "Share this:"];
    let expected: Vec<String> = inputs
        .iter()
        .map(|i| cleaner.clean(i).unwrap().into_text())
        .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..8)
            .map(|t| {
                let (cleaner, inputs) = (&cleaner, &inputs);
                scope.spawn(move || {
                    (0..4)
                        .flat_map(|round| {
                            // Each thread walks the inputs from a different start.
                            let k = (t + round) % inputs.len();
                            inputs.iter().cycle().skip(k).take(inputs.len())
                        })
                        .map(|input| (*input, cleaner.clean(input).unwrap().into_text()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            for (input, got) in handle.join().unwrap() {
                let i = inputs.iter().position(|x| *x == input).unwrap();
                assert_eq!(got, expected[i]);
            }
        }
    });
}

#[test]
fn clean_fn_equals_the_default_cleaner() {
    let cleaner = Cleaner::default();
    for input in [
        SAMPLE,
        HTML,
        PROSE,
        "",
        "Share this:",
        "<p>Hello <b>world</b></p>",
    ] {
        assert_eq!(dehusk::clean(input), cleaner.clean(input).unwrap().text());
    }
}

#[test]
fn input_over_the_limit_is_an_error() {
    let cleaner = Cleaner::builder().max_input_bytes(16).build().unwrap();
    assert!(cleaner.clean("sixteen bytes!!!").is_ok());
    let over = "seventeen bytes!!";
    let want = Error::InputTooLarge { len: 17, limit: 16 };
    assert_eq!(cleaner.clean(over).unwrap_err(), want);
    assert_eq!(cleaner.clean_text(over).unwrap_err(), want);
    assert_eq!(cleaner.clean_html(over).unwrap_err(), want);
    // The limit counts bytes, not characters: nine two-byte letters are 18 bytes.
    assert!(matches!(
        cleaner.clean(&"é".repeat(9)),
        Err(Error::InputTooLarge { len: 18, limit: 16 })
    ));
    assert!(!want.to_string().is_empty());
}

#[test]
fn a_zero_limit_is_a_setting_error() {
    assert!(matches!(
        Cleaner::builder().max_input_bytes(0).build(),
        Err(Error::Setting { .. })
    ));
}

#[test]
fn invalid_patterns_are_errors_naming_the_pattern() {
    match Cleaner::builder().drop_patterns(["(unclosed"]).build() {
        Err(Error::Pattern {
            kind,
            index,
            pattern,
            message,
        }) => {
            assert_eq!((kind, index, pattern.as_str()), ("drop", 0, "(unclosed"));
            assert!(!message.is_empty());
        }
        other => panic!("expected a drop pattern error, got {other:?}"),
    }
    match Cleaner::builder().keep_patterns(["fine", "[z-a]"]).build() {
        Err(
            err @ Error::Pattern {
                kind: "keep",
                index: 1,
                ..
            },
        ) => {
            assert!(err.to_string().contains("[z-a]"), "{err}");
        }
        other => panic!("expected a keep pattern error at index 1, got {other:?}"),
    }
}

#[test]
fn keep_patterns_override_phrase_rules() {
    let input = format!("Share this:\n\n{PROSE}\n\nLike this:");
    let plain = clean_text(&Cleaner::default(), &input);
    let first = plain.blocks().next().unwrap();
    assert_eq!(first.label(), Label::Dropped);
    assert_eq!(first.rule(), Rule::Phrase(Family::Share));

    let cleaner = Cleaner::builder()
        .keep_patterns(["^Share this:$"])
        .build()
        .unwrap();
    let cleaned = clean_text(&cleaner, &input);
    let rules: Vec<(Label, String)> = cleaned
        .blocks()
        .map(|b| (b.label(), b.rule().name()))
        .collect();
    assert_eq!(
        rules,
        [
            (Label::Kept, "user-keep:0".to_string()),
            (Label::Kept, "good".to_string()),
            (Label::Dropped, "phrase:share".to_string()),
        ]
    );
    assert_eq!(cleaned.text(), format!("Share this:\n\n{PROSE}"));
}

#[test]
fn keep_patterns_win_over_drop_patterns() {
    let cleaner = Cleaner::builder()
        .drop_patterns(["harbour"])
        .keep_patterns(["ferry"])
        .build()
        .unwrap();
    let cleaned = clean_text(&cleaner, PROSE);
    let block = cleaned.blocks().next().unwrap();
    assert_eq!(
        (block.label(), block.rule()),
        (Label::Kept, Rule::UserKeep(0))
    );
}

#[test]
fn drop_patterns_drop_a_good_paragraph() {
    let input = format!("{PROSE}\n\n{PROSE_2}");
    let plain = clean_text(&Cleaner::default(), &input);
    assert!(plain.blocks().all(|b| b.rule() == Rule::Good));

    let cleaner = Cleaner::builder()
        .drop_patterns(["^Never matches$", r"(?i)\bferry\b"])
        .build()
        .unwrap();
    let cleaned = clean_text(&cleaner, &input);
    let first = cleaned.blocks().next().unwrap();
    assert_eq!(
        (first.label(), first.rule()),
        (Label::Dropped, Rule::UserDrop(1))
    );
    assert_eq!(first.rule().name(), "user-drop:1");
    assert_eq!(cleaned.text(), PROSE_2);
}

#[test]
fn html_never_yields_markup_script_or_style() {
    let cleaner = Cleaner::default();
    for cleaned in [
        cleaner.clean(HTML).unwrap(),
        cleaner.clean_html(HTML).unwrap(),
    ] {
        let texts = std::iter::once(cleaned.text()).chain(cleaned.blocks().map(|b| b.text()));
        for text in texts {
            for banned in [
                "alert",
                "injected",
                "color",
                "display",
                "<",
                ">",
                "document.",
            ] {
                assert!(!text.contains(banned), "{banned:?} in {text:?}");
            }
        }
        assert!(cleaned
            .text()
            .starts_with("A Day at the Harbour\n\nThe harbour was quiet"));
        assert!(cleaned.text().contains("café"));
    }
}

#[test]
fn every_block_has_a_rule_name() {
    let cleaner = Cleaner::default();
    for input in [
        SAMPLE,
        HTML,
        PROSE,
        "Share this:",
        "12:45 — 3/4",
        "Home | About",
    ] {
        let cleaned = cleaner.clean(input).unwrap();
        assert!(cleaned.blocks().len() > 0, "{input:?}");
        for block in cleaned.blocks() {
            let name = block.rule().name();
            assert!(!name.is_empty(), "{:?}", block.text());
            assert_eq!(name, block.rule().to_string());
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == ':'),
                "{name:?} is not a kebab-case rule name"
            );
        }
    }
}

#[test]
fn a_text_input_has_one_block_per_non_blank_line() {
    let input =
        "Skip to content\n\n  The Harbour Times  \nHome | News\n\n\n\t\n{PROSE}\n\nLeave a Reply\n"
            .replace("{PROSE}", PROSE);
    let cleaned = clean_text(&Cleaner::default(), &input);
    let lines: Vec<(u32, &str)> = input
        .lines()
        .zip(1..)
        .filter(|(line, _)| !line.trim().is_empty())
        .map(|(line, n)| (n, line.trim()))
        .collect();
    let blocks: Vec<(u32, &str)> = cleaned.blocks().map(|b| (b.line(), b.text())).collect();
    assert_eq!(cleaned.blocks().len(), lines.len());
    assert_eq!(blocks, lines);
    assert!(cleaned
        .blocks()
        .all(|b| b.kind() == dehusk::BlockKind::Line));
    // Read back to front too, as `--explain | tac` would.
    assert_eq!(
        cleaned.blocks().next_back().unwrap().text(),
        "Leave a Reply"
    );
}

#[test]
fn empty_input_has_no_blocks() {
    let cleaned = Cleaner::default().clean("").unwrap();
    assert_eq!(cleaned.text(), "");
    assert_eq!(cleaned.blocks().len(), 0);
}

#[test]
fn bundled_example_page_cleans_to_its_article() {
    // The article is everything from the headline to the post metadata.
    let lines: Vec<&str> = SAMPLE.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("A Slow Loaf"))
        .unwrap();
    let end = lines
        .iter()
        .position(|l| l.starts_with("Posted in"))
        .unwrap();
    let article = lines[start..end].join("\n");
    assert_eq!(dehusk::clean(SAMPLE), article.trim_end());
}

/// More blocks than the limit is an error from a `Cleaner` and an empty
/// string from `clean()`, in both modes; segmenting stops at the limit.
#[test]
fn too_many_blocks_is_an_error_and_clean_returns_empty() {
    use dehusk::{Cleaner, Error};
    let cleaner = Cleaner::builder().max_blocks(1000).build().unwrap();
    let html = "<p>word</p>".repeat(1001);
    assert_eq!(
        cleaner.clean(&html).unwrap_err(),
        Error::TooManyBlocks { limit: 1000 }
    );
    let text = "line\n\n".repeat(1001);
    assert!(matches!(
        cleaner.clean_text(&text),
        Err(Error::TooManyBlocks { limit: 1000 })
    ));
    assert!(cleaner.clean(&"<p>word</p>".repeat(1000)).is_ok());
    assert!(Cleaner::builder().max_blocks(0).build().is_err());
}

/// `max_depth` is range-checked by `build()`, and a lower cap still keeps the
/// text of what is nested past it.
#[test]
fn max_depth_is_checked_and_flattens_deeper_nesting() {
    use dehusk::{Cleaner, Error};
    assert!(matches!(
        Cleaner::builder().max_depth(0).build(),
        Err(Error::Setting {
            setting: "max_depth",
            ..
        })
    ));
    assert!(Cleaner::builder()
        .max_depth(dehusk::MAX_DEPTH_LIMIT + 1)
        .build()
        .is_err());
    let cleaner = Cleaner::builder().max_depth(8).build().unwrap();
    let page = format!(
        "<body>{}<p>A sentence nested far deeper than the cap allows, kept all the same because its text joins the block around it.</p>",
        "<section>".repeat(50)
    );
    assert!(cleaner
        .clean(&page)
        .unwrap()
        .text()
        .contains("kept all the same"));
}
