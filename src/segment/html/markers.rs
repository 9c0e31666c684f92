//! What an element's tag, `role`, `class`, `id` and visibility say about it:
//! page chrome ([`Husk`]) or main content.
//!
//! `class` and `id` values are cut into tokens, never searched for
//! substrings: a value is split at whitespace, `-`, `_` and `:` and each part
//! is compared whole, ignoring ASCII case, with [`TOKENS`]. So `site-header`
//! and `header` name a header, `subheader-title` does not; `ad-slot` names an
//! advertisement, `read`, `shadow` and `add-to-cart` do not. A part right
//! after `has`, `no`, `with`, `without` or `show` is a state, not a role
//! (`has-sidebar`, `no-comments` on `<body>`), and is skipped.

use crate::rule::Husk;

/// `class`/`id` tokens that name page chrome, sorted for binary search.
///
/// Each must match the examples of `EXAMPLES` and must not match the
/// counter-examples there; the tests check both ways.
pub(crate) static TOKENS: &[(&str, Husk)] = &[
    ("ad", Husk::Advertisement),
    ("addthis", Husk::Share),
    ("addtoany", Husk::Share),
    ("ads", Husk::Advertisement),
    ("adsbygoogle", Husk::Advertisement),
    ("advert", Husk::Advertisement),
    ("advertisement", Husk::Advertisement),
    ("advertising", Husk::Advertisement),
    ("author", Husk::Byline),
    ("breadcrumb", Husk::Breadcrumb),
    ("breadcrumbs", Husk::Breadcrumb),
    ("byline", Husk::Byline),
    ("colophon", Husk::Footer),
    ("comment", Husk::Comments),
    ("commentform", Husk::CommentForm),
    ("commentlist", Husk::Comments),
    ("commentlisting", Husk::Comments),
    ("comments", Husk::Comments),
    ("consent", Husk::Consent),
    ("cookie", Husk::Consent),
    ("cookies", Husk::Consent),
    ("disqus", Husk::Comments),
    ("footer", Husk::Footer),
    ("gdpr", Husk::Consent),
    ("header", Husk::Header),
    ("masthead", Husk::Header),
    ("menu", Husk::Navigation),
    ("modal", Husk::Popup),
    ("nav", Husk::Navigation),
    ("navbar", Husk::Navigation),
    ("navigation", Husk::Navigation),
    ("newsletter", Husk::Newsletter),
    ("pager", Husk::Pagination),
    ("pagination", Husk::Pagination),
    ("popup", Husk::Popup),
    ("related", Husk::Related),
    ("respond", Husk::CommentForm),
    ("reviews", Husk::Comments),
    ("share", Husk::Share),
    ("sharedaddy", Husk::Share),
    ("sharing", Husk::Share),
    ("sidebar", Husk::Sidebar),
    ("social", Husk::Share),
    ("sponsor", Husk::Advertisement),
    ("sponsored", Husk::Advertisement),
    ("subscribe", Husk::Newsletter),
    ("username", Husk::Byline),
];

/// Whole `class` values that hide an element (CSS frameworks and WordPress).
static HIDING_CLASSES: &[&str] = &[
    "d-none",
    "hidden",
    "screen-reader-text",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
];

/// Parts after which the next part is a state, not a role.
static STATE_WORDS: &[&str] = &["has", "no", "show", "with", "without"];

/// Examples for the tests: a `class` value and what it must give.
#[cfg(test)]
pub(crate) static EXAMPLES: &[(&str, Option<Husk>)] = &[
    ("site-header", Some(Husk::Header)),
    ("subheader-title", None),
    ("ad-slot", Some(Husk::Advertisement)),
    ("read shadow add-to-cart", None),
    ("post-content entry", None),
    ("has-sidebar no-comments", None),
    ("elementor-widget elementor-widget-text-editor", None),
    ("sharedaddy sd-sharing-enabled", Some(Husk::Share)),
    ("comment-respond", Some(Husk::Comments)),
    ("respond", Some(Husk::CommentForm)),
    ("Main-Navigation", Some(Husk::Navigation)),
    ("navigation-title", Some(Husk::Navigation)),
    ("header", Some(Husk::Header)),
    ("comment-content", Some(Husk::Comments)),
    ("commentary", None),
    ("cookie-notice", Some(Husk::Consent)),
    ("related-posts", Some(Husk::Related)),
    ("downloads", None),
    ("menu-item-42", Some(Husk::Navigation)),
];

