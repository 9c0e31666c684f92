//! HTML -> blocks, with what the markup says about each block.
//!
//! One walk over the tree that scraper (html5ever) builds, with scripting
//! disabled so that `<noscript>` content is markup. The walk:
//!
//! - skips elements that never show text (script, style, head, svg, form
//!   controls ...); the `<title>` is read apart;
//! - cuts a block at every block-level element, `<br>`, table cell and list
//!   item; `<pre>` text is kept verbatim;
//! - notes, for each block, the innermost element around it that marks page
//!   chrome ([`markers`]: hidden, navigation, sidebar, share bar ...), the
//!   innermost main-content element (`<main>`, `<article>` ...), its link
//!   text and heading level.
//!
//! After the walk, two decisions are made on the byte counts of the blocks
//! (see [`Walk::finish`]): a chrome marker made only by a `class` or `id` token is
//! ignored when its element holds several times more text than all the page
//! outside every marked element (a forum whose thread is a `comments` list, a
//! theme that hides its content until a script runs), and the main content is the
//! set of outermost main-content elements when they hold enough of the text.
//! The walk is iterative, so deeply nested input cannot overflow the stack.

mod markers;

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

use super::{normalize::push_normalized, Markup, Segmented};
use crate::block::{Block, BlockKind};
use crate::rule::Husk;

/// No container: the `u32` index meaning "none" in [`Frame`] and [`Markup`].
const NONE: u32 = u32::MAX;

/// A weak chrome marker (a `class` or `id` token, or hiding) is ignored when
/// its element holds at least this many times the prose (see [`prose_bytes`])
/// of all blocks outside every marked element: then it is the page.
const UNMARK_RATIO: u64 = 1;

/// A comment section, which is prose by nature, or a hidden element, which may
/// hold a second copy of the page, is the page only when the prose outside
/// every marked element is less than this many bytes (a forum thread, whose
/// every post is marked as a comment) and less than its own.
const COMMENTS_MAX_FREE: u64 = 2500;

/// Blocks shorter than this many bytes are not counted as prose when weighing
/// markers: menus, labels and headings.
const PROSE_MIN_BYTES: usize = 120;

/// The bytes of a block counted as prose: all of them from
/// [`PROSE_MIN_BYTES`] on, else none.
fn prose_bytes(block: &Block) -> u64 {
    let n = block.span.len();
    if n >= PROSE_MIN_BYTES {
        n as u64
    } else {
        0
    }
}

/// The outermost main-content elements count as the main content when they
/// hold at least this share of the page's text outside links and chrome.
const MAIN_SHARE: f64 = 0.5;

/// The outermost article-body elements (see `markers::marks_body`) are the
/// content when they hold at least this share of the page's text outside
/// links and chrome; they then take precedence over the main elements.
const BODY_SHARE: f64 = 0.3;

/// Cuts an HTML document into blocks of visible text, with their markup; at
/// most `max_blocks` blocks, past which text is left out and `overflow` set.
///
/// Element nesting deeper than `max_depth` is flattened before parsing (see
/// `depth`).
pub(crate) fn segment(input: &str, max_blocks: usize, max_depth: usize) -> Segmented {
    segment_prepared(
        input.len(),
        &super::depth::cap_at(input, max_depth),
        max_blocks,
    )
}

/// [`segment`] of `prepared`, the parser's input made by the depth guard
/// from an input of `bytes` bytes.
fn segment_prepared(bytes: usize, prepared: &str, max_blocks: usize) -> Segmented {
    let html = parse(prepared);
    let mut walk = Walk::new(bytes);
    walk.max_blocks = max_blocks;
    walk.doc.title = title(&html);
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(text) => walk.text(text),
                    Node::Element(_) => {
                        if let Some(el) = ElementRef::wrap(node) {
                            if !walk.open(el) {
                                skipping = Some(node.id());
                            }
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_none() && node.value().is_element() {
                    walk.close();
                }
            }
        }
    }
    walk.finish()
}

/// Parses a document as a browser with scripting disabled would: the content
/// of `<noscript>` is then markup, not raw text, and some sites (forums built
/// on JavaScript frameworks) put their whole server-rendered content there.
pub(crate) fn parse(input: &str) -> Html {
    use html5ever::tendril::TendrilSink;
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            scripting_enabled: false,
            ..Default::default()
        },
        ..Default::default()
    };
    html5ever::driver::parse_document(scraper::HtmlTreeSink::new(Html::new_document()), opts)
        .one(input)
}

