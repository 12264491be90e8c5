//! Measures of a layout's quality, used by tests and the benchmark.
//!
//! All counters are near-linear: overlaps by a sweep over x, crossings by bucketing
//! segments into a uniform grid and testing pairs only within a cell.

use std::collections::BTreeMap;

use super::types::{Layout, LayoutOptions, Point, Sibship};

/// An axis-aligned box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl Rect {
    /// True when the interiors of the two boxes intersect (touching is fine).
    pub fn overlaps(&self, o: &Rect) -> bool {
        const EPS: f64 = 1e-6;
        self.x0 < o.x1 - EPS && o.x0 < self.x1 - EPS && self.y0 < o.y1 - EPS && o.y0 < self.y1 - EPS
    }
}

/// What is drawn at one slot: a person, or the placeholder of an unknown partner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    /// A person by id.
    Person(u32),
    /// The unknown partner of a union, by union id.
    Unknown(u32),
}

/// Symbol box and name-label box of every slot.
pub fn boxes(layout: &Layout, o: &LayoutOptions) -> Vec<(Slot, Rect, Rect)> {
    let make = |c: Point, edge: f64| {
        let h = edge / 2.0;
        let sym = Rect { x0: c.x - h, y0: c.y - h, x1: c.x + h, y1: c.y + h };
        let lw = o.label_width / 2.0;
        let label = Rect { x0: c.x - lw, y0: c.y + h, x1: c.x + lw, y1: c.y + h + o.label_height };
        (sym, label)
    };
    let mut out = Vec::new();
    for (&id, p) in &layout.persons {
        let (s, l) = make(p.centre(), o.symbol_edge(p.size));
        out.push((Slot::Person(id), s, l));
    }
    for (&id, u) in &layout.unions {
        if let Some(c) = u.unknown_partner {
            let (s, l) = make(c, o.symbol_size);
            out.push((Slot::Unknown(id), s, l));
        }
    }
    out
}

/// Pairs of slots whose symbol or label boxes overlap, each pair once, sorted.
pub fn overlapping_pairs(layout: &Layout, o: &LayoutOptions) -> Vec<(Slot, Slot)> {
    let mut items: Vec<(Slot, Rect, Rect, Rect)> = boxes(layout, o)
        .into_iter()
        .map(|(id, s, l)| {
            let hull = Rect { x0: s.x0.min(l.x0), y0: s.y0.min(l.y0), x1: s.x1.max(l.x1), y1: s.y1.max(l.y1) };
            (id, s, l, hull)
        })
        .collect();
    items.sort_by(|a, b| a.3.x0.total_cmp(&b.3.x0));
    let mut pairs = Vec::new();
    // Sweep: `active` holds indices whose hull may still reach the current x.
    let mut active: Vec<usize> = Vec::new();
    for i in 0..items.len() {
        let (id, s, l, hull) = items[i];
        active.retain(|&j| items[j].3.x1 > hull.x0);
        for &j in &active {
            let (jd, js, jl, jh) = items[j];
            if !jh.overlaps(&hull) {
                continue;
            }
            if s.overlaps(&js) || s.overlaps(&jl) || l.overlaps(&js) || l.overlaps(&jl) {
                pairs.push(if id < jd { (id, jd) } else { (jd, id) });
            }
        }
        active.push(i);
    }
    pairs.sort_unstable();
    pairs
}

/// Number of overlapping symbol/label pairs.
pub fn count_overlaps(layout: &Layout, o: &LayoutOptions) -> usize {
    overlapping_pairs(layout, o).len()
}

/// A straight line segment of the drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    /// One end.
    pub a: Point,
    /// Other end.
    pub b: Point,
}

fn sibship_segments(s: &Sibship, out: &mut Vec<Segment>) {
    let seg = |a: Point, b: Point| Segment { a, b };
    out.push(seg(s.stem_top, Point::new(s.stem_top.x, s.bar_y)));
    out.push(seg(Point::new(s.x1, s.bar_y), Point::new(s.x2, s.bar_y)));
    for d in &s.drops {
        out.push(seg(d.from, d.to));
    }
}

/// Union lines, stems, child bars and child drops (twin lines included).
pub fn segments(layout: &Layout) -> Vec<Segment> {
    let mut out = Vec::new();
    for u in layout.unions.values() {
        out.push(Segment { a: Point::new(u.x1, u.y), b: Point::new(u.x2, u.y) });
        if let Some(s) = &u.sibship {
            sibship_segments(s, &mut out);
        }
    }
    for s in layout.single_parents.values() {
        sibship_segments(s, &mut out);
    }
    out.retain(|s| (s.a.x - s.b.x).abs() + (s.a.y - s.b.y).abs() > 1e-9);
    out
}

