//! A stable sort for the handful of items the widget orders (a quiz's
//! flags, ten treatments, a visitor's scar types). The standard library's
//! sorts are built for large inputs: each type sorted with them adds
//! kilobytes of code to every visitor's download, where an insertion sort
//! adds a few hundred bytes and is as fast at these sizes.

/// Sorts `items` by `key`, keeping the order of equal items (stable).
/// Quadratic: for lists of tens of items, not thousands.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    for sorted in 1..items.len() {
        let mut at = sorted;
        while at > 0 && key(&items[at - 1]) > key(&items[at]) {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_items_keep_their_order() {
        let mut items = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut items, |(key, _)| *key);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn sorts_as_the_standard_librarys_stable_sort_does() {
        // Ten thousand lists of up to 40 items, from a fixed pseudo-random sequence.
        let mut seed: u32 = 1;
        let mut next = move || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            seed >> 16
        };
        for _ in 0..10_000 {
            let length = next() % 41;
            let mut items: Vec<(u32, u32)> = (0..length).map(|n| (next() % 5, n)).collect();
            let mut expected = items.clone();
            expected.sort_by_key(|(key, _)| *key);
            sort_by_key(&mut items, |(key, _)| *key);
            assert_eq!(items, expected);
        }
    }
}