/// A chrome-marking element met by the walk.
struct Container {
    husk: Husk,
    /// The enclosing chrome container, or [`NONE`].
    parent: u32,
    /// Marked only by a `class` or `id` token: may be unmarked by [`Walk::finish`].
    weak: bool,
    /// Bytes of text in blocks inside it.
    bytes: u64,
    /// Bytes of text in blocks whose innermost marked element it is.
    direct: u64,
    /// The marker holds (see [`Walk::finish`]).
    holds: bool,
    /// A main-content element (`<main>`, `<article>` ...) is inside it.
    wraps_main: bool,
}

/// A main-content element met by the walk.
struct MainElement {
    /// The enclosing main-content element, or [`NONE`].
    parent: u32,
    /// Bytes of text outside links and chrome in blocks inside it.
    bytes: u64,
}

/// What an open element passes down to its content.
#[derive(Clone, Copy)]
struct Frame {
    /// The kind of block text here belongs to.
    kind: BlockKind,
    /// Innermost chrome container, or [`NONE`].
    husk: u32,
    /// Innermost main-content element, or [`NONE`].
    main: u32,
    /// Innermost article-body element, or [`NONE`].
    body: u32,
    /// Inside a link.
    link: bool,
    /// Inside `<pre>`: text is verbatim.
    pre: bool,
    /// Heading level, 0 outside headings.
    heading: u8,
    /// Output group: list items of one list, cells of one row.
    group: u32,
    /// Shape of the path to here: a hash of the tags and classes of the
    /// open elements. Items of a listing share it.
    shape: u64,
    /// This element ends a block when it closes.
    cuts: bool,
}

impl Frame {
    /// What the document root passes down: a paragraph, outside everything.
    const ROOT: Frame = Frame {
        kind: BlockKind::Paragraph,
        husk: NONE,
        main: NONE,
        body: NONE,
        link: false,
        pre: false,
        heading: 0,
        group: 0,
        shape: 0,
        cuts: false,
    };
}

/// The state of the walk.
struct Walk {
    doc: Segmented,
    /// Inline text gathered since the last block boundary.
    raw: String,
    /// Non-space characters of link text in `raw`.
    raw_links: u32,
    frames: Vec<Frame>,
    containers: Vec<Container>,
    mains: Vec<MainElement>,
    /// Article-body elements (a content `class`, `itemprop="articleBody"`).
    bodies: Vec<MainElement>,
    /// The innermost chrome container and main element of each block.
    owners: Vec<(u32, u32)>,
    /// The innermost article-body element of each block.
    body_owners: Vec<u32>,
    /// The path shape of each block.
    shapes: Vec<u64>,
    /// Most blocks made; see [`segment`].
    max_blocks: usize,
    /// Next output group number.
    groups: u32,
}

impl Walk {
    fn new(bytes: usize) -> Self {
        let mut doc = Segmented::with_capacity(bytes / 4, bytes / 256 + 1);
        doc.markup = Vec::with_capacity(doc.blocks.capacity());
        Walk {
            doc,
            raw: String::new(),
            raw_links: 0,
            frames: vec![Frame::ROOT],
            containers: Vec::new(),
            mains: Vec::new(),
            bodies: Vec::new(),
            owners: Vec::new(),
            body_owners: Vec::new(),
            shapes: Vec::new(),
            max_blocks: usize::MAX,
            groups: 1,
        }
    }

    fn top(&self) -> Frame {
        self.frames.last().copied().unwrap_or(Frame::ROOT)
    }

    fn text(&mut self, text: &str) {
        let top = self.top();
        if top.link {
            let n = text.chars().filter(|c| !c.is_whitespace()).count();
            self.raw_links = self
                .raw_links
                .saturating_add(u32::try_from(n).unwrap_or(u32::MAX));
        }
        self.raw.push_str(text);
    }

