//! Throughput of the pipeline, one criterion group per stage.
//!
//! Text mode, over the text corpus:
//! - `classifier`: features, rules and smoothing over already-segmented lines
//!   (everything `Cleaner::run` does except segmentation and output);
//! - `clean_text`: `Cleaner::clean_text` end to end.
//!
//! HTML mode, over the HTML corpus, each stage timed alone on the output of
//! the stages before it (made outside the timed loop), in pipeline order:
//! - `parse`: html5ever's parse alone, with dehusk's options (see
//!   `bench_api::parse_html`);
//! - `segment_html`: the depth guard, the parse and the walk over the tree
//!   (`segment::html`), blocks out;
//! - `features`: `features::measure` on every block;
//! - `classify`: the context-free rules and the markup rules;
//! - `smooth`: the context pass;
//! - `output`: the kept blocks joined;
//! - `clean_html`: `Cleaner::clean_html` end to end.
//!
//! Every group has `Throughput::Bytes` set to the bytes of its input pages
//! (for every HTML stage, the HTML bytes), so the times of `segment_html`,
//! `features`, `classify`, `smooth` and `output` add up to about that of
//! `clean_html/pages`. The end-to-end groups have two benchmarks over the
//! same bytes: `corpus`, one document made by concatenating every page, and
//! `pages`, every page cleaned on its own (time per iteration / page count =
//! mean time per page; the count is printed to stderr); the stage groups
//! have `pages` only.
//!
//! The HTML corpus is every 10th of the WCXB dev pages
//! (`../shared/datasets/wcxb-dev`, see `examples/support/corpus.rs`), sorted
//! by id: the pages of the side-by-side bench (`benches/peers`); without that
//! folder, the crate's own HTML fixtures (`tests/fixtures/*/source.html`).
//! The text corpus is the crawler-style dumps of the WCXB dev pages plus the
//! crate's fixture texts (`tests/fixtures/*/source.txt`,
//! `examples/pages/*.txt`). Either is repeated to hold at least [`MIN_BYTES`]
//! (see [`Inputs::new`]); the text corpus is also sampled down to about that
//! (see [`sample`]).
//!
//! ```text
//! cargo bench --bench pipeline                # all groups
//! cargo bench --bench pipeline -- clean_text  # one group
//! cargo bench --bench pipeline -- '^(parse|segment_html|features|classify|smooth|output|clean_html)/'
//! ```

#[path = "../examples/support/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BatchSize, BenchmarkGroup, Criterion, SamplingMode, Throughput,
};
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
    read_all(&paths)
}

/// The crate's own HTML fixtures.
fn fixture_html() -> Vec<String> {
    let root = manifest_dir();
    read_all(&find(
        &root.join("tests/fixtures"),
        Some("source.html"),
        "html",
    ))
}

fn read_all(paths: &[PathBuf]) -> Vec<String> {
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Every `HTML_STEP`-th WCXB page, sorted by id, for the HTML groups: the
/// pages of the side-by-side bench.
const HTML_STEP: usize = 10;

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
    let fixtures = fixture_texts();
    let (html, html_origin) = if wcxb.is_empty() {
        let html = fixture_html();
        let origin = format!("{} HTML fixtures", html.len());
        (html, origin)
    } else {
        let html: Vec<String> = wcxb
            .into_iter()
            .step_by(HTML_STEP)
            .map(|p| p.html)
            .collect();
        let origin = format!("every {HTML_STEP}th of {n} WCXB HTML pages, {}", html.len());
        (html, origin)
    };
    let origin = (
        format!(
            "{} of {n} WCXB text dumps + {} fixture texts",
            dumps.len(),
            fixtures.len()
        ),
        html_origin,
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
    bytes: u64,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(20)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10))
        .throughput(Throughput::Bytes(bytes));
    group
}

