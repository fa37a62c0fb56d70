//! Reads compiled content (`content/<locale>.bin`) in the browser.
//!
//! The content compiler writes the bytes with serde and postcard; the widget
//! reads them back with this small reader and `#[derive(Decode)]` instead of
//! serde's derived decoders. Serde's decoders return early at every field
//! that can fail, and each early return carries its own clean-up of the
//! fields read so far: for `Content` that came to ~35 KB of wasm. Here a
//! failure is only remembered (`Reader::fail`): every later read hands out an
//! empty value, decoding runs to the end in a straight line, and
//! `Reader::finish` reports the failure. Tests check that both decoders
//! agree on every file (`tests.rs` here, and `tests/robustness.rs`).
//!
//! The layout is postcard's: integers above a byte as LEB128 varints, `f32`
//! as four little-endian bytes, strings and lists as a varint length and
//! their items, `Option` as a 0/1 byte, enums as a varint variant index,
//! struct fields in declaration order.

use std::collections::BTreeMap;

pub use scarguide_derive::Decode;

/// A value that can be read from compiled content.
pub trait Decode: Sized {
    /// Reads one value; after a failure, any value (the caller discards it).
    fn decode(reader: &mut Reader<'_>) -> Self;
}

/// Lists nested deeper than this are refused: rich text nests (emphasis in
/// a link in a list), and a crafted file must not exhaust the stack. The
/// compiler writes at most twelve levels: four down to a list item's words,
/// then `rich_text::MAX_INLINE_NESTING`.
pub const MAX_DEPTH: u8 = 32;

/// The bytes still to read, and whether a read has failed.
pub struct Reader<'a> {
    rest: &'a [u8],
    failed: bool,
    depth: u8,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader {
            rest: bytes,
            failed: false,
            depth: 0,
        }
    }

    /// One value from the start of `bytes`; `None` if they do not hold
    /// exactly one.
    pub fn read<T: Decode>(bytes: &[u8]) -> Option<T> {
        let mut reader = Reader::new(bytes);
        let value = T::decode(&mut reader);
        reader.finish().then_some(value)
    }

    /// Whether every read succeeded and every byte was read.
    pub fn finish(&self) -> bool {
        !self.failed && self.rest.is_empty()
    }

    /// Whether a read has failed so far.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Marks the content as unreadable; every later read is empty.
    pub fn fail(&mut self) {
        self.failed = true;
        self.rest = &[];
    }

    /// The index of an enum's variant.
    pub fn variant(&mut self) -> u32 {
        u32::decode(self)
    }

    fn take(&mut self, count: usize) -> &'a [u8] {
        if count > self.rest.len() {
            self.fail();
            return &[];
        }
        let (taken, rest) = self.rest.split_at(count);
        self.rest = rest;
        taken
    }

    fn byte(&mut self) -> u8 {
        self.take(1).first().copied().unwrap_or(0)
    }

    /// An unsigned LEB128 varint of at most `max_bytes` bytes.
    fn varint(&mut self, max_bytes: u32) -> u64 {
        let mut value = 0;
        for index in 0..max_bytes {
            let byte = self.byte();
            value |= u64::from(byte & 0x7f) << (7 * index);
            if byte & 0x80 == 0 {
                return value;
            }
        }
        self.fail();
        0
    }

    /// A list's length. Every item takes at least a byte, so a length
    /// beyond the bytes left is a broken file, refused before allocating.
    fn length(&mut self) -> usize {
        let length = usize::try_from(self.varint(5)).unwrap_or(usize::MAX);
        if length > self.rest.len() {
            self.fail();
            return 0;
        }
        length
    }

    /// Reads `length` items of a list nested one level deeper.
    fn items<T: Decode>(&mut self, mut add: impl FnMut(T)) {
        let length = self.length();
        if self.depth >= MAX_DEPTH {
            self.fail();
            return;
        }
        self.depth += 1;
        for _ in 0..length {
            if self.failed {
                break;
            }
            add(T::decode(self));
        }
        self.depth -= 1;
    }

    /// A varint that must fit `T`.
    fn bounded<T: TryFrom<u64> + Default>(&mut self, max_bytes: u32) -> T {
        let value = self.varint(max_bytes);
        T::try_from(value).unwrap_or_else(|_| {
            self.fail();
            T::default()
        })
    }
}

impl Decode for u8 {
    fn decode(reader: &mut Reader<'_>) -> Self {
        reader.byte()
    }
}

impl Decode for u16 {
    fn decode(reader: &mut Reader<'_>) -> Self {
        reader.bounded(3)
    }
}

impl Decode for u32 {
    fn decode(reader: &mut Reader<'_>) -> Self {
        reader.bounded(5)
    }
}

impl Decode for bool {
    fn decode(reader: &mut Reader<'_>) -> Self {
        match reader.byte() {
            0 => false,
            1 => true,
            _ => {
                reader.fail();
                false
            }
        }
    }
}

impl Decode for f32 {
    fn decode(reader: &mut Reader<'_>) -> Self {
        <[u8; 4]>::try_from(reader.take(4)).map_or(0.0, f32::from_le_bytes)
    }
}

impl Decode for String {
    fn decode(reader: &mut Reader<'_>) -> Self {
        let length = reader.length();
        match std::str::from_utf8(reader.take(length)) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                reader.fail();
                String::new()
            }
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(reader: &mut Reader<'_>) -> Self {
        match reader.byte() {
            0 => None,
            1 => Some(T::decode(reader)),
            _ => {
                reader.fail();
                None
            }
        }
    }
}

impl<T: Decode> Decode for Vec<T> {
    fn decode(reader: &mut Reader<'_>) -> Self {
        let mut items = Vec::new();
        reader.items(|item| items.push(item));
        items
    }
}

impl<K: Decode + Ord, V: Decode> Decode for BTreeMap<K, V> {
    fn decode(reader: &mut Reader<'_>) -> Self {
        let mut map = BTreeMap::new();
        reader.items(|(key, value)| {
            map.insert(key, value);
        });
        map
    }
}

impl<A: Decode, B: Decode> Decode for (A, B) {
    fn decode(reader: &mut Reader<'_>) -> Self {
        (A::decode(reader), B::decode(reader))
    }
}

#[cfg(test)]
mod tests;
