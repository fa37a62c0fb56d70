//! The options the comparison weighs. `treatments.toml` beside site.toml
//! holds the facts and the clinic's prices; `<locale>/treatments.toml` the
//! words. Fields marked `x-words` are words (see `crate::compiler::split`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::RichText;
use crate::core::content::decode::Decode;
use crate::core::content::scars::Suitability;

/// The treatments the comparison shows. Prices are in site.toml's currency.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TreatmentsFile {
    /// One `[[treatment]]` table per option.
    #[schemars(length(min = 1))]
    pub treatment: Vec<Treatment>,
}

/// One treatment option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Treatment {
    /// A short name for this option: lower-case letters, digits and dashes, e.g. "microneedling".
    pub id: String,
    /// The name visitors read, e.g. "Non-ablative fractional laser".
    #[schemars(extend("x-words" = true))]
    pub name: String,
    /// What it is and how it works, in two or three sentences. Markdown.
    #[schemars(extend("x-words" = true))]
    pub summary: RichText,
    /// How well it suits each scar type, by the scar's id from scars.toml:
    /// good, fair, limited or not-suitable.
    pub suits: BTreeMap<String, Suitability>,
    /// Days of visible recovery (redness, swelling, crusting), fewest to most.
    pub downtime_days: DayRange,
    /// The recovery in words.
    #[schemars(extend("x-words" = true))]
    pub downtime: String,
    /// How many sessions a course usually takes, fewest to most.
    pub sessions: CountRange,
    /// Weeks between sessions, shortest to longest. Leave out for single treatments.
    #[serde(default)]
    pub weeks_apart: Option<CountRange>,
    /// The price range. Leave out when there is no typical price to give.
    #[serde(default)]
    pub price: Option<Price>,
    /// How deep it typically works below the surface, in millimetres. The scar
    /// guide offers it as a choice in its depth view. Leave out to not offer it.
    #[serde(default)]
    #[schemars(range(min = 0.02, max = 5.0))]
    pub reaches_mm: Option<f32>,
    /// How long results last: "months" (they fade and the treatment is
    /// repeated), "years" (lasting change, though skin keeps ageing),
    /// "permanent" (it stays, and so can any problem it causes) or "varies".
    pub lasts: Durability,
    /// How long results last, in a sentence.
    #[schemars(extend("x-words" = true))]
    pub results_last: String,
    /// How uncomfortable it usually is.
    pub discomfort: Level,
    /// The risk of pigment change in darker skin (Fitzpatrick IV-VI).
    pub darker_skin_risk: Level,
    /// That risk in words.
    #[schemars(extend("x-words" = true))]
    pub darker_skin: String,
    /// How likely serious or lasting problems are (scarring, granulomas,
    /// blocked blood vessels, lasting colour change): low, moderate, high,
    /// or unknown when no study gives it.
    pub serious_risk: Level,
    /// The main risks in words, e.g. "Infection; rarely, lumps
    /// (granulomas) if products not made for the skin are used."
    #[schemars(extend("x-words" = true))]
    pub main_risks: String,
    /// How strong the published evidence is for acne scars.
    pub evidence: Evidence,
    /// Source ids (from sources.toml) for these facts.
    pub sources: Vec<String>,
    /// Where "Book" on this option leads: the service's page in the clinic's
    /// booking system (https://, mailto: or tel:). Leave out to use the
    /// clinic's booking_url from site.toml. The guide adds nothing to it.
    #[serde(default)]
    pub booking_url: Option<String>,
    /// Words regulators watch (such as "permanent results") that a
    /// clinician has checked against this item's sources, e.g.
    /// reviewed_claims = ["permanent results"]. Without it they are refused.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub reviewed_claims: Vec<String>,
}

/// How long a treatment's results last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Durability {
    /// They fade within months, so the treatment is repeated (fillers).
    Months,
    /// A lasting change in the skin, though skin keeps ageing.
    Years,
    /// It stays: so does any problem it causes.
    Permanent,
    /// It depends (scar bands can re-attach after subcision).
    Varies,
}

/// A range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DayRange {
    #[schemars(range(max = 60))]
    pub min: u16,
    #[schemars(range(max = 60))]
    pub max: u16,
}

/// A range of counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CountRange {
    #[schemars(range(min = 1, max = 52))]
    pub min: u16,
    #[schemars(range(min = 1, max = 52))]
    pub max: u16,
}

/// A price range in site.toml's currency, without symbols: min = 200, max = 700.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Price {
    pub min: u32,
    pub max: u32,
    /// What the price buys: one session, a whole course, or one syringe.
    pub per: PricePer,
    /// true for an example price that is not the clinic's own: visitors see
    /// it marked as an example, and every release and Studio export warns
    /// until it is replaced. Remove it once the price is yours.
    #[serde(default)]
    pub example: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PricePer {
    Session,
    Course,
    Syringe,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Decode, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Low,
    Moderate,
    High,
    /// No study gives a level: shown as "not studied", never as low.
    Unknown,
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Decode, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Evidence {
    /// Case series and small studies.
    Limited,
    /// Several trials or a consistent body of studies.
    Moderate,
    /// Randomised trials and systematic reviews.
    Strong,
}
