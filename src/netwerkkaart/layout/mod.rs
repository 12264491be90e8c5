//! Layout of a netwerkkaart: the centre in the middle, sectors as wedges, rings as
//! concentric bands, and every actor in the cell where its sector and ring meet.
//!
//! * Angles run clockwise from twelve o'clock; sectors follow in id order.
//! * A sector's wedge is proportional to a minimum share plus its number of actors,
//!   and never narrower than a minimum angle, so an empty sector stays visible (an
//!   empty wedge *is* information: nobody there).
//! * Ring bands have a minimum width; a crowded band grows so its actors fit in
//!   sub-rows. Actors never overlap (symbol plus the label below it) and never leave
//!   their own wedge and band.
//! * A pinned actor (dragged by the professional) keeps its position, pulled just
//!   inside its cell if the wedges have moved since. The UI maps a drop point back to
//!   a sector and ring with [`NetwerkkaartLayout::cell_at`].

use crate::kernel::sort::SortExt;
use crate::kernel::Point;
use crate::netwerkkaart::model::actor::Pin;
use crate::netwerkkaart::model::ids::{ActorId, NetwerkkaartItem, SectorId};
use crate::netwerkkaart::model::map::Netwerkkaart;
use crate::netwerkkaart::model::vocab::Ring;
use std::collections::BTreeMap;
use std::f64::consts::TAU;

/// The knobs of the layout, in layout units (one actor symbol is 40 across).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutParams {
    /// Radius of the centre zone; the inner ring starts here.
    pub centre_radius: f64,
    /// Minimum width of the inner, middle and outer ring bands.
    pub ring_widths: [f64; 3],
    /// Every sector's wedge counts as if it had this many more actors, so wedges of
    /// small sectors do not collapse.
    pub min_sector_share: f64,
    /// The narrowest wedge, in radians (when all sectors fit at this angle).
    pub min_sector_angle: f64,
    /// Diameter of an actor symbol.
    pub actor_size: f64,
    /// Width of the label area below a symbol (the symbol's footprint is at least this wide).
    pub label_width: f64,
    /// Height of the label area below a symbol (two lines: name and role).
    pub label_height: f64,
    /// Free space kept between footprints and between a symbol and its cell's edges.
    pub gap: f64,
    /// How much a band grows when its actors do not fit.
    pub growth_step: f64,
}

impl Default for LayoutParams {
    fn default() -> Self {
        LayoutParams {
            centre_radius: 70.0,
            ring_widths: [130.0, 130.0, 130.0],
            min_sector_share: 1.5,
            min_sector_angle: 40f64.to_radians(),
            actor_size: 40.0,
            label_width: 100.0,
            label_height: 28.0,
            gap: 4.0,
            growth_step: 30.0,
        }
    }
}

/// An axis-aligned rectangle, used for footprints and bounds.
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
    /// Whether two rectangles overlap when both are grown by `gap / 2`.
    pub fn overlaps(&self, other: &Rect, gap: f64) -> bool {
        self.x0 < other.x1 + gap && other.x0 < self.x1 + gap && self.y0 < other.y1 + gap && other.y0 < self.y1 + gap
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        Rect {
            x0: self.x0.min(other.x0),
            y0: self.y0.min(other.y0),
            x1: self.x1.max(other.x1),
            y1: self.y1.max(other.y1),
        }
    }
}

/// A sector's wedge: from `start` to `end` radians, clockwise from twelve o'clock.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Wedge {
    /// The sector.
    pub sector: SectorId,
    /// Start angle (radians, clockwise from twelve o'clock).
    pub start: f64,
    /// End angle (> start; the last wedge ends at 2π).
    pub end: f64,
}

impl Wedge {
    /// The angle in the middle of the wedge.
    pub fn mid(&self) -> f64 {
        (self.start + self.end) / 2.0
    }

    /// Whether an angle in `[0, 2π)` lies in the wedge.
    pub fn contains_angle(&self, a: f64) -> bool {
        a >= self.start && a < self.end
    }
}

/// Where an actor ended up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ActorPlace {
    /// Centre of the actor's symbol.
    pub pos: Point,
    /// The actor's sector.
    pub sector: SectorId,
    /// The actor's ring.
    pub ring: Ring,
    /// Whether the position came from the actor's pin.
    pub pinned: bool,
}

