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
use crate::core::small_sort;

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
    small_sort::sort_by_key(&mut ranked, |(index, r)| {
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
    small_sort::sort_by_key(&mut suits, |(_, level)| std::cmp::Reverse(*level));
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
                // A course the clinic gives no price for may cost more as
                // much as one that may: unpriced options (often the dearer
                // ones, such as RF microneedling) do not rank above priced
                // ones for it (m10 of the second medical review).
                Within::Unknown => BUDGET_PARTLY,
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
mod tests;
