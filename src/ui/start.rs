//! The start screen: the clinic, the promise, and the three journeys.

use std::sync::Arc;

use leptos::html::H2;
use leptos::prelude::*;

use crate::ui::guide::Guide;
use crate::ui::icons::{BrandMark, ChevronIcon, JourneyIcon};
use crate::ui::notes::Notes;
use crate::ui::screen::focus_when_mounted;

#[component]
pub fn StartScreen(asset_base: Arc<str>, autofocus: bool) -> impl IntoView {
    let Guide { content, go_to, .. } = Guide::get();
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);
    let ui = &content.ui;

    let journeys = ui
        .journeys
        .in_order()
        .into_iter()
        .map(|(screen, journey)| {
            view! {
                <li>
                    <button
                        type="button"
                        class="journey"
                        data-journey=screen.key()
                        on:click=move |_| go_to.run(screen)
                    >
                        <span class="journey-icon">
                            <JourneyIcon screen />
                        </span>
                        <span class="journey-text">
                            <span class="journey-title">{journey.title.clone()}</span>
                            <span class="journey-summary">{journey.summary.clone()}</span>
                            <span class="journey-duration">{journey.duration.clone()}</span>
                        </span>
                        <ChevronIcon />
                    </button>
                </li>
            }
        })
        .collect_view();

    let clinic = &content.site.clinic;
    let logo = match &clinic.logo {
        Some(file) => {
            view! { <img class="brand-logo" src=format!("{asset_base}{file}") alt="" /> }.into_any()
        }
        None => view! { <BrandMark /> }.into_any(),
    };

    view! {
        <div class="screen start">
            <p class="brand">{logo} <span>{clinic.name.clone()}</span></p>
            <p class="eyebrow">{ui.start.eyebrow.clone()}</p>
            <h2 class="title" tabindex="-1" node_ref=heading>
                {ui.start.title.clone()}
            </h2>
            <p class="lead">{ui.start.lead.clone()}</p>
            <ul class="journeys">{journeys}</ul>
            <Notes content=content.clone() />
        </div>
    }
}
