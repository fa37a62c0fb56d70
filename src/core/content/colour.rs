//! Brand colours: parsing them and the WCAG contrast they must meet.
//!
//! Integer arithmetic only: this runs in the widget too (host colours are
//! checked at run time), where float parsing, formatting and `powf` would add
//! tens of kilobytes to every visitor's download.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// A WCAG contrast ratio in hundredths: 450 is 4.5:1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Contrast(pub u32);

/// The WCAG AA contrast ratio for normal text.
pub const AA_NORMAL_TEXT: Contrast = Contrast(450);

pub const WHITE: Rgb = Rgb(255, 255, 255);

impl std::fmt::Display for Contrast {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{:02}:1", self.0 / 100, self.0 % 100)
    }
}

/// Each 8-bit sRGB channel value made linear, in millionths (WCAG 2's
/// formula; the test below recomputes it).
const LINEAR: [u32; 256] = [
    0, 304, 607, 911, 1214, 1518, 1821, 2125, 2428, 2732, 3035, 3347, 3677, 4025, 4391, 4777, 5182,
    5605, 6049, 6512, 6995, 7499, 8023, 8568, 9134, 9721, 10330, 10960, 11612, 12286, 12983, 13702,
    14444, 15209, 15996, 16807, 17642, 18500, 19382, 20289, 21219, 22174, 23153, 24158, 25187,
    26241, 27321, 28426, 29557, 30713, 31896, 33105, 34340, 35601, 36889, 38204, 39546, 40915,
    42311, 43735, 45186, 46665, 48172, 49707, 51269, 52861, 54480, 56128, 57805, 59511, 61246,
    63010, 64803, 66626, 68478, 70360, 72272, 74214, 76185, 78187, 80220, 82283, 84376, 86500,
    88656, 90842, 93059, 95307, 97587, 99899, 102242, 104616, 107023, 109462, 111932, 114435,
    116971, 119538, 122139, 124772, 127438, 130136, 132868, 135633, 138432, 141263, 144128, 147027,
    149960, 152926, 155926, 158961, 162029, 165132, 168269, 171441, 174647, 177888, 181164, 184475,
    187821, 191202, 194618, 198069, 201556, 205079, 208637, 212231, 215861, 219526, 223228, 226966,
    230740, 234551, 238398, 242281, 246201, 250158, 254152, 258183, 262251, 266356, 270498, 274677,
    278894, 283149, 287441, 291771, 296138, 300544, 304987, 309469, 313989, 318547, 323143, 327778,
    332452, 337164, 341914, 346704, 351533, 356400, 361307, 366253, 371238, 376262, 381326, 386429,
    391572, 396755, 401978, 407240, 412543, 417885, 423268, 428690, 434154, 439657, 445201, 450786,
    456411, 462077, 467784, 473531, 479320, 485150, 491021, 496933, 502886, 508881, 514918, 520996,
    527115, 533276, 539479, 545724, 552011, 558340, 564712, 571125, 577580, 584078, 590619, 597202,
    603827, 610496, 617207, 623960, 630757, 637597, 644480, 651406, 658375, 665387, 672443, 679542,
    686685, 693872, 701102, 708376, 715694, 723055, 730461, 737910, 745404, 752942, 760525, 768151,
    775822, 783538, 791298, 799103, 806952, 814847, 822786, 830770, 838799, 846873, 854993, 863157,
    871367, 879622, 887923, 896269, 904661, 913099, 921582, 930111, 938686, 947307, 955973, 964686,
    973445, 982251, 991102, 1000000,
];

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

    /// Reads a colour as browsers report computed values: `rgb(r, g, b)`,
    /// `rgba(r, g, b, a)`, or `color(srgb r g b)` with channels from 0 to 1
    /// (what `color-mix(in srgb, …)` gives, whichever way the colour was
    /// written). Alpha is ignored.
    pub fn parse_computed(text: &str) -> Option<Rgb> {
        let text = text.trim();
        let (inside, unit) = if let Some(rest) = text.strip_prefix("color(srgb ") {
            (rest, 255)
        } else if let Some(rest) = text.strip_prefix("rgba(").or(text.strip_prefix("rgb(")) {
            (rest, 1)
        } else {
            return None;
        };
        let inside = inside.strip_suffix(')')?.split('/').next()?;
        let mut channels = inside
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|part| !part.is_empty())
            .map(|part| scaled(part, unit));
        Some(Rgb(channels.next()??, channels.next()??, channels.next()??))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it, in millionths.
    pub fn luminance(self) -> u32 {
        let linear = |channel: u8| u64::from(LINEAR[usize::from(channel)]);
        let sum = 2126 * linear(self.0) + 7152 * linear(self.1) + 722 * linear(self.2);
        (sum / 10_000) as u32
    }

    /// The WCAG contrast ratio between two colours, from 1:1 to 21:1
    /// (rounded down, so a colour never passes by rounding).
    pub fn contrast(self, other: Rgb) -> Contrast {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        Contrast((light + 50_000) * 100 / (dark + 50_000))
    }

    /// The nearest shade of this colour (darker or lighter, whichever moves
    /// away from `against`) that reaches `ratio` against `against`.
    pub fn nearest_with_contrast(self, against: Rgb, ratio: Contrast) -> Rgb {
        let towards: u8 = if against.luminance() > 500_000 {
            0
        } else {
            255
        };
        let mix = |from: u8, percent: u32| {
            let (from, to) = (u32::from(from), u32::from(towards));
            let mixed = if to > from {
                from + ((to - from) * percent + 50) / 100
            } else {
                from - ((from - to) * percent + 50) / 100
            };
            mixed as u8
        };
        (0..=100)
            .map(|percent| {
                Rgb(
                    mix(self.0, percent),
                    mix(self.1, percent),
                    mix(self.2, percent),
                )
            })
            .find(|shade| shade.contrast(against) >= ratio)
            .unwrap_or(Rgb(towards, towards, towards))
    }
}

