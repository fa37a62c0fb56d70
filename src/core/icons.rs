//! The widget's line icons as SVG markup: one source for the live widget
//! (`ui::icons`) and for the start screen the compiler writes ahead of time
//! (`compiler::prerender`), so the two draw the same pixels.
//!
//! All are decorative (the text beside them carries the meaning): hidden
//! from screen readers, coloured by `currentColor`.

use crate::core::navigation::Screen;

/// A clipboard with a tick: questions to answer.
pub const QUIZ: &str = r#"<rect x="5" y="4" width="14" height="17" rx="2"/><path d="M9 3h6v3H9z"/><path d="M9 13.5l2 2 4-4.5"/>"#;
/// Skin layers with a dip: a scar in cross-section.
pub const SCARS: &str =
    r#"<path d="M3 8h5.5l1.5 3.5L11.5 8H21"/><path d="M3 13.5h18"/><path d="M3 19h18"/>"#;
/// A balance: options weighed against each other.
pub const COMPARE: &str = r#"<path d="M12 4v16M8 20h8M5 7h14"/><path d="M7.5 7l-3 6.5a3 3 0 0 0 6 0z"/><path d="M16.5 7l-3 6.5a3 3 0 0 0 6 0z"/>"#;
pub const CHEVRON: &str = r#"<path d="M9 6l6 6-6 6"/>"#;
pub const BACK: &str = r#"<path d="M15 6l-6 6 6 6"/>"#;
pub const LOCK: &str =
    r#"<rect x="5" y="11" width="14" height="9" rx="2"/><path d="M8 11V8a4 4 0 0 1 8 0v3"/>"#;
/// The clinic's mark until the content names a logo: a drop on the accent colour.
pub const BRAND_MARK: &str = r#"<circle cx="12" cy="12" r="12"/><path d="M12 5.5c3.2 3.8 4.5 6.3 4.5 8.5a4.5 4.5 0 0 1-9 0c0-2.2 1.3-4.7 4.5-8.5z"/>"#;

/// The shapes of a journey's icon.
pub fn journey(screen: Screen) -> &'static str {
    match screen {
        Screen::Quiz | Screen::Start => QUIZ,
        Screen::Scars => SCARS,
        Screen::Compare => COMPARE,
    }
}

/// A whole `<svg>` element around `shapes`, as the live widget draws it.
pub fn svg(class: &str, shapes: &str) -> String {
    format!(
        r#"<svg class="{class}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{shapes}</svg>"#
    )
}
