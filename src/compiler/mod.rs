//! The content compiler (native only): reads the marketers' TOML folder,
//! reports every mistake with file, line and column, and writes the compact
//! postcard files the browser loads (with a readable JSON copy of each).
//!
//! The folder holds what every language shares (`site.toml`, `sources.toml`,
//! and the data of `quiz.toml`, `scars.toml` and `treatments.toml`), and one
//! folder per locale (`en/`, `fr/`, …) with that language's words: `ui.toml`
//! and the words of the quiz, scars and treatments (see [`split`]).

pub mod checks;
pub mod prerender;
pub mod readability;
pub mod report;
pub mod shape;
pub mod split;
pub mod syntax;
pub mod toml_tree;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::core::content::rich_text::from_markdown;
use crate::core::content::{
    About, Content, FileKind, QuizFile, ScarsFile, SiteFile, SourcesFile, TreatmentsFile, UiText,
};
use checks::Issue;
use readability::Formula;
use report::{Diagnostic, Severity};
use shape::Misplaced;
use split::{Merged, Part, Split};
use toml_tree::Located;

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
];

/// Folders inside the content folder that are not locales.
const NOT_LOCALES: [&str; 1] = ["schema"];
/// Image types a logo may be.
const LOGO_TYPES: [&str; 4] = ["svg", "png", "webp", "jpg"];

/// A content folder that passed every check, ready to write.
#[derive(Debug)]
pub struct Compiled {
    pub default_locale: String,
    /// Every locale's content; each knows the full list of locales.
    pub locales: Vec<Content>,
    /// Files copied beside the compiled content (the logo), as (name, bytes).
    pub assets: Vec<(String, Vec<u8>)>,
    /// What should be acted on but does not stop publishing.
    pub warnings: Vec<Diagnostic>,
}

/// One content file as read: its text, and its value with spans.
struct SourceFile {
    display_path: String,
    text: String,
    located: Located,
    /// Parsed without syntax errors and of the right shape.
    well_formed: bool,
}

/// A content folder's files in memory, by their path inside the folder
/// ("site.toml", "en/quiz.toml", "logo.svg"). The checks never touch a file
/// system: the command line reads a folder into one of these, and the
/// Content Studio fills one from the browser.
#[derive(Clone, Debug, Default)]
pub struct Folder {
    /// Put before each file's path in messages: the folder as the user
    /// named it ("public/content"), or nothing.
    pub root: String,
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Folder {
    /// Reads every file under `dir`, except hidden ones and `schema/`.
    pub fn read(dir: &Path) -> io::Result<Folder> {
        let mut folder = Folder {
            root: display(dir),
            files: BTreeMap::new(),
        };
        folder.read_into(dir, "")?;
        Ok(folder)
    }

    fn read_into(&mut self, dir: &Path, prefix: &str) -> io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            if name.starts_with('.') || (prefix.is_empty() && NOT_LOCALES.contains(&name.as_str()))
            {
                continue;
            }
            let path = format!("{prefix}{name}");
            if entry.file_type()?.is_dir() {
                self.read_into(&entry.path(), &format!("{path}/"))?;
            } else {
                self.files.insert(path, fs::read(entry.path())?);
            }
        }
        Ok(())
    }

    /// How messages name a file of the folder.
    fn display(&self, name: &str) -> String {
        if self.root.is_empty() {
            name.to_owned()
        } else {
            format!("{}/{name}", self.root.trim_end_matches('/'))
        }
    }

    /// Sub-folders by name, except `schema/`: one per locale.
    fn locales(&self) -> Vec<String> {
        let mut locales: Vec<String> = self
            .files
            .keys()
            .filter_map(|path| path.split_once('/').map(|(folder, _)| folder.to_owned()))
            .filter(|name| !name.starts_with('.') && !NOT_LOCALES.contains(&name.as_str()))
            .collect();
        locales.dedup();
        locales
    }
}

/// Reads, checks and compiles the content folder at `dir`. Every mistake in
/// every file is returned, sorted by file and line.
pub fn compile(dir: &Path) -> Result<Compiled, Vec<Diagnostic>> {
    match Folder::read(dir) {
        Ok(folder) => compile_folder(&folder, &today()),
        Err(error) => Err(vec![Diagnostic::at(
            &display(dir),
            "",
            0..0,
            String::new(),
            format!("cannot read this folder: {error}"),
            Some("name the content folder, such as public/content".into()),
        )]),
    }
}