    /// Opens an element; returns false when its subtree is to be skipped.
    fn open(&mut self, el: ElementRef<'_>) -> bool {
        let value = el.value();
        let name = value.name();
        if is_invisible(name) {
            return false;
        }
        let parent = self.top();
        let mut frame = Frame {
            cuts: false,
            ..parent
        };
        let in_main = parent.main != NONE;
        // Attributes, read in one pass.
        let (mut role, mut itemprop) = (None, None);
        let mut hidden = false;
        let mut token_husk = None;
        let (mut class_attr, mut id_attr) = ("", "");
        let (mut hidden_attr, mut react_boundary) = (false, false);
        for (attr, v) in value.attrs() {
            match attr {
                "class" => {
                    class_attr = v;
                    hidden |= markers::hides(v);
                    token_husk = token_husk.or_else(|| markers::husk_of_tokens(v));
                }
                "id" => {
                    id_attr = v;
                    token_husk = token_husk.or_else(|| markers::husk_of_tokens(v));
                    react_boundary = markers::is_react_boundary(v);
                }
                "role" => role = Some(v),
                "itemprop" => itemprop = Some(v),
                "hidden" => hidden_attr = true,
                "aria-hidden" => hidden |= v.trim().eq_ignore_ascii_case("true"),
                "style" => hidden |= markers::style_hides(v),
                _ => {}
            }
        }
        // React's streaming renderer sends late content in `<div hidden
        // id="S:0">` and moves it into place with a script: it is shown.
        hidden |= hidden_attr && !react_boundary;
        let strong = if hidden {
            Some(Husk::Hidden)
        } else {
            markers::husk_of_tag(name, in_main)
                .or_else(|| role.and_then(|r| markers::husk_of_role(r, in_main)))
        };
        // `<html>` and `<body>` carry page-wide state classes, never chrome.
        let weak = if matches!(name, "html" | "body") {
            None
        } else {
            token_husk
        };
        // Tokens `header` and `footer` follow the tags' rule: outside main only.
        let weak = weak.filter(|h| !(in_main && matches!(h, Husk::Header | Husk::Footer)));
        if let Some(husk) = strong.or(weak) {
            self.flush();
            frame.cuts = true;
            frame.husk = u32::try_from(self.containers.len()).unwrap_or(NONE);
            self.containers.push(Container {
                husk,
                parent: parent.husk,
                weak: strong.is_none() || husk == Husk::Hidden,
                bytes: 0,
                direct: 0,
                holds: true,
                wraps_main: false,
            });
        }
        if markers::marks_main(name, role, itemprop) {
            // The elements around `<main>` are layout, not chrome. Not so
            // around an `<article>`: comment sections and related-post
            // lists are made of articles.
            let mut at = if name == "article" { NONE } else { frame.husk };
            while let Some(c) = self.containers.get_mut(at as usize) {
                if c.wraps_main {
                    break;
                }
                c.wraps_main = true;
                at = c.parent;
            }
            self.flush();
            frame.cuts = true;
            frame.main = u32::try_from(self.mains.len()).unwrap_or(NONE);
            self.mains.push(MainElement {
                parent: parent.main,
                bytes: 0,
            });
        }
        if markers::marks_body(class_attr, id_attr, itemprop) {
            self.flush();
            frame.cuts = true;
            frame.body = u32::try_from(self.bodies.len()).unwrap_or(NONE);
            self.bodies.push(MainElement {
                parent: parent.body,
                bytes: 0,
            });
        }
        frame.shape = shape_of(parent.shape, name, class_attr);
        match name {
            "a" => frame.link = true,
            "br" => self.flush(),
            "pre" | "listing" | "xmp" => frame.pre = true,
            _ => {}
        }
        if let Some(kind) = block_kind(name) {
            self.flush();
            frame.cuts = true;
            frame.kind = kind;
            if let Some(level) = heading_level(name) {
                frame.heading = level;
            } else if kind == BlockKind::Paragraph && markers::names_title(class_attr) {
                // `<div class="page-title">`: a heading in all but its tag.
                frame.kind = BlockKind::Heading;
            }
            if matches!(name, "ul" | "ol" | "dl" | "menu" | "tr") {
                frame.group = self.next_group();
            }
        }
        self.frames.push(frame);
        true
    }

    fn next_group(&mut self) -> u32 {
        self.groups = self.groups.saturating_add(1);
        self.groups
    }

    fn close(&mut self) {
        let Some(frame) = self.frames.pop() else {
            return;
        };
        if frame.cuts {
            self.flush_as(frame);
        }
    }

    /// Ends the pending block, if any, as part of the innermost open element.
    fn flush(&mut self) {
        let top = self.top();
        self.flush_as(top);
    }

