//! Crossing reduction after the first placement: greedy adjacent swaps of blocks.
//!
//! The depth-first order is crossing-free for trees with in-laws, but cousin and
//! cross-clan marriages leave crossings it cannot see. Each row is scanned left to
//! right and two neighbouring blocks are swapped when that lowers the number of
//! crossings between their own lines (to parents and to children, compared by the x of
//! the far ends, as in the classic greedy switch). Blocks of one sibship never swap
//! (birth order), nor do blocks of a sibship spread over several blocks (it stays
//! together), nor twins; partner blocks move as a whole.
//! Intermarried families make most of a row such chains: a sibship, the couple who
//! joins it to the next family, that family's children. Those chains are then moved
//! as whole units by sifting: each unit in turn goes to the place in its row where its
//! lines cross the fewest lines of the other units. Moving whole units keeps every
//! sibship together and in birth order.
//! Positions are then solved again for the new order, and the moves weighed again at
//! the solved places (a few rounds).

use super::blocks::Blocks;
use super::graph::Graph;

/// Crossings a swap must remove. Swaps that remove only one flip back and forth under
/// small edits (one more child), which moved everyone else about a third more in the
/// stability test for few crossings less.
const MIN_GAIN: usize = 2;

/// Crossings a move of a chain of families must remove. A chain holds many persons,
/// so a move that flips under a small edit moves many. Measured over the interlinked
/// test families (crossings; mean displacement of everyone else after one added child,
/// bound 80): block swaps alone 1,584 and 47; neighbouring chains swapped at a gain of 2,
/// 1,424 and 176; at 4, 1,406 and 62; chains sifted along the row at 4, 914 and 53.
const UNIT_MIN_GAIN: usize = 4;

/// Far ends of a block's lines: (x of the parents' anchor per member, x of each child).
fn ends(g: &Graph, blocks: &Blocks, b: usize, x: &[f64], up: &mut Vec<f64>, down: &mut Vec<f64>) {
    up.clear();
    down.clear();
    for &m in &blocks.members[b] {
        for &f in &g.child_of[m] {
            let p = &g.fams[f].parents;
            up.push(p.iter().map(|&v| x[v]).sum::<f64>() / p.len() as f64);
        }
        for &f in &g.parent_in[m] {
            // A couple's children are listed under its first parent only.
            if g.fams[f].parents[0] == m {
                down.extend(g.fams[f].children.iter().map(|&(c, _)| x[c]));
            }
        }
    }
}

/// Pairs of lines of `l` and `r` that cross when `l` is left of `r`, and when swapped.
fn cost(l: &[f64], r: &[f64]) -> (usize, usize) {
    let (mut keep, mut swap) = (0, 0);
    for &a in l {
        for &b in r {
            if a > b + 1e-6 {
                keep += 1;
            } else if a + 1e-6 < b {
                swap += 1;
            }
        }
    }
    (keep, swap)
}

fn has_twin(g: &Graph, blocks: &Blocks, b: usize) -> bool {
    blocks.members[b].iter().any(|&m| g.twin_of[m].is_some())
}

