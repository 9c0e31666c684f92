//! HTML -> blocks: the visible text of the page, one block per block-level element.
//!
//! This is the simple path: it parses with scraper (scripting disabled, so
//! `<noscript>` content is visible), skips elements that never show text
//! (script, style, head, svg, form controls ...), and cuts a block at
//! every block-level boundary and `<br>`. The walk is iterative, so deeply
//! nested input cannot overflow the stack here.

use scraper::{Html, Node};

use super::{normalize::push_normalized, Segmented};
use crate::block::{Block, BlockKind};

/// Cuts an HTML document into blocks of visible text.
pub(crate) fn segment(input: &str) -> Segmented {
    let html = parse(&super::depth::cap(input));
    let mut doc = Segmented::with_capacity(input.len() / 4);
    let mut walk = Walk::default();
    let mut skipping: Option<ego_tree::NodeId> = None;
    for edge in html.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Text(text) => walk.raw.push_str(text),
                    Node::Element(el) => {
                        let name = el.name();
                        if is_invisible(name) || el.attr("hidden").is_some() {
                            skipping = Some(node.id());
                        } else if name == "br" {
                            walk.flush(&mut doc);
                        } else if let Some(kind) = block_kind(name) {
                            walk.flush(&mut doc);
                            walk.kinds.push(kind);
                        }
                    }
                    _ => {}
                }
            }
            ego_tree::iter::Edge::Close(node) => {
                if skipping == Some(node.id()) {
                    skipping = None;
                    continue;
                }
                if skipping.is_some() {
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    if block_kind(el.name()).is_some() {
                        walk.flush(&mut doc);
                        walk.kinds.pop();
                    }
                }
            }
        }
    }
    walk.flush(&mut doc);
    doc
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

/// The state of the walk: inline text gathered since the last block boundary,
/// and the kinds of the block elements open around it.
#[derive(Default)]
struct Walk {
    raw: String,
    kinds: Vec<BlockKind>,
}

impl Walk {
    fn flush(&mut self, doc: &mut Segmented) {
        if self.raw.is_empty() {
            return;
        }
        let start = doc.text.len();
        push_normalized(&mut doc.text, &self.raw);
        self.raw.clear();
        let end = doc.text.len();
        if start == end {
            return;
        }
        doc.text.push('\n');
        let paragraph = u32::try_from(doc.blocks.len()).unwrap_or(u32::MAX);
        doc.blocks.push(Block {
            span: start..end,
            paragraph,
            line: 0,
            kind: self.kinds.last().copied().unwrap_or(BlockKind::Paragraph),
        });
    }
}

/// Elements whose content is never visible text.
fn is_invisible(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "title"
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
    )
}

/// The block kind of a block-level element, or `None` for inline elements.
fn block_kind(name: &str) -> Option<BlockKind> {
    Some(match name {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
        "li" | "dt" | "dd" => BlockKind::ListItem,
        "address" | "article" | "aside" | "blockquote" | "body" | "caption" | "center"
        | "details" | "dialog" | "dir" | "div" | "dl" | "fieldset" | "figcaption" | "figure"
        | "footer" | "form" | "header" | "hgroup" | "hr" | "html" | "legend" | "main" | "menu"
        | "nav" | "ol" | "p" | "pre" | "section" | "summary" | "table" | "tbody" | "td"
        | "tfoot" | "th" | "thead" | "tr" | "ul" | "option" => BlockKind::Paragraph,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::segment;
    use crate::block::BlockKind;

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
        let got = texts("<p>a<script>var x = '<p>no</p>';</script><style>p{}</style>b</p><p hidden>gone</p><template><p>t</p></template>");
        assert_eq!(got, ["ab"]);
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
