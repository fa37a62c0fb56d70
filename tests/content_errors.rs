//! The content compiler against real files: the shipped content compiles,
//! the JSON Schemas on disk match the Rust types, and every broken file in
//! tests/content-corpus gives its expected message at its expected place.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use scarguide::compiler::{
    self,
    report::{Diagnostic, Severity},
};
use scarguide::core::content::FileKind;

fn project(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

#[test]
fn the_shipped_content_compiles() {
    let compiled = compiler::compile(&project("public/content")).unwrap_or_else(|diagnostics| {
        panic!(
            "the shipped content has mistakes:\n{}",
            compiler::render(&diagnostics)
        )
    });
    assert_eq!(compiled.default_locale, "en");
    assert!(
        compiled.warnings.is_empty(),
        "the shipped content has warnings:\n{}",
        compiler::render(&compiled.warnings)
    );
    assert!(
        compiled
            .locales
            .iter()
            .any(|content| content.locale == "en")
    );
}

#[test]
fn the_test_fixture_compiles() {
    if let Err(diagnostics) = compiler::compile(&project("tests/fixtures/content")) {
        panic!("{}", compiler::render(&diagnostics));
    }
}

#[test]
fn the_json_schemas_on_disk_are_current() {
    for kind in FileKind::SHARED.into_iter().chain(FileKind::PER_LOCALE) {
        let path = project("public/content/schema").join(kind.schema_name());
        let on_disk = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == compiler::schema_text(kind),
            "{} is out of date: run `cargo run --bin scarguide-content -- schema`",
            path.display()
        );
    }
}

#[test]
fn every_shipped_file_names_its_schema() {
    let per_locale = FileKind::PER_LOCALE.map(|kind| (format!("en/{}", kind.file_name()), kind));
    let shared = FileKind::SHARED.map(|kind| (kind.file_name().to_owned(), kind));
    for (file, kind) in shared.into_iter().chain(per_locale) {
        let text = fs::read_to_string(project("public/content").join(&file)).unwrap();
        let first_line = text.lines().next().unwrap_or_default();
        assert!(
            first_line.starts_with("#:schema ") && first_line.ends_with(kind.schema_name()),
            "{file} should start with `#:schema …/{}`",
            kind.schema_name()
        );
    }
}

/// One broken file: which file it replaces and what the compiler must say.
struct Case {
    name: String,
    replaces: String,
    text: String,
    /// (line, column, start of "field: message")
    expected: Vec<(usize, usize, String)>,
}

fn corpus() -> Vec<Case> {
    let mut cases: Vec<Case> = fs::read_dir(project("tests/content-corpus"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let header = |key: &str| -> Vec<String> {
                let prefix = format!("# {key}: ");
                text.lines()
                    .filter_map(|line| line.strip_prefix(prefix.as_str()).map(str::to_owned))
                    .collect()
            };
            let expected = header("expect")
                .into_iter()
                .filter(|expect| expect != "?")
                .map(|expect| {
                    let (place, message) =
                        expect.split_once(' ').expect("expect: LINE:COL message");
                    let (line, column) = place.split_once(':').expect("LINE:COL");
                    (
                        line.parse().unwrap(),
                        column.parse().unwrap(),
                        message.to_owned(),
                    )
                })
                .collect();
            Case {
                name: path.file_stem().unwrap().to_string_lossy().into_owned(),
                replaces: header("replaces")
                    .into_iter()
                    .next()
                    .expect("# replaces: FILE"),
                expected,
                text,
            }
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Compiles the fixture content with one file replaced by the case's.
fn compile_case(case: &Case) -> Result<compiler::Compiled, Vec<Diagnostic>> {
    let dir = std::env::temp_dir().join(format!(
        "scarguide-corpus-{}-{}",
        std::process::id(),
        case.name
    ));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&project("tests/fixtures/content"), &dir);
    let target = dir.join(&case.replaces);
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    fs::write(&target, &case.text).unwrap();
    let result = compiler::compile(&dir);
    let _ = fs::remove_dir_all(&dir);
    result
}

/// Errors if the case is refused, else its warnings.
fn diagnostics_for(case: &Case) -> Vec<Diagnostic> {
    match compile_case(case) {
        Ok(compiled) => compiled.warnings,
        Err(diagnostics) => diagnostics,
    }
}

#[test]
fn every_broken_file_gives_its_message_at_its_line() {
    let cases = corpus();
    assert!(
        cases.len() >= 15,
        "the corpus holds one file per kind of mistake"
    );
    let mut failures = Vec::new();
    for case in &cases {
        let diagnostics = diagnostics_for(case);
        if case.expected.is_empty() {
            failures.push(format!(
                "{} has no `# expect:` line; it gives:\n{}",
                case.name,
                compiler::render(&diagnostics)
            ));
        }
        for (line, column, message) in &case.expected {
            let found = diagnostics.iter().any(|d| {
                d.path.ends_with(&case.replaces)
                    && d.line == *line
                    && d.column == *column
                    && format!("{}: {}", d.field, d.message).starts_with(message.as_str())
            });
            if !found {
                failures.push(format!(
                    "{}: expected {line}:{column} {message}\n got:\n{}",
                    case.name,
                    compiler::render(&diagnostics)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_review_past_due_is_published_with_a_warning() {
    let case = corpus()
        .into_iter()
        .find(|case| case.name == "review-past-due")
        .expect("the corpus has review-past-due.toml");
    let compiled = compile_case(&case)
        .unwrap_or_else(|diagnostics| panic!("refused:\n{}", compiler::render(&diagnostics)));
    let review: Vec<&Diagnostic> = compiled
        .warnings
        .iter()
        .filter(|d| d.field == "review.next_review")
        .collect();
    assert_eq!(review.len(), 1);
    assert_eq!(review[0].severity, Severity::Warning);
    assert!(compiler::render(&compiled.warnings).contains("warning: review.next_review"));
}
