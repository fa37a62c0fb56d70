//! A journey's own screen. The quiz, the scar guide and the comparison fill
//! these in; until then each says honestly what is coming and leads back.

use std::sync::Arc;

use leptos::html::H2;
use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::navigation::Screen;
use crate::ui::icons::JourneyIcon;
use crate::ui::notes::Notes;
use crate::ui::screen::{BackToGuides, focus_when_mounted};

#[component]
pub fn JourneyScreen(
    content: Arc<Content>,
    screen: Screen,
    go_to: Callback<Screen>,
    autofocus: bool,
) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);
    let (title, coming_soon) = content
        .ui
        .journeys
        .get(screen)
        .map(|journey| (journey.title.clone(), journey.coming_soon.clone()))
        .unwrap_or_default();

    view! {
        <div class="screen journey-screen" data-screen=screen.key()>
            <BackToGuides label=content.ui.navigation.back.clone() go_to />
            <div class="journey-hero">
                <span class="journey-icon large">
                    <JourneyIcon screen />
                </span>
                <h2 class="title" tabindex="-1" node_ref=heading>
                    {title}
                </h2>
            </div>
            <p class="lead">{coming_soon}</p>
            <Notes content=content.clone() />
        </div>
    }
}
