//! Horizontal positions within one component.
//!
//! Blocks keep their row order; alternating down and up sweeps give every block a
//! target (children centred under their parents' union, parents centred over their
//! children) and each row is then solved exactly as a weighted least-squares problem
//! under the minimum-distance constraints (pool-adjacent-violators, linear time).
//! Pinned blocks are fixed; free blocks between two pins that cannot fit there move
//! past the right pin, so nothing overlaps a pinned person.

use std::borrow::Cow;

use super::blocks::Blocks;
use super::graph::Graph;

/// Weight of a block that has no relatives pulling it: it stays unless pushed.
const IDLE_WEIGHT: f64 = 1e-3;
/// Weight of desires from the secondary direction when the primary has none.
const FALLBACK_WEIGHT: f64 = 0.5;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dir {
    /// Children follow their parents.
    Down,
    /// Parents follow their children.
    Up,
}

pub(crate) struct Placer<'a> {
    pub g: &'a Graph,
    pub blocks: &'a Blocks,
    /// Pinned x per node.
    pub pin: &'a [Option<f64>],
    /// Where every node is in the layout without pins (same frame as the pins), when
    /// placing pinned components: free blocks start there and are drawn back to it, so
    /// a dragged person moves alone instead of taking the family along.
    pub reference: Option<&'a [f64]>,
    /// Least distance between neighbours' centres per pair: see [`Spacing`].
    pub space: &'a Spacing,
}

/// How far apart neighbours on a row must be: the minimum distance, or more where
/// their labels are wider, so no label runs into its neighbour's.
pub(crate) struct Spacing {
    /// The minimum distance between two centres.
    pub d: f64,
    /// Width each node's labels (or symbol) need, centred on it.
    pub width: Vec<f64>,
    /// Offset of each member from its block's left member.
    pub offsets: Vec<Vec<f64>>,
}

impl Spacing {
    /// Spacing for `blocks` with node widths `width`.
    pub fn new(blocks: &Blocks, d: f64, width: Vec<f64>) -> Spacing {
        let mut s = Spacing { d, width, offsets: Vec::with_capacity(blocks.members.len()) };
        s.offsets = blocks.members.iter().map(|m| s.run_offsets(m)).collect();
        s
    }

    /// Least distance between the centres of neighbours `a` (left) and `b`.
    pub fn gap(&self, a: usize, b: usize) -> f64 {
        self.d.max((self.width[a] + self.width[b]) / 2.0)
    }

    /// Offsets of a run of neighbours from its first.
    fn run_offsets(&self, members: &[usize]) -> Vec<f64> {
        let mut acc = 0.0;
        let mut out = Vec::with_capacity(members.len());
        for (i, &m) in members.iter().enumerate() {
            if i > 0 {
                acc += self.gap(members[i - 1], m);
            }
            out.push(acc);
        }
        out
    }
}

/// What one row solve moves as a unit: a block, or in the pinned pass a piece of one.
struct Items<'a> {
    members: Cow<'a, [Vec<usize>]>,
    /// Offset of each member from the item's left member.
    offsets: Cow<'a, [Vec<f64>]>,
    /// Pinned left-member x.
    pin: Vec<Option<f64>>,
    /// Piece of a block holding a pinned person: wants to stay at (pinned node x +
    /// offset), i.e. next to its partner as in the block.
    tie: Vec<Option<(usize, f64)>>,
    /// Free item in the pinned pass: its left member's place without pins.
    stay: Vec<Option<f64>>,
}

impl Items<'_> {
    /// Distance from the left to the right member.
    fn width(&self, i: usize) -> f64 {
        self.offsets[i].last().copied().unwrap_or(0.0)
    }

    fn first(&self, i: usize) -> usize {
        self.members[i][0]
    }

    fn last(&self, i: usize) -> usize {
        *self.members[i].last().expect("items are not empty")
    }

    fn pin(&self, i: usize) -> Option<f64> {
        self.pin.get(i).copied().flatten()
    }

    fn tie(&self, i: usize) -> Option<(usize, f64)> {
        self.tie.get(i).copied().flatten()
    }

    fn stay(&self, i: usize) -> Option<f64> {
        self.stay.get(i).copied().flatten()
    }
}

/// Weight of a free block's wish to stay where it is without pins. Relatives pull with
/// weight 1 each, so a pinned person draws its parents and siblings only a little and
/// the pull fades within a generation instead of sliding the family (over generated
/// families the median other person moves about a fifth of the step; at 1 it was
/// twice that, with one drag in ten sliding further than the step).
const STAY_WEIGHT: f64 = 8.0;

