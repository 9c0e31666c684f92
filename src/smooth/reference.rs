//! The context pass as first written, one pass per step, kept for the
//! tests: the fused passes of [`super::relabel`] must give the same verdicts.

use crate::block::BlockKind;
use crate::classify::{Class, Thresholds, Verdict};
use crate::features::Features;
use crate::rule::{Family, Rule};
use crate::segment::Segmented;

use super::{
    best_region, dense_regions, drop_repeats, headline_start, is_bare_number, is_copyright_notice,
    is_heading_like, keep_headline, region_score, Zone, LINK_LIST, MIN_FALLBACK_BLOCKS,
    PAGE_SHORT_PENALTY, RECORD_SHARE, SHORT_PENALTY,
};

pub(super) fn relabel(
    doc: &Segmented,
    features: &[Features],
    verdicts: &mut [Verdict],
    t: &Thresholds,
) {
    let blocks = doc.blocks.as_slice();
    let n = verdicts.len().min(features.len()).min(blocks.len());
    let features = features.get(..n).unwrap_or_default();
    let Some(verdicts) = verdicts.get_mut(..n) else {
        return;
    };
    let original: Vec<Class> = verdicts.iter().map(|v| v.class).collect();
    let heading: Vec<bool> = blocks
        .iter()
        .zip(features)
        .zip(verdicts.iter())
        .map(|((b, f), v)| !v.fixed && is_heading_like(b, f))
        .collect();

    // 1. Headings close to good content become near-good.
    let dist = distance_to_next_good(verdicts, features);
    for ((v, &h), &d) in verdicts.iter_mut().zip(&heading).zip(&dist) {
        if h && v.class == Class::Short && d <= t.max_heading_distance {
            v.class = Class::NearGood;
        }
    }

    // 2. Short blocks, decided on a snapshot of the classes.
    let snapshot: Vec<Class> = verdicts.iter().map(|v| v.class).collect();
    let prev_gb = neighbours(snapshot.iter().copied(), true);
    let prev_any = neighbours(snapshot.iter().copied(), false);
    let mut next_gb = neighbours(snapshot.iter().rev().copied(), true);
    let mut next_any = neighbours(snapshot.iter().rev().copied(), false);
    next_gb.reverse();
    next_any.reverse();
    let context = prev_gb
        .iter()
        .zip(&next_gb)
        .zip(prev_any.iter().zip(&next_any));
    for ((v, &class), ((&p, &q), (&pa, &qa))) in verdicts.iter_mut().zip(&snapshot).zip(context) {
        if class != Class::Short || v.fixed {
            continue;
        }
        let good = match (p, q) {
            (Class::Good, Class::Good) => true,
            (Class::Bad, Class::Bad) => false,
            _ => {
                (p == Class::Bad && pa == Class::NearGood)
                    || (q == Class::Bad && qa == Class::NearGood)
            }
        };
        (v.class, v.rule) = if good {
            (Class::Good, Rule::ShortAmidContent)
        } else {
            (Class::Bad, Rule::ShortAmidBoilerplate)
        };
    }

    // 3. Near-good blocks: bad only between bad neighbours. The previous
    // neighbour is read as revised so far, the next one as before this pass.
    let mut next_gb = neighbours(verdicts.iter().rev().map(|v| v.class), true);
    next_gb.reverse();
    let mut prev = Class::Bad;
    for (v, &next) in verdicts.iter_mut().zip(&next_gb) {
        if v.class == Class::NearGood && !v.fixed {
            let good = !(prev == Class::Bad && next == Class::Bad);
            (v.class, v.rule) = if good {
                (Class::Good, Rule::NearContent)
            } else {
                (Class::Bad, Rule::NearBoilerplate)
            };
        }
        if matches!(v.class, Class::Good | Class::Bad) {
            prev = v.class;
        }
    }

    // 4. Headings left bad, though not bad on their own, next to good content.
    let dist = distance_to_next_good(verdicts, features);
    for (((v, &h), &d), &orig) in verdicts.iter_mut().zip(&heading).zip(&dist).zip(&original) {
        if !h {
            continue;
        }
        if v.class == Class::Bad && orig != Class::Bad && d <= t.max_heading_distance {
            (v.class, v.rule) = (Class::Good, Rule::Heading);
        } else if v.class == Class::Good && orig == Class::Short {
            v.rule = Rule::Heading;
        }
    }

    // HTML: when the page marks its main content plausibly, nothing outside it
    // is content, but for the headline just before it.
    // An article body, when the page marks one plausibly, narrows it.
    let has_body = doc.markup.iter().any(|m| m.body);
    let has_main = has_body || doc.markup.iter().any(|m| m.main);
    let zones: Vec<Zone> = doc
        .markup
        .iter()
        .map(
            |m| match (has_main, if has_body { m.body } else { m.main }) {
                (true, true) => Zone::Main,
                (true, false) => Zone::Outside,
                (false, _) => Zone::Page,
            },
        )
        .collect();
    let records: Vec<bool> = doc.markup.iter().map(|m| m.record).collect();
    let bare: Vec<bool> = blocks
        .iter()
        .zip(features)
        .zip(verdicts.iter())
        .map(|((b, f), v)| is_bare_number(doc, b, f, v))
        .collect();
    let notices: Vec<bool> = blocks
        .iter()
        .zip(verdicts.iter())
        .map(|(b, v)| is_copyright_notice(doc.text_of(b), v))
        .collect();
    keep_main_region(
        features, verdicts, &original, &heading, &zones, &records, &bare, &notices,
    );
    drop_link_lists(doc, features, verdicts, &original);
    drop_repeats(doc, verdicts);
    keep_headline(doc, verdicts);
}

