//! The sources a claim cites, each opening its record in a new tab, which
//! screen readers are told before they follow it.

use leptos::prelude::*;

use crate::core::content::Content;

/// The list of the sources `ids` names, as links where they have one.
pub fn citations(content: &Content, ids: &[String]) -> impl IntoView + use<> {
    let new_tab = content.ui.navigation.new_tab.clone();
    let items = content
        .citations(ids)
        .into_iter()
        .map(|source| {
            let citation = source.citation.clone();
            match source.url.clone() {
                Some(url) => view! {
                    <li>
                        <a href=url target="_blank" rel="noopener noreferrer">
                            {citation}
                            <span class="visually-hidden">" " {new_tab.clone()}</span>
                        </a>
                    </li>
                }
                .into_any(),
                None => view! { <li>{citation}</li> }.into_any(),
            }
        })
        .collect_view();
    view! { <ul class="citations">{items}</ul> }
}
