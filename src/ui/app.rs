//! The widget's root components: the loading state, then the current screen.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::content::{Content, builtin};
use crate::core::navigation::{SavedSession, Screen};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::ui::scars::{ChosenScar, ScarsScreen};
use crate::ui::{compare::CompareScreen, events, quiz::QuizScreen, start::StartScreen, storage};

/// Where the widget's content is.
#[derive(Clone, Debug)]
pub enum Loaded {
    Pending,
    Ready(Arc<Content>),
    Failed,
}

/// Until content arrives the host's own fallback (its children, through the
/// slot) stays visible; if content cannot load, a message joins it, so the
/// host's booking link is still there.
#[component]
pub fn Widget(
    loaded: RwSignal<Loaded>,
    host: StoredValue<HtmlElement, LocalStorage>,
    initial: Screen,
    storage_key: String,
    asset_base: Arc<str>,
) -> impl IntoView {
    move || {
        match loaded.get() {
        Loaded::Pending => view! {
            <div class="pending" aria-busy="true">
                <slot>
                    <div class="skeleton" aria-hidden="true"></div>
                </slot>
            </div>
        }
        .into_any(),
        Loaded::Failed => view! {
            <div class="unavailable" role="alert">
                <p>{builtin::CONTENT_UNAVAILABLE}</p>
                <slot></slot>
            </div>
        }
        .into_any(),
        Loaded::Ready(content) => view! {
            <App content host initial storage_key=storage_key.clone() asset_base=asset_base.clone() />
        }
        .into_any(),
    }
    }
}

#[component]
pub fn App(
    content: Arc<Content>,
    host: StoredValue<HtmlElement, LocalStorage>,
    initial: Screen,
    storage_key: String,
    asset_base: Arc<str>,
) -> impl IntoView {
    let screen = RwSignal::new(initial);
    // Focus follows the visitor's own navigation only: on first load the
    // widget must not pull focus (or the scroll position) away from the host page.
    let visitor_navigated = StoredValue::new(false);

    provide_context(ChosenScar(RwSignal::new(None)));

    let session_key = storage_key.clone();
    Effect::new(move |_| storage::save(&session_key, &SavedSession::new(screen.get())));

    let go_to = Callback::new(move |to: Screen| {
        visitor_navigated.set_value(true);
        screen.set(to);
    });

    // One listener counts every booking link the screens draw.
    let booking_followed = move |event: leptos::ev::MouseEvent| {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("[data-booking]").ok().flatten());
        if link.is_some() {
            host.with_value(|host| events::dispatch(host, "booking", &[]));
        }
    };
    let label = content.ui.label.clone();
    let lang = content.locale.clone();
    view! {
        <section class="widget" aria-label=label lang=lang on:click=booking_followed>
            {move || {
                let content = content.clone();
                let asset_base = asset_base.clone();
                let autofocus = visitor_navigated.get_value();
                let screen = screen.get();
                // Announced before the journey draws, so that it comes
                // before the journey's own events (its first question).
                if screen != Screen::Start {
                    let detail = [("journey", screen.key().into())];
                    host.with_value(|host| events::dispatch(host, "opened", &detail));
                }
                match screen {
                    Screen::Start => {
                        view! { <StartScreen content asset_base go_to autofocus /> }.into_any()
                    }
                    Screen::Scars => view! { <ScarsScreen content go_to autofocus /> }.into_any(),
                    Screen::Quiz => {
                        let storage_key = storage_key.clone();
                        view! { <QuizScreen content host storage_key go_to autofocus /> }.into_any()
                    }
                    Screen::Compare => {
                        let storage_key = storage_key.clone();
                        view! { <CompareScreen content storage_key go_to autofocus /> }.into_any()
                    }
                }
            }}
        </section>
    }
}
