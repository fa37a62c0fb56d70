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

/// Each 8-bit sRGB channel value made linear, in 65535ths (WCAG 2's
/// formula; a test below recomputes it). Half the size of millionths, and
/// as exact as the contrast rule needs.
const LINEAR: [u16; 256] = [
    0, 20, 40, 60, 80, 99, 119, 139, 159, 179, 199, 219, 241, 264, 288, 313, 340, 367, 396, 427,
    458, 491, 526, 562, 599, 637, 677, 718, 761, 805, 851, 898, 947, 997, 1048, 1101, 1156, 1212,
    1270, 1330, 1391, 1453, 1517, 1583, 1651, 1720, 1790, 1863, 1937, 2013, 2090, 2170, 2250, 2333,
    2418, 2504, 2592, 2681, 2773, 2866, 2961, 3058, 3157, 3258, 3360, 3464, 3570, 3678, 3788, 3900,
    4014, 4129, 4247, 4366, 4488, 4611, 4736, 4864, 4993, 5124, 5257, 5392, 5530, 5669, 5810, 5953,
    6099, 6246, 6395, 6547, 6700, 6856, 7014, 7174, 7335, 7500, 7666, 7834, 8004, 8177, 8352, 8528,
    8708, 8889, 9072, 9258, 9445, 9635, 9828, 10022, 10219, 10417, 10619, 10822, 11028, 11235,
    11446, 11658, 11873, 12090, 12309, 12530, 12754, 12980, 13209, 13440, 13673, 13909, 14146,
    14387, 14629, 14874, 15122, 15371, 15623, 15878, 16135, 16394, 16656, 16920, 17187, 17456,
    17727, 18001, 18277, 18556, 18837, 19121, 19407, 19696, 19987, 20281, 20577, 20876, 21177,
    21481, 21787, 22096, 22407, 22721, 23038, 23357, 23678, 24002, 24329, 24658, 24990, 25325,
    25662, 26001, 26344, 26688, 27036, 27386, 27739, 28094, 28452, 28813, 29176, 29542, 29911,
    30282, 30656, 31033, 31412, 31794, 32179, 32567, 32957, 33350, 33745, 34143, 34544, 34948,
    35355, 35764, 36176, 36591, 37008, 37429, 37852, 38278, 38706, 39138, 39572, 40009, 40449,
    40891, 41337, 41785, 42236, 42690, 43147, 43606, 44069, 44534, 45002, 45473, 45947, 46423,
    46903, 47385, 47871, 48359, 48850, 49344, 49841, 50341, 50844, 51349, 51858, 52369, 52884,
    53401, 53921, 54445, 54971, 55500, 56032, 56567, 57105, 57646, 58190, 58737, 59287, 59840,
    60396, 60955, 61517, 62082, 62650, 63221, 63795, 64372, 64952, 65535,
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

    /// Reads a computed colour as browsers report `color-mix(in srgb, …)`:
    /// `color(srgb r g b)`, channels from 0 to 1, whichever way the colour
    /// was written. Alpha is ignored; anything else is `None`.
    pub fn parse_computed(text: &str) -> Option<Rgb> {
        let inside = text.trim().strip_prefix("color(srgb ")?.strip_suffix(')')?;
        let mut channels = inside
            .split('/')
            .next()?
            .split_whitespace()
            .map(channel_from_fraction);
        Some(Rgb(channels.next()??, channels.next()??, channels.next()??))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it, in millionths.
    pub fn luminance(self) -> u32 {
        let linear = |channel: u8| u64::from(LINEAR[usize::from(channel)]);
        let sum = 2126 * linear(self.0) + 7152 * linear(self.1) + 722 * linear(self.2);
        (sum * 100 / 65_535) as u32
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

/// "0.972549" of 255 as a channel value, rounded and clamped to 0..=255.
/// Browsers write tiny or out-of-gamut values as "1e-06" or "-0.01": both
/// count as 0.
fn channel_from_fraction(number: &str) -> Option<u8> {
    if number.contains("e-") || number.starts_with('-') {
        return Some(0);
    }
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    // In thousandths: more than a channel's 1/255 needs.
    let thousandths = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |sum, digit| sum * 10 + u32::from(digit - b'0'));
    if whole.trim_start_matches('0').is_empty() {
        Some(((thousandths * 255 + 500) / 1000) as u8)
    } else {
        Some(255)
    }
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
            assert_eq!(table, (linear * 65535.0).round() as u16, "{channel}");
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
