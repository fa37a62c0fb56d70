//! What every screen shares: the button back to the start screen, and moving
//! focus to a new screen's heading.

use leptos::html::H2;
use leptos::prelude::*;

use crate::core::navigation::Screen;
use crate::ui::icons::BackIcon;

/// "Back to all guides", at the top of every journey's screen.
#[component]
pub fn BackToGuides(label: String, go_to: Callback<Screen>) -> impl IntoView {
    view! {
        <button type="button" class="back" on:click=move |_| go_to.run(Screen::Start)>
            <BackIcon />
            <span>{label}</span>
        </button>
    }
}

/// The top of a journey's screen: back to the guides, its title (which takes
/// focus when the visitor arrives) and its lead paragraph.
#[component]
pub fn ScreenIntro(
    back: String,
    go_to: Callback<Screen>,
    title: String,
    lead: String,
    autofocus: bool,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);
    view! {
        <BackToGuides label=back go_to />
        <h2 class="title" tabindex="-1" node_ref=heading>
            {title}
        </h2>
        <p class="lead">{lead}</p>
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
