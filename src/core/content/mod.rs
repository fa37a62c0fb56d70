//! The content schema: every word, setting and fact a visitor sees, as Rust
//! types. Defined once, used three ways:
//! - the content compiler reads marketers' TOML files into these types and
//!   checks them (`crate::compiler`, at build time and in the Content Studio);
//! - `schemars` derives the JSON Schema editors use to check files as they type;
//! - the browser loads the compiled form (postcard) into the same types.
//!
//! Types are lenient where a mistake can be described better later: colours,
//! URLs and dates are strings here and are checked by the compiler, so that one
//! run reports every mistake rather than stopping at the first.

pub mod about;
pub mod colour;
pub mod decode;
pub mod locale;
pub mod quiz;
pub mod rich_text;
pub mod scars;
pub mod site;
pub mod sources;
pub mod treatments;
pub mod ui_text;

use serde::{Deserialize, Serialize};

use decode::{Decode, Reader};

use crate::core::locale_format::LocaleFormat;
use crate::core::template::fill;

pub use about::{About, Review};
pub use quiz::{Answer, Concern, Question, QuizFile};
pub use rich_text::{Block, Inline, RichText};
pub use scars::{ScarType, ScarsFile, Suitability};
pub use site::{Brand, Clinic, SiteFile};
pub use sources::{Source, SourcesFile};
pub use treatments::{Treatment, TreatmentsFile};
pub use ui_text::{Journey, Journeys, UiText};

/// What the browser loads for one locale: the shared site settings and
/// sources together with that locale's words. Written by the compiler as
/// `content/<locale>.bin` (postcard, which the widget loads) and
/// `content/<locale>.json` (the same, readable, for people and tests).
/// `content/index.bin` is the default locale's file under a name that always
/// exists, so a widget that knows nothing about a content folder can ask for
/// it without risking a 404, and learn from `locales` what else is there.
///
/// The binary form has no field names, so `format` comes first and changes
/// whenever these types do: the widget reads it before anything else.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode)]
pub struct Content {
    /// The compiled format's version; the widget refuses any other.
    pub format: u32,
    pub locale: String,
    /// Every locale the content folder holds, so that the widget never has
    /// to probe for one (a probe's 404 breaks cross-origin embeds).
    pub locales: Vec<String>,
    /// The name of each of `locales` in its own language ("Español"), in
    /// the same order: the guide's language menu.
    pub language_names: Vec<String>,
    pub site: SiteFile,
    pub sources: Vec<Source>,
    /// Who wrote this locale's words, and its clinical review.
    pub about: About,
    pub ui: UiText,
    pub scars: ScarsFile,
    pub treatments: TreatmentsFile,
    pub quiz: QuizFile,
}

impl Content {
    pub const FORMAT: u32 = 11;

    /// The sources `ids` name, in order; unknown ids are skipped (the
    /// content checks refuse them anyway).
    pub fn citations(&self, ids: &[String]) -> Vec<&Source> {
        ids.iter()
            .filter_map(|id| self.sources.iter().find(|source| &source.id == id))
            .collect()
    }

    /// Where the quiz result's booking button leads: the booking page of the
    /// treatment the quiz is about, else the clinic's. Always the content's
    /// own address, with nothing of the visitor's added.
    pub fn result_booking_url(&self) -> Option<&str> {
        let about = self
            .quiz
            .treatment
            .as_deref()
            .and_then(|id| self.treatments.treatment.iter().find(|t| t.id == id));
        about
            .and_then(|t| t.booking_url.as_deref())
            .or(self.site.clinic.booking_url.as_deref())
    }

    /// Writes each budget answer's text from its amount, in the visitor's
    /// money format ("Up to $1,000", "Hasta 1000 US$"): the content holds
    /// only the numbers, so no language can show another currency's sign or
    /// another country's separators. Called once when the content arrives.
    pub fn write_budget_answers(&mut self, format: &dyn LocaleFormat) {
        let currency = self.site.currency.clone();
        let texts = &self.ui.quiz;
        let money = |amount: u32| format.money_range(amount, amount, &currency);
        for question in &mut self.quiz.question {
            for answer in &mut question.answer {
                let Some(hint) = &answer.profile else {
                    continue;
                };
                let (template, amount) = match (hint.budget, hint.budget_over) {
                    (Some(amount), _) => (&texts.budget_up_to, amount),
                    (None, Some(amount)) => (&texts.budget_over, amount),
                    (None, None) => continue,
                };
                answer.text = fill(template, &[("amount", &money(amount))]);
            }
        }
    }

    /// The compact form the browser loads.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("content always serializes")
    }

    /// Reads the compact form, refusing another format before decoding the
    /// rest, and anything but exactly one `Content`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Content, DecodeError> {
        let mut reader = Reader::new(bytes);
        let format = u32::decode(&mut reader);
        if reader.failed() {
            return Err(DecodeError::Malformed);
        }
        if format != Content::FORMAT {
            return Err(DecodeError::Format(format));
        }
        Reader::read(bytes).ok_or(DecodeError::Malformed)
    }
}

/// Why compiled content could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Written for another version of the widget.
    Format(u32),
    /// Not compiled content at all, or cut short.
    Malformed,
}

