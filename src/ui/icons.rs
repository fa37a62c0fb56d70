//! Small line icons, drawn inline so they cost no request and take the
//! widget's colours through `currentColor`. Their shapes are in
//! `core::icons`, shared with the start screen written ahead of time.

use leptos::prelude::*;

use crate::core::icons;
use crate::core::navigation::Screen;

/// An `<svg>` of the shapes given: decorative, hidden from screen readers.
#[component]
fn Icon(class: &'static str, shapes: &'static str) -> impl IntoView {
    view! {
        <svg
            class=class
            viewBox="0 0 24 24"
            aria-hidden="true"
            focusable="false"
            inner_html=shapes
        ></svg>
    }
}

#[component]
pub fn JourneyIcon(screen: Screen) -> impl IntoView {
    view! { <Icon class="icon" shapes=icons::journey(screen) /> }
}

#[component]
pub fn ChevronIcon() -> impl IntoView {
    view! { <Icon class="icon chevron" shapes=icons::CHEVRON /> }
}

#[component]
pub fn BackIcon() -> impl IntoView {
    view! { <Icon class="icon" shapes=icons::BACK /> }
}

#[component]
pub fn LockIcon() -> impl IntoView {
    view! { <Icon class="icon" shapes=icons::LOCK /> }
}

#[component]
pub fn BrandMark() -> impl IntoView {
    view! { <Icon class="brand-mark" shapes=icons::BRAND_MARK /> }
}
