//! `<locale>/ui.toml`: the words on the guide's own screens.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::core::content::RichText;
use crate::core::content::decode::Decode;
use crate::core::locale_format::Plural;
use crate::core::navigation::Screen;

/// The words on the guide's screens, in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UiText {
    /// Names the whole guide for screen readers, e.g. "Acne scar and microneedling guide".
    pub label: String,
    /// This language's name in itself ("English", "Español"), for the menu
    /// that switches language when the content holds more than one.
    pub language: String,
    /// The language menu's label, for screen readers.
    pub language_label: String,
    pub start: StartText,
    pub journeys: Journeys,
    pub notes: NotesText,
    pub navigation: NavigationText,
    pub quiz: QuizText,
    pub scars: ScarsText,
    pub compare: CompareText,
    pub errors: ErrorText,
}

/// The start screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StartText {
    /// The small line above the title.
    pub eyebrow: String,
    /// The start screen's main question.
    pub title: String,
    /// One or two sentences under the title.
    pub lead: String,
}

/// The three journeys the start screen offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Journeys {
    /// "Am I a candidate?": the candidacy quiz.
    pub quiz: Journey,
    /// "Which scars do I have?": scar types explained.
    pub scars: Journey,
    /// "How do treatments compare?": the comparison.
    pub compare: Journey,
}

impl Journeys {
    /// The journeys in the order the start screen offers them.
    pub fn in_order(&self) -> [(Screen, &Journey); 3] {
        [
            (Screen::Quiz, &self.quiz),
            (Screen::Scars, &self.scars),
            (Screen::Compare, &self.compare),
        ]
    }

    pub fn get(&self, screen: Screen) -> Option<&Journey> {
        match screen {
            Screen::Start => None,
            Screen::Quiz => Some(&self.quiz),
            Screen::Scars => Some(&self.scars),
            Screen::Compare => Some(&self.compare),
        }
    }
}

/// One journey's card on the start screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    /// The card's title, phrased as the visitor's question.
    pub title: String,
    /// What the visitor gets, in a sentence.
    pub summary: String,
    /// How long it takes, e.g. "About 2 minutes".
    pub duration: String,
}

/// Notes at the foot of every screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotesText {
    /// The promise that answers stay on the visitor's device.
    pub privacy: String,
    /// The medical disclaimer. Markdown: *emphasis*, **strong**, [links](https://…).
    pub disclaimer: RichText,
    /// Who reviewed the medical content and when, from `[review]` in
    /// site.toml: {reviewer}, {date} and {next} (the next review) are replaced.
    pub reviewed: String,
    /// Shown instead of the reviewer while `[review]` in site.toml is left out.
    pub not_reviewed: String,
}

/// Words for moving around.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NavigationText {
    /// The button that returns to the start screen.
    pub back: String,
    /// Read by screen readers after a link that opens in a new tab.
    pub new_tab: String,
}

/// What the visitor reads when something goes wrong.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ErrorText {
    /// Shown in place of the guide if it stops working.
    pub crash: String,
    /// Shown beside the page's own booking link when the content cannot
    /// be loaded. The build copies it into the loader (widget.js), since
    /// it is needed exactly when this file cannot be read.
    pub unavailable: String,
    /// Shown when the browser cannot run the guide (no WebAssembly, or
    /// the page's security policy forbids it). Copied into the loader too.
    pub unsupported: String,
}