    fn flush_as(&mut self, frame: Frame) {
        if self.raw.is_empty() {
            return;
        }
        if self.doc.blocks.len() >= self.max_blocks {
            self.raw.clear();
            self.raw_links = 0;
            self.doc.overflow = true;
            return;
        }
        let start = self.doc.text.len();
        if frame.pre {
            push_verbatim(&mut self.doc.text, &self.raw);
        } else {
            push_normalized(&mut self.doc.text, &self.raw);
        }
        self.raw.clear();
        let links = std::mem::take(&mut self.raw_links);
        let end = self.doc.text.len();
        if start == end {
            return;
        }
        self.doc.text.push('\n');
        let kind = if frame.pre {
            BlockKind::Preformatted
        } else {
            frame.kind
        };
        let paragraph = match kind {
            BlockKind::ListItem | BlockKind::TableCell => frame.group,
            _ => self.next_group(),
        };
        self.doc.blocks.push(Block {
            span: start..end,
            paragraph,
            line: 0,
            kind,
        });
        self.doc.markup.push(Markup {
            husk: None,
            main: false,
            body: false,
            link_chars: links,
            heading: frame.heading,
            record: false,
        });
        self.owners.push((frame.husk, frame.main));
        self.body_owners.push(frame.body);
        self.shapes.push(frame.shape);
    }

    /// The decisions that need the whole page: which chrome markers hold, and
    /// which blocks are in the main content.
    fn finish(mut self) -> Segmented {
        self.flush();
        let Walk {
            mut doc,
            mut containers,
            mut mains,
            mut bodies,
            owners,
            body_owners,
            shapes,
            ..
        } = self;
        mark_records(&mut doc, &shapes);
        // Bytes per container: its own blocks, then up the chain (children
        // come after parents).
        for (block, &(husk, _)) in doc.blocks.iter().zip(&owners) {
            if let Some(c) = containers.get_mut(husk as usize) {
                c.direct += prose_bytes(block);
            }
        }
        for c in &mut containers {
            c.bytes = c.direct;
        }
        for i in (0..containers.len()).rev() {
            let (parent, bytes) = match containers.get(i) {
                Some(c) => (c.parent, c.bytes),
                None => continue,
            };
            if let Some(p) = containers.get_mut(parent as usize) {
                p.bytes += bytes;
            }
        }
        // Top down, parents first: a weak marker whose element holds several
        // times the free text (outside every holding marker) is dropped, and
        // its own text becomes free for the markers inside it.
        let mut free: u64 = doc
            .blocks
            .iter()
            .zip(&owners)
            .filter(|(_, &(husk, _))| husk == NONE)
            .map(|(b, _)| prose_bytes(b))
            .sum();
        for i in 0..containers.len() {
            let parent = containers
                .get(i)
                .and_then(|c| containers.get(c.parent as usize));
            let parent_free = parent.is_none_or(|p| !p.holds);
            // Inside a comment section that is the page, every comment is.
            let same_as_parent = containers
                .get(i)
                .zip(parent)
                .is_some_and(|(c, p)| !p.holds && p.husk == c.husk && !p.wraps_main);
            let Some(c) = containers.get_mut(i) else {
                continue;
            };
            let is_page = if matches!(c.husk, Husk::Comments | Husk::Hidden) {
                free < COMMENTS_MAX_FREE && c.bytes >= free.max(1)
            } else {
                c.bytes >= UNMARK_RATIO * free.max(1)
            };
            if c.wraps_main || (c.weak && (same_as_parent || (parent_free && is_page))) {
                c.holds = false;
                free += c.direct;
            }
        }
        let holds = |c: &Container| c.holds;
        for (m, &(husk, _)) in doc.markup.iter_mut().zip(&owners) {
            let mut at = husk;
            while let Some(c) = containers.get(at as usize) {
                // The page's `<h1>` in a header is the headline, not chrome.
                if m.heading == 1 && c.husk == Husk::Header {
                    break;
                }
                if holds(c) {
                    m.husk = Some(c.husk);
                    break;
                }
                at = c.parent;
            }
        }
        // Main content: text outside links and chrome, per main element.
        let content_bytes: Vec<u64> = doc
            .blocks
            .iter()
            .zip(&doc.markup)
            .map(|(block, m)| {
                if m.husk.is_some() {
                    0
                } else {
                    (block.span.len() as u64).saturating_sub(u64::from(m.link_chars))
                }
            })
            .collect();
        let content: u64 = content_bytes.iter().sum();
        let mains_of: Vec<u32> = owners.iter().map(|&(_, main)| main).collect();
        if plausible(
            &mut mains,
            &mains_of,
            &content_bytes,
            MAIN_SHARE * content as f64,
        ) {
            for (m, &main) in doc.markup.iter_mut().zip(&mains_of) {
                m.main = main != NONE;
            }
        }
        if plausible(
            &mut bodies,
            &body_owners,
            &content_bytes,
            BODY_SHARE * content as f64,
        ) {
            for (m, &body) in doc.markup.iter_mut().zip(&body_owners) {
                m.body = body != NONE;
            }
        }
        doc
    }
}

