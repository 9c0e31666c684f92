//! Stage 4: context-sensitive relabelling.
//!
//! The context-free pass leaves *short* and *near-good* blocks undecided. This
//! pass decides them from their neighbours, following the revision algorithm
//! of jusText (Pomikálek, PhD thesis, Masaryk University, 2011, section 3.2):
//!
//! 1. a heading-like short block followed, within `max_heading_distance`
//!    characters, by a good block becomes near-good;
//! 2. a short block takes the class of its nearest good-or-bad neighbours
//!    when they agree; between good and bad it is good only when a near-good
//!    block stands between it and the bad one;
//! 3. a near-good block is bad only between two bad neighbours;
//! 4. a heading-like block left bad (and not bad on its own) that is followed
//!    closely by good content is good.
//!
//! Then the main content is found as the densest regions: the run of blocks
//! with the largest sum of scores (prose for, boilerplate against), the
//! maximum-subsequence segmentation of Pasternack and Roth (*Extracting
//! article text from the web with maximum subsequence segmentation*, WWW
//! 2009), plus the runs beside it that score at least 1/8 as much. Comment
//! forms, related-content headings and copyright notices are barriers no
//! region spans, and a comment-section heading or a copyright notice after
//! the best region ends the content. A copyright notice is a line of the
//! copyright phrase family that names the right ("©", "Ⓒ", "copyright",
//! "rights reserved"), never a photo or image credit. Inside a region, what
//! is not boilerplate on its own is kept; outside, only blocks good on their
//! own. Last, exact repeats of kept blocks are dropped.
//!
//! Every pass is linear in the number of blocks: neighbours and distances are
//! precomputed in one forward and one backward sweep.

use std::collections::HashSet;
use std::ops::Range;

use crate::block::{Block, BlockKind};
use crate::classify::{Class, Thresholds, Verdict};
use crate::features::Features;
use crate::rule::{Family, Rule};
use crate::segment::{Markup, Segmented};

#[cfg(test)]
mod reference;

/// Relabels `verdicts` in place from their context.
///
/// `blocks`, `features` and `verdicts` are parallel slices; extra entries of
/// a longer slice are ignored.
///
/// PERF: the steps of the module documentation run as three sweeps over the
/// blocks, not one sweep (and one vector) per neighbour list and distance:
/// blocks are short (a median of 18 bytes in text dumps), and what each
/// block costs here is a few loads and branches. Step 1 reads the distance to
/// the next good block, which step 1 never changes, so one backward sweep
/// does it and records, for step 2, the nearest later neighbours in the
/// classes it leaves. A forward sweep then does step 2 with the earlier
/// neighbours it tracks itself, and step 3 on the same blocks: the next
/// good-or-bad neighbour of a near-good block is the first block after it
/// that step 2 left good or bad, so a run of near-good blocks waits for that
/// block and is then decided in order. Step 4 needs the distances in the
/// classes step 3 leaves, so a last backward sweep does it. A block's region
/// score depends only on what the context pass never changes (its original
/// class, fixed rules, markup), so the first sweep computes it too.
pub(crate) fn relabel(
    doc: &Segmented,
    features: &[Features],
    verdicts: &mut [Verdict],
    t: &Thresholds,
) {
    let blocks = doc.blocks.as_slice();
    let n = verdicts.len().min(features.len()).min(blocks.len());
    let features = features.get(..n).unwrap_or_default();
    let blocks = blocks.get(..n).unwrap_or_default();
    let Some(verdicts) = verdicts.get_mut(..n) else {
        return;
    };
    let zones = Zones::of(&doc.markup);
    let mut facts = vec![Fact::default(); n];
    let mut scores = vec![0i64; n];
    let mut page = Page::default();

    // Backward: what the later passes need of each block, and step 1.
    let (mut next_gb, mut next_any) = (Class::Bad, Class::Bad);
    let mut dist = u32::MAX;
    let rows = facts
        .iter_mut()
        .zip(scores.iter_mut())
        .zip(verdicts.iter_mut())
        .zip(features)
        .zip(blocks)
        .enumerate()
        .rev();
    for (i, ((((fact, score), v), f), b)) in rows {
        let original = v.class;
        let heading = !v.fixed && is_heading_like(b, f);
        let markup = doc.markup.get(i);
        let notice = is_notice_block(doc, b, v);
        *score = block_score(f, v, original, markup, zones.at(markup), notice);
        page.count(original);
        // 1. Headings close to good content become near-good.
        if heading && original == Class::Short && dist <= t.max_heading_distance {
            v.class = Class::NearGood;
        }
        *fact = Fact {
            original,
            heading,
            next_gb,
            next_any,
            inside: false,
        };
        (next_gb, next_any) = after(v.class, next_gb, next_any);
        dist = if original == Class::Good {
            0
        } else {
            dist.saturating_add(f.chars)
        };
    }

    // Forward: steps 2 and 3.
    let (mut prev_gb, mut prev_any) = (Class::Bad, Class::Bad);
    // Step 3 reads the previous neighbour as revised so far.
    let mut prev = Class::Bad;
    // The first of the near-good blocks that wait for their next neighbour.
    let mut waiting: Option<usize> = None;
    for i in 0..n {
        let (Some(v), Some(fact)) = (verdicts.get_mut(i), facts.get(i)) else {
            break;
        };
        // 2. Short blocks, decided on the classes step 1 left.
        let class = v.class;
        if class == Class::Short && !v.fixed {
            // The neighbours `prev_gb` and `next_gb` are good or bad: good
            // when both are good, bad when both are bad, else good when
            // the bad one has a near-good block on this side of it.
            let (p, q) = (prev_gb == Class::Good, fact.next_gb == Class::Good);
            let good = (p & q)
                | (!p & q & (prev_any == Class::NearGood))
                | (p & !q & (fact.next_any == Class::NearGood));
            (v.class, v.rule) = if good {
                (Class::Good, Rule::ShortAmidContent)
            } else {
                (Class::Bad, Rule::ShortAmidBoilerplate)
            };
        }
        (prev_gb, prev_any) = after(class, prev_gb, prev_any);
        // 3. Near-good blocks: bad only between bad neighbours. The next
        // one is read as step 2 left it: this block, when it is good or bad.
        let revised = v.class;
        let near = revised == Class::NearGood && !v.fixed;
        if matches!(revised, Class::Good | Class::Bad) {
            if let Some(start) = waiting.take() {
                decide_near_good(verdicts.get_mut(start..i), prev, revised);
            }
            prev = revised;
        } else if near && waiting.is_none() {
            waiting = Some(i);
        }
    }
    if let Some(start) = waiting {
        decide_near_good(verdicts.get_mut(start..), prev, Class::Bad);
    }

    // Backward: 4. Headings left bad, though not bad on their own, next to
    // good content.
    let mut dist = u32::MAX;
    for ((v, fact), f) in verdicts.iter_mut().zip(&facts).zip(features).rev() {
        let class = v.class;
        if fact.heading {
            if class == Class::Bad && fact.original != Class::Bad && dist <= t.max_heading_distance
            {
                (v.class, v.rule) = (Class::Good, Rule::Heading);
            } else if class == Class::Good && fact.original == Class::Short {
                v.rule = Rule::Heading;
            }
        }
        dist = if class == Class::Good {
            0
        } else {
            dist.saturating_add(f.chars)
        };
    }

    keep_main_region(doc, features, verdicts, &mut facts, &scores, &zones, page)
        .drop_repeats(doc, verdicts);
    keep_headline(doc, verdicts);
}

