//! The candidacy quiz's rules: which question comes next, what the answers
//! add up to, and what the comparison learns about the visitor. Pure: the
//! quiz itself (questions, effects, reasons) comes from content.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::content::quiz::{Answer, Concern, ProfileHint, Question, QuizFile};

/// The visitor's answers: question id → chosen answer ids.
pub type Answers = BTreeMap<String, Vec<String>>;

/// Where the visitor is in the quiz, as stored between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    pub answers: Answers,
    /// The question on screen, by id; `None` once the result is showing.
    pub current: Option<String>,
    /// true once the visitor has seen the result.
    pub finished: bool,
}

impl Progress {
    /// Bumped whenever the stored shape changes; other versions are ignored.
    pub const VERSION: u32 = 1;

    pub fn new() -> Self {
        Progress {
            version: Self::VERSION,
            ..Progress::default()
        }
    }

    /// Progress read from storage, kept only if it is this version and fits
    /// this quiz: answers to unknown questions or with unknown choices are
    /// dropped, and the current question must exist.
    pub fn restore(stored: Option<Progress>, quiz: &QuizFile) -> Progress {
        let Some(stored) = stored.filter(|p| p.version == Self::VERSION) else {
            return Progress {
                current: first_open(quiz, &Answers::new()),
                ..Progress::new()
            };
        };
        let answers: Answers = stored
            .answers
            .into_iter()
            .filter_map(|(question_id, chosen)| {
                let question = find_question(quiz, &question_id)?;
                let chosen: Vec<String> = chosen
                    .into_iter()
                    .filter(|id| question.answer.iter().any(|a| &a.id == id))
                    .collect();
                let allowed = if question.multiple {
                    !chosen.is_empty()
                } else {
                    chosen.len() == 1
                };
                allowed.then_some((question_id, chosen))
            })
            .collect();
        let current = stored
            .current
            .filter(|id| path(quiz, &answers).iter().any(|q| &q.id == id));
        let finished =
            stored.finished && current.is_none() && next_unanswered(quiz, &answers).is_none();
        let current = if current.is_none() && !finished {
            first_open(quiz, &answers)
        } else {
            current
        };
        Progress {
            version: Self::VERSION,
            answers,
            current,
            finished,
        }
    }
}

fn find_question<'a>(quiz: &'a QuizFile, id: &str) -> Option<&'a Question> {
    quiz.question.iter().find(|q| q.id == id)
}

/// The questions this visitor is asked, in order: every main question, each
/// followed by the follow-ups its chosen answers lead to.
pub fn path<'a>(quiz: &'a QuizFile, answers: &Answers) -> Vec<&'a Question> {
    let mut asked = Vec::new();
    for question in quiz.question.iter().filter(|q| !q.follow_up) {
        push_with_follow_ups(quiz, question, answers, &mut asked);
    }
    asked
}

fn push_with_follow_ups<'a>(
    quiz: &'a QuizFile,
    question: &'a Question,
    answers: &Answers,
    asked: &mut Vec<&'a Question>,
) {
    if asked.iter().any(|q| q.id == question.id) {
        return; // a loop in the content: ask each question once
    }
    asked.push(question);
    for answer in chosen_answers(question, answers) {
        if let Some(next) = answer
            .follow_up
            .as_deref()
            .and_then(|id| find_question(quiz, id))
        {
            push_with_follow_ups(quiz, next, answers, asked);
        }
    }
}

/// The answers chosen for `question`, in the question's order.
pub fn chosen_answers<'a>(question: &'a Question, answers: &Answers) -> Vec<&'a Answer> {
    let chosen = answers
        .get(&question.id)
        .map(Vec::as_slice)
        .unwrap_or_default();
    question
        .answer
        .iter()
        .filter(|a| chosen.contains(&a.id))
        .collect()
}

/// The first question on the path without an answer.
pub fn next_unanswered<'a>(quiz: &'a QuizFile, answers: &Answers) -> Option<&'a Question> {
    path(quiz, answers)
        .into_iter()
        .find(|q| !answers.contains_key(&q.id))
}

/// Where a visitor starts or resumes: the first unanswered question, else the first.
fn first_open(quiz: &QuizFile, answers: &Answers) -> Option<String> {
    next_unanswered(quiz, answers)
        .or_else(|| path(quiz, answers).into_iter().next())
        .map(|q| q.id.clone())
}

/// After answering `current`: the next question on the (possibly changed)
/// path, or `None` when the quiz is done.
pub fn after<'a>(quiz: &'a QuizFile, answers: &Answers, current: &str) -> Option<&'a Question> {
    let asked = path(quiz, answers);
    let position = asked.iter().position(|q| q.id == current)?;
    asked
        .into_iter()
        .skip(position + 1)
        .find(|q| !answers.contains_key(&q.id))
        .or_else(|| {
            // Everything after is answered: continue to any gap before, or finish.
            next_unanswered(quiz, answers)
        })
}

/// The question before `current` on the path, for "Back".
pub fn before<'a>(quiz: &'a QuizFile, answers: &Answers, current: &str) -> Option<&'a Question> {
    let asked = path(quiz, answers);
    let position = asked.iter().position(|q| q.id == current)?;
    position.checked_sub(1).map(|p| asked[p])
}

/// Step `current` is on, counting from 1, and how many steps the path has now.
pub fn step(quiz: &QuizFile, answers: &Answers, current: &str) -> (usize, usize) {
    let asked = path(quiz, answers);
    let position = asked.iter().position(|q| q.id == current).unwrap_or(0);
    (position + 1, asked.len())
}

