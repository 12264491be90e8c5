//! Crossing reduction after the first placement: greedy adjacent swaps of blocks.
//!
//! The depth-first order is crossing-free for trees with in-laws, but cousin and
//! cross-clan marriages leave crossings it cannot see. Each row is scanned left to
//! right and two neighbouring blocks are swapped when that lowers the number of
//! crossings between their own lines (to parents and to children, compared by the x of
//! the far ends, as in the classic greedy switch). Blocks of one sibship never swap
//! (birth order), nor do blocks of a sibship spread over several blocks (it stays
//! together), nor twins; partner blocks move as a whole.
//! Positions are then solved again for the new order.

use super::blocks::Blocks;
use super::graph::Graph;

/// Crossings a swap must remove. Swaps that remove only one flip back and forth under
/// small edits (one more child), which moved everyone else about a third more in the
/// stability test for few crossings less.
const MIN_GAIN: usize = 2;

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
        total += swaps;
        if swaps == 0 {
            break;
        }
    }
    total
}
