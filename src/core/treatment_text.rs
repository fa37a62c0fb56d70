//! Treatment facts and the ranking's reasons in the visitor's words. Every
//! word comes from the content's templates (`[compare]` and `[scars]` in
//! ui.toml); this module only chooses the template and fills in numbers.

use crate::core::comparison::{Fit, Reason, Within};
use crate::core::content::Content;
use crate::core::content::scars::Suitability;
use crate::core::content::treatments::{
    DayRange, Durability, Evidence, Level, PricePer, Treatment,
};
use crate::core::content::ui_text::CompareText;
use crate::core::locale_format::{LocaleFormat, Plural};
use crate::core::template::fill;

/// A plural text about a range of counts: the form the range takes, with
/// {range} filled in ("1–3 days", "1 day").
fn counted(plural: &Plural, min: u32, max: u32, format: &dyn LocaleFormat) -> String {
    fill(
        plural.form(format.plural_range(min, max)),
        &[("range", &format.number_range(min, max))],
    )
}

/// "1–3 days".
pub fn days(days: DayRange, texts: &CompareText, format: &dyn LocaleFormat) -> String {
    counted(&texts.days, days.min.into(), days.max.into(), format)
}

/// "3–6 sessions, 4–6 weeks apart" (or just the sessions for a single treatment).
pub fn sessions(treatment: &Treatment, texts: &CompareText, format: &dyn LocaleFormat) -> String {
    let count = treatment.sessions;
    let sessions = counted(
        &texts.session_count,
        count.min.into(),
        count.max.into(),
        format,
    );
    match treatment.weeks_apart {
        Some(apart) => fill(
            &texts.session_plan,
            &[
                ("sessions", &sessions),
                (
                    "apart",
                    &counted(
                        &texts.weeks_apart,
                        apart.min.into(),
                        apart.max.into(),
                        format,
                    ),
                ),
            ],
        ),
        None => sessions,
    }
}

/// "$200–700 per session, so $600–4,200 for 3–6 sessions", or the "ask us"
/// text when there is no price. A price per session comes with the course
/// it adds up to, so that options of few and many sessions compare like for
/// like.
pub fn price(treatment: &Treatment, content: &Content, format: &dyn LocaleFormat) -> String {
    let texts = &content.ui.compare;
    let Some(price) = treatment.price else {
        return texts.no_price.clone();
    };
    let currency = &content.site.currency;
    let amount = format.money_range(price.min, price.max, currency);
    let priced = match price.per {
        PricePer::Session if treatment.sessions.max > 1 => {
            let (sessions_min, sessions_max) = (
                u32::from(treatment.sessions.min),
                u32::from(treatment.sessions.max),
            );
            let total = format.money_range(
                price.min.saturating_mul(sessions_min),
                price.max.saturating_mul(sessions_max),
                currency,
            );
            let count = counted(&texts.session_count, sessions_min, sessions_max, format);
            fill(
                &texts.per_session_course,
                &[("price", &amount), ("total", &total), ("sessions", &count)],
            )
        }
        PricePer::Session => fill(&texts.per_session, &[("price", &amount)]),
        PricePer::Course => fill(&texts.per_course, &[("price", &amount)]),
        PricePer::Syringe => fill(&texts.per_syringe, &[("price", &amount)]),
    };
    // An example price never reads as the clinic's own.
    if price.example {
        fill(&texts.example_price, &[("price", &priced)])
    } else {
        priced
    }
}

/// A level with the option's own words about it: "Low. Redness for a day…".
pub fn with_detail(level: &str, detail: &str, texts: &CompareText) -> String {
    fill(&texts.with_detail, &[("level", level), ("detail", detail)])
}

pub fn level(level: Level, texts: &CompareText) -> &str {
    match level {
        Level::Low => &texts.low,
        Level::Moderate => &texts.moderate,
        Level::High => &texts.high,
        Level::Unknown => &texts.not_studied,
    }
}

pub fn evidence(evidence: Evidence, texts: &CompareText) -> &str {
    match evidence {
        Evidence::Limited => &texts.evidence_limited,
        Evidence::Moderate => &texts.evidence_moderate,
        Evidence::Strong => &texts.evidence_strong,
    }
}