/// The computed geometry of a netwerkkaart, centred on the origin.
#[derive(Clone, Debug, PartialEq)]
pub struct NetwerkkaartLayout {
    /// The parameters used.
    pub params: LayoutParams,
    /// Ring boundaries: `radii[0]` is the edge of the centre zone, `radii[1..4]` the
    /// outer edges of the inner, middle and outer band.
    pub radii: [f64; 4],
    /// The wedges, in sector (drawing) order.
    pub wedges: Vec<Wedge>,
    /// The position of every actor.
    pub actors: BTreeMap<ActorId, ActorPlace>,
}

/// The point at radius `r` and angle `a` (clockwise from twelve o'clock).
pub fn polar(r: f64, a: f64) -> Point {
    Point::new(r * a.sin(), -r * a.cos())
}

/// The angle of a point seen from the centre, in `[0, 2π)`, clockwise from twelve o'clock.
pub fn angle_of(p: Point) -> f64 {
    let a = p.x.atan2(-p.y);
    if a < 0.0 {
        a + TAU
    } else {
        a
    }
}

/// The footprint of an actor symbol at `pos`: the symbol and the label below it.
pub fn footprint(pos: Point, params: &LayoutParams) -> Rect {
    let half = params.label_width.max(params.actor_size) / 2.0;
    let s = params.actor_size / 2.0;
    Rect { x0: pos.x - half, y0: pos.y - s, x1: pos.x + half, y1: pos.y + s + params.label_height }
}

/// The footprint of the centre symbol and its name.
pub fn centre_footprint(params: &LayoutParams) -> Rect {
    let r = params.centre_radius * 0.45;
    Rect { x0: -params.label_width / 2.0, y0: -r, x1: params.label_width / 2.0, y1: r + params.label_height * 0.7 }
}

impl NetwerkkaartLayout {
    /// The inner and outer radius of a ring band.
    pub fn band(&self, ring: Ring) -> (f64, f64) {
        let i = ring.index();
        (self.radii[i], self.radii[i + 1])
    }

    /// The outer edge of the outer ring.
    pub fn outer_radius(&self) -> f64 {
        self.radii[3]
    }

    /// The wedge of a sector.
    pub fn wedge(&self, sector: SectorId) -> Option<&Wedge> {
        self.wedges.iter().find(|w| w.sector == sector)
    }

    /// The position of an actor's symbol.
    pub fn position(&self, actor: ActorId) -> Option<Point> {
        self.actors.get(&actor).map(|p| p.pos)
    }

    /// The footprint (symbol and label) of an actor.
    pub fn footprint(&self, actor: ActorId) -> Option<Rect> {
        self.position(actor).map(|p| footprint(p, &self.params))
    }

    /// The sector and ring under a point, e.g. where an actor was dropped: the wedge
    /// its angle falls in and the band its distance falls in (the centre zone counts as
    /// the inner ring, anything beyond the outer edge as the outer ring). `None` only
    /// for a map without sectors.
    pub fn cell_at(&self, p: Point) -> Option<(SectorId, Ring)> {
        let a = angle_of(p);
        let w = self.wedges.iter().find(|w| w.contains_angle(a)).or(self.wedges.last())?;
        let r = (p.x * p.x + p.y * p.y).sqrt();
        let ring = if r < self.radii[1] {
            Ring::Inner
        } else if r < self.radii[2] {
            Ring::Middle
        } else {
            Ring::Outer
        };
        Some((w.sector, ring))
    }

    /// The pin for a drop point (rounded to whole units).
    pub fn pin_at(p: Point) -> Pin {
        Pin { x: p.x.round() as i32, y: p.y.round() as i32 }
    }

    /// Whether a point lies in the cell of a sector and ring: inside the wedge and
    /// inside the band.
    pub fn in_cell(&self, p: Point, sector: SectorId, ring: Ring) -> bool {
        let Some(w) = self.wedge(sector) else { return false };
        let (r0, r1) = self.band(ring);
        let r = (p.x * p.x + p.y * p.y).sqrt();
        w.contains_angle(angle_of(p)) && r >= r0 && r <= r1
    }

