//! Rich text: what marketers write as Markdown, stored as a small tree of
//! blocks and inlines that the browser turns into DOM nodes (never an HTML
//! string). Markdown is parsed by the native content compiler, so the browser
//! carries no Markdown parser.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize};

use crate::core::content::decode::Decode;

/// Paragraphs and lists of inline text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Decode)]
#[serde(transparent)]
pub struct RichText(pub Vec<Block>);

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode)]
pub enum Block {
    #[serde(rename = "p")]
    Paragraph(Vec<Inline>),
    #[serde(rename = "ul")]
    Bullets(Vec<Vec<Inline>>),
    #[serde(rename = "ol")]
    Numbered(Vec<Vec<Inline>>),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode)]
pub enum Inline {
    #[serde(rename = "t")]
    Text(String),
    #[serde(rename = "em")]
    Emphasis(Vec<Inline>),
    #[serde(rename = "b")]
    Strong(Vec<Inline>),
    #[serde(rename = "a")]
    Link { href: String, text: Vec<Inline> },
    #[serde(rename = "br")]
    Break,
}

impl RichText {
    /// All the words without formatting, blocks joined by spaces (for the
    /// printed summary and the comparison's plain cells).
    pub fn plain_text(&self) -> String {
        self.0.iter().map(plain_text).collect::<Vec<_>>().join(" ")
    }

    /// Every link target, for checking.
    pub fn links(&self) -> Vec<&str> {
        fn collect<'a>(inlines: &'a [Inline], out: &mut Vec<&'a str>) {
            for inline in inlines {
                match inline {
                    Inline::Link { href, text } => {
                        out.push(href);
                        collect(text, out);
                    }
                    Inline::Emphasis(inner) | Inline::Strong(inner) => collect(inner, out),
                    Inline::Text(_) | Inline::Break => {}
                }
            }
        }
        let mut links = Vec::new();
        for block in &self.0 {
            match block {
                Block::Paragraph(inlines) => collect(inlines, &mut links),
                Block::Bullets(items) | Block::Numbered(items) => {
                    items.iter().for_each(|item| collect(item, &mut links))
                }
            }
        }
        links
    }
}

/// A block's words without formatting, for plain-text uses (the printed summary).
pub fn plain_text(block: &Block) -> String {
    fn inline_text(inlines: &[Inline], out: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text(text) => out.push_str(text),
                Inline::Emphasis(inner) | Inline::Strong(inner) => inline_text(inner, out),
                Inline::Link { text, .. } => inline_text(text, out),
                Inline::Break => out.push(' '),
            }
        }
    }
    let mut out = String::new();
    match block {
        Block::Paragraph(inlines) => inline_text(inlines, &mut out),
        Block::Bullets(items) | Block::Numbered(items) => {
            for item in items {
                inline_text(item, &mut out);
                out.push_str("; ");
            }
        }
    }
    out
}

/// Content files hold Markdown strings; compiled content holds blocks.
/// The widget reads compiled content with `decode::Decode`, never through
/// serde, and has no Markdown parser: its build keeps only the blocks form,
/// which the serde derives of the types holding rich text require.
impl<'de> Deserialize<'de> for RichText {
    #[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // The compact (postcard) form cannot say which of the two it holds.
        if !deserializer.is_human_readable() {
            return Vec::<Block>::deserialize(deserializer).map(RichText);
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Form {
            Blocks(Vec<Block>),
            Markdown(String),
        }
        match Form::deserialize(deserializer)? {
            Form::Blocks(blocks) => Ok(RichText(blocks)),
            Form::Markdown(markdown) => from_markdown(&markdown).map_err(serde::de::Error::custom),
        }
    }

    #[cfg(all(target_arch = "wasm32", not(feature = "studio")))]
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Vec::<Block>::deserialize(deserializer).map(RichText)
    }
}

