//! Any text as site.toml beside the shipped content: compiled, or refused
//! with diagnostics, never a panic.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use scarguide::compiler::{self, Folder};

fn shipped() -> &'static Folder {
    static FOLDER: OnceLock<Folder> = OnceLock::new();
    FOLDER.get_or_init(|| Folder::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/content")).unwrap())
}

fuzz_target!(|bytes: &[u8]| {
    // The first byte picks the file to replace; the rest is its new text.
    let Some((&which, text)) = bytes.split_first() else { return };
    let names: Vec<String> = shipped().files.keys().cloned().collect();
    let mut folder = shipped().clone();
    folder.files.insert(names[usize::from(which) % names.len()].clone(), text.to_vec());
    let _ = compiler::compile_folder(&folder, "2026-12-01");
});
