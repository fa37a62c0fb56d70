use std::collections::BTreeMap;

use super::*;
use crate::core::content::{Block, Content, Inline, RichText};

/// Both decoders on the same bytes: this reader must accept exactly what
/// postcard reads in full, into the same value.
fn agrees_with_postcard<T>(bytes: &[u8])
where
    T: Decode + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let ours = Reader::read::<T>(bytes);
    let postcards = postcard::take_from_bytes::<T>(bytes)
        .ok()
        .filter(|(_, rest)| rest.is_empty())
        .map(|(value, _)| value);
    assert_eq!(ours, postcards, "bytes {bytes:?}");
}

#[test]
fn the_fixture_and_every_cut_of_it_read_as_postcard_reads_them() {
    let bytes = crate::fixture::content().to_bytes();
    agrees_with_postcard::<Content>(&bytes);
    for cut in 0..bytes.len() {
        assert_eq!(Reader::read::<Content>(&bytes[..cut]), None);
    }
}

#[test]
fn every_byte_of_the_fixture_changed_reads_as_postcard_reads_it() {
    let bytes = crate::fixture::content().to_bytes();
    for index in 0..bytes.len() {
        // Flips a varint's continuation bit and its lowest bit: lengths,
        // variant indexes and characters all change.
        let mut changed = bytes.clone();
        changed[index] ^= 0x81;
        agrees_with_postcard::<Content>(&changed);
    }
}

#[test]
fn integers_read_as_varints_within_their_range() {
    agrees_with_postcard::<u32>(&[0]);
    agrees_with_postcard::<u32>(&[0xac, 0x02]);
    agrees_with_postcard::<u32>(&[0xff, 0xff, 0xff, 0xff, 0x0f]);
    agrees_with_postcard::<u32>(&[0xff, 0xff, 0xff, 0xff, 0x1f]);
    agrees_with_postcard::<u32>(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x01]);
    agrees_with_postcard::<u16>(&[0xff, 0xff, 0x03]);
    agrees_with_postcard::<u16>(&[0xff, 0xff, 0x04]);
    agrees_with_postcard::<u8>(&[0xff]);
    assert_eq!(Reader::read::<u32>(&[0xac, 0x02]), Some(300));
}

#[test]
fn the_other_values_read_as_postcard_writes_them() {
    let values: (Option<f32>, (bool, Option<String>)) =
        (Some(1.5), (true, Some("Ünïcode ✓".to_owned())));
    let bytes = postcard::to_allocvec(&values).unwrap();
    agrees_with_postcard::<(Option<f32>, (bool, Option<String>))>(&bytes);
    assert_eq!(Reader::read(&bytes), Some(values));

    let map = BTreeMap::from([("a".to_owned(), 1u8), ("b".to_owned(), 2u8)]);
    let bytes = postcard::to_allocvec(&map).unwrap();
    assert_eq!(Reader::read(&bytes), Some(map));
}

#[test]
fn broken_values_are_refused() {
    agrees_with_postcard::<bool>(&[2]);
    agrees_with_postcard::<Option<u8>>(&[2, 0]);
    // A string that is not UTF-8, and one longer than the bytes left.
    agrees_with_postcard::<String>(&[2, 0xc3, 0x28]);
    agrees_with_postcard::<String>(&[5, b'a']);
    // A list claiming more items than there are bytes.
    agrees_with_postcard::<Vec<u8>>(&[0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2]);
    // An enum variant that does not exist.
    agrees_with_postcard::<Inline>(&[9]);
    // A byte too many after the value.
    assert_eq!(Reader::read::<u8>(&[1, 2]), None);
}

#[test]
fn rich_text_nested_beyond_any_real_content_is_refused_not_overflowing_the_stack() {
    // Emphasis in emphasis, 100,000 deep: postcard would recurse until the
    // stack ran out.
    let mut bytes = vec![1, 0];
    for _ in 0..100_000 {
        bytes.extend([1, 1]);
    }
    bytes.push(4);
    assert_eq!(Reader::read::<RichText>(&bytes), None);

    let nested = RichText(vec![Block::Paragraph(vec![Inline::Emphasis(vec![
        Inline::Strong(vec![Inline::Text("deep".to_owned())]),
    ])])]);
    let bytes = postcard::to_allocvec(&nested).unwrap();
    assert_eq!(Reader::read(&bytes), Some(nested));
}