/// Adds up the content bytes of each element (its blocks', then its
/// children's) and returns true when the outermost elements together hold
/// at least `floor` bytes.
fn plausible(elements: &mut [MainElement], owner_of: &[u32], bytes: &[u64], floor: f64) -> bool {
    for (&owner, &b) in owner_of.iter().zip(bytes) {
        if let Some(e) = elements.get_mut(owner as usize) {
            e.bytes += b;
        }
    }
    for i in (0..elements.len()).rev() {
        let (parent, b) = match elements.get(i) {
            Some(e) => (e.parent, e.bytes),
            None => continue,
        };
        if let Some(p) = elements.get_mut(parent as usize) {
            p.bytes += b;
        }
    }
    let outermost: u64 = elements
        .iter()
        .filter(|e| e.parent == NONE)
        .map(|e| e.bytes)
        .sum();
    outermost > 0 && outermost as f64 >= floor
}

/// Folds an element into the path shape: FNV-1a over its tag and `class`.
fn shape_of(parent: u64, name: &str, class: &str) -> u64 {
    let mut h = parent ^ 0xcbf2_9ce4_8422_2325;
    for b in name.bytes().chain([b'.']).chain(class.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Marks the blocks of repeated records: blocks whose path shape (tags and
/// classes from the root) recurs in at least [`MIN_RECORDS`] blocks, outside
/// chrome: the cards of a listing, the rows of a product grid.
fn mark_records(doc: &mut Segmented, shapes: &[u64]) {
    let mut sorted: Vec<u64> = shapes
        .iter()
        .zip(&doc.markup)
        .filter(|(_, m)| m.husk.is_none())
        .map(|(&s, _)| s)
        .collect();
    sorted.sort_unstable();
    let count = |shape: u64| {
        let lo = sorted.partition_point(|&s| s < shape);
        let hi = sorted.partition_point(|&s| s <= shape);
        hi - lo
    };
    for (m, &shape) in doc.markup.iter_mut().zip(shapes) {
        m.record = m.husk.is_none() && count(shape) >= MIN_RECORDS;
    }
}

/// Fewest blocks of one path shape that make them records.
const MIN_RECORDS: usize = 4;

/// The text of the document's `<title>`, normalised; `None` when absent or empty.
fn title(html: &Html) -> Option<String> {
    let head = html
        .root_element()
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "head")?;
    let title = head
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")?;
    let mut out = String::new();
    for text in title.text() {
        push_normalized(&mut out, text);
    }
    (!out.is_empty()).then_some(out)
}

/// Appends `<pre>` text as it is, but for line endings made `\n` and blank
/// lines at both ends dropped.
fn push_verbatim(out: &mut String, text: &str) {
    let text = text.trim_end();
    let text = text.trim_start_matches(['\n', '\r']);
    if text.trim().is_empty() {
        return;
    }
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(line.trim_end_matches('\r'));
    }
}

/// Elements whose content is never visible text.
fn is_invisible(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "script"
            | "style"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "textarea"
            | "input"
            | "button"
            | "option"
    )
}

