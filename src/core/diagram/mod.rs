//! Cross-sections of the skin with a scar, drawn to scale from a scar's
//! diagram parameters (profile, width, depth) and the skin's layer
//! thicknesses. Pure geometry here; `svg` writes it as markup.
//!
//! Every diagram uses the same scale, so scars can be compared by eye: the
//! canvas shows an 11 mm wide strip of skin, the air above it (room for the
//! needle, or a raised scar) and the epidermis, dermis and fat below, with the layer
//! names in a column on the right, joined to their layer by leader lines.

pub mod svg;

use crate::core::content::scars::{Diagram, Layers, Profile};

/// Canvas units per millimetre of skin.
pub const SCALE: f32 = 20.0;
pub const WIDTH: f32 = 320.0;
/// The strip of skin spans from here…
const STRIP_LEFT: f32 = 8.0;
/// …to here; the label column is to its right.
pub const STRIP_RIGHT: f32 = 232.0;
/// Where label text starts, after a short leader line.
pub const LABEL_X: f32 = 246.0;
/// Label text size, and the least distance between two labels' centres.
pub const LABEL_SIZE: f32 = 13.0;
const LABEL_GAP: f32 = 16.0;
const MARGIN_TOP: f32 = 8.0;
const MARGIN_BOTTOM: f32 = 8.0;
/// The least room above the surface (for the needle), in millimetres; a
/// raised scar gets room for its height and a little more.
const MIN_HEADROOM_MM: f32 = 1.0;
const HEADROOM_SPARE_MM: f32 = 0.3;
/// The scar sits left of centre, leaving room on the right for the needle.
const SCAR_X: f32 = 108.0;
pub const NEEDLE_X: f32 = 210.0;
/// The widest scar the strip can show at scale, in millimetres. The content
/// schema stops wider values; the geometry clamps them anyway.
pub const MAX_WIDTH_MM: f32 = 9.0;
/// The needle's length above the surface, in canvas units.
const NEEDLE_ABOVE: f32 = 16.0;

/// The skin's layers, from the surface down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Epidermis,
    Dermis,
    Fat,
}

impl Layer {
    pub const ALL: [Layer; 3] = [Layer::Epidermis, Layer::Dermis, Layer::Fat];

    /// The CSS class the drawing gives the layer.
    pub fn class(self) -> &'static str {
        match self {
            Layer::Epidermis => "epidermis",
            Layer::Dermis => "dermis",
            Layer::Fat => "fat",
        }
    }
}

/// One horizontal layer of the cross-section.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub layer: Layer,
    pub top: f32,
    pub bottom: f32,
}

/// A layer's name in the label column: the text is centred on `y`, and a
/// leader runs from the strip's edge at `from_y` (inside the layer) to it.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub layer: Layer,
    pub x: f32,
    pub y: f32,
    pub from_y: f32,
}

/// Everything needed to draw one scar's cross-section, in canvas units.
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub surface_y: f32,
    /// The strip of skin's left and right edges.
    pub strip: (f32, f32),
    pub bands: Vec<Band>,
    /// The skin's surface, scar included, as an SVG path.
    pub surface: String,
    /// A closed path of the sunken part (drawn in the background colour).
    pub cavity: Option<String>,
    /// A closed path of raised scar tissue.
    pub mound: Option<String>,
    /// Flat marks: the stretch of epidermis holding extra colour (x, y, width, height).
    pub pigment: Option<(f32, f32, f32, f32)>,
    /// Rolling scars: the fibrous bands tethering the skin down (x1, y1, x2, y2).
    pub tethers: Vec<(f32, f32, f32, f32)>,
    /// Keloids: where the original spot ended, left and right.
    pub original_edges: Option<(f32, f32)>,
    pub labels: Vec<Label>,
}

impl Geometry {
    /// The deepest point below the surface that the drawing reaches, in canvas units.
    pub fn bottom(&self) -> f32 {
        self.bands
            .last()
            .map(|b| b.bottom)
            .unwrap_or(self.surface_y)
    }
}

/// A number with one decimal, as SVG attributes want it. Written with
/// integer formatting on purpose: Rust's float formatting would add some
/// 20 KB to the browser's download.
pub fn decimal(value: f32) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.abs();
    if tenths % 10 == 0 {
        format!("{sign}{}", tenths / 10)
    } else {
        format!("{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

/// Millimetres with up to two decimals ("0.25", "1", "2.5"), without float formatting.
pub fn millimetres(value: f32) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match fraction {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}.{}", f / 10),
        f => format!("{whole}.{f:02}"),
    }
}

/// The canvas y of a depth below the surface, in millimetres.
fn depth_y(surface_y: f32, depth_mm: f32) -> f32 {
    surface_y + depth_mm * SCALE
}

/// The scar's outline as points (x offset from its centre, depth), in mm;
/// negative depths rise above the surface.
fn outline(diagram: &Diagram) -> Vec<(f32, f32)> {
    let w = diagram.width_mm.clamp(0.0, MAX_WIDTH_MM);
    let d = diagram.depth_mm.max(0.0);
    let half = w / 2.0;
    let sample = |f: &dyn Fn(f32) -> f32| -> Vec<(f32, f32)> {
        (0..=24)
            .map(|i| i as f32 / 12.0 - 1.0)
            .map(|t| (t * half, f(t)))
            .collect()
    };
    match diagram.profile {
        Profile::IcePick => vec![
            (-half, 0.0),
            (-half * 0.45, d * 0.3),
            (-half * 0.2, d * 0.75),
            (0.0, d),
            (half * 0.2, d * 0.75),
            (half * 0.45, d * 0.3),
            (half, 0.0),
        ],
        Profile::Boxcar => vec![
            (-half, 0.0),
            (-half * 0.88, d),
            (half * 0.88, d),
            (half, 0.0),
        ],
        // Smooth bumps from polynomials: trigonometry would add its tables
        // (some 5 KB) to the browser's download for two curves.
        Profile::Rolling => sample(&|t| d * (1.0 - t * t).powi(2)),
        Profile::Hypertrophic => sample(&|t| -d * (1.0 - t * t).max(0.0).sqrt()),
        Profile::Keloid => sample(&|t| -d * (1.0 - t.powi(4))),
        Profile::Flat => vec![(-half, 0.0), (half, 0.0)],
    }
}