/// Checks and compiles a content folder held in memory. `today`
/// ("2026-12-01") tells a medical review that is past due.
pub fn compile_folder(folder: &Folder, today: &str) -> Result<Compiled, Vec<Diagnostic>> {
    let mut build = Build {
        folder,
        files: BTreeMap::new(),
        merged: BTreeMap::new(),
        issues: Vec::new(),
        diagnostics: Vec::new(),
    };
    let locales = folder.locales();
    if locales.is_empty() {
        build.diagnostics.push(Diagnostic::at(
            &folder.root,
            "",
            0..0,
            String::new(),
            "there is no locale folder".into(),
            Some("create a folder named after the language, such as en/, holding ui.toml".into()),
        ));
    }

    let site: Option<SiteFile> = build.load_whole("site.toml", FileKind::Site);
    let sources: Option<SourcesFile> = build.load_whole("sources.toml", FileKind::Sources);
    for kind in FileKind::SPLIT {
        build.read(kind.file_name(), kind, Part::Data);
    }
    let mut per_locale: Vec<(String, LocaleFiles)> = Vec::new();
    for locale in &locales {
        let about = build.load_whole(&format!("{locale}/about.toml"), FileKind::About);
        let ui = build.load_whole(&format!("{locale}/ui.toml"), FileKind::Ui);
        for kind in FileKind::SPLIT {
            build.read(&format!("{locale}/{}", kind.file_name()), kind, Part::Words);
        }
        let files = LocaleFiles {
            about,
            ui,
            scars: build.merge(locale, FileKind::Scars),
            treatments: build.merge(locale, FileKind::Treatments),
            quiz: build.merge(locale, FileKind::Quiz),
        };
        per_locale.push((locale.clone(), files));
    }

    // Checks across files, and of values the shape alone cannot judge.
    let known_sources = source_ids(&build.files, sources.as_ref());
    let known: BTreeSet<&str> = known_sources.iter().map(String::as_str).collect();
    for (name, file) in &build.files {
        build.issues.extend(checks::check_source_references(
            name,
            &file.located.value,
            &known,
        ));
    }
    // These read the files' values, so they run even where the shape is wrong.
    if let Some(file) = build.files.get("site.toml") {
        let issues = checks::check_site(&file.located.value, &locales);
        build.issues.extend(issues);
    }
    if let Some(file) = build.files.get("sources.toml") {
        let issues = checks::check_sources(&file.located.value);
        build.issues.extend(issues);
    }
    for locale in &locales {
        // Quiz, scars and treatments are checked merged (data and words
        // together); each finding goes back to its own file.
        let merged = |kind: FileKind| {
            let name = merged_name(locale, kind);
            build.merged.get(&name).map(|m| (name, &m.value))
        };
        let scar_ids = merged(FileKind::Scars)
            .map(|(name, scars)| checks::check_scars(&name, scars, &mut build.issues))
            .unwrap_or_default();
        let treatment_ids = merged(FileKind::Treatments).map(|(name, treatments)| {
            checks::check_treatments(&name, treatments, &scar_ids, &mut build.issues)
        });
        if let Some((name, quiz)) = merged(FileKind::Quiz) {
            let treatment_ids = treatment_ids.as_deref();
            checks::check_quiz(&name, quiz, &scar_ids, treatment_ids, &mut build.issues);
        }
        let name = format!("{locale}/about.toml");
        if let Some(about) = build.files.get(&name) {
            let issues = checks::check_about(&name, &about.located.value, today);
            build.issues.extend(issues);
        }
        let name = format!("{locale}/ui.toml");
        if let Some(ui) = build.files.get(&name).map(|f| &f.located.value) {
            for (pointer, allowed, required) in UI_TEMPLATES {
                let issues = &mut build.issues;
                checks::check_placeholders(&name, ui, pointer, allowed, required, issues);
            }
        }
    }
    // Reading level, in the languages that have a formula (English, Spanish).
    let max_grade = site
        .as_ref()
        .and_then(|site| site.reading_grade)
        .unwrap_or(SiteFile::DEFAULT_READING_GRADE);
    for locale in &locales {
        let Some(formula) = Formula::for_locale(locale) else {
            continue;
        };
        for kind in FileKind::PER_LOCALE {
            let name = format!("{locale}/{}", kind.file_name());
            if let Some(file) = build.files.get(&name) {
                let value = &file.located.value;
                let issues = checks::check_reading_level(&name, value, formula, max_grade);
                build.issues.extend(issues);
            }
        }
    }
    let assets = site
        .as_ref()
        .map(|site| build.check_logo(site))
        .unwrap_or_default();
    let default_locale = site
        .as_ref()
        .map(|site| site.default_locale.clone())
        .filter(|locale| locales.contains(locale));
    if let Some(default) = &default_locale {
        build.check_translations(default, &locales);
    }

    let diagnostics = build.into_diagnostics();
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        return Err(diagnostics);
    }
    let warnings = diagnostics;
    let (Some(site), Some(sources), Some(default_locale)) = (site, sources, default_locale) else {
        unreachable!("a file that failed to load always leaves a diagnostic");
    };
    let language_names: Vec<String> = per_locale
        .iter()
        .map(|(locale, files)| {
            files
                .ui
                .as_ref()
                .map_or_else(|| locale.clone(), |ui| ui.language.clone())
        })
        .collect();
    let locales_content = per_locale
        .into_iter()
        .filter_map(|(locale, files)| {
            Some(Content {
                format: Content::FORMAT,
                locale,
                locales: locales.clone(),
                language_names: language_names.clone(),
                site: site.clone(),
                sources: sources.compiled(),
                about: files.about?,
                ui: files.ui?,
                scars: files.scars?,
                treatments: files.treatments?,
                quiz: files.quiz?,
            })
        })
        .collect();
    Ok(Compiled {
        default_locale,
        locales: locales_content,
        assets,
        warnings,
    })
}

