//! dehusk and its peers on the same pages, in one run.
//!
//! Four benchmarks in one criterion group, `side_by_side`, each cleaning every
//! sampled page once per iteration, with `Throughput::Bytes` set to the bytes
//! of all those pages:
//!
//! - `scraper_parse`: `scraper::Html::parse_document` alone, the floor for any
//!   scraper-based pipeline;
//! - `dehusk_clean_html`: `dehusk::Cleaner::clean_html` end to end;
//! - `rs_trafilatura`: `rs_trafilatura::extract` with its default options;
//! - `dom_smoothie`: `dom_smoothie::Readability::new` + `parse` with its
//!   default config (the parse into its DOM included).
//!
//! After criterion, one timed pass over the same pages (the extractors
//! interleaved page by page) prints the mean milliseconds per page and the ratios the speed issue asks for
//! (dehusk / scraper parse at most 1.5; rs-trafilatura / dehusk at least 8).
//!
//! Pages: `../shared/datasets/wcxb-dev/html/*.html.gz` beside the dehusk
//! repository (or the folder in `DEHUSK_PEERS_DIR`), decoded as UTF-8,
//! lossily, sorted by name; every 10th page by default, every page with
//! `DEHUSK_PEERS_ALL=1`.
//!
//! ```text
//! cd benches/peers && cargo bench
//! cd benches/peers && DEHUSK_PEERS_ALL=1 cargo bench
//! cd benches/peers && cargo bench -- dehusk   # one benchmark (no summary)
//! ```

use std::hint::black_box;
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{Criterion, SamplingMode, Throughput};

/// Every `SAMPLE_STEP`-th page, sorted by name, unless `DEHUSK_PEERS_ALL=1`.
const SAMPLE_STEP: usize = 10;

/// The extractors, in the order they are benchmarked and reported.
const NAMES: [&str; 4] = [
    "scraper_parse",
    "dehusk_clean_html",
    "rs_trafilatura",
    "dom_smoothie",
];

fn pages_dir() -> PathBuf {
    match std::env::var_os("DEHUSK_PEERS_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/datasets/wcxb-dev/html")
        }
    }
}

/// The sampled pages, sorted by file name.
fn load_pages() -> Vec<String> {
    let dir = pages_dir();
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (set DEHUSK_PEERS_DIR to a folder of *.html.gz pages)",
            dir.display()
        )
    });
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".html.gz"))
        .collect();
    paths.sort();
    let all = std::env::var("DEHUSK_PEERS_ALL").is_ok_and(|v| v == "1");
    let step = if all { 1 } else { SAMPLE_STEP };
    let pages: Vec<String> = paths
        .iter()
        .step_by(step)
        .map(|path| {
            let file =
                std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let mut bytes = Vec::new();
            flate2::read::GzDecoder::new(file)
                .read_to_end(&mut bytes)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .collect();
    assert!(!pages.is_empty(), "no *.html.gz pages in {}", dir.display());
    pages
}

/// Runs extractor `name` on one page; `true` when it produced a result.
fn run(name: &str, cleaner: &dehusk::Cleaner, page: &str) -> bool {
    match name {
        "scraper_parse" => {
            black_box(scraper::Html::parse_document(black_box(page)));
            true
        }
        "dehusk_clean_html" => black_box(cleaner.clean_html(black_box(page))).is_ok(),
        "rs_trafilatura" => black_box(rs_trafilatura::extract(black_box(page))).is_ok(),
        "dom_smoothie" => match dom_smoothie::Readability::new(black_box(page), None, None) {
            Ok(mut readability) => black_box(readability.parse()).is_ok(),
            Err(_) => false,
        },
        _ => unreachable!("unknown extractor {name}"),
    }
}

fn side_by_side(c: &mut Criterion, pages: &[String], cleaner: &dehusk::Cleaner) {
    let bytes: usize = pages.iter().map(String::len).sum();
    eprintln!(
        "side_by_side: {} pages, {:.1} MB, from {}",
        pages.len(),
        bytes as f64 / 1e6,
        pages_dir().display()
    );
    let mut group = c.benchmark_group("side_by_side");
    group
        .throughput(Throughput::Bytes(bytes as u64))
        // One iteration is a pass over every page (0.4 s to several seconds):
        // flat sampling keeps the run to sample_size iterations.
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(10));
    for name in NAMES {
        group.bench_function(name, |b| {
            b.iter(|| {
                for page in pages {
                    run(name, cleaner, page);
                }
            })
        });
    }
    group.finish();
}

/// One timed pass over `pages`, every extractor on each page in turn (the
/// order rotated from page to page), so that load from other processes on a
/// shared machine falls on all of them alike: mean ms per page, failures.
fn summary(pages: &[String], cleaner: &dehusk::Cleaner) {
    let mut total = [Duration::ZERO; NAMES.len()];
    let mut failed = [0usize; NAMES.len()];
    for (p, page) in pages.iter().enumerate() {
        for k in 0..NAMES.len() {
            let i = (p + k) % NAMES.len();
            let start = Instant::now();
            let ok = run(NAMES[i], cleaner, page);
            total[i] += start.elapsed();
            failed[i] += usize::from(!ok);
        }
    }
    let n = pages.len() as f64;
    let mean_ms = total.map(|t| t.as_secs_f64() * 1e3 / n);
    println!();
    println!(
        "mean time per page, one pass over {} pages (extractors interleaved page by page):",
        pages.len()
    );
    for (i, name) in NAMES.iter().enumerate() {
        let note = if failed[i] > 0 {
            format!("  ({} pages returned an error)", failed[i])
        } else {
            String::new()
        };
        println!("  {name:<18} {:>8.2} ms/page{note}", mean_ms[i]);
    }
    let [parse, dehusk, trafilatura, smoothie] = mean_ms;
    println!(
        "  dehusk / scraper_parse   {:>6.2}x  (target: at most 1.5)",
        dehusk / parse
    );
    println!(
        "  rs_trafilatura / dehusk  {:>6.2}x  (target: at least 8)",
        trafilatura / dehusk
    );
    println!("  dom_smoothie / dehusk    {:>6.2}x", smoothie / dehusk);
}

fn main() {
    let pages = load_pages();
    let cleaner = dehusk::Cleaner::default();
    // The phrase library is compiled on first use: do it before any timing.
    for name in NAMES {
        run(name, &cleaner, &pages[0]);
    }
    let mut c = Criterion::default().configure_from_args();
    side_by_side(&mut c, &pages, &cleaner);
    c.final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and a
    // filter (`cargo bench -- dehusk`) means one benchmark was wanted.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filtered = args.iter().any(|a| !a.starts_with('-'));
    if args.iter().any(|a| a == "--bench") && !filtered {
        summary(&pages, &cleaner);
    }
}
