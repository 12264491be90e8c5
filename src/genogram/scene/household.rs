//! Households: a dotted outline around the members' symbols and labels, and nobody else.
//!
//! Members who stand next to each other on a row share one box; boxes of runs on
//! neighbouring rows that lie above each other are joined into one concave outline
//! (a union of rectangles, traced and drawn with rounded corners). Runs that cannot be
//! joined without taking in a non-member keep their own outlines, joined by a dotted
//! connector, as a professional draws a household that the family tree splits.

use std::collections::HashMap;

use super::quality_routes::{outlines, segment_hits_rect};
use crate::kernel::geom::{pt, text_box};
use crate::kernel::shape::{num, Anchor, Point, Primitive, Shape, Style, Weight};
use crate::kernel::sort::SortExt;
use crate::kernel::Item;

/// Colour of household outlines and labels.
pub(crate) const HOUSEHOLD: &str = "#555";

/// Dash pattern of household outlines.
pub(crate) const OUTLINE_DASH: &str = "2 4";

/// Dash pattern of the connector between the parts of one household.
const CONNECTOR_DASH: &str = "1 5";

/// Padding around the members' drawn extent.
const PAD: f64 = 6.0;
/// Minimum half width of a member's box (symbol plus room for the dashes).
const MIN_HALF: f64 = 34.0;
/// Closest an outline comes to a non-member's centre on the same row (a symbol's half
/// edge plus a little air).
const CLEAR: f64 = 26.0;
/// Narrowest horizontal overlap for which two runs on neighbouring rows are joined.
const MIN_BRIDGE: f64 = 30.0;
/// Corner radius of the outline.
const RADIUS: f64 = 10.0;

/// An axis-aligned box `(x0, y0, x1, y1)`.
type Rect = (f64, f64, f64, f64);

/// A box joining an upper run to a lower one: `(upper run, lower run, box)`.
type Bridge = (usize, usize, Rect);

/// A member: symbol centre and the box of everything drawn for them (symbol and texts).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct MemberBox {
    /// Centre of the symbol (rows are found by it).
    pub centre: Point,
    /// Extent of the symbol and its texts.
    pub extent: Rect,
}

/// The household's outline(s), connectors and the label at its top left; `others` are
/// the centres of every person drawn who is not a member.
pub(crate) fn household_shapes(members: &[MemberBox], others: &[Point], label: &str) -> Vec<Shape> {
    if members.is_empty() {
        return Vec::new();
    }
    let runs = runs(members, others);
    let (components, bridges) = join(&runs, others);
    let style = Style::stroke(HOUSEHOLD, 1.5).dashed(OUTLINE_DASH);
    let mut out = Vec::new();
    let mut parts: Vec<Vec<Rect>> = Vec::new();
    for comp in &components {
        let mut rects: Vec<Rect> = comp.iter().map(|&i| runs[i].1).collect();
        rects.extend(bridges.iter().filter(|(a, _, _)| comp.contains(a)).map(|&(_, _, r)| r));
        let loops = union_outline(&rects);
        if loops.is_empty() {
            continue;
        }
        out.push(Shape::new(Primitive::Path(rounded_path(&loops, RADIUS)), style));
        parts.push(rects);
    }
    for (a, b) in connectors(&parts) {
        out.push(Shape::line(a, b, Style::stroke(HOUSEHOLD, 1.5).dashed(CONNECTOR_DASH)));
    }
    if !label.is_empty() {
        // Above the topmost, then leftmost, box.
        let top = runs.iter().map(|&(_, r)| r).fold(None::<Rect>, |best, r| match best {
            Some(b) if (b.1, b.0) <= (r.1, r.0) => Some(b),
            _ => Some(r),
        });
        if let Some((x0, y0, _, _)) = top {
            let mut t = Shape::text(x0 + 2.0, y0 - 5.0, label, Anchor::Start, 10.0, Weight::Normal);
            t.style.fill = Some(HOUSEHOLD);
            // The parents' child bar often runs just above a household of children:
            // a halo keeps the name readable where it passes.
            if let Primitive::Text { halo, .. } = &mut t.primitive {
                *halo = true;
            }
            out.push(t);
        }
    }
    out
}