/// The name findings in a locale's merged quiz, scars or treatments carry
/// until [`Merged::locate`] takes them back to their own file.
fn merged_name(locale: &str, kind: FileKind) -> String {
    format!("merged:{locale}/{}", kind.file_name())
}

/// Writes into `out`, per locale, `<locale>.bin` (what the widget loads),
/// `<locale>.json` (the same, readable), `<locale>.start.html` and
/// `<locale>.snippet.html` (its start screen ahead of the code: [`prerender`]); the default locale once more as
/// `index.bin` and `index.json` (the file a widget asks for when it knows
/// nothing of the folder); and the assets.
pub fn write(compiled: &Compiled, out: &Path) -> io::Result<()> {
    fs::create_dir_all(out)?;
    for (name, bytes) in outputs(compiled) {
        fs::write(out.join(name), bytes)?;
    }
    Ok(())
}

/// What [`write`] writes, by file name: the same for the command line and
/// the Content Studio's export.
pub fn outputs(compiled: &Compiled) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for content in &compiled.locales {
        let mut names = vec![content.locale.as_str()];
        if content.locale == compiled.default_locale {
            names.push("index");
        }
        let bytes = content.to_bytes();
        let json = serde_json::to_vec_pretty(content).expect("content always serializes");
        let start = prerender::start_screen(content).into_bytes();
        let snippet = prerender::snippet(content).into_bytes();
        for name in names {
            files.push((format!("{name}.bin"), bytes.clone()));
            files.push((format!("{name}.json"), json.clone()));
            files.push((format!("{name}.start.html"), start.clone()));
            files.push((format!("{name}.snippet.html"), snippet.clone()));
        }
    }
    files.extend(compiled.assets.iter().cloned());
    files
}

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
fn schema_of(kind: FileKind, full: &Value, in_locale_folder: bool) -> Value {
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

/// One locale's files, each present if it passed its own checks.
struct LocaleFiles {
    about: Option<About>,
    ui: Option<UiText>,
    scars: Option<ScarsFile>,
    treatments: Option<TreatmentsFile>,
    quiz: Option<QuizFile>,
}

struct Build<'a> {
    folder: &'a Folder,
    files: BTreeMap<String, SourceFile>,
    /// Data and words merged, per locale and split kind, by [`merged_name`].
    merged: BTreeMap<String, Merged>,
    issues: Vec<Issue>,
    diagnostics: Vec<Diagnostic>,
}

