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
//!    price always above their budget, a high pigment risk in skin that tans
//!    easily) also caps it at [`Fit::Possible`].
//! 2. Within a band, **treatments suiting all the visitor's types first**
//!    (fewest types it is not suitable for). So a treatment not suitable for
//!    a type the visitor has never ranks above one that suits all their types.
//!    (When two treatments each miss a different type, neither can be above
//!    the other by that rule; the points decide.)
//! 3. **Points**: scar fit (the best-suited type, then all of them) minus the
//!    practical concerns, with the weights below.
//! 4. **Stronger evidence** first.
//! 5. **Content order**: the sort is stable.
//!
//! Severity is not used: the content gives one suitability per scar type, not
//! per severity, and deciding in code that (say) fillers suit severe scars
//! less would be clinical content hidden where editors cannot see or cite it.
//! Flat marks reach the ranking through the `marks` scar type instead.

use crate::core::candidacy::VisitorProfile;
use crate::core::content::scars::Suitability;
use crate::core::content::treatments::{DayRange, Evidence, Level, Price, PricePer, Treatment};

/// The most treatments a visitor can pick to see side by side.
pub const MAX_PICKS: usize = 3;

/// Points per step of suitability (not suitable 0, limited 1, fair 2, good 3)
/// of the visitor's best-suited scar type: what a treatment does best for
/// this visitor matters most.
const BEST_SCAR_STEP: i32 = 6;
/// Points per step of suitability of each of the visitor's scar types (the
/// sum over them): treating more of their scars at once counts too, but less.
/// With one type a step is worth BEST_SCAR_STEP + EACH_SCAR_STEP = 8, more
/// than all the concerns a Good or Best treatment can have together (6), so
/// within those bands a better scar fit always comes first.
const EACH_SCAR_STEP: i32 = 2;
/// Recovery may run past what the visitor accepts: a concern, not a refusal.
const DOWNTIME_PARTLY: i32 = -2;
/// Recovery always runs past it (this also caps the band at Possible).
const DOWNTIME_NO: i32 = -4;
/// Some sessions may cost more than the visitor's budget.
const BUDGET_PARTLY: i32 = -2;
/// Every session costs more than the budget (this also caps the band).
const BUDGET_NO: i32 = -4;
/// No price is given ("ask us"): it may fit or not, so it weighs less than a
/// price known to go over, but a price known to fit comes first.
const BUDGET_UNKNOWN: i32 = -1;
/// A moderate risk of pigment change in skin that tans easily: a small penalty.
const DARKER_MODERATE: i32 = -2;
/// A high risk: a strong penalty, almost a whole step of scar fit (it also
/// caps the band at Possible), since the visitor told us their skin tans
/// easily and the content rates this risk high for exactly that skin.
const DARKER_HIGH: i32 = -6;
/// No study gives the risk: neither the plus of a known low risk nor the
/// penalty of a known moderate one, so it sits between them.
const DARKER_UNKNOWN: i32 = -1;

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
    /// or fails something they told us outright: a `No` for downtime or
    /// budget, or a high pigment risk in skin that tans easily.
    Possible,
    /// Suits all their types, at least one fairly or well, with at most concerns
    /// (`Partly`, an unknown price, a moderate pigment risk). Also the best a
    /// treatment can be when the visitor named no scar type.
    Good,
    /// Suits all their types, at least one well, and everything else they
    /// told us is known to fit: every `Yes`, a low pigment risk.
    Best,
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
    /// Its price against the visitor's budget per session. A price per
    /// course counts per session as divided by the fewest sessions, rounded
    /// up; per session and per syringe count as given. `fits` is
    /// [`Within::Unknown`] when there is no price.
    Budget {
        price: Option<Price>,
        budget: u32,
        fits: Within,
    },
    /// Its risk of pigment change; only when the visitor's skin tans easily.
    DarkerSkin { risk: Level },
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
        let fits = match session_price(treatment) {
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
    reasons.push(Reason::Evidence {
        level: treatment.evidence,
    });
    reasons
}

