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

/// The compiled fixture every test reads (`scarguide::fixture`) is the TOML
/// fixture compiled, so the two cannot drift apart.
#[test]
fn the_json_fixture_is_the_toml_fixture_compiled() {
    let folder = compiler::Folder::read(&project("tests/fixtures/content")).unwrap();
    let compiled = compiler::compile_folder(&folder, "2026-12-01")
        .unwrap_or_else(|diagnostics| panic!("{}", compiler::render(&diagnostics)));
    let english = compiled.locales.iter().find(|c| c.locale == "en").unwrap();
    let json = serde_json::to_string_pretty(english).unwrap() + "\n";
    let path = project("tests/fixtures/content-en.json");
    if std::env::var_os("FIXTURE_UPDATE").is_some() {
        fs::write(&path, &json).unwrap();
    }
    assert!(
        fs::read_to_string(&path).unwrap_or_default() == json,
        "tests/fixtures/content-en.json is not tests/fixtures/content compiled: run \
         FIXTURE_UPDATE=1 cargo test --test content_errors"
    );
}

#[test]
fn the_json_schemas_on_disk_are_current() {
    for (kind, in_locale_folder) in compiler::schema_files() {
        let path = project("public/content/schema").join(kind.schema_name(in_locale_folder));
        let on_disk = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == compiler::schema_text(kind, in_locale_folder),
            "{} is out of date: run `cargo run --bin scarguide-content -- schema`",
            path.display()
        );
    }
}

#[test]
fn every_shipped_file_names_its_schema() {
    for (kind, in_locale_folder) in compiler::schema_files() {
        let file = if in_locale_folder {
            format!("en/{}", kind.file_name())
        } else {
            kind.file_name().to_owned()
        };
        let schema = kind.schema_name(in_locale_folder);
        let text = fs::read_to_string(project("public/content").join(&file)).unwrap();
        let first_line = text.lines().next().unwrap_or_default();
        assert!(
            first_line.starts_with("#:schema ") && first_line.ends_with(&format!("/{schema}")),
            "{file} should start with `#:schema …/{schema}`"
        );
    }
}

/// One broken content folder: the fixture with some files changed, and
/// what the compiler must say. A case file is one of:
/// - edits to one fixture file (`# edits: FILE`, then `# find:` and
///   `# becomes:` blocks), so the case holds only its mistake;
/// - one whole replacement (`# replaces: FILE`, then its text);
/// - several files, each starting with a `# file: FILE` line (a new
///   language folder, say).
///
/// The fixture is tests/fixtures/content; a case with `# folder:
/// public/content` is made in the shipped content instead (two languages,
/// as a marketer has it).
struct Case {
    name: String,
    /// The folder the case changes.
    base: PathBuf,
    /// (file, its text)
    files: Vec<(String, String)>,
    /// (file, line, column, start of "field: message")
    expected: Vec<(String, usize, usize, String)>,
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
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let base = header("folder").into_iter().next();
            let base = project(base.as_deref().unwrap_or("tests/fixtures/content"));
            let files = if let Some(file) = header("edits").into_iter().next() {
                let edited = edited_fixture(&name, &base, &file, &text);
                vec![(file, edited)]
            } else if let Some(file) = header("replaces").into_iter().next() {
                vec![(file, text.clone())]
            } else {
                split_files(&text)
            };
            let expected = header("expect")
                .into_iter()
                .filter(|expect| expect != "?")
                .map(|expect| {
                    // "FILE LINE:COL message", or "LINE:COL message" for the only file.
                    let (first, rest) = expect.split_once(' ').expect("expect: LINE:COL message");
                    let (file, place, message) = if first.contains(".toml") {
                        let (place, message) = rest.split_once(' ').expect("LINE:COL message");
                        (first.to_owned(), place, message)
                    } else {
                        (files[0].0.clone(), first, rest)
                    };
                    let (line, column) = place.split_once(':').expect("LINE:COL");
                    (
                        file,
                        line.parse().unwrap(),
                        column.parse().unwrap(),
                        message.to_owned(),
                    )
                })
                .collect();
            Case {
                name,
                base,
                files,
                expected,
            }
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// The `base` folder's `file` with each of the case's `# find:` blocks
/// replaced by the `# becomes:` block after it. A found text must be in the
/// file exactly once: an edit that no longer applies fails here, by name.
fn edited_fixture(case: &str, base: &Path, file: &str, text: &str) -> String {
    let mut edits: Vec<(String, String)> = Vec::new();
    let mut in_becomes = false;
    for line in text.lines() {
        match line {
            "# find:" => {
                edits.push((String::new(), String::new()));
                in_becomes = false;
            }
            "# becomes:" => in_becomes = true,
            _ => {
                if let Some((find, becomes)) = edits.last_mut() {
                    let block = if in_becomes { becomes } else { find };
                    block.push_str(line);
                    block.push('\n');
                }
            }
        }
    }
    assert!(
        !edits.is_empty(),
        "{case}: `# edits:` needs `# find:` and `# becomes:` blocks"
    );
    let mut edited = fs::read_to_string(base.join(file)).unwrap();
    for (find, becomes) in edits {
        let found = edited.matches(find.as_str()).count();
        assert!(
            found == 1,
            "{case}: the text after `# find:` is in {} {found} times, not once: update the case\n{find}",
            base.join(file).display()
        );
        edited = edited.replacen(find.as_str(), &becomes, 1);
    }
    edited
}

/// The `# file: NAME` sections of a case, each with its own lines.
fn split_files(text: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("# file: ") {
            files.push((name.to_owned(), String::new()));
        } else if let Some((_, text)) = files.last_mut() {
            text.push_str(line);
            text.push('\n');
        }
    }
    assert!(
        !files.is_empty(),
        "a case needs `# replaces: FILE` or `# file: FILE` sections"
    );
    files
}

