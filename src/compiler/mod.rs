//! The content compiler (native only): reads the marketers' TOML folder,
//! reports every mistake with file, line and column, and writes the compact
//! postcard files the browser loads (with a readable JSON copy of each).
//!
//! The folder holds what every language shares (`site.toml`, `sources.toml`,
//! and the data of `quiz.toml`, `scars.toml` and `treatments.toml`), and one
//! folder per locale (`en/`, `fr/`, …) with that language's words: `ui.toml`
//! and the words of the quiz, scars and treatments (see [`split`]).

mod build;
pub mod checks;
mod folder;
pub mod prerender;
pub mod readability;
mod renames;
pub mod report;
mod schemas;
pub mod shape;
pub mod split;
pub mod syntax;
pub mod toml_tree;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::Path;

use crate::core::content::{Content, FileKind, SiteFile, SourcesFile};
use build::{Build, LocaleFiles, source_ids};
pub use folder::Folder;
use folder::display;
use readability::Formula;
use report::{Diagnostic, Severity};
pub use schemas::{file_schema, schema_files, schema_text, write_schemas};
use split::Part;

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
    /// Example values still in the content (prices marked `example = true`,
    /// a booking link or phone number reserved for examples): visitors see
    /// example prices marked as such, and every release and Studio export
    /// warns loudly until they are replaced ([`render_examples`]).
    pub examples: Vec<Diagnostic>,
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
        unreadable: BTreeSet::new(),
        unjoined: BTreeSet::new(),
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
    // A file that could not be read stops the checks that depend on it:
    // without sources.toml every source id would look unknown, without
    // site.toml's grade every text would be graded at the default.
    let known_sources = source_ids(&build.files, sources.as_ref());
    let known: BTreeSet<&str> = known_sources.iter().map(String::as_str).collect();
    let sources_read = !build.unreadable.contains("sources.toml");
    for (name, file) in build.files.iter().filter(|_| sources_read) {
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
        // Data of the wrong shape (an item without its id) is told in its
        // own file; its words are not judged against it.
        let merged = |kind: FileKind| {
            let name = merged_name(locale, kind);
            let data = build.files.get(kind.file_name())?;
            if !data.well_formed {
                return None;
            }
            build.merged.get(&name).map(|m| (name, &m.value))
        };
        let scar_ids = merged(FileKind::Scars)
            .map(|(name, scars)| checks::check_scars(&name, scars, &mut build.issues));
        // Treatments and the quiz name scars: with the scars unread, every
        // such name would look unknown.
        let treatment_ids = merged(FileKind::Treatments).zip(scar_ids.as_ref()).map(
            |((name, treatments), scar_ids)| {
                checks::check_treatments(&name, treatments, scar_ids, &mut build.issues)
            },
        );
        if let (Some((name, quiz)), Some(scar_ids)) = (merged(FileKind::Quiz), &scar_ids) {
            let scar_ids = scar_ids.as_slice();
            let treatment_ids = treatment_ids.as_deref();
            checks::check_quiz(&name, quiz, scar_ids, treatment_ids, &mut build.issues);
        }
        let name = format!("{locale}/about.toml");
        if let Some(about) = build.files.get(&name) {
            let issues = checks::check_about(&name, &about.located.value, today);
            build.issues.extend(issues);
        }
        let name = format!("{locale}/ui.toml");
        if let Some(ui) = build.files.get(&name).map(|f| &f.located.value) {
            checks::check_ui_templates(&name, ui, &mut build.issues);
        }
    }
    // Reading level, in the languages that have a formula (English, Spanish).
    // With site.toml refused, its grade is read as written: grading at the
    // default instead would add a warning to nearly every text.
    let max_grade = site
        .as_ref()
        .map(|site| site.reading_grade)
        .unwrap_or_else(|| {
            let written = build
                .files
                .get("site.toml")?
                .located
                .value
                .get("reading_grade")?;
            u8::try_from(written.as_u64()?).ok()
        })
        .unwrap_or(SiteFile::DEFAULT_READING_GRADE);
    // A grade written wrong is told in site.toml; grading every text at
    // the default meanwhile would bury that one mistake under warnings.
    let grade_unread = site.is_none()
        && build
            .files
            .get("site.toml")
            .and_then(|file| file.located.value.get("reading_grade"))
            .is_some_and(|grade| grade.as_u64().and_then(|g| u8::try_from(g).ok()).is_none());
    let graded = !build.unreadable.contains("site.toml") && !grade_unread;
    for locale in locales.iter().filter(|_| graded) {
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

    // An id renamed in its data file is one mistake, told at the rename.
    let files = &build.files;
    renames::collapse(&mut build.issues, &locales, |name| {
        files.get(name).map(|file| &file.located.value)
    });

    if let Some(file) = build.files.get("treatments.toml") {
        let issues = checks::example_prices(&file.located.value);
        build.issues.extend(issues);
    }
    if let Some(file) = build.files.get("site.toml") {
        let issues = checks::example_contacts(&file.located.value);
        build.issues.extend(issues);
    }

    let diagnostics = build.into_diagnostics();
    let (examples, diagnostics): (Vec<Diagnostic>, Vec<Diagnostic>) = diagnostics
        .into_iter()
        .partition(|d| d.message.ends_with(checks::EXAMPLE_TAG));
    // With a mistake to fix, example values would only bury it.
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
        examples,
    })
}

