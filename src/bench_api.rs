//! Hidden entry points for the benchmarks in `benches/`; not part of the API.
//!
//! The stages are crate-private, so the benchmarks reach them through here,
//! one function per stage, each taking what the stage before it made:
//!
//! ```text
//! parse_html                      html5ever's parse alone
//! segment_html / segment_text  -> Segmented       (depth guard, parse, walk)
//! features(&Segmented)         -> Measured        (language detection, features::measure per block)
//! label(&Segmented, &Measured) -> Labelled        (context-free rules, markup rules)
//! smooth(&Segmented, &Measured, &mut Labelled)    (the context pass)
//! output(&Segmented, &Labelled) -> String         (kept blocks joined)
//! ```
//!
//! chained as `Cleaner::run` and `Cleaner::classify` chain them, with the
//! default settings (a [`Cleaner`] built with no patterns, preset and
//! language at their defaults). [`classify()`] runs features, rules and
//! smoothing in one call, through the `Cleaner`. Nothing here is stable or
//! documented for users; it may change or go away in any release.

use crate::block::Label;
use crate::builder::Preset;
use crate::classify::{Class, Rules, Verdict};
use crate::features::Features;
use crate::language::Language;
use crate::{output, segment, smooth, Cleaner};

/// A segmented document, opaque: made by [`segment_text`] or
/// [`segment_html`], read by the later stages.
#[derive(Debug, Clone)]
pub struct Segmented(segment::Segmented);

impl Segmented {
    /// The number of blocks.
    pub fn blocks(&self) -> usize {
        self.0.blocks.len()
    }
}

/// The features of every block of a [`Segmented`], opaque.
#[derive(Debug, Clone)]
pub struct Measured(Vec<Features>, Language);

/// The verdict on every block of a [`Segmented`], opaque: context-free after
/// [`label()`], final after [`smooth()`].
#[derive(Debug, Clone)]
pub struct Labelled(Vec<Verdict>);

impl Labelled {
    /// The number of blocks labelled good (kept).
    pub fn kept(&self) -> usize {
        self.0.iter().filter(|v| v.class == Class::Good).count()
    }
}

/// Cuts a plain-text input into blocks, as [`Cleaner::clean_text`] does.
pub fn segment_text(input: &str) -> Segmented {
    Segmented(segment::text(input))
}

/// Cuts an HTML input into blocks, as [`Cleaner::clean_html`] does: the
/// depth guard, html5ever's parse and the walk over the tree.
pub fn segment_html(input: &str) -> Segmented {
    Segmented(segment::html(input))
}

/// Parses `input` with html5ever as `segment_html` does (scripting
/// disabled), and returns the number of nodes of the tree.
///
/// Not included: the depth guard in front of the parse, which is private to
/// the `segment` module; on real pages it leaves the input untouched, so the
/// tree is the same. `segment_html` minus this is the guard and the walk.
pub fn parse_html(input: &str) -> usize {
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let html = html5ever::driver::parse_document(
        scraper::HtmlTreeSink::new(scraper::Html::new_document()),
        opts,
    )
    .one(input);
    html.tree.nodes().count()
}

/// The rules of a default [`Cleaner`].
fn default_rules() -> Rules {
    Rules {
        thresholds: Preset::default().thresholds(),
        language: None,
        keep: None,
        drop: None,
    }
}

/// Measures the features of every block, as `Cleaner::classify` does first.
pub fn features(doc: &Segmented) -> Measured {
    let (language, features) = crate::cleaner::measure_in_language(&doc.0, &default_rules());
    Measured(features, language)
}

/// The context-free pass: the rules on each block's text and features, then
/// the markup rules (HTML), as `Cleaner::classify` does second.
pub fn label(doc: &Segmented, measured: &Measured) -> Labelled {
    Labelled(crate::cleaner::label(
        &doc.0,
        &measured.0,
        &default_rules(),
        measured.1,
    ))
}

/// The context pass, in place, as `Cleaner::classify` does last.
pub fn smooth(doc: &Segmented, measured: &Measured, labelled: &mut Labelled) {
    let rules = default_rules();
    smooth::relabel(&doc.0, &measured.0, &mut labelled.0, &rules.thresholds);
}

/// Joins the text of the kept blocks, as `Cleaner::run` does after the
/// classifier.
pub fn output(doc: &Segmented, labelled: &Labelled) -> String {
    let doc = &doc.0;
    output::join(doc.blocks.iter().zip(&labelled.0).map(|(b, v)| {
        let label = if v.class == Class::Good {
            Label::Kept
        } else {
            Label::Dropped
        };
        (b, doc.text_of(b), label)
    }))
}

/// Runs the classifier (features, context-free rules, smoothing) over `doc`,
/// as `Cleaner::run` does, and returns the number of kept blocks.
pub fn classify(cleaner: &Cleaner, doc: &Segmented) -> usize {
    cleaner
        .classify(&doc.0)
        .1
        .iter()
        .filter(|v| v.class == Class::Good)
        .count()
}

#[cfg(test)]
mod tests {
    use super::{features, label, output, segment_html, segment_text, smooth};
    use crate::Cleaner;

    /// The stages chained here give what the `Cleaner` gives.
    #[test]
    fn stages_chain_as_the_cleaner_does() {
        let html = "<html><body><nav><a href='/'>Home</a> | <a href='/about'>About</a></nav>\
            <article><h1>The river</h1><p>The committee met for six hours on Monday and, after a long \
            debate, agreed to publish its report on the state of the river before the summer.</p>\
            <p>Share this:</p></article><footer>All rights reserved.</footer></body></html>";
        let text = "Share this:\n\nThe rain kept falling on the old town all through the night, and by morning the river had burst its banks.\n\nLeave a Reply";
        let cleaner = Cleaner::default();
        for (doc, expected) in [
            (segment_html(html), cleaner.clean_html(html)),
            (segment_text(text), cleaner.clean_text(text)),
        ] {
            let measured = features(&doc);
            let mut labelled = label(&doc, &measured);
            smooth(&doc, &measured, &mut labelled);
            let expected = expected.map(|c| c.into_text()).unwrap_or_default();
            assert!(!expected.is_empty());
            assert_eq!(output(&doc, &labelled), expected);
        }
    }
}