/// "0.972549" of `unit` (255 for `color(srgb …)`, 1 for `rgb(…)`) as a
/// channel value, rounded and clamped to 0..=255. Browsers write tiny or
/// out-of-gamut values as "1e-06" or "-0.01": both count as 0.
fn scaled(number: &str, unit: u64) -> Option<u8> {
    if number.contains("e-") || number.starts_with('-') {
        return Some(0);
    }
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    // Six decimals are more than a channel needs.
    let fraction: String = fraction
        .chars()
        .chain(std::iter::repeat('0'))
        .take(6)
        .collect();
    let whole = whole.parse::<u64>().unwrap_or(0).min(1_000);
    let millionths = whole * 1_000_000 + fraction.parse::<u64>().ok()?;
    Some(((millionths * unit + 500_000) / 1_000_000).min(255) as u8)
}

/// Why a host's own brand colours (`--sg-accent`, `--sg-on-accent`) were
/// set aside: the same rules the compiler holds the content's colours to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Links and icons in the accent colour on the widget's background.
    AccentOnSurface(Contrast),
    /// Button text on the accent colour.
    TextOnAccent(Contrast),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::AccentOnSurface(ratio) => write!(
                f,
                "the accent colour is too light to read on the guide's background ({ratio}; WCAG AA needs {AA_NORMAL_TEXT})"
            ),
            Unreadable::TextOnAccent(ratio) => write!(
                f,
                "text on the accent colour is hard to read ({ratio}; WCAG AA needs {AA_NORMAL_TEXT})"
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
    fn the_table_is_wcags_formula() {
        for (channel, &table) in LINEAR.iter().enumerate() {
            let c = channel as f64 / 255.0;
            let linear = if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            };
            assert_eq!(table, (linear * 1e6).round() as u32, "{channel}");
        }
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert_eq!(Rgb(0, 0, 0).contrast(WHITE), Contrast(2100));
        assert_eq!(WHITE.contrast(WHITE), Contrast(100));
        // #767676 on white is the classic just-passing grey (4.54:1).
        assert_eq!(Rgb(0x76, 0x76, 0x76).contrast(WHITE), Contrast(454));
        assert_eq!(Rgb(0x77, 0x77, 0x77).contrast(WHITE).to_string(), "4.47:1");
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
