use super::*;
use crate::core::content::treatments::CountRange;
use crate::core::content::{RichText, TreatmentsFile};

/// The default treatments, from the test fixture (a frozen copy of the
/// default content, so clinics editing their prices break no test).
fn defaults() -> TreatmentsFile {
    crate::fixture::content().treatments
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
            // price (counted as a course that may cost more, as
            // microneedling's may). Then microneedling's week of possible
            // redness, and subcision's longer recovery and varying
            // results, also unpriced. The fillers' results fade (HA) or
            // come with a high risk of lasting problems (PMMA): an unknown
            // price lifts neither.
            order: &[
                "rf-microneedling",
                "microneedling",
                "subcision",
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
                "non-ablative-laser",
                "subcision",
                "medium-peel",
                "tca-cross",
                "ablative-laser",
                "pmma-filler",
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
                    per: PricePer::Session,
                    example: false,
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
    let price = |min, max, per| {
        Some(Price {
            min,
            max,
            per,
            example: false,
        })
    };
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
            example: false,
        })
    };
    // A price known to fit beats one that may not, and no price weighs as
    // much as one that may not: an option the clinic does not price does
    // not rank above a priced one for it (content order breaks the tie; all
    // Good, as fair suitability keeps them in one band and the points decide).
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
    assert_eq!(ids(&ranked), ["fits", "partly", "unknown"]);
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