impl JsonSchema for RichText {
    fn schema_name() -> Cow<'static, str> {
        "RichText".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "Markdown: paragraphs (blank line between), *emphasis*, **strong**, \
                            [links](https://example.com), and lists (- item). No HTML.",
        })
    }
}

/// Emphasis, strong and links inside one another beyond this depth keep
/// their words and lose the extra formatting: no text needs more, and the
/// widget refuses rich text nested past its reader's limit
/// (`decode::MAX_DEPTH`), so the compiler must never write it.
pub const MAX_INLINE_NESTING: usize = 8;

/// Parses Markdown with raw HTML switched off: HTML in the source is dropped
/// here and reported by the content checks.
#[cfg(any(not(target_arch = "wasm32"), feature = "studio"))]
pub fn from_markdown(markdown: &str) -> Result<RichText, std::convert::Infallible> {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};

    enum Frame {
        Emphasis,
        Strong,
        Link(String),
    }
    let mut blocks = Vec::new();
    let mut list: Option<(bool, Vec<Vec<Inline>>)> = None;
    // The inline buffer of the current block, then one per open inline tag.
    let mut buffers: Vec<Vec<Inline>> = vec![Vec::new()];
    let mut frames: Vec<Frame> = Vec::new();
    // Inline tags opened beyond `MAX_INLINE_NESTING`, left out.
    let mut flattened = 0;

    let push_text = |buffers: &mut Vec<Vec<Inline>>, text: &str| {
        let buffer = buffers.last_mut().expect("a buffer is always open");
        match buffer.last_mut() {
            Some(Inline::Text(previous)) => previous.push_str(text),
            _ => buffer.push(Inline::Text(text.to_owned())),
        }
    };

    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::List(first_number)) => {
                list = Some((first_number.is_some(), Vec::new()))
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((numbered, items)) = list.take() {
                    blocks.push(if numbered {
                        Block::Numbered(items)
                    } else {
                        Block::Bullets(items)
                    });
                }
            }
            Event::End(TagEnd::Item) => {
                let item = std::mem::take(&mut buffers[0]);
                if let Some((_, items)) = list.as_mut() {
                    items.push(item);
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock) => {
                if list.is_some() {
                    push_text(&mut buffers, " ");
                } else {
                    let paragraph = std::mem::take(&mut buffers[0]);
                    if !paragraph.is_empty() {
                        blocks.push(Block::Paragraph(paragraph));
                    }
                }
            }
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Link { .. })
                if frames.len() == MAX_INLINE_NESTING =>
            {
                flattened += 1;
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) if flattened > 0 => {
                flattened -= 1;
            }
            Event::Start(Tag::Emphasis) => {
                frames.push(Frame::Emphasis);
                buffers.push(Vec::new());
            }
            Event::Start(Tag::Strong) => {
                frames.push(Frame::Strong);
                buffers.push(Vec::new());
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                frames.push(Frame::Link(dest_url.into_string()));
                buffers.push(Vec::new());
            }
            Event::End(TagEnd::Emphasis | TagEnd::Strong | TagEnd::Link) => {
                if let (Some(frame), Some(inner)) = (frames.pop(), buffers.pop()) {
                    let inline = match frame {
                        Frame::Emphasis => Inline::Emphasis(inner),
                        Frame::Strong => Inline::Strong(inner),
                        Frame::Link(href) => Inline::Link { href, text: inner },
                    };
                    buffers.last_mut().expect("the block buffer").push(inline);
                }
            }
            Event::Text(text) | Event::Code(text) => push_text(&mut buffers, &text),
            Event::SoftBreak => push_text(&mut buffers, " "),
            Event::HardBreak => buffers.last_mut().expect("a buffer").push(Inline::Break),
            // Raw HTML, images and the rest are not rich text we render.
            _ => {}
        }
    }
    // Trim the spaces that joined paragraphs inside list items.
    for block in &mut blocks {
        if let Block::Bullets(items) | Block::Numbered(items) = block {
            for item in items {
                if let Some(Inline::Text(last)) = item.last_mut() {
                    let trimmed = last.trim_end().len();
                    last.truncate(trimmed);
                }
            }
        }
    }
    Ok(RichText(blocks))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn paragraphs_emphasis_and_links() {
        let rich =
            from_markdown("One *two* **three**.\n\nSee [the study](https://example.org).").unwrap();
        assert_eq!(
            rich.0,
            vec![
                Block::Paragraph(vec![
                    text("One "),
                    Inline::Emphasis(vec![text("two")]),
                    text(" "),
                    Inline::Strong(vec![text("three")]),
                    text("."),
                ]),
                Block::Paragraph(vec![
                    text("See "),
                    Inline::Link {
                        href: "https://example.org".into(),
                        text: vec![text("the study")]
                    },
                    text("."),
                ]),
            ]
        );
        assert_eq!(rich.links(), ["https://example.org"]);
    }

    #[test]
    fn emphasis_nested_beyond_any_need_keeps_its_words_at_a_depth_the_widget_reads() {
        fn depth(inlines: &[Inline]) -> usize {
            let inner = |inlines: &[Inline]| 1 + depth(inlines);
            inlines
                .iter()
                .map(|inline| match inline {
                    Inline::Emphasis(i) | Inline::Strong(i) | Inline::Link { text: i, .. } => {
                        inner(i)
                    }
                    Inline::Text(_) | Inline::Break => 0,
                })
                .max()
                .unwrap_or(0)
        }
        // "*a _a *a … deep … a* a_ a*": emphasis 30 deep.
        let markdown = (0..30).fold("deep".to_owned(), |inner, level| {
            let mark = if level % 2 == 0 { '*' } else { '_' };
            format!("{mark}a {inner} a{mark}")
        });
        let rich = from_markdown(&markdown).unwrap();
        let Block::Paragraph(inlines) = &rich.0[0] else {
            panic!("a paragraph: {rich:?}");
        };
        assert_eq!(depth(inlines), MAX_INLINE_NESTING);
        assert_eq!(rich.plain_text(), markdown.replace(['*', '_'], ""));
        let bytes = postcard::to_allocvec(&rich).unwrap();
        assert_eq!(
            crate::core::content::decode::Reader::read(&bytes),
            Some(rich)
        );
    }

    #[test]
    fn lists() {
        let rich =
            from_markdown("- sun protection\n- gentle moisturiser\n\n1. first\n2. second").unwrap();
        assert_eq!(
            rich.0,
            vec![
                Block::Bullets(vec![
                    vec![text("sun protection")],
                    vec![text("gentle moisturiser")]
                ]),
                Block::Numbered(vec![vec![text("first")], vec![text("second")]]),
            ]
        );
    }

    #[test]
    fn raw_html_is_dropped_not_rendered() {
        let rich = from_markdown("Hi <script>alert(1)</script> there <b>x</b>").unwrap();
        let json = serde_json::to_string(&rich).unwrap();
        assert!(!json.contains("<script"), "{json}");
        assert!(!json.contains("<b>"), "{json}");
    }

    #[test]
    fn compiled_forms_round_trip() {
        let rich = from_markdown("A [link](mailto:hello@example.com) and *more*.").unwrap();
        let json = serde_json::to_string(&rich).unwrap();
        assert_eq!(serde_json::from_str::<RichText>(&json).unwrap(), rich);
        let bytes = postcard::to_allocvec(&rich).unwrap();
        assert_eq!(postcard::from_bytes::<RichText>(&bytes).unwrap(), rich);
    }

    #[test]
    fn plain_text_joins_every_block_without_formatting() {
        let text = RichText(vec![
            Block::Paragraph(vec![
                Inline::Text("Fine ".into()),
                Inline::Strong(vec![Inline::Text("needles".into())]),
                Inline::Text(".".into()),
            ]),
            Block::Bullets(vec![vec![Inline::Text("One".into())]]),
        ]);
        assert_eq!(text.plain_text(), "Fine needles. One; ");
    }
}
