//! Brand colours: parsing "#rrggbb" and the WCAG contrast they must meet.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The WCAG AA contrast ratio for normal text.
pub const AA_NORMAL_TEXT: f64 = 4.5;

impl Rgb {
    /// Reads "#rrggbb" or "#rgb" (any case). Anything else is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            6 => Some(Rgb(
                channel(&hex[0..2])?,
                channel(&hex[2..4])?,
                channel(&hex[4..6])?,
            )),
            3 => {
                let double = |i: usize| channel(&hex[i..=i].repeat(2));
                Some(Rgb(double(0)?, double(1)?, double(2)?))
            }
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it.
    pub fn luminance(self) -> f64 {
        let linear = |channel: u8| {
            let c = f64::from(channel) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// The WCAG contrast ratio between two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }

    /// The nearest shade of this colour (darker or lighter, whichever moves
    /// away from `against`) that reaches `ratio` against `against`.
    pub fn nearest_with_contrast(self, against: Rgb, ratio: f64) -> Rgb {
        let towards: u8 = if against.luminance() > 0.5 { 0 } else { 255 };
        let mix = |from: u8, t: f64| {
            (f64::from(from) + (f64::from(towards) - f64::from(from)) * t).round() as u8
        };
        (0..=100)
            .map(|step| {
                let t = f64::from(step) / 100.0;
                Rgb(mix(self.0, t), mix(self.1, t), mix(self.2, t))
            })
            .find(|shade| shade.contrast(against) >= ratio)
            .unwrap_or(Rgb(towards, towards, towards))
    }
}

pub const WHITE: Rgb = Rgb(255, 255, 255);

impl Rgb {
    /// Reads a colour as browsers report computed values: `rgb(r, g, b)`,
    /// `rgba(r, g, b, a)`, or `color(srgb r g b)` with channels from 0 to 1
    /// (what `color-mix(in srgb, …)` gives, whatever the colour was written
    /// as). Alpha is ignored.
    pub fn parse_computed(text: &str) -> Option<Rgb> {
        let text = text.trim();
        let (inside, scale) = if let Some(rest) = text.strip_prefix("color(srgb ") {
            (rest, 255.0)
        } else if let Some(rest) = text.strip_prefix("rgba(").or(text.strip_prefix("rgb(")) {
            (rest, 1.0)
        } else {
            return None;
        };
        let inside = inside.strip_suffix(')')?.split('/').next()?;
        let mut channels = inside
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|part| !part.is_empty())
            .map(|part| part.parse::<f64>().ok())
            .map(|value| value.map(|v| (v * scale).round().clamp(0.0, 255.0) as u8));
        Some(Rgb(channels.next()??, channels.next()??, channels.next()??))
    }
}

/// Why a host's own brand colours (`--sg-accent`, `--sg-on-accent`) were
/// set aside: the same rules the compiler holds the content's colours to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Unreadable {
    /// Links and icons in the accent colour on the widget's background.
    AccentOnSurface(f64),
    /// Button text on the accent colour.
    TextOnAccent(f64),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::AccentOnSurface(ratio) => write!(
                f,
                "the accent colour is too light to read on the guide's background ({ratio:.2}:1; WCAG AA needs 4.5:1)"
            ),
            Unreadable::TextOnAccent(ratio) => write!(
                f,
                "text on the accent colour is hard to read ({ratio:.2}:1; WCAG AA needs 4.5:1)"
            ),
        }
    }
}

/// Checks the colours the widget would draw with: the accent against the
/// background it sits on, and the text drawn on the accent.
pub fn check_readable(accent: Rgb, on_accent: Rgb, surface: Rgb) -> Result<(), Unreadable> {
    let on_surface = accent.contrast(surface);
    if on_surface < AA_NORMAL_TEXT {
        return Err(Unreadable::AccentOnSurface(on_surface));
    }
    let text = accent.contrast(on_accent);
    if text < AA_NORMAL_TEXT {
        return Err(Unreadable::TextOnAccent(text));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_long_and_short_hex() {
        assert_eq!(Rgb::parse("#2B6A5D"), Some(Rgb(0x2b, 0x6a, 0x5d)));
        assert_eq!(Rgb::parse("#fff"), Some(WHITE));
        for bad in ["2b6a5d", "#2b6a5", "#ggg", "teal", "", "#2b6a5d00"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((Rgb(0, 0, 0).contrast(WHITE) - 21.0).abs() < 1e-9);
        assert!((WHITE.contrast(WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic just-passing grey (4.54:1).
        let grey = Rgb(0x76, 0x76, 0x76).contrast(WHITE);
        assert!(grey > 4.5 && grey < 4.6, "{grey}");
    }

    #[test]
    fn reads_computed_colours() {
        let pink = Some(Rgb(0xf8, 0xc8, 0xdc));
        assert_eq!(Rgb::parse_computed("rgb(248, 200, 220)"), pink);
        assert_eq!(Rgb::parse_computed("rgba(248, 200, 220, 0.5)"), pink);
        assert_eq!(
            Rgb::parse_computed("color(srgb 0.972549 0.784314 0.862745)"),
            pink
        );
        assert_eq!(
            Rgb::parse_computed("color(srgb 0.972549 0.784314 0.862745 / 0.5)"),
            pink
        );
        for bad in [
            "",
            "pink",
            "oklch(0.8 0.1 0)",
            "rgb(1, 2)",
            "color(display-p3 1 0 0)",
        ] {
            assert_eq!(Rgb::parse_computed(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_pale_host_accent_is_unreadable_with_white_text() {
        let pink = Rgb::parse("#f8c8dc").unwrap();
        assert!(matches!(
            check_readable(pink, WHITE, WHITE),
            Err(Unreadable::AccentOnSurface(_))
        ));
        let plum = Rgb::parse("#7a1f5c").unwrap();
        assert_eq!(check_readable(plum, WHITE, WHITE), Ok(()));
        // A dark accent with dark text on it fails on the text.
        assert!(matches!(
            check_readable(plum, Rgb(0x0c, 0x1f, 0x1b), WHITE),
            Err(Unreadable::TextOnAccent(_))
        ));
    }

    #[test]
    fn suggests_a_shade_that_passes() {
        let pale = Rgb::parse("#7fd1c0").unwrap();
        assert!(pale.contrast(WHITE) < AA_NORMAL_TEXT);
        let fixed = pale.nearest_with_contrast(WHITE, AA_NORMAL_TEXT);
        assert!(fixed.contrast(WHITE) >= AA_NORMAL_TEXT);
        assert!(fixed.luminance() < pale.luminance());
    }
}
