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
//!    child), then sibships are put in birth order;
//! 4. **position**: down/up sweeps centre children under and parents over each other,
//!    each row solved exactly under the minimum distance, pinned persons fixed;
//! 5. **switch**: neighbouring blocks swap where that removes crossings the walk left
//!    (cousin and cross-clan marriages), then positions are solved again;
//! 6. disconnected parts are placed side by side, left to right by smallest id.
//!
//! Everything is linear or `n log n` in the family size and deterministic.
//! [`quality`] measures a layout (overlaps, crossings, width, centring, displacement)
//! and [`generate`] builds seeded random families for tests and the benchmark.

mod blocks;
mod geometry;
mod graph;
mod order;
mod position;
mod rows;
mod switch;
mod types;

pub mod generate;
pub mod quality;

#[cfg(test)]
mod tests;

pub use types::{
    Bounds, ChildDrop, ChildKind, ChildLink, Family, Layout, LayoutOptions, Person, PersonPlacement, Pins, Point,
    SingleParentLink, Sibship, SymbolSize, TwinApex, TwinGroup, Union, UnionGeometry,
};

use blocks::Blocks;
use graph::Graph;
use position::Placer;

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
    let mut y: Vec<f64> = rows.row.iter().map(|&r| r as f64 * options.row_height).collect();
    for v in 0..g.n_persons {
        if let Some(p) = pins.get(g.ids[v]) {
            pin_x[v] = Some(p.x);
            pinned[v] = true;
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

    let mut x = vec![0.0; n];
    let placer = Placer { g: &g, blocks: &blocks, pin: &pin_x, d: options.min_distance };
    let comp_pinned: Vec<bool> =
        comp_rows.iter().map(|rc| rc.iter().flatten().any(|&b| blocks.members[b].iter().any(|&m| pinned[m]))).collect();
    // Components held by pins are placed together, row by row, so they cannot overlap
    // each other; the others are placed alone and then moved side by side.
    let mut joint: Vec<Vec<usize>> = Vec::new();
    for (rc, &p) in comp_rows.iter().zip(&comp_pinned) {
        if p {
            if joint.len() < rc.len() {
                joint.resize(rc.len(), Vec::new());
            }
            for (r, row) in rc.iter().enumerate() {
                joint[r].extend(row.iter().copied());
            }
        }
    }
    // Place, swap neighbours where that removes crossings, place again.
    for (rc, &p) in comp_rows.iter_mut().zip(&comp_pinned) {
        if !p && rc.len() > 1 {
            placer.place(rc, options.sweeps, &mut x);
            if switch::reduce(&g, &blocks, rc, &mut x, options.min_distance, options.swap_passes) > 0 {
                placer.place(rc, options.sweeps, &mut x);
            }
        } else if !p {
            placer.place(rc, options.sweeps, &mut x);
        }
    }
    if !joint.is_empty() {
        placer.place(&joint, options.sweeps, &mut x);
    }

    // Side by side: unpinned components left to right, skipping the extent of the
    // components that pins hold in place.
    let half_label = options.label_width.max(options.symbol_size) / 2.0;
    let extent = |rows_c: &[Vec<usize>], x: &[f64]| {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for &b in rows_c.iter().flatten() {
            for &m in &blocks.members[b] {
                lo = lo.min(x[m]);
                hi = hi.max(x[m]);
            }
        }
        (lo - half_label, hi + half_label)
    };
    let fixed = (!joint.is_empty()).then(|| extent(&joint, &x));
    let mut cursor = 0.0;
    for (rc, &is_pinned) in comp_rows.iter().zip(&comp_pinned) {
        if is_pinned || rc.is_empty() {
            continue;
        }
        let (lo, hi) = extent(rc, &x);
        let w = hi - lo;
        let mut at = cursor;
        if let Some((f0, f1)) = fixed {
            if at < f1 + options.component_gap && at + w + options.component_gap > f0 {
                at = f1 + options.component_gap;
            }
        }
        let shift = at - lo;
        for &b in rc.iter().flatten() {
            for &m in &blocks.members[b] {
                x[m] += shift;
            }
        }
        cursor = at + w + options.component_gap;
    }
    for v in 0..n {
        if let Some(px) = pin_x[v] {
            x[v] = px;
        }
    }
    geometry::build(&g, &blocks, &rows.row, &x, &y, &pinned, options)
}
