//! How a tie is drawn, after Hartman's eco-map:
//!
//! * sterk = a double line, normaal = one solid line, zwak = a dashed line;
//! * stressvol = a zigzag (dark brown), conflict = a red zigzag with a cross-mark in
//!   the middle; positief = dark green with a "+" by the letters; neutraal = black;
//! * arrowheads show which way support flows (towards whoever receives; both ends for
//!   wederzijds);
//! * the support types ride on the tie as letters (P, G, A, E).
//!
//! Every cue that colour carries is also carried by shape or text, so the map reads in
//! black and white.

use super::draw::{
    along, arrowhead, len, normal, pt, sub, text, unit, zigzag, CENTRE_R, CONFLICT, INK, POSITIVE, STRESS,
};
use crate::i18n::Lang;
use crate::kernel::track::Track;
use crate::kernel::Point;
use crate::kernel::{Anchor, Shape, Style};
use crate::netwerkkaart::model::tie::Tie;
use crate::netwerkkaart::model::vocab::{Direction, Quality, Strength};

/// Length an arrowhead takes from the line.
const ARROW: f64 = 8.0;

fn colour(q: Quality) -> &'static str {
    match q {
        Quality::Positive => POSITIVE,
        Quality::Neutral => INK,
        Quality::Stressful => STRESS,
        Quality::Conflict => CONFLICT,
    }
}

/// The text written on a tie: "+" for a positive tie, then the support letters.
pub(crate) fn tie_label(tie: &Tie, lang: Lang) -> String {
    let letters = tie.support.letters(lang);
    match (tie.quality == Quality::Positive, letters.is_empty()) {
        (true, true) => "+".to_owned(),
        (true, false) => format!("+ {letters}"),
        (false, _) => letters,
    }
}

/// The shapes of a tie from `a` to `b` (symbol centres), leaving `trim_a` and `trim_b`
/// free at the ends for the symbols. Direction is seen from `a` (the tie's first end).
pub(crate) fn tie_shapes(tie: &Tie, a: Point, b: Point, trim_a: f64, trim_b: f64, lang: Lang) -> Vec<Shape> {
    let v = unit(a, b);
    let total = len(sub(b, a));
    if total <= trim_a + trim_b + 2.0 {
        return Vec::new();
    }
    let (start, end) = (along(a, v, trim_a), along(b, v, -trim_b));
    let c = colour(tie.quality);
    let arrow_at_end = matches!(tie.direction, Direction::Gives | Direction::Mutual);
    let arrow_at_start = matches!(tie.direction, Direction::Receives | Direction::Mutual);
    let line_start = if arrow_at_start { along(start, v, ARROW - 1.0) } else { start };
    let line_end = if arrow_at_end { along(end, v, -(ARROW - 1.0)) } else { end };
    let mut shapes = Vec::new();
    let width = match tie.strength {
        Strength::Strong => 3.0,
        _ => 1.5,
    };
    let mut style = Style::stroke(c, width);
    if tie.strength == Strength::Weak {
        style = style.dashed(if tie.quality >= Quality::Stressful { "4 3" } else { "6 4" });
    }
    if tie.quality >= Quality::Stressful {
        shapes.push(Shape::polyline(zigzag(line_start, line_end, 3.5, 6.0), style));
    } else if tie.strength == Strength::Strong {
        // A double line: two thin strokes either side of the axis.
        let n = normal(v);
        let thin = Style { stroke_width: 1.5, ..style };
        shapes.push(Shape::line(along(line_start, n, 2.2), along(line_end, n, 2.2), thin));
        shapes.push(Shape::line(along(line_start, n, -2.2), along(line_end, n, -2.2), thin));
    } else {
        shapes.push(Shape::line(line_start, line_end, style));
    }
    let mid = pt((start.x + end.x) / 2.0, (start.y + end.y) / 2.0);
    if tie.quality == Quality::Conflict {
        // The cross-mark: an X across the middle of the line.
        let (d1, d2) = (pt(v.x + normal(v).x, v.y + normal(v).y), pt(v.x - normal(v).x, v.y - normal(v).y));
        let s = Style::stroke(CONFLICT, 2.0);
        shapes.push(Shape::line(along(mid, d1, -5.0), along(mid, d1, 5.0), s));
        shapes.push(Shape::line(along(mid, d2, -5.0), along(mid, d2, 5.0), s));
    }
    if arrow_at_end {
        shapes.push(arrowhead(end, v, c));
    }
    if arrow_at_start {
        shapes.push(arrowhead(start, pt(-v.x, -v.y), c));
    }
    let label = tie_label(tie, lang);
    if !label.is_empty() {
        // Beside the line, on the side facing up (or right for vertical lines), so
        // labels sit consistently.
        let mut n = normal(v);
        if n.y > 1e-9 || (n.y.abs() <= 1e-9 && n.x < 0.0) {
            n = pt(-n.x, -n.y);
        }
        let p = along(mid, n, 9.0);
        shapes.push(text(p.x, p.y + 3.5, label, Anchor::Middle, 10.0, false, INK));
    }
    shapes
}

