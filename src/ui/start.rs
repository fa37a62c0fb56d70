//! The start screen: the clinic, the promise, and the three journeys.

use std::sync::Arc;

use leptos::html::H2;
use leptos::prelude::*;

use crate::core::copy::SiteCopy;
use crate::core::navigation::Screen;
use crate::ui::icons::{BrandMark, ChevronIcon, JourneyIcon};
use crate::ui::notes::{Notes, focus_when_mounted};

#[component]
pub fn StartScreen(copy: Arc<SiteCopy>, go_to: Callback<Screen>, autofocus: bool) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    focus_when_mounted(heading, autofocus);

    let journeys = copy
        .journeys
        .iter()
        .map(|journey| {
            let screen = journey.screen;
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

    view! {
        <div class="screen start">
            <p class="brand">
                <BrandMark />
                <span>{copy.clinic_name.clone()}</span>
            </p>
            <p class="eyebrow">{copy.eyebrow.clone()}</p>
            <h2 class="title" tabindex="-1" node_ref=heading>
                {copy.title.clone()}
            </h2>
            <p class="lead">{copy.lead.clone()}</p>
            <ul class="journeys">{journeys}</ul>
            <Notes privacy=copy.privacy_note.clone() disclaimer=copy.disclaimer.clone() />
        </div>
    }
}
