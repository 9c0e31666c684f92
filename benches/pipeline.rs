//! Throughput of the pipeline, one criterion group per stage:
//!
//! - `classifier`: features, rules and smoothing over already-segmented lines
//!   (everything `Cleaner::run` does except segmentation and output);
//! - `clean_text`: `Cleaner::clean_text` end to end;
//! - `clean_html`: `Cleaner::clean_html` end to end (needs the WCXB pages).
//!
//! Each group has two benchmarks over the same bytes: `corpus`, one document
//! made by concatenating every page, and `pages`, every page cleaned on its
//! own (time per iteration / page count = mean time per page; the count is
//! printed to stderr).
//!
//! The text corpus is the crawler-style dumps of the WCXB dev pages
//! (`../shared/datasets/wcxb-dev`, see `examples/support/corpus.rs`) when that
//! folder exists, plus the crate's own fixture texts (`tests/fixtures/*/source.txt`,
//! `examples/pages/*.txt`); the HTML corpus is the WCXB pages. Each is sampled
//! down or repeated to hold about [`MIN_BYTES`] or more (see [`Inputs::new`]).
//!
//! ```text
//! cargo bench --bench pipeline                # all groups
//! cargo bench --bench pipeline -- clean_text  # one group
//! ```

#[path = "../examples/support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use dehusk::{bench_api, Cleaner};

/// The smallest corpus measured, in bytes.
const MIN_BYTES: usize = 10_000_000;

/// The inputs of one group: the pages and their concatenation.
struct Inputs {
    pages: Vec<String>,
    corpus: String,
}

impl Inputs {
    /// Concatenates `pages`, cycling through them until at least [`MIN_BYTES`];
    /// `pages` is extended to match, so both benchmarks of a group see the
    /// same bytes.
    fn new(mut pages: Vec<String>) -> Option<Self> {
        pages.retain(|p| !p.trim().is_empty());
        if pages.is_empty() {
            return None;
        }
        let originals = pages.len();
        let mut total: usize = pages.iter().map(String::len).sum();
        let mut i = 0;
        while total < MIN_BYTES {
            let page = pages[i % originals].clone();
            total += page.len();
            pages.push(page);
            i += 1;
        }
        let corpus = pages.join("\n\n");
        Some(Inputs { pages, corpus })
    }

    fn bytes(&self) -> u64 {
        self.corpus.len() as u64
    }
}

/// Every `k`-th page, when `pages` hold more than twice [`MIN_BYTES`], so
/// that a run stays short while pages of every kind are kept.
fn sample(pages: Vec<String>) -> Vec<String> {
    let all: usize = pages.iter().map(String::len).sum();
    if all <= 2 * MIN_BYTES {
        return pages;
    }
    pages.into_iter().step_by(all / MIN_BYTES).collect()
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The WCXB dev pages (HTML), or nothing when the folder is missing.
fn wcxb_pages() -> Vec<corpus::Page> {
    let dir = manifest_dir().join("../shared/datasets/wcxb-dev");
    if !dir.is_dir() {
        eprintln!(
            "bench corpus: {} not found, WCXB pages skipped",
            dir.display()
        );
        return Vec::new();
    }
    match corpus::load(&dir) {
        Ok(pages) => pages,
        Err(e) => {
            eprintln!("bench corpus: cannot load {}: {e}", dir.display());
            Vec::new()
        }
    }
}

/// Every file of `dir` (or of its subfolders when `file` is given) whose name
/// matches: `dir/*/<file>` or `dir/*.<ext>`, sorted.
fn find(dir: &Path, file: Option<&str>, ext: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| match file {
            Some(name) => Some(p.join(name)).filter(|p| p.is_file()),
            None => (p.is_file() && p.extension().is_some_and(|e| e == ext)).then_some(p),
        })
        .collect();
    found.sort();
    found
}

/// The crate's own plain-text fixtures.
fn fixture_texts() -> Vec<String> {
    let root = manifest_dir();
    let mut paths = find(&root.join("tests/fixtures"), Some("source.txt"), "txt");
    paths.extend(find(&root.join("examples/pages"), None, "txt"));
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

struct Corpora {
    text: Option<Inputs>,
    html: Option<Inputs>,
    /// Where the pages came from, for the log.
    origin: (String, String),
}

fn corpora() -> Corpora {
    let wcxb = wcxb_pages();
    let n = wcxb.len();
    let dumps = sample(wcxb.iter().map(|p| corpus::dump(&p.html)).collect());
    let html = sample(wcxb.into_iter().map(|p| p.html).collect());
    let fixtures = fixture_texts();
    let origin = (
        format!(
            "{} of {n} WCXB text dumps + {} fixture texts",
            dumps.len(),
            fixtures.len()
        ),
        format!("{} of {n} WCXB HTML pages", html.len()),
    );
    let mut texts = dumps;
    texts.extend(fixtures);
    Corpora {
        text: Inputs::new(texts),
        html: Inputs::new(html),
        origin,
    }
}

fn describe(name: &str, inputs: &Inputs, originals: &str) {
    eprintln!(
        "bench corpus `{name}`: {originals}; {} pages measured, {:.1} MB concatenated",
        inputs.pages.len(),
        inputs.bytes() as f64 / 1e6
    );
}

fn configure<'a>(
    c: &'a mut Criterion,
    name: &str,
    inputs: &Inputs,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Bytes(inputs.bytes()));
    group
}

/// One end-to-end group: `run` over the whole corpus, then page by page.
fn end_to_end(
    c: &mut Criterion,
    name: &str,
    inputs: &Inputs,
    run: impl Fn(&str) -> Result<dehusk::Cleaned, dehusk::Error>,
) {
    let mut group = configure(c, name, inputs);
    group.bench_function("corpus", |b| b.iter(|| run(black_box(&inputs.corpus))));
    group.bench_function("pages", |b| {
        b.iter(|| {
            inputs
                .pages
                .iter()
                .map(|p| run(black_box(p)).map_or(0, |c| c.text().len()))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let Corpora {
        text,
        html,
        origin: (text_origin, html_origin),
    } = corpora();
    // Large enough for the whole concatenated corpus.
    let cleaner = Cleaner::builder()
        .max_input_bytes(usize::MAX)
        .build()
        .expect("default settings build");

    match &text {
        Some(inputs) => {
            describe("text", inputs, &text_origin);

            let doc = bench_api::segment_text(&inputs.corpus);
            let docs: Vec<_> = inputs
                .pages
                .iter()
                .map(|p| bench_api::segment_text(p))
                .collect();
            eprintln!("bench corpus `text`: {} blocks", doc.blocks());
            let mut group = configure(c, "classifier", inputs);
            group.bench_function("corpus", |b| {
                b.iter(|| bench_api::classify(&cleaner, black_box(&doc)))
            });
            group.bench_function("pages", |b| {
                b.iter(|| {
                    docs.iter()
                        .map(|d| bench_api::classify(&cleaner, black_box(d)))
                        .sum::<usize>()
                })
            });
            group.finish();

            end_to_end(c, "clean_text", inputs, |s| cleaner.clean_text(s));
        }
        None => eprintln!("bench corpus `text`: no WCXB pages and no fixture texts, skipped"),
    }

    match &html {
        Some(inputs) => {
            describe("html", inputs, &html_origin);
            end_to_end(c, "clean_html", inputs, |s| cleaner.clean_html(s));
        }
        None => eprintln!("bench corpus `html`: no WCXB pages, clean_html skipped"),
    }
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
