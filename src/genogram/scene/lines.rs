//! Union lines (with their slashes, marks and year labels) and child lines.

use std::collections::HashMap;

use super::labels::{word, year_text};
use super::legend::{Legend, LegendKey};
use super::person::{Outline, INK, OUTLINE};
use super::quality_routes::{segment_hits_rect, segments};
use crate::genogram::layout::{Sibship, UnionGeometry};
use crate::genogram::model::{ChildLinkKind, Union, UnionEventKind, UnionKind};
use crate::i18n::Lang;
use crate::kernel::geom::{pt, text_box, text_width};
use crate::kernel::shape::{Anchor, Point, Primitive, Shape, Style, Weight};
use crate::kernel::Item;

/// The line style of a union kind: solid for formal unions, dashed for living
/// together and relationships (engagement adds a ring), dotted for an affair,
/// dash-dot for a brief relationship.
pub(crate) fn union_style(kind: UnionKind) -> Style {
    let s = Style::stroke(INK, OUTLINE);
    match kind {
        UnionKind::Marriage | UnionKind::RegisteredPartnership => s,
        UnionKind::Cohabiting | UnionKind::Relationship | UnionKind::Engaged => s.dashed("6 4"),
        UnionKind::Affair => s.dashed("2 3"),
        UnionKind::Brief => s.dashed("8 3 2 3"),
    }
}

/// The abbreviation before the start year: "h. 1972", "sw. 1990" (EN "m.", "c.").
pub(crate) fn start_abbreviation(kind: UnionKind, lang: Lang) -> &'static str {
    match kind {
        UnionKind::Marriage => word(lang, "h.", "m."),
        UnionKind::RegisteredPartnership => word(lang, "gp.", "r.p."),
        UnionKind::Cohabiting => word(lang, "sw.", "c."),
        UnionKind::Engaged => word(lang, "vl.", "eng."),
        UnionKind::Relationship => word(lang, "r.", "rel."),
        UnionKind::Affair => word(lang, "a.", "a."),
        UnionKind::Brief => word(lang, "k.", "b."),
    }
}

/// How many slashes cross a union line with this status.
pub(crate) fn slash_count(status: Option<UnionEventKind>) -> usize {
    match status {
        Some(UnionEventKind::Separation) => 1,
        Some(UnionEventKind::Divorce | UnionEventKind::Annulment) => 2,
        _ => 0,
    }
}

/// Slashes across a horizontal line at `(x, y)`.
pub(crate) fn slashes(x: f64, y: f64, n: usize) -> Vec<Shape> {
    let s = Style::stroke(INK, OUTLINE);
    (0..n)
        .map(|i| {
            let dx = (i as f64 - (n as f64 - 1.0) / 2.0) * 6.0;
            Shape::line(pt(x + dx - 4.0, y + 7.0), pt(x + dx + 4.0, y - 7.0), s)
        })
        .collect()
}

/// The engagement ring on a union line.
pub(crate) fn engagement_ring(x: f64, y: f64) -> Shape {
    Shape::circle(pt(x, y), 3.5, Style::stroke(INK, 1.2).filled("#fff"))
}

/// The "?" symbol of an unknown partner.
pub(crate) fn unknown_partner(c: Point, h: f64) -> Vec<Shape> {
    vec![
        Outline::Diamond.shape(c, h, Style::stroke("#777", 1.2).dashed("3 3").filled("#fff")),
        Shape::text(c.x, c.y + h * 0.3, "?", Anchor::Middle, h * 0.8, Weight::Bold),
    ]
}

/// A partner's stub: the path from the symbol to the union line's height, whose last
/// point is straight above where it meets the union line (see [`stub_path`]).
pub(crate) type Stub = Vec<Point>;

/// Gap between the texts below a symbol and a line passing beside them.
pub(crate) const LINE_GAP: f64 = 4.0;

/// The path of a line leaving a symbol centred at `c` for somewhere at height `to_y`
/// below it, towards `side` (-1 left, +1 right).
///
/// Without texts below the symbol (`below_half` 0) the line drops straight from the
/// symbol's `bottom`. Otherwise it leaves from the symbol's side at its centre height
/// (`reach` from the centre) and goes down clear of the texts below, so it never runs
/// through the person's name.
pub(crate) fn stub_path(c: Point, bottom: f64, reach: f64, below_half: f64, side: f64, to_y: f64) -> Stub {
    if below_half <= 0.0 {
        return vec![pt(c.x, c.y + bottom), pt(c.x, to_y)];
    }
    let x = c.x + side * (below_half + LINE_GAP).max(reach + 2.0 * LINE_GAP);
    vec![pt(c.x + side * reach, c.y), pt(x, c.y), pt(x, to_y)]
}

