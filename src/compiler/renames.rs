//! An id renamed in one data file is one mistake, not twenty. Renaming
//! `ice-pick` to `icepick` in scars.toml leaves every place that names
//! `ice-pick` (the quiz, each treatment's `suits`, every language's words)
//! pointing at nothing; each would say so on its own. This finds such a
//! rename and tells it once, at the renamed id.

use serde_json::Value;

use crate::compiler::checks::{Issue, did_you_mean, items, text_at};

/// The data files whose list items other files name by id, and their lists.
const NAMED_LISTS: [(&str, &str, &str); 3] = [
    ("scars.toml", "/scar", "scar type"),
    ("treatments.toml", "/treatment", "treatment"),
    ("quiz.toml", "/question", "question"),
];

/// One id renamed in its data file.
#[derive(Debug, PartialEq)]
struct Rename {
    file: &'static str,
    /// The renamed item ("/scar/0"): what its merged words lack follows.
    item: String,
    pointer: String,
    what: &'static str,
    old: String,
    new: String,
}

/// Replaces the findings a rename causes elsewhere with one at the rename.
/// `value_of` gives a file's value by name ("scars.toml", "en/scars.toml");
/// `locales` are the locale folders.
pub fn collapse<'a>(
    issues: &mut Vec<Issue>,
    locales: &[String],
    value_of: impl Fn(&str) -> Option<&'a Value>,
) {
    let renames = find(locales, &value_of);
    for rename in renames {
        let quoted = |id: &str| format!("\"{id}\"");
        let (old, new) = (quoted(&rename.old), quoted(&rename.new));
        let under_item = format!("{}/", rename.item);
        issues.retain(|issue| {
            let elsewhere = issue.file != rename.file;
            let caused = issue.message.contains(&old) || issue.message.contains(&new);
            // Its words are missing in every language: nothing there to check.
            let wordless =
                issue.file.starts_with("merged:") && issue.pointer.starts_with(&under_item);
            !(wordless || caused && (elsewhere || issue.message.contains(&old)))
        });
        issues.push(
            Issue::new(
                rename.file,
                rename.pointer,
                format!("the {} {new} was {old} before, and other files still use {old}", rename.what),
            )
            .help(format!(
                "write id = {old} again; to rename it, change {old} to {new} in every file that uses it (the quiz, treatments' suits and each language folder)"
            )),
        );
    }
}

/// Ids in a data list that are not in the default words file while a close
/// id is there instead, and that close id is still named in another data
/// file: renamed in the data file, not misspelt in the words.
fn find<'a>(locales: &[String], value_of: &impl Fn(&str) -> Option<&'a Value>) -> Vec<Rename> {
    let mut renames = Vec::new();
    for (file, list, what) in NAMED_LISTS {
        let Some(data) = value_of(file) else { continue };
        let defined: Vec<(String, &str)> = items(data, list)
            .into_iter()
            .filter_map(|(pointer, item)| Some((pointer, text_at(item, "/id")?)))
            .collect();
        for locale in locales {
            let Some(words) = value_of(&format!("{locale}/{file}"))
                .and_then(|w| w.pointer(list))
                .and_then(Value::as_object)
            else {
                continue;
            };
            let stray: Vec<&str> = words
                .keys()
                .map(String::as_str)
                .filter(|key| defined.iter().all(|(_, id)| id != key))
                .collect();
            for (pointer, new) in &defined {
                if words.contains_key(*new) {
                    continue;
                }
                let Some(old) = did_you_mean(new, stray.iter().copied()) else {
                    continue;
                };
                // Still named somewhere (a follow-up names a question in
                // its own file): the data was renamed, not the words misspelt.
                let named_elsewhere = NAMED_LISTS
                    .iter()
                    .filter_map(|(other, _, _)| value_of(other))
                    .any(|value| names(value, old));
                let rename = Rename {
                    file,
                    item: pointer.clone(),
                    pointer: format!("{pointer}/id"),
                    what,
                    old: old.to_owned(),
                    new: (*new).to_owned(),
                };
                // Or every language's words still use the old id: a typo in
                // one words file would be in that language alone.
                let every_language = locales.len() > 1
                    && locales.iter().all(|other| {
                        value_of(&format!("{other}/{file}"))
                            .and_then(|w| w.pointer(list))
                            .and_then(Value::as_object)
                            .is_some_and(|w| w.contains_key(old) && !w.contains_key(*new))
                    });
                if (named_elsewhere || every_language) && !renames.contains(&rename) {
                    renames.push(rename);
                }
            }
        }
    }
    renames
}

/// Whether `id` is a string or a key anywhere in `value`.
fn names(value: &Value, id: &str) -> bool {
    match value {
        Value::String(text) => text == id,
        Value::Array(items) => items.iter().any(|item| names(item, id)),
        Value::Object(fields) => fields
            .iter()
            .any(|(key, field)| key == id || names(field, id)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A one-language folder: scars.toml with `data_id`, en/scars.toml with
    /// `words_id`, and a quiz that names "ice-pick".
    fn folder(data_id: &str, words_id: &str) -> [(&'static str, Value); 3] {
        [
            (
                "scars.toml",
                json!({ "scar": [{ "id": data_id }, { "id": "rolling" }] }),
            ),
            (
                "en/scars.toml",
                json!({ "scar": { words_id: {}, "rolling": {} } }),
            ),
            (
                "quiz.toml",
                json!({ "question": [{ "id": "q", "answer": [{ "profile": { "scar": "ice-pick" } }] }] }),
            ),
        ]
    }

    fn collapse_in(files: &[(&'static str, Value)], issues: &mut Vec<Issue>) {
        let value_of = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
        collapse(issues, &["en".into()], value_of);
    }

    #[test]
    fn a_rename_in_the_data_file_is_told_once_at_the_rename() {
        let mut issues = vec![
            Issue::new(
                "merged:en/quiz.toml",
                "/question/0",
                "there is no scar type with the id \"ice-pick\"",
            ),
            Issue::new(
                "merged:en/treatments.toml",
                "/t",
                "`suits` does not say how it suits \"icepick\"",
            ),
            Issue::new(
                "en/scars.toml",
                "/scar/ice-pick",
                "there is no scar \"ice-pick\" in scars.toml",
            ),
            Issue::new("site.toml", "/x", "something else"),
        ];
        collapse_in(&folder("icepick", "ice-pick"), &mut issues);
        let messages: Vec<&str> = issues.iter().map(|i| i.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "something else",
                "the scar type \"icepick\" was \"ice-pick\" before, and other files still use \"ice-pick\""
            ]
        );
        assert_eq!(issues[1].pointer, "/scar/0/id");
    }

    /// A typo in one words file is that file's mistake, told there.
    #[test]
    fn a_misspelt_words_key_is_not_a_rename() {
        let mut issues = vec![Issue::new(
            "en/scars.toml",
            "/scar/icepick",
            "there is no scar \"icepick\" in scars.toml",
        )];
        collapse_in(&folder("ice-pick", "icepick"), &mut issues);
        assert_eq!(issues.len(), 1);
        assert!(issues[0].message.starts_with("there is no scar"));
    }
}
