//! Drawing helpers for the netwerkkaart scene: colours, symbols, zigzags, arrowheads,
//! text fitting and bounds.

use crate::kernel::{Anchor, Primitive, Shape, Style, Weight};
use crate::kernel::{Bounds, Point};

/// Ink for outlines, lines and text.
pub(crate) const INK: &str = "#000";
/// Secondary text (roles, ring names).
pub(crate) const GREY: &str = "#555";
/// Ring circles and wedge edges.
pub(crate) const GUIDE: &str = "#9e9e9e";
/// Alternating wedge tints, so neighbouring sectors read apart; the third is for the
/// last of an odd number of wedges, which borders the first one too (see [`wedge_tint`]).
pub(crate) const WEDGE_TINTS: [&str; 3] = ["#f5f5f5", "#fcfcfc", "#f9f9f9"];

/// The tint of wedge `i` of `k`: alternating, and with an odd number of wedges the
/// last one (which meets both the first and the one before it, each of the other tint
/// pair) gets the third tint, so no two neighbours look alike.
pub(crate) fn wedge_tint(i: usize, k: usize) -> &'static str {
    if k > 1 && k % 2 == 1 && i + 1 == k {
        WEDGE_TINTS[2]
    } else {
        WEDGE_TINTS[i % 2]
    }
}
/// Fill of formal actors (also marked "F").
pub(crate) const FORMAL_FILL: &str = "#bdbdbd";
/// Fill of hybrid actors (also marked "H").
pub(crate) const HYBRID_FILL: &str = "#e6e6e6";
/// Fill of informal actors (also marked "I").
pub(crate) const INFORMAL_FILL: &str = "#fff";
/// Colour cue of a conflict (never the only cue: zigzag and cross-mark too).
pub(crate) const CONFLICT: &str = "#c62828";
/// Colour cue of a stressful tie (the zigzag is the real cue).
pub(crate) const STRESS: &str = "#8d4a00";
/// Colour cue of a positive tie (a "+" by the support letters is the real cue).
pub(crate) const POSITIVE: &str = "#1b5e20";

/// Half the size of an actor symbol.
pub(crate) const ACTOR_HALF: f64 = 20.0;
/// Radius of the centre symbol.
pub(crate) const CENTRE_R: f64 = 28.0;

pub(crate) fn pt(x: f64, y: f64) -> Point {
    Point::new(x, y)
}

pub(crate) fn sub(a: Point, b: Point) -> Point {
    pt(a.x - b.x, a.y - b.y)
}

pub(crate) fn len(v: Point) -> f64 {
    v.x.hypot(v.y)
}

/// The unit vector from `a` to `b` (zero when they coincide).
pub(crate) fn unit(a: Point, b: Point) -> Point {
    let d = sub(b, a);
    let l = len(d);
    if l < 1e-9 {
        pt(0.0, 0.0)
    } else {
        pt(d.x / l, d.y / l)
    }
}

/// `p + v * t`.
pub(crate) fn along(p: Point, v: Point, t: f64) -> Point {
    pt(p.x + v.x * t, p.y + v.y * t)
}

/// The normal of a unit vector (turned a quarter clockwise on screen).
pub(crate) fn normal(v: Point) -> Point {
    pt(-v.y, v.x)
}

/// A text shape, optionally bold, in a colour, with a white halo so it reads over lines.
pub(crate) fn text(
    x: f64,
    y: f64,
    s: impl Into<String>,
    anchor: Anchor,
    size: f64,
    bold: bool,
    colour: &'static str,
) -> Shape {
    Shape::new(
        Primitive::Text {
            x,
            y,
            text: s.into(),
            anchor,
            size,
            weight: if bold { Weight::Bold } else { Weight::Normal },
            halo: true,
        },
        Style::fill(colour),
    )
}

/// A rounded rectangle.
pub(crate) fn rounded(x: f64, y: f64, w: f64, h: f64, rx: f64, style: Style) -> Shape {
    Shape::new(Primitive::Rect { x, y, width: w, height: h, rx }, style)
}

