//! Values as text for the browser's text-only storage: postcard bytes
//! written in hex. Browsers keep what this writes across releases, so the
//! encodings are pinned by golden tests (tests/golden.rs).

use serde::{Serialize, de::DeserializeOwned};

/// `value` as stored text.
pub fn encode_value<T: Serialize>(value: &T) -> Option<String> {
    postcard::to_allocvec(value)
        .ok()
        .map(|bytes| encode(&bytes))
}

/// The value stored as `text`, or `None` for anything else: not hex, not
/// postcard, or another shape. Never panics, whatever the text.
pub fn decode_value<T: DeserializeOwned>(text: &str) -> Option<T> {
    postcard::from_bytes(&decode(text)?).ok()
}

pub fn encode(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut text = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        text.push(DIGITS[usize::from(byte >> 4)] as char);
        text.push(DIGITS[usize::from(byte & 0x0f)] as char);
    }
    text
}

/// `None` unless `text` is an even number of hex digits.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_garbage() {
        let bytes = [0u8, 1, 127, 128, 255];
        assert_eq!(encode(&bytes), "00017f80ff");
        assert_eq!(decode(&encode(&bytes)).unwrap(), bytes);
        for garbage in ["0", "zz", "{\"version\":1}", "é1"] {
            assert_eq!(decode(garbage), None, "{garbage}");
        }
    }
}