/// A stub as a shape.
fn stub_shape(s: &[Point], style: Style) -> Shape {
    match s {
        [a, b] => Shape::line(*a, *b, style),
        _ => Shape::polyline(s.to_vec(), style),
    }
}

/// Shapes of one union: partner stubs, the line, slashes, ring, labels, the unknown
/// partner, and the stem and bar of its children.
///
/// The union line runs between the stubs, and the children's stem hangs from its
/// middle. Its label sits above it when it fits between the stubs (the partners'
/// names lie outside them), else below it beside the stem.
pub(crate) fn union_shapes(
    u: &Union,
    ug: &UnionGeometry,
    stubs: &[Stub],
    lang: Lang,
    legend: &mut Legend,
) -> Vec<Shape> {
    let mut out = Vec::new();
    let solid = Style::stroke(INK, OUTLINE);
    let (mut x1, mut x2) = (f64::INFINITY, f64::NEG_INFINITY);
    for s in stubs {
        out.push(stub_shape(s, solid));
        let end = s.last().expect("a stub has points");
        x1 = x1.min(end.x);
        x2 = x2.max(end.x);
    }
    if let Some(c) = ug.unknown_partner {
        let h = 16.0;
        out.extend(unknown_partner(c, h));
        out.push(Shape::line(pt(c.x, c.y + h * 1.2), pt(c.x, ug.y), solid));
        x1 = x1.min(c.x);
        x2 = x2.max(c.x);
        legend.add(LegendKey::UnknownPartner);
    }
    if x1 > x2 {
        (x1, x2) = (ug.x1, ug.x2);
    }
    out.push(Shape::line(pt(x1, ug.y), pt(x2, ug.y), union_style(u.kind)));
    legend.add(LegendKey::Union(u.kind));
    let mid = (x1 + x2) / 2.0;
    // Marks sit beside the children's stem, not on it, and on the line as drawn
    // (between the stubs, which may be narrower than the partners' span): outside it
    // they would land on a partner's name.
    let side = ((x2 - x1) / 2.0 - 8.0).clamp(0.0, 18.0);
    let n = slash_count(u.current_status());
    if n > 0 {
        out.extend(slashes(mid - side, ug.y, n));
    }
    if u.kind == UnionKind::Engaged {
        out.push(engagement_ring(mid + side, ug.y));
    }
    // One piece per event ("h. 1988", "s. 1997", "g. 1998").
    let mut pieces: Vec<String> = Vec::new();
    for e in &u.events {
        let abbr = match e.kind {
            UnionEventKind::Start => start_abbreviation(u.kind, lang),
            k => {
                legend.add(LegendKey::Event(k));
                k.abbreviation(lang)
            }
        };
        let mut piece = abbr.to_string();
        if let Some(d) = &e.date {
            piece.push(' ');
            piece.push_str(&year_text(d, lang));
        }
        pieces.push(piece);
    }
    let label = pieces.join(" ");
    if !label.is_empty() {
        let fits = text_width(&label, 10.0) + 2.0 * LINE_GAP <= x2 - x1;
        // Along the line when it fits; else beside the stem, one event per line (at
        // most three lines, the rest on the last), so a person's next union to the
        // right keeps its own label clear.
        let lines: Vec<(f64, f64, String, Anchor)> = if fits {
            vec![(mid, ug.y - 5.0, label, Anchor::Middle)]
        } else {
            let mut rows: Vec<String> = pieces.iter().take(2).cloned().collect();
            if pieces.len() > 2 {
                rows.push(pieces[2..].join(" "));
            }
            rows.into_iter()
                .enumerate()
                .map(|(i, t)| (mid + LINE_GAP, ug.y + 12.0 + 11.0 * i as f64, t, Anchor::Start))
                .collect()
        };
        for (x, y, text, anchor) in lines {
            let mut t = Shape::text(x, y, text, anchor, 10.0, Weight::Normal);
            // A halo keeps the label readable should a line still pass it.
            if let Primitive::Text { halo, .. } = &mut t.primitive {
                *halo = true;
            }
            out.push(t);
        }
    }
    if let Some(s) = &ug.sibship {
        out.extend(sibship_shapes(s, &[pt(mid, ug.y), pt(mid, s.bar_y)], legend));
    }
    out
}