/// The nearest good-or-bad class and the nearest class other than short,
/// `(gb, any)` before a block of class `class`, updated past it.
///
/// PERF: selects, not a `match`: the classes of neighbouring blocks
/// follow no pattern a branch predictor learns, and the sweeps of
/// [`relabel`] spent a sixth of their samples on this and on step 2's
/// test of the neighbours (a sampling profile, DESIGN.md, sixteenth
/// round).
#[inline(always)]
fn after(class: Class, gb: Class, any: Class) -> (Class, Class) {
    let settled = matches!(class, Class::Good | Class::Bad);
    (
        if settled { class } else { gb },
        if class == Class::Short { any } else { class },
    )
}

/// What [`relabel`] remembers of one block between its sweeps.
#[derive(Debug, Clone, Copy)]
struct Fact {
    /// The class the context-free pass gave the block.
    original: Class,
    /// The block may be a heading ([`is_heading_like`]) and is not fixed.
    heading: bool,
    /// The class of the nearest later good or bad block, after step 1
    /// (`Bad` at the edge).
    next_gb: Class,
    /// The same, near-good blocks included.
    next_any: Class,
    /// In a region [`keep_main_region`] keeps.
    inside: bool,
}

impl Default for Fact {
    fn default() -> Self {
        Fact {
            original: Class::Bad,
            heading: false,
            next_gb: Class::Bad,
            next_any: Class::Bad,
            inside: false,
        }
    }
}

/// Counts of the original classes of a page's blocks.
#[derive(Debug, Clone, Copy, Default)]
struct Page {
    /// Blocks not bad on their own: candidates of a page with no prose.
    candidates: usize,
    /// Blocks good on their own.
    good: usize,
    /// Every block.
    blocks: usize,
}

impl Page {
    fn count(&mut self, original: Class) {
        self.blocks += 1;
        self.candidates += usize::from(original != Class::Bad);
        self.good += usize::from(original == Class::Good);
    }
}

/// Step 3 on a run of blocks none of which step 2 left good or bad, whose
/// next good-or-bad neighbour is `next`, after `prev`, the previous one as
/// revised.
fn decide_near_good(run: Option<&mut [Verdict]>, mut prev: Class, next: Class) {
    for v in run.unwrap_or_default() {
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
}

/// HTML: when the page marks its main content plausibly, nothing outside it
/// is content, but for the headline just before it. An article body, when
/// the page marks one plausibly, narrows it.
#[derive(Debug, Clone, Copy)]
struct Zones {
    has_main: bool,
    has_body: bool,
}

impl Zones {
    fn of(markup: &[Markup]) -> Zones {
        let has_body = markup.iter().any(|m| m.body);
        Zones {
            has_main: has_body || markup.iter().any(|m| m.main),
            has_body,
        }
    }

    /// The zone of a block with this markup; `None` for plain text.
    fn at(&self, markup: Option<&Markup>) -> Option<Zone> {
        let m = markup?;
        let marked = if self.has_body { m.body } else { m.main };
        Some(match (self.has_main, marked) {
            (true, true) => Zone::Main,
            (true, false) => Zone::Outside,
            (false, _) => Zone::Page,
        })
    }
}

/// The score of a block for the densest-region search, where it stands
/// and what it is on its own.
fn block_score(
    f: &Features,
    v: &Verdict,
    original: Class,
    markup: Option<&Markup>,
    zone: Option<Zone>,
    notice: bool,
) -> i64 {
    let record = markup.is_some_and(|m| m.record) && !v.fixed;
    match zone {
        Some(Zone::Outside) => -(i64::from(f.chars) / 2).max(SHORT_PENALTY),
        // An item of a listing counts for, a little, whatever its text.
        _ if record && original != Class::Good => i64::from(f.chars) / RECORD_SHARE,
        // Inside marked main content a short block costs nothing:
        // product facts, prices and card titles are content there.
        Some(Zone::Main) if original == Class::Short && !v.fixed => 0,
        Some(Zone::Page) if original == Class::Short && !v.fixed => -PAGE_SHORT_PENALTY,
        _ => region_score(f, v, original, notice),
    }
}

/// Keeps the page's headline: its first `<h1>` outside chrome, when it comes
/// before the first kept block. Pages put their title there, however far the
/// bylines, badges and tools between it and the text.
fn keep_headline(doc: &Segmented, verdicts: &mut [Verdict]) {
    let Some(first_kept) = verdicts.iter().position(|v| v.class == Class::Good) else {
        return;
    };
    let h1 = doc
        .markup
        .iter()
        .position(|m| m.heading == 1 && m.husk.is_none());
    if let Some(v) = h1
        .filter(|&i| i < first_kept)
        .and_then(|i| verdicts.get_mut(i))
    {
        if !v.fixed {
            (v.class, v.rule) = (Class::Good, Rule::Heading);
        }
    }
}

/// Share of link text from which a block is a list of links. jusText
/// (Pomikálek 2011) calls a block bad from a link density of 0.2; here the
/// bar is high, because only blocks the region took in are judged.
const LINK_LIST: f32 = 0.9;

/// True for a block that is a bare number outside a table: no letters, no
/// currency sign ("4,318", "12", "2/5"). Inside the content region such a
/// block is a badge or a counter, not content; a price or a table cell is.
fn is_bare_number(doc: &Segmented, b: &Block, f: &Features, v: &Verdict) -> bool {
    v.rule == Rule::NoProse
        && f.letters == 0
        && b.kind != BlockKind::TableCell
        && !doc.text_of(b).chars().any(is_currency)
}

/// Currency signs (the common ones of Unicode category Sc).
fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '¢'
            | '£'
            | '¤'
            | '¥'
            | '€'
            | '₹'
            | '₩'
            | '₽'
            | '₺'
            | '₴'
            | '₦'
            | '฿'
            | '₫'
            | '₪'
            | '₱'
    )
}

