//! Scores dehusk on a benchmark folder laid out like `../shared/datasets/wcxb-dev`.
//!
//! ```text
//! cargo run --release --example evaluate -- text ../shared/datasets/wcxb-dev [--out PRED.json] [--preset balanced]
//! cargo run --release --example evaluate -- html ../shared/datasets/wcxb-dev
//! ```
//!
//! `text` turns each page into a plain-text dump (see `support/corpus.rs`) and
//! cleans the dump with `Cleaner::clean_text`; `html` cleans the page's bytes
//! with `Cleaner::clean_bytes` (charset sniffed, then `clean`). Both write the predictions as JSON `{id: text}`
//! (default `target/evaluate-<mode>.json`) and print WCXB word precision,
//! recall and F1, overall and per page type, the snippet rates, and speed.
//! The figures agree with `python3 ../shared/tools/score.py DIR PRED.json`.

#[path = "support/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use dehusk::{Cleaner, Preset};

fn main() {
    if let Err(e) = run() {
        eprintln!("evaluate: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: evaluate (text|html) DIR [--out PRED.json] [--preset precision|balanced|recall] [--explain-dir DIR]";
    let mode = args.next().ok_or(usage)?;
    let dir = PathBuf::from(args.next().ok_or(usage)?);
    let mut out = PathBuf::from(format!("target/evaluate-{mode}.json"));
    let mut preset = Preset::Balanced;
    let mut explain_dir: Option<PathBuf> = None;
    while let Some(flag) = args.next() {
        match flag.as_str() {
            "--out" => out = PathBuf::from(args.next().ok_or(usage)?),
            "--explain-dir" => explain_dir = Some(PathBuf::from(args.next().ok_or(usage)?)),
            "--preset" => {
                preset = match args.next().as_deref() {
                    Some("precision") => Preset::Precision,
                    Some("balanced") => Preset::Balanced,
                    Some("recall") => Preset::Recall,
                    _ => return Err(usage.into()),
                }
            }
            _ => return Err(usage.into()),
        }
    }
    if mode != "text" && mode != "html" {
        return Err(usage.into());
    }
    let cleaner = Cleaner::builder()
        .preset(preset)
        .build()
        .map_err(|e| e.to_string())?;
    let pages = corpus::load(&dir)?;
    let inputs: Vec<String> = if mode == "text" {
        pages.iter().map(|p| corpus::dump(&p.html)).collect()
    } else {
        pages.iter().map(|p| p.html.clone()).collect()
    };

    // Build the lazily compiled pattern library before timing: the figures
    // are steady-state throughput, the one-time set-up is reported apart.
    let warm = Instant::now();
    let _ = cleaner.clean_text("Share this:");
    let setup = warm.elapsed();

    let mut predictions = BTreeMap::new();
    let mut languages: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut elapsed = Duration::ZERO;
    let mut bytes = 0usize;
    for (page, input) in pages.iter().zip(&inputs) {
        let start = Instant::now();
        let cleaned = if mode == "text" {
            cleaner.clean_text(input)
        } else {
            // The bytes as stored: charset sniffed and decoded as a crawler would.
            cleaner.clean_bytes(&page.bytes, None)
        };
        elapsed += start.elapsed();
        bytes += if mode == "text" {
            input.len()
        } else {
            page.bytes.len()
        };
        if let (Some(dir), Ok(c)) = (&explain_dir, &cleaned) {
            explain(dir, &page.id, c)?;
        }
        if let Ok(c) = &cleaned {
            *languages.entry(c.language().code()).or_default() += 1;
        }
        let text = cleaned.map(|c| c.into_text()).unwrap_or_default();
        predictions.insert(page.id.clone(), text);
    }

    let json = serde_json::to_string(&predictions).map_err(|e| e.to_string())?;
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    std::fs::write(&out, json).map_err(|e| format!("{}: {e}", out.display()))?;

    report(&pages, &predictions);
    let tally: Vec<String> = languages
        .iter()
        .map(|(code, n)| format!("{code} {n}"))
        .collect();
    println!("languages cleaned as: {}", tally.join(", "));
    let secs = elapsed.as_secs_f64().max(1e-9);
    println!(
        "speed ({mode}, single thread, release?={}): {} pages, {:.1} MB in {:.3} s = {:.1} MB/s, {:.0} pages/s",
        !cfg!(debug_assertions),
        pages.len(),
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        pages.len() as f64 / secs
    );
    println!(
        "one-time set-up (pattern library): {:.0} ms",
        setup.as_secs_f64() * 1e3
    );
    println!("predictions written to {}", out.display());
    Ok(())
}

/// Writes `DIR/<id>.txt`: one line per block, its label, rule and text.
fn explain(dir: &std::path::Path, id: &str, cleaned: &dehusk::Cleaned) -> Result<(), String> {
    use std::fmt::Write;
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut s = String::new();
    for b in cleaned.blocks() {
        let mark = if b.label() == dehusk::Label::Kept {
            "KEEP"
        } else {
            "drop"
        };
        let _ = writeln!(s, "{mark} {:<24} {}", b.rule().to_string(), b.text());
    }
    std::fs::write(dir.join(format!("{id}.txt")), s).map_err(|e| e.to_string())
}

fn report(pages: &[corpus::Page], predictions: &BTreeMap<String, String>) {
    let mut per_type: BTreeMap<&str, Vec<(f64, f64, f64)>> = BTreeMap::new();
    let mut all = Vec::new();
    let (mut with, mut without) = (0.0, 0.0);
    for page in pages {
        let pred = predictions.get(&page.id).map(String::as_str).unwrap_or("");
        with += corpus::snippet_rate(pred, &page.with);
        without += corpus::snippet_rate(pred, &page.without);
        let Some(gold) = &page.gold else { continue };
        let prf = corpus::word_prf(pred, gold);
        all.push(prf);
        per_type.entry(page.kind.as_str()).or_default().push(prf);
    }
    let mean = |xs: &[(f64, f64, f64)]| {
        let n = xs.len().max(1) as f64;
        (
            xs.iter().map(|x| x.0).sum::<f64>() / n,
            xs.iter().map(|x| x.1).sum::<f64>() / n,
            xs.iter().map(|x| x.2).sum::<f64>() / n,
        )
    };
    let (p, r, f) = mean(&all);
    println!(
        "word (WCXB)  F1 {f:.4}  P {p:.4}  R {r:.4}  over {} pages",
        all.len()
    );
    let n = pages.len().max(1) as f64;
    println!(
        "snippets     with {:.1}%  without {:.1}% (lower is better)",
        100.0 * with / n,
        100.0 * without / n
    );
    println!("  {:<16}{:>5}{:>8}{:>8}{:>8}", "type", "N", "F1", "P", "R");
    let order = [
        "article",
        "forum",
        "product",
        "collection",
        "listing",
        "documentation",
        "service",
    ];
    for kind in order {
        if let Some(xs) = per_type.get(kind) {
            let (p, r, f) = mean(xs);
            println!("  {kind:<16}{:>5}{f:>8.3}{p:>8.3}{r:>8.3}", xs.len());
        }
    }
}
