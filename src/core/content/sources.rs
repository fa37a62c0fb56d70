//! `sources.toml`: the published sources that content claims cite by id.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The list of sources. Every claim in the guide cites one or more by `id`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// One `[[source]]` table per publication.
    pub source: Vec<Source>,
}

/// A publication a claim rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short name that content uses to cite this source: lower case letters,
    /// digits and dashes, e.g. "alam-2014".
    pub id: String,
    /// The citation as visitors see it: authors, title, journal, year.
    pub citation: String,
    /// Where to read it: an https:// address (a DOI or PubMed link).
    #[serde(default)]
    pub url: Option<String>,
}