/// Drops kept HTML blocks that are almost all link text and
/// were not good on their own: a run of menu or footer links that the region
/// took in. The items of a repeated record and headings stay: the titles of
/// a listing are links; and so does everything on a page without a block
/// good on its own.
fn drop_link_lists(
    doc: &Segmented,
    features: &[Features],
    verdicts: &mut [Verdict],
    original: &[Class],
) {
    // On a page with no prose at all, links may be all the content there is.
    if !original.contains(&Class::Good) {
        return;
    }
    for (i, v) in verdicts.iter_mut().enumerate() {
        if v.class != Class::Good || v.fixed || original.get(i) == Some(&Class::Good) {
            continue;
        }
        let (Some(m), Some(f), Some(b)) = (doc.markup.get(i), features.get(i), doc.blocks.get(i))
        else {
            continue;
        };
        let solid = f.letters + f.digits + f.symbols;
        let links = m.link_chars as f32 >= LINK_LIST * solid as f32 && m.link_chars > 0;
        if links && !m.record && b.kind != BlockKind::Heading {
            (v.class, v.rule) = (Class::Bad, Rule::LinkDense);
        }
    }
}

/// For each block, the number of characters between it and the next good block
/// (`u32::MAX` when none follows).
fn distance_to_next_good(verdicts: &[Verdict], features: &[Features]) -> Vec<u32> {
    let mut dist = Vec::with_capacity(verdicts.len());
    let mut acc = u32::MAX;
    for (v, f) in verdicts.iter().zip(features).rev() {
        dist.push(acc);
        acc = if v.class == Class::Good {
            0
        } else {
            acc.saturating_add(f.chars)
        };
    }
    dist.reverse();
    dist
}

/// For each position, the class of the nearest earlier block that counts as a
/// neighbour (`Bad` at the edge). Short blocks never count; near-good blocks
/// count unless `good_or_bad_only`.
pub(super) fn neighbours(
    classes: impl Iterator<Item = Class>,
    good_or_bad_only: bool,
) -> Vec<Class> {
    let mut out = Vec::with_capacity(classes.size_hint().0);
    let mut last = Class::Bad;
    for c in classes {
        out.push(last);
        let counts = match c {
            Class::Short => false,
            Class::NearGood => !good_or_bad_only,
            Class::Good | Class::Bad => true,
        };
        if counts {
            last = c;
        }
    }
    out
}

