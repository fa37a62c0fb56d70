//! One run of the compiler over a folder: each file read, checked against
//! its schema and typed, and every finding kept with its place.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::checks::{self, Issue};
use super::folder::{Folder, text_of};
use super::report::{Diagnostic, Severity};
use super::schemas::schema_of;
use super::shape::{self, Misplaced};
use super::split::{Merged, Part, Split};
use super::toml_tree::{self, Located};
use super::{merged_name, syntax};
use crate::core::content::rich_text::from_markdown;
use crate::core::content::{
    About, FileKind, QuizFile, ScarsFile, SiteFile, SourcesFile, TreatmentsFile, UiText,
};

/// Image types a logo may be.
pub(super) const LOGO_TYPES: [&str; 4] = ["svg", "png", "webp", "jpg"];

/// One content file as read: its text, and its value with spans.
pub(super) struct SourceFile {
    pub(super) display_path: String,
    pub(super) text: String,
    pub(super) located: Located,
    /// Parsed without syntax errors and of the right shape.
    pub(super) well_formed: bool,
}

/// One locale's files, each present if it passed its own checks.
pub(super) struct LocaleFiles {
    pub(super) about: Option<About>,
    pub(super) ui: Option<UiText>,
    pub(super) scars: Option<ScarsFile>,
    pub(super) treatments: Option<TreatmentsFile>,
    pub(super) quiz: Option<QuizFile>,
}

pub(super) struct Build<'a> {
    pub(super) folder: &'a Folder,
    pub(super) files: BTreeMap<String, SourceFile>,
    /// Data and words merged, per locale and split kind, by [`merged_name`].
    pub(super) merged: BTreeMap<String, Merged>,
    pub(super) issues: Vec<Issue>,
    pub(super) diagnostics: Vec<Diagnostic>,
    /// Files missing, not UTF-8 or with a syntax error: told once, and
    /// left out of every check (theirs and those of the files that depend
    /// on them).
    pub(super) unreadable: BTreeSet<String>,
    /// Words files whose ids do not match their data file's: told once as
    /// such, not again as keys missing against the default language.
    pub(super) unjoined: BTreeSet<String>,
}

