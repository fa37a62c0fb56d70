//! scars.toml: ids, and a mirror check for every type.

use serde_json::Value;

use super::*;

/// Checks scars.toml; returns the scar ids for the other files' references.
pub fn check_scars<'a>(file: &str, scars: &'a Value, issues: &mut Vec<Issue>) -> Vec<&'a str> {
    let list = items(scars, "/scar");
    for (pointer, scar) in &list {
        if scar
            .pointer("/how_to_tell")
            .and_then(Value::as_array)
            .is_some_and(Vec::is_empty)
        {
            issues.push(
                Issue::new(
                    file,
                    format!("{pointer}/how_to_tell"),
                    "give at least one way to tell this type in a mirror",
                )
                .help("how_to_tell = [\"…\", \"…\"]"),
            );
        }
    }
    check_ids(file, &list, "scar", issues)
}
