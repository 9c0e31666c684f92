//! The names of the rules that decide a block, so every decision can be explained.

use std::fmt;

/// A family of boilerplate phrasings, matched on a whole short block.
///
/// Each family is a list of documented patterns in `classify::patterns`; the
/// family is what a [`Rule::Phrase`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Family {
    /// Share and like widgets: "Share this:", "Like this:", "%d bloggers like this".
    Share,
    /// Comment forms and their notices: "Post Comment", "Required fields are marked".
    CommentForm,
    /// Headings that open a comment section: "Leave a Reply", "3 thoughts on".
    /// After the main content, nothing past one is kept.
    Comments,
    /// Cookie and consent notices.
    Consent,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// Log in, sign up, account links.
    Account,
    /// Copyright lines and "All rights reserved".
    /// After the main content, nothing past a copyright notice (one that
    /// names the right: "©", "copyright", "rights reserved") is kept.
    Copyright,
    /// "Skip to content" and other accessibility jump links.
    SkipLink,
    /// Pagination: "Page 2 of 9", "Next »", "Older posts".
    Pagination,
    /// Post metadata: "Posted in", "Tagged", "Filed under".
    PostMeta,
    /// Teaser links: "Read more", "Continue reading".
    ReadMore,
    /// Lists of social network names: "Facebook Twitter LinkedIn".
    Social,
    /// Notices about JavaScript or the browser: "JavaScript is disabled".
    BrowserNotice,
    /// Advertisement and sponsor labels.
    Advertisement,
    /// Headings of related-content lists: "Related posts", "You may also like".
    Related,
    /// Site navigation words alone on a line: "Home", "Menu", "Search".
    Navigation,
    /// Calls to action and shop buttons: "Add to cart", "Get started", "Book now".
    CallToAction,
    /// Affiliate and sponsorship disclosures: "We may earn a commission".
    Disclosure,
    /// Forum and Q&A chrome around posts: member badges and statistics
    /// ("Well-known member", "Joined", "Posts: 12"), post controls ("Reply
    /// Quote Like"), thread tools ("Jump to latest", "Sort by").
    ForumChrome,
}

impl Family {
    /// Every family, in the order the pattern library lists them.
    pub const ALL: [Family; 19] = [
        Family::Share,
        Family::CommentForm,
        Family::Comments,
        Family::Consent,
        Family::Newsletter,
        Family::Account,
        Family::Copyright,
        Family::SkipLink,
        Family::Pagination,
        Family::PostMeta,
        Family::ReadMore,
        Family::Social,
        Family::BrowserNotice,
        Family::Advertisement,
        Family::Related,
        Family::Navigation,
        Family::CallToAction,
        Family::Disclosure,
        Family::ForumChrome,
    ];

    /// A short, stable, kebab-case name such as `"comment-form"`.
    pub fn name(self) -> &'static str {
        match self {
            Family::Share => "share",
            Family::CommentForm => "comment-form",
            Family::Comments => "comments",
            Family::Consent => "consent",
            Family::Newsletter => "newsletter",
            Family::Account => "account",
            Family::Copyright => "copyright",
            Family::SkipLink => "skip-link",
            Family::Pagination => "pagination",
            Family::PostMeta => "post-meta",
            Family::ReadMore => "read-more",
            Family::Social => "social",
            Family::BrowserNotice => "browser-notice",
            Family::Advertisement => "advertisement",
            Family::Related => "related",
            Family::Navigation => "navigation",
            Family::CallToAction => "call-to-action",
            Family::Disclosure => "disclosure",
            Family::ForumChrome => "forum-chrome",
        }
    }
}

/// A kind of page chrome recognised from markup: the tag, `role`, `class` or
/// `id` of an element around the block, or its being hidden.
///
/// What each kind is recognised by is listed, with examples that must and must
/// not match, in the HTML segmenter's marker table; [`Husk::name`] is the
/// stable name a [`Rule::Husk`] reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Husk {
    /// Not rendered: `hidden`, `aria-hidden="true"`, inline `display:none` or
    /// `visibility:hidden`, or a class that hides (`sr-only`, `d-none`).
    Hidden,
    /// Site navigation: `<nav>`, `<menu>`, `role="navigation"`, a `menu` or `nav` class.
    Navigation,
    /// A breadcrumb trail.
    Breadcrumb,
    /// The page header outside the main content: `<header>`, `role="banner"`.
    Header,
    /// The page footer outside the main content: `<footer>`, `role="contentinfo"`.
    Footer,
    /// A sidebar or widget area: `<aside>` outside the main content, `sidebar`, `widget`.
    Sidebar,
    /// Share and like buttons.
    Share,
    /// A comment section.
    Comments,
    /// A comment form (`respond`, `comment-form`).
    CommentForm,
    /// Related or recommended content.
    Related,
    /// Cookie and consent banners.
    Consent,
    /// Newsletter and subscription prompts.
    Newsletter,
    /// Pagination links.
    Pagination,
    /// Advertisements and sponsored slots.
    Advertisement,
    /// Pop-ups, modals and dialogs.
    Popup,
    /// Search forms: `role="search"`.
    Search,
    /// Author names, bylines and user cards (`byline`, `author`, `username`).
    Byline,
}

