//! Measures of what a reader looks at: whose child is whose.
//!
//! [`quality`](super::quality) counts geometric defects (overlapping boxes, crossing
//! segments). A layout can be free of both and still be unreadable: one family's
//! children standing between another family's children, or two couples' child bars
//! running along the same line. These measures count exactly that, from the layout
//! alone:
//! * [`interleaved_sibships`]: sibships with someone between their first and last
//!   child who is neither one of the children nor a partner who married one of them;
//! * [`shared_child_bars`]: pairs of child bars that overlap horizontally less than a
//!   third of the row spacing apart;
//! * [`drop_lines_crossing_bars`]: a child's line that crosses another couple's bar;
//! * [`aspect_ratio`]: the drawing's width : height.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::types::{Layout, LayoutOptions, Sibship};

/// Every sibship of the layout: those of unions and those of single parents.
fn sibships(layout: &Layout) -> Vec<&Sibship> {
    let mut out: Vec<&Sibship> = layout.unions.values().filter_map(|u| u.sibship.as_ref()).collect();
    out.extend(layout.single_parents.values());
    out
}

/// Number of sibships (children of one couple or one single parent, on one row) with
/// an outsider between their first and last child. Insiders are the children and
/// whoever is joined to one of them by unions on their row (a partner who married in,
/// and that partner's other partners).
pub fn interleaved_sibships(layout: &Layout) -> usize {
    // Persons per row (by the y of their centre), left to right.
    let mut rows: HashMap<u64, Vec<(f64, u32)>> = HashMap::new();
    for (&id, p) in &layout.persons {
        rows.entry(p.y.to_bits()).or_default().push((p.x, id));
    }
    for row in rows.values_mut() {
        row.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    }
    let mut partners: HashMap<u32, Vec<u32>> = HashMap::new();
    for u in layout.unions.values() {
        if let (a, Some(b)) = u.partners {
            partners.entry(a).or_default().push(b);
            partners.entry(b).or_default().push(a);
        }
    }
    let mut count = 0;
    for s in sibships(layout) {
        let mut by_row: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
        for d in &s.drops {
            if let Some(p) = layout.persons.get(&d.child) {
                by_row.entry(p.y.to_bits()).or_default().push(d.child);
            }
        }
        let interleaved = by_row.iter().any(|(y, kids)| {
            if kids.len() < 2 {
                return false;
            }
            let row = &rows[y];
            // Insiders: the children and everyone joined to them by unions on this row.
            let mut inside: BTreeSet<u32> = kids.iter().copied().collect();
            let mut queue: Vec<u32> = kids.clone();
            while let Some(v) = queue.pop() {
                for &w in partners.get(&v).into_iter().flatten() {
                    if layout.persons.get(&w).is_some_and(|p| p.y.to_bits() == *y) && inside.insert(w) {
                        queue.push(w);
                    }
                }
            }
            let xs = kids.iter().map(|k| layout.persons[k].x);
            let lo = xs.clone().fold(f64::INFINITY, f64::min);
            let hi = xs.fold(f64::NEG_INFINITY, f64::max);
            let start = row.partition_point(|&(x, _)| x < lo);
            row[start..].iter().take_while(|&&(x, _)| x <= hi).any(|(_, id)| !inside.contains(id))
        });
        if interleaved {
            count += 1;
        }
    }
    count
}

/// A horizontal child bar: left end, right end, height.
#[derive(Clone, Copy, Debug)]
struct Bar {
    x1: f64,
    x2: f64,
    y: f64,
}

fn bars(layout: &Layout) -> Vec<Bar> {
    sibships(layout).into_iter().map(|s| Bar { x1: s.x1, x2: s.x2, y: s.bar_y }).collect()
}

/// Number of pairs of child bars that overlap horizontally (by more than a touch) and
/// lie less than a third of the row spacing apart in height: a reader cannot tell
/// them apart.
pub fn shared_child_bars(layout: &Layout, o: &LayoutOptions) -> usize {
    const EPS: f64 = 1e-6;
    let near = o.row_height / 3.0;
    let mut bars: Vec<Bar> = bars(layout).into_iter().filter(|b| b.x2 - b.x1 > EPS).collect();
    bars.sort_by(|a, b| a.x1.total_cmp(&b.x1));
    let mut count = 0;
    // Sweep over x: `active` holds bars that may still overlap the current one.
    let mut active: Vec<Bar> = Vec::new();
    for b in bars {
        active.retain(|a| a.x2 > b.x1 + EPS);
        count += active.iter().filter(|a| (a.y - b.y).abs() < near).count();
        active.push(b);
    }
    count
}

/// How close (layout units; a symbol is 40) a child's line may pass another couple's
/// bar end before it reads as touching it. Lines are drawn about 1.5 units wide, so at
/// the zoom that fits a family on a screen a gap under this is no gap to the eye.
pub const NEAR_BAR_END: f64 = 4.0;