/// A group whose one iteration is a pass over tens of megabytes (a
/// tenth of a second to a second): flat sampling, ten samples.
fn configure_long<'a>(
    c: &'a mut Criterion,
    name: &str,
    bytes: u64,
) -> BenchmarkGroup<'a, criterion::measurement::WallTime> {
    let mut group = configure(c, name, bytes);
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group
}

/// One end-to-end group: `run` over the whole corpus, then page by page.
fn end_to_end<'a>(
    mut group: BenchmarkGroup<'a, criterion::measurement::WallTime>,
    inputs: &Inputs,
    run: impl Fn(&str) -> Result<dehusk::Cleaned, dehusk::Error>,
) {
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

/// One stage group: `run` on every item (the output of the stages before,
/// one per page), a pass over all of them per iteration.
fn stage<T, R>(c: &mut Criterion, name: &str, bytes: u64, items: &[T], run: impl Fn(&T) -> R) {
    let mut group = configure_long(c, name, bytes);
    group.bench_function("pages", |b| {
        b.iter(|| {
            for item in items {
                black_box(run(black_box(item)));
            }
        })
    });
    group.finish();
}

/// The HTML groups, stage by stage in pipeline order, then end to end.
fn html_stages(c: &mut Criterion, cleaner: &Cleaner, inputs: &Inputs) {
    let pages = &inputs.pages;
    let bytes: u64 = pages.iter().map(|p| p.len() as u64).sum();

    stage(c, "parse", bytes, pages, |p| bench_api::parse_html(p));
    stage(c, "segment_html", bytes, pages, |p| {
        bench_api::segment_html(p)
    });

    // Each later stage is timed on what the ones before it made, once.
    let docs: Vec<_> = pages.iter().map(|p| bench_api::segment_html(p)).collect();
    let blocks: usize = docs.iter().map(bench_api::Segmented::blocks).sum();
    eprintln!("bench corpus `html`: {blocks} blocks");
    stage(c, "features", bytes, &docs, bench_api::features);

    let measured: Vec<_> = docs.iter().map(bench_api::features).collect();
    let docs_measured: Vec<_> = docs.iter().zip(&measured).collect();
    stage(c, "classify", bytes, &docs_measured, |(d, m)| {
        bench_api::label(d, m)
    });

    let labelled: Vec<_> = docs_measured
        .iter()
        .map(|(d, m)| bench_api::label(d, m))
        .collect();
    let mut group = configure_long(c, "smooth", bytes);
    group.bench_function("pages", |b| {
        // The context pass works in place: each iteration on fresh copies
        // of the context-free labels, copied outside the timed part.
        b.iter_batched(
            || labelled.clone(),
            |mut labelled| {
                for ((d, m), l) in docs_measured.iter().zip(&mut labelled) {
                    bench_api::smooth(black_box(d), m, l);
                }
                labelled
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let smoothed: Vec<_> = docs_measured
        .iter()
        .zip(&labelled)
        .map(|((d, m), l)| {
            let mut l = l.clone();
            bench_api::smooth(d, m, &mut l);
            (*d, l)
        })
        .collect();
    let kept: usize = smoothed.iter().map(|(_, l)| l.kept()).sum();
    eprintln!("bench corpus `html`: {kept} blocks kept");
    stage(c, "output", bytes, &smoothed, |(d, l)| {
        bench_api::output(d, l)
    });

    end_to_end(
        configure_long(c, "clean_html", inputs.bytes()),
        inputs,
        |s| cleaner.clean_html(s),
    );
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
            let mut group = configure(c, "classifier", inputs.bytes());
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

            end_to_end(configure(c, "clean_text", inputs.bytes()), inputs, |s| {
                cleaner.clean_text(s)
            });
        }
        None => eprintln!("bench corpus `text`: no WCXB pages and no fixture texts, skipped"),
    }

    match &html {
        Some(inputs) => {
            describe("html", inputs, &html_origin);
            html_stages(c, &cleaner, inputs);
        }
        None => eprintln!("bench corpus `html`: no WCXB pages and no HTML fixtures, skipped"),
    }
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
