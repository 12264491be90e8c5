//! A track: the path a styled line follows (straight or a flattened curve), measured by
//! arc length, so parallel strokes, zigzags, marks and arrowheads can be laid along a
//! curve as easily as along a straight line.

use super::geom::{along, frame, pt};
use super::shape::{Point, Shape, Style};

/// A polyline measured by arc length; two points for a straight line.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Track {
    pts: Vec<Point>,
    cum: Vec<f64>,
}

impl Track {
    /// A track through the points (at least two).
    pub(crate) fn new(pts: Vec<Point>) -> Self {
        let mut cum = Vec::with_capacity(pts.len());
        let mut s = 0.0;
        for (k, p) in pts.iter().enumerate() {
            if k > 0 {
                s += (p.x - pts[k - 1].x).hypot(p.y - pts[k - 1].y);
            }
            cum.push(s);
        }
        Track { pts, cum }
    }

    /// The straight track from `a` to `b`.
    pub(crate) fn straight(a: Point, b: Point) -> Self {
        Track::new(vec![a, b])
    }

    /// A cubic Bézier from `a` to `b` with control points `c1`, `c2`, flattened.
    pub(crate) fn cubic(a: Point, c1: Point, c2: Point, b: Point, pieces: usize) -> Self {
        let pts = (0..=pieces)
            .map(|k| {
                let t = k as f64 / pieces as f64;
                let m = 1.0 - t;
                let (w0, w1, w2, w3) = (m * m * m, 3.0 * m * m * t, 3.0 * m * t * t, t * t * t);
                pt(w0 * a.x + w1 * c1.x + w2 * c2.x + w3 * b.x, w0 * a.y + w1 * c1.y + w2 * c2.y + w3 * b.y)
            })
            .collect();
        Track::new(pts)
    }

    /// The points of the track.
    pub(crate) fn points(&self) -> &[Point] {
        &self.pts
    }

    /// Whether the track is one straight segment.
    pub(crate) fn is_straight(&self) -> bool {
        self.pts.len() == 2
    }

    /// Length of the track.
    pub(crate) fn len(&self) -> f64 {
        *self.cum.last().unwrap_or(&0.0)
    }

    /// The point at arc length `s` (clamped), the unit direction there and its left normal.
    pub(crate) fn at(&self, s: f64) -> (Point, Point, Point) {
        let s = s.clamp(0.0, self.len());
        let k = self.cum.partition_point(|&c| c < s).clamp(1, self.pts.len().max(2) - 1);
        let (a, b) = (self.pts[k - 1], self.pts[k]);
        let (u, n, _) = frame(a, b);
        (along(a, u, s - self.cum[k - 1], n, 0.0), u, n)
    }

    /// The part of the track between arc lengths `s0` and `s1`.
    pub(crate) fn sub(&self, s0: f64, s1: f64) -> Track {
        if self.is_straight() {
            let (u, n, _) = frame(self.pts[0], self.pts[1]);
            return Track::straight(along(self.pts[0], u, s0, n, 0.0), along(self.pts[0], u, s1, n, 0.0));
        }
        let mut pts = vec![self.at(s0).0];
        pts.extend((0..self.pts.len()).filter(|&k| self.cum[k] > s0 && self.cum[k] < s1).map(|k| self.pts[k]));
        pts.push(self.at(s1).0);
        Track::new(pts)
    }

    /// The track shifted sideways by `t` along its normal (per vertex, the mean normal
    /// of its two segments).
    pub(crate) fn offset(&self, t: f64) -> Vec<Point> {
        let n = self.pts.len();
        (0..n)
            .map(|k| {
                let (a, b) = (self.pts[k.saturating_sub(1)], self.pts[(k + 1).min(n - 1)]);
                let (_, nn, _) = frame(a, b);
                along(self.pts[k], pt(0.0, 0.0), 0.0, nn, t)
            })
            .collect()
    }

    /// One stroke along the track at sideways offset `t`: a line when straight.
    pub(crate) fn stroke(&self, t: f64, style: Style) -> Shape {
        let p = self.offset(t);
        if p.len() == 2 {
            Shape::line(p[0], p[1], style)
        } else {
            Shape::polyline(p, style)
        }
    }

    /// A zigzag along the track with the given amplitude and wavelength.
    pub(crate) fn zigzag(&self, amplitude: f64, wavelength: f64) -> Vec<Point> {
        let len = self.len();
        let steps = ((len / (wavelength / 2.0)).floor() as usize).max(2);
        let step = len / steps as f64;
        let mut out = Vec::with_capacity(steps + 1);
        out.push(self.pts[0]);
        for i in 1..steps {
            let side = if i % 2 == 1 { amplitude } else { -amplitude };
            let (p, _, n) = self.at(step * i as f64);
            out.push(along(p, pt(0.0, 0.0), 0.0, n, side));
        }
        out.push(*self.pts.last().expect("a track has points"));
        out
    }

