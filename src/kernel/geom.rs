//! Small geometry helpers: clipping, hatching, arrowheads, bounds.

use super::geometry::Bounds;
use super::text::{FontWeight, ASCENT_EM, DESCENT_EM};
use crate::kernel::shape::{num, Anchor, Point, Primitive, Shape, Weight};

/// A point.
pub(crate) fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

/// A regular polygon approximating a circle (fine enough at symbol size: the real
/// circle outline is drawn over it).
pub(crate) fn circle_polygon(c: Point, r: f64, n: usize) -> Vec<Point> {
    (0..n)
        .map(|i| {
            let a = std::f64::consts::TAU * i as f64 / n as f64;
            pt(c.x + r * a.cos(), c.y + r * a.sin())
        })
        .collect()
}

/// Sutherland–Hodgman: the part of `poly` inside the axis-aligned rectangle.
pub(crate) fn clip_to_rect(poly: &[Point], x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<Point> {
    // Each edge: inside test and intersection with the boundary line.
    let mut out = poly.to_vec();
    type Edge = (fn(Point, f64) -> bool, fn(Point, Point, f64) -> Point, f64);
    let edges: [Edge; 4] = [
        (|p, v| p.x >= v, |a, b, v| pt(v, a.y + (b.y - a.y) * (v - a.x) / (b.x - a.x)), x0),
        (|p, v| p.x <= v, |a, b, v| pt(v, a.y + (b.y - a.y) * (v - a.x) / (b.x - a.x)), x1),
        (|p, v| p.y >= v, |a, b, v| pt(a.x + (b.x - a.x) * (v - a.y) / (b.y - a.y), v), y0),
        (|p, v| p.y <= v, |a, b, v| pt(a.x + (b.x - a.x) * (v - a.y) / (b.y - a.y), v), y1),
    ];
    for (inside, cut, v) in edges {
        if out.is_empty() {
            break;
        }
        let input = std::mem::take(&mut out);
        let mut prev = *input.last().expect("non-empty");
        for &cur in &input {
            match (inside(prev, v), inside(cur, v)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cut(prev, cur, v)),
                (false, true) => {
                    out.push(cut(prev, cur, v));
                    out.push(cur);
                }
                (false, false) => {}
            }
            prev = cur;
        }
    }
    out
}

/// Cyrus–Beck: the part of segment `a`–`b` inside the convex polygon (either winding).
pub(crate) fn clip_segment_convex(a: Point, b: Point, poly: &[Point]) -> Option<(Point, Point)> {
    if poly.len() < 3 {
        return None;
    }
    let area: f64 = (0..poly.len())
        .map(|i| {
            let (p, q) = (poly[i], poly[(i + 1) % poly.len()]);
            p.x * q.y - q.x * p.y
        })
        .sum();
    let sign = if area >= 0.0 { 1.0 } else { -1.0 };
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    let d = pt(b.x - a.x, b.y - a.y);
    for i in 0..poly.len() {
        let (p, q) = (poly[i], poly[(i + 1) % poly.len()]);
        // Inward normal of edge p→q.
        let n = pt(-(q.y - p.y) * sign, (q.x - p.x) * sign);
        let num_ = n.x * (a.x - p.x) + n.y * (a.y - p.y);
        let den = n.x * d.x + n.y * d.y;
        if den.abs() < 1e-12 {
            if num_ < 0.0 {
                return None;
            }
            continue;
        }
        let t = -num_ / den;
        if den > 0.0 {
            t0 = t0.max(t);
        } else {
            t1 = t1.min(t);
        }
        if t0 > t1 {
            return None;
        }
    }
    Some((pt(a.x + d.x * t0, a.y + d.y * t0), pt(a.x + d.x * t1, a.y + d.y * t1)))
}

/// The bounding box `(x0, y0, x1, y1)` of a polygon; infinite for an empty one.
pub(crate) fn bounding_box(poly: &[Point]) -> (f64, f64, f64, f64) {
    poly.iter().fold((f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY), |(x0, y0, x1, y1), p| {
        (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y))
    })
}

/// Path data of 45° hatch lines `spacing` apart, clipped to a convex polygon.
pub(crate) fn hatch_path(poly: &[Point], spacing: f64) -> String {
    let (x0, y0, x1, y1) = bounding_box(poly);
    let mut d = String::new();
    if !x0.is_finite() {
        return d;
    }
    // Lines x - y = c, anchored to multiples of the spacing so neighbours line up.
    let (c_min, c_max) = (x0 - y1, x1 - y0);
    let mut c = (c_min / spacing).ceil() * spacing;
    while c <= c_max {
        let a = pt(y0 + c - 1.0, y0 - 1.0);
        let b = pt(y1 + c + 1.0, y1 + 1.0);
        if let Some((p, q)) = clip_segment_convex(a, b, poly) {
            if (q.x - p.x).hypot(q.y - p.y) > 0.5 {
                d.push_str(&format!("M{} {}L{} {}", num(p.x), num(p.y), num(q.x), num(q.y)));
            }
        }
        c += spacing;
    }
    d
}

