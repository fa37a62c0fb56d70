use super::*;
/// The quiz of the test fixture (a frozen copy of the default content).
fn quiz() -> QuizFile {
    crate::fixture::content().quiz
}

/// Answers given in a test: (question id, chosen answer ids).
type Given<'a> = &'a [(&'a str, &'a [&'a str])];

/// Answers every main question with its first answer ("No"/fine ones),
/// then applies `overrides` (question id, answer ids).
fn answers(quiz: &QuizFile, overrides: Given) -> Answers {
    let mut answers: Answers = quiz
        .question
        .iter()
        .filter(|q| !q.follow_up)
        .map(|q| (q.id.clone(), vec![q.answer[0].id.clone()]))
        .collect();
    for (question, chosen) in overrides {
        answers.insert(
            question.to_string(),
            chosen.iter().map(|s| s.to_string()).collect(),
        );
    }
    answers
}

fn flagged(result: &QuizResult) -> Vec<String> {
    result
        .flags
        .iter()
        .map(|f| format!("{}:{}", f.question.id, f.answer.id))
        .collect()
}

#[test]
fn the_last_question_depends_on_its_answer() {
    let mut quiz = quiz();
    let kept = ["adult", "isotretinoin", "isotretinoin-when"];
    quiz.question.retain(|q| kept.contains(&q.id.as_str()));
    let mut answered = answers(&quiz, &[]);
    answered.remove("isotretinoin");
    assert!(!is_last(&quiz, &answered, "adult"));
    // Before an answer the first ("No") counts: no follow-up comes.
    assert!(is_last(&quiz, &answered, "isotretinoin"));
    let yes = answers(&quiz, &[("isotretinoin", &["yes"])]);
    assert!(!is_last(&quiz, &yes, "isotretinoin"));
    assert!(is_last(&quiz, &yes, "isotretinoin-when"));
    assert!(is_last(&quiz, &yes, "no-such-question"));
}

#[test]
fn only_a_finished_quiz_personalises_the_comparison() {
    let quiz = quiz();
    let mut progress = Progress::restore(None, &quiz);
    progress.answers = answers(&quiz, &[]);
    assert_eq!(finished_profile(&quiz, &progress), None);
    progress.finished = true;
    assert_eq!(
        finished_profile(&quiz, &progress),
        Some(result(&quiz, &progress.answers).profile)
    );
}

#[test]
fn outcomes_for_a_table_of_answer_sets() {
    let quiz = quiz();
    let table: &[(Given, Concern, &[&str])] = &[
        (&[], Concern::Fine, &[]),
        (
            &[("cold-sores", &["sometimes"])],
            Concern::Mention,
            &["cold-sores:sometimes"],
        ),
        (
            &[("active-acne", &["yes"])],
            Concern::Wait,
            &["active-acne:yes"],
        ),
        (
            &[("pregnancy", &["yes"]), ("sunburn", &["yes"])],
            Concern::Wait,
            &["pregnancy:yes", "sunburn:yes"],
        ),
        (&[("keloids", &["yes"])], Concern::Doctor, &["keloids:yes"]),
        (
            // The most serious wins, and every flag is listed, most serious first.
            &[
                ("cold-sores", &["sometimes"]),
                ("skin-cancer", &["yes"]),
                ("infection", &["yes"]),
            ],
            Concern::Doctor,
            &["skin-cancer:yes", "infection:yes", "cold-sores:sometimes"],
        ),
        (
            &[
                ("isotretinoin", &["yes"]),
                ("isotretinoin-when", &["under-six-months"]),
            ],
            Concern::Mention,
            &["isotretinoin-when:under-six-months"],
        ),
        (
            &[
                ("isotretinoin", &["yes"]),
                ("isotretinoin-when", &["over-six-months"]),
            ],
            Concern::Fine,
            &[],
        ),
        (
            &[("allergies", &["numbing-cream", "metal"])],
            Concern::Mention,
            &["allergies:numbing-cream", "allergies:metal"],
        ),
        (
            &[("skin-type", &["tans"])],
            Concern::Mention,
            &["skin-type:tans"],
        ),
        (
            &[("scar-types", &["rolling", "keloid"])],
            Concern::Doctor,
            &["scar-types:keloid"],
        ),
        (
            &[("bleeding", &["blood-thinners"])],
            Concern::Mention,
            &["bleeding:blood-thinners"],
        ),
        (
            &[("bleeding", &["bleeding-disorder"])],
            Concern::Doctor,
            &["bleeding:bleeding-disorder"],
        ),
    ];
    for (overrides, outcome, expected_flags) in table {
        let answers = answers(&quiz, overrides);
        let result = result(&quiz, &answers);
        assert_eq!(result.outcome, *outcome, "{overrides:?}");
        // Order within one effect follows the quiz; across effects, most serious first.
        let mut got = flagged(&result);
        let mut want: Vec<String> = expected_flags.iter().map(|s| s.to_string()).collect();
        if *outcome == Concern::Doctor && want.len() == 3 {
            assert_eq!(got, want, "{overrides:?}");
        }
        got.sort();
        want.sort();
        assert_eq!(got, want, "{overrides:?}");
        for flag in &result.flags {
            assert!(
                flag.answer.reason.is_some() && !flag.answer.sources.is_empty(),
                "{} has its reason and sources",
                flag.answer.id
            );
        }
    }
}

#[test]
fn a_follow_up_is_asked_only_after_the_answer_that_calls_for_it() {
    let quiz = quiz();
    let mut answers = Answers::new();
    let ids = |a: &Answers| {
        path(&quiz, a)
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>()
    };
    assert!(!ids(&answers).contains(&"isotretinoin-when".to_string()));
    answers.insert("isotretinoin".into(), vec!["yes".into()]);
    let asked = ids(&answers);
    let position = asked.iter().position(|id| id == "isotretinoin").unwrap();
    assert_eq!(asked[position + 1], "isotretinoin-when");
    assert_eq!(
        after(&quiz, &answers, "isotretinoin").unwrap().id,
        "isotretinoin-when"
    );
}

#[test]
fn a_stale_follow_up_answer_stops_counting() {
    let quiz = quiz();
    let mut answers = answers(
        &quiz,
        &[
            ("isotretinoin", &["yes"]),
            ("isotretinoin-when", &["still-taking"]),
        ],
    );
    assert_eq!(result(&quiz, &answers).outcome, Concern::Mention);
    answers.insert("isotretinoin".into(), vec!["no".into()]);
    assert_eq!(result(&quiz, &answers).outcome, Concern::Fine);
}

#[test]
fn severity_comes_from_the_two_goodman_checks() {
    let quiz = quiz();
    let cases: &[(Given, Option<u8>)] = &[
        (&[("visibility", &["flat-only"])], Some(1)),
        (&[("visibility", &["not-at-arms-length"])], Some(2)),
        (
            &[("visibility", &["yes"]), ("stretch", &["flatten"])],
            Some(3),
        ),
        (&[("visibility", &["yes"]), ("stretch", &["stay"])], Some(4)),
    ];
    for (overrides, severity) in cases {
        assert_eq!(
            result(&quiz, &answers(&quiz, overrides)).profile.severity,
            *severity,
            "{overrides:?}"
        );
    }
}

#[test]
fn the_profile_collects_what_the_comparison_needs() {
    let quiz = quiz();
    let answers = answers(
        &quiz,
        &[
            ("scar-types", &["rolling", "boxcar"]),
            ("skin-type", &["never-burns"]),
            ("downtime", &["three-days"]),
            ("budget", &["under-3000"]),
        ],
    );
    let profile = result(&quiz, &answers).profile;
    assert_eq!(profile.scars, ["boxcar", "rolling"]);
    assert_eq!(profile.darker_skin, Some(true));
    assert_eq!(profile.downtime_days, Some(3));
    assert_eq!(profile.budget, Some(3000));
}

#[test]
fn darker_skin_from_any_answer_wins_over_a_lighter_one() {
    // Skin that burns ("burns": false), but that small injuries leave dark
    // for months (dark-marks "yes": true): darker skin, in either order.
    let hint = |darker_skin| ProfileHint {
        darker_skin,
        ..ProfileHint::default()
    };
    for order in [[Some(false), Some(true)], [Some(true), Some(false)]] {
        let mut profile = VisitorProfile::default();
        for darker in order {
            profile.add(&hint(darker));
        }
        assert_eq!(profile.darker_skin, Some(true), "{order:?}");
    }
    // An answer that says nothing keeps what another said.
    let mut profile = VisitorProfile::default();
    profile.add(&hint(Some(false)));
    profile.add(&hint(None));
    assert_eq!(profile.darker_skin, Some(false));
}

#[test]
fn back_and_step_follow_the_path() {
    let quiz = quiz();
    let answers = Answers::new();
    let first = &quiz.question[0].id;
    assert_eq!(before(&quiz, &answers, first), None);
    assert_eq!(step(&quiz, &answers, first).0, 1);
    let second = &quiz.question[1].id;
    assert_eq!(before(&quiz, &answers, second).unwrap().id, *first);
    assert_eq!(step(&quiz, &answers, second).0, 2);
}

#[test]
fn milestones_count_main_questions_whatever_the_answers() {
    let quiz = quiz();
    let main: Vec<&Question> = quiz.question.iter().filter(|q| !q.follow_up).collect();
    let follow_up = quiz.question.iter().find(|q| q.follow_up).unwrap();
    assert_eq!(milestone(&quiz, &main[0].id), Some((1, main.len())));
    assert_eq!(milestone(&quiz, &main[2].id), Some((3, main.len())));
    assert_eq!(milestone(&quiz, &follow_up.id), None);
    assert_eq!(milestone(&quiz, "no-such-question"), None);
}

#[test]
fn choosing_replaces_or_toggles_and_none_is_exclusive() {
    let quiz = quiz();
    let allergies = quiz.question.iter().find(|q| q.id == "allergies").unwrap();
    let mut answers = Answers::new();
    choose(&mut answers, allergies, "metal");
    choose(&mut answers, allergies, "numbing-cream");
    assert_eq!(answers["allergies"], ["metal", "numbing-cream"]);
    choose(&mut answers, allergies, "none");
    assert_eq!(answers["allergies"], ["none"]);
    choose(&mut answers, allergies, "metal");
    assert_eq!(answers["allergies"], ["metal"]);
    choose(&mut answers, allergies, "metal");
    assert!(!answers.contains_key("allergies"));
    let acne = &quiz.question[0];
    choose(&mut answers, acne, "yes");
    choose(&mut answers, acne, "no");
    assert_eq!(answers[&acne.id], ["no"]);
    choose(&mut answers, acne, "not-an-answer");
    assert_eq!(answers[&acne.id], ["no"]);
}

#[test]
fn stored_progress_is_checked_against_the_quiz() {
    let quiz = quiz();
    let mut stored = Progress::new();
    stored
        .answers
        .insert("active-acne".into(), vec!["yes".into()]);
    stored
        .answers
        .insert("no-such-question".into(), vec!["x".into()]);
    stored
        .answers
        .insert("pregnancy".into(), vec!["no-such-answer".into()]);
    stored
        .answers
        .insert("sunburn".into(), vec!["yes".into(), "no".into()]);
    stored.current = Some("no-such-question".into());
    let restored = Progress::restore(Some(stored), &quiz);
    assert_eq!(restored.answers.keys().collect::<Vec<_>>(), ["active-acne"]);
    // Unknown: back to the first question without an answer.
    assert_eq!(
        restored.current,
        next_unanswered(&quiz, &restored.answers).map(|q| q.id.clone())
    );

    let mut old = Progress::new();
    old.version = 0;
    old.answers.insert("active-acne".into(), vec!["yes".into()]);
    assert_eq!(Progress::restore(Some(old), &quiz).answers, Answers::new());
    assert_eq!(
        Progress::restore(None, &quiz).current.as_deref(),
        Some(quiz.question[0].id.as_str())
    );
}

/// Stored quiz progress is postcard bytes a browser may keep for months
/// ("remember on this device"): a reordered field must not misread them.
/// Change them only with a new `Progress::VERSION`.
#[test]
fn stored_progress_keeps_its_bytes() {
    let mut progress = Progress::new();
    progress.answers.insert("a".into(), vec!["b".into()]);
    progress.current = Some("c".into());
    let bytes = postcard::to_allocvec(&progress).unwrap();
    assert_eq!(crate::core::hex::encode(&bytes), "0101016101016201016300");
    assert_eq!(postcard::from_bytes::<Progress>(&bytes).unwrap(), progress);
}

#[test]
fn an_answer_given_ahead_of_the_code_is_kept() {
    let quiz = quiz();
    let first = first_question_ahead(&quiz).expect("the first question is plain");
    let yes = first.answer[0].id.clone();
    let kept = answered_ahead(&quiz, Some(&yes), false);
    assert_eq!(kept.answers.get(&first.id), Some(&vec![yes.clone()]));
    assert_eq!(kept.current.as_deref(), Some(first.id.as_str()));

    let moved_on = answered_ahead(&quiz, Some(&yes), true);
    assert_eq!(
        moved_on.current.as_deref(),
        Some(quiz.question[1].id.as_str())
    );
    assert!(!moved_on.finished);
}

#[test]
fn an_unknown_answer_given_ahead_counts_as_none() {
    let quiz = quiz();
    for chosen in [None, Some("not-an-answer")] {
        let progress = answered_ahead(&quiz, chosen, true);
        assert_eq!(progress, Progress::restore(None, &quiz), "{chosen:?}");
    }
}

#[test]
fn a_first_question_with_many_answers_waits_for_the_code() {
    let mut quiz = quiz();
    quiz.question[0].multiple = true;
    assert!(first_question_ahead(&quiz).is_none());
}

/// N1 of the second medical review: a result offers booking only where it
/// may. Under 18 outweighs everything and offers nothing to book or call;
/// "see a doctor" puts the doctor first.
#[test]
fn each_outcome_offers_its_own_call_to_action() {
    let quiz = quiz();
    let table: &[(Given, Concern, CallToAction)] = &[
        (&[], Concern::Fine, CallToAction::Book),
        (
            &[("active-acne", &["yes"])],
            Concern::Wait,
            CallToAction::Book,
        ),
        (
            &[("skin-cancer", &["yes"])],
            Concern::Doctor,
            CallToAction::AfterDoctor,
        ),
        (&[("adult", &["no"])], Concern::UnderAge, CallToAction::None),
        (
            &[("adult", &["no"]), ("skin-cancer", &["yes"])],
            Concern::UnderAge,
            CallToAction::None,
        ),
    ];
    for (given, outcome, action) in table {
        let answers = answers(&quiz, given);
        let result = result(&quiz, &answers);
        assert_eq!(
            (result.outcome, result.call_to_action),
            (*outcome, *action),
            "{given:?}"
        );
        assert_eq!(offers_booking(&quiz, &answers), action.offers_booking());
    }
    // Before the quiz is finished, too: the comparison's booking links go
    // as soon as the visitor says they are under 18.
    let mut partial = Answers::new();
    partial.insert("adult".into(), vec!["no".into()]);
    assert!(!offers_booking(&quiz, &partial));
}

#[test]
fn the_top_budget_answer_puts_no_course_above_the_budget() {
    let quiz = quiz();
    let top = answers(&quiz, &[("budget", &["more"])]);
    assert_eq!(result(&quiz, &top).profile.budget, Some(u32::MAX));
    let low = answers(&quiz, &[("budget", &["under-1000"])]);
    assert_eq!(result(&quiz, &low).profile.budget, Some(1000));
}