/// How far a tie between two actors stays from the centre (at the origin): clear of its
/// circle and of the name below it.
pub(crate) const CENTRE_CLEAR: f64 = CENTRE_R + 24.0;

/// Distance from the origin to the nearest point of a polyline.
pub(crate) fn distance_to_centre(pts: &[Point]) -> f64 {
    pts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let d = sub(b, a);
            let l2 = d.x * d.x + d.y * d.y;
            let t = if l2 < 1e-12 { 0.0 } else { (-(a.x * d.x + a.y * d.y) / l2).clamp(0.0, 1.0) };
            len(pt(a.x + d.x * t, a.y + d.y * t))
        })
        .fold(f64::INFINITY, f64::min)
}

/// The path of a tie between two actors at `a` and `b` (symbol centres): straight, or,
/// when the straight line would pass over the centre, the gentlest curve around it on
/// the side away from the centre.
pub(crate) fn actor_tie_track(a: Point, b: Point) -> Track {
    let straight = Track::straight(a, b);
    if distance_to_centre(straight.points()) >= CENTRE_CLEAR || len(sub(b, a)) < 1e-9 {
        return straight;
    }
    let v = unit(a, b);
    let n = normal(v);
    let l = len(sub(b, a));
    // Bend away from the side the centre lies on (either way when it lies on the line).
    let side = if a.x * n.x + a.y * n.y > 1e-9 { 1.0 } else { -1.0 };
    let mut h = 20.0;
    loop {
        let c1 = along(along(a, v, l * 0.25), n, side * h);
        let c2 = along(along(b, v, -l * 0.25), n, side * h);
        let t = Track::cubic(a, c1, c2, b, 32);
        if distance_to_centre(t.points()) >= CENTRE_CLEAR || h > 4.0 * (l + CENTRE_CLEAR) {
            return t;
        }
        h += 15.0;
    }
}

/// [`tie_shapes`] along a track between the symbol centres (straight or curved).
pub(crate) fn tie_shapes_on(tie: &Tie, track: &Track, trim_a: f64, trim_b: f64, lang: Lang) -> Vec<Shape> {
    let (a, b) = (track.points()[0], *track.points().last().expect("a track has points"));
    if track.is_straight() {
        return tie_shapes(tie, a, b, trim_a, trim_b, lang);
    }
    let Some(track) = track.trimmed(a, trim_a, b, trim_b) else { return Vec::new() };
    let c = colour(tie.quality);
    let arrow_at_end = matches!(tie.direction, Direction::Gives | Direction::Mutual);
    let arrow_at_start = matches!(tie.direction, Direction::Receives | Direction::Mutual);
    let total = track.len();
    let s0 = if arrow_at_start { ARROW - 1.0 } else { 0.0 };
    let s1 = if arrow_at_end { total - (ARROW - 1.0) } else { total };
    let line = track.sub(s0, s1);
    let mut shapes = Vec::new();
    let width = if tie.strength == Strength::Strong { 3.0 } else { 1.5 };
    let mut style = Style::stroke(c, width);
    if tie.strength == Strength::Weak {
        style = style.dashed(if tie.quality >= Quality::Stressful { "4 3" } else { "6 4" });
    }
    if tie.quality >= Quality::Stressful {
        shapes.push(Shape::polyline(line.zigzag(3.5, 12.0), style));
    } else if tie.strength == Strength::Strong {
        let thin = Style { stroke_width: 1.5, ..style };
        shapes.push(line.stroke(2.2, thin));
        shapes.push(line.stroke(-2.2, thin));
    } else {
        shapes.push(line.stroke(0.0, style));
    }
    let (mid, v, n) = track.at(total / 2.0);
    if tie.quality == Quality::Conflict {
        let (d1, d2) = (pt(v.x + n.x, v.y + n.y), pt(v.x - n.x, v.y - n.y));
        let s = Style::stroke(CONFLICT, 2.0);
        shapes.push(Shape::line(along(mid, d1, -5.0), along(mid, d1, 5.0), s));
        shapes.push(Shape::line(along(mid, d2, -5.0), along(mid, d2, 5.0), s));
    }
    if arrow_at_end {
        let (tip, u, _) = track.at(total);
        shapes.push(arrowhead(tip, u, c));
    }
    if arrow_at_start {
        let (tip, u, _) = track.at(0.0);
        shapes.push(arrowhead(tip, pt(-u.x, -u.y), c));
    }
    let label = tie_label(tie, lang);
    if !label.is_empty() {
        // On the outside of the curve, away from the centre.
        let out = if mid.x * n.x + mid.y * n.y >= 0.0 { n } else { pt(-n.x, -n.y) };
        let p = along(mid, out, 9.0);
        shapes.push(text(p.x, p.y + 3.5, label, Anchor::Middle, 10.0, false, INK));
    }
    shapes
}
