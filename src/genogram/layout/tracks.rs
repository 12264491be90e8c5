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
use super::readability::NEAR_BAR_END;
use super::types::LayoutOptions;

/// The track of every sibship's bar (and of every union line between partners who
/// stand apart), and how many tracks each row needs.
pub(crate) struct Tracks {
    /// Track per sibship, 0 nearest the parents; `None` for a bar that overlaps no
    /// other and stays at [`LayoutOptions::sibship_offset`].
    pub of_fam: Vec<Option<usize>>,
    /// Parents' row per sibship.
    pub row_of_fam: Vec<usize>,
    /// Track per union whose partners stand apart on one row and whose line
    /// overlaps other lines; `None` for the others.
    pub of_union: Vec<Option<usize>>,
    /// Row per union.
    pub row_of_union: Vec<usize>,
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
    pub fn offsets(&self, extra: &[f64], o: &LayoutOptions) -> Offsets {
        let below = o.row_height - o.sibship_offset;
        let at = |t: usize, r: usize| {
            let n = self.per_row[r];
            let room = o.row_height + extra.get(r).copied().unwrap_or(0.0) - below - first_track(o);
            let step = if n > 1 { step(o).min(room / (n - 1) as f64) } else { 0.0 };
            first_track(o) + t as f64 * step
        };
        Offsets {
            bar: self
                .of_fam
                .iter()
                .zip(&self.row_of_fam)
                .map(|(t, &r)| t.map_or(o.sibship_offset, |t| at(t, r)))
                .collect(),
            union: self.of_union.iter().zip(&self.row_of_union).map(|(t, &r)| t.map(|t| at(t, r))).collect(),
        }
    }
}

/// Heights of lines below their parents' (or partners') centre.
pub(crate) struct Offsets {
    /// Per sibship: its child bar.
    pub bar: Vec<f64>,
    /// Per union whose partners stand apart on a track: its union line.
    pub union: Vec<Option<f64>>,
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

/// A horizontal line on a row: a child bar, or the union line of partners who stand
/// apart (it runs along the row like a bar, and other lines cross it the same way).
struct Line {
    /// A sibship (`Fam`) or a union.
    of: Of,
    row: usize,
    x1: f64,
    x2: f64,
    /// Where lines leave it downwards (a bar's child lines).
    drops: Vec<f64>,
    /// Where lines come down to it from above (a bar's stem, a union's partners).
    stems: Vec<f64>,
    /// For a bar hanging from a union line that is also here: that union.
    under: Option<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Of {
    Fam(usize),
    Union(usize),
}

/// Assign tracks from the nodes' rows and x positions; `apart` tells which unions'
/// partners stand apart on their row.
pub(crate) fn assign(g: &Graph, row: &[usize], x: &[f64], apart: &dyn Fn(usize) -> bool) -> Tracks {
    let n_rows = row.iter().copied().max().map_or(0, |r| r + 1);
    let mut lines: Vec<Line> = Vec::new();
    let mut row_of_union = vec![0; g.unions.len()];
    for (ui, u) in g.unions.iter().enumerate() {
        row_of_union[ui] = row[u.a].max(row[u.b]);
        if apart(ui) {
            let (x1, x2) = (x[u.a].min(x[u.b]), x[u.a].max(x[u.b]));
            let r = row_of_union[ui];
            lines.push(Line { of: Of::Union(ui), row: r, x1, x2, drops: Vec::new(), stems: vec![x1, x2], under: None });
        }
    }
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
        let under = f.union.filter(|&u| apart(u));
        lines.push(Line { of: Of::Fam(fi), row: r, x1, x2, drops, stems: vec![stem], under });
    }
    lines.sort_by(|a, b| a.row.cmp(&b.row).then(a.x1.total_cmp(&b.x1)).then(a.x2.total_cmp(&b.x2)));