/// Up to `passes` left-to-right scans over every row; `x` is updated as blocks swap
/// (the swapped pair keeps its outer extent). Returns the number of swaps made.
pub(crate) fn reduce(
    g: &Graph,
    blocks: &Blocks,
    rows: &mut [Vec<usize>],
    x: &mut [f64],
    d: f64,
    passes: usize,
) -> usize {
    let (mut ua, mut da, mut ub, mut db) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut total = 0;
    // Blocks of a sibship spread over several blocks of their row never swap: that
    // would put an outsider between the siblings (or a sibling among another family's).
    let mut together = vec![false; blocks.members.len()];
    let mut count = vec![0usize; g.fams.len()];
    for row in rows.iter() {
        let fams = |b: usize| {
            let mut fs: Vec<usize> = blocks.members[b].iter().flat_map(|&m| g.child_of[m].iter().copied()).collect();
            fs.sort_unstable();
            fs.dedup();
            fs
        };
        for &b in row {
            for f in fams(b) {
                count[f] += 1;
            }
        }
        for &b in row {
            together[b] = fams(b).into_iter().any(|f| count[f] > 1);
        }
        for &b in row {
            for f in fams(b) {
                count[f] = 0;
            }
        }
    }
    for _ in 0..passes {
        let mut swaps = 0;
        for row in rows.iter_mut() {
            for i in 0..row.len().saturating_sub(1) {
                let (a, b) = (row[i], row[i + 1]);
                if has_twin(g, blocks, a) || has_twin(g, blocks, b) || together[a] || together[b] {
                    continue;
                }
                ends(g, blocks, a, x, &mut ua, &mut da);
                ends(g, blocks, b, x, &mut ub, &mut db);
                let (k1, s1) = cost(&ua, &ub);
                let (k2, s2) = cost(&da, &db);
                if s1 + s2 + MIN_GAIN > k1 + k2 {
                    continue;
                }
                // b takes a's left edge, a follows b.
                let left = x[blocks.members[a][0]];
                for (j, &m) in blocks.members[b].iter().enumerate() {
                    x[m] = left + j as f64 * d;
                }
                let next = left + blocks.members[b].len() as f64 * d;
                for (j, &m) in blocks.members[a].iter().enumerate() {
                    x[m] = next + j as f64 * d;
                }
                row.swap(i, i + 1);
                swaps += 1;
            }
        }
        for row in rows.iter_mut() {
            swaps += sift_units(g, blocks, row, x, d);
        }
        total += swaps;
        if swaps == 0 {
            break;
        }
    }
    total
}

