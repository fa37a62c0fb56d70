//! ui.toml: the {placeholders} each template may use, and translations
//! that hold every key the default language has.

use serde_json::Value;

use super::*;

/// Texts that take placeholders may use only their own: {step} and {total}
/// in "Question {step} of {total}", say.
pub fn check_placeholders(
    file: &str,
    root: &Value,
    pointer: &str,
    allowed: &[&str],
    issues: &mut Vec<Issue>,
) {
    let Some(text) = text_at(root, pointer) else {
        return;
    };
    for name in crate::core::template::placeholders(text) {
        if !allowed.contains(&name) {
            let list = allowed
                .iter()
                .map(|a| format!("{{{a}}}"))
                .collect::<Vec<_>>()
                .join(" and ");
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!("{{{name}}} is not something this text can show"),
                )
                .help(format!("this text can use {list}")),
            );
        }
    }
}

/// Every key path the default locale's file has and `other` lacks. Array
/// items are matched by position.
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
            for (key, value) in expected {
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
        _ => {}
    }
}