    let mut of_fam = vec![None; g.fams.len()];
    let mut row_of_fam = vec![0; g.fams.len()];
    let mut of_union = vec![None; g.unions.len()];
    for l in &lines {
        if let Of::Fam(f) = l.of {
            row_of_fam[f] = l.row;
        }
    }
    let mut tracks_per_row = vec![1usize; n_rows];
    // Groups of lines on one row that overlap each other (transitively).
    let mut start = 0;
    while start < lines.len() {
        let mut end = start + 1;
        let mut reach = lines[start].x2;
        // Lines that end closer than NEAR_BAR_END to each other read as one line (or a
        // child's line as hanging from the other bar): they share a group too.
        while end < lines.len() && lines[end].row == lines[start].row && lines[end].x1 < reach + NEAR_BAR_END {
            reach = reach.max(lines[end].x2);
            end += 1;
        }
        let group = &lines[start..end];
        // A union line with only its own bar keeps the usual heights.
        let own_pair = group.len() == 2
            && matches!((group[0].of, group[1].of), (Of::Union(u), Of::Fam(_)) | (Of::Fam(_), Of::Union(u))
                if group.iter().any(|l| l.under == Some(u)));
        if group.len() > 1 && !own_pair {
            let overlap = |a: &Line, b: &Line| a.x1 < b.x2 + NEAR_BAR_END && b.x1 < a.x2 + NEAR_BAR_END;
            let spans = |a: &Line, x: f64| x > a.x1 - NEAR_BAR_END && x < a.x2 + NEAR_BAR_END;
            // Lines that cross when `a` stands above `b`: `b`'s stems come down
            // through `a`, and `a`'s child lines go down through `b`.
            let cost = |a: &Line, b: &Line| {
                b.stems.iter().filter(|&&s| spans(a, s)).count() + a.drops.iter().filter(|&&d| spans(b, d)).count()
            };
            let m = group.len();
            // For a bar hanging from a union line in this group: that line's index.
            let hang: Vec<Option<usize>> =
                (0..m).map(|i| group[i].under.and_then(|u| group.iter().position(|l| l.of == Of::Union(u)))).collect();
            let track = if m <= SMALL_GROUP {
                by_gain(group, &hang, &overlap, &cost)
            } else {
                by_reach(group, &hang, &overlap)
            };
            let count = track.iter().flatten().max().map_or(1, |t| t + 1);
            let r = group[0].row;
            tracks_per_row[r] = tracks_per_row[r].max(count);
            for (l, t) in group.iter().zip(track) {
                match l.of {
                    Of::Fam(f) => of_fam[f] = t,
                    Of::Union(u) => of_union[u] = t,
                }
            }
        }
        start = end;
    }
    Tracks { of_fam, row_of_fam, of_union, row_of_union, per_row: tracks_per_row }
}

/// Groups up to this size get the ordering that weighs crossings (quadratic in the
/// group); larger ones (thousands of persons with wide bars) are packed left to right.
const SMALL_GROUP: usize = 48;

/// Tracks that weigh crossings: lines that gain most by standing above the others
/// first, each below every placed line it crosses less under than over; a bar always
/// below the union line it hangs from.
fn by_gain(
    group: &[Line],
    hang: &[Option<usize>],
    overlap: &dyn Fn(&Line, &Line) -> bool,
    cost: &dyn Fn(&Line, &Line) -> usize,
) -> Vec<Option<usize>> {
    let m = group.len();
    let gain: Vec<i64> = (0..m)
        .map(|i| {
            (0..m)
                .filter(|&j| j != i && overlap(&group[i], &group[j]))
                .map(|j| cost(&group[j], &group[i]) as i64 - cost(&group[i], &group[j]) as i64)
                .sum()
        })
        .collect();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&i, &j| hang[i].is_some().cmp(&hang[j].is_some()).then(gain[j].cmp(&gain[i])).then(i.cmp(&j)));
    let mut track: Vec<Option<usize>> = vec![None; m];
    for &i in &order {
        let b = &group[i];
        let mut min = (0..m)
            .filter(|&j| overlap(&group[j], b) && cost(&group[j], b) < cost(b, &group[j]))
            .filter_map(|j| track[j].map(|t| t + 1))
            .max()
            .unwrap_or(0);
        if let Some(t) = hang[i].and_then(|j| track[j]) {
            min = min.max(t + 1);
        }
        let mut t = min;
        while (0..m).any(|j| track[j] == Some(t) && (overlap(&group[j], b) || hang[i] == Some(j))) {
            t += 1;
        }
        track[i] = Some(t);
    }
    track
}

/// Tracks packed left to right (the group is sorted by left end): each line on the
/// first track free at its left end; then bars hanging from a union line, each below it.
fn by_reach(group: &[Line], hang: &[Option<usize>], overlap: &dyn Fn(&Line, &Line) -> bool) -> Vec<Option<usize>> {
    let m = group.len();
    let mut track: Vec<Option<usize>> = vec![None; m];
    let mut on: Vec<Vec<usize>> = Vec::new();
    let mut reach: Vec<f64> = Vec::new();
    for i in (0..m).filter(|&i| hang[i].is_none()) {
        let t = reach.iter().position(|&r| r + NEAR_BAR_END <= group[i].x1).unwrap_or(reach.len());
        if t == reach.len() {
            reach.push(f64::NEG_INFINITY);
            on.push(Vec::new());
        }
        reach[t] = reach[t].max(group[i].x2);
        on[t].push(i);
        track[i] = Some(t);
    }
    for i in (0..m).filter(|&i| hang[i].is_some()) {
        let mut t = hang[i].and_then(|j| track[j]).map_or(0, |t| t + 1);
        while on.get(t).is_some_and(|list| list.iter().any(|&j| overlap(&group[j], &group[i]))) {
            t += 1;
        }
        while on.len() <= t {
            on.push(Vec::new());
        }
        on[t].push(i);
        track[i] = Some(t);
    }
    track
}
