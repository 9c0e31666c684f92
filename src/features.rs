//! Stage 2: features measured once per block, in one pass over its characters.

use crate::stopwords::{Language, MAX_LEN};

/// What the classifier knows about one block. Counts are of characters
/// (Unicode scalar values), not bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Features {
    /// Characters, spaces included.
    pub chars: u32,
    /// Words: maximal runs of letters and digits.
    pub words: u32,
    /// Words that are stopwords of the language.
    pub stopwords: u32,
    /// Alphabetic characters.
    pub letters: u32,
    /// Decimal digits.
    pub digits: u32,
    /// Uppercase letters.
    pub upper: u32,
    /// Characters that are neither alphanumeric nor whitespace.
    pub symbols: u32,
    /// Separator characters of menus and breadcrumbs: `| » « • · › ‹ / ~ → ►`.
    pub separators: u32,
    /// Words that start with an uppercase letter.
    pub capitalized: u32,
    /// Whitespace-separated tokens that are URLs (`scheme://`, `www.`).
    pub urls: u32,
    /// Whitespace-separated tokens that are e-mail addresses.
    pub emails: u32,
    /// Whitespace-separated tokens.
    pub tokens: u32,
    /// The block ends in sentence-final punctuation of any script, possibly
    /// followed by closing quotes or brackets.
    pub terminal: bool,
}

impl Features {
    /// Share of words that are stopwords, in `[0, 1]`.
    pub fn stopword_density(&self) -> f32 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f32 / self.words as f32
        }
    }
}

/// Measures one block of normalised text.
///
/// PERF: the loop steps over bytes; ASCII bytes (most of most pages) are
/// classified with byte tests, and only non-ASCII bytes are decoded into a
/// `char` for the Unicode tables. Words are lowercased into a fixed stack
/// buffer only while they are short enough to be stopwords, so the lookup
/// never allocates or hashes. URLs and e-mail addresses are looked for only
/// when the block has `/`, `@` or `www.`.
pub(crate) fn measure(text: &str, language: Language) -> Features {
    let mut f = Features::default();
    let mut buf = [0u8; MAX_LEN];
    let mut word_len = 0usize; // bytes of the current word; > MAX_LEN means "too long or not ASCII"
    let mut in_word = false;
    let mut in_token = false;
    let mut last = ' ';
    let mut before_last = ' ';
    let mut url_hint = false;
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while let Some(&b) = bytes.get(i) {
        let c = if b < 0x80 {
            i += 1;
            b as char
        } else {
            let c = text
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .unwrap_or(' ');
            i += c.len_utf8().max(1);
            c
        };
        f.chars += 1;
        let alnum = if b < 0x80 {
            b.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alnum {
            let upper = if b < 0x80 {
                b.is_ascii_uppercase()
            } else {
                c.is_uppercase()
            };
            if !in_word {
                in_word = true;
                word_len = 0;
                f.words += 1;
                if upper {
                    f.capitalized += 1;
                }
            }
            if b < 0x80 {
                if let Some(slot) = buf.get_mut(word_len) {
                    *slot = b.to_ascii_lowercase();
                }
                word_len += 1;
                if b.is_ascii_digit() {
                    f.digits += 1;
                } else {
                    f.letters += 1;
                    f.upper += u32::from(upper);
                }
            } else {
                word_len = MAX_LEN + 1;
                if c.is_alphabetic() {
                    f.letters += 1;
                    f.upper += u32::from(upper);
                }
            }
        } else {
            if in_word {
                end_word(&mut f, &buf, word_len, language);
                in_word = false;
            }
            if c == ' ' || c == '\n' {
                in_token = false;
            } else {
                f.symbols += 1;
                if is_separator(c) {
                    f.separators += 1;
                }
                if c == '@' || c == '/' {
                    url_hint = true;
                } else if c == '.' {
                    // "www." without a scheme: look at the three bytes before.
                    let www = i.checked_sub(4).and_then(|s| bytes.get(s..i - 1));
                    url_hint |= www.is_some_and(|w| w.eq_ignore_ascii_case(b"www"));
                }
            }
        }
        if c != ' ' && c != '\n' {
            if !in_token {
                in_token = true;
                f.tokens += 1;
            }
            before_last = last;
            last = c;
        }
    }
    if in_word {
        end_word(&mut f, &buf, word_len, language);
    }
    f.terminal = is_terminal(last) || (is_closer(last) && is_terminal(before_last));
    if url_hint {
        count_addresses(text, &mut f);
    }
    f
}

#[inline]
fn end_word(f: &mut Features, buf: &[u8; MAX_LEN], len: usize, language: Language) {
    if let Some(word) = buf.get(..len) {
        if language.is_stopword(word) {
            f.stopwords += 1;
        }
    }
}

/// Counts URL and e-mail tokens; only called when the block has `/`, `@` or `www.`.
fn count_addresses(text: &str, f: &mut Features) {
    for token in text.split([' ', '\n']) {
        let t = token.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | ';' | '"'));
        let starts = |prefix: &str| {
            t.as_bytes()
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
        };
        if starts("http://") || starts("https://") || starts("www.") {
            f.urls += 1;
        } else if let Some((user, host)) = t.split_once('@') {
            if !user.is_empty() && host.contains('.') && !host.ends_with('.') {
                f.emails += 1;
            }
        }
    }
}

