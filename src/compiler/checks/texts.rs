//! Checks of the words themselves, in every file: empty text, HTML, claims
//! the guide must not make, words regulators watch, and the reading level.

use serde_json::Value;

use super::compliance::{Rule, Strength, phrases_for};
use super::*;

/// Checks every text in a file: none empty, no HTML, no banned claim, and
/// no regulated word unless its item cites a source and marks it reviewed.
pub fn check_texts(file: &str, root: &Value) -> Vec<Issue> {
    let mut issues = Vec::new();
    walk_texts(file, root, "", &Claims::default(), &mut issues);
    issues
}

/// What the nearest item holding a text says about its claims.
#[derive(Clone, Default)]
struct Claims {
    sourced: bool,
    reviewed: Vec<String>,
}

fn walk_texts(file: &str, value: &Value, pointer: &str, claims: &Claims, issues: &mut Vec<Issue>) {
    match value {
        Value::String(text) => check_text(file, pointer, text, claims, issues),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let here = child_pointer(pointer, &index.to_string());
                walk_texts(file, item, &here, claims, issues);
            }
        }
        Value::Object(fields) => {
            let list = |key: &str| -> Vec<String> {
                fields
                    .get(key)
                    .and_then(Value::as_array)
                    .map(|items| {
                        items
                            .iter()
                            .filter_map(|v| v.as_str().map(str::to_lowercase))
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let claims = if fields.contains_key("sources") {
                Claims {
                    sourced: !list("sources").is_empty(),
                    reviewed: list("reviewed_claims"),
                }
            } else {
                claims.clone()
            };
            for (key, field) in fields {
                if key == "reviewed_claims" {
                    continue; // the words themselves, not claims
                }
                walk_texts(file, field, &child_pointer(pointer, key), &claims, issues);
            }
        }
        _ => {}
    }
}

fn check_text(file: &str, pointer: &str, text: &str, claims: &Claims, issues: &mut Vec<Issue>) {
    if text.trim().is_empty() {
        issues.push(Issue::new(file, pointer, "this text is empty").help(
            "write the text between the quotes, or delete the line if the field is optional",
        ));
        return;
    }
    if contains_html(text) {
        issues.push(Issue::new(file, pointer, "HTML and scripts are not allowed in content").help(
            "write plain text; where Markdown is allowed use **bold**, *italic*, [link text](https://…) and - lists",
        ));
    }
    let lower = text.to_lowercase();
    // One message per rule and text: "elimina las cicatrices" is refused
    // once, not again for "elimina".
    let mut told: Vec<&str> = Vec::new();
    for phrase in phrases_for(language_of(file)) {
        if told.contains(&phrase.rule) {
            continue;
        }
        let found = match phrase.strength {
            Strength::Banned => lower.contains(phrase.words),
            Strength::Regulated => contains_phrase(&lower, phrase.words),
        };
        if !found {
            continue;
        }
        let rule = Rule::named(phrase.rule);
        let words = phrase.words;
        told.push(phrase.rule);
        let issue = match phrase.strength {
            Strength::Banned => Issue::new(
                file,
                pointer,
                format!(
                    "\"{words}\" is a claim the guide must not make [{}]",
                    rule.id
                ),
            )
            .help(format!("{}. Why: {}", phrase.instead, rule.why())),
            Strength::Regulated => {
                let reviewed = claims.sourced && claims.reviewed.iter().any(|r| r == words);
                if reviewed {
                    continue;
                }
                Issue::new(
                    file,
                    pointer,
                    format!("\"{words}\" is a word regulators have acted on in cosmetic ads [{}]", rule.id),
                )
                .help(format!(
                    "{}; or, if this item's sources support it and a clinician has checked, add reviewed_claims = [\"{words}\"] to it. Why: {}",
                    phrase.instead,
                    rule.why()
                ))
            }
        };
        issues.push(issue);
    }
}

/// The language of a file's words: its locale folder ("es/ui.toml" → "es"),
/// or "" for a file beside site.toml, which every language's phrases check.
fn language_of(file: &str) -> &str {
    let file = file.strip_prefix("merged:").unwrap_or(file);
    file.split_once('/').map_or("", |(folder, _)| folder)
}

/// Longer visitor-facing texts above `max_grade` (Flesch-Kincaid), as
/// warnings: they publish, but many visitors will struggle with them.
pub fn check_reading_level(
    file: &str,
    root: &Value,
    formula: crate::compiler::readability::Formula,
    max_grade: u8,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    walk_strings(root, "", &mut |pointer, text| {
        let Some(tenths) = formula.grade_tenths(text) else {
            return;
        };
        if tenths > i32::from(max_grade) * 10 {
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!(
                        "this reads at school grade {}.{} ({}), above the grade {max_grade} set in site.toml",
                        tenths / 10,
                        tenths % 10,
                        formula.name()
                    ),
                )
                .help("use shorter sentences and everyday words; a sentence of more than 20 words is usually worth splitting")
                .warning(),
            );
        }
    });
    issues
}

/// `phrase` in `text` as whole words ("cure" in "a cure", not in "secure").
fn contains_phrase(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A `<` that starts a tag, comment or closing tag.
fn contains_html(text: &str) -> bool {
    text.as_bytes().windows(2).any(|pair| {
        pair[0] == b'<' && (pair[1].is_ascii_alphabetic() || pair[1] == b'/' || pair[1] == b'!')
    })
}

/// Checks the links in one rich-text field.
pub fn check_rich_text(file: &str, pointer: &str, text: &RichText) -> Vec<Issue> {
    text.links()
        .into_iter()
        .filter_map(|href| check_url(file, pointer, href))
        .collect()
}
