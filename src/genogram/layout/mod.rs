//! Automatic genogram layout (McGoldrick conventions), pure Rust.
//!
//! [`layout`] takes a plain [`Family`] (not the model, so the two evolve separately),
//! user [`Pins`] and [`LayoutOptions`], and returns a [`Layout`] with a centre per
//! person and the lines of every union and sibship.
//!
//! The method is a Sugiyama-style layered layout adapted to genograms:
//! 1. **rows** ([`rows`](self)): one row per generation; partners share a row, parents
//!    of in-laws are pulled down right above them;
//! 2. **blocks**: partners on a row form a rigid block (several partners in
//!    chronological order along the row);
//! 3. **order**: a depth-first walk over the family fixes the block order per row
//!    (children oldest-left under their parents, in-law families beside their
//!    child), then sibships are made contiguous and put in birth order, a child
//!    married into a family drawn beside theirs at the edge nearest the partner;
//! 4. **position**: down/up sweeps centre children under and parents over each other,
//!    each row solved exactly under the minimum distance, pinned persons fixed;
//! 5. **switch**: one barycentre sweep up the rows where that halves the crossings (a
//!    kwartierstaat); then neighbouring blocks swap, and chains of intermarried families move
//!    as a whole to their best place in the row, where that removes crossings the walk
//!    left (cousin and cross-clan marriages); positions are solved again (a few rounds);
//! 6. disconnected parts are placed side by side, left to right by smallest id, in one
//!    line while that is at most 4:1, else in shelves under each other ([`grid`](self));
//! 7. **tracks**: child bars that overlap along a row are drawn at different heights,
//!    and the rows below move down to make room (measured without pins, so a drag
//!    never moves rows).
//!
//! Where families intermarry so that not every couple can stand between both
//! families (a family with children married into three others, or marriages in a
//! ring), some couples stand apart, each partner in their own sibship, joined by a
//! union line over the siblings between them (see `blocks::apart_unions`).
//!
//! Everything is linear or `n log n` in the family size and deterministic.
//! [`quality`] measures a layout (overlaps, crossings, width, centring, displacement),
//! [`readability`] what a reader looks at (sibships together, child bars apart),
//! and [`generate`] builds seeded random families for tests and the benchmark.

mod blocks;
mod geometry;
mod graph;
mod grid;
mod order;
pub(crate) mod position;
mod rows;
mod sibships;
mod switch;
mod tracks;
mod types;

pub mod generate;
pub mod quality;
pub mod readability;

#[cfg(test)]
mod tests;

pub use types::{
    Bounds, ChildDrop, ChildKind, Family, FamilyChild, FamilyPerson, FamilyUnion, Layout, LayoutOptions,
    PersonPlacement, Pins, Point, Sibship, SingleParentLink, SymbolSize, TwinApex, TwinGroup, UnionGeometry,
};

use blocks::Blocks;
use graph::Graph;
use position::{Placer, Spacing};

/// Rounds of crossing reduction and solving the rows again.
const SWITCH_ROUNDS: usize = 3;

