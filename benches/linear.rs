//! Linear time on hostile inputs: each family at sizes n, 2n, 4n and 8n.
//!
//! `cargo bench --bench linear` times `dehusk::clean` on every size (best of
//! 3 runs or more, after a warm-up run; see [`time`]) and prints the growth
//! ratio per doubling; a ratio above 2.5 is flagged `FLAG`, and so is a size
//! that takes longer than [`GIVE_UP`] (the larger sizes of that family are
//! then skipped). Linear work gives ratios near 2; fixed costs push small
//! sizes below 2. On a busy machine a single ratio can still jump: rerun
//! before believing a lone flag. Run without `--bench` (as
//! `cargo test --benches` does), it cleans each family once at a small size
//! and prints nothing: a smoke test, not a measurement.
//!
//! Two effects of the machine, not of dehusk, put a one-time step into the
//! time per byte, and the bench keeps both out of its ratios:
//!
//! - glibc's allocator serves a block above its mmap threshold (at most
//!   32 MiB) with fresh pages from the kernel on every call and returns them
//!   on free, so the first size whose parse tree (scraper's nodes take
//!   about 128 bytes each) crosses 32 MiB pays a page fault per 4 KiB on
//!   every run: measured here, nested tables went from 18 ms at 512 KiB to
//!   50 ms at 1 MiB (4,386 faults per run), then doubled again to 97 ms. On
//!   glibc the bench therefore runs itself again with `GLIBC_TUNABLES`
//!   raising the mmap and trim thresholds, so freed memory is reused by the
//!   next run, and prints the minor page faults of the 8n runs. Set
//!   `DEHUSK_LINEAR_MALLOC=default` to measure with glibc's defaults.
//! - Caches: an input that fits in a cache is read and copied at a higher
//!   rate than one that does not. The attribute families, whose work is a
//!   few copies at gigabytes per second, therefore start at 16 MiB, where
//!   the input and its copies no longer fit in a 32 MiB L3 (from 8 MiB, the
//!   first step still read 2.5x to 2.8x on a busy host, when another
//!   tenant held part of the L3); the bench's cleaner raises the input limit
//!   to allow their 128 MiB size.

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Bytes of the largest (8n) input of a family, unless it sets its own.
const LARGEST: usize = 4 << 20;
/// Above this ratio per doubling, a family is flagged.
const LIMIT: f64 = 2.5;
/// A single clean slower than this stops the family.
const GIVE_UP: Duration = Duration::from_secs(10);
/// Size of each input in smoke mode.
const SMOKE: usize = 4 << 10;
/// Input limit of the bench's cleaner: above the largest family's 8n.
const INPUT_LIMIT: usize = 256 << 20;
/// Set to `default` to keep glibc's allocator settings (see the top).
const MALLOC_VAR: &str = "DEHUSK_LINEAR_MALLOC";
/// glibc's tunables for the runs: no mmap for blocks below 1 GiB, and no
/// trimming of the heap's top below 4 GiB.
const TUNABLES: &str =
    "glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=4294967296";

/// One hostile family: a name, the size of its largest input (8n, chosen so
/// that it takes well under two seconds in release) and how to build an
/// input of about `bytes` bytes.
struct Family {
    name: &'static str,
    largest: usize,
    make: fn(usize) -> String,
}

/// `unit` repeated to about `bytes` bytes, between `head` and `tail`.
fn repeat(head: &str, unit: &str, tail: &str, bytes: usize) -> String {
    let count = (bytes / unit.len()).max(1);
    let mut s = String::with_capacity(head.len() + unit.len() * count + tail.len());
    s.push_str(head);
    for _ in 0..count {
        s.push_str(unit);
    }
    s.push_str(tail);
    s
}

const PROSE: &str = "<p>The committee met for six hours on Monday and, after a long debate, agreed to publish its report before the summer.</p>";