impl Husk {
    /// A short, stable, kebab-case name such as `"comment-form"`.
    pub fn name(self) -> &'static str {
        match self {
            Husk::Hidden => "hidden",
            Husk::Navigation => "navigation",
            Husk::Breadcrumb => "breadcrumb",
            Husk::Header => "header",
            Husk::Footer => "footer",
            Husk::Sidebar => "sidebar",
            Husk::Share => "share",
            Husk::Comments => "comments",
            Husk::CommentForm => "comment-form",
            Husk::Related => "related",
            Husk::Consent => "consent",
            Husk::Newsletter => "newsletter",
            Husk::Pagination => "pagination",
            Husk::Advertisement => "advertisement",
            Husk::Popup => "popup",
            Husk::Search => "search",
            Husk::Byline => "byline",
        }
    }
}

/// The rule that gave a block its final [`Label`](crate::Label).
///
/// Context-free rules look at one block alone; context rules (from `Heading`
/// on) look at its neighbours and at the page. [`Rule::name`] gives a stable
/// kebab-case name, also used by `Display`.
///
/// # Example
///
/// ```
/// use dehusk::{Cleaner, Family, Label, Rule};
///
/// let cleaner = Cleaner::default();
/// let cleaned = cleaner.clean_text("Share this:\n\nA sentence that is long enough to be kept, since it is the only thing here.")?;
/// let first = cleaned.blocks().next().unwrap();
/// assert_eq!(first.label(), Label::Dropped);
/// assert_eq!(first.rule(), Rule::Phrase(Family::Share));
/// assert_eq!(first.rule().name(), "phrase:share");
/// # Ok::<(), dehusk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// The block matched the user's keep pattern with this index.
    UserKeep(usize),
    /// The block matched the user's drop pattern with this index.
    UserDrop(usize),
    /// The block matched a boilerplate phrase of this family.
    Phrase(Family),
    /// HTML: the block is inside an element that marks page chrome of this kind.
    Husk(Husk),
    /// HTML: the block is almost all link text (a run of menu or footer
    /// links) and was not good on its own.
    LinkDense,
    /// The block is only URLs or e-mail addresses.
    Address,
    /// The block is a counter such as "12 comments" or "3 likes".
    Counter,
    /// The block is a date and nothing else.
    DateOnly,
    /// The block is a run of short items between separators (`|`, `»`, `•`, `/`):
    /// a menu or a breadcrumb.
    Separated,
    /// Too few words or letters to be prose: digits, symbols, a lone word.
    NoProse,
    /// A long block with too few stopwords to be prose (a list of names, tags, keywords).
    FewStopwords,
    /// Long and dense in stopwords: prose.
    Good,
    /// A short block, too short to judge alone; kept because its neighbours are content.
    ShortAmidContent,
    /// A short block dropped because its neighbours are boilerplate.
    ShortAmidBoilerplate,
    /// A medium block kept because content is next to it.
    NearContent,
    /// A medium block dropped because only boilerplate is next to it.
    NearBoilerplate,
    /// A short line with no final punctuation, followed closely by content: a heading.
    Heading,
    /// Inside the page's main content region and not boilerplate on its own.
    InMain,
    /// Content-like, but outside the page's main content region.
    OutsideMain,
    /// The same text as an earlier kept block (a carousel slide, a repeated menu).
    Repeated,
}

impl Rule {
    /// A short, stable name such as `"good"`, `"phrase:share"` or `"user-drop:2"`.
    pub fn name(&self) -> String {
        self.to_string()
    }

    fn static_name(&self) -> &'static str {
        match self {
            Rule::UserKeep(_) => "user-keep",
            Rule::UserDrop(_) => "user-drop",
            Rule::Phrase(_) => "phrase",
            Rule::Husk(_) => "husk",
            Rule::LinkDense => "link-dense",
            Rule::Address => "address",
            Rule::Counter => "counter",
            Rule::DateOnly => "date-only",
            Rule::Separated => "separated",
            Rule::NoProse => "no-prose",
            Rule::FewStopwords => "few-stopwords",
            Rule::Good => "good",
            Rule::ShortAmidContent => "short-amid-content",
            Rule::ShortAmidBoilerplate => "short-amid-boilerplate",
            Rule::NearContent => "near-content",
            Rule::NearBoilerplate => "near-boilerplate",
            Rule::Heading => "heading",
            Rule::InMain => "in-main",
            Rule::OutsideMain => "outside-main",
            Rule::Repeated => "repeated",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::UserKeep(i) => write!(f, "user-keep:{i}"),
            Rule::UserDrop(i) => write!(f, "user-drop:{i}"),
            Rule::Phrase(fam) => write!(f, "phrase:{}", fam.name()),
            Rule::Husk(husk) => write!(f, "husk:{}", husk.name()),
            other => f.write_str(other.static_name()),
        }
    }
}