pub fn fit(fit: Fit, texts: &CompareText) -> &str {
    match fit {
        Fit::Best => &texts.fit_best,
        Fit::Good => &texts.fit_good,
        Fit::Possible => &texts.fit_possible,
        Fit::Poor => &texts.fit_poor,
    }
}

/// How well a treatment suits a scar type, in the scar guide's words.
pub fn rating(content: &Content, suitability: Suitability) -> &str {
    let texts = &content.ui.scars;
    match suitability {
        Suitability::Good => &texts.good,
        Suitability::Fair => &texts.fair,
        Suitability::Limited => &texts.limited,
        Suitability::NotSuitable => &texts.not_suitable,
    }
}

/// The names of the scar types a treatment helps most: those rated good,
/// or fair when none is; empty when it helps none more than a little.
pub fn helps_most(content: &Content, treatment: &Treatment, format: &dyn LocaleFormat) -> String {
    let best = treatment
        .suits
        .values()
        .copied()
        .max()
        .filter(|best| *best >= Suitability::Fair);
    let names: Vec<&str> = content
        .scars
        .scar
        .iter()
        .filter(|scar| best.is_some() && treatment.suits.get(&scar.id).copied() == best)
        .map(|scar| scar.name.as_str())
        .collect();
    format.list(&names)
}

