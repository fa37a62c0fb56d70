//! `sources.toml`: what the content's claims rest on, cited by id.
//!
//! Publications are records (authors, title, where and when published, and
//! a link to the record itself), so that every citation can be checked and
//! opened; the compiler turns each into the one line and link visitors see.
//! Common practice that no publication records is written down as such.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::decode::Decode;

/// The sources file: publications, and notes on common practice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    /// One `[[source]]` table per publication.
    pub source: Vec<SourceRecord>,
    /// What providers commonly say or do where no publication records it,
    /// one `[[practice]]` table each. Cited by id like a publication, and
    /// shown as what it is.
    #[serde(default)]
    pub practice: Vec<PracticeNote>,
}

/// A publication a claim rests on.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRecord {
    /// A short name that content uses to cite this source: lower case letters,
    /// digits and dashes, e.g. "alam-2014".
    pub id: String,
    /// As the publication lists them, e.g. "Alam M, Han S, Pongprutthipan M, et al".
    pub authors: String,
    /// The article's or page's title.
    pub title: String,
    /// The journal, or the organisation that publishes the page.
    pub published_in: String,
    #[serde(default)]
    #[schemars(range(min = 1900, max = 2100))]
    pub year: Option<u16>,
    /// Volume and issue, e.g. "47(9)".
    #[serde(default)]
    pub volume: Option<String>,
    /// e.g. "1249-54".
    #[serde(default)]
    pub pages: Option<String>,
    /// The DOI, e.g. "10.1001/jamadermatol.2013.8687" (linked as https://doi.org/…).
    #[serde(default)]
    pub doi: Option<String>,
    /// The PubMed id, digits only (linked as its PubMed page).
    #[serde(default)]
    pub pmid: Option<String>,
    /// The PubMed Central id, e.g. "PMC2921757" (linked as its free full text).
    #[serde(default)]
    pub pmcid: Option<String>,
    /// For pages without a DOI or PubMed id: the page's own https:// address
    /// (never a search).
    #[serde(default)]
    pub url: Option<String>,
}

/// Common practice, cited where no publication supports a figure or advice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PracticeNote {
    /// A short name that content uses to cite it, like a source's id.
    pub id: String,
    /// What it is, as visitors read it.
    pub text: String,
}

/// A source as the widget shows it: one line, and where to read it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode)]
pub struct Source {
    pub id: String,
    pub citation: String,
    pub url: Option<String>,
}

impl SourceRecord {
    /// "Authors. Title. Journal 2021;47(9):1249-54."
    pub fn citation(&self) -> String {
        let mut text = format!(
            "{}. {}. {}",
            self.authors.trim_end_matches('.'),
            self.title.trim_end_matches('.'),
            self.published_in
        );
        if let Some(year) = self.year {
            text.push_str(&format!(" {year}"));
        }
        match (&self.volume, &self.pages) {
            (Some(volume), Some(pages)) => text.push_str(&format!(";{volume}:{pages}")),
            (Some(volume), None) => text.push_str(&format!(";{volume}")),
            (None, Some(pages)) => text.push_str(&format!(":{pages}")),
            (None, None) => {}
        }
        text.push('.');
        text
    }

    /// The record's own page: its DOI, else its free full text, else PubMed,
    /// else the page named in `url`.
    pub fn link(&self) -> Option<String> {
        fn trimmed(field: &Option<String>) -> Option<&str> {
            field.as_deref().map(str::trim).filter(|s| !s.is_empty())
        }
        if let Some(doi) = trimmed(&self.doi) {
            return Some(format!("https://doi.org/{doi}"));
        }
        if let Some(pmcid) = trimmed(&self.pmcid) {
            return Some(format!("https://pmc.ncbi.nlm.nih.gov/articles/{pmcid}/"));
        }
        if let Some(pmid) = trimmed(&self.pmid) {
            return Some(format!("https://pubmed.ncbi.nlm.nih.gov/{pmid}/"));
        }
        trimmed(&self.url).map(str::to_owned)
    }
}

impl SourcesFile {
    /// Every source as the widget shows it, publications first.
    pub fn compiled(&self) -> Vec<Source> {
        let records = self.source.iter().map(|record| Source {
            id: record.id.clone(),
            citation: record.citation(),
            url: record.link(),
        });
        let practice = self.practice.iter().map(|note| Source {
            id: note.id.clone(),
            citation: note.text.clone(),
            url: None,
        });
        records.chain(practice).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> SourceRecord {
        SourceRecord {
            id: "chu-2021".into(),
            authors: "Chu S, Foulad DP, Atanaskova Mesinkovska N".into(),
            title: "Safety profile for microneedling: a systematic review".into(),
            published_in: "Dermatologic Surgery".into(),
            year: Some(2021),
            volume: Some("47(9)".into()),
            pages: Some("1249-54".into()),
            doi: None,
            pmid: Some("34448760".into()),
            pmcid: None,
            url: None,
        }
    }

    #[test]
    fn a_record_reads_as_one_citation() {
        assert_eq!(
            record().citation(),
            "Chu S, Foulad DP, Atanaskova Mesinkovska N. Safety profile for microneedling: a systematic review. Dermatologic Surgery 2021;47(9):1249-54."
        );
        let page = SourceRecord {
            year: None,
            volume: None,
            pages: None,
            ..record()
        };
        assert!(page.citation().ends_with("review. Dermatologic Surgery."));
    }

    #[test]
    fn the_link_prefers_the_doi_then_free_full_text_then_pubmed() {
        assert_eq!(
            record().link().as_deref(),
            Some("https://pubmed.ncbi.nlm.nih.gov/34448760/")
        );
        let with_pmc = SourceRecord {
            pmcid: Some("PMC2921757".into()),
            ..record()
        };
        assert_eq!(
            with_pmc.link().as_deref(),
            Some("https://pmc.ncbi.nlm.nih.gov/articles/PMC2921757/")
        );
        let with_doi = SourceRecord {
            doi: Some("10.1097/x".into()),
            ..with_pmc
        };
        assert_eq!(
            with_doi.link().as_deref(),
            Some("https://doi.org/10.1097/x")
        );
    }

    #[test]
    fn practice_notes_follow_the_publications_without_a_link() {
        let file = SourcesFile {
            source: vec![record()],
            practice: vec![PracticeNote {
                id: "provider-consensus".into(),
                text: "What providers commonly advise.".into(),
            }],
        };
        let compiled = file.compiled();
        assert_eq!(compiled.len(), 2);
        assert_eq!(compiled[1].url, None);
        assert_eq!(compiled[1].citation, "What providers commonly advise.");
    }
}