fn is_separator(c: char) -> bool {
    matches!(
        c,
        '|' | '»' | '«' | '•' | '·' | '›' | '‹' | '/' | '~' | '→' | '►' | '▸' | '∙' | '◦'
    )
}

/// Sentence-final punctuation: Latin, CJK full-width, Arabic, Devanagari, Urdu, Armenian, Ethiopic.
fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '。' | '！' | '？' | '．' | '؟' | '।' | '॥' | '۔' | '։' | '።'
    )
}

/// Closing quotes and brackets that may follow sentence-final punctuation.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '」' | '』' | '）'
    )
}

#[cfg(test)]
mod tests {
    use super::{measure, Features};
    use crate::stopwords::Language;

    fn m(s: &str) -> Features {
        measure(s, Language::English)
    }

    #[test]
    fn counts_words_and_stopwords() {
        let f = m("The cat sat on the mat, and it was fine.");
        assert_eq!(f.words, 10);
        assert_eq!(f.stopwords, 6); // the, on, the, and, it, was
        assert!(f.terminal);
        assert_eq!(f.tokens, 10);
    }

    #[test]
    fn terminal_punctuation_of_any_script() {
        assert!(m("He said “stop.”").terminal);
        assert!(m("これは文です。").terminal);
        assert!(m("هل هذا سؤال؟").terminal);
        assert!(!m("Share this:").terminal);
        assert!(!m("A headline without a stop").terminal);
    }

    #[test]
    fn shares_of_digits_upper_and_symbols() {
        let f = m("ABC def 123 !!");
        assert_eq!((f.upper, f.letters, f.digits, f.symbols), (3, 6, 3, 2));
        assert_eq!(f.capitalized, 1);
    }

    #[test]
    fn separators_urls_and_emails() {
        let f = m("Home | News » World • Contact: hello@example.org or https://example.org/a/b");
        assert_eq!(f.separators, 7); // | » • and the four slashes of the URL
        assert_eq!(f.urls, 1);
        assert_eq!(f.emails, 1);
        assert_eq!(m("see www.example.org today").urls, 1);
        let plain = m("Email me at the office. See you.");
        assert_eq!((plain.urls, plain.emails), (0, 0));
    }

    #[test]
    fn non_ascii_words_are_words_but_not_stopwords() {
        let f = m("naïve café über");
        assert_eq!((f.words, f.stopwords), (3, 0));
    }

    /// A naive re-count of words and stopwords, the oracle for the fast loop.
    fn naive(s: &str) -> (u32, u32) {
        let mut words = 0;
        let mut stops = 0;
        for w in s
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            words += 1;
            let lower = w.to_lowercase();
            if lower.is_ascii() && Language::English.is_stopword(lower.as_bytes()) {
                stops += 1;
            }
        }
        (words, stops)
    }

    proptest::proptest! {
        #[test]
        fn fast_counts_equal_naive(s in "[a-zA-Z0-9 ,.é東'’-]{0,80}") {
            let f = m(&s);
            proptest::prop_assert_eq!((f.words, f.stopwords), naive(&s));
            proptest::prop_assert_eq!(f.chars as usize, s.chars().count());
        }
    }
}