/// The stem (a path from the parents down to the child bar's height), the bar (long
/// enough to meet the stem), and the bars between identical twins' lines.
pub(crate) fn sibship_shapes(s: &Sibship, stem: &[Point], legend: &mut Legend) -> Vec<Shape> {
    let solid = Style::stroke(INK, OUTLINE);
    let foot = *stem.last().expect("a stem has points");
    let mut out = vec![stub_shape(stem, solid)];
    let (x1, x2) = (s.x1.min(foot.x), s.x2.max(foot.x));
    if x2 > x1 {
        out.push(Shape::line(pt(x1, s.bar_y), pt(x2, s.bar_y), solid));
    }
    for t in &s.twins {
        legend.add(if t.identical { LegendKey::IdenticalTwins } else { LegendKey::Twins });
        if !t.identical {
            continue;
        }
        let mids: Vec<Point> = t
            .members
            .iter()
            .filter_map(|m| s.drops.iter().find(|d| d.child == *m))
            .map(|d| pt((d.from.x + d.to.x) / 2.0, (d.from.y + d.to.y) / 2.0))
            .collect();
        for w in mids.windows(2) {
            out.push(Shape::line(w[0], w[1], solid));
        }
    }
    out
}

/// The style of a child line: solid biological, dashed adopted, dotted foster.
pub(crate) fn child_style(kind: ChildLinkKind) -> Style {
    let s = Style::stroke(INK, OUTLINE);
    match kind {
        ChildLinkKind::Biological => s,
        ChildLinkKind::Adopted => s.dashed("6 4"),
        ChildLinkKind::Foster => s.dashed("2 3"),
    }
}

/// Horizontal moves tried for a label along a union line before moving it down, in
/// order (layout units).
const SLIDES: [f64; 7] = [0.0, 24.0, -24.0, 48.0, -48.0, 96.0, -96.0];

/// How far a label along its union line may slide left (negative) and right while it
/// stays over the line, with [`LINE_GAP`] to spare at both ends: the item's longest
/// horizontal line just below the labels.
fn slide_room(shapes: &[Shape], boxes: &[(f64, f64, f64, f64)]) -> (f64, f64) {
    let (lo, hi) = boxes.iter().fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), b| (l.min(b.0), h.max(b.2)));
    let bottom = boxes.iter().map(|b| b.3).fold(f64::NEG_INFINITY, f64::max);
    shapes
        .iter()
        .flat_map(segments)
        .filter(|(a, b)| (a.y - b.y).abs() < 1e-6 && a.y >= bottom - 1e-6 && a.y <= bottom + 10.0)
        .map(|(a, b)| (a.x.min(b.x), a.x.max(b.x)))
        .filter(|&(x1, x2)| x1 <= lo && x2 >= hi)
        .max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
        .map_or((0.0, 0.0), |(x1, x2)| ((x1 + LINE_GAP - lo).min(0.0), (x2 - LINE_GAP - hi).max(0.0)))
}