impl Build<'_> {
    /// Reads a file that is one whole type (site, sources, ui) and types it.
    fn load_whole<T: DeserializeOwned>(&mut self, name: &str, kind: FileKind) -> Option<T> {
        let part = match kind {
            FileKind::Ui | FileKind::About => Part::Words,
            _ => Part::Data,
        };
        self.read(name, kind, part);
        let file = self.files.get(name).filter(|f| f.well_formed)?;
        self.typed(name, file.located.value.clone())
    }

    /// Merges a locale's words for `kind` with its data and types the result.
    fn merge<T: DeserializeOwned>(&mut self, locale: &str, kind: FileKind) -> Option<T> {
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
        self.issues.extend(issues);
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
    fn read(&mut self, name: &str, kind: FileKind, part: Part) {
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
            return;
        };
        let text = match text_of(bytes) {
            Ok(text) => text,
            Err(diagnostic) => {
                self.diagnostics.push(diagnostic.in_file(&display_path));
                return;
            }
        };
        let (located, syntax_errors) = toml_tree::parse(&text);
        for error in &syntax_errors {
            let explained = syntax::explain(&text, &error.span, &error.message);
            self.diagnostics.push(Diagnostic::at(
                &display_path,
                &text,
                error.span.clone(),
                String::new(),
                explained.message,
                Some(explained.help),
            ));
        }
        let shape = if syntax_errors.is_empty() {
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
        } else {
            shape::Shape::default()
        };
        let well_formed = syntax_errors.is_empty() && shape.issues.is_empty();
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
    fn check_logo(&mut self, site: &SiteFile) -> Vec<(String, Vec<u8>)> {
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
    fn check_translations(&mut self, default: &str, locales: &[String]) {
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
                if let Some(file) = self.files.get(&name).filter(|f| f.well_formed) {
                    self.issues.extend(checks::missing_keys(
                        &name,
                        &default_file.located.value,
                        &file.located.value,
                    ));
                }
            }
        }
    }

    fn into_diagnostics(self) -> Vec<Diagnostic> {
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
        diagnostics.sort();
        diagnostics.dedup();
        diagnostics
    }
}

/// "/source/1/id" → "source[2].id": dotted, with list positions counted from 1.
fn field_label(pointer: &str) -> String {
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
fn source_ids(files: &BTreeMap<String, SourceFile>, sources: Option<&SourcesFile>) -> Vec<String> {
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

/// A file's text. Files must be UTF-8 (a byte-order mark is allowed); one
/// saved in another encoding is named at the line of its first unreadable
/// character, with how to save it again.
fn text_of(bytes: &[u8]) -> Result<String, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(error) => {
            let readable = &bytes[..error.valid_up_to()];
            let line = readable.iter().filter(|b| **b == b'\n').count() + 1;
            // What can be read, so the report can show the line.
            let text = String::from_utf8_lossy(bytes).into_owned();
            Err(FileProblem { text, line })
        }
    }
}

/// A file that is not UTF-8: its text as well as it reads, and the line of
/// the first character that does not.
struct FileProblem {
    text: String,
    line: usize,
}

impl FileProblem {
    fn in_file(self, display_path: &str) -> Diagnostic {
        let start: usize = self
            .text
            .split_inclusive('\n')
            .take(self.line - 1)
            .map(str::len)
            .sum();
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        Diagnostic::at(
            display_path,
            &self.text,
            start..end,
            String::new(),
            "this file is not saved as UTF-8, so a character on this line cannot be read".into(),
            Some("save the file as UTF-8 (in most editors: Save As, then Encoding: UTF-8) and check this line".into()),
        )
    }
}

/// Today's date (UTC) as "2026-12-01", from the system clock.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(seconds / 86_400)
}

/// Days since 1970-01-01 as a calendar date (Howard Hinnant's algorithm).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// Renders diagnostics and a closing count, as the command prints them.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let mut out: String = diagnostics.iter().map(|d| format!("{d}\n")).collect();
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let warnings = diagnostics.len() - errors.len();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    if errors.is_empty() {
        if warnings > 0 {
            out.push_str(&format!(
                "{}: the content was published, but please act on them.\n",
                plural(warnings, "warning", "warnings")
            ));
        }
        return out;
    }
    let files: BTreeSet<&str> = errors.iter().map(|d| d.path.as_str()).collect();
    out.push_str(&format!(
        "{} in {}: nothing was published. Fix them and save; CONTENT.md explains each message.\n",
        plural(errors.len(), "mistake", "mistakes"),
        plural(files.len(), "file", "files")
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn days_since_1970_become_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_788), "2026-12-01");
    }
}