/// Lays out one scar's cross-section.
pub fn geometry(diagram: &Diagram, layers: &Layers) -> Geometry {
    // Every drawing has the same scale; only the air above the skin differs.
    let raised = matches!(diagram.profile, Profile::Hypertrophic | Profile::Keloid);
    let headroom_mm = if raised {
        (diagram.depth_mm + HEADROOM_SPARE_MM).max(MIN_HEADROOM_MM)
    } else {
        MIN_HEADROOM_MM
    };
    let surface_y = MARGIN_TOP + headroom_mm * SCALE;
    let mut bands = Vec::new();
    let mut top = surface_y;
    for (layer, thickness) in [
        (Layer::Epidermis, layers.epidermis_mm),
        (Layer::Dermis, layers.dermis_mm),
        (Layer::Fat, layers.fat_mm),
    ] {
        let bottom = top + thickness * SCALE;
        bands.push(Band { layer, top, bottom });
        top = bottom;
    }
    let height = top + MARGIN_BOTTOM;

    let points: Vec<(f32, f32)> = outline(diagram)
        .into_iter()
        .map(|(x, depth)| (SCAR_X + x * SCALE, depth_y(surface_y, depth)))
        .collect();
    let line = |points: &[(f32, f32)]| -> String {
        points
            .iter()
            .map(|&(x, y)| format!("L{} {}", decimal(x), decimal(y)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let surface = format!(
        "M{} {} {} L{} {}",
        decimal(STRIP_LEFT),
        decimal(surface_y),
        line(&points),
        decimal(STRIP_RIGHT),
        decimal(surface_y)
    );
    let first = points.first().copied().unwrap_or((SCAR_X, surface_y));
    let closed = format!(
        "M{} {} {} Z",
        decimal(first.0),
        decimal(first.1),
        line(points.get(1..).unwrap_or_default())
    );

    let sunken = diagram.depth_mm > 0.0
        && matches!(
            diagram.profile,
            Profile::IcePick | Profile::Boxcar | Profile::Rolling
        );
    let raised = diagram.depth_mm > 0.0
        && matches!(diagram.profile, Profile::Hypertrophic | Profile::Keloid);
    let half = diagram.width_mm.clamp(0.0, MAX_WIDTH_MM) * SCALE / 2.0;

    let tethers = if diagram.profile == Profile::Rolling {
        let fat_top = bands[1].bottom;
        let dip = depth_y(surface_y, diagram.depth_mm);
        [-0.18, 0.0, 0.18]
            .iter()
            .map(|offset| {
                let x = SCAR_X + offset * half * 2.0;
                (x, dip + 1.0, x + offset * half, fat_top)
            })
            .collect()
    } else {
        Vec::new()
    };

    // Each label is centred on its layer unless that would crowd the one
    // above (the epidermis is far thinner than a line of text).
    let mut labels: Vec<Label> = Vec::new();
    for band in &bands {
        let middle = (band.top + band.bottom) / 2.0;
        let y = labels
            .last()
            .map_or(middle, |above| middle.max(above.y + LABEL_GAP));
        labels.push(Label {
            layer: band.layer,
            x: LABEL_X,
            y,
            from_y: middle,
        });
    }

    Geometry {
        width: WIDTH,
        height,
        surface_y,
        strip: (STRIP_LEFT, STRIP_RIGHT),
        surface,
        cavity: sunken.then(|| closed.clone()),
        mound: raised.then_some(closed),
        pigment: (diagram.profile == Profile::Flat).then(|| {
            (
                SCAR_X - half,
                surface_y,
                half * 2.0,
                (layers.epidermis_mm * SCALE).max(4.0),
            )
        }),
        tethers,
        original_edges: (diagram.profile == Profile::Keloid)
            .then_some((SCAR_X - half * 0.35, SCAR_X + half * 0.35)),
        bands,
        labels,
    }
}

/// The layer a needle of `depth_mm` reaches.
pub fn layer_reached(depth_mm: f32, layers: &Layers) -> Layer {
    if depth_mm <= layers.epidermis_mm {
        Layer::Epidermis
    } else if depth_mm <= layers.epidermis_mm + layers.dermis_mm {
        Layer::Dermis
    } else {
        Layer::Fat
    }
}

/// A microneedle at `NEEDLE_X` reaching `depth_mm` below the surface.
#[derive(Clone, Debug, PartialEq)]
pub struct Needle {
    pub x: f32,
    /// Where the needle starts, above the surface.
    pub top: f32,
    pub tip: f32,
}

/// The needle on the canvas, from above the surface down to `depth_mm`.
pub fn needle(geometry: &Geometry, depth_mm: f32) -> Needle {
    Needle {
        x: NEEDLE_X,
        top: geometry.surface_y - NEEDLE_ABOVE,
        tip: depth_y(geometry.surface_y, depth_mm.max(0.0)).min(geometry.bottom()),
    }
}

/// Needle depths a visitor can choose, in millimetres (0.25 to 2.5).
pub fn needle_depths() -> impl Iterator<Item = f32> {
    (1..=10).map(|step| step as f32 * 0.25)
}

#[cfg(test)]
mod tests;