/// Keeps the densest region of the page and drops what lies outside it.
///
/// Inside the region, every block that no context-free rule called bad is
/// kept, short ones included (subheadings, list items, table rows); outside,
/// only blocks that were good on their own survive. Heading-like blocks just
/// before the region (the headline, with a date or byline between) join it.
#[allow(clippy::too_many_arguments)]
fn keep_main_region(
    features: &[Features],
    verdicts: &mut [Verdict],
    original: &[Class],
    heading: &[bool],
    zones: &[Zone],
    records: &[bool],
    bare: &[bool],
    notices: &[bool],
) {
    let outside: Vec<bool> = zones.iter().map(|&z| z == Zone::Outside).collect();
    let scores: Vec<i64> = features
        .iter()
        .zip(verdicts.iter())
        .zip(original)
        .enumerate()
        .map(|(i, ((f, v), &c))| {
            let record = records.get(i) == Some(&true) && !v.fixed;
            match zones.get(i) {
                Some(Zone::Outside) => -(i64::from(f.chars) / 2).max(SHORT_PENALTY),
                // An item of a listing counts for, a little, whatever its text.
                _ if record && c != Class::Good => i64::from(f.chars) / RECORD_SHARE,
                // Inside marked main content a short block costs nothing:
                // product facts, prices and card titles are content there.
                Some(Zone::Main) if c == Class::Short && !v.fixed => 0,
                Some(Zone::Page) if c == Class::Short && !v.fixed => -PAGE_SHORT_PENALTY,
                _ => region_score(f, v, c, notices.get(i) == Some(&true)),
            }
        })
        .collect();
    // With no prose anywhere (a product grid, a list of links), the whole
    // page is the region when it has at least a few candidate blocks: what
    // is not boilerplate on its own is all there is. A lone line among
    // boilerplate is not (a site name); a page with no boilerplate is kept.
    let candidates = original.iter().filter(|&&c| c != Class::Bad).count();
    let mut regions = dense_regions(&scores);
    let mut end = verdicts.len();
    // A comment section opened, or a copyright notice, after the best
    // region ends the content.
    if let Some(best) = best_region(&scores, &regions) {
        let cut = verdicts
            .iter()
            .zip(notices)
            .enumerate()
            .skip(best.end)
            .find(|(_, (v, &notice))| v.rule == Rule::Phrase(Family::Comments) || notice)
            .map(|(i, _)| i);
        if let Some(cut) = cut {
            regions.retain(|r| r.start < cut);
            end = cut;
        }
    }
    if regions.is_empty() && (candidates >= MIN_FALLBACK_BLOCKS || candidates == original.len()) {
        regions.push(0..verdicts.len());
    }
    let mut inside = vec![false; verdicts.len()];
    for region in &regions {
        let start = headline_start(
            features,
            verdicts,
            |i| heading.get(i) == Some(&true),
            region.start,
        );
        for flag in inside.iter_mut().take(region.end).skip(start) {
            *flag = true;
        }
    }
    for (i, v) in verdicts.iter_mut().enumerate() {
        let inside = inside.get(i) == Some(&true);
        if v.fixed {
            continue;
        }
        if inside {
            if v.class != Class::Good
                && bare.get(i) != Some(&true)
                && (original.get(i) != Some(&Class::Bad)
                    || matches!(v.rule, Rule::FewStopwords | Rule::NoProse))
            {
                v.class = Class::Good;
                v.rule = if heading.get(i) == Some(&true) {
                    Rule::Heading
                } else {
                    Rule::InMain
                };
            }
        } else if v.class == Class::Good
            && (original.get(i) != Some(&Class::Good) || i >= end || outside.get(i) == Some(&true))
        {
            v.class = Class::Bad;
            v.rule = Rule::OutsideMain;
        }
    }
}
