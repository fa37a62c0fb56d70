//! quiz.toml: ids, follow-ups, scar references, and that every answer that
//! raises something says why, what to do, and on what evidence.

use std::collections::BTreeSet;

use serde_json::Value;

use super::compliance::Rule;
use super::*;
use crate::core::content::Concern;

/// Checks quiz.toml: ids, follow-ups, scar references, and that every answer
/// that raises something says why, what to do, and on what evidence.
/// Checks the merged quiz against the scar ids and, where treatments.toml
/// was read, the treatment ids.
pub fn check_quiz(
    file: &str,
    quiz: &Value,
    scar_ids: &[&str],
    treatment_ids: Option<&[&str]>,
    issues: &mut Vec<Issue>,
) {
    if let (Some(treatment), Some(ids)) = (text_at(quiz, "/treatment"), treatment_ids)
        && !ids.contains(&treatment)
    {
        issues.push(unknown_reference(
            file,
            "/treatment".to_owned(),
            treatment,
            ids,
            "treatment",
            "treatments.toml",
        ));
    }
    let questions = items(quiz, "/question");
    let question_ids = check_ids(file, &questions, "question", issues);
    let follow_up_questions: Vec<&str> = questions
        .iter()
        .filter(|(_, q)| q.get("follow_up").and_then(Value::as_bool) == Some(true))
        .filter_map(|(_, q)| text_at(q, "/id"))
        .collect();
    let mut led_to: BTreeSet<&str> = BTreeSet::new();

    for (pointer, question) in &questions {
        let answers = items(question, "/answer");
        let answers: Vec<(String, &Value)> = answers
            .into_iter()
            .map(|(at, answer)| (format!("{pointer}{at}"), answer))
            .collect();
        check_ids(file, &answers, "answer", issues);
        for (at, answer) in &answers {
            let effect = text_at(answer, "/effect").unwrap_or("fine");
            if effect != "fine" {
                for (field, what) in [
                    ("reason", "why this answer matters"),
                    ("what_to_do", "what the visitor should do"),
                ] {
                    if answer.get(field).is_none() {
                        issues.push(
                            Issue::new(
                                file,
                                format!("{at}/{field}"),
                                format!("an answer with effect \"{effect}\" needs `{field}`"),
                            )
                            .help(format!("add {field} = \"…\": {what}")),
                        );
                    }
                }
                if answer
                    .get("sources")
                    .and_then(Value::as_array)
                    .is_none_or(Vec::is_empty)
                {
                    issues.push(
                        Issue::new(
                            file,
                            format!("{at}/sources"),
                            format!("an answer with effect \"{effect}\" needs `sources`"),
                        )
                        .help(
                            "add sources = [\"…\"] with the ids of the sources behind its reason",
                        ),
                    );
                }
            }
            check_answer_text(file, at, answer, issues);
            if effect == "wait" && answer.get("wait_until").is_none() {
                issues.push(
                    Issue::new(
                        file,
                        format!("{at}/wait_until"),
                        "an answer with effect \"wait\" needs `wait_until`",
                    )
                    .help("add wait_until = \"until …\""),
                );
            }
            if let Some(next) = text_at(answer, "/follow_up") {
                if !question_ids.contains(&next) {
                    issues.push(unknown_reference(
                        file,
                        format!("{at}/follow_up"),
                        next,
                        &question_ids,
                        "question",
                        "quiz.toml",
                    ));
                } else if !follow_up_questions.contains(&next) {
                    issues.push(
                        Issue::new(file, format!("{at}/follow_up"), format!("\"{next}\" is not marked as a follow-up question"))
                            .help(format!("add follow_up = true to the question \"{next}\", so it is only asked after this answer")),
                    );
                }
                led_to.insert(next);
            }
            if let Some(scar) = text_at(answer, "/profile/scar")
                && !scar_ids.contains(&scar)
            {
                issues.push(unknown_reference(
                    file,
                    format!("{at}/profile/scar"),
                    scar,
                    scar_ids,
                    "scar type",
                    "scars.toml",
                ));
            }
        }
    }
    check_follow_up_loops(file, &questions, issues);
    check_calls_to_action(file, quiz, &questions, issues);
    for (pointer, question) in &questions {
        if let Some(id) = text_at(question, "/id")
            && follow_up_questions.contains(&id)
            && !led_to.contains(id)
        {
            issues.push(
                Issue::new(file, format!("{pointer}/follow_up"), format!("no answer leads to the follow-up question \"{id}\""))
                    .help(format!("add follow_up = \"{id}\" to the answer that should lead here, or remove follow_up = true")),
            );
        }
    }
}

/// A follow-up must lead onwards: one that leads back to its own question,
/// directly or through other follow-ups, would send the visitor in circles.
fn check_follow_up_loops(file: &str, questions: &[(String, &Value)], issues: &mut Vec<Issue>) {
    // (question id, pointer of the answer's follow_up, the question it leads to)
    let mut edges: Vec<(&str, String, &str)> = Vec::new();
    for (pointer, question) in questions {
        let Some(id) = text_at(question, "/id") else {
            continue;
        };
        for (at, answer) in items(question, "/answer") {
            if let Some(next) = text_at(answer, "/follow_up") {
                edges.push((id, format!("{pointer}{at}/follow_up"), next));
            }
        }
    }
    let leads_to = |from: &str, target: &str| {
        let mut seen = BTreeSet::new();
        let mut queue = vec![from];
        while let Some(id) = queue.pop() {
            if id == target {
                return true;
            }
            if seen.insert(id) {
                queue.extend(edges.iter().filter(|e| e.0 == id).map(|e| e.2));
            }
        }
        false
    };
    for (question, pointer, next) in &edges {
        if leads_to(next, question) {
            let how = if next == question {
                "leads back to its own question".to_owned()
            } else {
                format!("leads to \"{next}\", which leads back to \"{question}\"")
            };
            issues.push(
                Issue::new(
                    file,
                    pointer.clone(),
                    format!("this follow-up {how}, so the quiz would go round in circles"),
                )
                .help("name a follow-up question that comes after this one, or remove follow_up"),
            );
        }
    }
}