/// Which Rust type each content file holds. The compiler, the JSON Schema
/// generator and CONTENT.md all go by this list.
///
/// Site settings and sources are one file each, beside the locale folders.
/// Quiz, scars and treatments are split (see `crate::compiler::split`): their
/// data in one file beside site.toml, their words in each locale folder.
/// ui.toml is words only, and about.toml (author and review) is per locale:
/// one of each per locale folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Site,
    Sources,
    About,
    Ui,
    Scars,
    Treatments,
    Quiz,
}

impl FileKind {
    /// One file, shared by every locale.
    pub const SHARED: [FileKind; 2] = [FileKind::Site, FileKind::Sources];
    /// Data beside site.toml, words in each locale folder.
    pub const SPLIT: [FileKind; 3] = [FileKind::Scars, FileKind::Treatments, FileKind::Quiz];
    /// Every file a locale folder holds.
    pub const PER_LOCALE: [FileKind; 5] = [
        FileKind::About,
        FileKind::Ui,
        FileKind::Scars,
        FileKind::Treatments,
        FileKind::Quiz,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Site => "site.toml",
            FileKind::Sources => "sources.toml",
            FileKind::About => "about.toml",
            FileKind::Ui => "ui.toml",
            FileKind::Scars => "scars.toml",
            FileKind::Treatments => "treatments.toml",
            FileKind::Quiz => "quiz.toml",
        }
    }

    /// The name of the schema a file of this kind names in its first line:
    /// `quiz.schema.json` for the data beside site.toml, and
    /// `quiz.words.schema.json` for the words in a locale folder.
    pub fn schema_name(self, in_locale_folder: bool) -> String {
        let stem = self.file_name().trim_end_matches(".toml");
        let split = FileKind::SPLIT.contains(&self);
        if split && in_locale_folder {
            format!("{stem}.words.schema.json")
        } else {
            format!("{stem}.schema.json")
        }
    }

    /// The schema of the compiled type, data and words together.
    pub fn json_schema(self) -> schemars::Schema {
        match self {
            FileKind::Site => schemars::schema_for!(SiteFile),
            FileKind::Sources => schemars::schema_for!(SourcesFile),
            FileKind::About => schemars::schema_for!(About),
            FileKind::Ui => schemars::schema_for!(UiText),
            FileKind::Scars => schemars::schema_for!(ScarsFile),
            FileKind::Treatments => schemars::schema_for!(TreatmentsFile),
            FileKind::Quiz => schemars::schema_for!(QuizFile),
        }
    }
}

/// The only words a visitor can see that are not in content files: those
/// shown before content has loaded, or when it cannot load at all.
pub mod builtin {
    pub const CRASH: &str =
        "Sorry, this guide stopped working. Please reload the page to try again.";
    pub const CONTENT_UNAVAILABLE: &str =
        "Sorry, the guide could not be loaded just now. Please reload the page to try again.";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Content {
        crate::fixture::content()
    }

    #[test]
    fn the_result_books_the_quizs_treatment_else_the_clinic() {
        let mut content = sample();
        let clinic = content.site.clinic.booking_url.clone().unwrap();
        assert_eq!(content.result_booking_url(), Some(clinic.as_str()));
        let deep_link = "https://book.example/services/microneedling";
        let microneedling = content
            .treatments
            .treatment
            .iter_mut()
            .find(|t| t.id == "microneedling");
        microneedling.unwrap().booking_url = Some(deep_link.to_owned());
        assert_eq!(content.result_booking_url(), Some(deep_link));
        content.quiz.treatment = None;
        assert_eq!(content.result_booking_url(), Some(clinic.as_str()));
    }

    /// N2: budget answers come from their amounts in the site's currency,
    /// written by the visitor's language (here the plain stand-in for Intl).
    #[test]
    fn budget_answers_are_written_from_their_amounts() {
        let mut content = sample();
        content.write_budget_answers(&crate::core::locale_format::Plain);
        let budget = content
            .quiz
            .question
            .iter()
            .find(|q| q.id == "budget")
            .unwrap();
        let texts: Vec<&str> = budget.answer.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Up to $1,000",
                "Up to $3,000",
                "Up to $6,000",
                "More than $6,000"
            ]
        );
        // Other answers keep their words.
        let adult = &content.quiz.question[0].answer[0];
        assert_eq!(adult.text, "Yes");
    }

    #[test]
    fn citations_follow_the_ids_and_skip_unknown_ones() {
        let content = sample();
        let ids = vec![
            "alam-2014".to_string(),
            "nobody".to_string(),
            "chu-2021".to_string(),
        ];
        let citations = content.citations(&ids);
        assert_eq!(citations.len(), 2);
        assert!(citations[0].citation.starts_with("Alam M"));
        assert!(citations[1].citation.starts_with("Chu S"));
    }

    #[test]
    fn the_compact_form_round_trips() {
        let content = sample();
        assert_eq!(Content::from_bytes(&content.to_bytes()), Ok(content));
    }

    #[test]
    fn another_format_is_refused_before_decoding() {
        let mut content = sample();
        content.format = 0;
        assert_eq!(
            Content::from_bytes(&content.to_bytes()),
            Err(DecodeError::Format(0))
        );
    }

    #[test]
    fn garbage_and_truncation_are_refused() {
        let bytes = sample().to_bytes();
        assert_eq!(
            Content::from_bytes(&bytes[..bytes.len() / 2]),
            Err(DecodeError::Malformed)
        );
        // JSON where the binary form belongs reads as some other format.
        assert!(Content::from_bytes(b"{\"format\":1}").is_err());
        assert_eq!(Content::from_bytes(&[]), Err(DecodeError::Malformed));
    }
}
