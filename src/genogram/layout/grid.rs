//! Where the disconnected parts of a family go: side by side in one line while that
//! stays within a page's proportions. Otherwise the large parts (whole families) keep
//! their line and the small ones (loose persons and fragments, as a genealogy brings
//! by the dozen) are packed in shelves under it, rather than stretching the drawing
//! into a strip.

/// Width over height above which one line of parts is no longer a page.
const MAX_LINE_ASPECT: f64 = 4.0;
/// The proportions the shelves of small parts aim for: a screen or a landscape page.
const SHELF_ASPECT: f64 = 16.0 / 9.0;
/// Shelf widths are whole multiples of this, so a part that grows a little rarely
/// changes the shelves.
const SHELF_UNIT: f64 = 1000.0;

/// A part to place: its width, its number of rows and its number of persons.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Part {
    pub width: f64,
    pub rows: usize,
    pub persons: usize,
}

/// A part's place: the x of its left edge and how many rows it is moved down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Place {
    pub x: f64,
    pub row_shift: usize,
}

/// Whether a part is small: a loose person or a fragment, not a family of its own
/// weight (at most 12 persons, or a twentieth of everyone).
fn small(p: &Part, total: usize) -> bool {
    p.persons <= 12.max(total / 20)
}

/// Places the parts, in their order, `gap` apart, rows `row_height` apart: one line
/// when that is at most 4:1 (or there is one part); otherwise the large parts in one
/// line and the small ones in shelves under it (see [`shelves`]).
pub(crate) fn arrange(parts: &[Part], gap: f64, row_height: f64) -> Vec<Place> {
    let one = line(parts.iter(), gap);
    let rows = parts.iter().map(|p| p.rows).max().unwrap_or(0).max(1);
    let line_width = one.last().zip(parts.last()).map_or(0.0, |(x, p)| x + p.width);
    if parts.len() < 2 || line_width <= MAX_LINE_ASPECT * rows as f64 * row_height {
        return one.into_iter().map(|x| Place { x, row_shift: 0 }).collect();
    }
    let total: usize = parts.iter().map(|p| p.persons).sum();
    let (large, rest): (Vec<usize>, Vec<usize>) = (0..parts.len()).partition(|&i| !small(&parts[i], total));
    let mut out = vec![Place { x: 0.0, row_shift: 0 }; parts.len()];
    let large_x = line(large.iter().map(|&i| &parts[i]), gap);
    let mut large_width: f64 = 0.0;
    for (&i, x) in large.iter().zip(large_x) {
        out[i] = Place { x, row_shift: 0 };
        large_width = large_width.max(x + parts[i].width);
    }
    let top = large.iter().map(|&i| parts[i].rows).max().map_or(0, |r| r + 1);
    let small_parts: Vec<Part> = rest.iter().map(|&i| parts[i]).collect();
    for (&i, place) in rest.iter().zip(shelves(&small_parts, gap, row_height, large_width)) {
        out[i] = Place { x: place.x, row_shift: top + place.row_shift };
    }
    out
}

/// Left edges of parts side by side, `gap` apart.
fn line<'a>(parts: impl Iterator<Item = &'a Part>, gap: f64) -> Vec<f64> {
    let mut cursor = 0.0;
    parts
        .map(|p| {
            let x = cursor;
            cursor += p.width + gap;
            x
        })
        .collect()
}

