//! Property tests: what browsers and hosts hand the widget and the compiler
//! never makes them panic. Thousands of generated cases each, on stable
//! Rust, in every test run. (The same targets run open-ended under
//! cargo-fuzz where nightly Rust exists: see fuzz/README.md.)
//!
//! - the compiled-content decoder, with any bytes and with real content cut
//!   or corrupted (reading it as postcard, which wrote it, reads it);
//! - the stored-session and quiz-progress decoders, with any text, and the
//!   quiz's restore of whatever decodes;
//! - the TOML compiler, with any text in a content file and with the real
//!   files corrupted: never a panic, and every mistake placed on a real line.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;
use std::sync::OnceLock;

use proptest::prelude::*;
use scarguide::compiler::{self, Folder};
use scarguide::core::candidacy::Progress;
use scarguide::core::content::Content;
use scarguide::core::hex;
use scarguide::core::navigation::SavedSession;

const CASES: u32 = 2000;

fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    CONTENT.get_or_init(scarguide::fixture::content)
}

fn content_bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| content().to_bytes())
}

fn shipped_folder() -> &'static Folder {
    static FOLDER: OnceLock<Folder> = OnceLock::new();
    FOLDER.get_or_init(|| {
        Folder::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")).unwrap()
    })
}

/// Compiles `folder`; on failure, every diagnostic must point into its file.
fn compiles_or_places_every_mistake(folder: &Folder) -> Result<(), TestCaseError> {
    if let Err(diagnostics) = compiler::compile_folder(folder, "2026-12-01") {
        prop_assert!(!diagnostics.is_empty());
        for d in &diagnostics {
            prop_assert!(
                d.line >= 1 && d.column >= 1,
                "{}:{}:{} {}",
                d.path,
                d.line,
                d.column,
                d.message
            );
            prop_assert!(!d.message.is_empty());
            let name = d
                .path
                .rsplit_once("content/")
                .map_or(d.path.as_str(), |(_, name)| name);
            if let Some(bytes) = folder.files.get(name) {
                let lines = String::from_utf8_lossy(bytes).lines().count().max(1);
                prop_assert!(d.line <= lines + 1, "{} line {} of {lines}", d.path, d.line);
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn any_bytes_are_refused_or_read_by_the_content_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = Content::from_bytes(&bytes);
    }

    #[test]
    fn corrupted_or_cut_content_never_panics(
        changes in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..12),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = content_bytes().to_vec();
        for (at, value) in changes {
            let at = at.index(bytes.len());
            bytes[at] = value;
        }
        // The widget's own reader accepts exactly what postcard (which wrote
        // the bytes) reads in full, as the same content.
        let postcards = postcard::take_from_bytes::<Content>(&bytes)
            .ok()
            .filter(|(content, rest)| rest.is_empty() && content.format == Content::FORMAT)
            .map(|(content, _)| content);
        prop_assert_eq!(Content::from_bytes(&bytes).ok(), postcards);
        prop_assert!(Content::from_bytes(&content_bytes()[..cut.index(content_bytes().len())]).is_err());
    }

    #[test]
    fn any_stored_text_is_refused_or_restored_into_a_usable_quiz(text in "\\PC{0,64}|[0-9a-f]{0,160}") {
        let _ = hex::decode_value::<SavedSession>(&text);
        let stored = hex::decode_value::<Progress>(&text);
        let progress = Progress::restore(stored, &content().quiz);
        if let Some(current) = &progress.current {
            prop_assert!(content().quiz.question.iter().any(|q| &q.id == current));
        }
    }

    #[test]
    fn any_text_in_a_content_file_gives_errors_with_places(
        file in prop::sample::select(vec!["site.toml", "quiz.toml", "en/ui.toml", "en/quiz.toml", "treatments.toml"]),
        text in "\\PC{0,400}",
    ) {
        let mut folder = shipped_folder().clone();
        folder.files.insert(file.to_owned(), text.into_bytes());
        compiles_or_places_every_mistake(&folder)?;
    }

    #[test]
    fn real_files_with_typing_mistakes_give_errors_with_places(
        file in prop::sample::select(vec!["site.toml", "quiz.toml", "scars.toml", "en/ui.toml", "en/quiz.toml", "en/treatments.toml", "sources.toml"]),
        at in any::<prop::sample::Index>(),
        removed in 0usize..40,
        typed in "[\"'\\[\\]{}=#,.\\n a-z0-9“”$é]{0,6}",
    ) {
        let mut folder = shipped_folder().clone();
        let original = String::from_utf8(folder.files[file].clone()).unwrap();
        let boundaries: Vec<usize> = original.char_indices().map(|(i, _)| i).chain([original.len()]).collect();
        let start = boundaries[at.index(boundaries.len())];
        let end = boundaries.iter().copied().find(|&b| b >= start + removed).unwrap_or(original.len());
        let edited = format!("{}{typed}{}", &original[..start], &original[end..]);
        folder.files.insert(file.to_owned(), edited.into_bytes());
        compiles_or_places_every_mistake(&folder)?;
    }
}
