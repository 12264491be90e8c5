//! Routing emotional relation lines: straight where that passes nothing, otherwise the
//! gentlest curve (to either side) that keeps clear of symbols and texts it does not
//! connect, as someone drawing by hand bends a line around what is in the way.

use super::quality_routes::{segment_hits_rect, Rect};
use crate::kernel::geom::{along, frame, pt};
use crate::kernel::shape::Point;
use crate::kernel::sort::SortExt;
use crate::kernel::track::Track;

/// How far strokes reach beside a relation's track (parallel lines, zigzags, marks).
const SIDE: f64 = 6.0;

/// Gap between a symbol's edge and the start of its relation line.
pub(crate) const END_GAP: f64 = 4.0;

/// Sideways reach of the curves tried, as fractions of the distance between the two
/// persons (a bulge) and as absolute heights (an arch that leaves at a slant).
const BULGES: [f64; 5] = [0.12, 0.22, 0.32, 0.45, 0.6];
const ARCHES: [f64; 5] = [36.0, 54.0, 76.0, 100.0, 130.0];

/// How far a line that leaves a symbol sideways runs out before it bends.
const SIDE_EXITS: [f64; 4] = [30.0, 50.0, 80.0, 120.0];

/// How far an elbow runs out sideways before it turns, and the radius of its corners.
const ELBOWS: [f64; 5] = [40.0, 60.0, 85.0, 110.0, 140.0];
const CORNER: f64 = 12.0;

/// A polyline with its inner corners rounded (each by at most half of its shorter leg).
fn rounded(pts: &[Point], r: f64) -> Track {
    let mut out = vec![pts[0]];
    for w in pts.windows(3) {
        let (p, c, q) = (w[0], w[1], w[2]);
        let (l1, l2) = ((c.x - p.x).hypot(c.y - p.y), (q.x - c.x).hypot(q.y - c.y));
        let k = r.min(l1 / 2.0).min(l2 / 2.0);
        if k < 0.5 {
            out.push(c);
            continue;
        }
        let s = pt(c.x + (p.x - c.x) * k / l1, c.y + (p.y - c.y) * k / l1);
        let e = pt(c.x + (q.x - c.x) * k / l2, c.y + (q.y - c.y) * k / l2);
        for i in 0..=6 {
            let t = i as f64 / 6.0;
            let m = 1.0 - t;
            out.push(pt(m * m * s.x + 2.0 * m * t * c.x + t * t * e.x, m * m * s.y + 2.0 * m * t * c.y + t * t * e.y));
        }
    }
    out.push(pts[pts.len() - 1]);
    out.dedup_by(|a, b| (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9);
    Track::new(out)
}

/// How close a relation line may run beside a family line before a reader takes the
/// two for one, and the length of such a stretch that counts as one defect.
const ALONG_GAP: f64 = 10.0;
const ALONG_UNIT: f64 = 12.0;

/// How far the track runs along one of `lines` (family lines), closer than
/// [`ALONG_GAP`] and at most 30° from parallel to it.
fn along_lines(t: &Track, lines: &[(Point, Point)]) -> f64 {
    let mut total = 0.0;
    for w in t.points().windows(2) {
        let (p, q) = (w[0], w[1]);
        let piece = (q.x - p.x).hypot(q.y - p.y);
        if piece < 1e-9 {
            continue;
        }
        let m = pt((p.x + q.x) / 2.0, (p.y + q.y) / 2.0);
        let close = lines.iter().any(|&(r, s)| {
            let (dx, dy) = (s.x - r.x, s.y - r.y);
            let l2 = dx * dx + dy * dy;
            if l2 < 1e-9 {
                return false;
            }
            let k = (((m.x - r.x) * dx + (m.y - r.y) * dy) / l2).clamp(0.0, 1.0);
            let near = (m.x - r.x - k * dx).hypot(m.y - r.y - k * dy) < ALONG_GAP;
            // |cos| of the angle between the piece and the line.
            let cos = ((q.x - p.x) * dx + (q.y - p.y) * dy).abs() / (piece * l2.sqrt());
            near && cos > 0.866
        });
        if close {
            total += piece;
        }
    }
    total
}

/// The box around `pts`: (left, top, right, bottom).
fn bbox(pts: &[Point]) -> (f64, f64, f64, f64) {
    pts.iter().fold((f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY), |(x0, y0, x1, y1), p| {
        (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y))
    })
}