/// Budget answers are written by the guide from their amount, in the
/// visitor's money format; every other answer needs its words.
fn check_answer_text(file: &str, at: &str, answer: &Value, issues: &mut Vec<Issue>) {
    let amount = |field: &str| answer.pointer(&format!("/profile/{field}")).is_some();
    let written = answer.get("text").is_some();
    match (amount("budget"), amount("budget_over")) {
        (true, true) => issues.push(
            Issue::new(file, format!("{at}/profile/budget_over"), "a budget answer has either `budget` (up to) or `budget_over` (more than), not both")
                .help("keep budget = … for \"Up to …\", or budget_over = … for the top answer, \"More than …\""),
        ),
        (true, false) | (false, true) if written => issues.push(
            Issue::new(file, format!("{at}/text"), "a budget answer's words are written from its amount, in each visitor's own currency format")
                .help("delete this text line: the guide shows \"Up to $1,000\" (ui.toml's [quiz] budget_up_to) from the amount in quiz.toml")
                .at_key(),
        ),
        (false, false) if !written => issues.push(
            Issue::new(file, format!("{at}/text"), "this answer has no `text`")
                .help("add text = \"…\": the answer as visitors read it"),
        ),
        _ => {}
    }
}

/// The result's calls to action follow the compliance rules: nothing to book
/// for a visitor under 18, the doctor before booking, and the age asked.
fn check_calls_to_action(
    file: &str,
    quiz: &Value,
    questions: &[(String, &Value)],
    issues: &mut Vec<Issue>,
) {
    let action = |outcome: &str, default: &'static str| {
        text_at(quiz, &format!("/call_to_action/{outcome}")).unwrap_or(default)
    };
    let rule = |id: &str| Rule::named(id).why();
    let under_age = action("under-age", "none");
    if under_age != "none" {
        issues.push(
            Issue::new(
                file,
                "/call_to_action/under-age",
                format!(
                    "a visitor under 18 must not be offered \"{under_age}\" [no-selling-to-minors]"
                ),
            )
            .help(format!(
                "write under-age = \"none\". Why: {}",
                rule("no-selling-to-minors")
            )),
        );
    }
    let doctor = action("doctor", "after-doctor");
    if doctor == "book" {
        issues.push(
            Issue::new(
                file,
                "/call_to_action/doctor",
                "a \"talk to a doctor first\" result must not put booking first [doctor-first]",
            )
            .help(format!(
                "write doctor = \"after-doctor\" (booking as a second step) or \"none\". Why: {}",
                rule("doctor-first")
            )),
        );
    }
    // An outcome that books after the doctor says so in its own words.
    for outcome in ["fine", "mention", "wait", "doctor"] {
        let default = if outcome == "doctor" {
            "after-doctor"
        } else {
            "book"
        };
        if action(outcome, default) != "after-doctor" {
            continue;
        }
        for (field, what) in [
            (
                "book_heading",
                "the heading above booking, e.g. \"After your doctor has advised you\"",
            ),
            (
                "book_text",
                "what comes first, e.g. \"If your doctor says treatment suits you, you are welcome to book.\"",
            ),
        ] {
            if quiz
                .pointer(&format!("/outcomes/{outcome}/{field}"))
                .is_none()
            {
                issues.push(
                    Issue::new(file, format!("/outcomes/{outcome}/{field}"), format!("the \"{outcome}\" result books only after the doctor, so it needs `{field}` [doctor-first]"))
                        .help(format!("add {field} = \"…\" under [outcomes.{outcome}]: {what}")),
                );
            }
        }
    }
    let asks_age = questions.iter().any(|(_, question)| {
        question.get("follow_up").and_then(Value::as_bool) != Some(true)
            && items(question, "/answer")
                .iter()
                .any(|(_, answer)| text_at(answer, "/effect") == Some("under-age"))
    });
    if !asks_age && !questions.is_empty() {
        // Most likely the age question's "No" lost its effect: point there
        // (the first question's most serious answer), else at the first question.
        let first = &questions[0];
        let answer = items(first.1, "/answer")
            .into_iter()
            .filter(|(_, a)| a.get("effect").is_some())
            .max_by_key(|(_, a)| {
                // The content's own order of effects, from fine to under-age.
                a.get("effect")
                    .and_then(|effect| serde_json::from_value::<Concern>(effect.clone()).ok())
                    .unwrap_or_default()
            });
        let pointer = answer.map_or_else(
            || format!("{}/id", first.0),
            |(at, _)| format!("{}{at}/effect", first.0),
        );
        issues.push(
            Issue::new(file, pointer, "the quiz never asks whether the visitor is 18 or older [age-asked]")
                .help(format!("keep a first question such as \"Are you 18 or older?\" whose \"No\" answer has effect = \"under-age\". Why: {}", rule("age-asked"))),
        );
    }
}
