//! The widget's root components: the loading state, then the current screen.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::content::locale::direction;
use crate::core::navigation::{SavedSession, Screen, first_screen};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::ui::guide::{Guide, QuizProgress};
use crate::ui::host::LanguageSwitch;
use crate::ui::scars::ScarsScreen;
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
    /// Shown when content cannot load, in the page's language if the loader knew it.
    unavailable: String,
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
                    <p>{unavailable.clone()}</p>
                    <slot></slot>
                </div>
            }
            .into_any(),
            Loaded::Ready(content) => {
                // Drawn again when the visitor switches language: back to the
                // screen they were on, which the app keeps in the tab's storage.
                let saved: Option<SavedSession> = storage::load(&storage_key);
                let initial = saved.map_or(initial, |saved| first_screen(Some(saved), None));
                view! { <App content host initial storage_key=storage_key.clone() asset_base=asset_base.clone() /> }
            .into_any()
            }
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

    let quiz = QuizProgress::restore(&storage_key, &content.quiz);
    quiz.keep_in_storage();
    Effect::new(move |_| storage::save(&storage_key, &SavedSession::new(screen.get())));

    let go_to = Callback::new(move |to: Screen| {
        visitor_navigated.set_value(true);
        screen.set(to);
    });
    provide_context(Guide {
        content: content.clone(),
        go_to,
        host,
        quiz,
        chosen_scar: RwSignal::new(None),
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
    let dir = direction(&lang);
    let menu = use_context::<LanguageSwitch>()
        .filter(|_| content.locales.len() > 1)
        .map(|switch| view! { <LanguageMenu content=content.clone() switch /> });
    view! {
        <section class="widget" aria-label=label lang=lang dir=dir on:click=booking_followed>
            {menu}
            {move || {
                let asset_base = asset_base.clone();
                let autofocus = visitor_navigated.get_value();
                let screen = screen.get();
                if screen != Screen::Start {
                    let detail = [("journey", screen.key().into())];
                    host.with_value(|host| events::dispatch(host, "opened", &detail));
                }
                match screen {
                    Screen::Start => {
                        // Announced before the journey draws, so that it comes
                        // before the journey's own events (its first question).
                        view! { <StartScreen asset_base autofocus /> }
                            .into_any()
                    }
                    Screen::Scars => view! { <ScarsScreen autofocus /> }.into_any(),
                    Screen::Quiz => view! { <QuizScreen autofocus /> }.into_any(),
                    Screen::Compare => view! { <CompareScreen autofocus /> }.into_any(),
                }
            }}
        </section>
    }
}

/// The menu of the content's languages, each named in itself; shown only
/// when the content holds more than one.
#[component]
fn LanguageMenu(content: Arc<Content>, switch: LanguageSwitch) -> impl IntoView {
    let menu = NodeRef::<leptos::html::Select>::new();
    // After a switch the guide draws anew: focus goes back where it was.
    if switch.switched.get_value() {
        switch.switched.set_value(false);
        Effect::new(move |_| {
            if let Some(menu) = menu.get() {
                let _ = menu.focus();
            }
        });
    }
    let options = content
        .locales
        .iter()
        .zip(&content.language_names)
        .map(|(locale, name)| {
            let selected = *locale == content.locale;
            view! {
                <option value=locale.clone() lang=locale.clone() selected=selected>
                    {name.clone()}
                </option>
            }
        })
        .collect_view();
    let change = move |event: leptos::ev::Event| switch.switch(event_target_value(&event));
    view! {
        <div class="language-menu">
            <select aria-label=content.ui.language_label.clone() node_ref=menu on:change=change>
                {options}
            </select>
        </div>
    }
}
