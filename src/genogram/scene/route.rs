//! Routing emotional relation lines: straight where that passes nothing, otherwise the
//! gentlest curve (to either side) that keeps clear of symbols and texts it does not
//! connect, as someone drawing by hand bends a line around what is in the way.

use super::quality_routes::{segment_hits_rect, Rect};
use crate::kernel::geom::{along, frame, pt};
use crate::kernel::shape::Point;
use crate::kernel::track::Track;

/// How far strokes reach beside a relation's track (parallel lines, zigzags, marks).
const SIDE: f64 = 6.0;

/// Gap between a symbol's edge and the start of its relation line.
pub(crate) const END_GAP: f64 = 4.0;

/// Sideways reach of the curves tried, as fractions of the distance between the two
/// persons (a bulge) and as absolute heights (an arch that leaves at a slant).
const BULGES: [f64; 5] = [0.12, 0.22, 0.32, 0.45, 0.6];
const ARCHES: [f64; 5] = [36.0, 54.0, 76.0, 100.0, 130.0];

/// A track from the symbol at `a` (reaching `ra` from its centre) to the one at `b`,
/// cut back to the symbol edges, that crosses as few `obstacles` as possible (then bends
/// least); `None` when the symbols are too close for a line.
pub(crate) fn route(a: Point, ra: f64, b: Point, rb: f64, obstacles: &[Rect]) -> Option<Track> {
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
    let hits = |t: &Track| -> usize {
        near.iter().filter(|&&r| t.points().windows(2).any(|w| segment_hits_rect(w[0], w[1], r))).count()
    };
    let straight = Track::straight(a, b).trimmed(a, ca, b, cb)?;
    let mut best = (hits(&straight), 0.0, straight);
    if best.0 == 0 {
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
    for (bend, t) in candidates {
        let Some(t) = t.trimmed(a, ca, b, cb) else { continue };
        let h = hits(&t);
        if h < best.0 || (h == best.0 && bend < best.1) {
            best = (h, bend, t);
        }
    }
    Some(best.2)
}
