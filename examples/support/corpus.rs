//! Dev-only support shared by `examples/evaluate.rs` and the benchmarks:
//! loading a benchmark folder laid out like `../shared/datasets/wcxb-dev`,
//! turning a page into a crawler-style text dump, and the WCXB word metric.
//!
//! Not part of the library: it is included with `#[path]` where needed.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

/// One page of a benchmark folder.
pub struct Page {
    pub id: String,
    /// The page decoded as UTF-8, lossily (for text dumps and benches).
    pub html: String,
    /// The page as stored, for `Cleaner::clean_bytes`.
    pub bytes: Vec<u8>,
    pub gold: Option<String>,
    pub kind: String,
    pub with: Vec<String>,
    pub without: Vec<String>,
}

/// Loads every page of `dir` (`gold.json` and `html/<id>.html.gz`), sorted by id.
/// Pages are decoded as UTF-8, lossily: charset handling is the library's job.
pub fn load(dir: &Path) -> Result<Vec<Page>, String> {
    let gold_path = dir.join("gold.json");
    let raw =
        std::fs::read_to_string(&gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let gold: HashMap<String, serde_json::Value> =
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut ids: Vec<&String> = gold.keys().collect();
    ids.sort();
    let mut pages = Vec::with_capacity(ids.len());
    for id in ids {
        let entry = &gold[id];
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let strings = |key: &str| -> Vec<String> {
            entry[key]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        pages.push(Page {
            id: id.clone(),
            html: String::from_utf8_lossy(&bytes).into_owned(),
            bytes,
            gold: entry["text"].as_str().map(String::from),
            kind: entry["type"].as_str().unwrap_or("article").to_string(),
            with: strings("with"),
            without: strings("without"),
        });
    }
    Ok(pages)
}

/// A crawler's plain-text dump of an HTML page: every visible text run of the
/// body, one block-level element per line. Made with scraper directly, not with
/// dehusk, so that text mode is measured on dumps it had no hand in.
pub fn dump(html: &str) -> String {
    use html5ever::tendril::TendrilSink;
    use scraper::node::Node;
    // Scripting off, as a text browser: `<noscript>` content is markup then.
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    let sink = scraper::HtmlTreeSink::new(scraper::Html::new_document());
    let doc = html5ever::driver::parse_document(sink, opts).one(html);
    let mut out = String::new();
    let mut line = String::new();
    let mut hidden_depth = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(el) if hidden_depth > 0 || is_hidden(el.name()) => hidden_depth += 1,
                Node::Element(el) if breaks_line(el.name()) => end_line(&mut out, &mut line),
                Node::Text(t) if hidden_depth == 0 => {
                    line.push_str(t);
                    line.push(' ');
                }
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if hidden_depth > 0 {
                        hidden_depth -= 1;
                    } else if breaks_line(el.name()) {
                        end_line(&mut out, &mut line);
                    }
                }
            }
        }
    }
    end_line(&mut out, &mut line);
    out
}

fn end_line(out: &mut String, line: &mut String) {
    let words: Vec<&str> = line.split_whitespace().collect();
    if !words.is_empty() {
        out.push_str(&words.join(" "));
        out.push('\n');
    }
    line.clear();
}

fn is_hidden(tag: &str) -> bool {
    matches!(
        tag,
        "head" | "script" | "style" | "template" | "svg" | "iframe" | "select" | "textarea"
    )
}

fn breaks_line(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "br"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "tr"
            | "td"
            | "th"
            | "table"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "footer"
            | "nav"
            | "section"
            | "article"
            | "aside"
            | "main"
            | "blockquote"
            | "pre"
            | "form"
            | "figure"
            | "figcaption"
            | "hr"
            | "address"
            | "details"
            | "summary"
            | "body"
    )
}

/// WCXB word precision, recall and F1 of one page: lowercase `\w+` tokens,
/// multiset overlap. Gold empty: 1 if the prediction is empty too, else 0;
/// prediction empty: 0.
pub fn word_prf(pred: &str, gold: &str) -> (f64, f64, f64) {
    let tokens = |s: &str| -> HashMap<String, usize> {
        let mut m = HashMap::new();
        for w in WORD.find_iter(&s.to_lowercase()) {
            *m.entry(w.as_str().to_string()).or_insert(0) += 1;
        }
        m
    };
    let (g, p) = (tokens(gold), tokens(pred));
    let (ng, np): (usize, usize) = (g.values().sum(), p.values().sum());
    if ng == 0 {
        return if np == 0 {
            (1.0, 1.0, 1.0)
        } else {
            (0.0, 0.0, 0.0)
        };
    }
    if np == 0 {
        return (0.0, 0.0, 0.0);
    }
    let common: usize = p
        .iter()
        .map(|(w, c)| (*c).min(*g.get(w).unwrap_or(&0)))
        .sum();
    let (pr, rc) = (common as f64 / np as f64, common as f64 / ng as f64);
    let f1 = if pr + rc > 0.0 {
        2.0 * pr * rc / (pr + rc)
    } else {
        0.0
    };
    (pr, rc, f1)
}

static WORD: once_cell::sync::Lazy<regex::Regex> =
    once_cell::sync::Lazy::new(|| regex::Regex::new(r"\w+").expect("valid regex"));

/// WCXB snippet rate: the share of `snippets` found in `pred`, case-insensitively
/// (1.0 when there are none).
pub fn snippet_rate(pred: &str, snippets: &[String]) -> f64 {
    if snippets.is_empty() {
        return 1.0;
    }
    let low = pred.to_lowercase();
    snippets
        .iter()
        .filter(|s| low.contains(&s.to_lowercase()))
        .count() as f64
        / snippets.len() as f64
}
