//! ui.toml: the {placeholders} each template may use, and translations
//! that hold every key the default language has.

use serde_json::Value;

use super::*;

/// The texts in ui.toml with `{placeholders}`, and the ones each may use.
/// The ui.toml texts that take placeholders: where, which they may use,
/// and which they must show (a text that dropped its value would show a
/// label with nothing after it). A plural text is checked form by form.
const UI_TEMPLATES: &[(&str, &[&str], &[&str])] = &[
    (
        "/notes/reviewed",
        &["author", "reviewer", "date", "next"],
        &[],
    ),
    ("/notes/not_reviewed", &["author"], &[]),
    ("/quiz/progress", &["step", "total"], &["step"]),
    ("/quiz/you_answered", &["answer"], &["answer"]),
    ("/quiz/wait", &["until"], &["until"]),
    ("/quiz/why", &["text"], &["text"]),
    ("/quiz/what_to_do", &["text"], &["text"]),
    ("/quiz/call", &["phone"], &["phone"]),
    ("/quiz/budget_up_to", &["amount"], &["amount"]),
    ("/quiz/budget_over", &["amount"], &["amount"]),
    (
        "/quiz/summary_flag",
        &["question", "answer"],
        &["question", "answer"],
    ),
    ("/scars/needle_value", &["depth"], &["depth"]),
    ("/scars/preset", &["name", "depth"], &["name", "depth"]),
    ("/scars/reaches_epidermis", &["depth"], &[]),
    ("/scars/reaches_dermis", &["depth"], &[]),
    ("/scars/reaches_fat", &["depth"], &[]),
    (
        "/scars/reach_and_scar",
        &["reach", "scar"],
        &["reach", "scar"],
    ),
    ("/scars/how_common", &["text"], &["text"]),
    (
        "/scars/microneedling",
        &["rating", "note"],
        &["rating", "note"],
    ),
    ("/compare/pick", &["name"], &[]),
    ("/compare/book", &["name"], &[]),
    ("/compare/pick_hint", &["max"], &[]),
    ("/compare/picks_full", &["max"], &[]),
    ("/compare/side_by_side_count", &["count", "max"], &["count"]),
    ("/compare/reason_suits", &["scar", "rating"], &["scar"]),
    ("/compare/downtime_yes", &["days", "accept"], &["days"]),
    ("/compare/downtime_partly", &["days", "accept"], &["days"]),
    ("/compare/downtime_no", &["days", "accept"], &["days"]),
    ("/compare/days", &["range"], &["range"]),
    ("/compare/session_count", &["range"], &["range"]),
    ("/compare/weeks_apart", &["range"], &["range"]),
    (
        "/compare/session_plan",
        &["sessions", "apart"],
        &["sessions", "apart"],
    ),
    (
        "/compare/with_detail",
        &["level", "detail"],
        &["level", "detail"],
    ),
    ("/compare/per_session", &["price"], &["price"]),
    (
        "/compare/per_session_course",
        &["price", "total", "sessions"],
        &["price", "total"],
    ),
    ("/compare/per_course", &["price"], &["price"]),
    ("/compare/per_syringe", &["price"], &["price"]),
    ("/compare/example_price", &["price"], &["price"]),
];

/// Every template text of a ui.toml against `UI_TEMPLATES`.
pub fn check_ui_templates(file: &str, root: &Value, issues: &mut Vec<Issue>) {
    for (pointer, allowed, required) in UI_TEMPLATES {
        check_placeholders(file, root, pointer, allowed, required, issues);
    }
}

/// Texts that take placeholders may use only their own ({step} and {total}
/// in "Question {step} of {total}", say), and must show the `required`
/// ones. A plural text (`{ one = "…", other = "…" }`) is checked form by form.
pub fn check_placeholders(
    file: &str,
    root: &Value,
    pointer: &str,
    allowed: &[&str],
    required: &[&str],
    issues: &mut Vec<Issue>,
) {
    let texts: Vec<(String, &str)> = match root.pointer(pointer) {
        Some(Value::String(text)) => vec![(pointer.to_owned(), text.as_str())],
        Some(Value::Object(forms)) => forms
            .iter()
            .filter_map(|(form, text)| Some((child_pointer(pointer, form), text.as_str()?)))
            .collect(),
        _ => return,
    };
    let list = |names: &[&str]| {
        names
            .iter()
            .map(|a| format!("{{{a}}}"))
            .collect::<Vec<_>>()
            .join(" and ")
    };
    for (pointer, text) in texts {
        let used = crate::core::template::placeholders(text);
        for name in &used {
            if !allowed.contains(name) {
                issues.push(
                    Issue::new(
                        file,
                        pointer.as_str(),
                        format!("{{{name}}} is not something this text can show"),
                    )
                    .help(format!("this text can use {}", list(allowed))),
                );
            }
        }
        for name in required.iter().filter(|name| !used.contains(name)) {
            issues.push(
                Issue::new(
                    file,
                    pointer.as_str(),
                    format!("this text must show {{{name}}}, but it is not there"),
                )
                .help(format!(
                    "write {{{name}}} where it belongs in the sentence; the guide puts the value there"
                )),
            );
        }
    }
}