/// A track from the symbol at `a` (reaching `ra` from its centre) to the one at `b`,
/// cut back to the symbol edges, that crosses as few `obstacles` as possible, then runs
/// least along the family's `lines` (union lines, child bars and lines: a relation
/// line on top of one would read as part of it), then bends least; `None` when the
/// symbols are too close for a line.
pub(crate) fn route(
    a: Point,
    ra: f64,
    b: Point,
    rb: f64,
    obstacles: &[Rect],
    lines: &[(Point, Point)],
) -> Option<Track> {
    let (u, n, len) = frame(a, b);
    let (ca, cb) = (ra + END_GAP, rb + END_GAP);
    if len <= ca + cb + 4.0 {
        return None;
    }
    // Only what lies near the widest candidate can be hit.
    let reach = (len * BULGES[BULGES.len() - 1] / 2.0).max(ARCHES[ARCHES.len() - 1]) + 10.0;
    // Obstacles grow by what is drawn beside the track (parallel strokes, zigzag teeth).
    let near: Vec<Rect> = obstacles
        .iter()
        .map(|r| (r.0 - SIDE, r.1 - SIDE, r.2 + SIDE, r.3 + SIDE))
        .filter(|r| {
            r.2 > a.x.min(b.x) - reach
                && r.0 < a.x.max(b.x) + reach
                && r.3 > a.y.min(b.y) - reach
                && r.1 < a.y.max(b.y) + reach
        })
        .collect();
    let near_lines: Vec<(Point, Point)> = lines
        .iter()
        .copied()
        .filter(|(p, q)| {
            p.x.max(q.x) > a.x.min(b.x) - reach
                && p.x.min(q.x) < a.x.max(b.x) + reach
                && p.y.max(q.y) > a.y.min(b.y) - reach
                && p.y.min(q.y) < a.y.max(b.y) + reach
        })
        .collect();
    // Defects: obstacles crossed, then stretches along family lines. Counting stops
    // once a track has crossed more than `limit` obstacles: it cannot win any more.
    let hits = |t: &Track, limit: usize| -> (usize, usize) {
        let pts = t.points();
        let (x0, y0, x1, y1) = bbox(pts);
        let mut crossed = 0;
        for &r in &near {
            // Most obstacles lie clear of the track's box: skip its segments for those.
            if r.2 < x0 || r.0 > x1 || r.3 < y0 || r.1 > y1 {
                continue;
            }
            if pts.windows(2).any(|w| segment_hits_rect(w[0], w[1], r)) {
                crossed += 1;
                if crossed > limit {
                    return (crossed, 0);
                }
            }
        }
        let lines: Vec<(Point, Point)> = near_lines
            .iter()
            .copied()
            .filter(|(p, q)| {
                p.x.max(q.x) >= x0 - ALONG_GAP
                    && p.x.min(q.x) <= x1 + ALONG_GAP
                    && p.y.max(q.y) >= y0 - ALONG_GAP
                    && p.y.min(q.y) <= y1 + ALONG_GAP
            })
            .collect();
        (crossed, (along_lines(t, &lines) / ALONG_UNIT).round() as usize)
    };
    let straight = Track::straight(a, b).trimmed(a, ca, b, cb)?;
    let mut best = (hits(&straight, usize::MAX), 0.0, straight);
    if best.0 == (0, 0) {
        return Some(best.2);
    }
    let mut candidates: Vec<(f64, Track)> = Vec::new();
    for side in [1.0, -1.0] {
        for k in BULGES {
            // A quadratic bulge as a cubic: control points 2/3 of the way to the apex.
            let apex = along(a, u, len / 2.0, n, side * k * len);
            let c1 = pt(a.x + (apex.x - a.x) * 2.0 / 3.0, a.y + (apex.y - a.y) * 2.0 / 3.0);
            let c2 = pt(b.x + (apex.x - b.x) * 2.0 / 3.0, b.y + (apex.y - b.y) * 2.0 / 3.0);
            candidates.push((k * len / 2.0, Track::cubic(a, c1, c2, b, 24)));
        }
        for h in ARCHES {
            let c1 = along(a, u, len * 0.25, n, side * h);
            let c2 = along(b, u, -len * 0.25, n, side * h);
            candidates.push((h * 0.75, Track::cubic(a, c1, c2, b, 24)));
        }
    }
    // Lines that leave a symbol sideways and enter the other from its side or from
    // above: the way round a person's own name below the symbol (and the years above).
    for sa in [1.0, -1.0] {
        for h in SIDE_EXITS {
            let c1 = pt(a.x + sa * h, a.y);
            for (enter, c2) in [
                (0.0, pt(b.x, b.y - (b.y - a.y).signum() * h)),
                (1.0, pt(b.x + sa * h, b.y)),
                (1.0, pt(b.x - sa * h, b.y)),
            ] {
                // Bending costs more than a bulge of the same reach: prefer the plain
                // curves where they are as clear.
                candidates.push((h + 20.0 + enter * 10.0, Track::cubic(a, c1, c2, b, 24)));
            }
        }
    }
    // Elbows that run out sideways past the person's own name before they turn
    // towards the other person (entering from the side, or from above).
    let above = (b.y - a.y).signum();
    for sa in [1.0, -1.0] {
        for h in ELBOWS {
            let x1 = a.x + sa * h;
            let side = if (b.x - x1).abs() < 1.0 { 0.0 } else { (b.x - x1).signum() };
            // Above the other person's years (or below their name), or half way.
            let mids = [b.y - above * (cb + 34.0), b.y - above * (cb + 50.0), (a.y + b.y) / 2.0];
            let mut shapes = vec![(0.0, vec![a, pt(x1, a.y), pt(x1, b.y), b])];
            // From above, right of the years (written to the left of the symbol's top).
            let bx = b.x + 0.4 * rb;
            shapes.extend(mids.iter().map(|&m| (10.0, vec![a, pt(x1, a.y), pt(x1, m), pt(bx, m), pt(bx, b.y)])));
            for (extra, pts) in shapes {
                if side == 0.0 && pts.len() == 4 {
                    continue;
                }
                let path_len: f64 = pts.windows(2).map(|w| (w[1].x - w[0].x).hypot(w[1].y - w[0].y)).sum();
                candidates.push((40.0 + extra + (path_len - len), rounded(&pts, CORNER)));
            }
        }
    }
    // Gentlest first (a stable sort: of equal bends the first listed wins, as before),
    // so the first track that is fully clear ends the search.
    candidates.sort_stable_by(|x, y| x.0.total_cmp(&y.0));
    for (bend, t) in candidates {
        if best.0 == (0, 0) {
            break;
        }
        let Some(t) = t.trimmed(a, ca, b, cb) else { continue };
        let h = hits(&t, best.0 .0);
        if h < best.0 || (h == best.0 && bend < best.1) {
            best = (h, bend, t);
        }
    }
    Some(best.2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::scene::quality_routes::segment_hits_rect;

    fn crosses(t: &Track, r: Rect) -> bool {
        t.points().windows(2).any(|w| segment_hits_rect(w[0], w[1], r))
    }

    #[test]
    fn a_line_to_a_child_below_leaves_sideways_round_the_own_name() {
        // A parent at (0, 0) with a wide name below and years above; the child down
        // and to the right, with its years above-left. Bulges and arches all leave
        // through the name or the years.
        let (a, b) = (pt(0.0, 0.0), pt(60.0, 160.0));
        let name = (-60.0, 25.0, 60.0, 40.0);
        let years = (-45.0, -40.0, 45.0, -26.0);
        let child_years = (10.0, 118.0, 57.0, 130.0);
        assert!(crosses(&Track::straight(a, b), name), "the straight line would cross the name");
        let t = route(a, 20.0, b, 20.0, &[name, years, child_years], &[]).expect("far enough apart");
        for r in [name, years, child_years] {
            assert!(!crosses(&t, (r.0 - SIDE, r.1 - SIDE, r.2 + SIDE, r.3 + SIDE)), "{r:?}: {:?}", t.points());
        }
    }

    #[test]
    fn a_line_does_not_run_along_a_family_line() {
        // The way round the name that a line takes when nothing else is there...
        let (a, b) = (pt(0.0, 0.0), pt(40.0, 160.0));
        let name = (-60.0, 25.0, 60.0, 40.0);
        let free = route(a, 20.0, b, 20.0, &[name], &[]).expect("far enough apart");
        // ...runs down at its outermost x: put a union line exactly there.
        let x = free.points().iter().map(|p| p.x).fold(f64::MIN, f64::max);
        let union_line = (pt(x, -10.0), pt(x, 170.0));
        assert!(along_lines(&free, &[union_line]) >= ALONG_UNIT, "the free route runs along it: {:?}", free.points());
        let t = route(a, 20.0, b, 20.0, &[name], &[union_line]).expect("far enough apart");
        assert!(along_lines(&t, &[union_line]) < ALONG_UNIT, "{:?}", t.points());
        assert!(!crosses(&t, name), "{:?}", t.points());
    }

    #[test]
    fn a_straight_line_stays_straight_when_nothing_is_in_the_way() {
        let t = route(pt(0.0, 0.0), 20.0, pt(200.0, 0.0), 20.0, &[], &[]).expect("far enough apart");
        assert!(t.is_straight());
    }
}
