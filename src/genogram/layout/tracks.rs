//! Child bars on tracks: bars that would overlap at one height are drawn at different
//! heights, clearly apart, and the rows below move down to make room.
//!
//! When several families intermarry, parents cannot always stand over their children:
//! a couple's stem then comes down beside another couple's children, and the two child
//! bars overlap along the row. At one height they read as one sibship. Here every
//! group of bars that overlap on one row gets tracks, a third of the row spacing apart
//! (the distance [`shared_child_bars`](super::readability::shared_child_bars) asks
//! for), and the row below is lowered by what the extra tracks need.
//!
//! Which bar takes which track decides what crosses: a child's line runs down from its
//! bar through the tracks below it. A bar that reaches over another couple's children
//! therefore goes above that couple's bar, so their lines do not cross it.

use super::graph::Graph;
use super::types::LayoutOptions;

/// The track of every sibship's bar, and how many tracks each row needs.
pub(crate) struct Tracks {
    /// Track per sibship, 0 nearest the parents; `None` for a bar that overlaps no
    /// other and stays at [`LayoutOptions::sibship_offset`].
    pub of_fam: Vec<Option<usize>>,
    /// Parents' row per sibship.
    pub row_of_fam: Vec<usize>,
    /// Tracks needed below each row (1 when no bars overlap).
    pub per_row: Vec<usize>,
}

impl Tracks {
    /// Extra height below each row that its tracks need.
    pub fn extra(&self, o: &LayoutOptions) -> Vec<f64> {
        let below = o.row_height - o.sibship_offset;
        self.per_row
            .iter()
            .map(|&t| {
                if t < 2 {
                    return 0.0;
                }
                let needed = first_track(o) + (t - 1) as f64 * step(o) + below;
                (needed - o.row_height).max(0.0)
            })
            .collect()
    }

    /// Distance below the parents of every sibship's bar, when the rows got `extra`
    /// (which may be less than these tracks need, while pins hold the drawing: the
    /// rows keep their height during a drag, and the tracks move closer together).
    pub fn offsets(&self, extra: &[f64], o: &LayoutOptions) -> Vec<f64> {
        let below = o.row_height - o.sibship_offset;
        self.of_fam
            .iter()
            .zip(&self.row_of_fam)
            .map(|(t, &r)| match *t {
                None => o.sibship_offset,
                Some(t) => {
                    let n = self.per_row[r];
                    let room = o.row_height + extra.get(r).copied().unwrap_or(0.0) - below - first_track(o);
                    let step = if n > 1 { step(o).min(room / (n - 1) as f64) } else { 0.0 };
                    first_track(o) + t as f64 * step
                }
            })
            .collect()
    }
}

/// Distance from the parents' centre to the topmost track: below the union lines,
/// also those drawn lower for partners standing apart.
pub(crate) fn first_track(o: &LayoutOptions) -> f64 {
    o.union_offset + 3.0 * o.union_stagger
}

/// Vertical step between tracks: a little over a third of the row spacing.
pub(crate) fn step(o: &LayoutOptions) -> f64 {
    (o.row_height / 3.0).ceil() + 2.0
}

/// One child bar's reach along its row.
struct Bar {
    fam: usize,
    row: usize,
    x1: f64,
    x2: f64,
    /// Where the bar's child lines leave it.
    drops: Vec<f64>,
    /// Where the parents' stem comes down to it.
    stem: f64,
}

/// Assign tracks from the nodes' rows and x positions.
pub(crate) fn assign(g: &Graph, row: &[usize], x: &[f64]) -> Tracks {
    const EPS: f64 = 1e-6;
    let n_rows = row.iter().copied().max().map_or(0, |r| r + 1);
    let mut bars: Vec<Bar> = Vec::new();
    for (fi, f) in g.fams.iter().enumerate() {
        if f.children.is_empty() || f.parents.is_empty() {
            continue;
        }
        let stem = match f.union {
            Some(u) => (x[g.unions[u].a] + x[g.unions[u].b]) / 2.0,
            None => x[f.parents[0]],
        };
        let drops: Vec<f64> = f.children.iter().map(|&(c, _)| x[c]).collect();
        let x1 = drops.iter().copied().fold(stem, f64::min);
        let x2 = drops.iter().copied().fold(stem, f64::max);
        let r = f.parents.iter().map(|&p| row[p]).max().unwrap_or(0);
        bars.push(Bar { fam: fi, row: r, x1, x2, drops, stem });
    }
    bars.sort_by(|a, b| a.row.cmp(&b.row).then(a.x1.total_cmp(&b.x1)).then(a.fam.cmp(&b.fam)));

    let mut of_fam = vec![None; g.fams.len()];
    let mut row_of_fam = vec![0; g.fams.len()];
    for b in &bars {
        row_of_fam[b.fam] = b.row;
    }
    let mut tracks_per_row = vec![1usize; n_rows];
    // Groups of bars on one row that overlap each other (transitively).
    let mut start = 0;
    while start < bars.len() {
        let mut end = start + 1;
        let mut reach = bars[start].x2;
        while end < bars.len() && bars[end].row == bars[start].row && bars[end].x1 < reach - EPS {
            reach = reach.max(bars[end].x2);
            end += 1;
        }
        let group = &bars[start..end];
        if group.len() > 1 {
            let overlap = |a: &Bar, b: &Bar| a.x1 < b.x2 - EPS && b.x1 < a.x2 - EPS;
            let spans = |a: &Bar, x: f64| x > a.x1 + EPS && x < a.x2 - EPS;
            // Lines that cross when `a` stands above `b`: `b`'s stem comes down
            // through `a`, and `a`'s child lines go down through `b`.
            let cost =
                |a: &Bar, b: &Bar| usize::from(spans(a, b.stem)) + a.drops.iter().filter(|&&d| spans(b, d)).count();
            let m = group.len();
            // How much each bar gains by standing above the others: those first.
            let gain: Vec<i64> = (0..m)
                .map(|i| {
                    (0..m)
                        .filter(|&j| j != i && overlap(&group[i], &group[j]))
                        .map(|j| cost(&group[j], &group[i]) as i64 - cost(&group[i], &group[j]) as i64)
                        .sum()
                })
                .collect();
            let mut order: Vec<usize> = (0..m).collect();
            order.sort_by(|&i, &j| gain[j].cmp(&gain[i]).then(i.cmp(&j)));
            let mut track: Vec<Option<usize>> = vec![None; m];
            for &i in &order {
                let b = &group[i];
                // Below every placed bar it crosses less under than over.
                let min = (0..m)
                    .filter(|&j| overlap(&group[j], b) && cost(&group[j], b) < cost(b, &group[j]))
                    .filter_map(|j| track[j].map(|t| t + 1))
                    .max()
                    .unwrap_or(0);
                let mut t = min;
                while (0..m).any(|j| track[j] == Some(t) && overlap(&group[j], b)) {
                    t += 1;
                }
                track[i] = Some(t);
            }
            let count = track.iter().flatten().max().map_or(1, |t| t + 1);
            let r = group[0].row;
            tracks_per_row[r] = tracks_per_row[r].max(count);
            for (b, t) in group.iter().zip(track) {
                of_fam[b.fam] = t;
            }
        }
        start = end;
    }
    Tracks { of_fam, row_of_fam, per_row: tracks_per_row }
}