/// Moves union labels that would meet an earlier union's label (a label beside one
/// couple's stem and the label along a neighbouring couple's line, say), or that
/// another couple's lines run through, down until they are clear: a label above its
/// line jumps below it, one beside the stem moves a line down. Each union's texts move
/// together; a label along a long union line first tries sliding along it (see
/// [`SLIDES`]); at most three steps down, and where none is clear they stay. Persons' texts
/// (`person_texts`, boxes) count as placed labels: a tags line under a name reaches
/// down to where a neighbouring couple's label would stand.
pub(crate) fn settle_union_labels(items: &mut [Item], person_texts: &[(f64, f64, f64, f64)]) {
    type Box4 = (f64, f64, f64, f64);
    let overlap = |a: Box4, b: Box4| a.0 < b.2 - 0.5 && b.0 < a.2 - 0.5 && a.1 < b.3 - 0.5 && b.1 < a.3 - 0.5;
    // Lines and placed labels in a grid of cells, so that each label looks only at what
    // is near it: linear in the family's size (this runs on every scene build).
    const CELL: f64 = 120.0;
    let cells = |b: Box4| {
        let (x0, x1) = ((b.0 / CELL).floor() as i64, (b.2 / CELL).floor() as i64);
        let (y0, y1) = ((b.1 / CELL).floor() as i64, (b.3 / CELL).floor() as i64);
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    };
    // Every family line, by the item that draws it.
    // Per grid cell: the line pieces there, each with the index of the item drawing it.
    type Cells<T> = HashMap<(i64, i64), Vec<T>>;
    let mut lines: Cells<(usize, Point, Point)> = HashMap::new();
    for (k, item) in items.iter().enumerate() {
        if !(item.key.starts_with("union:") || item.key.starts_with("child:") || item.key.starts_with("single:")) {
            continue;
        }
        for (a, b) in item.shapes.iter().flat_map(segments) {
            for c in cells((a.x.min(b.x), a.y.min(b.y), a.x.max(b.x), a.y.max(b.y))) {
                lines.entry(c).or_default().push((k, a, b));
            }
        }
    }
    // Persons' texts (names, a tags line) are there before any union label.
    let mut placed: Cells<Box4> = HashMap::new();
    for &b in person_texts {
        for c in cells(b) {
            placed.entry(c).or_default().push(b);
        }
    }
    for (k, item) in items.iter_mut().enumerate().filter(|(_, i)| i.key.starts_with("union:")) {
        let boxes: Vec<Box4> = item.shapes.iter().filter_map(text_box).collect();
        if boxes.is_empty() {
            continue;
        }
        let along = item.shapes.iter().any(|s| matches!(s.primitive, Primitive::Text { anchor: Anchor::Middle, .. }));
        let steps: [f64; 4] = if along { [0.0, 17.0, 28.0, 39.0] } else { [0.0, 11.0, 22.0, 33.0] };
        // A label along a long union line (partners standing apart) may first slide
        // along it, staying over the line: another couple's stem often comes down
        // right where its middle is.
        let slide = if along { slide_room(&item.shapes, &boxes) } else { (0.0, 0.0) };
        let moves: Vec<(f64, f64)> = SLIDES
            .iter()
            .filter(|&&dx| dx >= slide.0 && dx <= slide.1)
            .map(|&dx| (dx, 0.0))
            .chain(steps.iter().skip(1).map(|&dy| (0.0, dy)))
            .collect();
        let clear = |(dx, dy): (f64, f64)| {
            boxes.iter().all(|b| {
                let b = (b.0 + dx, b.1 + dy, b.2 + dx, b.3 + dy);
                cells(b).all(|c| {
                    !placed.get(&c).is_some_and(|ps| ps.iter().any(|&p| overlap(b, p)))
                        && !lines
                            .get(&c)
                            .is_some_and(|ls| ls.iter().any(|&(owner, p, q)| owner != k && segment_hits_rect(p, q, b)))
                })
            })
        };
        let (dx, dy) = moves.iter().copied().find(|&m| clear(m)).unwrap_or((0.0, 0.0));
        if dx != 0.0 || dy != 0.0 {
            for s in &mut item.shapes {
                if let Primitive::Text { x, y, .. } = &mut s.primitive {
                    *x += dx;
                    *y += dy;
                }
            }
        }
        for b in &boxes {
            let b = (b.0 + dx, b.1 + dy, b.2 + dx, b.3 + dy);
            for c in cells(b) {
                placed.entry(c).or_default().push(b);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_x_y(item: &Item) -> (f64, f64) {
        item.shapes
            .iter()
            .find_map(|s| match &s.primitive {
                Primitive::Text { x, y, .. } => Some((*x, *y)),
                _ => None,
            })
            .expect("a label")
    }

    /// A union line from 0 to `len` at y 100 with "h. 1993" along its middle, and
    /// another couple's stem coming down through that middle to `stem_end`.
    fn crossed(len: f64, stem_end: f64) -> Vec<Item> {
        let solid = Style::stroke(INK, OUTLINE);
        let mid = len / 2.0;
        let apart = Item {
            key: "union:1".into(),
            shapes: vec![
                Shape::line(pt(0.0, 100.0), pt(len, 100.0), solid),
                Shape::text(mid, 95.0, "h. 1993", Anchor::Middle, 10.0, Weight::Normal),
            ],
        };
        let other = Item {
            key: "union:2".into(),
            shapes: vec![Shape::line(pt(mid + 6.0, 40.0), pt(mid + 6.0, stem_end), solid)],
        };
        vec![apart, other]
    }

    #[test]
    fn a_label_along_a_long_union_line_slides_off_another_couples_stem() {
        let mut items = crossed(4000.0, 200.0);
        settle_union_labels(&mut items, &[]);
        let (x, y) = text_x_y(&items[0]);
        assert_eq!(y, 95.0, "it stays on its line");
        assert!((x - 2000.0).abs() >= 24.0, "it slid along the line: {x}");
        let b = items[0].shapes.iter().find_map(text_box).unwrap();
        assert!(!segment_hits_rect(pt(2006.0, 40.0), pt(2006.0, 200.0), b), "clear of the stem");
    }

    #[test]
    fn a_label_on_a_short_line_does_not_leave_it_but_moves_down() {
        // The line is just long enough for the label: sliding would leave the line.
        let len = text_width("h. 1993", 10.0) + 2.0 * LINE_GAP + 2.0;
        let mut items = crossed(len, 101.0);
        settle_union_labels(&mut items, &[]);
        let (x, y) = text_x_y(&items[0]);
        assert_eq!(x, len / 2.0, "it stays over its line");
        assert!(y > 100.0, "it moved below the line instead: {y}");
    }
}
