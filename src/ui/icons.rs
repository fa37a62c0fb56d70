//! Small line icons, drawn inline so they cost no request and take the
//! widget's colours through `currentColor`. All are decorative: the text
//! beside them carries the meaning, so they are hidden from screen readers.

use leptos::prelude::*;

use crate::core::navigation::Screen;

#[component]
pub fn JourneyIcon(screen: Screen) -> impl IntoView {
    let paths = match screen {
        // A clipboard with a tick: questions to answer.
        Screen::Quiz | Screen::Start => view! {
            <rect x="5" y="4" width="14" height="17" rx="2" />
            <path d="M9 3h6v3H9z" />
            <path d="M9 13.5l2 2 4-4.5" />
        }
        .into_any(),
        // Skin layers with a dip: a scar in cross-section.
        Screen::Scars => view! {
            <path d="M3 8h5.5l1.5 3.5L11.5 8H21" />
            <path d="M3 13.5h18" />
            <path d="M3 19h18" />
        }
        .into_any(),
        // A balance: options weighed against each other.
        Screen::Compare => view! {
            <path d="M12 4v16M8 20h8M5 7h14" />
            <path d="M7.5 7l-3 6.5a3 3 0 0 0 6 0z" />
            <path d="M16.5 7l-3 6.5a3 3 0 0 0 6 0z" />
        }
        .into_any(),
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {paths}
        </svg>
    }
}

#[component]
pub fn ChevronIcon() -> impl IntoView {
    view! {
        <svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M9 6l6 6-6 6" />
        </svg>
    }
}

#[component]
pub fn BackIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d="M15 6l-6 6 6 6" />
        </svg>
    }
}

#[component]
pub fn LockIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <rect x="5" y="11" width="14" height="9" rx="2" />
            <path d="M8 11V8a4 4 0 0 1 8 0v3" />
        </svg>
    }
}

/// The clinic's mark until the content names a logo: a drop on the accent colour.
#[component]
pub fn BrandMark() -> impl IntoView {
    view! {
        <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="12" />
            <path d="M12 5.5c3.2 3.8 4.5 6.3 4.5 8.5a4.5 4.5 0 0 1-9 0c0-2.2 1.3-4.7 4.5-8.5z" />
        </svg>
    }
}