/// The name findings in a locale's merged quiz, scars or treatments carry
/// until [`Merged::locate`] takes them back to their own file.
pub(super) fn merged_name(locale: &str, kind: FileKind) -> String {
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

/// The example values still in the content, as a release or an export
/// prints them: loud, since a clinic that forgets them publishes prices it
/// does not charge. Empty when there are none.
pub fn render_examples(examples: &[Diagnostic]) -> String {
    if examples.is_empty() {
        return String::new();
    }
    let rule = checks::Rule::named("example-values");
    let bar = "=".repeat(72);
    let mut out = format!(
        "{bar}\nEXAMPLE VALUES ARE STILL IN THIS CONTENT ({} to replace before it goes live)\n{bar}\n",
        examples.len()
    );
    for example in examples {
        out.push_str(&format!("{example}\n"));
    }
    out.push_str(&format!(
        "Visitors see example prices marked \"example\", but they are not your prices.\nWhy: {}\n{bar}\n",
        rule.why()
    ));
    out
}

/// A one-line reminder of the example values, for everyday builds (the dev
/// server keeps them quietly; releases and exports list them).
pub fn examples_reminder(examples: &[Diagnostic]) -> Option<String> {
    (!examples.is_empty()).then(|| {
        format!(
            "note: {} example value(s) (prices marked example = true, example contact details) are still in the content; `scarguide-content check --release` lists them.",
            examples.len()
        )
    })
}

/// How many warnings are listed beside mistakes; the rest wait until the
/// mistakes are fixed, so that what stops publishing is read first.
pub const WARNINGS_WITH_MISTAKES: usize = 3;

/// The diagnostics in the order they are shown, errors first; when there
/// are errors, only the first [`WARNINGS_WITH_MISTAKES`] warnings. Also
/// returns how many warnings that leaves out.
pub fn shown(diagnostics: &[Diagnostic]) -> (Vec<&Diagnostic>, usize) {
    let (errors, warnings): (Vec<&Diagnostic>, Vec<&Diagnostic>) = diagnostics
        .iter()
        .partition(|d| d.severity == Severity::Error);
    if errors.is_empty() {
        return (warnings, 0);
    }
    let left_out = warnings.len().saturating_sub(WARNINGS_WITH_MISTAKES);
    let listed = errors
        .into_iter()
        .chain(warnings.into_iter().take(WARNINGS_WITH_MISTAKES))
        .collect();
    (listed, left_out)
}

/// Renders diagnostics and a closing count, as the command prints them:
/// every mistake in full, then (if there are mistakes) a count of the
/// warnings with the first few on one line each; without mistakes, every
/// warning in full.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    let (listed, left_out) = shown(diagnostics);
    let errors: Vec<&Diagnostic> = listed
        .iter()
        .copied()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    let warnings = diagnostics.len() - errors.len();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    if errors.is_empty() {
        let mut out: String = listed.iter().map(|d| format!("{d}\n")).collect();
        if warnings > 0 {
            out.push_str(&format!(
                "{}: the content was published, but please act on them.\n",
                plural(warnings, "warning", "warnings")
            ));
        }
        return out;
    }
    let mut out: String = errors.iter().map(|d| format!("{d}\n")).collect();
    if warnings > 0 {
        let first = if left_out > 0 { ", the first:" } else { ":" };
        out.push_str(&format!(
            "{} as well, listed in full once the mistakes are fixed{first}\n",
            plural(warnings, "warning", "warnings")
        ));
        for warning in listed.iter().filter(|d| d.severity == Severity::Warning) {
            let field = if warning.field.is_empty() {
                String::new()
            } else {
                format!("{}: ", warning.field)
            };
            out.push_str(&format!(
                "  {}:{}:{}: {field}{}\n",
                warning.path, warning.line, warning.column, warning.message
            ));
        }
        out.push('\n');
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
    use super::report::{Diagnostic, Severity};

    #[test]
    fn errors_come_first_and_warnings_beside_them_are_counted() {
        let at = |path: &str, severity: Severity| {
            let mut d = Diagnostic::at(path, "x = 1\n", 0..1, "x".into(), "said".into(), None);
            d.severity = severity;
            d
        };
        let mut diagnostics: Vec<Diagnostic> =
            (0..5).map(|_| at("a.toml", Severity::Warning)).collect();
        diagnostics.push(at("b.toml", Severity::Error));
        let rendered = super::render(&diagnostics);
        assert!(rendered.starts_with("error: x: said"), "{rendered}");
        assert!(
            rendered.contains("5 warnings as well, listed in full once the mistakes are fixed, the first:\n  a.toml:1:1: x: said\n"),
            "{rendered}"
        );
        assert_eq!(rendered.matches("a.toml:1:1").count(), 3, "{rendered}");
        assert!(!rendered.contains("warning:"), "{rendered}");
        // Without errors, every warning in full.
        let rendered = super::render(&diagnostics[..5]);
        assert_eq!(rendered.matches("warning: x: said").count(), 5);
    }

    #[test]
    fn days_since_1970_become_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_788), "2026-12-01");
    }
}
