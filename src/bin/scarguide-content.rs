//! The content command: checks the marketers' content folder and compiles it
//! into the compact files the widget loads.
//!
//!   scarguide-content check  [DIR]         report every mistake (DIR: public/content)
//!   scarguide-content build  [DIR] [OUT]   check, then write OUT (default dist/content)
//!
//! With `--release` (anywhere), example values still in the content (prices
//! marked `example = true`, example contact details) are listed loudly, as
//! a release or an export must; without it, one line mentions them.
//!   scarguide-content schema [DIR]         write the JSON Schemas editors use

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::path::PathBuf;
    use std::process::ExitCode;

    use scarguide::compiler;

    let all: Vec<String> = std::env::args().skip(1).collect();
    let release = all.iter().any(|arg| arg == "--release");
    let args: Vec<String> = all.into_iter().filter(|arg| arg != "--release").collect();
    let examples = |compiled: &compiler::Compiled| {
        if release {
            eprint!("{}", compiler::render_examples(&compiled.examples));
        } else if let Some(note) = compiler::examples_reminder(&compiled.examples) {
            eprintln!("{note}");
        }
    };
    let command = args.first().map(String::as_str).unwrap_or("check");
    let dir = PathBuf::from(args.get(1).map(String::as_str).unwrap_or("public/content"));
    let summary = |compiled: &compiler::Compiled| {
        format!(
            "Content is ready: {} locale(s) ({}), default {}.",
            compiled.locales.len(),
            compiled
                .locales
                .iter()
                .map(|content| content.locale.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            compiled.default_locale
        )
    };
    match command {
        "check" | "build" => match compiler::compile(&dir) {
            Err(diagnostics) => {
                eprint!("{}", compiler::render(&diagnostics));
                ExitCode::FAILURE
            }
            Ok(compiled) if command == "build" => {
                eprint!("{}", compiler::render(&compiled.warnings));
                examples(&compiled);
                let out = PathBuf::from(args.get(2).map(String::as_str).unwrap_or("dist/content"));
                match compiler::write(&compiled, &out) {
                    Ok(()) => {
                        println!("{} Written to {}.", summary(&compiled), out.display());
                        ExitCode::SUCCESS
                    }
                    Err(error) => {
                        eprintln!("error: could not write {}: {error}", out.display());
                        ExitCode::FAILURE
                    }
                }
            }
            Ok(compiled) => {
                eprint!("{}", compiler::render(&compiled.warnings));
                examples(&compiled);
                println!("{}", summary(&compiled));
                ExitCode::SUCCESS
            }
        },
        "schema" => match compiler::write_schemas(&dir) {
            Ok(()) => {
                println!(
                    "Wrote the JSON Schemas to {}.",
                    dir.join("schema").display()
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("error: could not write the schemas: {error}");
                ExitCode::FAILURE
            }
        },
        _ => {
            eprintln!("usage: scarguide-content check|build|schema [DIR] [OUT]");
            ExitCode::from(2)
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