/// Drops a kept block whose text repeats an earlier kept block exactly: the
/// slides of a carousel, a menu printed twice for mobile and desktop.
/// [`relabel`] notes the kept blocks where it decides them, in the last loop
/// of [`keep_main_region`]; this does the same over finished verdicts.
#[cfg(test)]
fn drop_repeats(doc: &Segmented, verdicts: &mut [Verdict]) {
    let mut repeats = Repeats::new(doc.blocks.len());
    for (i, (block, v)) in doc.blocks.iter().zip(verdicts.iter()).enumerate() {
        if v.class == Class::Good && !v.fixed {
            repeats.note(doc.text_of(block), i);
        }
    }
    repeats.drop_repeats(doc, verdicts);
}

/// The kept blocks of a page, noted in page order, from which the repeats
/// are dropped (a block that repeats an earlier kept block exactly).
///
/// PERF: most kept blocks have no twin, so each noted block marks its slot
/// in a small table, the slot picked by a cheap fingerprint of the text
/// (its length and its first and last eight bytes), in two bit sets: taken
/// once, taken twice or more (a table of counts cost a 4 KiB clear per
/// page). A block alone in its slot repeats no other block. The table has
/// at least two slots a block ([`repeat_bits`]): with a fixed 4,096, a
/// document of 220,000 blocks (the bench's pages in one) filled every slot
/// twice, and its repeat search took most of its smoothing in sorting and
/// hashing. Equal texts always share a slot, so the blocks that share one
/// are sorted by slot, and each is compared byte for byte with the distinct
/// texts before it in its slot: most of them are the twins of the first,
/// and a comparison costs far less than hashing the text with std's
/// hasher. A slot with more than [`REPEAT_COMPARED`] distinct texts (a page
/// crafted to fill one) goes on in a set on std's hasher, which resists
/// crafted collisions (pages are untrusted): such a page costs what hashing
/// every block did, and gets the same verdicts.
///
/// PERF: the blocks are noted by the loop that decides them (in
/// [`keep_main_region`]). With a loop of their own over every block's
/// verdict, smoothing took 1.045 times as long (DESIGN.md, seventeenth
/// round).
struct Repeats {
    /// The table has `2^bits` slots.
    bits: u32,
    /// The bit sets (taken once, taken twice) of a table of
    /// [`MIN_REPEAT_SLOTS`], on the stack ...
    small: [[u64; MIN_REPEAT_SLOTS / 64]; 2],
    /// ... or of a larger one: the first half taken once, the second twice.
    large: Vec<u64>,
    /// Every block noted, in page order: (slot, index).
    kept: Vec<(usize, usize)>,
    /// How many blocks found their slot taken.
    again: usize,
}

impl Repeats {
    /// An empty table for a page of `blocks` blocks.
    fn new(blocks: usize) -> Repeats {
        let bits = repeat_bits(blocks);
        let large = if bits == MIN_REPEAT_BITS {
            Vec::new()
        } else {
            vec![0u64; 2 << (bits - 6)]
        };
        Repeats {
            bits,
            small: [[0; MIN_REPEAT_SLOTS / 64]; 2],
            large,
            kept: Vec::with_capacity(blocks),
            again: 0,
        }
    }

    /// The bit sets: taken once, taken twice.
    fn sets(&mut self) -> (&mut [u64], &mut [u64]) {
        if self.bits == MIN_REPEAT_BITS {
            let [once, twice] = &mut self.small;
            (once, twice)
        } else {
            let half = self.large.len() / 2;
            self.large.split_at_mut(half)
        }
    }

    /// Notes block `i`, kept, whose text is `text`; blocks are noted in
    /// page order.
    #[inline(always)]
    fn note(&mut self, text: &str, i: usize) {
        let slot = repeat_slot(text, self.bits);
        let (word, bit) = slot_bit(slot);
        let (once, twice) = self.sets();
        if let (Some(once), Some(twice)) = (once.get_mut(word), twice.get_mut(word)) {
            let seen = *once & bit;
            *twice |= seen;
            *once |= bit;
            self.again += usize::from(seen != 0);
        }
        self.kept.push((slot, i));
    }

    /// Drops the blocks noted whose text an earlier one noted has.
    fn drop_repeats(mut self, doc: &Segmented, verdicts: &mut [Verdict]) {
        if self.again == 0 {
            return;
        }
        let mut shared = std::mem::take(&mut self.kept);
        let (_, twice) = self.sets();
        // Those that share a slot, by slot, then in page order.
        shared.retain(|&(slot, _)| {
            let (word, bit) = slot_bit(slot);
            twice.get(word).is_some_and(|w| w & bit != 0)
        });
        shared.sort_unstable();
        for group in shared.chunk_by(|a, b| a.0 == b.0) {
            drop_repeats_in_slot(doc, verdicts, group.iter().map(|&(_, i)| i));
        }
    }
}

/// [`Repeats::drop_repeats`] on the kept blocks of one slot, in page order.
fn drop_repeats_in_slot(
    doc: &Segmented,
    verdicts: &mut [Verdict],
    blocks: impl Iterator<Item = usize>,
) {
    let mut distinct = [""; REPEAT_COMPARED];
    let mut count = 0;
    let mut seen: Option<HashSet<&str>> = None;
    for i in blocks {
        let (Some(block), Some(v)) = (doc.blocks.get(i), verdicts.get_mut(i)) else {
            continue;
        };
        let text = doc.text_of(block);
        let repeat = match &mut seen {
            Some(seen) => !seen.insert(text),
            None => match distinct.get_mut(..count) {
                Some(before) if before.contains(&text) => true,
                _ => {
                    if let Some(slot) = distinct.get_mut(count) {
                        *slot = text;
                        count += 1;
                    } else {
                        let mut set: HashSet<&str> = distinct.iter().copied().collect();
                        set.insert(text);
                        seen = Some(set);
                    }
                    false
                }
            },
        };
        if repeat {
            (v.class, v.rule) = (Class::Bad, Rule::Repeated);
        }
    }
}

