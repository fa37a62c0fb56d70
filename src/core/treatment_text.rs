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
use crate::core::template::fill;

/// "2,500": a whole number with the content's thousands separator.
pub fn thousands(number: u32, separator: &str) -> String {
    let digits = number.to_string();
    let mut out = String::with_capacity(digits.len() + 4);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// "1–3", or "2" when both ends are the same.
pub fn range(min: u32, max: u32, separator: &str) -> String {
    if min == max {
        thousands(min, separator)
    } else {
        format!(
            "{}–{}",
            thousands(min, separator),
            thousands(max, separator)
        )
    }
}

fn fill_range(template: &str, min: u32, max: u32, texts: &CompareText) -> String {
    fill(
        template,
        &[("range", &range(min, max, &texts.thousands_separator))],
    )
}

/// "1–3 days".
pub fn days(days: DayRange, texts: &CompareText) -> String {
    fill_range(&texts.days, days.min.into(), days.max.into(), texts)
}

/// "3–6 sessions, 4–6 weeks apart" (or just the sessions for a single treatment).
pub fn sessions(treatment: &Treatment, texts: &CompareText) -> String {
    let count = treatment.sessions;
    let mut text = if count.max == 1 {
        texts.one_session.clone()
    } else {
        fill_range(
            &texts.session_count,
            count.min.into(),
            count.max.into(),
            texts,
        )
    };
    if let Some(apart) = treatment.weeks_apart {
        text.push_str(", ");
        text.push_str(&fill_range(
            &texts.weeks_apart,
            apart.min.into(),
            apart.max.into(),
            texts,
        ));
    }
    text
}

/// "$200–700 per session, so $600–4,200 for 3–6 sessions", or the "ask us"
/// text when there is no price. A price per session comes with the course
/// it adds up to, so that options of few and many sessions compare like for
/// like.
pub fn price(treatment: &Treatment, texts: &CompareText) -> String {
    let Some(price) = treatment.price else {
        return texts.no_price.clone();
    };
    let amount = fill_range(&texts.price, price.min, price.max, texts);
    match price.per {
        PricePer::Session if treatment.sessions.max > 1 => {
            let (sessions_min, sessions_max) = (
                u32::from(treatment.sessions.min),
                u32::from(treatment.sessions.max),
            );
            let total = fill_range(
                &texts.price,
                price.min.saturating_mul(sessions_min),
                price.max.saturating_mul(sessions_max),
                texts,
            );
            let count = fill_range(&texts.session_count, sessions_min, sessions_max, texts);
            fill(
                &texts.per_session_course,
                &[("price", &amount), ("total", &total), ("sessions", &count)],
            )
        }
        PricePer::Session => fill(&texts.per_session, &[("price", &amount)]),
        PricePer::Course => fill(&texts.per_course, &[("price", &amount)]),
        PricePer::Syringe => fill(&texts.per_syringe, &[("price", &amount)]),
    }
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
pub fn helps_most(content: &Content, treatment: &Treatment) -> String {
    let best = treatment
        .suits
        .values()
        .copied()
        .max()
        .filter(|best| *best >= Suitability::Fair);
    content
        .scars
        .scar
        .iter()
        .filter(|scar| best.is_some() && treatment.suits.get(&scar.id).copied() == best)
        .map(|scar| scar.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// One of the ranking's reasons in words; `None` for the evidence tie-break,
/// which the table shows in its own column.
pub fn reason(content: &Content, reason: &Reason) -> Option<String> {
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
            fill(
                template,
                &[
                    ("days", &days(*range, texts)),
                    ("accept", &accept.to_string()),
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

    fn content() -> Content {
        serde_json::from_str(include_str!("../../tests/fixtures/content-en.json"))
            .expect("the fixture is valid content")
    }

    #[test]
    fn numbers_and_ranges_read_naturally() {
        assert_eq!(thousands(2500, ","), "2,500");
        assert_eq!(thousands(1234567, "."), "1.234.567");
        assert_eq!(thousands(700, ","), "700");
        assert_eq!(range(1, 3, ","), "1–3");
        assert_eq!(range(2, 2, ","), "2");
        assert_eq!(range(1000, 2500, ","), "1,000–2,500");
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
        assert_eq!(days(DayRange { min: 1, max: 7 }, texts), "1–7 days");
        assert_eq!(sessions(needling, texts), "3–6 sessions, 4–6 weeks apart");
        let single = Treatment {
            weeks_apart: None,
            sessions: CountRange { min: 1, max: 1 },
            ..needling.clone()
        };
        assert_eq!(sessions(&single, texts), "1 session");
        let priced = |min, max, per| Treatment {
            price: Some(Price { min, max, per }),
            ..needling.clone()
        };
        // Per session, with the course it adds up to (3–6 sessions).
        assert_eq!(
            price(&priced(1000, 2500, PricePer::Session), texts),
            "$1,000–2,500 per session, so $3,000–15,000 for 3–6 sessions"
        );
        assert_eq!(
            price(&priced(150, 150, PricePer::Session), texts),
            "$150 per session, so $450–900 for 3–6 sessions"
        );
        let single_priced = Treatment {
            price: Some(Price {
                min: 2000,
                max: 4000,
                per: PricePer::Session,
            }),
            ..single.clone()
        };
        assert_eq!(price(&single_priced, texts), "$2,000–4,000 per session");
        assert_eq!(
            price(&priced(900, 1500, PricePer::Course), texts),
            "$900–1,500 per course"
        );
        let unpriced = Treatment {
            price: None,
            ..needling.clone()
        };
        assert_eq!(price(&unpriced, texts), texts.no_price);
        assert_eq!(
            helps_most(&content, needling),
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
            reason(&content, &suits).unwrap(),
            format!("Rolling scars: {}", content.ui.scars.good)
        );
        let downtime = Reason::Downtime {
            days: DayRange { min: 1, max: 7 },
            accept: 3,
            fits: Within::Partly,
        };
        assert_eq!(
            reason(&content, &downtime).unwrap(),
            "1–7 days of recovery, which may run past the 3 days you can allow"
        );
        let budget = Reason::Budget {
            price: None,
            budget: 300,
            fits: Within::Unknown,
        };
        assert_eq!(
            reason(&content, &budget).unwrap(),
            content.ui.compare.budget_unknown
        );
        assert!(
            reason(
                &content,
                &Reason::Evidence {
                    level: Evidence::Strong
                }
            )
            .is_none()
        );
        // Fading results and serious risks are said; lasting results and
        // low or unknown risks need no words.
        let texts = &content.ui.compare;
        let said = |r: Reason| reason(&content, &r);
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
