//! Cross-sections of the skin with a scar, drawn to scale from a scar's
//! diagram parameters (profile, width, depth) and the skin's layer
//! thicknesses. Pure geometry: the UI turns it into SVG elements.
//!
//! Every diagram uses the same scale, so scars can be compared by eye: the
//! canvas shows a 14 mm wide strip of skin, 2.5 mm of air above it (for
//! raised scars) and the epidermis, dermis and fat below.

use std::f32::consts::PI;

use crate::core::content::scars::{Diagram, Layers, Profile};

/// Canvas units per millimetre of skin.
pub const SCALE: f32 = 20.0;
pub const WIDTH: f32 = 320.0;
const MARGIN_X: f32 = 16.0;
const MARGIN_TOP: f32 = 8.0;
const MARGIN_BOTTOM: f32 = 8.0;
/// Room above the surface for raised scars, in millimetres.
const HEADROOM_MM: f32 = 2.5;
/// The scar sits left of centre, leaving room on the right for the needle.
const SCAR_X: f32 = 140.0;
pub const NEEDLE_X: f32 = 272.0;

/// The skin's layers, from the surface down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Epidermis,
    Dermis,
    Fat,
}

/// One horizontal layer of the cross-section.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub layer: Layer,
    pub top: f32,
    pub bottom: f32,
}

/// A text label and where it goes (its left end, on its baseline).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub layer: Layer,
    pub x: f32,
    pub y: f32,
}

/// Everything needed to draw one scar's cross-section, in canvas units.
#[derive(Clone, Debug, PartialEq)]
pub struct Geometry {
    pub width: f32,
    pub height: f32,
    pub surface_y: f32,
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
    let (w, d) = (diagram.width_mm.max(0.0), diagram.depth_mm.max(0.0));
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
        Profile::Rolling => sample(&|t| d * (1.0 + (PI * t).cos()) / 2.0),
        Profile::Hypertrophic => sample(&|t| -d * ((1.0 + (PI * t).cos()) / 2.0).sqrt()),
        Profile::Keloid => sample(&|t| -d * (1.0 - t.powi(4))),
        Profile::Flat => vec![(-half, 0.0), (half, 0.0)],
    }
}

