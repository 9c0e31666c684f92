//! Stage 3: context-free classification, one block at a time.
//!
//! Each block gets a [`Class`] and the [`Rule`] that gave it. The order of the
//! rules, first match wins:
//!
//! 1. the user's keep patterns, then the user's drop patterns;
//! 2. the boilerplate phrase library ([`patterns`]);
//! 3. shape rules: only addresses, a menu or breadcrumb between separators,
//!    no prose (no letters, or mostly digits and symbols);
//! 4. the length and stopword-density classes of jusText (Pomikálek 2011):
//!    shorter than `length_low` characters is *short*; a stopword density of at
//!    least `stopwords_high` is *good* when longer than `length_high`, else
//!    *near-good*; at least `stopwords_low` is *near-good*; below is *bad*.
//!
//! Rules 1 and 2 are final: the context pass never changes them.

#[cfg(target_arch = "x86_64")]
mod key_search;
mod locales;
pub(crate) mod patterns;

pub(crate) use patterns::KeyWords;

use regex::RegexSet;

use crate::features::Features;
use crate::language::Language;
use crate::rule::{Husk, Rule};

/// The context-free class of a block, as in jusText.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    Bad,
    Short,
    NearGood,
    Good,
}

/// The class of a block, the rule behind it, and whether later passes may change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict {
    pub class: Class,
    pub rule: Rule,
    /// Set by a user pattern or the phrase library: never revised.
    pub fixed: bool,
}

/// Thresholds of the classifier; see [`Preset`](crate::Preset) for the values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Thresholds {
    /// Blocks shorter than this many characters are short.
    pub length_low: u32,
    /// Blocks at least this long, with dense stopwords, are good on their own.
    pub length_high: u32,
    /// Stopword density below which a long block is bad.
    pub stopwords_low: f32,
    /// Stopword density from which a block is near-good or good.
    pub stopwords_high: f32,
    /// How far (in characters) a heading may be from the content it heads.
    pub max_heading_distance: u32,
}

/// Everything the classifier needs besides the blocks: compiled once by the builder.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    pub thresholds: Thresholds,
    /// The language of every page; `None` detects it per page.
    pub language: Option<Language>,
    pub keep: Option<RegexSet>,
    pub drop: Option<RegexSet>,
}

/// Classifies one block from its text and features alone.
///
/// PERF: most cleaners have no user patterns; they skip the call that
/// looks for them, which cost more than a tenth of this function on short
/// blocks.
///
/// The block starts at `start` in its page's text, whose blocks with key
/// words are `keys`.
pub(crate) fn label(
    text: &str,
    (start, keys): (usize, &KeyWords),
    f: &Features,
    rules: &Rules,
    language: Language,
) -> Verdict {
    if rules.keep.is_some() || rules.drop.is_some() {
        if let Some(v) = user_verdict(text, rules) {
            return v;
        }
    }
    if let Some(rule) = patterns::phrase_rule_in(text, start, keys, f.words, language) {
        return fixed(Class::Bad, rule);
    }
    let (class, rule) = shape(f).unwrap_or_else(|| length_and_density(f, &rules.thresholds));
    Verdict {
        class,
        rule,
        fixed: false,
    }
}

/// The verdict on a block inside chrome markup: the user's keep and drop
/// patterns first, as in [`label`], then [`Rule::Husk`].
pub(crate) fn label_chrome(text: &str, husk: Husk, rules: &Rules) -> Verdict {
    user_verdict(text, rules).unwrap_or_else(|| fixed(Class::Bad, Rule::Husk(husk)))
}

/// The verdict of the user's patterns: the first keep pattern that matches,
/// else the first drop pattern.
fn user_verdict(text: &str, rules: &Rules) -> Option<Verdict> {
    if let Some(i) = first_match(rules.keep.as_ref(), text) {
        return Some(fixed(Class::Good, Rule::UserKeep(i)));
    }
    first_match(rules.drop.as_ref(), text).map(|i| fixed(Class::Bad, Rule::UserDrop(i)))
}