/// Number of (child line, bar) pairs where a line from a bar (or twin apex) down to a
/// child crosses the child bar of another sibship, or passes its end closer than
/// [`NEAR_BAR_END`] (which reads as the child hanging from that bar).
pub fn drop_lines_crossing_bars(layout: &Layout) -> usize {
    const EPS: f64 = 1e-6;
    let all = sibships(layout);
    // Bars sorted by left end, for a binary search per drop.
    let mut bars: Vec<(usize, Bar)> =
        all.iter().enumerate().map(|(i, s)| (i, Bar { x1: s.x1, x2: s.x2, y: s.bar_y })).collect();
    bars.sort_by(|a, b| a.1.x1.total_cmp(&b.1.x1));
    let widest = bars.iter().map(|(_, b)| b.x2 - b.x1).fold(0.0, f64::max);
    let mut count = 0;
    for (si, s) in all.iter().enumerate() {
        for d in &s.drops {
            let (top, bottom) = (d.from.y.min(d.to.y), d.from.y.max(d.to.y));
            let (lx, hx) = (d.from.x.min(d.to.x), d.from.x.max(d.to.x));
            let start = bars.partition_point(|(_, b)| b.x1 < lx - widest - NEAR_BAR_END);
            for &(bi, b) in bars[start..].iter().take_while(|(_, b)| b.x1 <= hx + NEAR_BAR_END) {
                if bi == si || b.y <= top + EPS || b.y >= bottom - EPS {
                    continue;
                }
                // A child of both couples (a foster or adopted child with their birth
                // parents drawn): the line passing the other bar leads to the same
                // child that bar's own line does, so it joins rather than crosses.
                if all[bi].drops.iter().any(|o| o.child == d.child) {
                    continue;
                }
                // Where the drop is at the bar's height.
                let t = (b.y - d.from.y) / (d.to.y - d.from.y);
                let x = d.from.x + t * (d.to.x - d.from.x);
                if x > b.x1 - NEAR_BAR_END && x < b.x2 + NEAR_BAR_END {
                    count += 1;
                }
            }
        }
    }
    count
}

/// Width : height of the drawing's bounds (0 for an empty drawing).
pub fn aspect_ratio(layout: &Layout) -> f64 {
    let (w, h) = (layout.bounds.width(), layout.bounds.height());
    if h > 0.0 {
        w / h
    } else {
        0.0
    }
}

/// The readability measures at once; every defect count is named for what it counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Readability {
    /// [`interleaved_sibships`].
    pub interleaved_sibships: usize,
    /// [`shared_child_bars`].
    pub shared_child_bars: usize,
    /// [`drop_lines_crossing_bars`].
    pub drop_lines_crossing_bars: usize,
    /// [`aspect_ratio`].
    pub aspect_ratio: f64,
}

/// Measure a layout's readability.
pub fn readability(layout: &Layout, o: &LayoutOptions) -> Readability {
    Readability {
        interleaved_sibships: interleaved_sibships(layout),
        shared_child_bars: shared_child_bars(layout, o),
        drop_lines_crossing_bars: drop_lines_crossing_bars(layout),
        aspect_ratio: aspect_ratio(layout),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::layout::types::{ChildDrop, ChildKind, Point};

    /// A single parent's sibship: a bar at `bar_y` from `x1` to `x2`, and one drop per
    /// (child, x) down to the row at y 160.
    fn sibship(bar_y: f64, x1: f64, x2: f64, kids: &[(u32, f64)]) -> Sibship {
        Sibship {
            stem_top: Point::new(x1, 20.0),
            bar_y,
            x1,
            x2,
            drops: kids
                .iter()
                .map(|&(child, x)| ChildDrop {
                    child,
                    kind: ChildKind::Biological,
                    from: Point::new(x, bar_y),
                    to: Point::new(x, 140.0),
                })
                .collect(),
            twins: Vec::new(),
        }
    }

    /// Child 10's drop from a high bar at `x`, next to a lower bar from 0 to 100 whose
    /// last child (at 100) is `last_child`.
    fn beside(x: f64, last_child: u32) -> Layout {
        let mut l = Layout::default();
        l.single_parents.insert(1, sibship(60.0, x, x, &[(10, x)]));
        l.single_parents.insert(2, sibship(100.0, 0.0, 100.0, &[(12, 0.0), (last_child, 100.0)]));
        l
    }

    #[test]
    fn a_drop_crossing_or_grazing_another_bar_counts_and_a_clear_one_does_not() {
        assert_eq!(drop_lines_crossing_bars(&beside(50.0, 11)), 1, "through the middle");
        // 0.1 unit inside the end, and 2 units past it: both read as touching.
        assert_eq!(drop_lines_crossing_bars(&beside(99.9, 11)), 1, "just inside the end");
        assert_eq!(drop_lines_crossing_bars(&beside(102.0, 11)), 1, "grazing the end");
        assert_eq!(drop_lines_crossing_bars(&beside(100.0 + NEAR_BAR_END + 1.0, 11)), 0, "clear of the end");
    }

    #[test]
    fn a_child_of_both_bars_joins_rather_than_crosses() {
        // A foster child whose birth parents are drawn too: the line from the birth
        // parents passes the end of the foster parents' bar, which leads to the same child.
        assert_eq!(drop_lines_crossing_bars(&beside(100.0, 10)), 0);
    }
}
