//! The treatment comparison's order: which options come first for this
//! visitor, and why. Pure data: every position is explained by [`Reason`]s
//! that the UI turns into words with templates from content files, so no
//! visitor-facing text lives here.
//!
//! # How the order is decided
//!
//! Without a profile (or with one that says nothing the ranking can use) the
//! treatments keep their content order, with no reasons and no fit.
//!
//! Otherwise each treatment gets its reasons, and from them a [`Fit`] band
//! and a number of points; treatments are ordered by, in turn:
//!
//! 1. **Fit band**, best first (see [`Fit`] for the rules). Scar fit
//!    dominates: a treatment that suits none of the visitor's scar types is
//!    [`Fit::Poor`], one that is not suitable for some of them is at best
//!    [`Fit::Possible`], and only treatments that suit all of them can be
//!    [`Fit::Good`] or [`Fit::Best`]. Something the visitor told us that the
//!    treatment fails outright (a recovery always longer than they accept, a
//!    course always above their budget, a high pigment risk in skin that tans
//!    easily), or a high risk of serious or lasting problems, also caps it at
//!    [`Fit::Possible`].
//! 2. Within a band, **treatments suiting all the visitor's types first**
//!    (fewest types it is not suitable for). So a treatment not suitable for
//!    a type the visitor has never ranks above one that suits all their types.
//!    (When two treatments each miss a different type, neither can be above
//!    the other by that rule; the points decide.)
//! 3. **Points**: scar fit (the best-suited type, then all of them) minus the
//!    concerns (recovery, budget, pigment risk, results that fade within
//!    months, serious risks), with the weights below.
//!
//! **Unknown is unknown.** A price the content does not give ("ask us") or a
//! risk no study gives is neither a plus nor a concern: it costs no points,
//! and it keeps a treatment out of [`Fit::Best`], which needs everything the
//! visitor told us to be known to fit. So an option cannot rise above better
//! supported ones merely because its price or risk is missing.
//! 4. **Stronger evidence** first.
//! 5. **Content order**: the sort is stable.
//!
//! Severity is not used: the content gives one suitability per scar type, not
//! per severity, and deciding in code that (say) fillers suit severe scars
//! less would be clinical content hidden where editors cannot see or cite it.
//! Flat marks reach the ranking through the `marks` scar type instead.

use crate::core::candidacy::VisitorProfile;
use crate::core::content::scars::Suitability;
use crate::core::content::treatments::{
    DayRange, Durability, Evidence, Level, Price, PricePer, Treatment,
};

/// The most treatments a visitor can pick to see side by side.
pub const MAX_PICKS: usize = 3;

/// Points per step of suitability (not suitable 0, limited 1, fair 2, good 3)
/// of the visitor's best-suited scar type: what a treatment does best for
/// this visitor matters most.
const BEST_SCAR_STEP: i32 = 11;
/// Points per step of suitability of each of the visitor's scar types (the
/// sum over them): treating more of their scars at once counts too, but less.
/// With one type a step is worth BEST_SCAR_STEP + EACH_SCAR_STEP = 13, more
/// than the widest gap the rest can make between two Good or Best treatments
/// (12: concerns of 2 each for downtime, budget, pigment, durability and
/// serious risk, against both pluses), so within those bands a better scar
/// fit always comes first.
const EACH_SCAR_STEP: i32 = 2;
/// Recovery may run past what the visitor accepts: a concern, not a refusal.
const DOWNTIME_PARTLY: i32 = -2;
/// Recovery always runs past it (this also caps the band at Possible).
const DOWNTIME_NO: i32 = -4;
/// Known to fit what the visitor told us (a course within budget, a low
/// pigment risk): a small plus that an unknown does not get.
const KNOWN_TO_FIT: i32 = 1;
/// The course may cost more than the visitor's budget.
const BUDGET_PARTLY: i32 = -2;
/// Even the cheapest course costs more than the budget (this also caps the band).
const BUDGET_NO: i32 = -4;
/// A moderate risk of pigment change in skin that tans easily: a small penalty.
const DARKER_MODERATE: i32 = -2;
/// A high risk: a strong penalty, almost a whole step of scar fit (it also
/// caps the band at Possible), since the visitor told us their skin tans
/// easily and the content rates this risk high for exactly that skin.
const DARKER_HIGH: i32 = -6;
/// Results fade within months: the treatment and its cost come round again.
const LASTS_MONTHS: i32 = -2;
/// Results vary (scar bands can re-attach): a smaller concern.
const LASTS_VARIES: i32 = -1;
/// A moderate risk of serious or lasting problems.
const RISK_MODERATE: i32 = -2;
/// A high risk (permanent granulomas, say): a strong penalty that also caps
/// the band at Possible, whatever the price.
const RISK_HIGH: i32 = -6;

/// One treatment in the visitor's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Ranked<'a> {
    pub treatment: &'a Treatment,
    /// Why it is where it is, in the order the ranking weighs them: how it
    /// suits each of the visitor's scar types (best first), then downtime,
    /// budget, pigment risk (each only when the visitor told us about it) and
    /// evidence. Empty without a profile.
    pub reasons: Vec<Reason>,
    /// The band the UI shows as a badge; `None` without a profile.
    pub fit: Option<Fit>,
}