/// The words around the quiz's questions and on its result screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuizText {
    /// Above each question. {step} and {total} are replaced by numbers.
    pub progress: String,
    /// Under a question that takes one answer.
    pub choose_one: String,
    /// Under a question that takes several.
    pub choose_any: String,
    /// The button that goes on to the next question.
    pub next: String,
    /// The button on the last question, which shows the result.
    pub finish: String,
    /// The button that goes back one question.
    pub back: String,
    /// Heading of the list of answers that raised something.
    pub flags_heading: String,
    /// Shown instead of that list when nothing was raised.
    pub no_flags: String,
    /// The visitor's answer in each listed answer: {answer} is replaced.
    /// The words before {answer} are shown in bold.
    pub you_answered: String,
    /// The answer's reason and what to do about it: {text} is replaced.
    /// The words before {text} are shown in bold.
    pub why: String,
    pub what_to_do: String,
    /// How long to wait: {until} is replaced by the answer's `wait_until`.
    /// The words before {until} are shown in bold.
    pub wait: String,
    pub sources: String,
    /// The link that goes back to change an answer.
    pub change: String,
    /// A budget answer, written from its amount in quiz.toml: {amount} is
    /// replaced by "$1,000" in the visitor's money format.
    pub budget_up_to: String,
    /// The top budget answer (`budget_over`): "More than {amount}".
    pub budget_over: String,
    /// Heading of the booking call to action.
    pub book_heading: String,
    /// The booking button.
    pub book: String,
    /// The clinic's phone number: {phone} is replaced by a link that calls it.
    pub call: String,
    /// Starts the quiz again with no answers.
    pub start_over: String,
    /// The choice to keep answers after this tab is closed.
    pub remember: String,
    /// Explains the choice above.
    pub remember_hint: String,
    /// Removes every stored answer.
    pub forget: String,
    /// Announced after forgetting.
    pub forgotten: String,
    /// Opens the printable summary.
    pub print: String,
    /// The printed summary's title.
    pub summary_title: String,
    /// Heading of all answers in the summary.
    pub summary_answers: String,
    /// A listed answer in the printed summary: {question} and {answer}.
    pub summary_flag: String,
    /// Heading of the questions to ask in the summary.
    pub questions_heading: String,
    /// Questions every visitor may want to ask at a consultation.
    pub questions_to_ask: Vec<String>,
    /// Above the links from the result to the visitor's scar types in the guide.
    pub your_scar_types: String,
    /// The result's button to the comparison, ordered for the visitor's answers.
    pub compare_for_you: String,
}

/// The words of the scar guide around the scar types themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScarsText {
    /// Under the scar guide's title.
    pub lead: String,
    /// The diagrams' layer labels.
    pub epidermis: String,
    pub dermis: String,
    pub fat: String,
    /// The needle depth control's label.
    pub needle_label: String,
    /// The chosen depth. {depth} is replaced by a number of millimetres.
    pub needle_value: String,
    /// A treatment's button beside the needle: {name} and {depth} (the
    /// `needle_value` text) are replaced.
    pub preset: String,
    /// Beside the needle presets: "or a treatment's typical depth".
    pub presets_label: String,
    /// Under the diagram, by the layer the needle's tip is in. {depth} is replaced.
    pub reaches_epidermis: String,
    pub reaches_dermis: String,
    pub reaches_fat: String,
    /// Added when the needle reaches as deep as the scar goes.
    pub reaches_scar: String,
    /// Added when the scar goes deeper than the needle.
    pub short_of_scar: String,
    /// The two sentences under a sunken scar's diagram: {reach} (one of the
    /// `reaches_` texts) and {scar} (`reaches_scar` or `short_of_scar`).
    pub reach_and_scar: String,
    /// The legend of the scar type picker.
    pub pick_type: String,
    /// Section headings in each scar type.
    pub how_to_tell: String,
    /// A scar type's prevalence: {text} is replaced by its `how_common`.
    /// The words before {text} are shown in bold.
    pub how_common: String,
    /// How well microneedling suits a type: {rating} (one of the ratings
    /// below) and {note} (the type's `microneedling_note`). The words before
    /// {note} are shown in bold.
    pub microneedling: String,
    pub better_options: String,
    pub sources: String,
    /// How well microneedling suits a type.
    pub good: String,
    pub fair: String,
    pub limited: String,
    pub not_suitable: String,
}