/// Distinct texts of one slot that [`Repeats`] compares one by one
/// before it turns to a set.
const REPEAT_COMPARED: usize = 8;

/// The word and bit of `slot` in a bit set of the table of [`Repeats`].
fn slot_bit(slot: usize) -> (usize, u64) {
    (slot / 64, 1 << (slot % 64))
}

/// Fewest slots of the table of [`Repeats`], as a power of two: the
/// table of a page of up to 2,048 blocks, which lives on the stack.
const MIN_REPEAT_BITS: u32 = 12;
const MIN_REPEAT_SLOTS: usize = 1 << MIN_REPEAT_BITS;

/// Most slots, as a power of two (two bit sets of 4 MiB each).
const MAX_REPEAT_BITS: u32 = 25;

/// The slots of the table of [`Repeats`] for a document of `blocks`
/// blocks, as a power of two: at least two a block, so that most kept
/// blocks stay alone in their slot.
fn repeat_bits(blocks: usize) -> u32 {
    let wanted = blocks.saturating_mul(2).max(MIN_REPEAT_SLOTS);
    wanted
        .checked_next_power_of_two()
        .map_or(MAX_REPEAT_BITS, usize::trailing_zeros)
        .min(MAX_REPEAT_BITS)
}

/// The slot of `text` in a table of [`Repeats`] of `2^bits` slots
/// (`bits` from 1 to 63): a multiplicative hash of its length and its
/// first and last eight bytes (fewer when it is shorter). Equal texts get
/// equal slots; nothing else is promised.
fn repeat_slot(text: &str, bits: u32) -> usize {
    let bytes = text.as_bytes();
    let (head, tail) = match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        _ => {
            let mut short = [0u8; 8];
            for (slot, &b) in short.iter_mut().zip(bytes) {
                *slot = b;
            }
            (u64::from_le_bytes(short), 0)
        }
    };
    let mixed = (head.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ tail ^ bytes.len() as u64)
        .wrapping_mul(0xff51_afd7_ed55_8ccd);
    (mixed >> (64 - bits)) as usize
}

/// A block that may be a heading: an HTML heading, or a short line of words
/// that does not end like a statement (a question mark is allowed).
fn is_heading_like(b: &Block, f: &Features) -> bool {
    match b.kind {
        BlockKind::Heading => true,
        BlockKind::Line => (!f.terminal || f.question) && f.words >= 2 && f.words <= 24,
        _ => false,
    }
}

/// Keeps the densest region of the page and drops what lies outside it.
///
/// Inside the region, every block that no context-free rule called bad is
/// kept, short ones included (subheadings, list items, table rows); outside,
/// only blocks that were good on their own survive. Heading-like blocks just
/// before the region (the headline, with a date or byline between) join it.
///
/// Then, HTML: drops kept blocks that are almost all link text
/// ([`LINK_LIST`]) and were not good on their own: a run of menu or footer
/// links that the region took in. The items of a repeated record and
/// headings stay: the titles of a listing are links; and so does everything
/// on a page without a block good on its own.
///
/// Returns the blocks it leaves kept and not fixed, noted for
/// [`Repeats::drop_repeats`].
///
/// PERF: both decisions look at one block at a time, so one loop makes them,
/// and notes the blocks it keeps.
fn keep_main_region(
    doc: &Segmented,
    features: &[Features],
    verdicts: &mut [Verdict],
    facts: &mut [Fact],
    scores: &[i64],
    zones: &Zones,
    page: Page,
) -> Repeats {
    // With no prose anywhere (a product grid, a list of links), the whole
    // page is the region when it has at least a few candidate blocks: what
    // is not boilerplate on its own is all there is. A lone line among
    // boilerplate is not (a site name); a page with no boilerplate is kept.
    let mut regions = dense_regions(scores);
    let mut end = verdicts.len();
    // A comment section opened, or a copyright notice, after the best
    // region ends the content.
    if let Some(best) = best_region(scores, &regions) {
        let cut = verdicts
            .iter()
            .zip(&doc.blocks)
            .enumerate()
            .skip(best.end)
            .find(|(_, (v, b))| {
                v.rule == Rule::Phrase(Family::Comments) || is_notice_block(doc, b, v)
            })
            .map(|(i, _)| i);
        if let Some(cut) = cut {
            regions.retain(|r| r.start < cut);
            end = cut;
        }
    }
    if regions.is_empty()
        && (page.candidates >= MIN_FALLBACK_BLOCKS || page.candidates == page.blocks)
    {
        regions.push(0..verdicts.len());
    }
    for region in &regions {
        let heading = |i: usize| facts.get(i).is_some_and(|f| f.heading);
        let start = headline_start(features, verdicts, heading, region.start);
        for fact in facts.iter_mut().take(region.end).skip(start) {
            fact.inside = true;
        }
    }
    // On a page with no prose at all, links may be all the content there is.
    let link_lists = page.good > 0 && !doc.markup.is_empty();
    let mut repeats = Repeats::new(verdicts.len());
    let rows = verdicts.iter_mut().zip(facts.iter()).zip(features);
    for (i, ((v, fact), f)) in rows.enumerate() {
        if v.fixed {
            continue;
        }
        if fact.inside {
            if v.class != Class::Good
                && (fact.original != Class::Bad
                    || matches!(v.rule, Rule::FewStopwords | Rule::NoProse))
                && !doc
                    .blocks
                    .get(i)
                    .is_some_and(|b| is_bare_number(doc, b, f, v))
            {
                v.class = Class::Good;
                v.rule = if fact.heading {
                    Rule::Heading
                } else {
                    Rule::InMain
                };
            }
        } else if v.class == Class::Good
            && (fact.original != Class::Good
                || i >= end
                || zones.at(doc.markup.get(i)) == Some(Zone::Outside))
        {
            v.class = Class::Bad;
            v.rule = Rule::OutsideMain;
        }
        if link_lists && v.class == Class::Good && fact.original != Class::Good {
            if let (Some(m), Some(b)) = (doc.markup.get(i), doc.blocks.get(i)) {
                let solid = f.letters + f.digits + f.symbols;
                let links = m.link_chars as f32 >= LINK_LIST * solid as f32 && m.link_chars > 0;
                if links && !m.record && b.kind != BlockKind::Heading {
                    (v.class, v.rule) = (Class::Bad, Rule::LinkDense);
                }
            }
        }
        if v.class == Class::Good {
            if let Some(b) = doc.blocks.get(i) {
                repeats.note(doc.text_of(b), i);
            }
        }
    }
    repeats
}

