//! The whole result as JSON, with the `serde` feature.
//!
//! [`Cleaned`] and [`BlockView`] implement [`serde::Serialize`] by hand, so
//! the field names and the names of kinds, labels and rules are the crate's
//! own stable names, not Rust's variant names.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::{BlockView, Cleaned};

impl Cleaned {
    /// The whole result as one line of JSON: the title, the language, the
    /// text, and every block with its kind, label, rule and text.
    ///
    /// ```text
    /// {"title": "…" or null, "language": "en", "text": "…",
    ///  "blocks": [{"kind": "paragraph", "label": "kept", "rule": "good", "text": "…"}, …]}
    /// ```
    ///
    /// Kinds are [`BlockKind::name`](crate::BlockKind::name) (`"heading"`,
    /// `"list-item"` …), labels [`Label::name`](crate::Label::name) (`"kept"`,
    /// `"dropped"`), rules [`Rule::name`](crate::Rule::name) (`"good"`,
    /// `"phrase:share"` …); the language is the ISO 639-1 code of the
    /// [`Language`](crate::Language) the page was cleaned as. Blocks are in input order,
    /// dropped ones included. The same document is what `serde` gets from
    /// `Cleaned`'s [`Serialize`] implementation, for writing to a stream.
    /// Serialising strings cannot fail, so neither does this.
    ///
    /// # Example
    ///
    /// ```
    /// let html = "<html><head><title>Harbour</title></head><body>\
    ///     <nav><a href=\"/\">Home</a></nav>\
    ///     <p>The harbour was quiet when the ferry came in, and the few passengers \
    ///     who stepped off went straight to the café on the quay.</p></body></html>";
    /// let json = dehusk::Cleaner::default().clean(html)?.to_json();
    /// assert_eq!(
    ///     json,
    ///     r#"{"title":"Harbour","language":"en","text":"The harbour was quiet when the ferry came in, and the few passengers who stepped off went straight to the café on the quay.","blocks":[{"kind":"paragraph","label":"dropped","rule":"husk:navigation","text":"Home"},{"kind":"paragraph","label":"kept","rule":"in-main","text":"The harbour was quiet when the ferry came in, and the few passengers who stepped off went straight to the café on the quay."}]}"#
    /// );
    /// # Ok::<(), dehusk::Error>(())
    /// ```
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// The document of [`Cleaned::to_json`].
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Cleaned {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut doc = serializer.serialize_struct("Cleaned", 4)?;
        doc.serialize_field("title", &self.title())?;
        doc.serialize_field("language", self.language().code())?;
        doc.serialize_field("text", self.text())?;
        doc.serialize_field("blocks", &Blocks(self))?;
        doc.end()
    }
}

/// One block as in [`Cleaned::to_json`]: kind, label, rule and text.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for BlockView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut block = serializer.serialize_struct("Block", 4)?;
        block.serialize_field("kind", self.kind().name())?;
        block.serialize_field("label", self.label().name())?;
        block.serialize_field("rule", &self.rule().name())?;
        block.serialize_field("text", self.text())?;
        block.end()
    }
}

/// Every block of a result, as a sequence, without collecting them.
struct Blocks<'a>(&'a Cleaned);

impl Serialize for Blocks<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.blocks())
    }
}

#[cfg(test)]
mod tests {
    use crate::Cleaner;

    #[test]
    fn plain_text_has_a_null_title_and_line_blocks() {
        let cleaned = Cleaner::default()
            .clean_text("Share this:")
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            cleaned.to_json(),
            r#"{"title":null,"language":"en","text":"","blocks":[{"kind":"line","label":"dropped","rule":"phrase:share","text":"Share this:"}]}"#
        );
    }

    #[test]
    fn quotes_and_control_characters_are_escaped() {
        let cleaned = Cleaner::default()
            .clean_html("<pre>say \"hi\"\n\tbye \\</pre>")
            .unwrap_or_else(|e| panic!("{e}"));
        let json = cleaned.to_json();
        assert!(json.contains(r#""text":"say \"hi\"\n\tbye \\""#), "{json}");
    }
}