/// The words of the treatment comparison around the treatments themselves.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Decode, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CompareText {
    /// Under the comparison's title.
    pub lead: String,
    /// Shown when the order follows the visitor's quiz answers.
    pub personalised: String,
    /// The button back to the quiz, beside `personalised`.
    pub change_answers: String,
    /// Shown without quiz answers: the order is neutral; an invitation to the quiz.
    pub neutral: String,
    /// The button to the quiz, beside `neutral`.
    pub take_quiz: String,
    /// Names the table of options.
    pub caption: String,
    /// Column headings.
    pub option: String,
    /// The column of reasons, when the order is the visitor's.
    pub for_you: String,
    /// The same column without quiz answers: the scar types an option helps most.
    pub helps_most: String,
    pub downtime: String,
    pub sessions: String,
    pub cost: String,
    pub results_last: String,
    pub discomfort: String,
    pub darker_skin: String,
    /// The column for the risk of serious or lasting problems
    /// (`serious_risk` in treatments.toml).
    pub serious_risk: String,
    pub main_risks: String,
    pub evidence: String,
    pub sources: String,
    pub what_it_is: String,
    /// The checkbox that puts an option in the side-by-side view. {name} is replaced.
    pub pick: String,
    /// Under the table: how picking works. {max} is replaced; the form
    /// follows {max}.
    pub pick_hint: Plural,
    /// When the visitor tries to pick one too many. {max} is replaced.
    pub picks_full: Plural,
    /// The side-by-side view's heading, and its button to clear the picks.
    pub side_by_side: String,
    /// The button to the side-by-side view: {count} picked of {max}.
    pub side_by_side_count: String,
    pub clear: String,
    /// The link to book an option that has its own booking_url in
    /// treatments.toml. {name} is replaced.
    pub book: String,
    /// Badges for how well an option fits the visitor's answers.
    pub fit_best: String,
    pub fit_good: String,
    pub fit_possible: String,
    pub fit_poor: String,
    /// How an option suits one of the visitor's scar types. {scar} and {rating} are replaced.
    pub reason_suits: String,
    /// Recovery against what the visitor can allow. {days} and {accept} are
    /// replaced; the form follows {accept}.
    pub downtime_yes: Plural,
    pub downtime_partly: Plural,
    pub downtime_no: Plural,
    /// A course's price against the visitor's budget for a course.
    pub budget_yes: String,
    pub budget_partly: String,
    pub budget_no: String,
    pub budget_unknown: String,
    /// Pigment-change risk, for visitors whose skin tans easily.
    pub darker_low: String,
    pub darker_moderate: String,
    pub darker_high: String,
    /// No study says how often pigment changes after it.
    pub darker_unknown: String,
    /// Results that fade within months.
    pub lasts_months: String,
    /// A moderate or high risk of serious or lasting problems.
    pub risk_moderate: String,
    pub risk_high: String,
    /// Figures. {range} is replaced by "1–3" or "2"; the form follows it.
    pub days: Plural,
    pub session_count: Plural,
    pub weeks_apart: Plural,
    /// Sessions and how far apart: {sessions} and {apart}.
    pub session_plan: String,
    /// A level with the option's own words about it: {level} and {detail}.
    pub with_detail: String,
    /// A price and what it buys. {price} is replaced by the price in
    /// treatments.toml's currency, written the visitor's language's way.
    pub per_session: String,
    /// A price per session with the course it adds up to. {price},
    /// {total} ("$600–4,200") and {sessions} ("3–6 sessions") are replaced.
    pub per_session_course: String,
    pub per_course: String,
    pub per_syringe: String,
    /// A price marked `example = true` in treatments.toml, not the
    /// clinic's own: {price} is replaced by the price as written above.
    pub example_price: String,
    /// When a treatment has no typical price.
    pub no_price: String,
    /// Levels of discomfort and of risk.
    pub low: String,
    /// A low risk in the table's risk columns: low is never none.
    pub low_risk: String,
    pub moderate: String,
    pub high: String,
    /// A level no study gives (e.g. pigment risk nobody has measured).
    pub not_studied: String,
    /// Strength of evidence.
    pub evidence_limited: String,
    pub evidence_moderate: String,
    pub evidence_strong: String,
}