/// Points of a zigzag from `a` to `b`: teeth of the given amplitude every `step` units,
/// starting and ending on the line.
pub(crate) fn zigzag(a: Point, b: Point, amplitude: f64, step: f64) -> Vec<Point> {
    let l = len(sub(b, a));
    let v = unit(a, b);
    let n = normal(v);
    let teeth = ((l / step).floor() as usize).max(2);
    let mut pts = Vec::with_capacity(teeth + 1);
    pts.push(a);
    for i in 1..teeth {
        let t = l * i as f64 / teeth as f64;
        let side = if i % 2 == 1 { amplitude } else { -amplitude };
        pts.push(along(along(a, v, t), n, side));
    }
    pts.push(b);
    pts
}

/// A filled arrowhead with its tip at `tip`, pointing along `dir` (a unit vector).
pub(crate) fn arrowhead(tip: Point, dir: Point, colour: &'static str) -> Shape {
    let back = along(tip, dir, -9.0);
    let n = normal(dir);
    Shape::polygon(vec![tip, along(back, n, 4.0), along(back, n, -4.0)], Style::fill(colour))
}

/// The width of a text in layout units, measured with the drawing font's glyph widths.
pub(crate) fn text_width(s: &str, size: f64) -> f64 {
    crate::kernel::text::text_width(s, size, crate::kernel::text::FontWeight::Normal)
}

/// The text on one line cut to fit `max_width` at `size`, with "…" when cut.
pub(crate) fn fit(s: &str, size: f64, max_width: f64) -> String {
    crate::kernel::text::fit_line(s, size, crate::kernel::text::FontWeight::Normal, max_width)
}

/// The bounds of shapes (text estimated), or `None` for no shapes.
pub(crate) fn shapes_bounds<'a>(shapes: impl IntoIterator<Item = &'a Shape>) -> Option<Bounds> {
    let mut b: Option<Bounds> = None;
    let mut add = |x0: f64, y0: f64, x1: f64, y1: f64| {
        b = Some(match b {
            None => Bounds { min_x: x0, min_y: y0, max_x: x1, max_y: y1 },
            Some(o) => Bounds {
                min_x: o.min_x.min(x0),
                min_y: o.min_y.min(y0),
                max_x: o.max_x.max(x1),
                max_y: o.max_y.max(y1),
            },
        })
    };
    for s in shapes {
        let half_stroke = if s.style.stroke.is_some() { s.style.stroke_width / 2.0 } else { 0.0 };
        match &s.primitive {
            Primitive::Rect { x, y, width, height, .. } => {
                add(*x - half_stroke, *y - half_stroke, x + width + half_stroke, y + height + half_stroke)
            }
            Primitive::Circle { cx, cy, r } => {
                add(cx - r - half_stroke, cy - r - half_stroke, cx + r + half_stroke, cy + r + half_stroke)
            }
            Primitive::Ellipse { cx, cy, rx, ry } => add(cx - rx, cy - ry, cx + rx, cy + ry),
            Primitive::Polygon(p) | Primitive::Polyline(p) => {
                for q in p {
                    add(q.x - half_stroke, q.y - half_stroke, q.x + half_stroke, q.y + half_stroke);
                }
            }
            Primitive::Line { x1, y1, x2, y2 } => add(
                x1.min(*x2) - half_stroke,
                y1.min(*y2) - half_stroke,
                x1.max(*x2) + half_stroke,
                y1.max(*y2) + half_stroke,
            ),
            // Paths are only wedge fills, which lie inside the outer ring circle.
            Primitive::Path(_) => {}
            Primitive::Text { x, y, text, anchor, size, .. } => {
                let w = text_width(text, *size);
                let x0 = match anchor {
                    Anchor::Start => *x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                add(x0, y - size, x0 + w, y + size * 0.3);
            }
        }
    }
    b
}
