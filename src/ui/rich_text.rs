//! Renders compiled rich text as DOM nodes: never an HTML string.

use leptos::prelude::*;

use crate::core::content::{Block, Inline, RichText};

#[component]
pub fn RichTextView(text: RichText, #[prop(optional, into)] class: String) -> impl IntoView {
    let blocks = text.0.into_iter().map(block_view).collect_view();
    view! { <div class=class>{blocks}</div> }
}

fn block_view(block: Block) -> AnyView {
    let items = |items: Vec<Vec<Inline>>| {
        items
            .into_iter()
            .map(|item| view! { <li>{inlines_view(item)}</li> })
            .collect_view()
    };
    match block {
        Block::Paragraph(inlines) => view! { <p>{inlines_view(inlines)}</p> }.into_any(),
        Block::Bullets(list) => view! { <ul>{items(list)}</ul> }.into_any(),
        Block::Numbered(list) => view! { <ol>{items(list)}</ol> }.into_any(),
    }
}

fn inlines_view(inlines: Vec<Inline>) -> Vec<AnyView> {
    inlines.into_iter().map(inline_view).collect()
}

fn inline_view(inline: Inline) -> AnyView {
    match inline {
        Inline::Text(text) => text.into_any(),
        Inline::Emphasis(inner) => view! { <em>{inlines_view(inner)}</em> }.into_any(),
        Inline::Strong(inner) => view! { <strong>{inlines_view(inner)}</strong> }.into_any(),
        // Links open a new tab, so that the visitor keeps their place in the
        // guide; the stylesheet tells screen readers so after `.new-tab`
        // links, in the content's words (`theme::apply_texts`).
        Inline::Link { href, text } => view! {
            <a class="new-tab" href=href target="_blank" rel="noopener noreferrer">
                {inlines_view(text)}
            </a>
        }
        .into_any(),
        Inline::Break => view! { <br /> }.into_any(),
    }
}
