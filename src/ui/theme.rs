//! The clinic's brand, applied as CSS custom properties on the widget's root.
//! Set through the CSSOM (not a `style` attribute), which a strict CSP allows.
//! The stylesheet lets a host's own `--sg-*` properties win over these.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::core::content::Brand;
use crate::core::content::colour::{Rgb, check_readable};

pub fn apply_brand(root: &HtmlElement, brand: &Brand) {
    let style = root.style();
    let radius = format!("{}px", brand.corner_radius);
    let properties = [
        ("--brand-accent", Some(brand.accent.as_str())),
        ("--brand-accent-text", Some(brand.accent_text.as_str())),
        ("--brand-radius", Some(radius.as_str())),
        ("--brand-font", brand.font.as_deref()),
        ("--brand-heading-font", brand.heading_font.as_deref()),
    ];
    for (name, value) in properties {
        if let Some(value) = value {
            let _ = style.set_property(name, value);
        }
    }
}

/// Words the stylesheet shows, as CSS strings: what screen readers hear after
/// a link in rich text, which opens a new tab (`navigation.new_tab`).
/// (A double quote in it becomes a single one, so the CSS string stays whole.)
pub fn apply_texts(root: &HtmlElement, new_tab: &str) {
    let quoted = format!("\" {}\"", new_tab.replace('"', "'"));
    let _ = root.style().set_property("--new-tab-note", &quoted);
}

/// The host's own brand colours (`--sg-accent`, `--sg-on-accent`), checked
/// the way the compiler checks the content's: if text would be unreadable
/// with them, they are set aside for the content's colours, and the console
/// says why. The colours are read as the widget would draw them (light or
/// dark), through a probe element, since a custom property is only text.
pub fn check_host_colours(root: &HtmlElement) {
    const HOST_PROPERTIES: [&str; 2] = ["--sg-accent", "--sg-on-accent"];
    let Some(window) = web_sys::window() else {
        return;
    };
    let host_set: Vec<&str> = window
        .get_computed_style(root)
        .ok()
        .flatten()
        .map(|style| {
            HOST_PROPERTIES
                .into_iter()
                .filter(|name| {
                    !style
                        .get_property_value(name)
                        .unwrap_or_default()
                        .trim()
                        .is_empty()
                })
                .collect()
        })
        .unwrap_or_default();
    if host_set.is_empty() {
        return;
    }
    let Some(Err(problem)) = drawn_colours(root)
        .map(|(accent, on_accent, surface)| check_readable(accent, on_accent, surface))
    else {
        return;
    };
    let style = root.style();
    for name in &host_set {
        // `initial` makes `var(--sg-accent, …)` take its fallback: the content's colour.
        let _ = style.set_property(name, "initial");
    }
    web_sys::console::warn_1(
        &format!(
            "Scarguide ignored the page's {}: {problem}. It uses the clinic's brand colours from its content instead.",
            host_set.join(" and ")
        )
        .into(),
    );
}

/// The accent, the text on it and the background, as computed in `root`.
fn drawn_colours(root: &HtmlElement) -> Option<(Rgb, Rgb, Rgb)> {
    let document = root.owner_document()?;
    let probe: HtmlElement = document.create_element("span").ok()?.unchecked_into();
    // Mixing a colour with itself in sRGB makes the browser report it as
    // `color(srgb …)`, whichever way the host wrote it.
    let srgb = |name: &str| format!("color-mix(in srgb, var({name}), var({name}))");
    let style = probe.style();
    let _ = style.set_property("display", "none");
    let _ = style.set_property("color", &srgb("--accent"));
    let _ = style.set_property("background-color", &srgb("--on-accent"));
    let _ = style.set_property("border-color", &srgb("--surface"));
    root.append_child(&probe).ok()?;
    // A computed style is live: read it while the probe is in the document.
    let computed = web_sys::window()?.get_computed_style(&probe).ok().flatten();
    let colour = |property: &str| {
        Rgb::parse_computed(&computed.as_ref()?.get_property_value(property).ok()?)
    };
    let colours = (
        colour("color"),
        colour("background-color"),
        colour("border-top-color"),
    );
    probe.remove();
    Some((colours.0?, colours.1?, colours.2?))
}
