//! The privacy note, disclaimer and review line at the foot of every screen.

use leptos::prelude::*;

use crate::core::content::Content;
use crate::core::template::fill;
use crate::ui::icons::LockIcon;
use crate::ui::rich_text::RichTextView;

#[component]
pub fn Notes(content: std::sync::Arc<Content>) -> impl IntoView {
    let notes = &content.ui.notes;
    let author = &content.about.author;
    let review = match &content.about.review {
        Some(review) => fill(
            &notes.reviewed,
            &[
                ("author", author),
                ("reviewer", &review.reviewer),
                ("date", &long_date(&review.reviewed_on, &content.locale)),
                ("next", &long_date(&review.next_review, &content.locale)),
            ],
        ),
        None => fill(&notes.not_reviewed, &[("author", author)]),
    };
    view! {
        <footer class="notes">
            <p class="privacy">
                <LockIcon />
                <span>{notes.privacy.clone()}</span>
            </p>
            <div class="fine-print">
                <RichTextView text=notes.disclaimer.clone() class="disclaimer" />
                <p class="review">{review}</p>
            </div>
        </footer>
    }
}

/// "2026-11-01" as the visitor's language writes it ("1 November 2026").
fn long_date(iso: &str, locale: &str) -> String {
    let date = js_sys::Date::new(&format!("{iso}T12:00:00").into());
    if date.get_time().is_nan() {
        return iso.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    date.to_locale_date_string(locale, &options).into()
}
