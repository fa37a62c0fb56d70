//! Writes a cross-section as SVG markup. The widget inserts the markup as
//! it is: one string per drawing costs the download far less than building
//! each shape as its own component, and the markup can be tested natively.
//!
//! Colours are not written here: every shape carries a class, and the
//! widget's stylesheet paints the classes from the clinic's brand palette.

use std::fmt::Write;

use super::{Geometry, LABEL_SIZE, WIDTH, decimal, needle};

/// What to draw besides the skin and the scar.
#[derive(Clone, Copy, Debug, Default)]
pub struct Extras<'a> {
    /// The layer names, epidermis first; `None` leaves the label column out
    /// (for thumbnails) and the drawing is cropped to the strip of skin.
    pub labels: Option<[&'a str; 3]>,
    /// A microneedle at this depth in millimetres, with a dashed line
    /// across the strip at its tip so the scar's depth can be compared.
    pub needle_mm: Option<f32>,
    /// What the drawing shows, for screen readers. `None` hides the drawing
    /// from them (when the text beside it already says everything).
    pub alt: Option<&'a str>,
}

/// Escapes text for an SVG attribute or element: content is the marketers',
/// and must never become markup.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Roughly how wide `text` is drawn at the label size: used only to squeeze
/// a long (translated) layer name into the label column.
fn estimated_width(text: &str) -> f32 {
    text.chars().count() as f32 * LABEL_SIZE * 0.56
}

