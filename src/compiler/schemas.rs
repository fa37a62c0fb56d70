//! The JSON Schemas of the content files, derived from the Rust types and
//! written beside the content for editors (`#:schema …` in each file).

use std::fs;
use std::io;
use std::path::Path;

use serde_json::Value;

use super::split::Split;
use crate::core::content::FileKind;

/// Writes the JSON Schema of every content file into `dir/schema/`, for
/// editors (the files name them in their first line, `#:schema …`).
pub fn write_schemas(dir: &Path) -> io::Result<()> {
    let schema_dir = dir.join("schema");
    fs::create_dir_all(&schema_dir)?;
    for (kind, in_locale_folder) in schema_files() {
        let text = schema_text(kind, in_locale_folder);
        fs::write(schema_dir.join(kind.schema_name(in_locale_folder)), text)?;
    }
    Ok(())
}

/// Every kind of file, and whether it sits in a locale folder.
pub fn schema_files() -> Vec<(FileKind, bool)> {
    let mut files: Vec<(FileKind, bool)> = FileKind::SHARED.map(|k| (k, false)).to_vec();
    files.extend(FileKind::SPLIT.map(|k| (k, false)));
    files.extend(FileKind::PER_LOCALE.map(|k| (k, true)));
    files
}

/// The JSON Schema of one kind of file, as written to disk.
pub fn schema_text(kind: FileKind, in_locale_folder: bool) -> String {
    let schema = file_schema(kind, in_locale_folder);
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialize");
    text.push('\n');
    text
}

/// The schema a file is checked against: the whole type, or for quiz,
/// scars and treatments, its data part or its words part.
pub fn file_schema(kind: FileKind, in_locale_folder: bool) -> Value {
    schema_of(kind, kind.json_schema().as_value(), in_locale_folder)
}

/// [`file_schema`] from the kind's full schema, when it is already at hand.
pub(super) fn schema_of(kind: FileKind, full: &Value, in_locale_folder: bool) -> Value {
    if !FileKind::SPLIT.contains(&kind) {
        return full.clone();
    }
    let file = kind.file_name();
    let split = Split::new(full);
    if in_locale_folder {
        split.words_schema(&format!(
            "The words of {file} in one language: what visitors read. Ids, effects, prices, ratings and sources are set once, in {file} beside site.toml."
        ))
    } else {
        split.data_schema(&format!(
            "The data of {file}, the same in every language: ids, effects, prices, ratings and sources. The words visitors read are in each language folder's {file}."
        ))
    }
}