/// True for a copyright notice: a block of the copyright phrase family that
/// states the right itself, with "©", "Ⓒ", the word "copyright" or "rights
/// reserved" ("© 2024 Example Media", "Copyright 2019 Jane Doe. All rights
/// reserved."). Not the "Powered by" and "Designed by" lines of the family,
/// and not a photo or image credit ("Photo: Jane Doe / Agency"), which
/// stands beside content rather than after it.
fn is_copyright_notice(text: &str, v: &Verdict) -> bool {
    v.fixed
        && v.rule == Rule::Phrase(Family::Copyright)
        && !CREDIT_PREFIXES
            .iter()
            .any(|p| starts_with_ignore_ascii_case(text, p))
        && (text.contains(['©', 'Ⓒ'])
            || contains_ignore_ascii_case(text, "copyright")
            || contains_ignore_ascii_case(text, "rights reserved"))
}

/// [`is_copyright_notice`] of block `b` of `doc`, whose text is read only
/// when its verdict is of the copyright family.
///
/// PERF: taking every block's text and calling out of line for it cost
/// some 24 instructions a block, 1.2% of the classifier's (DESIGN.md, tenth
/// round). Always inlined: left to itself, the compiler called it for every
/// block, to test two fields (smoothing ran 1.03 and 1.06 times as fast
/// inlined, DESIGN.md, fifteenth round).
#[inline(always)]
fn is_notice_block(doc: &Segmented, b: &Block, v: &Verdict) -> bool {
    v.fixed && v.rule == Rule::Phrase(Family::Copyright) && is_copyright_notice(doc.text_of(b), v)
}

/// How credit lines start: "Photo: ...", "Image credit: ...".
const CREDIT_PREFIXES: [&str; 7] = [
    "photo",
    "image",
    "credit",
    "picture",
    "illustration",
    "source",
    "courtesy",
];

/// `text` starts with `prefix`, ASCII case ignored.
fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `text` contains `needle`, ASCII case ignored. Copyright blocks are short
/// phrases ([`MAX_PHRASE_BYTES`](crate::classify::patterns::MAX_PHRASE_BYTES)
/// at most), so a plain scan does.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    text.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// The score of a block for the densest-region search: prose counts for,
/// boilerplate against, short blocks a little against. `notice`: the block
/// is a copyright notice ([`is_copyright_notice`]).
fn region_score(f: &Features, v: &Verdict, original: Class, notice: bool) -> i64 {
    let chars = i64::from(f.chars);
    // A comment form, a related-content heading or a copyright notice ends
    // the content: no region spans one.
    if v.fixed
        && (notice
            || matches!(
                v.rule,
                Rule::Phrase(Family::CommentForm | Family::Comments | Family::Related)
            ))
    {
        return -BARRIER;
    }
    if v.fixed {
        return if v.class == Class::Good {
            chars
        } else {
            -chars.min(SHORT_PENALTY * 4)
        };
    }
    match original {
        Class::Good => chars,
        Class::NearGood => chars * 5 / 8,
        Class::Short => -SHORT_PENALTY,
        Class::Bad if v.rule == Rule::FewStopwords => chars / 4,
        Class::Bad => -(chars / 2).max(SHORT_PENALTY),
    }
}

/// The score of a block no region may span, in characters.
const BARRIER: i64 = 1000;

/// Fewest candidate blocks for a page with no prose to keep any.
const MIN_FALLBACK_BLOCKS: usize = 3;

/// Where an HTML block stands relative to the page's marked main content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    /// Inside the marked main content.
    Main,
    /// Outside it, on a page that has one.
    Outside,
    /// On a page with no plausible main-content element.
    Page,
}

/// An HTML record block (an item of a repeated structure) that is not good
/// on its own scores its characters divided by this.
const RECORD_SHARE: i64 = 4;

/// What a short HTML block costs on a page without marked main content,
/// where the markup has already taken out the chrome it names.
const PAGE_SHORT_PENALTY: i64 = 5;

/// What a short block costs in the densest-region search, in characters.
const SHORT_PENALTY: i64 = 20;

/// Moves the region start back over the headline: within 6 blocks and 400
/// characters before it, the earliest heading-like block. The search steps
/// over dates, bylines and share bars, and stops at the page header: a menu
/// between separators, or a navigation or skip link.
fn headline_start(
    features: &[Features],
    verdicts: &[Verdict],
    heading: impl Fn(usize) -> bool,
    start: usize,
) -> usize {
    let mut best = start;
    let mut chars = 0u32;
    for i in (start.saturating_sub(6)..start).rev() {
        let (Some(v), Some(f)) = (verdicts.get(i), features.get(i)) else {
            break;
        };
        chars = chars.saturating_add(f.chars);
        let header = matches!(
            v.rule,
            Rule::Separated | Rule::Phrase(Family::Navigation | Family::SkipLink | Family::Account)
        );
        if header || chars > 400 {
            break;
        }
        if heading(i) {
            best = i;
        }
    }
    best
}