/// Members grouped by row, then split wherever a non-member stands between two of them:
/// one padded box per run, never reaching a non-member's symbol on that row.
fn runs(members: &[MemberBox], others: &[Point]) -> Vec<(f64, Rect)> {
    let mut rows: Vec<(f64, Vec<MemberBox>)> = Vec::new();
    for &m in members {
        match rows.iter_mut().find(|(y, _)| (y - m.centre.y).abs() < 1.0) {
            Some((_, v)) => v.push(m),
            None => rows.push((m.centre.y, vec![m])),
        }
    }
    let mut out = Vec::new();
    for (y, mut row) in rows {
        row.sort_stable_by(|a, b| a.centre.x.total_cmp(&b.centre.x));
        let mut blockers: Vec<f64> = others.iter().filter(|o| (o.y - y).abs() < 1.0).map(|o| o.x).collect();
        blockers.sort_stable_by(f64::total_cmp);
        let mut start = 0;
        for i in 1..=row.len() {
            let split = i == row.len() || blockers.iter().any(|&x| x >= row[i - 1].centre.x && x <= row[i].centre.x);
            if !split {
                continue;
            }
            let run = &row[start..i];
            let (first, last) = (run[0].centre.x, run[run.len() - 1].centre.x);
            let mut r =
                run.iter().fold((f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY), |r, m| {
                    let e = m.extent;
                    let (x0, x1) = (e.0.min(m.centre.x - MIN_HALF), e.2.max(m.centre.x + MIN_HALF));
                    (r.0.min(x0 - PAD), r.1.min(e.1 - PAD), r.2.max(x1 + PAD), r.3.max(e.3 + PAD))
                });
            // Never over a non-member's symbol: stop short of the nearest one either side.
            if let Some(&left) = blockers.iter().rev().find(|&&x| x < first) {
                r.0 = r.0.max(left + CLEAR).min(first - CLEAR);
            }
            if let Some(&right) = blockers.iter().find(|&&x| x > last) {
                r.2 = r.2.min(right - CLEAR).max(last + CLEAR);
            }
            out.push((y, r));
            start = i;
        }
    }
    out
}

fn contains(r: Rect, p: Point) -> bool {
    p.x > r.0 && p.x < r.2 && p.y > r.1 && p.y < r.3
}