/// The drawing as one `<svg>` element.
pub fn svg(geometry: &Geometry, extras: Extras) -> String {
    let g = geometry;
    let d = decimal;
    let view_width = if extras.labels.is_some() {
        WIDTH
    } else {
        g.strip.1 + g.strip.0
    };
    let mut out = String::with_capacity(2048);
    let _ = write!(
        out,
        r#"<svg class="diagram" viewBox="0 0 {} {}" "#,
        d(view_width),
        d(g.height)
    );
    match extras.alt {
        Some(alt) => {
            let _ = write!(out, r#"role="img" aria-label="{}">"#, escape(alt));
        }
        None => out.push_str(r#"aria-hidden="true" focusable="false">"#),
    }
    let strip_width = d(g.strip.1 - g.strip.0);
    for band in &g.bands {
        let _ = write!(
            out,
            r#"<rect class="layer {}" x="{}" y="{}" width="{strip_width}" height="{}"/>"#,
            band.layer.class(),
            d(g.strip.0),
            d(band.top),
            d(band.bottom - band.top)
        );
    }
    if let Some(path) = &g.cavity {
        let _ = write!(out, r#"<path class="cavity" d="{path}"/>"#);
    }
    if let Some(path) = &g.mound {
        let _ = write!(out, r#"<path class="mound" d="{path}"/>"#);
    }
    if let Some((x, y, width, height)) = g.pigment {
        let _ = write!(
            out,
            r#"<rect class="pigment" x="{}" y="{}" width="{}" height="{}"/>"#,
            d(x),
            d(y),
            d(width),
            d(height)
        );
    }
    for &(x1, y1, x2, y2) in &g.tethers {
        line(&mut out, "tether", (x1, y1), (x2, y2));
    }
    let _ = write!(out, r#"<path class="surface" d="{}"/>"#, g.surface);
    if let Some((left, right)) = g.original_edges {
        for x in [left, right] {
            line(
                &mut out,
                "original-edge",
                (x, g.surface_y - 6.0),
                (x, g.surface_y + 6.0),
            );
        }
    }
    if let Some(depth) = extras.needle_mm {
        let needle = needle(g, depth);
        line(
            &mut out,
            "depth-line",
            (g.strip.0, needle.tip),
            (g.strip.1, needle.tip),
        );
        // A slim shaft narrowing to a point at the tip.
        let _ = write!(
            out,
            r#"<path class="needle" d="M{} {} L{} {} L{} {} L{} {} L{} {} Z"/>"#,
            d(needle.x - 2.5),
            d(needle.top),
            d(needle.x + 2.5),
            d(needle.top),
            d(needle.x + 1.2),
            d(needle.tip - 5.0),
            d(needle.x),
            d(needle.tip),
            d(needle.x - 1.2),
            d(needle.tip - 5.0),
        );
    }
    if let Some(names) = extras.labels {
        for (label, name) in g.labels.iter().zip(names) {
            line(
                &mut out,
                "leader",
                (g.strip.1 + 2.0, label.from_y),
                (label.x - 4.0, label.y),
            );
            let room = WIDTH - label.x - 2.0;
            let squeeze = if estimated_width(name) > room {
                format!(
                    r#" textLength="{}" lengthAdjust="spacingAndGlyphs""#,
                    d(room)
                )
            } else {
                String::new()
            };
            let _ = write!(
                out,
                r#"<text class="diagram-label" x="{}" y="{}" dominant-baseline="middle"{squeeze}>{}</text>"#,
                d(label.x),
                d(label.y),
                escape(name)
            );
        }
    }
    out.push_str("</svg>");
    out
}

fn line(out: &mut String, class: &str, from: (f32, f32), to: (f32, f32)) {
    let _ = write!(
        out,
        r#"<line class="{class}" x1="{}" y1="{}" x2="{}" y2="{}"/>"#,
        decimal(from.0),
        decimal(from.1),
        decimal(to.0),
        decimal(to.1)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::scars::{Diagram, Layers, Profile};
    use crate::core::diagram::geometry;

    fn keloid() -> Geometry {
        geometry(
            &Diagram {
                profile: Profile::Keloid,
                width_mm: 8.0,
                depth_mm: 2.5,
            },
            &Layers {
                epidermis_mm: 0.1,
                dermis_mm: 1.8,
                fat_mm: 1.5,
            },
        )
    }

    fn parse(markup: &str) -> roxmltree::Document<'_> {
        roxmltree::Document::parse(markup).expect("well-formed SVG")
    }

    #[test]
    fn writes_well_formed_svg_with_every_part() {
        let markup = svg(
            &keloid(),
            Extras {
                labels: Some(["Epidermis", "Dermis", "Fat"]),
                needle_mm: Some(1.5),
                alt: Some("A raised growth"),
            },
        );
        let doc = parse(&markup);
        let root = doc.root_element();
        assert_eq!(root.attribute("role"), Some("img"));
        assert_eq!(root.attribute("aria-label"), Some("A raised growth"));
        let classes: Vec<&str> = root
            .children()
            .filter_map(|node| node.attribute("class"))
            .collect();
        for class in [
            "layer epidermis",
            "layer dermis",
            "layer fat",
            "mound",
            "surface",
            "original-edge",
            "needle",
            "depth-line",
            "leader",
            "diagram-label",
        ] {
            assert!(classes.contains(&class), "{class} missing from {classes:?}");
        }
        let labels: Vec<&str> = root
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(labels, ["Epidermis", "Dermis", "Fat"]);
    }

    #[test]
    fn content_text_never_becomes_markup() {
        let markup = svg(
            &keloid(),
            Extras {
                labels: Some(["<script>x</script>", "A & B", "\"Fat\""]),
                needle_mm: None,
                alt: Some("\"><img src=x onerror=alert(1)>"),
            },
        );
        let doc = parse(&markup);
        assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
        assert!(!doc.descendants().any(|n| n.has_tag_name("img")));
        assert_eq!(
            doc.root_element().attribute("aria-label"),
            Some("\"><img src=x onerror=alert(1)>")
        );
    }

    #[test]
    fn thumbnails_are_hidden_from_screen_readers_and_cropped_to_the_skin() {
        let markup = svg(&keloid(), Extras::default());
        let doc = parse(&markup);
        let root = doc.root_element();
        assert_eq!(root.attribute("aria-hidden"), Some("true"));
        assert!(!markup.contains("<text") && !markup.contains("needle"));
        let view_box = root.attribute("viewBox").unwrap();
        assert!(view_box.starts_with("0 0 240 "), "{view_box}");
    }

    #[test]
    fn long_layer_names_are_squeezed_into_the_column() {
        let markup = svg(
            &keloid(),
            Extras {
                labels: Some(["Epidermis", "Lederhaut", "Unterhautfettgewebe"]),
                ..Extras::default()
            },
        );
        let doc = parse(&markup);
        let squeezed: Vec<&str> = doc
            .descendants()
            .filter(|n| n.attribute("textLength").is_some())
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(squeezed, ["Unterhautfettgewebe"]);
    }
}
