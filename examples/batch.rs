//! Pages per second of `Cleaner::clean_batch` (the `rayon` feature) against
//! one `clean_bytes` call after another, on every page of a benchmark folder
//! laid out like `../shared/datasets/wcxb-dev`.
//!
//! ```text
//! RAYON_NUM_THREADS=1 cargo run --release --features rayon --example batch -- ../shared/datasets/wcxb-dev
//! RAYON_NUM_THREADS=2 cargo run --release --features rayon --example batch -- ../shared/datasets/wcxb-dev
//! ```
//!
//! Each is timed over `PASSES` passes over all the pages (the best pass is
//! reported, as the least disturbed by other processes), after one pass to
//! warm up; the two outputs are checked to be equal.

#[path = "support/corpus.rs"]
mod corpus;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use dehusk::Cleaner;

const PASSES: usize = 3;

fn main() {
    let dir = std::env::args().nth(1).map_or_else(
        || PathBuf::from("../shared/datasets/wcxb-dev"),
        PathBuf::from,
    );
    let pages = match corpus::load(&dir) {
        Ok(pages) => pages,
        Err(e) => {
            eprintln!("batch: {e}");
            std::process::exit(2);
        }
    };
    let batch: Vec<(&[u8], Option<&str>)> =
        pages.iter().map(|p| (p.bytes.as_slice(), None)).collect();
    let bytes: usize = batch.iter().map(|(b, _)| b.len()).sum();
    let cleaner = Cleaner::default();

    let sequential = || -> usize {
        batch
            .iter()
            .map(|&(b, ct)| cleaner.clean_bytes(b, ct).map_or(0, |c| c.text().len()))
            .sum()
    };
    let parallel = || -> usize {
        cleaner
            .clean_batch(&batch)
            .iter()
            .map(|r| r.as_ref().map_or(0, |c| c.text().len()))
            .sum()
    };

    let (seq_out, par_out) = (sequential(), parallel()); // warm-up
    assert_eq!(seq_out, par_out, "batch and sequential outputs differ");
    println!(
        "{} pages, {:.1} MB, rayon threads: {}",
        batch.len(),
        bytes as f64 / 1e6,
        rayon::current_num_threads()
    );
    for (name, run) in [
        ("sequential clean_bytes", &sequential as &dyn Fn() -> usize),
        ("clean_batch", &parallel),
    ] {
        let best = (0..PASSES)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(run());
                start.elapsed()
            })
            .min()
            .unwrap_or(Duration::ZERO);
        let secs = best.as_secs_f64();
        println!(
            "{name:<24} {:7.1} pages/s {:7.1} MB/s ({:.2} s, best of {PASSES})",
            batch.len() as f64 / secs,
            bytes as f64 / 1e6 / secs,
            secs
        );
    }
}
