//! Emotional relation lines, one distinct style per kind.
//!
//! Shape carries the meaning (parallel lines, dots, gaps, zigzags, arrowheads and a
//! mark per kind of abuse); colour per family of relations is only a second cue.

use crate::genogram::model::{RelationGroup, RelationKind};
use crate::kernel::geom::{along, arrowhead};
use crate::kernel::shape::{Point, Primitive, Shape, Style};
use crate::kernel::track::Track;

/// The colour cue of a relation kind.
pub(crate) fn colour(kind: RelationKind) -> &'static str {
    use RelationKind::*;
    match kind {
        Love | InLove => "#c2185b",
        Violence | PhysicalAbuse | EmotionalAbuse | SexualAbuse | Neglect => "#b71c1c",
        Caregiver => "#1565c0",
        _ => match kind.group() {
            RelationGroup::Positive => "#2e7d32",
            RelationGroup::Distance => "#616161",
            RelationGroup::Conflict => "#c62828",
            RelationGroup::Directed => "#6a1b9a",
        },
    }
}

fn parallel(track: &Track, offsets: &[f64], style: Style) -> Vec<Shape> {
    offsets.iter().map(|&t| track.stroke(t, style)).collect()
}

fn crossbar(m: Point, u: Point, n: Point, at: f64, half: f64, style: Style) -> Shape {
    Shape::line(along(m, u, at, n, -half), along(m, u, at, n, half), style)
}

/// A heart centred at `m` (upright), as path data.
fn heart(m: Point, s: f64) -> String {
    let p = |x: f64, y: f64| {
        format!("{} {}", crate::kernel::shape::num(m.x + x * s), crate::kernel::shape::num(m.y + y * s))
    };
    format!(
        "M{}C{} {} {}C{} {} {}C{} {} {}C{} {} {}Z",
        p(0.0, 4.0),
        p(-6.0, 0.0),
        p(-6.0, -5.0),
        p(-3.0, -5.0),
        p(-1.0, -5.0),
        p(0.0, -3.5),
        p(0.0, -2.0),
        p(0.0, -3.5),
        p(1.0, -5.0),
        p(3.0, -5.0),
        p(6.0, -5.0),
        p(6.0, 0.0),
        p(0.0, 4.0)
    )
}

/// A small mark (square, diamond or circle) centred at `m`, turned along `u`.
fn mark(m: Point, u: Point, n: Point, kind: u8, fill: Option<&'static str>, colour: &'static str) -> Shape {
    let style = Style { fill: Some(fill.unwrap_or("#fff")), ..Style::stroke(colour, 1.2) };
    let r = 4.0;
    match kind {
        0 => Shape::polygon(
            vec![along(m, u, -r, n, -r), along(m, u, r, n, -r), along(m, u, r, n, r), along(m, u, -r, n, r)],
            style,
        ),
        1 => Shape::polygon(
            vec![
                along(m, u, -r * 1.3, n, 0.0),
                along(m, u, 0.0, n, -r * 1.3),
                along(m, u, r * 1.3, n, 0.0),
                along(m, u, 0.0, n, r * 1.3),
            ],
            style,
        ),
        _ => Shape::circle(m, r, style),
    }
}

/// The shapes of a relation of `kind` straight from `a` to `b` (already cut back to the
/// symbol edges). Directed kinds point at `b`.
pub(crate) fn relation_shapes(kind: RelationKind, a: Point, b: Point) -> Vec<Shape> {
    relation_shapes_on(kind, &Track::straight(a, b))
}