impl Build<'_> {
    /// Reads a file that is one whole type (site, sources, ui) and types it.
    pub(super) fn load_whole<T: DeserializeOwned>(
        &mut self,
        name: &str,
        kind: FileKind,
    ) -> Option<T> {
        let part = match kind {
            FileKind::Ui | FileKind::About => Part::Words,
            _ => Part::Data,
        };
        self.read(name, kind, part);
        let file = self.files.get(name).filter(|f| f.well_formed)?;
        self.typed(name, file.located.value.clone())
    }

    /// Merges a locale's words for `kind` with its data and types the result.
    pub(super) fn merge<T: DeserializeOwned>(&mut self, locale: &str, kind: FileKind) -> Option<T> {
        let data_name = kind.file_name();
        let words_name = format!("{locale}/{data_name}");
        let (Some(data), Some(words)) = (self.files.get(data_name), self.files.get(&words_name))
        else {
            return None;
        };
        let well_formed = data.well_formed && words.well_formed;
        let full = kind.json_schema().as_value().clone();
        let mut issues = Vec::new();
        let merged = Merged::new(
            data_name,
            &data.located.value,
            &words_name,
            &words.located.value,
            Split::new(&full).word_fields(),
            &mut issues,
        );
        let value = merged.value.clone();
        self.merged.insert(merged_name(locale, kind), merged);
        let joined = issues.is_empty();
        if !joined {
            self.unjoined.insert(words_name.clone());
        }
        // Words are matched to the data's ids; data of the wrong shape
        // (`answer = []`) is told in its own file, not as words for ids it
        // lost.
        if data.well_formed {
            self.issues.extend(issues);
        }
        if !(well_formed && joined) {
            return None;
        }
        self.typed(&words_name, value)
    }

    fn typed<T: DeserializeOwned>(&mut self, name: &str, value: Value) -> Option<T> {
        match serde_json::from_value::<T>(value) {
            Ok(typed) => Some(typed),
            Err(error) => {
                self.issues.push(Issue::new(name, "", error.to_string()));
                None
            }
        }
    }

    /// Reads one file: syntax, shape and text checks. A file of a split kind
    /// is checked as its data part (beside site.toml) or its words part.
    pub(super) fn read(&mut self, name: &str, kind: FileKind, part: Part) {
        let display_path = self.folder.display(name);
        let Some(bytes) = self.folder.files.get(name) else {
            let help = if part == Part::Words {
                "copy it from the default locale's folder and translate it"
            } else {
                "CONTENT.md shows what goes in it"
            };
            self.diagnostics.push(Diagnostic::at(
                &display_path,
                "",
                0..0,
                String::new(),
                "this file is missing".into(),
                Some(help.into()),
            ));
            self.unreadable.insert(name.to_owned());
            return;
        };
        let text = match text_of(bytes) {
            Ok(text) => text,
            Err(diagnostic) => {
                self.diagnostics.push(diagnostic.in_file(&display_path));
                self.unreadable.insert(name.to_owned());
                return;
            }
        };
        let (located, syntax_errors) = toml_tree::parse(&text);
        // Past its first syntax error the parser reads the rest of the file
        // out of step (a list left open swallows every line after it), so
        // only that one is told, and the file is checked no further: a
        // file that cannot be read says nothing about the files that
        // depend on it, which are then not checked against it.
        if let Some(error) = syntax_errors.first() {
            let explained = syntax::explain(&text, &error.span, &error.message);
            self.diagnostics.push(Diagnostic::at(
                &display_path,
                &text,
                explained.span.unwrap_or_else(|| error.span.clone()),
                String::new(),
                explained.message,
                Some(explained.help),
            ));
            self.unreadable.insert(name.to_owned());
            return;
        }
        let shape = {
            let in_locale_folder = part == Part::Words;
            let full = kind.json_schema().as_value().clone();
            let schema = schema_of(kind, &full, in_locale_folder);
            let file = kind.file_name();
            // Fields that belong in another file get a message saying where;
            // only split files (and site.toml's old review) have such fields.
            let hint = if kind == FileKind::Site {
                Some((
                    BTreeSet::from(["review".to_owned()]),
                    "is given per language, so it is not set in site.toml",
                    "move [review] to each language folder's about.toml, such as en/about.toml"
                        .to_owned(),
                ))
            } else if !FileKind::SPLIT.contains(&kind) {
                None
            } else if in_locale_folder {
                Some((
                    Split::new(&full).names_only_in(Part::Data),
                    "is the same in every language, so it is not set in a language folder",
                    format!(
                        "set it in {file} beside site.toml; a language folder holds only the words visitors read"
                    ),
                ))
            } else {
                Some((
                    Split::new(&full).names_only_in(Part::Words),
                    "is words visitors read, so it is not set beside site.toml",
                    format!("write it in each language folder's {file}, such as en/{file}"),
                ))
            };
            let misplaced = hint
                .as_ref()
                .map(|(names, why, help)| Misplaced { names, why, help });
            shape::check_shape_with(name, &schema, &located.value, misplaced.as_ref())
        };
        let well_formed = shape.issues.is_empty();
        self.issues.extend(shape.issues);
        self.issues
            .extend(checks::check_texts(name, &located.value));
        for pointer in &shape.rich_text {
            if let Some(markdown) = located.value.pointer(pointer).and_then(Value::as_str) {
                let Ok(rich_text) = from_markdown(markdown);
                self.issues
                    .extend(checks::check_rich_text(name, pointer, &rich_text));
            }
        }
        self.files.insert(
            name.to_owned(),
            SourceFile {
                display_path,
                text,
                located,
                well_formed,
            },
        );
    }

    /// The logo must be an image inside the content folder; it is copied out.
    pub(super) fn check_logo(&mut self, site: &SiteFile) -> Vec<(String, Vec<u8>)> {
        let Some(logo) = &site.clinic.logo else {
            return Vec::new();
        };
        let issue = |message: String, help: &str| {
            Issue::new("site.toml", "/clinic/logo", message).help(help)
        };
        let relative = Path::new(logo);
        let extension = relative
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let inside = relative
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
        if !inside {
            self.issues.push(issue(
                format!("\"{logo}\" is not a file inside the content folder"),
                "put the image beside site.toml and write just its name, e.g. \"logo.svg\"",
            ));
        } else if !LOGO_TYPES.contains(&extension.as_str()) {
            self.issues.push(issue(
                format!("\"{logo}\" is not an image the guide can show"),
                "use an .svg, .png, .webp or .jpg file",
            ));
        } else if let Some(bytes) = self.folder.files.get(logo) {
            return vec![(logo.clone(), bytes.clone())];
        } else {
            self.issues.push(issue(
                format!("there is no file \"{logo}\" in the content folder"),
                "put the image beside site.toml, or fix the name",
            ));
        }
        Vec::new()
    }

    /// Every locale must have every key the default locale has (except in
    /// about.toml: a translation has its own author, and its own review or none).
    pub(super) fn check_translations(&mut self, default: &str, locales: &[String]) {
        for kind in FileKind::PER_LOCALE
            .into_iter()
            .filter(|k| *k != FileKind::About)
        {
            let default_name = format!("{default}/{}", kind.file_name());
            let Some(default_file) = self.files.get(&default_name).filter(|f| f.well_formed) else {
                continue;
            };
            for locale in locales.iter().filter(|l| *l != default) {
                let name = format!("{locale}/{}", kind.file_name());
                // A file whose shape is wrong already lists its missing fields.
                let joined = !self.unjoined.contains(&name);
                if let Some(file) = self.files.get(&name).filter(|f| f.well_formed && joined) {
                    self.issues.extend(checks::missing_keys(
                        &name,
                        &default_file.located.value,
                        &file.located.value,
                    ));
                }
            }
        }
    }

    pub(super) fn into_diagnostics(self) -> Vec<Diagnostic> {
        let mut diagnostics = self.diagnostics;
        for mut issue in self.issues {
            if let Some(merged) = self.merged.get(&issue.file) {
                (issue.file, issue.pointer) = merged.locate(&issue.pointer);
            }
            let Some(file) = self.files.get(&issue.file) else {
                continue;
            };
            let span = file.located.span_of(&issue.pointer, issue.at_key);
            let field = field_label(&issue.pointer);
            let mut diagnostic = Diagnostic::at(
                &file.display_path,
                &file.text,
                span,
                field,
                issue.message,
                issue.help,
            );
            if issue.warning {
                diagnostic.severity = Severity::Warning;
            }
            diagnostics.push(diagnostic);
        }
        // Errors first, each kind by file and line: what stops publishing
        // is read before what does not.
        // A data file's mistakes come before those of the language folders
        // that depend on it.
        let depth = |d: &Diagnostic| d.path.matches('/').count();
        diagnostics.sort_by(|a, b| {
            (a.severity, depth(a))
                .cmp(&(b.severity, depth(b)))
                .then_with(|| a.cmp(b))
        });
        diagnostics.dedup();
        diagnostics
    }
}

/// "/source/1/id" → "source[2].id": dotted, with list positions counted from 1.
pub(super) fn field_label(pointer: &str) -> String {
    let mut label = String::new();
    for part in pointer.split('/').filter(|part| !part.is_empty()) {
        match part.parse::<usize>() {
            Ok(index) => label.push_str(&format!("[{}]", index + 1)),
            Err(_) if label.is_empty() => label.push_str(part),
            Err(_) => {
                label.push('.');
                label.push_str(part);
            }
        }
    }
    label
}

/// Source ids from sources.toml; if it failed its checks, whatever ids it has.
pub(super) fn source_ids(
    files: &BTreeMap<String, SourceFile>,
    sources: Option<&SourcesFile>,
) -> Vec<String> {
    if let Some(sources) = sources {
        return sources.compiled().into_iter().map(|s| s.id).collect();
    }
    let Some(file) = files.get("sources.toml") else {
        return Vec::new();
    };
    ["source", "practice"]
        .iter()
        .filter_map(|list| file.located.value.get(list)?.as_array())
        .flatten()
        .filter_map(|source| source.get("id")?.as_str().map(str::to_owned))
        .collect()
}