/// What analytics may learn of the visitor's place in the quiz: for a main
/// question, its number among the main questions and how many there are.
/// Follow-ups give `None`: whether one is asked, and so how long the quiz
/// is, depends on the answers, which never leave the device.
pub fn milestone(quiz: &QuizFile, current: &str) -> Option<(usize, usize)> {
    let main = || quiz.question.iter().filter(|q| !q.follow_up);
    let position = main().position(|q| q.id == current)?;
    Some((position + 1, main().count()))
}

/// One answer that raised something, with what the content says about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Flag<'a> {
    pub question: &'a Question,
    pub answer: &'a Answer,
}

impl Flag<'_> {
    pub fn effect(&self) -> Concern {
        self.answer.effect
    }
}

/// What the answers add up to.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizResult<'a> {
    /// The most serious effect among the answers on the path.
    pub outcome: Concern,
    /// Every answer that raised something, most serious first, then in quiz order.
    pub flags: Vec<Flag<'a>>,
    pub profile: VisitorProfile,
}

/// What the comparison learns from the quiz.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VisitorProfile {
    /// Scar type ids the visitor sees.
    pub scars: Vec<String>,
    pub severity: Option<u8>,
    pub darker_skin: Option<bool>,
    pub downtime_days: Option<u16>,
    pub budget: Option<u32>,
}

impl VisitorProfile {
    fn add(&mut self, hint: &ProfileHint) {
        if let Some(scar) = &hint.scar
            && !self.scars.contains(scar)
        {
            self.scars.push(scar.clone());
        }
        self.severity = hint.severity.or(self.severity);
        self.darker_skin = hint.darker_skin.or(self.darker_skin);
        self.downtime_days = hint.downtime_days.or(self.downtime_days);
        self.budget = hint.budget.or(self.budget);
    }
}

/// Reads the answers on the visitor's path (answers to questions no longer
/// on it, such as a follow-up whose trigger changed, do not count).
pub fn result<'a>(quiz: &'a QuizFile, answers: &Answers) -> QuizResult<'a> {
    let mut flags = Vec::new();
    let mut profile = VisitorProfile::default();
    for question in path(quiz, answers) {
        for answer in chosen_answers(question, answers) {
            if answer.effect != Concern::Fine {
                flags.push(Flag { question, answer });
            }
            if let Some(hint) = &answer.profile {
                profile.add(hint);
            }
        }
    }
    // Stable: within one effect, quiz order is kept.
    flags.sort_by_key(|flag| std::cmp::Reverse(flag.effect()));
    let outcome = flags.first().map(Flag::effect).unwrap_or(Concern::Fine);
    QuizResult {
        outcome,
        flags,
        profile,
    }
}

/// The first question, if it can be asked before the widget's code arrives
/// (on the start screen the compiler writes ahead of time): one answer to
/// pick, plain radio buttons, no pictures.
pub fn first_question_ahead(quiz: &QuizFile) -> Option<&Question> {
    let first = path(quiz, &Answers::new()).into_iter().next()?;
    let plain = first
        .answer
        .iter()
        .all(|a| a.profile.as_ref().is_none_or(|p| p.scar.is_none()));
    (!first.multiple && plain).then_some(first)
}

/// Where the quiz carries on when the visitor answered the first question
/// before the widget's code arrived: `chosen` is the answer they picked
/// (ignored unless it is one of the question's), `advanced` whether they
/// pressed Next too.
pub fn answered_ahead(quiz: &QuizFile, chosen: Option<&str>, advanced: bool) -> Progress {
    let mut progress = Progress::restore(None, quiz);
    let (Some(question), Some(chosen)) = (first_question_ahead(quiz), chosen) else {
        return progress;
    };
    choose(&mut progress.answers, question, chosen);
    if advanced && progress.answers.contains_key(&question.id) {
        match after(quiz, &progress.answers, &question.id) {
            Some(next) => progress.current = Some(next.id.clone()),
            None => {
                progress.current = None;
                progress.finished = true;
            }
        }
    }
    progress
}

/// Chooses `answer` for `question`: replaces the choice for single-answer
/// questions, toggles it for multiple-answer ones (where an exclusive answer,
/// such as "None of these", clears the others and is cleared by them).
pub fn choose(answers: &mut Answers, question: &Question, answer: &str) {
    let Some(picked) = question.answer.iter().find(|a| a.id == answer) else {
        return;
    };
    if !question.multiple || picked.exclusive {
        let already = answers
            .get(&question.id)
            .is_some_and(|c| c.len() == 1 && c[0] == answer);
        if question.multiple && already {
            answers.remove(&question.id);
        } else {
            answers.insert(question.id.clone(), vec![answer.to_owned()]);
        }
        return;
    }
    let exclusive: Vec<&str> = question
        .answer
        .iter()
        .filter(|a| a.exclusive)
        .map(|a| a.id.as_str())
        .collect();
    let chosen = answers.entry(question.id.clone()).or_default();
    chosen.retain(|id| !exclusive.contains(&id.as_str()));
    match chosen.iter().position(|id| id == answer) {
        Some(index) => {
            chosen.remove(index);
        }
        None => chosen.push(answer.to_owned()),
    }
    if chosen.is_empty() {
        answers.remove(&question.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Content;

    /// The quiz of the test fixture (a frozen copy of the default content).
    fn quiz() -> QuizFile {
        let content: Content =
            serde_json::from_str(include_str!("../../tests/fixtures/content-en.json")).unwrap();
        content.quiz
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
        assert_eq!(
            restored.current.as_deref(),
            Some(quiz.question[1].id.as_str())
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
}