/// The chrome a `class` or `id` value names, if any: the first token that does.
pub(crate) fn husk_of_tokens(value: &str) -> Option<Husk> {
    let mut after_state = false;
    let parts = value
        .as_bytes()
        .split(|b| b.is_ascii_whitespace() || matches!(b, b'-' | b'_' | b':'));
    for part in parts {
        if part.is_empty() {
            continue;
        }
        // PERF: most parts are rejected on their length or first letter
        // before they are lowercased and looked up.
        let first = part.first().map_or(0, u8::to_ascii_lowercase);
        if part.len() > 16
            || !FIRST_LETTERS
                .get(usize::from(first))
                .copied()
                .unwrap_or(false)
        {
            after_state = false;
            continue;
        }
        let mut buf = [0u8; 16];
        let Some(lower) = lowercase(part, &mut buf) else {
            after_state = false;
            continue;
        };
        if !after_state {
            if let Ok(i) = TOKENS.binary_search_by(|(t, _)| t.as_bytes().cmp(lower)) {
                return TOKENS.get(i).map(|&(_, h)| h);
            }
        }
        after_state = STATE_WORDS.iter().any(|w| w.as_bytes() == lower);
    }
    None
}

/// The first letters of [`TOKENS`] and [`STATE_WORDS`], built at compile time.
static FIRST_LETTERS: [bool; 256] = first_letters();

#[allow(clippy::indexing_slicing)] // const evaluation: a bad index fails the build
const fn first_letters() -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < TOKENS.len() {
        table[TOKENS[i].0.as_bytes()[0] as usize] = true;
        i += 1;
    }
    let mut i = 0;
    while i < STATE_WORDS.len() {
        table[STATE_WORDS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    table
}

/// True when a `class` value holds a class that hides the element, and no
/// responsive variant that shows it again (`hidden lg:block`).
pub(crate) fn hides(class: &str) -> bool {
    class
        .split_ascii_whitespace()
        .any(|c| HIDING_CLASSES.iter().any(|h| h.eq_ignore_ascii_case(c)))
        && !class.contains(':')
}

/// True when an inline `style` hides the element (`display:none`,
/// `visibility:hidden`), spaces and case ignored.
pub(crate) fn style_hides(style: &str) -> bool {
    let mut compact = [0u8; 64];
    let mut n = 0usize;
    for b in style.bytes().filter(|b| !b.is_ascii_whitespace()) {
        // Slide a window: only the last 64 bytes are needed per check.
        if n == compact.len() {
            compact.copy_within(32.., 0);
            n = 32;
        }
        if let Some(slot) = compact.get_mut(n) {
            *slot = b.to_ascii_lowercase();
        }
        n += 1;
        let seen = compact.get(..n).unwrap_or_default();
        if seen.ends_with(b"display:none") || seen.ends_with(b"visibility:hidden") {
            return true;
        }
    }
    false
}

/// The chrome an element's tag names. `header`, `footer` and `aside` count
/// only outside the main content (`in_main` false): inside an article they
/// hold its headline, byline or a pull quote.
pub(crate) fn husk_of_tag(name: &str, in_main: bool) -> Option<Husk> {
    match name {
        "nav" | "menu" => Some(Husk::Navigation),
        "dialog" => Some(Husk::Popup),
        "header" if !in_main => Some(Husk::Header),
        "footer" if !in_main => Some(Husk::Footer),
        "aside" if !in_main => Some(Husk::Sidebar),
        _ => None,
    }
}

/// The chrome a `role` names (WAI-ARIA landmark and widget roles).
pub(crate) fn husk_of_role(role: &str, in_main: bool) -> Option<Husk> {
    let role = role.trim();
    let is = |r: &str| role.eq_ignore_ascii_case(r);
    if is("navigation") || is("menu") || is("menubar") {
        Some(Husk::Navigation)
    } else if is("search") {
        Some(Husk::Search)
    } else if is("dialog") || is("alertdialog") {
        Some(Husk::Popup)
    } else if is("banner") && !in_main {
        Some(Husk::Header)
    } else if is("contentinfo") && !in_main {
        Some(Husk::Footer)
    } else if is("complementary") && !in_main {
        Some(Husk::Sidebar)
    } else {
        None
    }
}

/// True for the `id` of a React streaming boundary, `S:` and digits: its
/// `hidden` element holds content that a script shows.
pub(crate) fn is_react_boundary(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// True when an element marks the main content: `<main>`, `<article>`,
/// `role="main"`, or `itemprop="articleBody"` / `"mainContentOfPage"`.
pub(crate) fn marks_main(name: &str, role: Option<&str>, itemprop: Option<&str>) -> bool {
    name == "main"
        || name == "article"
        || role.is_some_and(|r| r.trim().eq_ignore_ascii_case("main"))
        || itemprop.is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|p| p == "articleBody" || p == "mainContentOfPage")
        })
}

/// True when a `class` value has a token that ends in `title` (but for
/// `subtitle`) or is `headline`, as in `page-title`, `entry_title`,
/// `pagetitle`: the element is a heading.
pub(crate) fn names_title(class: &str) -> bool {
    class
        .split(|c: char| c.is_ascii_whitespace() || matches!(c, '-' | '_'))
        .any(|p| {
            let lower = |n: usize| p.get(p.len().saturating_sub(n)..);
            p.eq_ignore_ascii_case("headline")
                || (lower(5).is_some_and(|e| e.eq_ignore_ascii_case("title"))
                    && !lower(8).is_some_and(|e| e.eq_ignore_ascii_case("subtitle")))
        })
}

