//! The clinic's brand, applied as CSS custom properties on the widget's root.
//! Set through the CSSOM (not a `style` attribute), which a strict CSP allows.
//! The stylesheet lets a host's own `--sg-*` properties win over these.

use web_sys::HtmlElement;

use crate::core::content::Brand;

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
