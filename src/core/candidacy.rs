//! The candidacy quiz's rules: which question comes next, what the answers
//! add up to, and what the comparison learns about the visitor. Pure: the
//! quiz itself (questions, effects, reasons) comes from content.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::core::content::quiz::{Answer, CallToAction, Concern, ProfileHint, Question, QuizFile};
use crate::core::small_sort;

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
        // Inserted one by one: collecting into a map would sort, and bring
        // the standard library's sort into the wasm for this alone (3 KB).
        let mut answers = Answers::new();
        for (question_id, chosen) in stored.answers {
            let Some(question) = find_question(quiz, &question_id) else {
                continue;
            };
            let chosen: Vec<String> = chosen
                .into_iter()
                .filter(|id| question.answer.iter().any(|a| &a.id == id))
                .collect();
            let allowed = if question.multiple {
                !chosen.is_empty()
            } else {
                chosen.len() == 1
            };
            if allowed {
                answers.insert(question_id, chosen);
            }
        }
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
    /// What the result offers next: the content's call to action for the outcome.
    pub call_to_action: CallToAction,
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
        // Any answer that says the skin darkens easily counts, whatever
        // another answer or the order says: the pigment risk is the same.
        self.darker_skin = match (self.darker_skin, hint.darker_skin) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (known, hint) => hint.or(known),
        };
        self.downtime_days = hint.downtime_days.or(self.downtime_days);
        // "More than $6,000": no course is above this visitor's budget.
        let over = hint.budget_over.map(|_| u32::MAX);
        self.budget = hint.budget.or(over).or(self.budget);
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
    small_sort::sort_by_key(&mut flags, |flag| std::cmp::Reverse(flag.effect()));
    let outcome = flags.first().map(Flag::effect).unwrap_or(Concern::Fine);
    QuizResult {
        outcome,
        call_to_action: quiz.call_to_action.for_outcome(outcome),
        flags,
        profile,
    }
}

/// Whether booking links and the clinic's phone may show anywhere in the
/// guide for these answers, finished or not: never once the visitor has
/// said they are under 18 (or any answer whose outcome offers nothing).
pub fn offers_booking(quiz: &QuizFile, answers: &Answers) -> bool {
    result(quiz, answers).call_to_action.offers_booking()
}

/// What the comparison learns from finished progress; `None` until the
/// visitor has seen their result (half a quiz personalises nothing).
pub fn finished_profile(quiz: &QuizFile, progress: &Progress) -> Option<VisitorProfile> {
    progress
        .finished
        .then(|| result(quiz, &progress.answers).profile)
}

/// Whether `current` is the last question, so that its button reads "See my
/// result". Which one is last can depend on the answer (it may call for a
/// follow-up): before one is chosen, the first answer counts.
pub fn is_last(quiz: &QuizFile, answers: &Answers, current: &str) -> bool {
    let Some(question) = find_question(quiz, current) else {
        return true;
    };
    let mut answers = answers.clone();
    if let Some(first) = question.answer.first() {
        answers
            .entry(current.to_owned())
            .or_insert_with(|| vec![first.id.clone()]);
    }
    after(quiz, &answers, current).is_none()
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
mod tests;