/// A coarse band for a badge, derived from the reasons. Worst to best, so
/// that `Fit::Best > Fit::Poor`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Not suitable for any of the visitor's scar types.
    Poor,
    /// Suits only some of their types, or only a little (limited at best),
    /// or fails something they told us outright (a `No` for downtime or
    /// budget, a high pigment risk in skin that tans easily), or has a high
    /// risk of serious or lasting problems.
    Possible,
    /// Suits all their types, at least one fairly or well, with at most
    /// concerns or unknowns (`Partly`, no price, a moderate or unknown risk,
    /// results that fade or vary). Also the best a treatment can be when the
    /// visitor named no scar type.
    Good,
    /// Suits all their types, at least one well, and everything else is known
    /// to fit: every `Yes`, low risks, results that last.
    Best,
}

impl Fit {
    /// Its name in CSS classes (`fit-best`, …).
    pub fn key(self) -> &'static str {
        match self {
            Fit::Poor => "poor",
            Fit::Possible => "possible",
            Fit::Good => "good",
            Fit::Best => "best",
        }
    }
}

/// Why a treatment is where it is: data for the UI's templates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reason {
    /// How well it suits one of the visitor's scar types (by scar id); one
    /// per visitor scar type, best first. A type the treatment does not list
    /// counts as not suitable.
    Suits { scar: String, level: Suitability },
    /// Its recovery in days against the most the visitor accepts.
    Downtime {
        days: DayRange,
        accept: u16,
        fits: Within,
    },
    /// Its course's price against the visitor's budget for a course, like
    /// for like: a price per session (or per syringe) times the sessions,
    /// fewest to most; a price per course as given. `fits` is
    /// [`Within::Unknown`] when there is no price.
    Budget {
        price: Option<Price>,
        budget: u32,
        fits: Within,
    },
    /// Its risk of pigment change; only when the visitor's skin tans easily.
    DarkerSkin { risk: Level },
    /// How long its results last.
    Lasts { lasts: Durability },
    /// How likely serious or lasting problems are.
    SeriousRisk { level: Level },
    /// How strong the published evidence is: the tie-break after the above.
    Evidence { level: Evidence },
}

/// How a range (days, price) sits against the visitor's limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Within {
    /// The whole range is within the limit.
    Yes,
    /// It starts within the limit but can go over.
    Partly,
    /// Even its low end is over the limit.
    No,
    /// Nothing to compare (no price given).
    Unknown,
}

impl Within {
    /// `min..=max` against `limit`.
    fn range(min: u32, max: u32, limit: u32) -> Within {
        if max <= limit {
            Within::Yes
        } else if min <= limit {
            Within::Partly
        } else {
            Within::No
        }
    }
}

/// The treatments in the order that suits `profile` best, each with its
/// reasons and fit. Without a profile, or with one that says nothing the
/// ranking uses, content order with no reasons.
pub fn rank<'a>(treatments: &'a [Treatment], profile: Option<&VisitorProfile>) -> Vec<Ranked<'a>> {
    let Some(profile) = profile.filter(|p| informs(p)) else {
        return treatments
            .iter()
            .map(|treatment| Ranked {
                treatment,
                reasons: Vec::new(),
                fit: None,
            })
            .collect();
    };
    let mut ranked: Vec<(usize, Ranked<'a>)> = treatments
        .iter()
        .enumerate()
        .map(|(index, treatment)| {
            let reasons = reasons(treatment, profile);
            let fit = Some(fit(&reasons));
            (
                index,
                Ranked {
                    treatment,
                    reasons,
                    fit,
                },
            )
        })
        .collect();
    ranked.sort_by_cached_key(|(index, r)| {
        (
            std::cmp::Reverse(r.fit),
            not_suitable_count(&r.reasons),
            std::cmp::Reverse(points(&r.reasons)),
            std::cmp::Reverse(r.treatment.evidence),
            *index,
        )
    });
    ranked.into_iter().map(|(_, r)| r).collect()
}

/// Adds `id` to the visitor's picks for the side-by-side view, or removes it
/// if already picked. Returns false, changing nothing, when adding would go
/// over [`MAX_PICKS`].
pub fn toggle_pick(picks: &mut Vec<String>, id: &str) -> bool {
    if let Some(index) = picks.iter().position(|p| p == id) {
        picks.remove(index);
        return true;
    }
    if picks.len() >= MAX_PICKS {
        return false;
    }
    picks.push(id.to_owned());
    true
}

/// Whether the profile says anything the ranking uses (severity it does not;
/// skin that does not tan easily changes nothing).
fn informs(profile: &VisitorProfile) -> bool {
    !profile.scars.is_empty()
        || profile.darker_skin == Some(true)
        || profile.downtime_days.is_some()
        || profile.budget.is_some()
}

