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
//! joins it to the next family, that family's children. Those chains are then swapped
//! as whole units with their neighbours under the same rule, which keeps every sibship
//! together and in birth order.
//! Positions are then solved again for the new order, and the swaps weighed again at
//! the solved places (a few rounds).

use super::blocks::Blocks;
use super::graph::Graph;

/// Crossings a swap must remove. Swaps that remove only one flip back and forth under
/// small edits (one more child), which moved everyone else about a third more in the
/// stability test for few crossings less.
const MIN_GAIN: usize = 2;

/// Crossings a swap of two chains of families must remove. A chain holds many persons,
/// so a flip under a small edit moves many: with 2, adding one child moved everyone
/// else 176 units on average in interlinked families (bound 80); with 4, 62 (47 without
/// chain swaps), while keeping most of the gain (crossings over the test's families
/// 1,584 -> 1,406, against 1,424 with 2).
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
            swaps += swap_units(g, blocks, row, x, d, &mut ua, &mut da, &mut ub, &mut db);
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

/// One left-to-right scan of a row that swaps neighbouring [`units`] where that removes
/// at least [`UNIT_MIN_GAIN`] crossings between their lines. Intermarried families form
/// chains of sibships that the block swaps cannot move; this moves the whole chain.
#[allow(clippy::too_many_arguments)]
fn swap_units(
    g: &Graph,
    blocks: &Blocks,
    row: &mut [usize],
    x: &mut [f64],
    d: f64,
    ua: &mut Vec<f64>,
    da: &mut Vec<f64>,
    ub: &mut Vec<f64>,
    db: &mut Vec<f64>,
) -> usize {
    let mut swaps = 0;
    let (mut eu, mut ed) = (Vec::new(), Vec::new());
    let mut collect =
        |range: std::ops::Range<usize>, row: &[usize], x: &[f64], up: &mut Vec<f64>, down: &mut Vec<f64>| {
            up.clear();
            down.clear();
            for &b in &row[range] {
                ends(g, blocks, b, x, &mut eu, &mut ed);
                up.extend_from_slice(&eu);
                down.extend_from_slice(&ed);
            }
        };
    let mut i = 0;
    loop {
        let list = units(g, blocks, row);
        if i + 1 >= list.len() {
            break;
        }
        let (a, b) = (list[i].clone(), list[i + 1].clone());
        // Single blocks were weighed by the block scan already.
        if a.len() == 1 && b.len() == 1 {
            i += 1;
            continue;
        }
        collect(a.clone(), row, x, ua, da);
        collect(b.clone(), row, x, ub, db);
        let (k1, s1) = cost(ua, ub);
        let (k2, s2) = cost(da, db);
        if s1 + s2 + UNIT_MIN_GAIN > k1 + k2 {
            i += 1;
            continue;
        }
        // b's run takes a's left edge and a's run follows, each keeping its own spacing.
        let first = |r: &std::ops::Range<usize>, x: &[f64]| x[blocks.members[row[r.start]][0]];
        let end = |r: &std::ops::Range<usize>, x: &[f64]| {
            let lb = row[r.end - 1];
            x[*blocks.members[lb].last().expect("non-empty block")] + d
        };
        let (left, a0, b0) = (first(&a, x), first(&a, x), first(&b, x));
        let width_b = end(&b, x) - b0;
        for &blk in &row[b.clone()] {
            for &m in &blocks.members[blk] {
                x[m] += left - b0;
            }
        }
        for &blk in &row[a.clone()] {
            for &m in &blocks.members[blk] {
                x[m] += left + width_b - a0;
            }
        }
        row[a.start..b.end].rotate_left(a.len());
        swaps += 1;
        i += 1;
    }
    swaps
}
