//! The candidacy quiz. `quiz.toml` beside site.toml holds what each answer
//! means (the same in every language); `<locale>/quiz.toml` holds the words.
//! Fields marked `x-words` are words (see `crate::compiler::split`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::RichText;
use crate::core::content::decode::Decode;

/// The candidacy quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizFile {
    /// What the result screen says for each outcome.
    #[schemars(extend("x-words" = true))]
    pub outcomes: Outcomes,
    /// The questions in the order they are asked. Follow-up questions are
    /// asked only right after an answer that names them.
    #[schemars(length(min = 1))]
    pub question: Vec<Question>,
    /// The treatment this quiz is about, by its id in treatments.toml, e.g.
    /// "microneedling". The result's booking button leads to its booking_url
    /// (else the clinic's).
    #[serde(default)]
    pub treatment: Option<String>,
    /// What the result screen offers next, per outcome. Leave out for the
    /// safe defaults: booking for fine, mention and wait; the doctor first for
    /// doctor; nothing to book or call for under-age.
    #[serde(default)]
    pub call_to_action: CallsToAction,
}

/// What the result screen offers next, for each outcome.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CallsToAction {
    #[serde(default = "CallToAction::book")]
    pub fine: CallToAction,
    #[serde(default = "CallToAction::book")]
    pub mention: CallToAction,
    #[serde(default = "CallToAction::book")]
    pub wait: CallToAction,
    /// "after-doctor" or "none": a result that says "see a doctor" never
    /// puts booking first.
    #[serde(default = "CallToAction::after_doctor")]
    pub doctor: CallToAction,
    /// Always "none": nothing is sold to a visitor under 18.
    #[serde(default = "CallToAction::none", rename = "under-age")]
    #[schemars(rename = "under-age")]
    pub under_age: CallToAction,
}

impl Default for CallsToAction {
    fn default() -> Self {
        CallsToAction {
            fine: CallToAction::Book,
            mention: CallToAction::Book,
            wait: CallToAction::Book,
            doctor: CallToAction::AfterDoctor,
            under_age: CallToAction::None,
        }
    }
}

impl CallsToAction {
    /// The call to action for an outcome.
    pub fn for_outcome(&self, outcome: Concern) -> CallToAction {
        match outcome {
            Concern::Fine => self.fine,
            Concern::Mention => self.mention,
            Concern::Wait => self.wait,
            Concern::Doctor => self.doctor,
            Concern::UnderAge => self.under_age,
        }
    }
}

/// What a result offers next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CallToAction {
    /// The booking button and the clinic's phone number.
    Book,
    /// The doctor first: the outcome's `book_heading` and `book_text` say
    /// so, and booking follows as a second step.
    AfterDoctor,
    /// No booking button and no phone number.
    None,
}

impl CallToAction {
    fn book() -> Self {
        CallToAction::Book
    }
    fn after_doctor() -> Self {
        CallToAction::AfterDoctor
    }
    fn none() -> Self {
        CallToAction::None
    }

    /// Its name in content files.
    pub fn key(self) -> &'static str {
        match self {
            CallToAction::Book => "book",
            CallToAction::AfterDoctor => "after-doctor",
            CallToAction::None => "none",
        }
    }

    /// Whether a booking link or the clinic's phone may show at all.
    pub fn offers_booking(self) -> bool {
        self != CallToAction::None
    }
}

/// The result screen's heading and text for each outcome. The outcome is the
/// most serious effect among the visitor's answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outcomes {
    /// No answer raised anything.
    pub fine: OutcomeText,
    /// Some answers are worth telling the provider about.
    pub mention: OutcomeText,
    /// Something means waiting before treatment.
    pub wait: OutcomeText,
    /// Something means talking to a doctor first.
    pub doctor: OutcomeText,
    /// The visitor is under 18: the guide is for adults, and nothing is
    /// offered for sale.
    #[serde(rename = "under-age")]
    #[schemars(rename = "under-age")]
    pub under_age: OutcomeText,
}

