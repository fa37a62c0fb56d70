//! `site.toml`: settings shared by every locale (the clinic, its brand, the
//! default locale and the reading level).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::decode::Decode;

/// Settings shared by every language of the guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteFile {
    /// The language the guide shows when the visitor's is not available: the
    /// name of a folder beside this file, such as "en".
    pub default_locale: String,
    /// The currency of every price and budget, as its three-letter ISO 4217
    /// code: "USD", "MXN", "EUR", "GBP". Visitors read amounts written their
    /// own language's way ("$1,000", "1000 €").
    pub currency: String,
    pub clinic: Clinic,
    pub brand: Brand,
    /// The highest US school grade a visitor should need to read the content
    /// (Flesch-Kincaid, English for now). Longer texts above it are reported
    /// as warnings. Leave out for 8, the usual aim for health information.
    #[serde(default)]
    #[schemars(range(min = 4, max = 16))]
    pub reading_grade: Option<u8>,
}

impl SiteFile {
    pub const DEFAULT_READING_GRADE: u8 = 8;
}

/// The clinic that hosts the guide.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Clinic {
    /// The clinic's name as visitors know it.
    pub name: String,
    /// A logo image beside the name: the name of an image file placed beside
    /// site.toml, such as "logo.svg". Leave out to show a simple mark in the
    /// brand colour.
    #[serde(default)]
    pub logo: Option<String>,
    /// Where "Book a consultation" leads: an https:// address, a mailto: or a tel: link.
    #[serde(default)]
    pub booking_url: Option<String>,
    /// The clinic's phone number as visitors should dial it, e.g. "+1 555 010 0199".
    #[serde(default)]
    pub phone: Option<String>,
}

/// The guide's look. Host pages can still override these with CSS custom
/// properties (see EMBED.md).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// The brand colour for buttons, icons and links, as "#rrggbb". It must be
    /// dark enough to read on white (contrast 4.5:1 or more).
    pub accent: String,
    /// The colour of text drawn on the brand colour, as "#rrggbb" (usually
    /// "#ffffff"). It must contrast 4.5:1 or more with `accent`.
    pub accent_text: String,
    /// Font for body text, as a CSS font-family list. Leave out for the
    /// visitor's own system font. Name only fonts your site already loads:
    /// the guide never fetches fonts from elsewhere.
    #[serde(default)]
    pub font: Option<String>,
    /// Font for headings, as a CSS font-family list. Leave out for a classic serif.
    #[serde(default)]
    pub heading_font: Option<String>,
    /// Corner roundness of cards and buttons in pixels, 0 (square) to 32.
    #[schemars(range(max = 32))]
    pub corner_radius: u8,
}