/// One of the ranking's reasons in words; `None` for the evidence tie-break,
/// which the table shows in its own column.
pub fn reason(content: &Content, reason: &Reason, format: &dyn LocaleFormat) -> Option<String> {
    let texts = &content.ui.compare;
    let text = match reason {
        Reason::Suits { scar, level } => {
            let name = content
                .scars
                .scar
                .iter()
                .find(|s| &s.id == scar)
                .map_or(scar.as_str(), |s| s.name.as_str());
            fill(
                &texts.reason_suits,
                &[("scar", name), ("rating", rating(content, *level))],
            )
        }
        Reason::Downtime {
            days: range,
            accept,
            fits,
        } => {
            let template = match fits {
                Within::Yes | Within::Unknown => &texts.downtime_yes,
                Within::Partly => &texts.downtime_partly,
                Within::No => &texts.downtime_no,
            };
            let accept = u32::from(*accept);
            fill(
                template.form(format.plural(accept)),
                &[
                    ("days", &days(*range, texts, format)),
                    ("accept", &format.number(accept)),
                ],
            )
        }
        Reason::Budget { fits, .. } => match fits {
            Within::Yes => texts.budget_yes.clone(),
            Within::Partly => texts.budget_partly.clone(),
            Within::No => texts.budget_no.clone(),
            Within::Unknown => texts.budget_unknown.clone(),
        },
        Reason::DarkerSkin { risk } => match risk {
            Level::Low => texts.darker_low.clone(),
            Level::Moderate => texts.darker_moderate.clone(),
            Level::High => texts.darker_high.clone(),
            Level::Unknown => texts.darker_unknown.clone(),
        },
        Reason::Lasts {
            lasts: Durability::Months,
        } => texts.lasts_months.clone(),
        Reason::SeriousRisk {
            level: Level::Moderate,
        } => texts.risk_moderate.clone(),
        Reason::SeriousRisk { level: Level::High } => texts.risk_high.clone(),
        // Lasting results, and low or unknown serious risks, need no words;
        // the evidence has its own column.
        Reason::Lasts { .. } | Reason::SeriousRisk { .. } | Reason::Evidence { .. } => {
            return None;
        }
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::treatments::{CountRange, Price};
    use crate::core::locale_format::Plain;

    fn content() -> Content {
        crate::fixture::content()
    }

    #[test]
    fn facts_fill_the_content_templates() {
        let content = content();
        let texts = &content.ui.compare;
        let needling = content
            .treatments
            .treatment
            .iter()
            .find(|t| t.id == "microneedling")
            .unwrap();
        assert_eq!(days(DayRange { min: 1, max: 7 }, texts, &Plain), "1–7 days");
        assert_eq!(days(DayRange { min: 1, max: 1 }, texts, &Plain), "1 day");
        assert_eq!(days(DayRange { min: 0, max: 1 }, texts, &Plain), "0–1 days");
        assert_eq!(
            sessions(needling, texts, &Plain),
            "3–6 sessions, 4–6 weeks apart"
        );
        let single = Treatment {
            weeks_apart: None,
            sessions: CountRange { min: 1, max: 1 },
            ..needling.clone()
        };
        assert_eq!(sessions(&single, texts, &Plain), "1 session");
        let priced = |min, max, per| Treatment {
            price: Some(Price {
                min,
                max,
                per,
                example: false,
            }),
            ..needling.clone()
        };
        // Per session, with the course it adds up to (3–6 sessions).
        assert_eq!(
            price(&priced(1000, 2500, PricePer::Session), &content, &Plain),
            "$1,000–2,500 per session, so $3,000–15,000 for 3–6 sessions"
        );
        assert_eq!(
            price(&priced(150, 150, PricePer::Session), &content, &Plain),
            "$150 per session, so $450–900 for 3–6 sessions"
        );
        let single_priced = Treatment {
            price: Some(Price {
                min: 2000,
                max: 4000,
                per: PricePer::Session,
                example: false,
            }),
            ..single.clone()
        };
        assert_eq!(
            price(&single_priced, &content, &Plain),
            "$2,000–4,000 per session"
        );
        // An example price never reads as the clinic's own.
        let example = Treatment {
            price: single_priced.price.map(|p| Price { example: true, ..p }),
            ..single.clone()
        };
        let shown = price(&example, &content, &Plain);
        assert!(shown.contains("$2,000–4,000 per session"), "{shown}");
        assert_ne!(shown, "$2,000–4,000 per session");
        assert_eq!(
            price(&priced(900, 1500, PricePer::Course), &content, &Plain),
            "$900–1,500 per course"
        );
        let unpriced = Treatment {
            price: None,
            ..needling.clone()
        };
        assert_eq!(price(&unpriced, &content, &Plain), texts.no_price);
        assert_eq!(
            helps_most(&content, needling, &Plain),
            "Boxcar scars, Rolling scars"
        );
    }

    #[test]
    fn every_reason_but_evidence_is_put_in_words() {
        let content = content();
        let suits = Reason::Suits {
            scar: "rolling".into(),
            level: Suitability::Good,
        };
        assert_eq!(
            reason(&content, &suits, &Plain).unwrap(),
            format!("Rolling scars: {}", content.ui.scars.good)
        );
        let downtime = Reason::Downtime {
            days: DayRange { min: 1, max: 7 },
            accept: 3,
            fits: Within::Partly,
        };
        assert_eq!(
            reason(&content, &downtime, &Plain).unwrap(),
            "1–7 days of recovery, which may run past the 3 days you can allow"
        );
        let budget = Reason::Budget {
            price: None,
            budget: 300,
            fits: Within::Unknown,
        };
        assert_eq!(
            reason(&content, &budget, &Plain).unwrap(),
            content.ui.compare.budget_unknown
        );
        assert!(
            reason(
                &content,
                &Reason::Evidence {
                    level: Evidence::Strong
                },
                &Plain
            )
            .is_none()
        );
        // Fading results and serious risks are said; lasting results and
        // low or unknown risks need no words.
        let texts = &content.ui.compare;
        let said = |r: Reason| reason(&content, &r, &Plain);
        let months = Reason::Lasts {
            lasts: Durability::Months,
        };
        assert_eq!(said(months).as_ref(), Some(&texts.lasts_months));
        let high = Reason::SeriousRisk { level: Level::High };
        assert_eq!(said(high).as_ref(), Some(&texts.risk_high));
        let moderate = Reason::SeriousRisk {
            level: Level::Moderate,
        };
        assert_eq!(said(moderate).as_ref(), Some(&texts.risk_moderate));
        for quiet in [
            Reason::Lasts {
                lasts: Durability::Permanent,
            },
            Reason::SeriousRisk {
                level: Level::Unknown,
            },
            Reason::SeriousRisk { level: Level::Low },
        ] {
            assert_eq!(said(quiet.clone()), None, "{quiet:?}");
        }
    }
}