impl Outcomes {
    /// The text for an outcome.
    pub fn for_effect(&self, effect: Concern) -> &OutcomeText {
        match effect {
            Concern::Fine => &self.fine,
            Concern::Mention => &self.mention,
            Concern::Wait => &self.wait,
            Concern::Doctor => &self.doctor,
            Concern::UnderAge => &self.under_age,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutcomeText {
    pub title: String,
    /// Markdown.
    pub text: RichText,
    /// For an outcome whose call to action is "after-doctor": the heading
    /// above booking, e.g. "After your doctor has advised you". Leave out
    /// for the usual heading (ui.toml's [quiz] book_heading).
    #[serde(default)]
    pub book_heading: Option<String>,
    /// For "after-doctor": what comes first, e.g. "If your doctor says
    /// treatment suits you, you are welcome to book with us." Markdown.
    #[serde(default)]
    pub book_text: Option<RichText>,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// A short name for the question: lower-case letters, digits and dashes.
    pub id: String,
    /// The question as visitors read it.
    #[schemars(extend("x-words" = true))]
    pub text: String,
    /// More explanation under the question. Markdown.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub help: Option<RichText>,
    /// true when the visitor may pick several answers (e.g. scar types).
    #[serde(default)]
    pub multiple: bool,
    /// true for a question asked only after an answer that names it in `follow_up`.
    #[serde(default)]
    pub follow_up: bool,
    /// The choices, in order. One `[[question.answer]]` table each.
    #[schemars(length(min = 1))]
    pub answer: Vec<Answer>,
}

/// One choice, and what it means for the visitor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// A short name for the answer, unique within its question.
    pub id: String,
    /// The answer as visitors read it. Leave out for a budget answer: the
    /// guide writes it from the amount, in the visitor's money format.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub text: String,
    /// What the answer means: fine, mention (tell your provider), wait,
    /// doctor (see a doctor first) or under-age (the visitor is under 18:
    /// nothing is offered for sale). Every answer other than fine needs a
    /// reason, what to do, and sources.
    #[serde(default)]
    pub effect: Concern,
    /// Why this answer matters, in plain words.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub reason: Option<String>,
    /// What the visitor should do about it.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub what_to_do: Option<String>,
    /// For `wait`: until when, e.g. "until the breakout has settled".
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub wait_until: Option<String>,
    /// For questions with several answers allowed: true when choosing this
    /// one (such as "None of these") clears the others.
    #[serde(default)]
    pub exclusive: bool,
    /// The id of a follow-up question to ask next.
    #[serde(default)]
    pub follow_up: Option<String>,
    /// What the answer tells the treatment comparison.
    #[serde(default)]
    pub profile: Option<ProfileHint>,
    /// Source ids (from sources.toml) for the reason.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Words regulators watch (such as "permanent results") that a
    /// clinician has checked against this item's sources, e.g.
    /// reviewed_claims = ["permanent results"]. Without it they are refused.
    #[serde(default)]
    #[schemars(extend("x-words" = true))]
    pub reviewed_claims: Vec<String>,
}

/// What an answer means for treatment, from least to most serious.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    Decode,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
// Content files call it `effect` (an answer's effect); the schema keeps that name.
#[schemars(rename = "Effect")]
pub enum Concern {
    #[default]
    Fine,
    Mention,
    Wait,
    Doctor,
    /// The visitor is under 18. The most serious outcome: the result offers
    /// nothing to book or buy, whatever else was answered.
    UnderAge,
}

impl Concern {
    /// Its name in content files, analytics events and CSS classes.
    pub fn key(self) -> &'static str {
        match self {
            Concern::Fine => "fine",
            Concern::Mention => "mention",
            Concern::Wait => "wait",
            Concern::Doctor => "doctor",
            Concern::UnderAge => "under-age",
        }
    }
}

/// What an answer tells the comparison about the visitor. Set only what applies.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileHint {
    /// A scar type the visitor sees, by its id in scars.toml.
    #[serde(default)]
    pub scar: Option<String>,
    /// Severity on Goodman and Baron's scale, 1 (flat marks) to 4 (severe).
    #[serde(default)]
    #[schemars(range(min = 1, max = 4))]
    pub severity: Option<u8>,
    /// true when the visitor's skin tans easily and rarely burns (types IV-VI).
    #[serde(default)]
    pub darker_skin: Option<bool>,
    /// The most days of visible recovery the visitor can accept.
    #[serde(default)]
    pub downtime_days: Option<u16>,
    /// The most the visitor could spend on a whole course, in site.toml's
    /// currency: the answer reads "Up to $1,000".
    #[serde(default)]
    pub budget: Option<u32>,
    /// For the top budget answer: more than this amount ("More than
    /// $6,000"), so no price is above the visitor's budget.
    #[serde(default)]
    pub budget_over: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Events and CSS classes use the names content files use: one list of names.
    #[test]
    fn a_concern_s_key_is_its_name_in_content_files() {
        for concern in [
            Concern::Fine,
            Concern::Mention,
            Concern::Wait,
            Concern::Doctor,
            Concern::UnderAge,
        ] {
            let name = serde_json::to_string(&concern).unwrap();
            assert_eq!(name, format!("\"{}\"", concern.key()));
        }
    }
}