/// Lay out `family`, keeping pinned persons exactly at their pins.
///
/// Pass `&Pins::default()` to lay out from scratch (this is how pins are cleared);
/// pass the previous pins to keep them. Unknown ids in `pins` are ignored.
pub fn layout(family: &Family, pins: &Pins, options: &LayoutOptions) -> Layout {
    let g = Graph::build(family);
    let rows = rows::assign(&g);
    let mut blocks = Blocks::build(&g, &rows);
    let n = g.n_nodes();

    let mut pin_x = vec![None; n];
    let mut pinned = vec![false; n];
    let mut y_pinned = vec![false; n];
    let mut y: Vec<f64> = rows.row.iter().map(|&r| r as f64 * options.row_height).collect();
    for v in 0..g.n_persons {
        if let Some(p) = pins.get(g.ids[v]) {
            pin_x[v] = Some(p.x);
            pinned[v] = true;
            y_pinned[v] = true;
            y[v] = p.y;
        } else if let Some(px) = pins.column(g.ids[v]) {
            pin_x[v] = Some(px);
            pinned[v] = true;
        }
    }

    let mut comp_blocks: Vec<Vec<usize>> = vec![Vec::new(); rows.n_comps];
    for b in 0..blocks.members.len() {
        comp_blocks[blocks.comp[b]].push(b);
    }
    let mut visited = vec![false; blocks.members.len()];
    let mut comp_rows = Vec::with_capacity(rows.n_comps);
    for cb in &comp_blocks {
        comp_rows.push(order::order_component(&g, &mut blocks, cb, &mut visited));
    }

    let comp_pinned: Vec<bool> =
        comp_rows.iter().map(|rc| rc.iter().flatten().any(|&b| blocks.members[b].iter().any(|&m| pinned[m]))).collect();
    // Each node's width: its labels' (measured by the caller, else the default) or
    // its symbol's, whichever is wider; neighbours keep their labels apart.
    let label_of: std::collections::HashMap<u32, f64> =
        family.persons.iter().filter_map(|p| p.label_width.map(|w| (p.id, w))).collect();
    let width: Vec<f64> = (0..n)
        .map(|v| {
            let label = if v < g.n_persons { label_of.get(&g.ids[v]).copied() } else { None };
            let label = label.filter(|w| w.is_finite()).unwrap_or(options.label_width);
            label.max(options.symbol_edge(g.size[v]))
        })
        .collect();
    let space = Spacing::new(&blocks, options.min_distance, width);
    let extent = |rows_c: &[Vec<usize>], x: &[f64]| {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for &b in rows_c.iter().flatten() {
            for &m in &blocks.members[b] {
                let half = space.width[m].max(options.symbol_size) / 2.0;
                lo = lo.min(x[m] - half);
                hi = hi.max(x[m] + half);
            }
        }
        (lo, hi)
    };
    // Side by side, left to right, or in shelves: each part's rows move down by its
    // shelf's shift.
    let pack = |comp_rows: &[Vec<Vec<usize>>], x: &mut [f64]| -> Vec<usize> {
        let used: Vec<usize> = (0..comp_rows.len()).filter(|&c| !comp_rows[c].is_empty()).collect();
        let spans: Vec<(f64, f64)> = used.iter().map(|&c| extent(&comp_rows[c], x)).collect();
        let parts: Vec<grid::Part> = used
            .iter()
            .zip(&spans)
            .map(|(&c, &(lo, hi))| {
                let persons = comp_rows[c].iter().flatten().map(|&b| blocks.members[b].len()).sum();
                grid::Part { width: hi - lo, rows: comp_rows[c].len(), persons }
            })
            .collect();
        let places = grid::arrange(&parts, options.component_gap, options.row_height);
        let mut row_shift = vec![0; comp_rows.len()];
        for ((&c, &(lo, _)), place) in used.iter().zip(&spans).zip(places) {
            let shift = place.x - lo;
            for &b in comp_rows[c].iter().flatten() {
                for &m in &blocks.members[b] {
                    x[m] += shift;
                }
            }
            row_shift[c] = place.row_shift;
        }
        row_shift
    };

    // First the layout without pins: every component placed alone (swapping neighbours
    // where that removes crossings) and packed side by side. Pins are in its frame, so
    // it is also where the free persons of pinned components want to stay.
    let mut x = vec![0.0; n];
    let no_pins = vec![None; n];
    let free = Placer { g: &g, blocks: &blocks, pin: &no_pins, reference: None, space: &space };
    for rc in comp_rows.iter_mut() {
        free.place(rc, options.sweeps, &mut x);
        if options.swap_passes > 0 && switch::order_by_children(&g, &blocks, rc, &mut x, options.min_distance) {
            free.place(rc, options.sweeps, &mut x);
        }
        // Swaps are weighed at the places before them; once the rows are solved again,
        // the real places may show more (up to a few rounds).
        for _ in 0..SWITCH_ROUNDS {
            if rc.len() < 2 || switch::reduce(&g, &blocks, rc, &mut x, options.min_distance, options.swap_passes) == 0 {
                break;
            }
            free.place(rc, options.sweeps, &mut x);
        }
    }
    let row_shift = pack(&comp_rows, &mut x);
    // Rows on the drawing: a part's own rows moved down by its shelf.
    let grid_row: Vec<usize> = (0..n).map(|v| rows.row[v] + row_shift[blocks.comp[blocks.of[v]]]).collect();
    for v in 0..n {
        if !y_pinned[v] {
            y[v] = grid_row[v] as f64 * options.row_height;
        }
    }
    // Rows under overlapping child bars get room for their tracks, measured without
    // pins: a drag moves persons along their rows, never the rows.
    let apart = |u: usize| {
        let un = &g.unions[u];
        rows.row[un.a] == rows.row[un.b] && blocks.of[un.a] != blocks.of[un.b]
    };
    let free_tracks = tracks::assign(&g, &grid_row, &x, &apart);
    let room = free_tracks.extra(options);

    // Components held by pins are placed together, row by row, so they cannot overlap
    // each other; the others keep their places, moved aside where the pinned ones are.
    // Rows are those of the drawing, so parts on different shelves stay apart.
    let mut joint: Vec<Vec<usize>> = Vec::new();
    for (c, (rc, &p)) in comp_rows.iter().zip(&comp_pinned).enumerate() {
        if p {
            let top = row_shift[c];
            if joint.len() < top + rc.len() {
                joint.resize(top + rc.len(), Vec::new());
            }
            for (r, row) in rc.iter().enumerate() {
                joint[top + r].extend(row.iter().copied());
            }
        }
    }
    if !joint.is_empty() {
        let reference = x.clone();
        let placer = Placer { g: &g, blocks: &blocks, pin: &pin_x, reference: Some(&reference), space: &space };
        placer.place(&joint, options.sweeps, &mut x);
        // On each shelf with pinned parts, the free parts stay where they were, pushed
        // aside only as far as the pinned ones now need: those left of them
        // leftwards, the others rightwards.
        let gap = options.component_gap;
        let mut shifts = vec![0.0; comp_rows.len()];
        let mut shelves: Vec<usize> = (0..comp_rows.len())
            .filter(|&c| comp_pinned[c] && !comp_rows[c].is_empty())
            .map(|c| row_shift[c])
            .collect();
        shelves.sort_unstable();
        shelves.dedup();
        for shelf in shelves {
            let on_shelf = |c: usize| row_shift[c] == shelf && !comp_rows[c].is_empty();
            let (mut f0, mut f1) = (f64::INFINITY, f64::NEG_INFINITY);
            for c in (0..comp_rows.len()).filter(|&c| comp_pinned[c] && on_shelf(c)) {
                let (lo, hi) = extent(&comp_rows[c], &x);
                f0 = f0.min(lo);
                f1 = f1.max(hi);
            }
            let free_comps: Vec<(usize, (f64, f64))> = (0..comp_rows.len())
                .filter(|&c| !comp_pinned[c] && on_shelf(c))
                .map(|c| (c, extent(&comp_rows[c], &x)))
                .collect();
            let mid = (f0 + f1) / 2.0;
            let mut edge = f0 - gap;
            for &(c, (lo, hi)) in free_comps.iter().rev().filter(|(_, (lo, hi))| (lo + hi) / 2.0 < mid) {
                let at = lo.min(edge - (hi - lo));
                shifts[c] = at - lo;
                edge = at - gap;
            }
            let mut edge = f1 + gap;
            for &(c, (lo, hi)) in free_comps.iter().filter(|(_, (lo, hi))| (lo + hi) / 2.0 >= mid) {
                let at = lo.max(edge);
                shifts[c] = at - lo;
                edge = at + (hi - lo) + gap;
            }
        }
        for (rc, shift) in comp_rows.iter().zip(shifts) {
            for &b in rc.iter().flatten() {
                for &m in &blocks.members[b] {
                    x[m] += shift;
                }
            }
        }
    }
    for v in 0..n {
        if let Some(px) = pin_x[v] {
            x[v] = px;
        }
    }
    position::snap(&grid_row, &space, &pin_x, &mut x);
    // Without pins the positions are those the room was measured on: no second pass.
    let any_pin = pinned.iter().any(|&p| p);
    let tracks = if any_pin { tracks::assign(&g, &grid_row, &x, &apart) } else { free_tracks };
    let below = tracks.offsets(&room, options);
    let mut lower = Vec::with_capacity(room.len() + 1);
    let mut sum = 0.0;
    lower.push(0.0);
    for e in &room {
        sum += e;
        lower.push(sum);
    }
    for v in 0..n {
        if !y_pinned[v] {
            y[v] += lower[grid_row[v].min(lower.len() - 1)];
        }
    }
    geometry::build(&g, &blocks, &rows.row, &x, &y, &pinned, &below, options)
}