fn families() -> Vec<Family> {
    vec![
        Family {
            name: "html: nested <div>",
            largest: LARGEST,
            make: |b| repeat("<html><body>", "<div>", PROSE, b),
        },
        Family {
            name: "html: nested <ul><li>",
            largest: 1 << 20,
            make: |b| repeat("<html><body>", "<ul><li>", PROSE, b),
        },
        Family {
            name: "html: nested <a><i>",
            largest: LARGEST,
            make: |b| repeat("<html><body>", "<a><i>", PROSE, b),
        },
        Family {
            name: "html: nested <b>",
            largest: LARGEST,
            make: |b| repeat("<html><body>", "<b>", PROSE, b),
        },
        Family {
            name: "html: nested <table><tr><td>",
            largest: 2 << 20,
            make: |b| repeat("<html><body>", "<table><tr><td>", PROSE, b),
        },
        Family {
            name: "html: table rows",
            largest: 2 << 20,
            make: |b| {
                repeat(
                    "<html><body><table>",
                    "<tr><td>Cell text</td><td>12.50</td><td><a href=/x>more</a></td></tr>\n",
                    "</table>",
                    b,
                )
            },
        },
        Family {
            name: "html: page on one line",
            largest: LARGEST,
            make: |b| {
                repeat(
                    "<!doctype html><html><head><title>t</title></head><body>",
                    "<div class=\"post\"><h2>Title</h2><p>The rain kept falling on the old town all through the night, and by morning the river had burst its banks.</p><ul class=\"share\"><li><a href=\"/s\">Share</a></li><li><a href=\"/t\">Tweet</a></li></ul></div>",
                    "</body></html>",
                    b,
                )
            },
        },
        Family {
            name: "html: <a followed by /",
            largest: 1 << 20,
            make: |b| {
                repeat(
                    "<html><body><p>x<a ",
                    "/",
                    &format!(">link</a></p>{PROSE}"),
                    b,
                )
            },
        },
        Family {
            name: "html: long attribute",
            largest: 128 << 20,
            make: |b| {
                repeat(
                    "<html><body><p title=\"",
                    "a",
                    &format!("\">text</p>{PROSE}"),
                    b,
                )
            },
        },
        Family {
            name: "html: data: URI",
            largest: 128 << 20,
            make: |b| {
                repeat(
                    "<html><body><img src=\"data:image/png;base64,",
                    "iVBORw0KGgo",
                    &format!("\">{PROSE}"),
                    b,
                )
            },
        },
        Family {
            name: "html: unterminated comment",
            largest: LARGEST,
            make: |b| repeat("<html><body><p>before</p><!--", "<p>not text</p>", "", b),
        },
        Family {
            name: "text: one long line",
            largest: 8 << 20,
            make: |b| repeat("", "word ", "", b),
        },
        Family {
            name: "text: many empty lines",
            largest: 8 << 20,
            make: |b| repeat("Start.", "\n", "The end of the text, with a sentence.", b),
        },
        Family {
            name: "text: CR-only lines",
            largest: 8 << 20,
            make: |b| {
                repeat(
                    "",
                    "The rain kept falling on the old town all through the night.\r",
                    "",
                    b,
                )
            },
        },
        Family {
            name: "text: short menu lines",
            largest: LARGEST,
            make: |b| repeat("", "Home\nNews | Sport\n\n", "", b),
        },
        Family {
            name: "text: CJK without spaces",
            largest: 8 << 20,
            make: |b| {
                repeat(
                    "",
                    "今天天气很好我们去公园散步吧私は学生です東京へ行きます",
                    "",
                    b,
                )
            },
        },
    ]
}

/// Timed runs of each size: at least this many ...
const MIN_RUNS: u32 = 3;
/// ... and more, up to [`MAX_RUNS`], until this much time is spent on it.
const MIN_TOTAL: Duration = Duration::from_secs(1);
/// Most timed runs of one size.
const MAX_RUNS: u32 = 50;

/// Minor page faults of this process so far (field 10 of
/// `/proc/self/stat`), or `None` where that file does not exist.
fn minor_faults() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces.
    let after_name = stat.get(stat.rfind(')')? + 1..)?;
    after_name.split_whitespace().nth(7)?.parse().ok()
}

/// One timing: the fastest run and the minor page faults per timed run.
struct Timing {
    best: Duration,
    faults: Option<u64>,
}

/// The fastest run of `cleaner` on `input`: after one untimed run that
/// warms the allocator (first-touch page faults on fresh buffers made the
/// largest sizes look superlinear), the best of at least [`MIN_RUNS`] runs,
/// more for fast sizes (on a shared machine the minimum of many runs is the
/// one the other processes left alone). Stops early when a run exceeds
/// [`GIVE_UP`].
fn time(cleaner: &dehusk::Cleaner, input: &str) -> Timing {
    let start = Instant::now();
    black_box(cleaner.clean(black_box(input)).ok());
    let warm_up = start.elapsed();
    if warm_up > GIVE_UP {
        return Timing {
            best: warm_up,
            faults: None,
        };
    }
    let faults_before = minor_faults();
    let (mut best, mut total, mut runs) = (Duration::MAX, Duration::ZERO, 0u32);
    while runs < MIN_RUNS || (total < MIN_TOTAL && runs < MAX_RUNS) {
        let start = Instant::now();
        black_box(cleaner.clean(black_box(input)).ok());
        let took = start.elapsed();
        best = best.min(took);
        total += took;
        runs += 1;
        if took > GIVE_UP {
            break;
        }
    }
    let faults = faults_before
        .zip(minor_faults())
        .map(|(a, b)| b.saturating_sub(a) / u64::from(runs.max(1)));
    Timing { best, faults }
}

