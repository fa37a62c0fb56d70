//! The privacy note and disclaimer shown at the foot of every screen, and the
//! focus helper every screen uses.

use leptos::html::H2;
use leptos::prelude::*;

use crate::ui::icons::LockIcon;

#[component]
pub fn Notes(privacy: String, disclaimer: String) -> impl IntoView {
    view! {
        <footer class="notes">
            <p class="privacy">
                <LockIcon />
                <span>{privacy}</span>
            </p>
            <p class="disclaimer">{disclaimer}</p>
        </footer>
    }
}

/// Moves focus to a screen's heading once it is in the page, so keyboard and
/// screen-reader users land on the new screen. Does nothing unless `enabled`.
pub fn focus_when_mounted(heading: NodeRef<H2>, enabled: bool) {
    if !enabled {
        return;
    }
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
}