/// Compiles the fixture content with one file replaced by the case's, in
/// memory, on a fixed day (so that a review's due date reads the same
/// every day the tests run).
fn compile_case(case: &Case) -> Result<compiler::Compiled, Vec<Diagnostic>> {
    let mut folder = compiler::Folder::read(&case.base).unwrap();
    folder.root = "content".into();
    for (file, text) in &case.files {
        folder.files.insert(file.clone(), text.clone().into_bytes());
    }
    compiler::compile_folder(&folder, "2026-12-01")
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
        } else if diagnostics.len() != case.expected.len() {
            failures.push(format!(
                "{}: the number of messages ({}) is not the number of `# expect:` lines ({}):\n{}",
                case.name,
                diagnostics.len(),
                case.expected.len(),
                compiler::render(&diagnostics)
            ));
        }
        for (file, line, column, message) in &case.expected {
            let found = diagnostics.iter().any(|d| {
                d.path == format!("content/{file}")
                    && d.line == *line
                    && d.column == *column
                    && format!("{}: {}", d.field, d.message).starts_with(message.as_str())
            });
            if !found {
                failures.push(format!(
                    "{}: expected {file} {line}:{column} {message}\n got:\n{}",
                    case.name,
                    compiler::render(&diagnostics)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Everything the compiler says about each broken file, word for word: a
/// new message, a lost one or a second one for the same mistake shows up
/// here. After a change on purpose, review and accept the new output with
/// `INSTA_UPDATE=always cargo test --test content_errors` (or cargo-insta).
#[test]
fn every_broken_file_gives_only_its_messages() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("content-corpus/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| {
        for case in corpus() {
            let diagnostics = diagnostics_for(&case);
            insta::assert_snapshot!(case.name.clone(), compiler::render(&diagnostics));
        }
    });
}

/// The lines a case changed, per file: each file's lines after those it
/// shares with the base folder's file from the start and from the end. A
/// deletion is the line where the text was, or the header of the table it
/// was in (a missing field is told there).
fn edited_lines(case: &Case) -> Vec<(String, Vec<usize>)> {
    case.files
        .iter()
        .filter_map(|(file, text)| {
            let before = fs::read_to_string(case.base.join(file)).unwrap_or_default();
            let old: Vec<&str> = before.lines().collect();
            let new: Vec<&str> = text.lines().collect();
            let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
            let suffix = old[prefix..]
                .iter()
                .rev()
                .zip(new[prefix..].iter().rev())
                .take_while(|(a, b)| a == b)
                .count();
            let mut changed: Vec<usize> = (prefix + 1..=new.len() - suffix).collect();
            let only_blank = changed.iter().all(|line| {
                let line = new[line - 1].trim_start();
                line.is_empty() || line.starts_with('#')
            });
            if !only_blank {
                return Some((file.clone(), changed));
            }
            if changed.is_empty() && old.len() == new.len() {
                return None;
            }
            // Deleted lines: where they were, the line before, and the
            // header of their table.
            changed.extend([prefix, prefix + 1]);
            let mut lines = changed;
            if let Some(header) = new[..prefix]
                .iter()
                .rposition(|line| line.trim_start().starts_with('['))
            {
                lines.push(header + 1);
            }
            Some((file.clone(), lines))
        })
        .collect()
}

/// What the marketer sees for a case: its errors if it is refused, else
/// its warnings; the warnings' summary under errors does not count.
fn messages_for(case: &Case) -> (Vec<Diagnostic>, Vec<Diagnostic>) {
    let diagnostics = diagnostics_for(case);
    let errors: Vec<Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .cloned()
        .collect();
    let counted = if errors.is_empty() {
        diagnostics.clone()
    } else {
        errors
    };
    (diagnostics, counted)
}

/// Most messages one mistake may give.
const MOST_MESSAGES: usize = 3;

/// One mistake, one message, at the mistake: for every case, the first
/// message printed is in the file and at a line the case changed, and the
/// mistake gives at most [`MOST_MESSAGES`] (errors, or warnings when it
/// gives no error). `CORPUS_COUNTS=1` prints each case's count.
#[test]
fn every_single_mistake_is_told_first_at_its_line_and_briefly() {
    let cases = corpus();
    let mut failures = Vec::new();
    if cases.len() < 60 {
        failures.push(format!("the corpus holds {} mistakes, not 60", cases.len()));
    }
    let mut counts = Vec::new();
    for case in &cases {
        let (diagnostics, counted) = messages_for(case);
        let edited = edited_lines(case);
        let first = diagnostics.first();
        let at_edit = first.is_some_and(|first| {
            edited.iter().any(|(file, lines)| {
                first.path == format!("content/{file}") && lines.contains(&first.line)
            })
        });
        counts.push(format!(
            "{:>4} {} {}",
            counted.len(),
            if at_edit { "at-edit " } else { "ELSEWHERE" },
            case.name
        ));
        if !at_edit {
            failures.push(format!(
                "{}: the first message is not at a line the case changed ({edited:?}):\n{}",
                case.name,
                compiler::render(&diagnostics)
            ));
        }
        if counted.len() > MOST_MESSAGES {
            failures.push(format!(
                "{}: one mistake gives {} messages, more than {MOST_MESSAGES}:\n{}",
                case.name,
                counted.len(),
                compiler::render(&diagnostics)
            ));
        }
    }
    if std::env::var_os("CORPUS_COUNTS").is_some() {
        println!("{}", counts.join("\n"));
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

#[test]
fn the_compiler_works_on_files_in_memory() {
    let mut folder = compiler::Folder::read(&project("tests/fixtures/content")).unwrap();
    folder.root = String::new();
    let compiled = compiler::compile_folder(&folder, "2026-12-01")
        .unwrap_or_else(|diagnostics| panic!("{}", compiler::render(&diagnostics)));
    assert_eq!(compiled.default_locale, "en");
    // A mistake is reported by the file's path inside the folder.
    let site = String::from_utf8(folder.files["site.toml"].clone()).unwrap();
    let accent = "accent = \"#1f4e79\"";
    assert!(site.contains(accent), "the fixture's accent changed");
    folder.files.insert(
        "site.toml".into(),
        site.replace(accent, "accent = \"#8fd6c6\"").into_bytes(),
    );
    let diagnostics = compiler::compile_folder(&folder, "2026-12-01").unwrap_err();
    assert!(
        diagnostics
            .iter()
            .any(|d| d.path == "site.toml" && d.field == "brand.accent")
    );
}

#[test]
fn a_file_in_another_encoding_is_named_at_its_line() {
    let mut folder = compiler::Folder::read(&project("tests/fixtures/content")).unwrap();
    folder.root = String::new();
    // "Café" saved as Latin-1, as an old editor might: é is one byte, 0xE9.
    let mut about = b"author = \"the test content team\"\n# Written at the Caf".to_vec();
    about.extend_from_slice(&[0xE9, b'\n']);
    folder.files.insert("en/about.toml".into(), about);
    let diagnostics = compiler::compile_folder(&folder, "2026-12-01").unwrap_err();
    let encoding = diagnostics
        .iter()
        .find(|d| d.path == "en/about.toml")
        .expect("a message for the file");
    assert_eq!(encoding.line, 2);
    assert!(
        encoding.message.contains("not saved as UTF-8"),
        "{encoding:?}"
    );
    assert!(
        encoding
            .help
            .as_deref()
            .unwrap()
            .contains("save the file as UTF-8")
    );
    // A byte-order mark is fine.
    let mut marked = b"\xEF\xBB\xBF".to_vec();
    marked.extend_from_slice(b"author = \"the test content team\"\n");
    folder.files.insert("en/about.toml".into(), marked);
    assert!(compiler::compile_folder(&folder, "2026-12-01").is_ok());
}

/// CONTENT.md's table of compliance rules names every rule the compiler
/// has, so a clinic can look up the id a message gives.
#[test]
fn content_md_lists_every_compliance_rule() {
    let guide = fs::read_to_string(project("CONTENT.md")).unwrap();
    for rule in compiler::checks::RULES {
        assert!(
            guide.contains(&format!("| `{}`", rule.id)),
            "CONTENT.md's compliance table has no row for `{}`",
            rule.id
        );
    }
}

/// N3: the shipped content's example prices and contacts are listed apart
/// from warnings (a release and an export show them loudly), and a price of
/// the clinic's own is not.
#[test]
fn example_values_are_listed_for_release() {
    let compiled = compiler::compile(&project("public/content")).unwrap();
    let listed = compiler::render_examples(&compiled.examples);
    for id in [
        "microneedling",
        "non-ablative-laser",
        "ablative-laser",
        "superficial-peel",
    ] {
        assert!(
            listed.contains(&format!("\"{id}\" is an example")),
            "{listed}"
        );
    }
    assert!(listed.contains("lumen-skin.example"), "{listed}");
    assert!(listed.contains("EXAMPLE VALUES"), "{listed}");
    let folder = compiler::Folder::read(&project("tests/fixtures/content")).unwrap();
    let own = compiler::compile_folder(&folder, "2026-12-01").unwrap();
    assert!(
        own.examples
            .iter()
            .all(|d| !d.message.contains("is an example, not")),
        "{}",
        compiler::render_examples(&own.examples)
    );
}