/// `1` to `6` for `<h1>` to `<h6>`.
fn heading_level(name: &str) -> Option<u8> {
    match name.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// The block kind of a block-level element, or `None` for inline elements.
fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "td" | "th" => BlockKind::TableCell,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center"
        | "details" | "dialog" | "dir" | "div" | "dl" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "header" | "hgroup" | "hr" | "html" | "legend" | "main" | "menu"
        | "nav" | "ol" | "p" | "pre" | "section" | "summary" | "table" | "tbody" | "tfoot"
        | "thead" | "tr" | "ul" | "listing" | "xmp" => BlockKind::Paragraph,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::Segmented;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Leaving the text of `script` and `style` out of the parser's
        /// input changes no block: not its text, not its markup.
        #[test]
        fn sparing_script_text_changes_no_block(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "<p>", "</p>", "<div class=\"nav\">", "</div>", "text ", "more words. ",
                "<script>", "<script type=\"a\">", "<SCRIPT>", "</script>", "</SCRIPT >", "</scripts>",
                "<style>", "</style>", "<svg>", "</svg>", "<math>", "</math>", "<!--", "-->",
                "<title>", "</title>", "<textarea>", "</textarea>", "<noscript>", "</noscript>",
                "<template>", "</template>", "<table>", "<td>", "<a href='/'>", "</a>",
                "'", "\"", "<", ">", "/", "=", " ", "<script/>", "<![CDATA[", "]]>",
                "var a = '<p>x</p>';", "<h1>", "</h1>", "<iframe>", "</iframe>", "<xmp>", "</xmp>",
                "<!-->", "--!>", "<noembed>", "</noembed>", "<plaintext>", "<svg/>", "<script/ >",
                "<style a=\"b'c\">", "<script x='1' y=2>", "</style x>", "<select>", "<option>",
                "<foreignObject>", "<p>visible</p>",
            ]), 0..40),
        ) {
            let html: String = parts.concat();
            let max = super::super::depth::MAX_DEPTH;
            let plain = super::segment_prepared(html.len(), &super::super::depth::prepare(&html, max, false), usize::MAX);
            let spared = super::segment_prepared(html.len(), &super::super::depth::spare_always(&html, max), usize::MAX);
            let view = |d: &Segmented| -> Vec<(String, String)> {
                d.blocks.iter().enumerate().map(|(i, b)| {
                    (d.text_of(b).to_string(), format!("{:?} {:?}", b.kind, d.markup.get(i)))
                }).collect()
            };
            proptest::prop_assert_eq!(view(&plain), view(&spared));
            proptest::prop_assert_eq!(plain.title, spared.title);
        }
    }

    fn segment(input: &str) -> Segmented {
        super::segment(input, usize::MAX, super::super::depth::MAX_DEPTH)
    }
    use crate::block::BlockKind;
    use crate::rule::Husk;

    fn texts(html: &str) -> Vec<String> {
        let doc = segment(html);
        doc.blocks
            .iter()
            .map(|b| doc.text_of(b).to_string())
            .collect()
    }

    #[test]
    fn one_block_per_block_element() {
        let got = texts("<html><head><title>T</title></head><body><h1>Head</h1><p>One <b>two</b>\n three</p><div>Four<br>Five</div></body></html>");
        assert_eq!(got, ["Head", "One two three", "Four", "Five"]);
    }

    #[test]
    fn invisible_elements_leave_no_text() {
        let got = texts("<p>a<script>var x = '<p>no</p>';</script><style>p{}</style>b</p><template><p>t</p></template>");
        assert_eq!(got, ["ab"]);
    }

    #[test]
    fn hidden_and_chrome_elements_are_blocks_marked_with_their_husk() {
        let doc = segment("<p hidden>gone</p><nav><a href=/>Home</a></nav><div class=site-footer>f</div><p>kept</p>");
        let husks: Vec<_> = doc.markup.iter().map(|m| m.husk).collect();
        assert_eq!(
            husks,
            [
                Some(Husk::Hidden),
                Some(Husk::Navigation),
                Some(Husk::Footer),
                None
            ]
        );
        assert_eq!(doc.markup.get(1).map(|m| m.link_chars), Some(4));
    }

    #[test]
    fn main_elements_mark_their_blocks_when_they_hold_the_text() {
        let doc = segment("<div>menu</div><main><p>A long paragraph of the article that holds the text.</p></main>");
        let main: Vec<_> = doc.markup.iter().map(|m| m.main).collect();
        assert_eq!(main, [false, true]);
        assert_eq!(doc.title, None);
        let doc = segment("<title>T</title><article><p>x</p></article><p>A long paragraph that is outside the article element, the main text.</p>");
        assert!(doc.markup.iter().all(|m| !m.main));
        assert_eq!(doc.title.as_deref(), Some("T"));
    }

    #[test]
    fn table_cells_share_a_row_group_and_pre_is_verbatim() {
        let doc = segment("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table><pre>\n  x  y\n    z\n</pre>");
        let groups: Vec<_> = doc.blocks.iter().map(|b| (b.kind, b.paragraph)).collect();
        assert_eq!(groups.first().map(|g| g.1), groups.get(1).map(|g| g.1));
        assert_ne!(groups.get(1).map(|g| g.1), groups.get(2).map(|g| g.1));
        let pre = doc.blocks.last().map(|b| doc.text_of(b));
        assert_eq!(pre, Some("  x  y\n    z"));
        assert_eq!(
            doc.blocks.last().map(|b| b.kind),
            Some(BlockKind::Preformatted)
        );
    }

    #[test]
    fn kinds_follow_the_innermost_block() {
        let doc = segment("<ul><li>item</li></ul><h2>h</h2><p>p</p>");
        let kinds: Vec<_> = doc.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::ListItem,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
    }
}
