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
    fn suggests_a_shade_that_passes() {
        let pale = Rgb::parse("#7fd1c0").unwrap();
        assert!(pale.contrast(WHITE) < AA_NORMAL_TEXT);
        let fixed = pale.nearest_with_contrast(WHITE, AA_NORMAL_TEXT);
        assert!(fixed.contrast(WHITE) >= AA_NORMAL_TEXT);
        assert!(fixed.luminance() < pale.luminance());
    }
}