/// The grid horizontal places are put on (layout units). See [`snap`].
pub(crate) const QUANTUM: f64 = 0.5;

/// Puts every node on the [`QUANTUM`] grid at or left of its place, row by row (`row`
/// per node), left to right, so no gap between neighbours shrinks below what it was or
/// below [`Spacing::gap`], and pinned nodes (whole units) stay. Why: the solver moves a
/// dragged person's relatives, and from them everyone, by tiny fractions on every
/// pointer move; on the grid, only those who really move change, and the canvas
/// redraws only them.
pub(crate) fn snap(row: &[usize], space: &Spacing, pin: &[Option<f64>], x: &mut [f64]) {
    let rows = row.iter().copied().max().map_or(0, |r| r + 1);
    let mut by_row: Vec<Vec<usize>> = vec![Vec::new(); rows];
    for (v, &r) in row.iter().enumerate() {
        by_row[r].push(v);
    }
    for nodes in &mut by_row {
        nodes.sort_unstable_by(|&a, &b| x[a].total_cmp(&x[b]).then(a.cmp(&b)));
        // The node before: its place before and after snapping.
        let mut prev: Option<(usize, f64, f64)> = None;
        for &v in nodes.iter() {
            let was = x[v];
            let down = if pin[v].is_some() { was } else { (was / QUANTUM).floor() * QUANTUM };
            // Never closer than before, nor than the least distance; since nobody moves
            // right, a pinned node keeps its place.
            let placed = match prev {
                Some((p, p_was, p_at)) => down.max(p_at + (was - p_was).min(space.gap(p, v))),
                None => down,
            };
            x[v] = placed;
            prev = Some((v, was, placed));
        }
    }
}

/// Weight of a piece's wish to stay beside its pinned partner.
const TIE_WEIGHT: f64 = 10.0;