/// The densest regions: the best run of blocks, then recursively the best
/// runs left and right of it whose score is at least [`SECOND_REGION_SHARE`]
/// of the best (at most [`MAX_REGIONS`]), in page order.
fn dense_regions(scores: &[i64]) -> Vec<std::ops::Range<usize>> {
    let Some((best, first)) = densest_region_scored(scores) else {
        return Vec::new();
    };
    let floor = best * SECOND_REGION_SHARE.0 / SECOND_REGION_SHARE.1;
    let mut found = vec![first.clone()];
    let mut todo = vec![0..first.start, first.end..scores.len()];
    while let Some(span) = todo.pop() {
        if found.len() >= MAX_REGIONS {
            break;
        }
        let Some(part) = scores.get(span.clone()) else {
            continue;
        };
        if let Some((score, r)) = densest_region_scored(part) {
            if score >= floor.max(1) {
                let r = span.start + r.start..span.start + r.end;
                todo.push(span.start..r.start);
                todo.push(r.end..span.end);
                found.push(r);
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// The region of `regions` with the highest score.
fn best_region(scores: &[i64], regions: &[Range<usize>]) -> Option<Range<usize>> {
    regions
        .iter()
        .max_by_key(|r| {
            scores
                .get((*r).clone())
                .map_or(0, |s| s.iter().sum::<i64>())
        })
        .cloned()
}

/// A second region must score at least this share of the best one.
const SECOND_REGION_SHARE: (i64, i64) = (1, 8);
/// Most regions kept on one page.
const MAX_REGIONS: usize = 16;

/// The run of blocks with the largest sum of scores (Kadane's algorithm), or
/// `None` when no score is positive.
#[cfg(test)]
fn densest_region(scores: &[i64]) -> Option<std::ops::Range<usize>> {
    densest_region_scored(scores).map(|(_, r)| r)
}

/// As `densest_region` (a test helper), with the region's score.
fn densest_region_scored(scores: &[i64]) -> Option<(i64, std::ops::Range<usize>)> {
    // The best sum so far and its range; none while the sum is 0 (a region
    // is kept only when its sum is above 0).
    //
    // PERF: selects, not branches: whether a sum starts again or beats the
    // best follows the scores, which no branch predictor learns.
    let mut best = (0i64, 0usize, 0usize);
    let mut sum = 0i64;
    let mut start = 0usize;
    for (i, &score) in scores.iter().enumerate() {
        let again = sum <= 0;
        start = if again { i } else { start };
        sum = if again { score } else { sum + score };
        best = if sum > best.0 {
            (sum, start, i + 1)
        } else {
            best
        };
    }
    let (score, s, e) = best;
    (score > 0).then_some((score, s..e))
}

#[cfg(test)]
mod tests {
    use super::reference::neighbours;
    use super::{densest_region, relabel};
    use crate::block::{Block, BlockKind};
    use crate::classify::{Class, Thresholds, Verdict};
    use crate::features::Features;
    use crate::rule::Rule;
    use crate::segment::Segmented;

    const T: Thresholds = Thresholds {
        length_low: 70,
        length_high: 200,
        stopwords_low: 0.30,
        stopwords_high: 0.32,
        max_heading_distance: 200,
    };

    /// Hand-built blocks: (class, chars, terminal).
    fn run(spec: &[(Class, u32, bool)]) -> Vec<Class> {
        // Each block's text is its index, so no two blocks repeat each other.
        let mut text = String::new();
        let mut blocks = Vec::new();
        for i in 0..spec.len() {
            let start = text.len();
            text.push_str(&format!("block {i}"));
            blocks.push(Block {
                span: start..text.len(),
                paragraph: 0,
                line: 1,
                kind: BlockKind::Line,
            });
            text.push('\n');
        }
        let features: Vec<Features> = spec
            .iter()
            .map(|&(_, chars, terminal)| Features {
                chars,
                words: (chars / 6).max(2),
                terminal,
                ..Features::default()
            })
            .collect();
        let mut verdicts: Vec<Verdict> = spec
            .iter()
            .map(|&(class, _, _)| Verdict {
                class,
                rule: Rule::Good,
                fixed: false,
            })
            .collect();
        let doc = Segmented {
            text,
            blocks,
            ..Default::default()
        };
        relabel(&doc, &features, &mut verdicts, &T);
        verdicts.iter().map(|v| v.class).collect()
    }

    #[test]
    fn a_repeated_kept_block_is_dropped() {
        let text = "Same words here\nSame words here\n".to_string();
        let blocks = vec![
            Block {
                span: 0..15,
                paragraph: 0,
                line: 1,
                kind: BlockKind::Line,
            },
            Block {
                span: 16..31,
                paragraph: 0,
                line: 2,
                kind: BlockKind::Line,
            },
        ];
        let features = vec![
            Features {
                chars: 300,
                words: 50,
                terminal: true,
                ..Features::default()
            };
            2
        ];
        let mut verdicts = vec![
            Verdict {
                class: Good,
                rule: Rule::Good,
                fixed: false,
            };
            2
        ];
        let doc = Segmented {
            text,
            blocks,
            ..Default::default()
        };
        relabel(&doc, &features, &mut verdicts, &T);
        assert_eq!(verdicts[0].class, Good);
        assert_eq!((verdicts[1].class, verdicts[1].rule), (Bad, Rule::Repeated));
    }

    /// Adds `text` to `doc` as a line of its own.
    fn push_line(doc: &mut Segmented, text: &str) {
        let start = doc.text.len();
        doc.text.push_str(text);
        doc.blocks.push(Block {
            span: start..doc.text.len(),
            paragraph: 0,
            line: 1,
            kind: BlockKind::Line,
        });
        doc.text.push('\n');
    }

    #[test]
    fn the_repeat_table_grows_with_the_document() {
        assert_eq!(super::repeat_bits(0), super::MIN_REPEAT_BITS);
        assert_eq!(super::repeat_bits(2048), 12);
        assert_eq!(super::repeat_bits(2049), 13);
        assert_eq!(super::repeat_bits(220_035), 19);
        assert_eq!(super::repeat_bits(usize::MAX), super::MAX_REPEAT_BITS);
    }

    /// A document of more blocks than the smallest table has slots: every
    /// text after its first time is dropped, and nothing else.
    #[test]
    fn repeats_in_a_large_document_equal_naive() {
        let mut doc = Segmented::default();
        for i in 0..9000 {
            push_line(&mut doc, &format!("Line number {} of the page", i % 5000));
        }
        let good = Verdict {
            class: Good,
            rule: Rule::Good,
            fixed: false,
        };
        let mut verdicts = vec![good; doc.blocks.len()];
        super::drop_repeats(&doc, &mut verdicts);
        for (i, v) in verdicts.iter().enumerate() {
            let expected = if i < 5000 { Good } else { Bad };
            assert_eq!(v.class, expected, "block {i}");
        }
    }

    proptest::proptest! {
        /// The slot table only filters: the verdicts are those of a set of
        /// every kept text, also for texts that share length, head and tail.
        #[test]
        fn repeats_equal_naive(
            picks in proptest::collection::vec((0usize..20, proptest::bool::ANY), 0..60)
        ) {
            // The last twelve share their length, head and tail: one slot,
            // more distinct texts than are compared one by one.
            let mut texts: Vec<String> = [
                "a", "b", "", "Same words here", "Same wordz here",
                "A long line that starts and ends the same way, twice over.",
                "A long line that starts and ends the SAME way, twice over.",
                "né",
            ].map(String::from).to_vec();
            texts.extend((0..12).map(|i| format!("Starts the same {i:02} ends the same")));
            let mut doc = Segmented::default();
            let mut verdicts = Vec::new();
            for &(i, good) in &picks {
                push_line(&mut doc, &texts[i]);
                let class = if good { Good } else { Bad };
                verdicts.push(Verdict { class, rule: Rule::Good, fixed: false });
            }
            let mut expected = verdicts.clone();
            let mut seen = std::collections::HashSet::new();
            for (b, v) in doc.blocks.iter().zip(&mut expected) {
                if v.class == Good && !seen.insert(doc.text_of(b)) {
                    (v.class, v.rule) = (Bad, Rule::Repeated);
                }
            }
            super::drop_repeats(&doc, &mut verdicts);
            proptest::prop_assert_eq!(verdicts, expected);
        }
    }

    /// One block of a generated page: class, rule, fixed, chars, words,
    /// terminal, kind, text, markup.
    type Spec = (
        (u8, u8, bool),
        (u32, u32, bool, u32),
        (u8, u8),
        (bool, bool, u32, u8, bool),
    );

    fn page(spec: &[Spec], html: bool) -> (Segmented, Vec<Features>, Vec<Verdict>) {
        use crate::rule::Family;
        use crate::segment::Markup;
        let classes = [Bad, Short, NearGood, Good];
        let rules = [
            Rule::Good,
            Rule::NoProse,
            Rule::FewStopwords,
            Rule::Separated,
            Rule::Phrase(Family::Comments),
            Rule::Phrase(Family::CommentForm),
            Rule::Phrase(Family::Navigation),
            Rule::Phrase(Family::Related),
            Rule::ShortAmidBoilerplate,
            Rule::NearBoilerplate,
            Rule::Phrase(Family::Copyright),
        ];
        let kinds = [
            BlockKind::Line,
            BlockKind::Heading,
            BlockKind::TableCell,
            BlockKind::Paragraph,
        ];
        let texts = [
            "12",
            "$5",
            "Same words here",
            "a",
            "b",
            "4,318 views",
            "© 2024 Example Media",
            "Copyright 2019 Jane Doe",
            "Photo: Jane Doe / Agency. All rights reserved.",
            "Proudly powered by WordPress",
        ];
        let mut doc = Segmented::default();
        let (mut features, mut verdicts) = (Vec::new(), Vec::new());
        for (i, &((class, rule, fixed), (chars, words, terminal, letters), (kind, text), markup)) in
            spec.iter().enumerate()
        {
            let start = doc.text.len();
            match texts.get(usize::from(text)) {
                Some(t) => doc.text.push_str(t),
                None => doc.text.push_str(&format!("block {i}")),
            }
            doc.blocks.push(Block {
                span: start..doc.text.len(),
                paragraph: 0,
                line: 1,
                kind: kinds[usize::from(kind) % kinds.len()],
            });
            doc.text.push('\n');
            features.push(Features {
                chars,
                words,
                letters,
                digits: 3,
                terminal,
                question: words % 5 == 0,
                ..Features::default()
            });
            verdicts.push(Verdict {
                class: classes[usize::from(class) % classes.len()],
                rule: rules[usize::from(rule) % rules.len()],
                fixed,
            });
            if html {
                let (main, body, link_chars, heading, record) = markup;
                doc.markup.push(Markup {
                    husk: None,
                    main,
                    body: body && main,
                    link_chars,
                    heading,
                    record,
                });
            }
        }
        (doc, features, verdicts)
    }

    proptest::proptest! {
        /// The fused sweeps give the verdicts of the passes as first
        /// written, one pass per step.
        #[test]
        fn sweeps_equal_the_passes_one_by_one(
            spec in proptest::collection::vec(
                (
                    (0u8..4, 0u8..11, proptest::bool::weighted(0.2)),
                    (0u32..400, 0u32..30, proptest::bool::ANY, 0u32..3),
                    (0u8..4, 0u8..14),
                    (proptest::bool::ANY, proptest::bool::ANY, 0u32..12, 0u8..3, proptest::bool::weighted(0.2)),
                ),
                0..48,
            ),
            html in proptest::bool::ANY,
            distance in 0u32..400,
        ) {
            let (doc, features, mut verdicts) = page(&spec, html);
            let mut expected = verdicts.clone();
            let t = Thresholds { max_heading_distance: distance, ..T };
            super::reference::relabel(&doc, &features, &mut expected, &t);
            relabel(&doc, &features, &mut verdicts, &t);
            proptest::prop_assert_eq!(verdicts, expected);
        }
    }

    use Class::*;

    #[test]
    fn short_between_good_is_good_and_between_bad_is_bad() {
        let got = run(&[(Good, 300, true), (Short, 30, true), (Good, 300, true)]);
        assert_eq!(got, [Good, Good, Good]);
        let got = run(&[(Bad, 300, true), (Short, 30, true), (Bad, 300, true)]);
        assert_eq!(got, [Bad, Bad, Bad]);
    }

    #[test]
    fn near_good_is_bad_only_between_bad() {
        // far from the main content, a near-good block among bad ones goes
        let got = run(&[
            (Good, 600, true),
            (Bad, 300, true),
            (Bad, 100, true),
            (NearGood, 100, true),
            (Bad, 100, true),
        ]);
        assert_eq!(got, [Good, Bad, Bad, Bad, Bad]);
        let got = run(&[(Bad, 50, true), (NearGood, 120, true), (Good, 300, true)]);
        assert_eq!(got[1], Good);
    }

    #[test]
    fn a_heading_before_good_content_stays() {
        let got = run(&[
            (Bad, 20, false),
            (Short, 40, false),
            (Good, 400, true),
            (Bad, 20, false),
        ]);
        assert_eq!(got, [Bad, Good, Good, Bad]);
    }

    #[test]
    fn good_blocks_far_from_the_main_region_go_unless_good_alone() {
        // a near-good block stranded among boilerplate far below the article
        let got = run(&[
            (Good, 500, true),
            (Good, 500, true),
            (Bad, 900, false),
            (NearGood, 70, true),
            (Good, 80, true),
        ]);
        assert_eq!(got, [Good, Good, Bad, Bad, Good]);
    }

    #[test]
    fn neighbours_skip_short_and_optionally_near_good() {
        let seq = [Good, Short, NearGood, Short];
        assert_eq!(neighbours(seq.into_iter(), true), [Bad, Good, Good, Good]);
        assert_eq!(
            neighbours(seq.into_iter(), false),
            [Bad, Good, Good, NearGood]
        );
    }

    /// The verdict of the context-free pass on a line that the phrase
    /// library names, as the classifier gives it.
    fn phrase_verdict(text: &str) -> Option<Verdict> {
        let f = crate::features::measure(
            text,
            crate::language::Language::English,
            crate::features::Stopwords::Count,
        );
        crate::classify::patterns::phrase_rule(text, f.words, crate::language::Language::English)
            .map(|rule| Verdict {
                class: Bad,
                rule,
                fixed: true,
            })
    }

    #[test]
    fn copyright_notices_are_told_from_credit_lines() {
        use super::is_copyright_notice;
        let notice =
            |text: &str| phrase_verdict(text).is_some_and(|v| is_copyright_notice(text, &v));
        for text in [
            "© 2024 Example Media. All rights reserved.",
            "Copyright 2019 - 2023 Jane Doe",
            "COPYRIGHT © 2022 EXAMPLE INC.",
            "(c) 2021 Example Ltd. All Rights Reserved",
            "Ⓒ 2024 Example Media. All rights reserved.",
            "All rights reserved",
        ] {
            assert!(notice(text), "{text}");
        }
        for text in [
            // Credit lines, of the post-metadata family or of none.
            "Photo: John Smith / Reuters",
            "Image credit: Example Photos",
            "Photo: Jane Doe / Agency. All rights reserved.",
            "© Reuters",
            // The rest of the copyright family names no right.
            "Proudly powered by WordPress",
            "Theme designed by Someone",
            // Prose about copyright is not a phrase at all.
            "Copyright law protects the expression of ideas, not the ideas themselves.",
        ] {
            assert!(!notice(text), "{text}");
        }
        // A block the phrase library did not fix (a user's keep pattern
        // won) is no notice, whatever its text.
        let kept = Verdict {
            class: Good,
            rule: Rule::UserKeep(0),
            fixed: true,
        };
        assert!(!is_copyright_notice("© 2024 Example Media", &kept));
    }

    #[test]
    fn a_copyright_notice_ends_the_content() {
        let prose = [
            "The committee met on Tuesday and agreed that the new rules would take effect in the spring, after a period in which the public could comment on them.",
            "Most of the members said that the staff would need more time to prepare the forms, and that the first of them would not be ready before the summer.",
            "The chair, who had asked for the vote, told reporters after the meeting that she was pleased with the result and that the work would now begin.",
        ];
        let husk = [
            "Our team has helped hundreds of companies like yours grow their sales, and we would be glad to talk with you about what we could do for your business.",
            "We are a small agency with a large heart, and for over twenty years we have put our clients first in all that we do, from the first call to the last.",
        ];
        let copyright = "© 2024 Example Media. All rights reserved.";
        let relabelled = |lines: &[&str]| -> Vec<Class> {
            let mut doc = Segmented::default();
            let (mut features, mut verdicts) = (Vec::new(), Vec::new());
            for (i, &line) in (0u32..).zip(lines) {
                let start = doc.text.len();
                doc.text.push_str(line);
                doc.blocks.push(Block {
                    span: start..doc.text.len(),
                    paragraph: i,
                    line: i + 1,
                    kind: BlockKind::Paragraph,
                });
                doc.text.push_str("\n\n");
                let f = crate::features::measure(
                    line,
                    crate::language::Language::English,
                    crate::features::Stopwords::Count,
                );
                verdicts.push(phrase_verdict(line).unwrap_or(Verdict {
                    class: Good,
                    rule: Rule::Good,
                    fixed: false,
                }));
                features.push(f);
            }
            relabel(&doc, &features, &mut verdicts, &T);
            verdicts.iter().map(|v| v.class).collect()
        };
        // Prose after the notice is the site's, not the article's.
        let got = relabelled(&[prose[0], prose[1], prose[2], copyright, husk[0], husk[1]]);
        assert_eq!(got, [Good, Good, Good, Bad, Bad, Bad]);
        // A notice before the best region ends nothing.
        let got = relabelled(&[copyright, prose[0], prose[1], prose[2]]);
        assert_eq!(got, [Bad, Good, Good, Good]);
    }

    #[test]
    fn densest_region_is_the_max_sum_run() {
        assert_eq!(densest_region(&[-10, 50, -5, 60, -100, 10]), Some(1..4));
        assert_eq!(densest_region(&[-1, -2]), None);
        assert_eq!(densest_region(&[0, 0]), None);
        // Of runs with the same sum, the one that ends first.
        assert_eq!(densest_region(&[3, -5, 3]), Some(0..1));
        assert_eq!(densest_region(&[2, -1, 1]), Some(0..1));
        assert_eq!(densest_region(&[-1, 2, -2, 2]), Some(1..2));
    }

    proptest::proptest! {
        /// The region is what the scan with branches (the form before the
        /// selects) finds: a sum that falls to 0 or below starts again at
        /// the next block, and a sum replaces the best only when above it.
        #[test]
        fn densest_region_is_the_scan_with_branches(
            scores in proptest::collection::vec(-20i64..20, 0..40),
        ) {
            let mut best: Option<(i64, usize, usize)> = None;
            let (mut sum, mut start) = (0i64, 0usize);
            for (i, &score) in scores.iter().enumerate() {
                if sum <= 0 {
                    sum = 0;
                    start = i;
                }
                sum += score;
                if sum > 0 && best.is_none_or(|(b, _, _)| sum > b) {
                    best = Some((sum, start, i + 1));
                }
            }
            proptest::prop_assert_eq!(densest_region(&scores), best.map(|(_, s, e)| s..e));
        }
    }
}
