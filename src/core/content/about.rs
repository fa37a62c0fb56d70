//! `<locale>/about.toml`: who wrote a language's words and which clinician
//! checked them, and when. Per locale, since a translation has its own
//! author and needs its own review.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::decode::Decode;

/// Where this language's content comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct About {
    /// Who wrote (or translated) this language's words: a person or a team,
    /// e.g. "Lumen Skin Studio's care team". Shown at the foot of the guide.
    pub author: String,
    /// The clinician's review of this language's medical content. Leave it
    /// out until a clinician has reviewed it: the guide then says it is not
    /// yet reviewed rather than claiming a review.
    #[serde(default)]
    pub review: Option<Review>,
}

/// The clinician who reviewed the medical content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The reviewer's name with credentials, e.g. "Dr. Ana Ruiz, MD, FAAD".
    pub reviewer: String,
    /// The date of the last review, written as a TOML date: 2026-11-01 (no quotes).
    pub reviewed_on: String,
    /// When the content is due for review again: within three years of
    /// `reviewed_on`. Every build warns once it has passed.
    pub next_review: String,
}
