//! Checks of the words themselves, in every file: empty text, HTML, claims
//! the guide must not make, words regulators watch, and the reading level.

use serde_json::Value;

use super::*;

/// Claims CLINICAL.md bans, with what to say instead. No citation makes
/// them true, so they are refused wherever they appear, in every locale.
const BANNED_CLAIMS: &[(&str, &str)] = &[
    (
        "safe for all skin",
        "say \"lower risk of pigment change than lasers and deep peels\": no treatment is risk-free",
    ),
    (
        "no downtime",
        "say \"redness for 1-3 days is typical, sometimes up to a week\"",
    ),
    (
        "zero downtime",
        "say \"redness for 1-3 days is typical, sometimes up to a week\"",
    ),
    (
        "70% improvement",
        "this figure is not supported for plain microneedling; leave it out",
    ),
    (
        "removes scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "remove scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "remove your scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "remove acne scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "removes acne scar",
        "say \"improves\": no treatment removes scars",
    ),
    (
        "scar-free",
        "say \"improves\": no treatment leaves skin scar-free",
    ),
    (
        "scar free",
        "say \"improves\": no treatment leaves skin scar-free",
    ),
];

/// Words regulators have acted on in cosmetic advertising. Reported unless
/// the item cites a source and lists the word in `reviewed_claims`, which
/// says a clinician has checked that the source supports it.
const REGULATED_WORDS: &[(&str, &str)] = &[
    ("eliminate", "say \"improves\""),
    ("eliminates", "say \"improves\""),
    ("erase", "say \"improves\""),
    ("erases", "say \"improves\""),
    (
        "permanent results",
        "say how long results lasted in the studies",
    ),
    ("guaranteed", "results vary: say what is typical"),
    ("guarantee", "results vary: say what is typical"),
    (
        "painless",
        "say how it usually feels, e.g. \"most people feel pressure and mild stinging\"",
    ),
    ("cure", "say \"treat\" or \"improve\""),
    ("cures", "say \"treat\" or \"improve\""),
];

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
    for (claim, instead) in BANNED_CLAIMS {
        if lower.contains(claim) {
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!("\"{claim}\" is a claim the guide must not make"),
                )
                .help(*instead),
            );
        }
    }
    for (word, instead) in REGULATED_WORDS {
        let reviewed = claims.sourced && claims.reviewed.iter().any(|r| r == word);
        if !reviewed && contains_phrase(&lower, word) {
            issues.push(
                Issue::new(
                    file,
                    pointer,
                    format!("\"{word}\" is a word regulators have acted on in cosmetic ads"),
                )
                .help(format!(
                    "{instead}; or, if this item's sources support it and a clinician has checked, add reviewed_claims = [\"{word}\"] to it"
                )),
            );
        }
    }
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