fn cross(o: Point, a: Point, b: Point) -> f64 {
    (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
}

/// The crossing point when the two segments cross properly: at one point interior to
/// both (touching ends, T-junctions and collinear overlaps do not count).
pub fn proper_intersection(s: &Segment, t: &Segment) -> Option<Point> {
    const EPS: f64 = 1e-7;
    let d1 = cross(s.a, s.b, t.a);
    let d2 = cross(s.a, s.b, t.b);
    let d3 = cross(t.a, t.b, s.a);
    let d4 = cross(t.a, t.b, s.b);
    let strict = |p: f64, q: f64| (p > EPS && q < -EPS) || (p < -EPS && q > EPS);
    if !(strict(d1, d2) && strict(d3, d4)) {
        return None;
    }
    let r = d3 / (d3 - d4);
    Some(Point::new(s.a.x + r * (s.b.x - s.a.x), s.a.y + r * (s.b.y - s.a.y)))
}

/// Number of proper crossings among [`segments`].
pub fn count_crossings(layout: &Layout) -> usize {
    count_segment_crossings(&segments(layout))
}

/// Number of proper crossings among `segs`, using a uniform grid so that only nearby
/// segments are compared.
pub fn count_segment_crossings(segs: &[Segment]) -> usize {
    const CELL_W: f64 = 400.0;
    const CELL_H: f64 = 80.0;
    let cell = |p: Point| ((p.x / CELL_W).floor() as i64, (p.y / CELL_H).floor() as i64);
    let mut entries: Vec<((i64, i64), usize)> = Vec::new();
    for (i, s) in segs.iter().enumerate() {
        let lo = cell(Point::new(s.a.x.min(s.b.x), s.a.y.min(s.b.y)));
        let hi = cell(Point::new(s.a.x.max(s.b.x), s.a.y.max(s.b.y)));
        for cx in lo.0..=hi.0 {
            for cy in lo.1..=hi.1 {
                entries.push(((cx, cy), i));
            }
        }
    }
    entries.sort_unstable();
    let mut count = 0;
    let mut start = 0;
    while start < entries.len() {
        let key = entries[start].0;
        let mut end = start;
        while end < entries.len() && entries[end].0 == key {
            end += 1;
        }
        for i in start..end {
            for j in i + 1..end {
                let (s, t) = (&segs[entries[i].1], &segs[entries[j].1]);
                // Count each crossing only in the cell that holds its point.
                if let Some(p) = proper_intersection(s, t) {
                    if cell(p) == key {
                        count += 1;
                    }
                }
            }
        }
        start = end;
    }
    count
}

/// Width of the drawing (labels included).
pub fn width(layout: &Layout) -> f64 {
    layout.bounds.width()
}

/// Per union or single parent with children: distance of the parents' midpoint from
/// the mean x of their children.
pub fn centring_errors(layout: &Layout) -> Vec<f64> {
    let err = |s: &Sibship| {
        let mean = s.drops.iter().map(|d| d.to.x).sum::<f64>() / s.drops.len().max(1) as f64;
        (s.stem_top.x - mean).abs()
    };
    let mut out: Vec<f64> = layout.unions.values().filter_map(|u| u.sibship.as_ref()).map(err).collect();
    out.extend(layout.single_parents.values().map(err));
    out
}

/// Mean of [`centring_errors`] (0 when nobody has children).
pub fn mean_centring_error(layout: &Layout) -> f64 {
    let e = centring_errors(layout);
    if e.is_empty() {
        0.0
    } else {
        e.iter().sum::<f64>() / e.len() as f64
    }
}

/// Mean Euclidean distance a person moved between two layouts, over the person ids
/// present in both (0 when none are shared).
pub fn mean_displacement(before: &Layout, after: &Layout) -> f64 {
    let mut sum = 0.0;
    let mut n = 0usize;
    for (id, a) in &before.persons {
        if let Some(b) = after.persons.get(id) {
            sum += (a.x - b.x).hypot(a.y - b.y);
            n += 1;
        }
    }
    if n == 0 {
        0.0
    } else {
        sum / n as f64
    }
}

/// All measures at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// [`count_overlaps`].
    pub overlaps: usize,
    /// [`count_crossings`].
    pub crossings: usize,
    /// [`width`].
    pub width: f64,
    /// [`mean_centring_error`].
    pub mean_centring_error: f64,
}

/// Measure a layout.
pub fn report(layout: &Layout, o: &LayoutOptions) -> Report {
    Report {
        overlaps: count_overlaps(layout, o),
        crossings: count_crossings(layout),
        width: width(layout),
        mean_centring_error: mean_centring_error(layout),
    }
}

/// Rows used per person id (handy in tests).
pub fn rows(layout: &Layout) -> BTreeMap<u32, u32> {
    layout.persons.iter().map(|(&id, p)| (id, p.row)).collect()
}
