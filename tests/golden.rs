//! Golden bytes for what outlives a release: the stored session and quiz
//! progress (browsers keep them between visits and updates) and the
//! compiled content (hosts upload it, and the widget refuses another
//! format). A reordered enum variant or struct field changes these bytes
//! silently; here it fails instead.
//!
//! If a change is on purpose: bump the type's VERSION (stored values) or
//! `Content::FORMAT` (compiled content, with a CHANGELOG.md entry saying
//! content must be exported again), then rewrite the golden files with
//! `GOLDEN_UPDATE=1 cargo test --test golden`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::fs;

use scarguide::core::candidacy::Progress;
use scarguide::core::content::Content;
use scarguide::core::hex;
use scarguide::core::navigation::{SavedSession, Screen};

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/golden/");

/// Compares `actual` with the golden file `name`, or rewrites it on request.
fn golden(name: &str, actual: &[u8]) {
    let path = format!("{GOLDEN}{name}");
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        fs::write(&path, actual).unwrap();
        return;
    }
    let expected = fs::read(&path).unwrap_or_default();
    assert!(
        expected == actual,
        "{name} changed ({} bytes, golden {} bytes). Stored or uploaded data of earlier releases \
         would be misread. If this is on purpose, bump the version (see tests/golden.rs) and run \
         GOLDEN_UPDATE=1 cargo test --test golden",
        actual.len(),
        expected.len()
    );
}

#[test]
fn stored_sessions_keep_their_bytes() {
    let sessions: Vec<String> = [Screen::Start, Screen::Quiz, Screen::Scars, Screen::Compare]
        .into_iter()
        .map(|screen| hex::encode_value(&SavedSession::new(screen)).unwrap())
        .collect();
    golden(
        "sessions.txt",
        format!("{}\n", sessions.join("\n")).as_bytes(),
    );
    // Each decodes back to itself.
    for (text, screen) in sessions.iter().zip(Screen::ALL) {
        assert_eq!(
            hex::decode_value::<SavedSession>(text),
            Some(SavedSession::new(screen))
        );
    }
}

#[test]
fn stored_quiz_progress_keeps_its_bytes() {
    let mut answers = BTreeMap::new();
    answers.insert("active-acne".to_owned(), vec!["no".to_owned()]);
    answers.insert(
        "allergies".to_owned(),
        vec!["metal".to_owned(), "numbing-cream".to_owned()],
    );
    let progress = Progress {
        answers,
        current: Some("keloids".to_owned()),
        finished: false,
        ..Progress::new()
    };
    let text = hex::encode_value(&progress).unwrap();
    golden("progress.txt", format!("{text}\n").as_bytes());
    assert_eq!(hex::decode_value::<Progress>(&text), Some(progress));
}

#[test]
fn compiled_content_keeps_its_bytes() {
    let content = scarguide::fixture::content();
    assert_eq!(
        content.format,
        Content::FORMAT,
        "update the fixture's format too"
    );
    let bytes = content.to_bytes();
    golden(
        &format!("content-en-format-{}.bin", Content::FORMAT),
        &bytes,
    );
    assert_eq!(Content::from_bytes(&bytes).unwrap(), content);
}