    /// The thing drawn next to `from` (the centre or an actor) in the screen direction
    /// `towards` (x right, y down; e.g. `(0.0, -1.0)` is up), for moving the selection
    /// with the arrow keys: the nearest symbol that is really that way, preferring ones
    /// straight ahead over ones far to the side (the genogram's rule, so both editors
    /// feel the same). The centre counts as a symbol at the origin. `None` when
    /// nothing lies that way, or `from` is not the centre or a placed actor.
    pub fn neighbour(&self, from: NetwerkkaartItem, towards: (f64, f64)) -> Option<NetwerkkaartItem> {
        let at = |item: NetwerkkaartItem| match item {
            NetwerkkaartItem::Centre => Some(Point::new(0.0, 0.0)),
            NetwerkkaartItem::Actor(id) => self.position(id),
            _ => None,
        };
        let origin = at(from)?;
        let len = towards.0.hypot(towards.1);
        if len == 0.0 || !len.is_finite() {
            return None;
        }
        let (ux, uy) = (towards.0 / len, towards.1 / len);
        std::iter::once(NetwerkkaartItem::Centre)
            .chain(self.actors.keys().map(|id| NetwerkkaartItem::Actor(*id)))
            .filter(|item| *item != from)
            .filter_map(|item| {
                let p = at(item)?;
                let (dx, dy) = (p.x - origin.x, p.y - origin.y);
                let ahead = dx * ux + dy * uy;
                let side = dx * uy - dy * ux;
                // Only things that are really in that direction (not merely beside).
                (ahead > 1.0 && side.abs() <= ahead * 3.0).then(|| (ahead + 2.0 * side.abs(), item))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, item)| item)
    }

    /// A rectangle holding the rings and every footprint.
    pub fn bounds(&self) -> Rect {
        let r = self.outer_radius();
        let mut b = Rect { x0: -r, y0: -r, x1: r, y1: r };
        for id in self.actors.keys() {
            if let Some(f) = self.footprint(*id) {
                b = b.union(&f);
            }
        }
        b
    }
}

