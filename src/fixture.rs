//! The test content, shared by every test: unit tests here, the integration
//! tests in `tests/`, and the component tests in the browser (which cannot
//! read files, hence `include_str!`).
//!
//! `tests/fixtures/content-en.json` is generated: it is
//! `tests/fixtures/content/` (the TOML a marketer would write) compiled, and
//! `tests/content_errors.rs` fails when the two differ
//! (`FIXTURE_UPDATE=1 cargo test --test content_errors` writes it again).
//! It is a frozen copy of the default content, so that clinics editing their
//! own prices break no test. No widget code calls this, so it never reaches
//! the visitors' download.

use crate::core::content::Content;

/// The compiled test fixture, as JSON.
pub const CONTENT_JSON: &str = include_str!("../tests/fixtures/content-en.json");

/// The test fixture's English content.
pub fn content() -> Content {
    serde_json::from_str(CONTENT_JSON).expect("tests/fixtures/content-en.json is valid content")
}
