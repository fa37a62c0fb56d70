//! The scar types, with what a diagram of each needs. `scars.toml` beside
//! site.toml holds the facts; `<locale>/scars.toml` the words. Fields marked
//! `x-words` are words (see `crate::compiler::split`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::RichText;
use crate::core::content::decode::Decode;

/// The scar types the guide explains, in the order it shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScarsFile {
    /// How thick the skin's layers are drawn in every diagram.
    pub layers: Layers,
    /// One `[[scar]]` table per type.
    #[schemars(length(min = 1))]
    pub scar: Vec<ScarType>,
}

/// The skin's layer thicknesses in millimetres, as every diagram draws them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Layers {
    /// The outer layer; about 0.1 mm on the cheek.
    #[schemars(range(min = 0.02, max = 1.0))]
    pub epidermis_mm: f32,
    /// The collagen-rich layer beneath; roughly 1 to 2 mm on the face.
    #[schemars(range(min = 0.5, max = 4.0))]
    pub dermis_mm: f32,
    /// How much of the fat beneath to show.
    #[schemars(range(min = 0.5, max = 4.0))]
    pub fat_mm: f32,
}

/// One type of scar (or mark).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScarType {
    /// A short name other files use for this type: lower-case letters, digits
    /// and dashes, e.g. "rolling". Treatments and quiz answers refer to it.
    pub id: String,
    /// The type's name as visitors read it, e.g. "Rolling scars".
    #[schemars(extend("x-words" = true))]
    pub name: String,
    /// Sunken (atrophic), raised, or a colour change that is not a contour scar.
    pub group: ScarGroup,
    /// What it looks like. Markdown.
    #[schemars(extend("x-words" = true))]
    pub looks_like: RichText,
    /// Checks a visitor can do in a mirror, one per line.
    #[schemars(extend("x-words" = true))]
    pub how_to_tell: Vec<String>,
    /// How common it is, in a sentence.
    #[schemars(extend("x-words" = true))]
    pub how_common: String,
    /// Why microneedling helps this type as well as it does, in a sentence
    /// or two. (How well: the `suits` of the quiz's treatment in
    /// treatments.toml, so that the guide and the comparison agree.)
    #[schemars(extend("x-words" = true))]
    pub microneedling_note: String,
    /// What works better, or alongside. Markdown.
    #[schemars(extend("x-words" = true))]
    pub better_options: RichText,
    pub diagram: Diagram,
    /// What the diagram shows, for visitors who cannot see it.
    #[schemars(extend("x-words" = true))]
    pub diagram_alt: String,
    /// Source ids (from sources.toml) for the facts about this type.
    pub sources: Vec<String>,
    /// Words regulators watch (such as "permanent results") that a
    /// clinician has checked against this item's sources, e.g.
    /// reviewed_claims = ["permanent results"]. Without it they are refused.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub reviewed_claims: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ScarGroup {
    /// Sunken below the surrounding skin: ice pick, boxcar, rolling.
    Atrophic,
    /// Raised above it: hypertrophic, keloid.
    Raised,
    /// Flat marks of colour: brown or red marks after acne.
    Colour,
}

/// How well a treatment suits a scar type.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Decode, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Suitability {
    /// Not a treatment for this type, or may make it worse.
    NotSuitable,
    /// Helps a little.
    Limited,
    /// Helps, often alongside something else.
    Fair,
    /// One of the best options for this type.
    Good,
}

impl Suitability {
    /// Its name in content files and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Suitability::NotSuitable => "not-suitable",
            Suitability::Limited => "limited",
            Suitability::Fair => "fair",
            Suitability::Good => "good",
        }
    }
}

/// The scar's cross-section, drawn to scale from these numbers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diagram {
    /// The outline of the scar.
    pub profile: Profile,
    /// How wide the scar is at the surface, in millimetres. The drawing shows
    /// an 11 mm strip of skin, so 9 mm is the widest it can show to scale.
    #[schemars(range(min = 0.0, max = 9.0))]
    pub width_mm: f32,
    /// How deep it reaches below the surface (or, for raised scars, how high
    /// it rises above it), in millimetres. 0 for flat marks.
    #[schemars(range(min = 0.0, max = 6.0))]
    pub depth_mm: f32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// Narrow and deep, tapering to a point.
    IcePick,
    /// Flat-bottomed with steep edges.
    Boxcar,
    /// Wide, gentle waves pulled down by bands beneath.
    Rolling,
    /// A raised mound within the original spot.
    Hypertrophic,
    /// A raised growth spreading beyond the original spot.
    Keloid,
    /// No change in contour: colour only.
    Flat,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CSS classes use the names content files use: one list of names.
    #[test]
    fn a_suitability_s_key_is_its_name_in_content_files() {
        for suitability in [
            Suitability::NotSuitable,
            Suitability::Limited,
            Suitability::Fair,
            Suitability::Good,
        ] {
            let name = serde_json::to_string(&suitability).unwrap();
            assert_eq!(name, format!("\"{}\"", suitability.key()));
        }
    }
}