/// The shapes of a relation of `kind` along a track (straight or curved, already cut
/// back to the symbol edges). Directed kinds point at the track's end.
pub(crate) fn relation_shapes_on(kind: RelationKind, track: &Track) -> Vec<Shape> {
    use RelationKind::*;
    let c = colour(kind);
    let len = track.len();
    if len < 1.0 {
        return Vec::new();
    }
    let (m, u, n) = track.at(len / 2.0);
    let thin = Style::stroke(c, 1.2);
    let heavy = Style::stroke(c, 2.6);
    let zz = |s: Style, amp: f64| Shape::polyline(track.zigzag(amp, 10.0), s);
    let mut out = Vec::new();
    match kind {
        Harmony => out.push(track.stroke(0.0, Style::stroke(c, 1.5))),
        Close => out.extend(parallel(track, &[-2.0, 2.0], thin)),
        VeryClose => out.extend(parallel(track, &[-3.5, 0.0, 3.5], thin)),
        Fused => {
            out.extend(parallel(track, &[-4.0, 4.0], thin));
            out.extend(parallel(track, &[0.0], Style::stroke(c, 2.6)));
        }
        Love | InLove => {
            out.push(track.stroke(0.0, Style::stroke(c, 1.5)));
            let fill = if kind == Love { c } else { "#fff" };
            out.push(Shape::new(Primitive::Path(heart(m, 1.2)), Style::stroke(c, 1.2).filled(fill)));
        }
        Friendship => {
            out.push(track.stroke(0.0, Style::stroke(c, 1.5)));
            out.push(Shape::circle(m, 3.5, Style::stroke(c, 1.2).filled("#fff")));
        }
        Distant => out.push(track.stroke(0.0, Style::stroke(c, 1.5).dashed("2 4"))),
        Indifferent => out.push(track.stroke(0.0, Style::stroke(c, 1.5).dashed("8 5"))),
        NeverMet => out.push(track.stroke(0.0, Style::stroke(c, 1.2).dashed("1 5").with_opacity(0.55))),
        Cutoff | CutoffRepaired => {
            let gap = 5.0;
            if kind == Cutoff {
                out.push(track.sub(0.0, len / 2.0 - gap).stroke(0.0, Style::stroke(c, 1.5)));
                out.push(track.sub(len / 2.0 + gap, len).stroke(0.0, Style::stroke(c, 1.5)));
            } else {
                out.push(track.stroke(0.0, Style::stroke(c, 1.5)));
            }
            out.push(crossbar(m, u, n, -gap, 6.0, Style::stroke(c, 1.5)));
            out.push(crossbar(m, u, n, gap, 6.0, Style::stroke(c, 1.5)));
        }
        Discord => out.push(zz(thin, 4.0)),
        Hostile => out.push(zz(heavy, 5.0)),
        Distrust => out.push(zz(thin.dashed("4 3"), 4.0)),
        DistantHostile => {
            out.push(track.stroke(0.0, Style::stroke(c, 1.2).dashed("2 4")));
            out.push(zz(thin, 5.0));
        }
        CloseHostile => {
            out.extend(parallel(track, &[-2.0, 2.0], thin));
            out.push(zz(thin, 6.0));
        }
        FusedHostile => {
            out.extend(parallel(track, &[-3.5, 0.0, 3.5], thin));
            out.push(zz(thin, 7.0));
        }
        Hate => {
            out.push(zz(heavy, 5.0));
            out.push(crossbar(m, u, n, -5.0, 8.0, Style::stroke(c, 2.0)));
            out.push(crossbar(m, u, n, 5.0, 8.0, Style::stroke(c, 2.0)));
        }
        Jealous | FocusedOn | NegativelyFocusedOn | Controlling | Manipulative | Violence | PhysicalAbuse
        | EmotionalAbuse | SexualAbuse | Neglect | Caregiver => {
            let head_len = 9.0;
            let shaft = track.sub(0.0, len - head_len + 1.0);
            let (b, u_end, _) = track.at(len);
            let shaft_style = match kind {
                Violence => Style::stroke(c, 2.6),
                Jealous | Manipulative | Neglect => Style::stroke(c, 1.5).dashed("5 3"),
                _ => Style::stroke(c, 1.5),
            };
            if kind == NegativelyFocusedOn {
                out.push(Shape::polyline(shaft.zigzag(4.0, 10.0), shaft_style));
            } else {
                out.push(shaft.stroke(0.0, shaft_style));
            }
            let head = arrowhead(b, u_end, head_len, 4.5);
            let open = matches!(kind, Jealous | Caregiver);
            out.push(Shape::polygon(head, Style::stroke(c, 1.2).filled(if open { "#fff" } else { c })));
            match kind {
                Controlling | Manipulative => out.push(crossbar(m, u, n, 0.0, 7.0, Style::stroke(c, 2.0))),
                Violence => out.push(mark(m, u, n, 1, Some(c), c)),
                PhysicalAbuse => out.push(mark(m, u, n, 0, Some(c), c)),
                EmotionalAbuse => out.push(mark(m, u, n, 0, None, c)),
                SexualAbuse => out.push(mark(m, u, n, 2, Some(c), c)),
                Neglect => out.push(mark(m, u, n, 2, None, c)),
                _ => {}
            }
        }
    }
    out
}