/// Shelves about 16:9 (and at least `min_width`) wide, each one empty row below the
/// last.
///
/// The line of parts is cut by where each part starts on it (a part goes to the shelf
/// its start falls in), not by filling shelves one after the other: a part that
/// grows then moves only the parts after it on its own shelf, and at most one part
/// per shelf end changes shelf, rather than every later part.
fn shelves(parts: &[Part], gap: f64, row_height: f64, min_width: f64) -> Vec<Place> {
    let starts = line(parts.iter(), gap);
    let widest = parts.iter().map(|p| p.width).fold(0.0, f64::max);
    let area: f64 = parts.iter().map(|p| (p.width + gap) * (p.rows.max(1) as f64 * row_height)).sum();
    let shelf = (widest.max(min_width).max((area * SHELF_ASPECT).sqrt()) / SHELF_UNIT).ceil() * SHELF_UNIT;
    // Shelf of each part by its start, numbered without gaps (a very wide part can
    // span several shelf widths).
    let raw: Vec<u64> = starts.iter().map(|s| (s / shelf).floor() as u64).collect();
    let mut out = Vec::with_capacity(parts.len());
    let (mut shift, mut shelf_rows, mut shelf_start) = (0, 0, 0.0);
    for (i, p) in parts.iter().enumerate() {
        if i == 0 || raw[i] != raw[i - 1] {
            if i > 0 {
                shift += shelf_rows + 1;
            }
            shelf_rows = 0;
            shelf_start = starts[i];
        }
        out.push(Place { x: starts[i] - shelf_start, row_shift: shift });
        shelf_rows = shelf_rows.max(p.rows);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(width: f64, rows: usize, persons: usize) -> Part {
        Part { width, rows, persons }
    }

    /// Width over height of the placed parts.
    fn aspect(parts: &[Part], places: &[Place]) -> f64 {
        let width = parts.iter().zip(places).map(|(p, q)| q.x + p.width).fold(0.0, f64::max);
        let rows = parts.iter().zip(places).map(|(p, q)| q.row_shift + p.rows).max().unwrap();
        width / (rows as f64 * 140.0)
    }

    #[test]
    fn a_few_parts_stay_in_one_line() {
        let p = arrange(&[part(1000.0, 3, 20), part(100.0, 1, 1), part(300.0, 2, 3)], 100.0, 140.0);
        assert_eq!(
            p,
            vec![Place { x: 0.0, row_shift: 0 }, Place { x: 1100.0, row_shift: 0 }, Place { x: 1300.0, row_shift: 0 }]
        );
    }

    #[test]
    fn many_fragments_fill_shelves_of_page_proportions() {
        // Forty small branches of two rows, 400 wide: one line would be 40:1.
        let parts = vec![part(400.0, 2, 3); 40];
        let p = arrange(&parts, 100.0, 140.0);
        let a = aspect(&parts, &p);
        assert!((1.0..=3.5).contains(&a), "{a}");
        // In order, left to right and shelf by shelf, never overlapping.
        for w in p.windows(2) {
            assert!(w[1].row_shift > w[0].row_shift || w[1].x >= w[0].x + 500.0, "{w:?}");
            assert!(w[1].row_shift >= w[0].row_shift);
        }
        // Each shelf one empty row below the last.
        let shifts: std::collections::BTreeSet<usize> = p.iter().map(|q| q.row_shift).collect();
        assert!(shifts.iter().zip(shifts.iter().skip(1)).all(|(a, b)| b - a == 3), "{shifts:?}");
    }

    #[test]
    fn a_genealogy_keeps_its_family_in_line_and_packs_the_loose_persons_under_it() {
        // A 600-person tree of seven rows with 120 loose persons and small fragments,
        // listed among them by id: in one line the drawing would be a strip.
        let mut parts: Vec<Part> =
            (0..120).map(|i| part(100.0 + (i * 53 % 300) as f64, 1 + i % 3, 1 + i % 4)).collect();
        parts.insert(10, part(9000.0, 7, 600));
        let p = arrange(&parts, 100.0, 140.0);
        assert_eq!(p[10], Place { x: 0.0, row_shift: 0 }, "the family keeps the top line");
        assert!(p.iter().enumerate().all(|(i, q)| i == 10 || q.row_shift >= 8), "the rest under it, a row apart");
        let a = aspect(&parts, &p);
        assert!(a <= 4.0, "no wider than 4:1: {a}");
        let one_line: f64 = parts.iter().map(|q| q.width + 100.0).sum::<f64>() / (7.0 * 140.0);
        assert!(one_line > 15.0, "the one line it replaces: {one_line}");
    }

    #[test]
    fn large_families_stay_side_by_side() {
        let parts = vec![part(3000.0, 6, 150); 8];
        assert!(arrange(&parts, 100.0, 140.0).iter().all(|q| q.row_shift == 0));
    }

    #[test]
    fn a_part_that_grows_moves_at_most_one_part_per_shelf_end_to_another_shelf() {
        let parts: Vec<Part> = (0..60).map(|i| part(300.0 + (i * 37 % 200) as f64, 2 + i % 3, 4)).collect();
        let before = arrange(&parts, 100.0, 140.0);
        let ends = before.iter().map(|p| p.row_shift).collect::<std::collections::BTreeSet<_>>().len() - 1;
        assert!(ends >= 2, "the test needs shelves");
        for k in [0, 7, 30, 59] {
            let mut grown = parts.clone();
            grown[k].width += 120.0;
            let after = arrange(&grown, 100.0, 140.0);
            // Filling shelves one after the other would move every later part.
            let changed = before.iter().zip(&after).filter(|(a, b)| a.row_shift != b.row_shift).count();
            assert!(changed <= ends, "growing part {k} moved {changed} parts to other shelves ({ends} shelf ends)");
            for i in 0..k {
                assert_eq!(before[i], after[i], "part {i} before the grown one {k}");
            }
        }
    }

    #[test]
    fn a_part_wider_than_the_shelf_ends_its_shelf() {
        let mut parts = vec![part(300.0, 1, 2); 30];
        parts.insert(5, part(20_000.0, 6, 12));
        let p = arrange(&parts, 100.0, 140.0);
        assert_eq!(p[5].row_shift, 0, "it stays on the shelf its start is on");
        assert!(p[6].row_shift > p[5].row_shift, "and the next part goes below it");
        assert_eq!(p[6].x, 0.0, "at the start of the next shelf");
    }
}
