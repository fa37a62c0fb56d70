//! The treatment comparison as the screen shows it: every cell already in
//! words, in the order the ranking gives. The screen only lays these out, so
//! what it says is tested here, natively.

use crate::core::candidacy::VisitorProfile;
use crate::core::comparison;
use crate::core::content::Content;
use crate::core::content::scars::Suitability;
use crate::core::content::treatments::{Level, Treatment};
use crate::core::content::ui_text::CompareText;
use crate::core::locale_format::LocaleFormat;
use crate::core::template::fill;
use crate::core::treatment_text as words;

/// The comparison table: a column per figure, a row per option.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Ordered for the visitor's quiz answers (with reasons and badges),
    /// rather than in the content's neutral order.
    pub personalised: bool,
    /// The heading of the reasons column: "For you" or "Helps most with".
    pub reasons_heading: String,
    /// The figure columns' headings, in the order every row's `figures` has.
    pub figure_headings: Vec<String>,
    pub rows: Vec<Row>,
}

/// One option, every cell in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// The option's own booking page and "Book {name}".
    pub booking: Option<Link>,
    /// How well it fits the visitor: its key (for a CSS class) and words.
    pub badge: Option<(&'static str, String)>,
    /// The visitor's reasons, or the scar types it helps most.
    pub reasons: Vec<String>,
    pub figures: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub url: String,
    pub text: String,
}

/// A figure column: its heading and how a treatment's cell reads. One list,
/// so headings and cells cannot fall out of step.
type Figure = (
    fn(&CompareText) -> &String,
    fn(&Treatment, &Content, &dyn LocaleFormat) -> String,
);

const FIGURES: [Figure; 7] = [
    (
        |t| &t.downtime,
        |treatment, content, format| {
            words::days(treatment.downtime_days, &content.ui.compare, format)
        },
    ),
    (
        |t| &t.sessions,
        |treatment, content, format| words::sessions(treatment, &content.ui.compare, format),
    ),
    (|t| &t.cost, words::price),
    (
        |t| &t.discomfort,
        |treatment, content, _| words::level(treatment.discomfort, &content.ui.compare).to_owned(),
    ),
    (
        |t| &t.darker_skin,
        |treatment, content, _| risk(treatment.darker_skin_risk, &content.ui.compare),
    ),
    (
        |t| &t.serious_risk,
        |treatment, content, _| risk(treatment.serious_risk, &content.ui.compare),
    ),
    (
        |t| &t.evidence,
        |treatment, content, _| words::evidence(treatment.evidence, &content.ui.compare).to_owned(),
    ),
];

/// A risk level in the table: a low risk reads "Low, not zero", never as none
/// (m1 of the second medical review).
fn risk(level: Level, texts: &CompareText) -> String {
    match level {
        Level::Low => texts.low_risk.clone(),
        other => words::level(other, texts).to_owned(),
    }
}

/// The table for a visitor with `profile` (from a finished quiz), or in the
/// content's order without one.
/// `offers_booking` is false once the visitor's answers rule out any sales
/// link (under 18: `candidacy::offers_booking`): no row links to booking.
pub fn table(
    content: &Content,
    profile: Option<&VisitorProfile>,
    offers_booking: bool,
    format: &dyn LocaleFormat,
) -> Table {
    let texts = &content.ui.compare;
    let ranked = comparison::rank(&content.treatments.treatment, profile);
    let personalised = ranked.iter().any(|r| r.fit.is_some());
    let rows = ranked
        .into_iter()
        .map(|ranked| {
            let t = ranked.treatment;
            let reasons: Vec<String> = if personalised {
                ranked
                    .reasons
                    .iter()
                    .filter_map(|reason| words::reason(content, reason, format))
                    .collect()
            } else {
                vec![words::helps_most(content, t, format)]
            };
            // An empty reason (no scar type it helps most) is no list item.
            let reasons = reasons.into_iter().filter(|r| !r.is_empty()).collect();
            Row {
                id: t.id.clone(),
                name: t.name.clone(),
                summary: t.summary.plain_text(),
                booking: t
                    .booking_url
                    .clone()
                    .filter(|_| offers_booking)
                    .map(|url| Link {
                        url,
                        text: fill(&texts.book, &[("name", &t.name)]),
                    }),
                badge: ranked
                    .fit
                    .map(|fit| (fit.key(), words::fit(fit, texts).to_owned())),
                reasons,
                figures: FIGURES
                    .iter()
                    .map(|(_, cell)| cell(t, content, format))
                    .collect(),
            }
        })
        .collect();
    Table {
        personalised,
        reasons_heading: if personalised {
            texts.for_you.clone()
        } else {
            texts.helps_most.clone()
        },
        figure_headings: FIGURES
            .iter()
            .map(|(heading, _)| heading(texts).clone())
            .collect(),
        rows,
    }
}