/// Joins runs that lie above each other on neighbouring rows (a bridge over their shared
/// width that holds no non-member); returns the groups of run indices (each drawn as one
/// outline) and the bridges `(upper run, lower run, rect)`.
fn join(runs: &[(f64, Rect)], others: &[Point]) -> (Vec<Vec<usize>>, Vec<Bridge>) {
    let mut parent: Vec<usize> = (0..runs.len()).collect();
    fn find(p: &mut [usize], i: usize) -> usize {
        let mut i = i;
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let mut bridges = Vec::new();
    for a in 0..runs.len() {
        for b in 0..runs.len() {
            let ((ya, ra), (yb, rb)) = (runs[a], runs[b]);
            if ya >= yb - 1.0 {
                continue; // only an upper run `a` with a lower run `b`
            }
            let (x0, x1) = (ra.0.max(rb.0), ra.2.min(rb.2));
            if x1 - x0 < MIN_BRIDGE {
                continue;
            }
            let bridge = (x0, ra.3.min(rb.1) - 1.0, x1, rb.1.max(ra.3) + 1.0);
            let blocked = others.iter().any(|&o| contains(bridge, o))
                || runs.iter().enumerate().any(|(k, &(_, r))| k != a && k != b && overlaps(r, bridge));
            if blocked {
                continue;
            }
            let (fa, fb) = (find(&mut parent, a), find(&mut parent, b));
            if fa != fb {
                parent[fa] = fb;
            }
            bridges.push((a, b, bridge));
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for i in 0..runs.len() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push(i);
    }
    let mut comps: Vec<Vec<usize>> = groups.into_values().collect();
    comps.sort_stable();
    (comps, bridges)
}

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// The outline of a union of boxes: closed loops of corner points (clockwise on
/// screen), holes included, collinear points dropped.
pub(crate) fn union_outline(rects: &[Rect]) -> Vec<Vec<Point>> {
    let mut xs: Vec<f64> = rects.iter().flat_map(|r| [r.0, r.2]).collect();
    let mut ys: Vec<f64> = rects.iter().flat_map(|r| [r.1, r.3]).collect();
    for v in [&mut xs, &mut ys] {
        v.sort_stable_by(f64::total_cmp);
        v.dedup_by(|a, b| (*a - *b).abs() < 1e-9);
    }
    if xs.len() < 2 || ys.len() < 2 {
        return Vec::new();
    }
    let (nx, ny) = (xs.len() - 1, ys.len() - 1);
    let covered: Vec<bool> = (0..nx * ny)
        .map(|k| {
            let (i, j) = (k % nx, k / nx);
            let c = pt((xs[i] + xs[i + 1]) / 2.0, (ys[j] + ys[j + 1]) / 2.0);
            rects.iter().any(|&r| c.x > r.0 && c.x < r.2 && c.y > r.1 && c.y < r.3)
        })
        .collect();
    let cov = |i: isize, j: isize| {
        i >= 0 && j >= 0 && (i as usize) < nx && (j as usize) < ny && covered[j as usize * nx + i as usize]
    };
    // Directed boundary edges between grid vertices, interior on the right.
    let mut edges: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
    let mut count = 0;
    for j in 0..ny {
        for i in 0..nx {
            if !covered[j * nx + i] {
                continue;
            }
            let (ii, jj) = (i as isize, j as isize);
            let mut add = |a: (usize, usize), b: (usize, usize)| {
                edges.entry(a).or_default().push(b);
                count += 1;
            };
            if !cov(ii, jj - 1) {
                add((i, j), (i + 1, j));
            }
            if !cov(ii + 1, jj) {
                add((i + 1, j), (i + 1, j + 1));
            }
            if !cov(ii, jj + 1) {
                add((i + 1, j + 1), (i, j + 1));
            }
            if !cov(ii - 1, jj) {
                add((i, j + 1), (i, j));
            }
        }
    }
    let mut loops = Vec::new();
    let mut starts: Vec<(usize, usize)> = edges.keys().copied().collect();
    starts.sort_stable();
    for s in starts {
        while let Some(first) = edges.get_mut(&s).and_then(|v| v.pop()) {
            let mut verts = vec![s];
            let mut at = first;
            let mut guard = 0;
            while at != s && guard <= count {
                verts.push(at);
                match edges.get_mut(&at).and_then(|v| v.pop()) {
                    Some(next) => at = next,
                    None => break,
                }
                guard += 1;
            }
            let pts: Vec<Point> = verts.iter().map(|&(i, j)| pt(xs[i], ys[j])).collect();
            let pts = drop_collinear(pts);
            if pts.len() >= 4 {
                loops.push(pts);
            }
        }
    }
    loops
}

fn drop_collinear(pts: Vec<Point>) -> Vec<Point> {
    let n = pts.len();
    (0..n)
        .filter(|&k| {
            let (p, q, r) = (pts[(k + n - 1) % n], pts[k], pts[(k + 1) % n]);
            let cross = (q.x - p.x) * (r.y - q.y) - (q.y - p.y) * (r.x - q.x);
            cross.abs() > 1e-9
        })
        .map(|k| pts[k])
        .collect()
}

/// Path data of closed loops with every corner rounded (a quadratic curve through the
/// corner point, so the path's number pairs still trace the sharp outline).
fn rounded_path(loops: &[Vec<Point>], radius: f64) -> String {
    let mut d = String::new();
    let p = |q: Point| format!("{} {}", num(q.x), num(q.y));
    for l in loops {
        let n = l.len();
        for k in 0..n {
            let (prev, v, next) = (l[(k + n - 1) % n], l[k], l[(k + 1) % n]);
            let towards = |o: Point| {
                let len = (o.x - v.x).hypot(o.y - v.y);
                let r = radius.min(len / 2.0);
                pt(v.x + (o.x - v.x) / len * r, v.y + (o.y - v.y) / len * r)
            };
            let (a, b) = (towards(prev), towards(next));
            d.push_str(if k == 0 { "M" } else { "L" });
            d.push_str(&format!("{}Q{} {}", p(a), p(v), p(b)));
        }
        d.push('Z');
    }
    d
}

/// Dotted connectors that tie the separate outlines of one household together: a
/// minimum spanning tree over the parts, each edge between the nearest points of the
/// two nearest boxes.
fn connectors(parts: &[Vec<Rect>]) -> Vec<(Point, Point)> {
    let nearest = |a: &Vec<Rect>, b: &Vec<Rect>| {
        let mut best = (f64::INFINITY, pt(0.0, 0.0), pt(0.0, 0.0));
        for &ra in a {
            for &rb in b {
                let (pa, pb) = rect_gap(ra, rb);
                let d = (pa.x - pb.x).hypot(pa.y - pb.y);
                if d < best.0 {
                    best = (d, pa, pb);
                }
            }
        }
        best
    };
    let mut inside = vec![false; parts.len()];
    let mut out = Vec::new();
    if parts.is_empty() {
        return out;
    }
    inside[0] = true;
    for _ in 1..parts.len() {
        let mut best: Option<(f64, usize, Point, Point)> = None;
        for i in (0..parts.len()).filter(|&i| inside[i]) {
            for j in (0..parts.len()).filter(|&j| !inside[j]) {
                let (d, a, b) = nearest(&parts[i], &parts[j]);
                if best.is_none_or(|x| d < x.0) {
                    best = Some((d, j, a, b));
                }
            }
        }
        let Some((_, j, a, b)) = best else { break };
        inside[j] = true;
        out.push((a, b));
    }
    out
}

/// The nearest points of two boxes, centred on their shared span where they have one.
fn rect_gap(a: Rect, b: Rect) -> (Point, Point) {
    let axis = |a0: f64, a1: f64, b0: f64, b1: f64| -> (f64, f64) {
        if a1 < b0 {
            (a1, b0)
        } else if b1 < a0 {
            (a0, b1)
        } else {
            let m = (a0.max(b0) + a1.min(b1)) / 2.0;
            (m, m)
        }
    };
    let (ax, bx) = axis(a.0, a.2, b.0, b.2);
    let (ay, by) = axis(a.1, a.3, b.1, b.3);
    (pt(ax, ay), pt(bx, by))
}

/// Moves each household's label to the first of four places around its outline (above
/// at the left, above at the right, below at the left, below at the right) that no
/// family line runs through and no text already there overlaps; where none is clear,
/// it stays above at the left (its halo keeps it readable). `lines` are the family's
/// line pieces, `texts` the boxes of the persons' and unions' texts.
pub(crate) fn place_household_labels(households: &mut [Item], lines: &[(Point, Point)], texts: &[Rect]) {
    let mut taken: Vec<Rect> = texts.to_vec();
    for item in households.iter_mut() {
        let loops: Vec<Vec<Point>> = item.shapes.iter().flat_map(outlines).collect();
        let pts = loops.iter().flatten();
        let (x0, y0, x1, y1) = pts
            .fold((f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY), |(a, b, c, d), p| {
                (a.min(p.x), b.min(p.y), c.max(p.x), d.max(p.y))
            });
        if !x0.is_finite() {
            continue;
        }
        // The outline's top and bottom edges may be narrower than its box (a household
        // over two rows): the label keeps to the edge it stands by.
        let edge = |y: f64| {
            let xs = loops.iter().flatten().filter(|p| (p.y - y).abs() < 1.0).map(|p| p.x);
            xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| (a.min(x), b.max(x)))
        };
        let ((t0, t1), (b0, b1)) = (edge(y0), edge(y1));
        let Some(t) = item.shapes.iter_mut().find(|s| matches!(s.primitive, Primitive::Text { .. })) else { continue };
        let places = [
            (t0.min(x1) + 2.0, y0 - 5.0, Anchor::Start),
            (t1.max(x0) - 2.0, y0 - 5.0, Anchor::End),
            (b0.min(x1) + 2.0, y1 + 12.0, Anchor::Start),
            (b1.max(x0) - 2.0, y1 + 12.0, Anchor::End),
        ];
        let clear = |s: &Shape| {
            text_box(s).is_some_and(|b| {
                !lines.iter().any(|&(p, q)| segment_hits_rect(p, q, b))
                    && !taken.iter().any(|r| b.0 < r.2 && r.0 < b.2 && b.1 < r.3 && r.1 < b.3)
            })
        };
        for (x, y, a) in places {
            let mut moved = t.clone();
            if let Primitive::Text { x: tx, y: ty, anchor, .. } = &mut moved.primitive {
                (*tx, *ty, *anchor) = (x, y, a);
            }
            if clear(&moved) {
                *t = moved;
                break;
            }
        }
        taken.extend(text_box(t));
    }
}