/// Unit direction and left normal of the segment `a`→`b` (zero for a degenerate one).
pub(crate) fn frame(a: Point, b: Point) -> (Point, Point, f64) {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len = dx.hypot(dy);
    if len < 1e-9 {
        return (pt(1.0, 0.0), pt(0.0, 1.0), 0.0);
    }
    let u = pt(dx / len, dy / len);
    (u, pt(-u.y, u.x), len)
}

/// `p + u * s + n * t`.
pub(crate) fn along(p: Point, u: Point, s: f64, n: Point, t: f64) -> Point {
    pt(p.x + u.x * s + n.x * t, p.y + u.y * s + n.y * t)
}

/// A filled arrowhead with its tip at `tip`, pointing along `u`.
pub(crate) fn arrowhead(tip: Point, u: Point, length: f64, half_width: f64) -> Vec<Point> {
    let n = pt(-u.y, u.x);
    vec![tip, along(tip, u, -length, n, half_width), along(tip, u, -length, n, -half_width)]
}

/// Grows `b` to include the rectangle.
pub(crate) fn grow(b: &mut Option<Bounds>, x0: f64, y0: f64, x1: f64, y1: f64) {
    let g = b.get_or_insert(Bounds { min_x: x0, min_y: y0, max_x: x1, max_y: y1 });
    g.min_x = g.min_x.min(x0);
    g.min_y = g.min_y.min(y0);
    g.max_x = g.max_x.max(x1);
    g.max_y = g.max_y.max(y1);
}

/// Width of a text in normal weight, from the drawing font's glyph widths
/// ([`crate::kernel::text`]).
pub(crate) fn text_width(text: &str, size: f64) -> f64 {
    super::text::text_width(text, size, FontWeight::Normal)
}

/// The font weight [`crate::kernel::text`] measures for a shape's [`Weight`].
pub(crate) fn font_weight(w: Weight) -> FontWeight {
    match w {
        Weight::Normal => FontWeight::Normal,
        Weight::Bold => FontWeight::Bold,
    }
}

/// The box a text shape's glyphs occupy, `(x0, y0, x1, y1)`: its measured advance width
/// placed by its anchor, from the font's ascent above the baseline to its descent below.
/// `None` for shapes that are not text.
pub(crate) fn text_box(s: &Shape) -> Option<(f64, f64, f64, f64)> {
    let Primitive::Text { x, y, text, anchor, size, weight, .. } = &s.primitive else { return None };
    let tw = super::text::text_width(text, *size, font_weight(*weight));
    let x0 = match anchor {
        Anchor::Start => *x,
        Anchor::Middle => x - tw / 2.0,
        Anchor::End => x - tw,
    };
    Some((x0, y - size * ASCENT_EM, x0 + tw, y + size * DESCENT_EM))
}

/// Grows `b` by a shape's extent (stroke included, text estimated).
pub(crate) fn grow_shape(b: &mut Option<Bounds>, s: &Shape) {
    let w = s.style.stroke.map_or(0.0, |_| s.style.stroke_width / 2.0);
    match &s.primitive {
        Primitive::Rect { x, y, width, height, .. } => grow(b, x - w, y - w, x + width + w, y + height + w),
        Primitive::Circle { cx, cy, r } => grow(b, cx - r - w, cy - r - w, cx + r + w, cy + r + w),
        Primitive::Ellipse { cx, cy, rx, ry } => grow(b, cx - rx - w, cy - ry - w, cx + rx + w, cy + ry + w),
        Primitive::Polygon(p) | Primitive::Polyline(p) => {
            for q in p {
                grow(b, q.x - w, q.y - w, q.x + w, q.y + w);
            }
        }
        Primitive::Path(d) => {
            // Our paths use absolute M/L/Q/A commands with plain number pairs; take every
            // pair as a point (control points only make the box larger, never smaller).
            let nums: Vec<f64> = d
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == ',')
                .filter_map(|t| t.parse().ok())
                .collect();
            for pair in nums.chunks_exact(2) {
                grow(b, pair[0] - w, pair[1] - w, pair[0] + w, pair[1] + w);
            }
        }
        Primitive::Line { x1, y1, x2, y2 } => {
            grow(b, x1.min(*x2) - w, y1.min(*y2) - w, x1.max(*x2) + w, y1.max(*y2) + w)
        }
        Primitive::Text { .. } => {
            let (x0, y0, x1, y1) = text_box(s).expect("a text shape");
            grow(b, x0, y0, x1, y1);
        }
    }
}
