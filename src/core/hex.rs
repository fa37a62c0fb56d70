//! Bytes as hex text, for the browser's text-only storage.

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
