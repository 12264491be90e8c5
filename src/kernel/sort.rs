//! One stable sort for the whole crate, compiled once.
//!
//! The standard library's stable sort (driftsort) is generic over the comparison, so
//! every `sort_by(|a, b| …)` call site gets its own copy of about 3.7 KB of wasm; the
//! app had 67 of them, a quarter of a megabyte of the module users download (issue
//! #19, measured with twiggy). [`SortExt`] sorts a list of positions with a merge sort
//! that takes the comparison as `&mut dyn FnMut`, so the sorting code exists once; per
//! call site only a small closure and a permutation remain.
//!
//! It is stable like `sort_by`, and O(n log n). The sorts outside the layout's inner
//! loops are over tens to hundreds of items, where the dynamic call costs nothing a
//! user could see; the layout keeps the standard sorts where it sorts per sweep.

use std::cmp::Ordering;

/// Stable sorts with the sorting code shared by every caller. See the module docs.
pub trait SortExt<T> {
    /// Sorts stably by `compare`, like `slice::sort_by`.
    fn sort_stable_by(&mut self, compare: impl FnMut(&T, &T) -> Ordering);

    /// Sorts stably by the key `key` gives, like `slice::sort_by_key`.
    fn sort_stable_by_key<K: Ord>(&mut self, mut key: impl FnMut(&T) -> K) {
        self.sort_stable_by(|a, b| key(a).cmp(&key(b)));
    }

    /// Sorts stably in the order of `T`, like `slice::sort`.
    fn sort_stable(&mut self)
    where
        T: Ord,
    {
        self.sort_stable_by(T::cmp);
    }
}

impl<T> SortExt<T> for [T] {
    fn sort_stable_by(&mut self, mut compare: impl FnMut(&T, &T) -> Ordering) {
        if self.len() < 2 {
            return;
        }
        let order = {
            let items: &[T] = self;
            sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]))
        };
        permute(self, order);
    }
}

/// The positions `0..n` in stably sorted order under `compare` (a bottom-up merge sort,
/// the one copy of the sorting code).
fn sorted_positions(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    // Short runs by insertion first: fewer passes, and the common small lists end here.
    const RUN: usize = 8;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && compare(order[j - 1], order[j]) == Ordering::Greater {
                order.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buffer = vec![0; n];
    let mut width = RUN;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in &mut buffer[start..end] {
                // Take from the right run only when it is strictly smaller: stability.
                let take_right = i >= mid || (j < end && compare(order[i], order[j]) == Ordering::Greater);
                if take_right {
                    *slot = order[j];
                    j += 1;
                } else {
                    *slot = order[i];
                    i += 1;
                }
            }
        }
        std::mem::swap(&mut order, &mut buffer);
        width *= 2;
    }
    order
}

/// Rearranges `items` so that position `i` holds what was at `order[i]`, by walking
/// the permutation's cycles with swaps (no clone of `T` needed).
fn permute<T>(items: &mut [T], order: Vec<usize>) {
    let mut done = vec![false; items.len()];
    for start in 0..items.len() {
        if done[start] {
            continue;
        }
        let mut at = start;
        loop {
            done[at] = true;
            let from = order[at];
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::SortExt;
    use proptest::prelude::*;

    #[test]
    fn sorts_small_and_empty_lists() {
        let mut empty: Vec<u8> = vec![];
        empty.sort_stable();
        assert!(empty.is_empty());
        let mut v = vec![3, 1, 2];
        v.sort_stable();
        assert_eq!(v, [1, 2, 3]);
    }

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v: Vec<(u8, char)> = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        v.sort_stable_by_key(|p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    proptest! {
        /// Same result as the standard library's stable sort, on lists long enough to
        /// need several merge passes, with many equal keys to test stability.
        #[test]
        fn agrees_with_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            ours.sort_stable_by(|a, b| a.0.cmp(&b.0));
            let mut std_sorted = v;
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }

        /// Descending comparisons and strings (a type that is not Copy) work too.
        #[test]
        fn sorts_owned_strings(v in proptest::collection::vec("[a-c]{0,3}", 0..60)) {
            let mut ours = v.clone();
            ours.sort_stable_by(|a, b| b.cmp(a));
            let mut std_sorted = v;
            std_sorted.sort_by(|a, b| b.cmp(a));
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
