//! The widget's root component: holds the current screen and switches views.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::copy::SiteCopy;
use crate::core::navigation::{SavedSession, Screen};
use crate::ui::{journey::JourneyScreen, start::StartScreen, storage};

#[component]
pub fn App(copy: Arc<SiteCopy>, initial: Screen, storage_key: String) -> impl IntoView {
    let screen = RwSignal::new(initial);
    // Focus follows the visitor's own navigation only: on first load the
    // widget must not pull focus (or the scroll position) away from the host page.
    let visitor_navigated = StoredValue::new(false);

    Effect::new(move |_| storage::save(&storage_key, &SavedSession::new(screen.get())));

    let go_to = Callback::new(move |to: Screen| {
        visitor_navigated.set_value(true);
        screen.set(to);
    });

    let label = copy.widget_label.clone();
    view! {
        <section class="widget" aria-label=label>
            {move || {
                let copy = copy.clone();
                let autofocus = visitor_navigated.get_value();
                match screen.get() {
                    Screen::Start => view! { <StartScreen copy go_to autofocus /> }.into_any(),
                    journey => {
                        view! { <JourneyScreen copy screen=journey go_to autofocus /> }.into_any()
                    }
                }
            }}
        </section>
    }
}