/// The plural forms a text may have; of these only `other` is required,
/// since each language needs its own set ("one" means nothing in Japanese).
const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn is_plural(fields: &serde_json::Map<String, Value>) -> bool {
    fields.contains_key("other")
        && fields
            .keys()
            .all(|key| PLURAL_FORMS.contains(&key.as_str()))
}

/// Every key path the default locale's file has and `other` lacks (errors),
/// and texts `other` left word for word as the default's (warnings: likely
/// untranslated). Array items are matched by position.
pub fn missing_keys(file: &str, default: &Value, other: &Value) -> Vec<Issue> {
    let mut issues = Vec::new();
    compare_keys(file, default, other, "", &mut issues);
    issues
}

fn compare_keys(
    file: &str,
    default: &Value,
    other: &Value,
    pointer: &str,
    issues: &mut Vec<Issue>,
) {
    match (default, other) {
        (Value::Object(expected), Value::Object(present)) => {
            let plural = is_plural(expected);
            for (key, value) in expected {
                if plural && key != "other" && !present.contains_key(key) {
                    continue;
                }
                let here = child_pointer(pointer, key);
                match present.get(key) {
                    Some(other_value) => compare_keys(file, value, other_value, &here, issues),
                    None => issues.push(
                        Issue::new(
                            file,
                            pointer.to_owned(),
                            format!("`{key}` is missing here but the default locale has it"),
                        )
                        .help(format!(
                            "translate `{}` from the default locale's file",
                            here.trim_start_matches('/').replace('/', ".")
                        )),
                    ),
                }
            }
        }
        (Value::Array(expected), Value::Array(present)) => {
            for (index, (value, other_value)) in expected.iter().zip(present).enumerate() {
                compare_keys(
                    file,
                    value,
                    other_value,
                    &child_pointer(pointer, &index.to_string()),
                    issues,
                );
            }
            if present.len() < expected.len() {
                let missing = expected.len() - present.len();
                let items = if missing == 1 { "item is" } else { "items are" };
                issues.push(
                    Issue::new(
                        file,
                        pointer.to_owned(),
                        format!("{missing} {items} missing here"),
                    )
                    .help("the default locale's file has more; translate each of them"),
                );
            }
        }
        (Value::String(expected), Value::String(present))
            if expected == present && looks_translatable(expected) =>
        {
            issues.push(
                Issue::new(
                    file,
                    pointer.to_owned(),
                    "this text is the same as in the default language: is it translated?",
                )
                .help("translate it; if it is right as it is (a name, say), this warning can be ignored")
                .warning(),
            );
        }
        _ => {}
    }
}

/// Whether a text identical in two languages is likely untranslated rather
/// than a name ("Microneedling", "TCA CROSS"), a unit or a pattern
/// ("{name} · {depth}"): at least three words of letters, once placeholders
/// are set aside.
fn looks_translatable(text: &str) -> bool {
    let mut without_placeholders = text.to_owned();
    for name in crate::core::template::placeholders(text) {
        without_placeholders = without_placeholders.replace(&format!("{{{name}}}"), " ");
    }
    without_placeholders
        .split_whitespace()
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
        >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_plural_text_is_checked_form_by_form() {
        let ui = json!({ "compare": { "days": { "one": "{range} day", "other": "days" } } });
        let mut issues = Vec::new();
        check_placeholders(
            "en/ui.toml",
            &ui,
            "/compare/days",
            &["range"],
            &["range"],
            &mut issues,
        );
        assert_eq!(issues.len(), 1);
        assert_eq!(issues[0].pointer, "/compare/days/other");
        assert!(issues[0].message.contains("must show {range}"));
    }

    #[test]
    fn a_language_needs_only_the_other_plural_form() {
        let english = json!({ "days": { "one": "{range} day", "other": "{range} days" } });
        let japanese = json!({ "days": { "other": "{range}日" } });
        assert!(missing_keys("ja/ui.toml", &english, &japanese).is_empty());
        let neither = json!({ "days": { "one": "{range}日" } });
        assert_eq!(missing_keys("ja/ui.toml", &english, &neither).len(), 1);
    }

    #[test]
    fn texts_left_in_the_default_language_are_warned_about() {
        let english = json!({ "title": "Is microneedling right for your scars?", "name": "Microneedling", "preset": "{name} · {depth}" });
        let spanish = english.clone();
        let issues = missing_keys("es/ui.toml", &english, &spanish);
        assert_eq!(issues.len(), 1, "names and patterns are not warned about");
        assert_eq!(issues[0].pointer, "/title");
        assert!(issues[0].warning);
        assert!(
            issues[0]
                .message
                .contains("same as in the default language")
        );
    }
}
