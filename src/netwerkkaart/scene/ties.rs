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

use super::draw::{along, arrowhead, len, normal, pt, sub, text, unit, zigzag, CONFLICT, INK, POSITIVE, STRESS};
use crate::i18n::Lang;
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