fn reasons(treatment: &Treatment, profile: &VisitorProfile) -> Vec<Reason> {
    let mut suits: Vec<(&String, Suitability)> = Vec::new();
    for scar in &profile.scars {
        if suits.iter().any(|(seen, _)| *seen == scar) {
            continue; // each of the visitor's types once
        }
        let level = treatment.suits.get(scar).copied();
        suits.push((scar, level.unwrap_or(Suitability::NotSuitable)));
    }
    // Best first; the visitor's own order among equals (the sort is stable).
    suits.sort_by_key(|(_, level)| std::cmp::Reverse(*level));
    let mut reasons: Vec<Reason> = suits
        .into_iter()
        .map(|(scar, level)| Reason::Suits {
            scar: scar.clone(),
            level,
        })
        .collect();
    if let Some(accept) = profile.downtime_days {
        let days = treatment.downtime_days;
        reasons.push(Reason::Downtime {
            days,
            accept,
            fits: Within::range(days.min.into(), days.max.into(), accept.into()),
        });
    }
    if let Some(budget) = profile.budget {
        let fits = match course_price(treatment) {
            Some((min, max)) => Within::range(min, max, budget),
            None => Within::Unknown,
        };
        reasons.push(Reason::Budget {
            price: treatment.price,
            budget,
            fits,
        });
    }
    if profile.darker_skin == Some(true) {
        reasons.push(Reason::DarkerSkin {
            risk: treatment.darker_skin_risk,
        });
    }
    reasons.push(Reason::Lasts {
        lasts: treatment.lasts,
    });
    reasons.push(Reason::SeriousRisk {
        level: treatment.serious_risk,
    });
    reasons.push(Reason::Evidence {
        level: treatment.evidence,
    });
    reasons
}

/// The price of a whole course, low and high: per session (or syringe)
/// times the fewest and the most sessions, so options with few costly
/// sessions and many cheap ones compare like for like.
fn course_price(treatment: &Treatment) -> Option<(u32, u32)> {
    let price = treatment.price?;
    Some(match price.per {
        PricePer::Course => (price.min, price.max),
        PricePer::Session | PricePer::Syringe => {
            let sessions = treatment.sessions;
            (
                price.min.saturating_mul(sessions.min.into()),
                price.max.saturating_mul(sessions.max.into()),
            )
        }
    })
}

fn scar_levels(reasons: &[Reason]) -> impl Iterator<Item = Suitability> + '_ {
    reasons.iter().filter_map(|r| match r {
        Reason::Suits { level, .. } => Some(*level),
        _ => None,
    })
}

fn not_suitable_count(reasons: &[Reason]) -> usize {
    scar_levels(reasons)
        .filter(|l| *l == Suitability::NotSuitable)
        .count()
}

/// 0 for not suitable up to 3 for good.
fn steps(level: Suitability) -> i32 {
    match level {
        Suitability::NotSuitable => 0,
        Suitability::Limited => 1,
        Suitability::Fair => 2,
        Suitability::Good => 3,
    }
}

/// The band, from the reasons alone (see [`Fit`]).
fn fit(reasons: &[Reason]) -> Fit {
    let best = scar_levels(reasons).max();
    let suits_all = scar_levels(reasons).all(|l| l != Suitability::NotSuitable);
    if best == Some(Suitability::NotSuitable) {
        return Fit::Poor;
    }
    let fails = reasons.iter().any(|r| {
        matches!(
            r,
            Reason::Downtime {
                fits: Within::No,
                ..
            } | Reason::Budget {
                fits: Within::No,
                ..
            } | Reason::DarkerSkin { risk: Level::High }
                | Reason::SeriousRisk { level: Level::High }
        )
    });
    if !suits_all || fails || best == Some(Suitability::Limited) {
        return Fit::Possible;
    }
    let concerns = reasons.iter().any(|r| {
        matches!(
            r,
            Reason::Downtime {
                fits: Within::Partly,
                ..
            } | Reason::Budget {
                fits: Within::Partly | Within::Unknown,
                ..
            } | Reason::DarkerSkin {
                risk: Level::Moderate | Level::Unknown
            } | Reason::Lasts {
                lasts: Durability::Months | Durability::Varies
            } | Reason::SeriousRisk {
                level: Level::Moderate | Level::Unknown
            }
        )
    });
    if best == Some(Suitability::Good) && !concerns {
        Fit::Best
    } else {
        Fit::Good
    }
}

