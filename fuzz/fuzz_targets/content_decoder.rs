//! Any bytes as compiled content: refused or read, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scarguide::core::content::Content;

fuzz_target!(|bytes: &[u8]| {
    let _ = Content::from_bytes(bytes);
});
