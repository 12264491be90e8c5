//! What a reader sees of the labels: overlaps measured on the drawn scene itself.
//!
//! The layout's own quality figures look at boxes it assumes; these look at the text
//! the scene actually writes, measured with the drawing font's glyph widths
//! ([`crate::kernel::text`]), and at the symbols and lines the scene draws:
//!
//! * a **label** is any text of a person (name lines, years, due date) or of a union
//!   (its events, "h. 1972") that is not written inside a symbol (ages and the "?" of
//!   an unknown gender sit inside and are part of the symbol), and a household's label;
//! * a **symbol** is everything non-text a person item draws (outline, marks,
//!   brackets), and the diamond of an unknown partner;
//! * a **line** is a union line or stub, a child stem, bar or drop (relation lines
//!   and household outlines are measured elsewhere).
//!
//! Each count is a number of (label, other) pairs; a person's own labels never count
//! against its own symbol, and a union's label never against its own union line.

use crate::kernel::geom::text_box;
use crate::kernel::sort::SortExt;
use crate::kernel::{Primitive, Scene, Shape};

/// Label overlaps in a drawn genogram; all zero in a readable drawing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LabelQuality {
    /// Pairs of labels of different persons or unions whose text boxes overlap.
    pub label_label_overlaps: usize,
    /// Pairs of a label and another person's symbol that overlap.
    pub label_symbol_overlaps: usize,
    /// Pairs of a label and a line (union, stub, stem, bar, drop) running through it.
    pub label_line_overlaps: usize,
}

impl LabelQuality {
    /// The sum of all counts.
    pub fn total(&self) -> usize {
        self.label_label_overlaps + self.label_symbol_overlaps + self.label_line_overlaps
    }
}

/// An axis-aligned box `(x0, y0, x1, y1)`.
type BoxXY = (f64, f64, f64, f64);

/// Lines closer than this to a label's edge, or labels overlapping by less, do not
/// count: they touch, a reader sees no collision.
const SLACK: f64 = 0.5;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Label,
    Symbol,
    /// A straight segment from (x0, y0) to (x1, y1) (not a box).
    Line,
}

#[derive(Clone, Copy, Debug)]
struct Thing {
    kind: Kind,
    /// Index of the item that drew it.
    owner: usize,
    /// For a line: its two end points; otherwise the box.
    geo: BoxXY,
    /// Bounding box (equal to `geo` except for lines).
    bb: BoxXY,
}

fn union_box(a: Option<BoxXY>, b: BoxXY) -> BoxXY {
    match a {
        None => b,
        Some(a) => (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)),
    }
}

fn shape_box(s: &Shape) -> Option<BoxXY> {
    let mut b = None;
    crate::kernel::geom::grow_shape(&mut b, s);
    b.map(|b| (b.min_x, b.min_y, b.max_x, b.max_y))
}

fn inside(p: (f64, f64), b: BoxXY) -> bool {
    p.0 > b.0 && p.0 < b.2 && p.1 > b.1 && p.1 < b.3
}

/// Whether the segment a–b runs through the box `r` shrunk by [`SLACK`]
/// (Liang–Barsky clipping).
fn segment_hits_box(a: (f64, f64), b: (f64, f64), r: BoxXY) -> bool {
    let (x0, y0, x1, y1) = (r.0 + SLACK, r.1 + SLACK, r.2 - SLACK, r.3 - SLACK);
    if x0 >= x1 || y0 >= y1 {
        return false;
    }
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, a.0 - x0), (dx, x1 - a.0), (-dy, a.1 - y0), (dy, y1 - a.1)] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
            if t0 > t1 {
                return false;
            }
        }
    }
    true
}

fn boxes_overlap(a: BoxXY, b: BoxXY) -> bool {
    a.0 < b.2 - SLACK && b.0 < a.2 - SLACK && a.1 < b.3 - SLACK && b.1 < a.3 - SLACK
}