/// Scar fit minus practical concerns, with the weights at the top.
fn points(reasons: &[Reason]) -> i32 {
    let best = scar_levels(reasons).map(steps).max().unwrap_or(0);
    let sum: i32 = scar_levels(reasons).map(steps).sum();
    let concerns: i32 = reasons
        .iter()
        .map(|r| match r {
            Reason::Downtime { fits, .. } => match fits {
                Within::Partly => DOWNTIME_PARTLY,
                Within::No => DOWNTIME_NO,
                Within::Yes | Within::Unknown => 0,
            },
            Reason::Budget { fits, .. } => match fits {
                Within::Partly => BUDGET_PARTLY,
                Within::No => BUDGET_NO,
                Within::Yes => KNOWN_TO_FIT,
                Within::Unknown => 0,
            },
            Reason::DarkerSkin { risk } => match risk {
                Level::High => DARKER_HIGH,
                Level::Moderate => DARKER_MODERATE,
                Level::Low => KNOWN_TO_FIT,
                Level::Unknown => 0,
            },
            Reason::Lasts { lasts } => match lasts {
                Durability::Months => LASTS_MONTHS,
                Durability::Varies => LASTS_VARIES,
                Durability::Years | Durability::Permanent => 0,
            },
            Reason::SeriousRisk { level } => match level {
                Level::High => RISK_HIGH,
                Level::Moderate => RISK_MODERATE,
                Level::Low | Level::Unknown => 0,
            },
            Reason::Suits { .. } | Reason::Evidence { .. } => 0,
        })
        .sum();
    best * BEST_SCAR_STEP + sum * EACH_SCAR_STEP + concerns
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Content;
    use crate::core::content::treatments::CountRange;
    use crate::core::content::{RichText, TreatmentsFile};

    /// The default treatments, from the test fixture (a frozen copy of the
    /// default content, so clinics editing their prices break no test).
    fn defaults() -> TreatmentsFile {
        let content: Content =
            serde_json::from_str(include_str!("../../tests/fixtures/content-en.json")).unwrap();
        content.treatments
    }

    /// A treatment with only what the ranking reads; the rest is filler.
    fn treatment(
        id: &str,
        suits: &[(&str, Suitability)],
        days: (u16, u16),
        price: Option<Price>,
        sessions_min: u16,
    ) -> Treatment {
        Treatment {
            id: id.into(),
            name: id.into(),
            summary: RichText(Vec::new()),
            suits: suits.iter().map(|(s, l)| (s.to_string(), *l)).collect(),
            downtime_days: DayRange {
                min: days.0,
                max: days.1,
            },
            downtime: String::new(),
            sessions: CountRange {
                min: sessions_min,
                max: sessions_min + 2,
            },
            weeks_apart: None,
            price,
            reaches_mm: None,
            lasts: Durability::Years,
            results_last: String::new(),
            discomfort: Level::Low,
            darker_skin_risk: Level::Low,
            darker_skin: String::new(),
            serious_risk: Level::Low,
            main_risks: String::new(),
            evidence: Evidence::Moderate,
            sources: Vec::new(),
            booking_url: None,
            reviewed_claims: Vec::new(),
        }
    }

    fn profile(
        scars: &[&str],
        darker_skin: Option<bool>,
        downtime_days: Option<u16>,
        budget: Option<u32>,
    ) -> VisitorProfile {
        VisitorProfile {
            scars: scars.iter().map(|s| s.to_string()).collect(),
            severity: None,
            darker_skin,
            downtime_days,
            budget,
        }
    }

    fn ids(ranked: &[Ranked]) -> Vec<String> {
        ranked.iter().map(|r| r.treatment.id.clone()).collect()
    }

    fn position(ranked: &[Ranked], id: &str) -> usize {
        ranked
            .iter()
            .position(|r| r.treatment.id == id)
            .unwrap_or_else(|| panic!("{id} is missing"))
    }

    fn find<'r, 'a>(ranked: &'r [Ranked<'a>], id: &str) -> &'r Ranked<'a> {
        &ranked[position(ranked, id)]
    }

    fn suits(scar: &str, level: Suitability) -> Reason {
        Reason::Suits {
            scar: scar.into(),
            level,
        }
    }

    use Suitability::{Fair, Good, Limited, NotSuitable};

    struct Case {
        name: &'static str,
        profile: Option<VisitorProfile>,
        /// The whole expected order when given, else at least the top ones.
        order: &'static [&'static str],
        /// (a, b): a is never below b.
        above: &'static [(&'static str, &'static str)],
        /// (id, expected fit)
        fits: &'static [(&'static str, Option<Fit>)],
    }

    fn cases() -> Vec<Case> {
        vec![
            Case {
                name: "no profile",
                profile: None,
                order: &[
                    "microneedling",
                    "rf-microneedling",
                    "non-ablative-laser",
                    "ablative-laser",
                    "superficial-peel",
                    "medium-peel",
                    "tca-cross",
                    "ha-filler",
                    "pmma-filler",
                    "subcision",
                ],
                above: &[],
                fits: &[("microneedling", None), ("subcision", None)],
            },
            Case {
                name: "rolling, 3 days, up to 1,500 a course",
                profile: Some(profile(&["rolling"], None, Some(3), Some(1500))),
                // RF: good for rolling, a day of redness, lasting results, no
                // price (unknown: no plus, no concern). Subcision's longer
                // recovery and varying results, then microneedling's week of
                // possible redness and a course that may cost more. The
                // fillers' results fade (HA) or come with a high risk of
                // lasting problems (PMMA): an unknown price lifts neither.
                order: &[
                    "rf-microneedling",
                    "subcision",
                    "microneedling",
                    "ha-filler",
                    "pmma-filler",
                    "ablative-laser",
                    "non-ablative-laser",
                    "superficial-peel",
                    "medium-peel",
                    "tca-cross",
                ],
                above: &[
                    // Fits the visitor's days and budget: above the laser
                    // that suits as well but fails both outright.
                    ("microneedling", "ablative-laser"),
                    // A permanent filler whose price is "ask us" does not
                    // outrank the options the evidence favours.
                    ("subcision", "pmma-filler"),
                    ("microneedling", "pmma-filler"),
                    // Not suitable for rolling: last.
                    ("superficial-peel", "tca-cross"),
                ],
                fits: &[
                    ("rf-microneedling", Some(Fit::Good)),
                    ("microneedling", Some(Fit::Good)),
                    ("pmma-filler", Some(Fit::Possible)),
                    ("ablative-laser", Some(Fit::Possible)),
                    ("superficial-peel", Some(Fit::Possible)),
                    ("tca-cross", Some(Fit::Poor)),
                ],
            },
            Case {
                name: "ice pick",
                profile: Some(profile(&["ice-pick"], None, None, None)),
                order: &[
                    "tca-cross",
                    "microneedling",
                    "non-ablative-laser",
                    "rf-microneedling",
                    "ablative-laser",
                    "medium-peel",
                    "subcision",
                    "superficial-peel",
                    "ha-filler",
                    "pmma-filler",
                ],
                above: &[("rf-microneedling", "pmma-filler")],
                fits: &[
                    // Good, not Best: a moderate risk of lasting problems (a
                    // scar can widen) is a concern.
                    ("tca-cross", Some(Fit::Good)),
                    ("microneedling", Some(Fit::Possible)),
                    ("subcision", Some(Fit::Poor)),
                ],
            },
            Case {
                name: "keloid only",
                // Nothing suits keloids: all Poor, ordered by evidence, then
                // content order; the UI should send the visitor to a doctor.
                profile: Some(profile(&["keloid"], None, None, None)),
                order: &[
                    "microneedling",
                    "non-ablative-laser",
                    "rf-microneedling",
                    "subcision",
                    "ablative-laser",
                    "superficial-peel",
                    "medium-peel",
                    "tca-cross",
                    "ha-filler",
                    "pmma-filler",
                ],
                above: &[],
                fits: &[
                    ("microneedling", Some(Fit::Poor)),
                    ("ha-filler", Some(Fit::Poor)),
                ],
            },
            Case {
                name: "darker skin, boxcar",
                profile: Some(profile(&["boxcar"], Some(true), None, None)),
                order: &[
                    "microneedling",
                    "rf-microneedling",
                    "non-ablative-laser",
                    "tca-cross",
                    "ablative-laser",
                    "pmma-filler",
                    "medium-peel",
                    "subcision",
                    "superficial-peel",
                    "ha-filler",
                ],
                above: &[
                    // Good for boxcar but a high pigment risk: below the
                    // fair options with a low or moderate one.
                    ("tca-cross", "ablative-laser"),
                    ("non-ablative-laser", "ablative-laser"),
                    // Fair for boxcar with a low pigment risk, but a high
                    // risk of lasting problems: below the options without.
                    ("tca-cross", "pmma-filler"),
                ],
                fits: &[
                    ("microneedling", Some(Fit::Best)),
                    ("pmma-filler", Some(Fit::Possible)),
                    ("non-ablative-laser", Some(Fit::Good)),
                    ("ablative-laser", Some(Fit::Possible)),
                ],
            },
            Case {
                name: "1,000 a course, one day, no scar type",
                profile: Some(profile(&[], None, Some(1), Some(1000))),
                order: &[
                    "rf-microneedling",
                    "microneedling",
                    "superficial-peel",
                    "ha-filler",
                    "subcision",
                    "non-ablative-laser",
                    "medium-peel",
                    "tca-cross",
                    "pmma-filler",
                    "ablative-laser",
                ],
                above: &[("microneedling", "non-ablative-laser")],
                fits: &[
                    // No scar type: Good at most.
                    ("rf-microneedling", Some(Fit::Good)),
                    ("microneedling", Some(Fit::Good)),
                    ("ablative-laser", Some(Fit::Possible)),
                ],
            },
            Case {
                name: "marks only",
                profile: Some(profile(&["marks"], None, None, None)),
                order: &["superficial-peel", "non-ablative-laser", "medium-peel"],
                above: &[
                    ("microneedling", "tca-cross"),
                    ("ablative-laser", "ha-filler"),
                ],
                fits: &[
                    // Good, not Best: its results fade within months.
                    ("superficial-peel", Some(Fit::Good)),
                    ("medium-peel", Some(Fit::Good)),
                    ("microneedling", Some(Fit::Possible)),
                    ("subcision", Some(Fit::Poor)),
                ],
            },
            Case {
                name: "ice pick and rolling",
                profile: Some(profile(&["ice-pick", "rolling"], None, None, None)),
                order: &[
                    "microneedling",
                    "rf-microneedling",
                    "ablative-laser",
                    "non-ablative-laser",
                    // Limited for both, but suits both: above every option
                    // that is good for one and not suitable for the other.
                    "medium-peel",
                    "subcision",
                    "tca-cross",
                    "ha-filler",
                    "pmma-filler",
                    "superficial-peel",
                ],
                above: &[("medium-peel", "tca-cross"), ("medium-peel", "subcision")],
                fits: &[
                    ("microneedling", Some(Fit::Best)),
                    ("non-ablative-laser", Some(Fit::Good)),
                    ("medium-peel", Some(Fit::Possible)),
                    ("tca-cross", Some(Fit::Possible)),
                ],
            },
        ]
    }

    #[test]
    fn orders_for_a_table_of_visitors() {
        let file = defaults();
        for case in cases() {
            let ranked = rank(&file.treatment, case.profile.as_ref());
            let got = ids(&ranked);
            assert_eq!(&got[..case.order.len()], case.order, "{}: order", case.name);
            for (a, b) in case.above {
                assert!(
                    position(&ranked, a) < position(&ranked, b),
                    "{}: {a} should be above {b}, got {got:?}",
                    case.name
                );
            }
            for (id, fit) in case.fits {
                assert_eq!(find(&ranked, id).fit, *fit, "{}: fit of {id}", case.name);
            }
            // Badges never go up as the visitor scrolls down.
            for pair in ranked.windows(2) {
                assert!(pair[0].fit >= pair[1].fit, "{}: {got:?}", case.name);
            }
        }
    }

    #[test]
    fn not_suitable_for_a_visitor_type_is_never_above_one_suiting_them_all() {
        let file = defaults();
        let profiles = [
            profile(&["rolling"], Some(true), Some(1), Some(300)),
            profile(&["boxcar", "rolling"], Some(true), Some(1), Some(100)),
            profile(&["ice-pick", "boxcar", "rolling"], None, Some(0), Some(1)),
            profile(&["marks", "ice-pick"], Some(true), Some(14), Some(5000)),
        ];
        for p in &profiles {
            let ranked = rank(&file.treatment, Some(p));
            for (i, lower) in ranked.iter().enumerate() {
                let suits_all = p.scars.iter().all(|s| {
                    lower.treatment.suits.get(s).copied().unwrap_or(NotSuitable) != NotSuitable
                });
                if !suits_all {
                    continue;
                }
                for higher in &ranked[..i] {
                    let misses = p.scars.iter().any(|s| {
                        higher
                            .treatment
                            .suits
                            .get(s)
                            .copied()
                            .unwrap_or(NotSuitable)
                            == NotSuitable
                    });
                    assert!(
                        !misses,
                        "{} is above {} for {:?}",
                        higher.treatment.id, lower.treatment.id, p.scars
                    );
                }
            }
        }
    }

    #[test]
    fn reasons_say_why() {
        let file = defaults();
        let p = profile(&["rolling"], None, Some(3), Some(1500));
        let ranked = rank(&file.treatment, Some(&p));
        let microneedling = find(&ranked, "microneedling");
        assert_eq!(
            microneedling.reasons,
            [
                suits("rolling", Good),
                Reason::Downtime {
                    days: DayRange { min: 1, max: 7 },
                    accept: 3,
                    fits: Within::Partly,
                },
                Reason::Budget {
                    price: Some(Price {
                        min: 200,
                        max: 700,
                        per: PricePer::Session
                    }),
                    budget: 1500,
                    // 3 to 6 sessions: a course costs 600 to 4,200.
                    fits: Within::Partly,
                },
                Reason::Lasts {
                    lasts: Durability::Years
                },
                Reason::SeriousRisk { level: Level::Low },
                Reason::Evidence {
                    level: Evidence::Moderate
                },
            ]
        );
        let rf = find(&ranked, "rf-microneedling");
        assert_eq!(
            rf.reasons[1..3],
            [
                Reason::Downtime {
                    days: DayRange { min: 0, max: 1 },
                    accept: 3,
                    fits: Within::Yes,
                },
                Reason::Budget {
                    price: None,
                    budget: 1500,
                    fits: Within::Unknown,
                },
            ]
        );
        let ablative = find(&ranked, "ablative-laser");
        assert!(ablative.reasons.contains(&Reason::Downtime {
            days: DayRange { min: 5, max: 10 },
            accept: 3,
            fits: Within::No,
        }));
        assert!(matches!(
            ablative.reasons[2],
            Reason::Budget {
                fits: Within::No,
                ..
            }
        ));
        // No darker-skin reason unless the visitor's skin tans easily.
        assert!(
            !ranked
                .iter()
                .flat_map(|r| &r.reasons)
                .any(|r| matches!(r, Reason::DarkerSkin { .. }))
        );

        let p = profile(&["boxcar"], Some(true), None, None);
        let ranked = rank(&file.treatment, Some(&p));
        assert_eq!(
            find(&ranked, "ablative-laser").reasons,
            [
                suits("boxcar", Good),
                Reason::DarkerSkin { risk: Level::High },
                Reason::Lasts {
                    lasts: Durability::Years
                },
                Reason::SeriousRisk {
                    level: Level::Moderate
                },
                Reason::Evidence {
                    level: Evidence::Moderate
                },
            ]
        );

        // One Suits reason per visitor type, best first, whatever order the
        // visitor gave them in; duplicates once.
        let p = profile(&["rolling", "ice-pick", "rolling"], None, None, None);
        let ranked = rank(&file.treatment, Some(&p));
        assert_eq!(
            find(&ranked, "tca-cross").reasons[..2],
            [suits("ice-pick", Good), suits("rolling", NotSuitable)]
        );
        assert_eq!(
            find(&ranked, "medium-peel").reasons[..2],
            [suits("rolling", Limited), suits("ice-pick", Limited)]
        );
    }

    #[test]
    fn an_empty_or_unusable_profile_keeps_content_order() {
        let file = defaults();
        let content_order: Vec<String> = file.treatment.iter().map(|t| t.id.clone()).collect();
        let unusable = [
            VisitorProfile::default(),
            VisitorProfile {
                severity: Some(4),
                darker_skin: Some(false),
                ..VisitorProfile::default()
            },
        ];
        for p in &unusable {
            let ranked = rank(&file.treatment, Some(p));
            assert_eq!(ids(&ranked), content_order);
            assert!(
                ranked
                    .iter()
                    .all(|r| r.reasons.is_empty() && r.fit.is_none())
            );
        }
        // Severity changes nothing once there is something to rank by.
        let mild = profile(&["boxcar"], None, Some(3), None);
        let severe = VisitorProfile {
            severity: Some(4),
            ..mild.clone()
        };
        assert_eq!(
            rank(&file.treatment, Some(&mild)),
            rank(&file.treatment, Some(&severe))
        );
    }

    #[test]
    fn a_scar_type_a_treatment_does_not_list_counts_as_not_suitable() {
        let treatments = [
            treatment("silent", &[], (0, 0), None, 1),
            treatment("limited", &[("new-type", Limited)], (9, 9), None, 1),
        ];
        let ranked = rank(&treatments, Some(&profile(&["new-type"], None, None, None)));
        assert_eq!(ids(&ranked), ["limited", "silent"]);
        assert_eq!(ranked[1].reasons[0], suits("new-type", NotSuitable));
        assert_eq!(ranked[1].fit, Some(Fit::Poor));
    }

    #[test]
    fn downtime_boundaries() {
        let check = |min, max, accept| {
            let t = treatment("t", &[], (min, max), None, 1);
            let p = profile(&[], None, Some(accept), None);
            match &rank(std::slice::from_ref(&t), Some(&p))[0].reasons[0] {
                Reason::Downtime { fits, .. } => *fits,
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(check(1, 3, 3), Within::Yes);
        assert_eq!(check(0, 0, 0), Within::Yes);
        assert_eq!(check(1, 7, 3), Within::Partly);
        assert_eq!(check(3, 10, 3), Within::Partly);
        assert_eq!(check(4, 10, 3), Within::No);
    }

    #[test]
    fn budget_per_course_for_each_kind_of_price() {
        let price = |min, max, per| Some(Price { min, max, per });
        // The test treatment has sessions_min to sessions_min + 2 sessions.
        let check = |price: Option<Price>, sessions_min, budget| {
            let t = treatment("t", &[], (0, 0), price, sessions_min);
            let p = profile(&[], None, None, Some(budget));
            match &rank(std::slice::from_ref(&t), Some(&p))[0].reasons[0] {
                Reason::Budget { fits, price: p, .. } => {
                    assert_eq!(*p, price, "the price is passed on as written");
                    *fits
                }
                other => panic!("{other:?}"),
            }
        };
        // 200-700 a session, 3 to 5 sessions: a course is 600 to 3,500.
        let session = price(200, 700, PricePer::Session);
        assert_eq!(check(session, 3, 3500), Within::Yes);
        assert_eq!(check(session, 3, 3499), Within::Partly);
        assert_eq!(check(session, 3, 600), Within::Partly);
        assert_eq!(check(session, 3, 599), Within::No);
        // Per syringe counts like per session: 1 to 3, so 400 to 1,800.
        assert_eq!(
            check(price(400, 600, PricePer::Syringe), 1, 500),
            Within::Partly
        );
        // A price per course is the course.
        let course = price(900, 1500, PricePer::Course);
        assert_eq!(check(course, 3, 1500), Within::Yes);
        assert_eq!(check(course, 3, 1000), Within::Partly);
        assert_eq!(check(course, 3, 899), Within::No);
        assert_eq!(check(None, 3, 1_000_000), Within::Unknown);
        // Huge prices do not overflow.
        assert_eq!(
            check(price(u32::MAX, u32::MAX, PricePer::Session), 3, 1),
            Within::No
        );
    }

    #[test]
    fn evidence_then_content_order_break_ties() {
        let mut weak = treatment("weak", &[("rolling", Good)], (0, 1), None, 1);
        weak.evidence = Evidence::Limited;
        let strong_a = {
            let mut t = treatment("strong-a", &[("rolling", Good)], (0, 1), None, 1);
            t.evidence = Evidence::Strong;
            t
        };
        let strong_b = {
            let mut t = strong_a.clone();
            t.id = "strong-b".into();
            t
        };
        let treatments = [weak, strong_a, strong_b];
        let ranked = rank(&treatments, Some(&profile(&["rolling"], None, None, None)));
        assert_eq!(ids(&ranked), ["strong-a", "strong-b", "weak"]);
        assert_eq!(
            ranked[2].reasons.last(),
            Some(&Reason::Evidence {
                level: Evidence::Limited
            })
        );
    }

    #[test]
    fn practical_weights_between_equally_suited_treatments() {
        let good = [("rolling", Good)];
        let course = |min, max| {
            Some(Price {
                min,
                max,
                per: PricePer::Course,
            })
        };
        // A price known to fit beats no price, which beats one that may not:
        // an unknown price is neither a plus nor a concern (all Good, as fair
        // suitability keeps them in one band and the points decide).
        let fair = [("rolling", Fair)];
        let treatments = [
            treatment("partly", &fair, (0, 1), course(100, 900), 1),
            treatment("unknown", &fair, (0, 1), None, 1),
            treatment("fits", &fair, (0, 1), course(100, 400), 1),
        ];
        let ranked = rank(
            &treatments,
            Some(&profile(&["rolling"], None, None, Some(500))),
        );
        assert_eq!(ids(&ranked), ["fits", "unknown", "partly"]);
        assert!(ranked.iter().all(|r| r.fit == Some(Fit::Good)));

        // In skin that tans easily, a high pigment risk weighs more than a
        // recovery longer than the visitor accepts.
        let mut high = treatment("high-risk", &good, (0, 1), None, 1);
        high.darker_skin_risk = Level::High;
        let long = treatment("long-recovery", &good, (5, 10), None, 1);
        let treatments = [high, long];
        let ranked = rank(
            &treatments,
            Some(&profile(&["rolling"], Some(true), Some(3), None)),
        );
        assert_eq!(ids(&ranked), ["long-recovery", "high-risk"]);
        assert!(ranked.iter().all(|r| r.fit == Some(Fit::Possible)));

        // A pigment risk no study gives is not taken for a low one, nor
        // punished like a known moderate one.
        let with_risk = |id, risk| {
            let mut t = treatment(id, &good, (0, 1), None, 1);
            t.darker_skin_risk = risk;
            t
        };
        let treatments = [
            with_risk("moderate", Level::Moderate),
            with_risk("unknown", Level::Unknown),
            with_risk("low", Level::Low),
        ];
        let ranked = rank(
            &treatments,
            Some(&profile(&["rolling"], Some(true), None, None)),
        );
        assert_eq!(ids(&ranked), ["low", "unknown", "moderate"]);
    }

    #[test]
    fn fit_bands_from_reasons() {
        let ev = Reason::Evidence {
            level: Evidence::Moderate,
        };
        let days = |fits| Reason::Downtime {
            days: DayRange { min: 0, max: 1 },
            accept: 1,
            fits,
        };
        let budget = |fits| Reason::Budget {
            price: None,
            budget: 1,
            fits,
        };
        let table: &[(Vec<Reason>, Fit)] = &[
            (vec![suits("a", Good), ev.clone()], Fit::Best),
            (vec![suits("a", Fair), ev.clone()], Fit::Good),
            (vec![suits("a", Limited), ev.clone()], Fit::Possible),
            (vec![suits("a", NotSuitable), ev.clone()], Fit::Poor),
            (
                vec![suits("a", Good), suits("b", NotSuitable)],
                Fit::Possible,
            ),
            (vec![suits("a", Good), days(Within::Partly)], Fit::Good),
            (vec![suits("a", Good), days(Within::No)], Fit::Possible),
            (vec![suits("a", Good), budget(Within::Unknown)], Fit::Good),
            (vec![suits("a", Good), budget(Within::No)], Fit::Possible),
            (
                vec![suits("a", Good), Reason::DarkerSkin { risk: Level::Low }],
                Fit::Best,
            ),
            (
                vec![
                    suits("a", Good),
                    Reason::DarkerSkin {
                        risk: Level::Moderate,
                    },
                ],
                Fit::Good,
            ),
            (
                vec![suits("a", Good), Reason::DarkerSkin { risk: Level::High }],
                Fit::Possible,
            ),
            // Without a scar type: Good at most.
            (vec![days(Within::Yes), ev.clone()], Fit::Good),
            (vec![days(Within::No), ev], Fit::Possible),
        ];
        for (reasons, expected) in table {
            assert_eq!(fit(reasons), *expected, "{reasons:?}");
        }
    }

    #[test]
    fn toggle_pick_adds_removes_and_refuses_a_fourth() {
        let mut picks = Vec::new();
        assert!(toggle_pick(&mut picks, "microneedling"));
        assert!(toggle_pick(&mut picks, "subcision"));
        assert!(toggle_pick(&mut picks, "tca-cross"));
        assert_eq!(picks, ["microneedling", "subcision", "tca-cross"]);
        assert!(!toggle_pick(&mut picks, "ha-filler"));
        assert_eq!(picks, ["microneedling", "subcision", "tca-cross"]);
        // Removing works when full, and frees a place.
        assert!(toggle_pick(&mut picks, "subcision"));
        assert_eq!(picks, ["microneedling", "tca-cross"]);
        assert!(toggle_pick(&mut picks, "ha-filler"));
        assert_eq!(picks, ["microneedling", "tca-cross", "ha-filler"]);
        assert!(toggle_pick(&mut picks, "microneedling"));
        assert!(toggle_pick(&mut picks, "tca-cross"));
        assert!(toggle_pick(&mut picks, "ha-filler"));
        assert!(picks.is_empty());
    }
}