/// `class` names (any case, `-` and `_` ignored) that containers of an
/// article's body carry across CMSs and themes, sorted.
static BODY_CLASSES: &[&str] = &[
    "articlebody",
    "articlecontent",
    "articletext",
    "blogpostcontent",
    "contentbody",
    "entrybody",
    "entrycontent",
    "postbody",
    "postcontent",
    "posttext",
    "storybody",
    "storycontent",
];

/// True when an element holds an article's body: a `class` or `id` of
/// [`BODY_CLASSES`] (`entry-content`, `post_body`, `articleBody` ...), or
/// `itemprop="articleBody"`.
pub(crate) fn marks_body(class: &str, id: &str, itemprop: Option<&str>) -> bool {
    itemprop.is_some_and(|p| p.split_ascii_whitespace().any(|p| p == "articleBody"))
        || class
            .split_ascii_whitespace()
            .chain([id])
            .any(is_body_class)
}

fn is_body_class(name: &str) -> bool {
    // PERF: most class names fail here: every body class is 8 to 15 letters
    // long (with separators, at most 24 bytes) and starts with a, b, c, e, p or s.
    if !(8..=24).contains(&name.len())
        || !matches!(
            name.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'a' | b'b' | b'c' | b'e' | b'p' | b's')
        )
    {
        return false;
    }
    let mut buf = [0u8; 24];
    let mut n = 0usize;
    for b in name.bytes().filter(|b| !matches!(b, b'-' | b'_')) {
        let Some(slot) = buf.get_mut(n) else {
            return false;
        };
        *slot = b.to_ascii_lowercase();
        n += 1;
    }
    let key = buf.get(..n).unwrap_or_default();
    BODY_CLASSES
        .binary_search_by(|c| c.as_bytes().cmp(key))
        .is_ok()
}

/// `part` in ASCII lowercase in `buf`, or `None` when it is too long to be a
/// token (no token is longer than 16 bytes).
fn lowercase<'b>(part: &[u8], buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let bytes = part;
    let out = buf.get_mut(..bytes.len())?;
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = b.to_ascii_lowercase();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_sorted_lowercase_and_short() {
        for pair in TOKENS.windows(2) {
            if let [(a, _), (b, _)] = pair {
                assert!(a < b, "{a} before {b}");
            }
        }
        for (t, _) in TOKENS {
            assert!(t.len() <= 16 && *t == t.to_ascii_lowercase(), "{t}");
        }
    }

    #[test]
    fn examples_match_and_counter_examples_do_not() {
        for (value, want) in EXAMPLES {
            assert_eq!(husk_of_tokens(value), *want, "class {value:?}");
        }
    }

    #[test]
    fn every_token_matches_alone_and_not_inside_a_longer_word() {
        for (t, h) in TOKENS {
            assert_eq!(husk_of_tokens(t), Some(*h), "{t}");
            assert_eq!(husk_of_tokens(&format!("x{t}y")), None, "{t}");
        }
    }

    #[test]
    fn hiding_classes_and_styles() {
        assert!(hides("foo sr-only"));
        assert!(!hides("hidden-xs"));
        assert!(!hides("hidden lg:block"));
        assert!(is_react_boundary("S:12"));
        assert!(!is_react_boundary("S:") && !is_react_boundary("S:1a") && !is_react_boundary("s1"));
        assert!(style_hides("color: red; DISPLAY : none"));
        assert!(style_hides("visibility:hidden"));
        assert!(!style_hides("display: block"));
        assert!(!style_hides(&"x".repeat(1000)));
    }

    #[test]
    fn title_classes() {
        assert!(names_title("pagetitle"));
        assert!(names_title("entry_title"));
        assert!(names_title("Headline"));
        assert!(!names_title("subtitle titles"));
        assert!(!names_title("entitled"));
    }

    #[test]
    fn body_classes_match_whole_names_only() {
        assert!(marks_body("entry-content clearfix", "", None));
        assert!(marks_body("", "post_body", None));
        assert!(marks_body("article__body", "", None));
        assert!(marks_body("x", "", Some("articleBody")));
        assert!(!marks_body("entry-content-wrapper", "", None));
        assert!(!marks_body("content", "main", None));
        for pair in BODY_CLASSES.windows(2) {
            if let [a, b] = pair {
                assert!(a < b);
            }
        }
    }

    #[test]
    fn header_and_footer_count_only_outside_main() {
        assert_eq!(husk_of_tag("header", false), Some(Husk::Header));
        assert_eq!(husk_of_tag("header", true), None);
        assert_eq!(husk_of_tag("nav", true), Some(Husk::Navigation));
        assert_eq!(husk_of_role("contentinfo", false), Some(Husk::Footer));
        assert_eq!(husk_of_role("main", false), None);
        assert!(marks_main("div", Some(" Main "), None));
        assert!(marks_main("div", None, Some("articleBody")));
        assert!(!marks_main("div", None, Some("articlebody text")));
    }
}
