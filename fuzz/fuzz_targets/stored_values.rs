//! Any text from browser storage: refused or decoded, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use scarguide::core::candidacy::Progress;
use scarguide::core::hex;
use scarguide::core::navigation::SavedSession;

fuzz_target!(|text: &str| {
    let _ = hex::decode_value::<SavedSession>(text);
    let _ = hex::decode_value::<Progress>(text);
});