/// The price of one session, low and high: a course's price divided by its
/// fewest sessions (rounded up, so a budget is never flattered).
fn session_price(treatment: &Treatment) -> Option<(u32, u32)> {
    let price = treatment.price?;
    Some(match price.per {
        PricePer::Session | PricePer::Syringe => (price.min, price.max),
        PricePer::Course => {
            let sessions = u32::from(treatment.sessions.min.max(1));
            (price.min.div_ceil(sessions), price.max.div_ceil(sessions))
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
                risk: Level::Moderate
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
                Within::Unknown => BUDGET_UNKNOWN,
                Within::Yes => 0,
            },
            Reason::DarkerSkin { risk } => match risk {
                Level::High => DARKER_HIGH,
                Level::Moderate => DARKER_MODERATE,
                Level::Unknown => DARKER_UNKNOWN,
                Level::Low => 0,
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
            results_last: String::new(),
            discomfort: Level::Low,
            darker_skin_risk: Level::Low,
            darker_skin: String::new(),
            evidence: Evidence::Moderate,
            sources: Vec::new(),
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
                name: "rolling, 3 days, 700 a session",
                profile: Some(profile(&["rolling"], None, Some(3), Some(700))),
                // Fillers and RF: good for rolling, a day or two, no price
                // (a concern, so Good, not Best); microneedling's week of
                // possible redness costs it more than an unknown price.
                order: &[
                    "pmma-filler",
                    "rf-microneedling",
                    "ha-filler",
                    "microneedling",
                    "subcision",
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
                    // Not suitable for rolling: last.
                    ("superficial-peel", "tca-cross"),
                ],
                fits: &[
                    ("pmma-filler", Some(Fit::Good)),
                    ("microneedling", Some(Fit::Good)),
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
                    "ablative-laser",
                    "medium-peel",
                    "rf-microneedling",
                    "superficial-peel",
                    "pmma-filler",
                    "subcision",
                    "ha-filler",
                ],
                above: &[("rf-microneedling", "pmma-filler")],
                fits: &[
                    ("tca-cross", Some(Fit::Best)),
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
                    "ablative-laser",
                    "superficial-peel",
                    "medium-peel",
                    "tca-cross",
                    "pmma-filler",
                    "subcision",
                    "rf-microneedling",
                    "ha-filler",
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
                    "pmma-filler",
                    "non-ablative-laser",
                    "tca-cross",
                    "ablative-laser",
                    "medium-peel",
                    "superficial-peel",
                    "subcision",
                    "ha-filler",
                ],
                above: &[
                    // Good for boxcar but a high pigment risk: below the
                    // fair options with a low or moderate one.
                    ("pmma-filler", "ablative-laser"),
                    ("tca-cross", "ablative-laser"),
                    // Low risk beats moderate at the same fit.
                    ("pmma-filler", "non-ablative-laser"),
                ],
                fits: &[
                    ("microneedling", Some(Fit::Best)),
                    ("pmma-filler", Some(Fit::Good)),
                    ("non-ablative-laser", Some(Fit::Good)),
                    ("ablative-laser", Some(Fit::Possible)),
                ],
            },
            Case {
                name: "300 a session, one day, no scar type",
                profile: Some(profile(&[], None, Some(1), Some(300))),
                order: &[
                    "rf-microneedling",
                    "superficial-peel",
                    "pmma-filler",
                    "ha-filler",
                    "microneedling",
                    "medium-peel",
                    "tca-cross",
                    "subcision",
                    "non-ablative-laser",
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
                    ("superficial-peel", Some(Fit::Best)),
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
                    "ablative-laser",
                    "rf-microneedling",
                    "non-ablative-laser",
                    // Limited for both, but suits both: above every option
                    // that is good for one and not suitable for the other.
                    "medium-peel",
                    "tca-cross",
                    "pmma-filler",
                    "subcision",
                    "ha-filler",
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
        let p = profile(&["rolling"], None, Some(3), Some(700));
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
                    budget: 700,
                    fits: Within::Yes,
                },
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
                    budget: 700,
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
    fn budget_per_session_for_each_kind_of_price() {
        let price = |min, max, per| Some(Price { min, max, per });
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
        assert_eq!(
            check(price(200, 700, PricePer::Session), 3, 700),
            Within::Yes
        );
        assert_eq!(
            check(price(200, 700, PricePer::Session), 3, 699),
            Within::Partly
        );
        assert_eq!(
            check(price(200, 700, PricePer::Session), 3, 200),
            Within::Partly
        );
        assert_eq!(
            check(price(200, 700, PricePer::Session), 3, 199),
            Within::No
        );
        assert_eq!(
            check(price(400, 600, PricePer::Syringe), 1, 500),
            Within::Partly
        );
        // A course of at least 3 sessions for 900-1500 is 300-500 a session.
        assert_eq!(
            check(price(900, 1500, PricePer::Course), 3, 500),
            Within::Yes
        );
        assert_eq!(
            check(price(900, 1500, PricePer::Course), 3, 300),
            Within::Partly
        );
        // Rounded up: 1000 / 3 is 334 a session, over a budget of 333.
        assert_eq!(
            check(price(1000, 1000, PricePer::Course), 3, 334),
            Within::Yes
        );
        assert_eq!(
            check(price(1000, 1000, PricePer::Course), 3, 333),
            Within::No
        );
        assert_eq!(check(None, 3, 1_000_000), Within::Unknown);
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
        let session = |min, max| {
            Some(Price {
                min,
                max,
                per: PricePer::Session,
            })
        };
        // A price known to fit beats no price, which beats one that may not
        // (all Good: an unknown price is a concern like Partly, so fair
        // suitability keeps them in one band and the points decide).
        let fair = [("rolling", Fair)];
        let treatments = [
            treatment("partly", &fair, (0, 1), session(100, 900), 1),
            treatment("unknown", &fair, (0, 1), None, 1),
            treatment("fits", &fair, (0, 1), session(100, 400), 1),
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