/// Computes the wedges: shares proportional to `min_share + actors`, raised to the
/// minimum angle where needed (the rest shrinks in proportion).
fn wedges(net: &Netwerkkaart, params: &LayoutParams) -> Vec<Wedge> {
    let sectors: Vec<(SectorId, f64)> =
        net.sectors().map(|(id, _)| (id, params.min_sector_share.max(0.0) + net.actors_in(id).len() as f64)).collect();
    let k = sectors.len();
    if k == 0 {
        return Vec::new();
    }
    let min = params.min_sector_angle.max(0.0);
    let mut angles = vec![0.0; k];
    let total_weight: f64 = sectors.iter().map(|(_, w)| w).sum();
    if min * k as f64 >= TAU || total_weight <= 0.0 {
        angles.iter_mut().for_each(|a| *a = TAU / k as f64);
    } else {
        // Fix the sectors that would fall below the minimum, share the rest; repeat
        // until stable (at most k rounds, as each round fixes at least one more).
        let mut fixed = vec![false; k];
        loop {
            let free_weight: f64 = sectors.iter().zip(&fixed).filter(|(_, f)| !**f).map(|((_, w), _)| w).sum();
            let free_angle = TAU - min * fixed.iter().filter(|f| **f).count() as f64;
            let mut changed = false;
            for i in 0..k {
                angles[i] = if fixed[i] { min } else { free_angle * sectors[i].1 / free_weight };
                if !fixed[i] && angles[i] < min {
                    fixed[i] = true;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }
    let mut start = 0.0;
    let mut out = Vec::with_capacity(k);
    for (i, (id, _)) in sectors.iter().enumerate() {
        let end = if i + 1 == k { TAU } else { start + angles[i] };
        out.push(Wedge { sector: *id, start, end });
        start = end;
    }
    out
}

/// The usable angle range at radius `r` inside a wedge, keeping a symbol of half-size
/// `half` clear of both edges; `None` when the wedge is too narrow there.
fn usable_angles(w: &Wedge, r: f64, half: f64) -> Option<(f64, f64)> {
    let span = w.end - w.start;
    if span >= TAU - 1e-9 {
        return Some((w.start, w.end));
    }
    if r <= half {
        return None;
    }
    let d = (half / r).min(1.0).asin();
    let (a, b) = (w.start + d, w.end - d);
    // Beyond a quarter turn from an edge the distance to that edge's ray is at least r,
    // so asin is conservative enough; a too-narrow range has no room.
    (a <= b).then_some((a, b))
}

/// Clamps a point into a cell (keeping the symbol clear of the edges when possible).
fn clamp_into_cell(p: Point, w: &Wedge, r0: f64, r1: f64, half: f64) -> Point {
    let (lo, hi) = if r1 - r0 > 2.0 * half { (r0 + half, r1 - half) } else { ((r0 + r1) / 2.0, (r0 + r1) / 2.0) };
    let r = (p.x * p.x + p.y * p.y).sqrt().clamp(lo, hi);
    let a = angle_of(p);
    let a = match usable_angles(w, r, half) {
        Some((a0, a1)) => {
            if a >= a0 && a <= a1 {
                a
            } else {
                // Pick the nearer end, measuring around the circle.
                let dist = |x: f64| {
                    let d = (a - x).rem_euclid(TAU);
                    d.min(TAU - d)
                };
                if dist(a0) <= dist(a1) {
                    a0
                } else {
                    a1
                }
            }
        }
        None => w.mid(),
    };
    polar(r, a)
}

/// A rectangle around every footprint whose position lies in the cell between the
/// radii `ra` and `rb` of wedge `w` (sampled along both arcs, widened by a footprint
/// and a margin for the sampling).
fn cell_bounds(w: &Wedge, ra: f64, rb: f64, params: &LayoutParams) -> Rect {
    const STEPS: usize = 32;
    let (mut x0, mut y0, mut x1, mut y1) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
    for r in [ra, rb] {
        for i in 0..=STEPS {
            let p = polar(r, w.start + (w.end - w.start) * i as f64 / STEPS as f64);
            (x0, y0, x1, y1) = (x0.min(p.x), y0.min(p.y), x1.max(p.x), y1.max(p.y));
        }
    }
    // The chord of one step lies at most r·(1 − cos(step/2)) inside the arc.
    let sag = rb * (1.0 - ((w.end - w.start).abs() / STEPS as f64 / 2.0).cos()) + 1.0;
    let f = footprint(Point::new(0.0, 0.0), params);
    Rect { x0: x0 + f.x0 - sag, y0: y0 + f.y0 - sag, x1: x1 + f.x1 + sag, y1: y1 + f.y1 + sag }
}

/// Places one cell's actors: first as evenly spread rows (1, 2, … sub-rows), then by
/// a fine search of free spots. Returns `None` when they do not fit.
fn place_cell(
    ids: &[ActorId],
    w: &Wedge,
    r0: f64,
    r1: f64,
    placed: &[Rect],
    params: &LayoutParams,
) -> Option<Vec<(ActorId, Point)>> {
    if ids.is_empty() {
        return Some(Vec::new());
    }
    let half = params.actor_size / 2.0 + params.gap;
    let (ra, rb) = (r0 + half, r1 - half);
    if ra > rb {
        return None;
    }
    let n = ids.len();
    // Only what lies near this cell can be in the way: filter once, so each test below
    // looks at the neighbours instead of every actor of the map (300 actors: 111 → see
    // tests/bench/netwerkkaart.rs).
    let near = cell_bounds(w, ra, rb, params);
    let placed: Vec<Rect> = placed.iter().filter(|o| near.overlaps(o, params.gap)).copied().collect();
    let free = |p: Point, extra: &[Rect]| {
        let f = footprint(p, params);
        !placed.iter().chain(extra).any(|o| f.overlaps(o, params.gap))
    };
    // 1. Even rows. More rows than fit at the label's height never help.
    let max_rows = (((rb - ra) / (params.actor_size * 0.75)).floor() as usize + 1).min(n);
    'rows: for m in 1..=max_rows {
        let radii: Vec<f64> =
            (0..m).map(|j| if m == 1 { (ra + rb) / 2.0 } else { ra + (rb - ra) * j as f64 / (m - 1) as f64 }).collect();
        // Outer rows are longer, so they take more actors.
        let total_r: f64 = radii.iter().sum();
        let mut counts: Vec<usize> = radii.iter().map(|r| ((n as f64) * r / total_r).floor() as usize).collect();
        let mut left = n - counts.iter().sum::<usize>();
        for c in counts.iter_mut().rev() {
            if left == 0 {
                break;
            }
            *c += 1;
            left -= 1;
        }
        let mut out = Vec::with_capacity(n);
        let mut rects = Vec::with_capacity(n);
        let mut next = ids.iter();
        for (j, (&r, &c)) in radii.iter().zip(&counts).enumerate() {
            if c == 0 {
                continue;
            }
            let Some((a0, a1)) = usable_angles(w, r, half) else { continue 'rows };
            // Alternate rows are staggered by a quarter slot so labels do not stack.
            let stagger = if j % 2 == 1 && m > 1 { 0.25 } else { 0.0 };
            for i in 0..c {
                let t = ((i as f64 + 0.5 + stagger) / c as f64).min(1.0);
                let p = polar(r, a0 + (a1 - a0) * t);
                if !free(p, &rects) {
                    continue 'rows;
                }
                rects.push(footprint(p, params));
                out.push((*next.next()?, p));
            }
        }
        if out.len() == n {
            return Some(out);
        }
    }
    // 2. Fine search: candidate spots on rows every 8 units, 8 units apart along each
    // row, tried from the middle of the wedge outwards; each actor takes the first
    // free one.
    let mut candidates: Vec<(f64, Point)> = Vec::new();
    let mut r = ra;
    while r <= rb + 1e-9 {
        if let Some((a0, a1)) = usable_angles(w, r, half) {
            let steps = (((a1 - a0) * r) / 8.0).floor().max(0.0) as usize;
            let mid = (a0 + a1) / 2.0;
            for i in 0..=steps {
                let a = if steps == 0 { mid } else { a0 + (a1 - a0) * i as f64 / steps as f64 };
                let cost = ((a - mid) * r).abs() + (r - (ra + rb) / 2.0).abs() * 0.5;
                candidates.push((cost, polar(r, a)));
            }
        }
        r += 8.0;
    }
    candidates.sort_stable_by(|a, b| a.0.total_cmp(&b.0));
    let mut out = Vec::with_capacity(n);
    let mut rects: Vec<Rect> = Vec::with_capacity(n);
    // A spot found taken stays taken (rectangles are only added), so each candidate is
    // tested until it fails once: the search is linear in the candidates, not n times.
    let mut dead = vec![false; candidates.len()];
    for &id in ids {
        let mut found = None;
        for (i, (_, p)) in candidates.iter().enumerate() {
            if dead[i] {
                continue;
            }
            dead[i] = true;
            if free(*p, &rects) {
                found = Some(*p);
                break;
            }
        }
        let p = found?;
        rects.push(footprint(p, params));
        out.push((id, p));
    }
    Some(out)
}

/// Lays out a netwerkkaart with the default parameters.
pub fn layout(net: &Netwerkkaart) -> NetwerkkaartLayout {
    layout_with(net, &LayoutParams::default())
}

/// Lays out a netwerkkaart. Deterministic: the same map and parameters give the same
/// positions.
pub fn layout_with(net: &Netwerkkaart, params: &LayoutParams) -> NetwerkkaartLayout {
    let wedges = wedges(net, params);
    let mut widths = params.ring_widths.map(|w| w.max(params.actor_size + 2.0 * params.gap + 1.0));
    let half = params.actor_size / 2.0 + params.gap;
    // Start each band wide enough by area for its most crowded cell, so a crowded map
    // does not need many rounds of growing.
    let foot = footprint(Point::new(0.0, 0.0), params);
    let area = (foot.x1 - foot.x0 + params.gap) * (foot.y1 - foot.y0 + params.gap);
    let mut r0 = params.centre_radius;
    for ring in Ring::ALL.iter().copied() {
        for w in &wedges {
            let n = net.actors().filter(|(_, a)| a.sector == w.sector && a.ring == ring && a.pin.is_none()).count();
            let span = (w.end - w.start).max(1e-3);
            let needed = ((r0 * r0 + 2.0 * area * n as f64 / span).sqrt() - r0 + 2.0 * half).ceil();
            widths[ring.index()] = widths[ring.index()].max(needed);
        }
        r0 += widths[ring.index()];
    }
    // Bands grow until everything fits; each failure widens the band that failed, so
    // this ends. The cap only guards against absurd parameters.
    for _attempt in 0..200 {
        let radii = radii_of(params.centre_radius, &widths);
        let mut result =
            NetwerkkaartLayout { params: params.clone(), radii, wedges: wedges.clone(), actors: BTreeMap::new() };
        let mut placed = vec![centre_footprint(params)];
        // Pins first: they stay put and the others make room.
        for (id, a) in net.actors() {
            let (Some(pin), Some(w)) = (a.pin, result.wedge(a.sector).copied()) else { continue };
            let (r0, r1) = result.band(a.ring);
            let p = clamp_into_cell(Point::new(pin.x as f64, pin.y as f64), &w, r0, r1, half);
            placed.push(footprint(p, params));
            result.actors.insert(id, ActorPlace { pos: p, sector: a.sector, ring: a.ring, pinned: true });
        }
        let mut failed = None;
        'rings: for ring in Ring::ALL.iter().copied() {
            let (r0, r1) = result.band(ring);
            for w in &wedges {
                let ids: Vec<ActorId> = net
                    .actors()
                    .filter(|(_, a)| a.sector == w.sector && a.ring == ring && a.pin.is_none())
                    .map(|(id, _)| id)
                    .collect();
                match place_cell(&ids, w, r0, r1, &placed, params) {
                    Some(spots) => {
                        for (id, p) in spots {
                            placed.push(footprint(p, params));
                            result.actors.insert(id, ActorPlace { pos: p, sector: w.sector, ring, pinned: false });
                        }
                    }
                    None => {
                        failed = Some(ring);
                        break 'rings;
                    }
                }
            }
        }
        match failed {
            None => return result,
            Some(ring) => widths[ring.index()] += params.growth_step.max(1.0),
        }
    }
    fallback(net, params, &wedges, &widths)
}

fn radii_of(centre: f64, widths: &[f64; 3]) -> [f64; 4] {
    let mut r = [centre; 4];
    for i in 0..3 {
        r[i + 1] = r[i] + widths[i];
    }
    r
}

/// Only for absurd parameters: every actor in the middle of its cell, overlaps allowed.
fn fallback(net: &Netwerkkaart, params: &LayoutParams, wedges: &[Wedge], widths: &[f64; 3]) -> NetwerkkaartLayout {
    let radii = radii_of(params.centre_radius, widths);
    let mut result =
        NetwerkkaartLayout { params: params.clone(), radii, wedges: wedges.to_vec(), actors: BTreeMap::new() };
    for (id, a) in net.actors() {
        if let Some(w) = result.wedge(a.sector).copied() {
            let (r0, r1) = result.band(a.ring);
            let pos = polar((r0 + r1) / 2.0, w.mid());
            result.actors.insert(id, ActorPlace { pos, sector: a.sector, ring: a.ring, pinned: a.pin.is_some() });
        }
    }
    result
}

#[cfg(test)]
mod neighbour_tests {
    use super::*;
    use crate::netwerkkaart::{Actor, Centre, Command, SectorKind};

    const UP: (f64, f64) = (0.0, -1.0);
    const DOWN: (f64, f64) = (0.0, 1.0);
    const LEFT: (f64, f64) = (-1.0, 0.0);
    const RIGHT: (f64, f64) = (1.0, 0.0);

    /// A map with one actor pinned at each given point (in the family sector; pins
    /// are pulled into their cell, so the test reads the positions back).
    fn map_with(points: &[(i32, i32)]) -> (Netwerkkaart, NetwerkkaartLayout, Vec<ActorId>) {
        let mut n = Netwerkkaart::new(Centre::person("Noah"));
        let mut ids = Vec::new();
        for &(x, y) in points {
            let id = n.next_actor_id();
            let sector = {
                let p = Point::new(f64::from(x), f64::from(y));
                layout(&n).cell_at(p).map(|c| c.0).unwrap_or_else(|| n.sector_of_kind(SectorKind::Family).unwrap())
            };
            let mut a = Actor::person(&format!("A{x},{y}"), sector);
            a.pin = Some(Pin { x, y });
            n.apply(Command::AddActor { id, actor: a }).unwrap();
            ids.push(id);
        }
        let l = layout(&n);
        (n, l, ids)
    }

    #[test]
    fn arrows_go_to_the_nearest_symbol_that_way_and_back() {
        let mut n = Netwerkkaart::new(Centre::person("Noah"));
        let sectors: Vec<SectorId> = n.sectors().map(|(id, _)| id).collect();
        let mut ids = Vec::new();
        for s in &sectors {
            let id = n.next_actor_id();
            n.apply(Command::AddActor { id, actor: Actor::person("x", *s) }).unwrap();
            ids.push(id);
        }
        let l = layout(&n);
        for dir in [UP, DOWN, LEFT, RIGHT] {
            // From the centre every direction with an actor that way reaches one.
            if let Some(NetwerkkaartItem::Actor(a)) = l.neighbour(NetwerkkaartItem::Centre, dir) {
                let p = l.position(a).unwrap();
                assert!(p.x * dir.0 + p.y * dir.1 > 0.0, "{a} lies that way");
                // And the opposite way from there comes back to the centre or past it.
                let back = l.neighbour(NetwerkkaartItem::Actor(a), (-dir.0, -dir.1));
                assert!(back.is_some(), "something lies back from {a}");
            }
        }
        // Every actor can be reached from the centre by some sequence of arrows.
        let mut seen = std::collections::BTreeSet::from([NetwerkkaartItem::Centre]);
        let mut todo = vec![NetwerkkaartItem::Centre];
        while let Some(item) = todo.pop() {
            for dir in [UP, DOWN, LEFT, RIGHT] {
                if let Some(next) = l.neighbour(item, dir) {
                    if seen.insert(next) {
                        todo.push(next);
                    }
                }
            }
        }
        for id in ids {
            assert!(seen.contains(&NetwerkkaartItem::Actor(id)), "{id} reachable with arrows");
        }
    }

    #[test]
    fn prefers_straight_ahead_and_ignores_things_beside() {
        let (_, l, ids) = map_with(&[(0, -300), (260, -160), (300, 0)]);
        let p: Vec<Point> = ids.iter().map(|id| l.position(*id).unwrap()).collect();
        // From the top actor, Right goes to the one on the upper right, not the far right.
        assert_eq!(l.neighbour(NetwerkkaartItem::Actor(ids[0]), RIGHT), Some(NetwerkkaartItem::Actor(ids[1])), "{p:?}");
        // From the centre, Up is the top actor, Right the right one.
        assert_eq!(l.neighbour(NetwerkkaartItem::Centre, UP), Some(NetwerkkaartItem::Actor(ids[0])));
        assert_eq!(l.neighbour(NetwerkkaartItem::Centre, RIGHT), Some(NetwerkkaartItem::Actor(ids[2])));
        // Nothing lies left of the centre or above the top actor.
        assert_eq!(l.neighbour(NetwerkkaartItem::Centre, LEFT), None);
        assert_eq!(l.neighbour(NetwerkkaartItem::Actor(ids[0]), UP), None);
        // From the right actor, Left goes home to the centre: the upper right one is
        // nearer but more beside than ahead.
        assert_eq!(l.neighbour(NetwerkkaartItem::Actor(ids[2]), LEFT), Some(NetwerkkaartItem::Centre), "{p:?}");
    }

    #[test]
    fn unknown_or_unplaced_start_and_zero_direction_give_nothing() {
        let (_, l, ids) = map_with(&[(0, -300)]);
        assert_eq!(l.neighbour(NetwerkkaartItem::Actor(ActorId(42)), UP), None);
        assert_eq!(l.neighbour(NetwerkkaartItem::Sector(SectorId(0)), UP), None);
        assert_eq!(l.neighbour(NetwerkkaartItem::Centre, (0.0, 0.0)), None);
        assert_eq!(l.neighbour(NetwerkkaartItem::Actor(ids[0]), DOWN), Some(NetwerkkaartItem::Centre));
    }
}