/// One row of the side-by-side view: a fact and each picked option's value.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub label: String,
    pub values: Vec<String>,
}

/// The options picked for side by side (unknown ids skipped), in the order
/// picked.
pub fn picked<'a>(content: &'a Content, picks: &[String]) -> Vec<&'a Treatment> {
    picks
        .iter()
        .filter_map(|id| content.treatments.treatment.iter().find(|t| &t.id == id))
        .collect()
}

/// Every fact about the `picked` options, a row each: what it is, how it
/// suits each scar type, then the figures with their details.
pub fn side_by_side(
    content: &Content,
    picked: &[&Treatment],
    format: &dyn LocaleFormat,
) -> Vec<Fact> {
    let texts = &content.ui.compare;
    let fact = |label: &str, value: &dyn Fn(&Treatment) -> String| Fact {
        label: label.to_owned(),
        values: picked.iter().map(|t| value(t)).collect(),
    };
    let mut facts = vec![fact(&texts.what_it_is, &|t| t.summary.plain_text())];
    for scar in &content.scars.scar {
        facts.push(fact(&scar.name, &|t| {
            let level = t
                .suits
                .get(&scar.id)
                .copied()
                .unwrap_or(Suitability::NotSuitable);
            words::rating(content, level).to_owned()
        }));
    }
    facts.extend([
        fact(&texts.downtime, &|t| {
            words::with_detail(
                &words::days(t.downtime_days, texts, format),
                &t.downtime,
                texts,
            )
        }),
        fact(&texts.sessions, &|t| words::sessions(t, texts, format)),
        fact(&texts.cost, &|t| words::price(t, content, format)),
        fact(&texts.results_last, &|t| t.results_last.clone()),
        fact(&texts.discomfort, &|t| {
            words::level(t.discomfort, texts).to_owned()
        }),
        fact(&texts.darker_skin, &|t| {
            words::with_detail(
                words::level(t.darker_skin_risk, texts),
                &t.darker_skin,
                texts,
            )
        }),
        fact(&texts.main_risks, &|t| {
            words::with_detail(words::level(t.serious_risk, texts), &t.main_risks, texts)
        }),
        fact(&texts.evidence, &|t| {
            words::evidence(t.evidence, texts).to_owned()
        }),
    ]);
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locale_format::Plain;

    #[test]
    fn without_answers_the_table_is_neutral_with_every_figure() {
        let content = crate::fixture::content();
        let table = table(&content, None, true, &Plain);
        assert!(!table.personalised);
        assert_eq!(table.reasons_heading, content.ui.compare.helps_most);
        assert_eq!(table.rows.len(), content.treatments.treatment.len());
        let texts = &content.ui.compare;
        assert_eq!(
            table.figure_headings,
            [
                &texts.downtime,
                &texts.sessions,
                &texts.cost,
                &texts.discomfort,
                &texts.darker_skin,
                &texts.serious_risk,
                &texts.evidence
            ]
            .map(String::clone)
        );
        let needling = table.rows.iter().find(|r| r.id == "microneedling").unwrap();
        assert_eq!(needling.badge, None);
        assert_eq!(needling.figures.len(), table.figure_headings.len());
        // Each cell under its own heading.
        let treatment = &content
            .treatments
            .treatment
            .iter()
            .find(|t| t.id == "microneedling")
            .unwrap();
        assert_eq!(
            needling.figures[1],
            words::sessions(treatment, texts, &Plain)
        );
        assert_eq!(
            needling.figures[2],
            words::price(treatment, &content, &Plain)
        );
        // A low risk never reads as none (m1); a high one shows in the
        // neutral table too, not only side by side.
        assert_eq!(needling.figures[4], texts.low_risk);
        let pmma = table.rows.iter().find(|r| r.id == "pmma-filler").unwrap();
        assert_eq!(pmma.figures[5], texts.high);
        assert_eq!(
            needling.reasons,
            [words::helps_most(&content, treatment, &Plain)]
        );
    }

    #[test]
    fn a_finished_quiz_orders_the_table_with_reasons_and_badges() {
        let content = crate::fixture::content();
        let profile = VisitorProfile {
            scars: vec!["boxcar".into(), "rolling".into()],
            ..VisitorProfile::default()
        };
        let table = table(&content, Some(&profile), true, &Plain);
        assert!(table.personalised);
        assert_eq!(table.reasons_heading, content.ui.compare.for_you);
        let ranked = comparison::rank(&content.treatments.treatment, Some(&profile));
        let order: Vec<&str> = table.rows.iter().map(|r| r.id.as_str()).collect();
        let expected: Vec<&str> = ranked.iter().map(|r| r.treatment.id.as_str()).collect();
        assert_eq!(order, expected);
        for (row, ranked) in table.rows.iter().zip(&ranked) {
            let fit = ranked.fit.unwrap();
            assert_eq!(
                row.badge,
                Some((fit.key(), words::fit(fit, &content.ui.compare).to_owned()))
            );
            assert!(
                !row.reasons.is_empty(),
                "{} gives the visitor a reason",
                row.id
            );
            assert!(row.reasons.iter().all(|r| !r.is_empty()));
        }
    }

    #[test]
    fn booking_links_name_their_option() {
        let mut content = crate::fixture::content();
        let url = "https://book.example/microneedling";
        content.treatments.treatment[0].booking_url = Some(url.into());
        let name = content.treatments.treatment[0].name.clone();
        let table = table(&content, None, true, &Plain);
        let row = table.rows.iter().find(|r| r.name == name).unwrap();
        let link = row.booking.as_ref().unwrap();
        assert_eq!(link.url, url);
        assert!(link.text.contains(&name), "{}", link.text);
    }

    /// A visitor who said they are under 18 is offered nothing to book.
    #[test]
    fn no_booking_link_when_the_answers_rule_out_sales() {
        let mut content = crate::fixture::content();
        content.treatments.treatment[0].booking_url = Some("https://book.example/x".into());
        let table = table(&content, None, false, &Plain);
        assert!(table.rows.iter().all(|row| row.booking.is_none()));
    }

    #[test]
    fn side_by_side_gives_every_fact_for_each_pick() {
        let content = crate::fixture::content();
        let picks = vec![
            "subcision".to_owned(),
            "nonsense".to_owned(),
            "microneedling".to_owned(),
        ];
        let chosen = picked(&content, &picks);
        let ids: Vec<&str> = chosen.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["subcision", "microneedling"]);
        let facts = side_by_side(&content, &chosen, &Plain);
        // What it is, one row per scar type, then eight figures.
        assert_eq!(facts.len(), 1 + content.scars.scar.len() + 8);
        assert!(facts.iter().all(|f| f.values.len() == 2));
        let name = &content
            .scars
            .scar
            .iter()
            .find(|s| s.id == "boxcar")
            .unwrap()
            .name;
        let boxcar = facts.iter().find(|f| &f.label == name).unwrap();
        assert_eq!(boxcar.values[1], content.ui.scars.good);
    }
}
