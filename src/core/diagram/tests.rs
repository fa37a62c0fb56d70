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
        let g = geometry(&diagram(profile, 30.0, 2.5), &layers());
        let paths = [Some(g.surface.clone()), g.cavity.clone(), g.mound.clone()];
        for path in paths.iter().flatten() {
            for pair in numbers(path).chunks(2) {
                assert!(
                    (g.strip.0..=g.strip.1).contains(&pair[0])
                        && (0.0..=g.height).contains(&pair[1]),
                    "{profile:?} {pair:?}"
                );
            }
        }
        for label in &g.labels {
            assert!(
                label.x > g.strip.1
                    && label.x < g.width
                    && label.y - LABEL_SIZE / 2.0 > 0.0
                    && label.y + LABEL_SIZE / 2.0 < g.height,
                "{label:?}"
            );
        }
        assert!(
            g.labels
                .windows(2)
                .all(|pair| pair[1].y - pair[0].y >= LABEL_SIZE),
            "labels never overlap"
        );
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
    let needle = needle(&g, 1.0);
    assert!(needle.top < g.surface_y);
    assert!((needle.tip - (g.surface_y + 1.0 * SCALE)).abs() < 0.01);
    assert_eq!(
        super::needle(&g, 9.0).tip,
        g.bottom(),
        "never below the drawing"
    );
}