impl Placer<'_> {
    /// Place one or more components' rows of blocks into `x`.
    pub fn place(&self, rows: &[Vec<usize>], sweeps: usize, x: &mut [f64]) {
        let has_pins = rows.iter().flatten().any(|&b| self.blocks.members[b].iter().any(|&m| self.pin[m].is_some()));
        match self.reference {
            // Start the pinned pass from the layout without pins, in the pins' frame.
            Some(r) if has_pins => {
                for &m in rows.iter().flatten().flat_map(|&b| &self.blocks.members[b]) {
                    x[m] = r[m];
                }
            }
            _ => {
                // Unpinned pass over whole blocks (no per-call copies: components are many).
                let items = Items {
                    members: Cow::Borrowed(&self.blocks.members),
                    offsets: Cow::Borrowed(&self.space.offsets),
                    pin: Vec::new(),
                    tie: Vec::new(),
                    stay: Vec::new(),
                };
                let mut item_rows: Vec<Vec<usize>> = rows.to_vec();
                for row in &item_rows {
                    let mut prev: Option<usize> = None;
                    for &m in row.iter().flat_map(|&b| &items.members[b]) {
                        x[m] = prev.map_or(0.0, |p| x[p] + self.space.gap(p, m));
                        prev = Some(m);
                    }
                }
                self.sweep(&items, &mut item_rows, sweeps, x);
            }
        }
        if !has_pins {
            return;
        }
        // Pinned pass: split blocks around pinned persons, then order each row by pin
        // (pieces follow their pinned partner) and solve again from the current x.
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut pins: Vec<Option<f64>> = Vec::new();
        let mut ties: Vec<Option<(usize, f64)>> = Vec::new();
        let mut stays: Vec<Option<f64>> = Vec::new();
        let mut item_rows: Vec<Vec<usize>> = Vec::with_capacity(rows.len());
        for row in rows {
            let mut out = Vec::with_capacity(row.len());
            let mut keys = Vec::with_capacity(row.len());
            for &b in row {
                let mem = &self.blocks.members[b];
                let pinned: Vec<usize> = (0..mem.len()).filter(|&i| self.pin[mem[i]].is_some()).collect();
                if pinned.is_empty() {
                    out.push(members.len());
                    keys.push(x[mem[0]]);
                    members.push(mem.clone());
                    pins.push(None);
                    ties.push(None);
                    stays.push(self.reference.map(|r| r[mem[0]]));
                    continue;
                }
                let mut i = 0;
                while i < mem.len() {
                    let (run, pin, tie, key) = if let Some(p) = self.pin[mem[i]] {
                        (vec![mem[i]], Some(p), None, p)
                    } else {
                        let mut j = i;
                        while j < mem.len() && self.pin[mem[j]].is_none() {
                            j += 1;
                        }
                        let near = *pinned.iter().min_by_key(|&&p| p.abs_diff(i)).expect("has a pin");
                        let block_off = &self.space.offsets[b];
                        let off = block_off[i] - block_off[near];
                        let anchor = self.pin[mem[near]].expect("pinned");
                        (mem[i..j].to_vec(), None, Some((mem[near], off)), anchor + off)
                    };
                    i += run.len();
                    out.push(members.len());
                    keys.push(key);
                    members.push(run);
                    pins.push(pin);
                    ties.push(tie);
                    stays.push(None);
                }
            }
            let mut idx: Vec<usize> = (0..out.len()).collect();
            idx.sort_by(|&a, &b| keys[a].total_cmp(&keys[b]));
            item_rows.push(idx.into_iter().map(|i| out[i]).collect());
        }
        let offsets: Vec<Vec<f64>> = members.iter().map(|m| self.space.run_offsets(m)).collect();
        let items =
            Items { members: Cow::Owned(members), offsets: Cow::Owned(offsets), pin: pins, tie: ties, stay: stays };
        self.sweep(&items, &mut item_rows, sweeps.max(1), x);
    }

    fn sweep(&self, items: &Items, rows: &mut [Vec<usize>], sweeps: usize, x: &mut [f64]) {
        let n = rows.len();
        for _ in 0..sweeps {
            for row in rows.iter_mut().skip(1) {
                self.solve_row(items, row, Dir::Down, x);
            }
            for r in (0..n.saturating_sub(1)).rev() {
                self.solve_row(items, &mut rows[r], Dir::Up, x);
            }
        }
        if sweeps == 0 || n == 1 {
            // Still resolve collisions (and pins) once.
            for row in rows.iter_mut() {
                self.solve_row(items, row, Dir::Up, x);
            }
        }
    }

    fn anchor(&self, f: usize, x: &[f64]) -> f64 {
        let p = &self.g.fams[f].parents;
        p.iter().map(|&v| x[v]).sum::<f64>() / p.len() as f64
    }

    fn centre(&self, f: usize, x: &[f64]) -> f64 {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for &(c, _) in &self.g.fams[f].children {
            lo = lo.min(x[c]);
            hi = hi.max(x[c]);
        }
        (lo + hi) / 2.0
    }

    /// Sum and count of desired left-member positions of block `b` in direction `dir`.
    fn desires(&self, members: &[usize], offsets: &[f64], dir: Dir, x: &[f64]) -> (f64, f64) {
        let (mut sum, mut count) = (0.0, 0.0);
        for (&m, &off) in members.iter().zip(offsets) {
            let fams = match dir {
                Dir::Down => &self.g.child_of[m],
                Dir::Up => &self.g.parent_in[m],
            };
            for &f in fams {
                let shift = match dir {
                    Dir::Down => self.anchor(f, x) - self.centre(f, x),
                    Dir::Up => self.centre(f, x) - self.anchor(f, x),
                };
                sum += x[m] + shift - off;
                count += 1.0;
            }
        }
        (sum, count)
    }

    fn solve_row(&self, items: &Items, row: &mut [usize], dir: Dir, x: &mut [f64]) {
        let k = row.len();
        if k == 0 {
            return;
        }
        let mut target = Vec::with_capacity(k);
        let mut weight = Vec::with_capacity(k);
        let mut pinned = Vec::with_capacity(k);
        let other = if dir == Dir::Down { Dir::Up } else { Dir::Down };
        for &b in row.iter() {
            let mem = &items.members[b];
            let (mut s, mut c) = self.desires(mem, &items.offsets[b], dir, x);
            if let Some((a, off)) = items.tie(b) {
                s += TIE_WEIGHT * (x[a] + off);
                c += TIE_WEIGHT;
            }
            if let Some(at) = items.stay(b) {
                s += STAY_WEIGHT * at;
                c += STAY_WEIGHT;
            }
            let (t, w) = if c > 0.0 {
                (s / c, c)
            } else {
                let (s2, c2) = self.desires(mem, &items.offsets[b], other, x);
                if c2 > 0.0 {
                    (s2 / c2, FALLBACK_WEIGHT * c2)
                } else {
                    (x[mem[0]], IDLE_WEIGHT)
                }
            };
            target.push(t);
            weight.push(w);
            pinned.push(items.pin(b));
        }
        let width: Vec<f64> = row.iter().map(|&b| items.width(b)).collect();
        // Gap after each item of the row to the next one.
        let gap_after = |i: usize, j: usize| self.space.gap(items.last(row[i]), items.first(row[j]));

        // Split into free segments between pinned blocks.
        let mut out_order: Vec<usize> = Vec::with_capacity(k);
        let mut out_x: Vec<f64> = Vec::with_capacity(k);
        let mut segment: Vec<usize> = Vec::new();
        // The last pinned item so far, and its right member's x.
        let mut last_pin: Option<(usize, f64)> = None;
        let lower_of = |seg: &[usize], last_pin: Option<(usize, f64)>| match (seg.first(), last_pin) {
            (Some(&s), Some((p, right))) => right + gap_after(p, s),
            _ => f64::NEG_INFINITY,
        };
        for i in 0..k {
            match pinned[i] {
                None => segment.push(i),
                Some(px) => {
                    let lower = lower_of(&segment, last_pin);
                    let upper_edge = segment.last().map_or(px, |&s| px - gap_after(s, i));
                    let fitted = self.fit(items, row, &segment, &target, &weight, &width, lower, Some(upper_edge));
                    if let Some(xs) = fitted {
                        out_order.append(&mut segment);
                        out_x.extend(xs);
                    }
                    // Otherwise the segment does not fit: it moves on past this pin.
                    out_order.push(i);
                    out_x.push(px);
                    last_pin = Some((i, px + width[i]));
                }
            }
        }
        let lower = lower_of(&segment, last_pin);
        let xs = self.fit(items, row, &segment, &target, &weight, &width, lower, None).expect("unbounded segment fits");
        out_order.append(&mut segment);
        out_x.extend(xs);

        let old: Vec<usize> = row.to_vec();
        for (slot, (&i, &bx)) in out_order.iter().zip(&out_x).enumerate() {
            let b = old[i];
            row[slot] = b;
            for (&m, &off) in items.members[b].iter().zip(items.offsets[b].iter()) {
                x[m] = bx + off;
            }
        }
    }

    /// Least-squares positions of a run of free blocks, left of `upper_edge` (the
    /// largest allowed right edge) and right of `lower`; `None` if they cannot fit.
    #[allow(clippy::too_many_arguments)]
    fn fit(
        &self,
        items: &Items,
        row: &[usize],
        seg: &[usize],
        target: &[f64],
        weight: &[f64],
        width: &[f64],
        lower: f64,
        upper_edge: Option<f64>,
    ) -> Option<Vec<f64>> {
        if seg.is_empty() {
            return Some(Vec::new());
        }
        // x_i = y_i + c_i turns the spacing constraints into y non-decreasing.
        let mut c = Vec::with_capacity(seg.len());
        let mut acc = 0.0;
        for (j, &i) in seg.iter().enumerate() {
            c.push(acc);
            if let Some(&next) = seg.get(j + 1) {
                acc += width[i] + self.space.gap(items.last(row[i]), items.first(row[next]));
            }
        }
        let last = seg.len() - 1;
        let upper = upper_edge.map_or(f64::INFINITY, |e| e - width[seg[last]] - c[last]);
        if lower > upper + 1e-9 {
            return None;
        }
        // Pool adjacent violators: blocks of (weight, weighted sum, count).
        let mut pools: Vec<(f64, f64, usize)> = Vec::with_capacity(seg.len());
        for (j, &i) in seg.iter().enumerate() {
            pools.push((weight[i], weight[i] * (target[i] - c[j]), 1));
            while pools.len() >= 2 {
                let (w1, s1, n1) = pools[pools.len() - 1];
                let (w0, s0, n0) = pools[pools.len() - 2];
                if s0 / w0 < s1 / w1 {
                    break;
                }
                pools.pop();
                *pools.last_mut().expect("two pools") = (w0 + w1, s0 + s1, n0 + n1);
            }
        }
        let mut out = Vec::with_capacity(seg.len());
        for (w, s, n) in pools {
            let y = (s / w).clamp(lower, upper.max(lower));
            for _ in 0..n {
                let j = out.len();
                out.push(y + c[j]);
            }
        }
        Some(out)
    }
}