/// Runs of neighbouring blocks that hold a sibship between them (a chain of families
/// joined by marriages, or one sibship over several blocks), as index ranges of the row,
/// left to right. Such a run moves only as a whole, which keeps every sibship together
/// and in birth order.
fn units(g: &Graph, blocks: &Blocks, row: &[usize]) -> Vec<std::ops::Range<usize>> {
    // Reach of each block: the last index holding a sibling of one of its members.
    let mut last: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (i, &b) in row.iter().enumerate() {
        for &m in &blocks.members[b] {
            for &f in &g.child_of[m] {
                last.insert(f, i);
            }
        }
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut reach = 0;
    for (i, &b) in row.iter().enumerate() {
        for &m in &blocks.members[b] {
            for f in &g.child_of[m] {
                reach = reach.max(last[f]);
            }
        }
        if reach <= i {
            out.push(start..i + 1);
            start = i + 1;
            reach = start;
        }
    }
    out
}

/// Sifting (as in Matuszewski, Schönfeld and Molitor's layer sifting): each unit of
/// the row in turn moves to the place where its lines cross the fewest lines of the
/// other units, when that removes at least [`UNIT_MIN_GAIN`] crossings. The row is
/// then packed again from its left end, each unit keeping its inner spacing (the
/// positions are solved again afterwards). Returns the number of moves.
fn sift_units(g: &Graph, blocks: &Blocks, row: &mut Vec<usize>, x: &mut [f64], d: f64) -> usize {
    let list = units(g, blocks, row);
    if list.len() < 2 {
        return 0;
    }
    // A unit's lines end on the rows above and below, so moving units along this row
    // changes none of them: weigh every move from these, sorted for binary searches.
    let (mut eu, mut ed) = (Vec::new(), Vec::new());
    let ends_of: Vec<(Vec<f64>, Vec<f64>)> = list
        .iter()
        .map(|r| {
            let (mut up, mut down) = (Vec::new(), Vec::new());
            for &b in &row[r.clone()] {
                ends(g, blocks, b, x, &mut eu, &mut ed);
                up.extend_from_slice(&eu);
                down.extend_from_slice(&ed);
            }
            up.sort_by(f64::total_cmp);
            down.sort_by(f64::total_cmp);
            (up, down)
        })
        .collect();
    // Crossings removed when unit `l`, now left of `r`, goes right of it.
    let gain = |l: usize, r: usize| {
        let (k1, s1) = sorted_cost(&ends_of[l].0, &ends_of[r].0);
        let (k2, s2) = sorted_cost(&ends_of[l].1, &ends_of[r].1);
        (k1 + k2) as i64 - (s1 + s2) as i64
    };
    let mut order: Vec<usize> = (0..list.len()).collect();
    let mut moves = 0;
    for (unit, (up, down)) in ends_of.iter().enumerate() {
        if up.is_empty() && down.is_empty() {
            continue;
        }
        let p = order.iter().position(|&u| u == unit).expect("every unit is in the order");
        // Change in crossings for each place within the window.
        let (mut best, mut best_q) = (0i64, p);
        let mut delta = 0i64;
        for (q, &other) in order.iter().enumerate().skip(p + 1).take(SIFT_WINDOW) {
            delta -= gain(unit, other);
            if delta < best {
                (best, best_q) = (delta, q);
            }
        }
        delta = 0;
        for q in (p.saturating_sub(SIFT_WINDOW)..p).rev() {
            delta -= gain(order[q], unit);
            if delta < best {
                (best, best_q) = (delta, q);
            }
        }
        if best_q != p && -best >= UNIT_MIN_GAIN as i64 {
            order.remove(p);
            order.insert(best_q, unit);
            moves += 1;
        }
    }
    if moves == 0 {
        return 0;
    }
    // The new row, packed from its left end: each unit keeps its inner spacing.
    let mut cursor = x[blocks.members[row[0]][0]];
    let mut new_row = Vec::with_capacity(row.len());
    for &u in &order {
        let r = list[u].clone();
        let shift = cursor - x[blocks.members[row[r.start]][0]];
        let mut last = cursor;
        for &b in &row[r] {
            for &m in &blocks.members[b] {
                x[m] += shift;
                last = last.max(x[m]);
            }
            new_row.push(b);
        }
        cursor = last + d;
    }
    *row = new_row;
    moves
}

/// How many units away sifting looks for a better place, each way: far enough for
/// the chains of a few intermarried families, and linear in the row's length.
const SIFT_WINDOW: usize = 24;

/// [`cost`] for sorted `l` and `r`, in O(|l| log |r|).
fn sorted_cost(l: &[f64], r: &[f64]) -> (usize, usize) {
    let (mut keep, mut swap) = (0, 0);
    for &a in l {
        keep += r.partition_point(|&b| a > b + 1e-6);
        swap += r.len() - r.partition_point(|&b| a + 1e-6 >= b);
    }
    (keep, swap)
}

/// From the bottom row up, the units with children drawn take their places in the row
/// in the order of their children's mean x (units without children keep theirs): one
/// barycentre sweep upwards, as in Sugiyama's method. The walk in
/// [`order`](super::order) puts a partner's family of origin at an end of its row,
/// which in a kwartierstaat (ancestors over several generations) leaves
/// great-grandparents above the wrong grandchild; no swap of neighbours undoes that.
/// Returns whether it changed the order.
pub(crate) fn order_by_children(g: &Graph, blocks: &Blocks, rows: &mut [Vec<usize>], x: &mut [f64], d: f64) -> bool {
    if rows.len() < 2 {
        return false;
    }
    let start = crossings(g, blocks, rows, x);
    if start == 0 {
        return false;
    }
    let saved = (rows.to_vec(), x.to_vec());
    let (mut eu, mut ed) = (Vec::new(), Vec::new());
    let mut changed = false;
    for r in (0..rows.len()).rev() {
        let row = &mut rows[r];
        let list = units(g, blocks, row);
        // Units with children drawn, and the mean x of those children.
        let mut parents: Vec<(usize, f64)> = Vec::new();
        for (i, range) in list.iter().enumerate() {
            let (mut sum, mut n) = (0.0, 0usize);
            for &b in &row[range.clone()] {
                ends(g, blocks, b, x, &mut eu, &mut ed);
                sum += ed.iter().sum::<f64>();
                n += ed.len();
            }
            if n > 0 {
                parents.push((i, sum / n as f64));
            }
        }
        if parents.len() < 2 {
            continue;
        }
        let mut sorted = parents.clone();
        sorted.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
        if sorted.iter().zip(&parents).all(|(a, b)| a.0 == b.0) {
            continue;
        }
        let mut order: Vec<usize> = (0..list.len()).collect();
        for (slot, unit) in parents.iter().zip(&sorted) {
            order[slot.0] = unit.0;
        }
        repack(blocks, row, &list, &order, x, d);
        changed = true;
    }
    // Kept only when it halves them: in a kwartierstaat it removes them all, while in
    // intermarried families, where it gains little, the walk's order is steadier
    // under small edits (the stability test moved 121 units on average instead of 53
    // when any gain was kept).
    if !changed || crossings(g, blocks, rows, x) * 2 > start {
        rows.clone_from_slice(&saved.0);
        x.copy_from_slice(&saved.1);
        return false;
    }
    true
}

/// Puts the units of a row (`list`, ranges of `row`) in `order`, packed from the row's
/// left end: each unit keeps its inner spacing, units `d` apart.
fn repack(
    blocks: &Blocks,
    row: &mut Vec<usize>,
    list: &[std::ops::Range<usize>],
    order: &[usize],
    x: &mut [f64],
    d: f64,
) {
    let mut cursor = x[blocks.members[row[0]][0]];
    let mut new_row = Vec::with_capacity(row.len());
    for &u in order {
        let r = list[u].clone();
        let shift = cursor - x[blocks.members[row[r.start]][0]];
        let mut last = cursor;
        for &b in &row[r] {
            for &m in &blocks.members[b] {
                x[m] += shift;
                last = last.max(x[m]);
            }
            new_row.push(b);
        }
        cursor = last + d;
    }
    *row = new_row;
}

/// Crossings between lines from parents to children (from the parents' mean x to
/// each child's x), counted per pair of rows as inversions.
fn crossings(g: &Graph, blocks: &Blocks, rows: &[Vec<usize>], x: &[f64]) -> usize {
    let mut per_row: Vec<Vec<(f64, f64)>> = vec![Vec::new(); rows.len()];
    for row in rows {
        for &b in row {
            for &m in &blocks.members[b] {
                for &f in &g.parent_in[m] {
                    let fam = &g.fams[f];
                    if fam.parents[0] != m {
                        continue;
                    }
                    let anchor = fam.parents.iter().map(|&p| x[p]).sum::<f64>() / fam.parents.len() as f64;
                    per_row[blocks.row[b]].extend(fam.children.iter().map(|&(c, _)| (anchor, x[c])));
                }
            }
        }
    }
    per_row
        .into_iter()
        .map(|mut edges| {
            edges.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
            let mut tail: Vec<f64> = edges.iter().map(|e| e.1).collect();
            inversions(&mut tail)
        })
        .sum()
}

/// Pairs i < j with `v[i] > v[j]` (merge sort; sorts `v`).
fn inversions(v: &mut [f64]) -> usize {
    if v.len() < 2 {
        return 0;
    }
    let mid = v.len() / 2;
    let mut count = inversions(&mut v[..mid]) + inversions(&mut v[mid..]);
    let mut merged = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, mid);
    while i < mid && j < v.len() {
        if v[j] < v[i] {
            count += mid - i;
            merged.push(v[j]);
            j += 1;
        } else {
            merged.push(v[i]);
            i += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..]);
    v.copy_from_slice(&merged);
    count
}