/// On glibc, unless [`MALLOC_VAR`] says `default` or this is the run
/// started here: runs this bench again with [`TUNABLES`] and returns its
/// exit code.
fn rerun_with_tunables() -> Option<i32> {
    if !cfg!(all(target_os = "linux", target_env = "gnu")) || std::env::var_os(MALLOC_VAR).is_some()
    {
        return None;
    }
    let exe = std::env::current_exe().ok()?;
    let status = std::process::Command::new(exe)
        .args(std::env::args_os().skip(1))
        .env(MALLOC_VAR, "tuned")
        .env("GLIBC_TUNABLES", TUNABLES)
        .status()
        .ok()?;
    Some(status.code().unwrap_or(1))
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` does not.
    if !std::env::args().any(|a| a == "--bench") {
        for family in families() {
            black_box(dehusk::clean(&(family.make)(SMOKE)));
        }
        return;
    }
    if let Some(code) = rerun_with_tunables() {
        std::process::exit(code);
    }
    let cleaner = match dehusk::Cleaner::builder()
        .max_input_bytes(INPUT_LIMIT)
        .build()
    {
        Ok(cleaner) => cleaner,
        Err(e) => {
            eprintln!("cannot build the cleaner: {e}");
            std::process::exit(1);
        }
    };
    // Warm up: the phrase library is compiled on first use.
    black_box(cleaner.clean("Share this:\n\nA warm-up sentence.").ok());

    let malloc = match std::env::var(MALLOC_VAR) {
        Ok(v) if v == "tuned" => format!("GLIBC_TUNABLES={TUNABLES}"),
        _ => "the allocator's defaults".to_string(),
    };
    println!(
        "Cleaner::clean, best of {MIN_RUNS} or more after a warm-up, at sizes n, 2n, 4n and 8n"
    );
    println!("allocator: {malloc}");
    println!(
        "{:<30} {:>6} {:>9} {:>9} {:>9} {:>9}   {:>5} {:>5} {:>5} {:>8}",
        "family", "n", "t(n)", "t(2n)", "t(4n)", "t(8n)", "2n/n", "4n/2n", "8n/4n", "flt(8n)"
    );
    let mut flagged = 0;
    for family in families() {
        let n = family.largest / 8;
        let mut times: Vec<Duration> = Vec::new();
        let mut faults = None;
        let mut gave_up = false;
        for factor in [1, 2, 4, 8] {
            let input = (family.make)(n * factor);
            let timing = time(&cleaner, &input);
            let t = timing.best;
            times.push(t);
            faults = timing.faults;
            if t > GIVE_UP {
                gave_up = true;
                break;
            }
        }
        let cells: Vec<String> = (0..4)
            .map(|i| match times.get(i) {
                Some(t) => format!("{:.1}ms", t.as_secs_f64() * 1e3),
                None => "-".to_string(),
            })
            .collect();
        let ratios: Vec<f64> = times
            .windows(2)
            .map(|w| w[1].as_secs_f64() / w[0].as_secs_f64().max(1e-9))
            .collect();
        let shown: Vec<String> = (0..3)
            .map(|i| match ratios.get(i) {
                Some(r) => format!("{r:.2}"),
                None => "-".to_string(),
            })
            .collect();
        let flag = gave_up || ratios.iter().any(|&r| r > LIMIT);
        flagged += usize::from(flag);
        println!(
            "{:<30} {:>6} {:>9} {:>9} {:>9} {:>9}   {:>5} {:>5} {:>5} {:>8}{}",
            family.name,
            format!("{}K", n >> 10),
            cells[0],
            cells[1],
            cells[2],
            cells[3],
            shown[0],
            shown[1],
            shown[2],
            match (gave_up, faults) {
                (false, Some(f)) => f.to_string(),
                _ => "-".to_string(),
            },
            if flag { "  FLAG" } else { "" }
        );
    }
    println!(
        "{flagged} famil{} above {LIMIT}x per doubling",
        if flagged == 1 { "y" } else { "ies" }
    );
}