/// The labels, symbols and lines of a genogram scene, by the item that drew them.
fn things(scene: &Scene) -> Vec<Thing> {
    let mut out = Vec::new();
    for (owner, item) in scene.items.iter().enumerate() {
        let kind = item.key.split_once(':').map_or("", |(k, _)| k);
        let (symbols, lines): (Vec<BoxXY>, bool) = match kind {
            // Everything non-text of a person is its symbol.
            "person" => {
                let b = item
                    .shapes
                    .iter()
                    .filter(|s| text_box(s).is_none())
                    .filter_map(shape_box)
                    .fold(None, |a, b| Some(union_box(a, b)));
                (b.into_iter().collect(), false)
            }
            // The diamond of an unknown partner.
            "union" | "single" | "child" => (
                item.shapes
                    .iter()
                    .filter(|s| matches!(s.primitive, Primitive::Polygon(_)))
                    .filter_map(shape_box)
                    .collect(),
                true,
            ),
            // A household's label (its outline is measured elsewhere).
            "household" => (Vec::new(), false),
            _ => continue,
        };
        for &b in &symbols {
            out.push(Thing { kind: Kind::Symbol, owner, geo: b, bb: b });
        }
        for s in &item.shapes {
            if let Some(b) = text_box(s) {
                let centre = ((b.0 + b.2) / 2.0, (b.1 + b.3) / 2.0);
                if symbols.iter().any(|&sym| inside(centre, sym)) {
                    continue; // an age or "?" inside a symbol
                }
                if matches!(kind, "person" | "union" | "household") {
                    out.push(Thing { kind: Kind::Label, owner, geo: b, bb: b });
                }
                continue;
            }
            if !lines {
                continue;
            }
            let mut segment = |a: (f64, f64), b: (f64, f64)| {
                let bb = (a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1));
                out.push(Thing { kind: Kind::Line, owner, geo: (a.0, a.1, b.0, b.1), bb });
            };
            match &s.primitive {
                Primitive::Line { x1, y1, x2, y2 } => segment((*x1, *y1), (*x2, *y2)),
                Primitive::Polyline(p) => {
                    for w in p.windows(2) {
                        segment((w[0].x, w[0].y), (w[1].x, w[1].y));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// Counts label overlaps in a genogram scene (see the module documentation).
///
/// A sweep over x keeps this near-linear in the number of shapes.
pub fn label_quality(scene: &Scene) -> LabelQuality {
    let mut q = LabelQuality::default();
    sweep(scene, |_, _, kind| match kind {
        "label" => q.label_label_overlaps += 1,
        "symbol" => q.label_symbol_overlaps += 1,
        _ => q.label_line_overlaps += 1,
    });
    q
}

/// Every overlap as (key of the label's item, key of the other item, "label",
/// "symbol" or "line"): what [`label_quality`] counts, for reports and debugging.
pub fn label_overlaps(scene: &Scene) -> Vec<(String, String, &'static str)> {
    let mut out = Vec::new();
    sweep(scene, |a, b, kind| out.push((scene.items[a].key.clone(), scene.items[b].key.clone(), kind)));
    out
}

/// Calls `found(label owner, other owner, kind)` for every overlap.
fn sweep(scene: &Scene, mut found: impl FnMut(usize, usize, &'static str)) {
    let mut t = things(scene);
    t.sort_stable_by(|a, b| a.bb.0.total_cmp(&b.bb.0));
    let mut active: Vec<usize> = Vec::new();
    for i in 0..t.len() {
        let a = t[i];
        active.retain(|&j| t[j].bb.2 > a.bb.0);
        for &j in &active {
            let b = t[j];
            let (label, other) = match (a.kind, b.kind) {
                (Kind::Label, _) => (a, b),
                (_, Kind::Label) => (b, a),
                _ => continue,
            };
            match other.kind {
                Kind::Label => {
                    if label.owner != other.owner && boxes_overlap(label.geo, other.geo) {
                        found(label.owner, other.owner, "label");
                    }
                }
                Kind::Symbol => {
                    if label.owner != other.owner && boxes_overlap(label.geo, other.geo) {
                        found(label.owner, other.owner, "symbol");
                    }
                }
                Kind::Line => {
                    let g = other.geo;
                    // A union's label sits on its own union line by design.
                    let own_horizontal = label.owner == other.owner && g.1 == g.3;
                    if !own_horizontal && segment_hits_box((g.0, g.1), (g.2, g.3), label.geo) {
                        found(label.owner, other.owner, "line");
                    }
                }
            }
        }
        active.push(i);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::scene::{Anchor, Item, Point, Shape, Style, Weight};
    use crate::i18n::Lang;
    use crate::kernel::geom::pt;

    fn scene(items: Vec<Item>) -> Scene {
        Scene { bounds: Default::default(), items, title: String::new(), lang: Lang::Nl }
    }

    fn person(id: u32, c: Point, name: &str) -> Item {
        Item {
            key: format!("person:{id}"),
            shapes: vec![
                Shape::rect(c.x - 20.0, c.y - 20.0, 40.0, 40.0, Style::stroke("#000", 1.5)),
                Shape::text(c.x, c.y + 4.0, "54", Anchor::Middle, 11.0, Weight::Normal),
                Shape::text(c.x, c.y + 33.0, name, Anchor::Middle, 11.0, Weight::Normal),
            ],
        }
    }

    #[test]
    fn names_apart_and_ages_inside_count_nothing() {
        let s = scene(vec![person(1, pt(0.0, 0.0), "Jan"), person(2, pt(100.0, 0.0), "Piet")]);
        assert_eq!(label_quality(&s), LabelQuality::default());
    }

    #[test]
    fn long_names_of_neighbours_overlap_each_other() {
        let name = "Johanna Wilhelmina Petronella";
        let s = scene(vec![person(1, pt(0.0, 0.0), name), person(2, pt(100.0, 0.0), name)]);
        let q = label_quality(&s);
        assert_eq!(q.label_label_overlaps, 1, "{q:?}");
        assert_eq!(q.label_symbol_overlaps, 0, "{q:?}");
    }

    #[test]
    fn a_label_over_a_neighbours_symbol_counts() {
        // Name drawn at the height of the neighbour's symbol, reaching into it.
        let mut a = person(1, pt(0.0, 0.0), "Jan");
        a.shapes.push(Shape::text(20.0, 0.0, "Hendrikus Bartholomeus", Anchor::Start, 11.0, Weight::Normal));
        let s = scene(vec![a, person(2, pt(100.0, 0.0), "Piet")]);
        assert_eq!(label_quality(&s).label_symbol_overlaps, 1);
    }

    #[test]
    fn a_stub_through_a_name_counts_as_a_line_overlap() {
        let stub = Item {
            key: "union:1".into(),
            shapes: vec![
                Shape::line(pt(0.0, 20.0), pt(0.0, 60.0), Style::stroke("#000", 1.5)),
                Shape::line(pt(0.0, 60.0), pt(100.0, 60.0), Style::stroke("#000", 1.5)),
                Shape::line(pt(100.0, 20.0), pt(100.0, 60.0), Style::stroke("#000", 1.5)),
                Shape::text(50.0, 55.0, "h. 1972", Anchor::Middle, 10.0, Weight::Normal),
            ],
        };
        let s = scene(vec![person(1, pt(0.0, 0.0), "Jan"), person(2, pt(100.0, 0.0), "Piet"), stub]);
        let q = label_quality(&s);
        // Both names are crossed by their stubs; the union's own label on its own line is fine.
        assert_eq!(q.label_line_overlaps, 2, "{q:?}");
        assert_eq!(q.label_label_overlaps, 0, "{q:?}");
    }

    #[test]
    fn a_line_touching_a_label_does_not_count() {
        let p = person(1, pt(0.0, 0.0), "Jan");
        let (x0, _, _, _) = text_box(&p.shapes[2]).unwrap();
        let drop = Item {
            key: "child:1".into(),
            shapes: vec![Shape::line(pt(x0, 0.0), pt(x0, 100.0), Style::stroke("#000", 1.5))],
        };
        assert_eq!(label_quality(&scene(vec![p, drop])).label_line_overlaps, 0);
    }
}