    /// The track without what lies within `ra` of `ca` at its start and within `rb` of
    /// `cb` at its end (the symbols it joins); `None` when nothing is left.
    pub(crate) fn trimmed(&self, ca: Point, ra: f64, cb: Point, rb: f64) -> Option<Track> {
        let len = self.len();
        let n = self.pts.len();
        // Arc length from one end to where the track first leaves the circle: the
        // first point outside it, then exactly on the segment before that point.
        let leave = |c: Point, r: f64, from_start: bool| {
            let at = |k: usize| if from_start { k } else { n - 1 - k };
            let from_end = |k: usize| if from_start { self.cum[at(k)] } else { len - self.cum[at(k)] };
            let outside = (0..n).find(|&k| {
                let p = self.pts[at(k)];
                (p.x - c.x).hypot(p.y - c.y) >= r
            });
            match outside {
                None => len,
                Some(0) => 0.0,
                Some(k) => {
                    let (p, q) = (self.pts[at(k - 1)], self.pts[at(k)]);
                    let (dx, dy, fx, fy) = (q.x - p.x, q.y - p.y, p.x - c.x, p.y - c.y);
                    let a = dx * dx + dy * dy;
                    let b = 2.0 * (fx * dx + fy * dy);
                    let cc = fx * fx + fy * fy - r * r;
                    let t = if a < 1e-18 {
                        1.0
                    } else {
                        ((-b + (b * b - 4.0 * a * cc).max(0.0).sqrt()) / (2.0 * a)).clamp(0.0, 1.0)
                    };
                    from_end(k - 1) + t * (from_end(k) - from_end(k - 1))
                }
            }
        };
        let (s0, s1) = (leave(ca, ra, true), len - leave(cb, rb, false));
        if s1 - s0 < 4.0 {
            return None;
        }
        Some(self.sub(s0, s1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_track_is_measured_and_trimmed_exactly() {
        let t = Track::straight(pt(0.0, 0.0), pt(100.0, 0.0));
        assert_eq!(t.len(), 100.0);
        let (p, u, n) = t.at(25.0);
        assert_eq!((p, u, n), (pt(25.0, 0.0), pt(1.0, 0.0), pt(0.0, 1.0)));
        let cut = t.trimmed(pt(0.0, 0.0), 10.0, pt(100.0, 0.0), 20.0).unwrap();
        assert!((cut.points()[0].x - 10.0).abs() < 1e-6 && (cut.points()[1].x - 80.0).abs() < 1e-6);
        assert!(t.trimmed(pt(0.0, 0.0), 60.0, pt(100.0, 0.0), 40.0).is_none());
    }

    #[test]
    fn a_curve_is_trimmed_where_it_leaves_each_circle() {
        let t = Track::cubic(pt(0.0, 0.0), pt(30.0, -60.0), pt(70.0, -60.0), pt(100.0, 0.0), 24);
        let cut = t.trimmed(pt(0.0, 0.0), 22.0, pt(100.0, 0.0), 31.0).unwrap();
        let (first, last) = (cut.points()[0], *cut.points().last().unwrap());
        assert!((first.x.hypot(first.y) - 22.0).abs() < 1e-9, "{first:?}");
        assert!(((last.x - 100.0).hypot(last.y) - 31.0).abs() < 1e-9, "{last:?}");
        // Everything kept lies outside both circles.
        assert!(cut.points().iter().all(|p| p.x.hypot(p.y) >= 22.0 - 1e-9 && (p.x - 100.0).hypot(p.y) >= 31.0 - 1e-9));
        // A circle that holds the whole track leaves nothing.
        assert!(t.trimmed(pt(50.0, -20.0), 80.0, pt(100.0, 0.0), 1.0).is_none());
    }

    #[test]
    fn a_curve_bulges_and_its_pieces_follow_it() {
        let t = Track::cubic(pt(0.0, 0.0), pt(30.0, -60.0), pt(70.0, -60.0), pt(100.0, 0.0), 24);
        let (mid, u, _) = t.at(t.len() / 2.0);
        assert!((mid.x - 50.0).abs() < 1.0 && (mid.y + 45.0).abs() < 1.0, "{mid:?}");
        assert!(u.x > 0.99, "flat at the top");
        let half = t.sub(0.0, t.len() / 2.0);
        assert!((half.len() - t.len() / 2.0).abs() < 1e-6);
        assert!(t.zigzag(4.0, 10.0).len() > 10);
    }
}
