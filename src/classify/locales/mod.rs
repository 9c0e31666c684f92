//! Boilerplate phrasings in languages other than English, one file per
//! language, each pattern with the blocks it must match and the ordinary
//! sentences it must not, as in [`super::patterns`].
//!
//! The English library runs on every page (English buttons and notices are
//! common on pages in other languages); the library of the page's language
//! runs after it. These patterns are Unicode-aware and case-insensitive
//! (`Ä` folds to `ä`, `П` to `п`), matched against the whole normalised
//! block, and most are anchored at both ends, so a phrase inside a sentence
//! never fires. A language's patterns are compiled into one `RegexSet` the
//! first time a page in that language is cleaned.

mod de;
mod es;
mod fr;
mod it;
mod ja;
mod nl;
mod pl;
mod pt;
mod ru;
mod zh;

use std::sync::OnceLock;

use regex::{RegexSet, RegexSetBuilder};

use super::patterns::Pattern;
use crate::language::Language;
use crate::rule::Rule;

/// The patterns of `language`; empty for English (the main library) and
/// for languages without their own.
pub(crate) fn patterns(language: Language) -> &'static [Pattern] {
    match language {
        Language::German => de::PATTERNS,
        Language::French => fr::PATTERNS,
        Language::Spanish => es::PATTERNS,
        Language::Italian => it::PATTERNS,
        Language::Portuguese => pt::PATTERNS,
        Language::Dutch => nl::PATTERNS,
        Language::Polish => pl::PATTERNS,
        Language::Russian => ru::PATTERNS,
        Language::Chinese => zh::PATTERNS,
        Language::Japanese => ja::PATTERNS,
        _ => &[],
    }
}

/// The lazy DFA cache of a language's set, in bytes.
const DFA_CACHE_BYTES: usize = 8 << 20;

/// A language's patterns as one set, and the rule of each.
struct Compiled {
    set: RegexSet,
    rules: Vec<Rule>,
}

/// Compiles the patterns of `language`; `None` when it has none (or, which
/// the unit tests rule out, when one does not compile).
fn compile(language: Language) -> Option<Compiled> {
    let patterns = patterns(language);
    if patterns.is_empty() {
        return None;
    }
    let set = RegexSetBuilder::new(patterns.iter().map(|p| without_word_boundaries(p.regex)))
        .case_insensitive(true)
        // PERF: room for the lazy DFA of Unicode classes on non-ASCII text,
        // which with the default cache falls back to a slower engine.
        .dfa_size_limit(DFA_CACHE_BYTES)
        .build()
        .ok()?;
    Some(Compiled {
        set,
        rules: patterns.iter().map(|p| p.rule).collect(),
    })
}

/// `regex` with each `\b` replaced by a non-word character or an end of
/// the text: `(?:^|\W)` before a word, `(?:\W|$)` after one. For telling
/// whether a block matches, the two mean the same.
///
/// PERF: the lazy DFA of the `regex` crate cannot evaluate a Unicode `\b`
/// on non-ASCII text and hands such searches to a slower engine (the
/// PikeVM, about a hundred times slower on these sets); every block of a
/// page in Russian or Polish is non-ASCII.
fn without_word_boundaries(regex: &str) -> String {
    let mut out = String::with_capacity(regex.len() + 16);
    let mut rest = regex;
    while let Some(at) = rest.find("\\b") {
        let (before, after) = rest.split_at(at);
        let after = after.get(2..).unwrap_or_default();
        out.push_str(before);
        let starts_word = after
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '(');
        out.push_str(if starts_word {
            "(?:^|\\W)"
        } else {
            "(?:\\W|$)"
        });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The rule of the first pattern of `language` that matches `text`, if any.
pub(crate) fn phrase_rule(text: &str, language: Language) -> Option<Rule> {
    static SETS: [OnceLock<Option<Compiled>>; Language::ALL.len()] =
        [const { OnceLock::new() }; Language::ALL.len()];
    let compiled = SETS
        .get(language.index())?
        .get_or_init(|| compile(language))
        .as_ref()?;
    // PERF: `is_match` runs a lazy DFA; `matches` (which of the set) runs
    // a slower engine, so only blocks that match at all pay for it.
    if !compiled.set.is_match(text) {
        return None;
    }
    let first = compiled.set.matches(text).into_iter().next()?;
    compiled.rules.get(first).copied()
}

#[cfg(test)]
mod tests {
    use super::{compile, patterns, phrase_rule};
    use crate::language::Language;

    /// The ten languages the issue names, besides English.
    const LANGUAGES: [Language; 10] = [
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
        Language::Polish,
        Language::Russian,
        Language::Chinese,
        Language::Japanese,
    ];

    #[test]
    fn every_language_compiles_and_has_the_main_families() {
        use crate::rule::{Family, Rule};
        for language in LANGUAGES {
            assert!(compile(language).is_some(), "{language}");
            let families: Vec<Rule> = patterns(language).iter().map(|p| p.rule).collect();
            for family in [
                Family::Share,
                Family::CommentForm,
                Family::Consent,
                Family::Newsletter,
                Family::Account,
                Family::Copyright,
                Family::SkipLink,
                Family::Pagination,
                Family::PostMeta,
                Family::ReadMore,
                Family::Related,
                Family::Navigation,
                Family::Advertisement,
            ] {
                assert!(
                    families.contains(&Rule::Phrase(family)),
                    "{language} has no {family:?} pattern"
                );
            }
        }
        assert!(compile(Language::English).is_none());
    }

    #[test]
    fn word_boundaries_become_classes() {
        use super::without_word_boundaries as w;
        assert_eq!(w(r"\balle rechte\b"), r"(?:^|\W)alle rechte(?:\W|$)");
        assert_eq!(w(r"\b(a|b) c\b|^d$"), r"(?:^|\W)(a|b) c(?:\W|$)|^d$");
        assert_eq!(w(r"^x\W*$"), r"^x\W*$");
        for language in LANGUAGES {
            for p in patterns(language) {
                assert!(!w(p.regex).contains(r"\b"), "{}", p.regex);
            }
        }
    }

    #[test]
    fn every_pattern_matches_its_examples_with_its_rule() {
        let mut failures = Vec::new();
        for language in LANGUAGES {
            for p in patterns(language) {
                assert!(
                    !p.matches.is_empty(),
                    "{language}: {} has no example",
                    p.regex
                );
                let re = regex::RegexBuilder::new(p.regex)
                    .case_insensitive(true)
                    .build()
                    .unwrap_or_else(|e| panic!("{language}: {e}"));
                for m in p.matches {
                    if !re.is_match(m) || phrase_rule(m, language).is_none() {
                        failures.push(format!("{language}: {m:?} not matched by {:?}", p.regex));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn no_pattern_matches_the_ordinary_sentences() {
        let mut failures = Vec::new();
        for language in LANGUAGES {
            for p in patterns(language) {
                assert!(
                    !p.rejects.is_empty(),
                    "{language}: {} has no reject",
                    p.regex
                );
                for r in p.rejects {
                    // Neither this language's library nor the English one.
                    let words =
                        crate::features::measure(r, language, crate::features::Stopwords::Count)
                            .words;
                    let rule = super::super::patterns::phrase_rule(r, words, language);
                    if rule.is_some() {
                        failures.push(format!("{language}: {r:?} matched as {rule:?}"));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