/// A verdict no later pass revises.
fn fixed(class: Class, rule: Rule) -> Verdict {
    Verdict {
        class,
        rule,
        fixed: true,
    }
}

fn first_match(set: Option<&RegexSet>, text: &str) -> Option<usize> {
    set?.matches(text).into_iter().next()
}

/// Rules on the shape of a block: what it is made of rather than what it says.
fn shape(f: &Features) -> Option<(Class, Rule)> {
    let addresses = f.urls + f.emails;
    if addresses > 0 && f.tokens <= addresses * 2 + 1 {
        return Some((Class::Bad, Rule::Address));
    }
    // A menu or breadcrumb: at least two separators, at most three words per item.
    if f.separators >= 2 && !f.terminal && f.words <= 3 * (f.separators + 1) {
        return Some((Class::Bad, Rule::Separated));
    }
    // No letters at all, or fewer letters than digits and symbols together.
    if f.letters == 0 || f.letters < f.digits + f.symbols {
        return Some((Class::Bad, Rule::NoProse));
    }
    None
}

/// The jusText classes from length and stopword density.
fn length_and_density(f: &Features, t: &Thresholds) -> (Class, Rule) {
    let density = f.stopword_density();
    if f.chars < t.length_low {
        (Class::Short, Rule::ShortAmidBoilerplate)
    } else if density >= t.stopwords_high {
        if f.chars >= t.length_high {
            (Class::Good, Rule::Good)
        } else {
            (Class::NearGood, Rule::NearBoilerplate)
        }
    } else if density >= t.stopwords_low {
        (Class::NearGood, Rule::NearBoilerplate)
    } else {
        (Class::Bad, Rule::FewStopwords)
    }
}

#[cfg(test)]
mod tests {
    use super::{label, Class, Rules, Thresholds};
    use crate::features::{measure, Stopwords};
    use crate::language::Language;
    use crate::rule::{Family, Rule};

    fn rules() -> Rules {
        Rules {
            thresholds: Thresholds {
                length_low: 70,
                length_high: 200,
                stopwords_low: 0.30,
                stopwords_high: 0.32,
                max_heading_distance: 200,
            },
            language: Some(Language::English),
            keep: None,
            drop: None,
        }
    }

    fn classify(text: &str) -> (Class, Rule) {
        let r = rules();
        let f = measure(text, Language::English, Stopwords::Count);
        let keys = super::KeyWords::find(text, std::iter::once(&(0..text.len())));
        let v = label(text, (0, &keys), &f, &r, Language::English);
        (v.class, v.rule)
    }

    #[test]
    fn prose_is_good() {
        let text = "Prior to his trip, Blinken spoke on Tuesday with the Russian foreign minister and discussed the negotiations of last week in Europe, as the spokesman said in a reading of the call. He stressed that it was important to continue on the path of diplomacy.";
        assert_eq!(classify(text).0, Class::Good);
    }

    #[test]
    fn phrases_are_bad_and_fixed() {
        assert_eq!(
            classify("Share this:"),
            (Class::Bad, Rule::Phrase(Family::Share))
        );
    }

    #[test]
    fn short_lines_are_short() {
        assert_eq!(classify("A headline of a few words").0, Class::Short);
    }

    #[test]
    fn menus_and_addresses_are_bad() {
        assert_eq!(
            classify("News | Sport | Weather | Culture").1,
            Rule::Separated
        );
        assert_eq!(classify("https://example.org/a").1, Rule::Address);
        assert_eq!(classify("12:45 — 3/4").1, Rule::NoProse);
    }

    #[test]
    fn long_lists_of_names_are_bad() {
        let text = "Paris London Berlin Madrid Rome Vienna Prague Warsaw Budapest Lisbon Dublin Oslo Helsinki Stockholm Copenhagen Athens";
        assert_eq!(classify(text), (Class::Bad, Rule::FewStopwords));
    }
}
