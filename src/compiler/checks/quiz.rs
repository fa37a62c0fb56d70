//! quiz.toml: ids, follow-ups, scar references, and that every answer that
//! raises something says why, what to do, and on what evidence.

use std::collections::BTreeSet;

use serde_json::Value;

use super::*;

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