/// Lays out one scar's cross-section.
pub fn geometry(diagram: &Diagram, layers: &Layers) -> Geometry {
    let surface_y = MARGIN_TOP + HEADROOM_MM * SCALE;
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
        decimal(MARGIN_X),
        decimal(surface_y),
        line(&points),
        decimal(WIDTH - MARGIN_X),
        decimal(surface_y)
    );
    let first = points.first().copied().unwrap_or((SCAR_X, surface_y));
    let closed = format!(
        "M{} {} {} Z",
        decimal(first.0),
        decimal(first.1),
        line(&points[1..])
    );

    let sunken = diagram.depth_mm > 0.0
        && matches!(
            diagram.profile,
            Profile::IcePick | Profile::Boxcar | Profile::Rolling
        );
    let raised = diagram.depth_mm > 0.0
        && matches!(diagram.profile, Profile::Hypertrophic | Profile::Keloid);
    let half = diagram.width_mm * SCALE / 2.0;

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

    let labels = bands
        .iter()
        .map(|band| {
            // The epidermis is too thin to hold text: its label sits just above it.
            let y = match band.layer {
                Layer::Epidermis => band.top - 4.0,
                _ => (band.top + band.bottom) / 2.0 + 4.0,
            };
            Label {
                layer: band.layer,
                x: MARGIN_X + 2.0,
                y,
            }
        })
        .collect();

    Geometry {
        width: WIDTH,
        height,
        surface_y,
        surface,
        cavity: sunken.then(|| closed.clone()),
        mound: raised.then_some(closed),
        pigment: (diagram.profile == Profile::Flat).then(|| {
            (
                SCAR_X - half,
                surface_y,
                half * 2.0,
                (layers.epidermis_mm * SCALE).max(1.5),
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

/// The needle's line on the canvas, from the surface to `depth_mm` (x, y1, y2).
pub fn needle(geometry: &Geometry, depth_mm: f32) -> (f32, f32, f32) {
    let tip = depth_y(geometry.surface_y, depth_mm).min(geometry.bottom());
    (NEEDLE_X, geometry.surface_y, tip)
}

/// Needle depths a visitor can choose, in millimetres (0.25 to 2.5).
pub fn needle_depths() -> impl Iterator<Item = f32> {
    (1..=10).map(|step| step as f32 * 0.25)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layers() -> Layers {
        Layers {
            epidermis_mm: 0.1,
            dermis_mm: 1.8,
            fat_mm: 1.5,
        }
    }

    fn diagram(profile: Profile, width_mm: f32, depth_mm: f32) -> Diagram {
        Diagram {
            profile,
            width_mm,
            depth_mm,
        }
    }

    /// Every number in an SVG path.
    fn numbers(path: &str) -> Vec<f32> {
        path.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter_map(|n| n.parse().ok())
            .collect()
    }

    #[test]
    fn layers_are_drawn_to_scale_from_the_surface_down() {
        let g = geometry(&diagram(Profile::Boxcar, 3.0, 0.5), &layers());
        let thickness: Vec<f32> = g.bands.iter().map(|b| b.bottom - b.top).collect();
        assert_eq!(thickness, [0.1 * SCALE, 1.8 * SCALE, 1.5 * SCALE]);
        assert_eq!(g.bands[0].top, g.surface_y);
        assert!(g.bands.windows(2).all(|pair| pair[0].bottom == pair[1].top));
        assert!(g.height > g.bottom());
    }

    #[test]
    fn a_sunken_scar_reaches_its_depth_and_width() {
        for (profile, width, depth) in [
            (Profile::IcePick, 1.2, 2.0),
            (Profile::Boxcar, 3.0, 0.5),
            (Profile::Rolling, 6.0, 0.5),
        ] {
            let g = geometry(&diagram(profile, width, depth), &layers());
            let ys: Vec<f32> = numbers(g.cavity.as_deref().unwrap())
                .chunks(2)
                .map(|p| p[1])
                .collect();
            let xs: Vec<f32> = numbers(g.cavity.as_deref().unwrap())
                .chunks(2)
                .map(|p| p[0])
                .collect();
            let deepest = ys.iter().cloned().fold(f32::MIN, f32::max);
            assert!(
                (deepest - (g.surface_y + depth * SCALE)).abs() < 0.2,
                "{profile:?}"
            );
            let span = xs.iter().cloned().fold(f32::MIN, f32::max)
                - xs.iter().cloned().fold(f32::MAX, f32::min);
            assert!((span - width * SCALE).abs() < 0.2, "{profile:?}");
            assert!(g.mound.is_none());
        }
    }

    #[test]
    fn an_ice_pick_scar_reaches_the_deep_dermis_or_beyond() {
        let layers = layers();
        assert_eq!(layer_reached(2.0, &layers), Layer::Fat);
        assert_eq!(layer_reached(1.5, &layers), Layer::Dermis);
        assert_eq!(layer_reached(0.05, &layers), Layer::Epidermis);
    }

    #[test]
    fn raised_scars_rise_above_the_surface_within_the_canvas() {
        let g = geometry(&diagram(Profile::Keloid, 8.0, 2.5), &layers());
        let ys: Vec<f32> = numbers(g.mound.as_deref().unwrap())
            .chunks(2)
            .map(|p| p[1])
            .collect();
        let highest = ys.iter().cloned().fold(f32::MAX, f32::min);
        assert!((highest - (g.surface_y - 2.5 * SCALE)).abs() < 0.2);
        assert!(highest >= 0.0);
        let (left, right) = g.original_edges.unwrap();
        assert!(
            right - left < 8.0 * SCALE,
            "a keloid spreads beyond the original spot"
        );
        assert!(g.cavity.is_none());
    }

    #[test]
    fn rolling_scars_show_their_tethers_down_to_the_fat() {
        let g = geometry(&diagram(Profile::Rolling, 6.0, 0.5), &layers());
        assert_eq!(g.tethers.len(), 3);
        for (_, _, _, y2) in &g.tethers {
            assert_eq!(*y2, g.bands[2].top);
        }
    }

    #[test]
    fn flat_marks_change_colour_not_contour() {
        let g = geometry(&diagram(Profile::Flat, 4.0, 0.0), &layers());
        assert!(g.cavity.is_none() && g.mound.is_none());
        let (_, y, width, _) = g.pigment.unwrap();
        assert_eq!(y, g.surface_y);
        assert_eq!(width, 4.0 * SCALE);
    }

    #[test]
    fn everything_stays_inside_the_canvas() {
        for profile in [
            Profile::IcePick,
            Profile::Boxcar,
            Profile::Rolling,
            Profile::Hypertrophic,
            Profile::Keloid,
            Profile::Flat,
        ] {
            let g = geometry(&diagram(profile, 8.0, 2.5), &layers());
            let paths = [Some(g.surface.clone()), g.cavity.clone(), g.mound.clone()];
            for path in paths.iter().flatten() {
                for pair in numbers(path).chunks(2) {
                    assert!(
                        (0.0..=g.width).contains(&pair[0]) && (0.0..=g.height).contains(&pair[1]),
                        "{profile:?} {pair:?}"
                    );
                }
            }
            for label in &g.labels {
                assert!(
                    label.x >= 0.0 && label.x < g.width && label.y > 8.0 && label.y < g.height,
                    "{label:?}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_written_without_float_formatting() {
        assert_eq!(
            [decimal(68.0), decimal(12.34), decimal(-2.06), decimal(0.04)],
            ["68", "12.3", "-2.1", "0"]
        );
        assert_eq!(
            [millimetres(0.25), millimetres(1.0), millimetres(2.5)],
            ["0.25", "1", "2.5"]
        );
    }

    #[test]
    fn the_needle_goes_from_the_surface_to_its_depth() {
        let g = geometry(&diagram(Profile::Boxcar, 3.0, 0.5), &layers());
        let depths: Vec<f32> = needle_depths().collect();
        assert_eq!((depths[0], *depths.last().unwrap()), (0.25, 2.5));
        let (_, top, tip) = needle(&g, 1.0);
        assert_eq!(top, g.surface_y);
        assert!((tip - (g.surface_y + 1.0 * SCALE)).abs() < 0.01);
    }
}
