//! Turning node positions into the drawable [`Layout`].

use std::collections::BTreeMap;

use super::blocks::Blocks;
use super::graph::Graph;
use super::tracks::Offsets;
use super::types::{
    Bounds, ChildDrop, Layout, LayoutOptions, PersonPlacement, Point, Sibship, TwinApex, UnionGeometry,
};

#[allow(clippy::too_many_arguments)]
pub(crate) fn build(
    g: &Graph,
    blocks: &Blocks,
    row: &[usize],
    x: &[f64],
    y: &[f64],
    pinned: &[bool],
    below: &Offsets,
    o: &LayoutOptions,
) -> Layout {
    let half = |v: usize| o.symbol_edge(g.size[v]) / 2.0;
    let mut persons = BTreeMap::new();
    for v in 0..g.n_persons {
        persons.insert(
            g.ids[v],
            PersonPlacement { x: x[v], y: y[v], row: row[v] as u32, size: g.size[v], pinned: pinned[v] },
        );
    }

    // Union line heights first: the children hang from them.
    let union_y: Vec<f64> = g
        .unions
        .iter()
        .enumerate()
        .map(|(ui, u)| {
            let mut uy = y[u.a].max(y[u.b]) + o.union_offset;
            if let Some(d) = below.union[ui] {
                // Partners apart whose line would run along other lines: its track.
                return y[u.a].max(y[u.b]) + d;
            }
            if blocks.of[u.a] == blocks.of[u.b] {
                let gap = blocks.pos[u.a].abs_diff(blocks.pos[u.b]);
                uy += gap.saturating_sub(1) as f64 * o.union_stagger;
            } else if row[u.a] == row[u.b] && (x[u.a] - x[u.b]).abs() > 1.5 * o.min_distance {
                // Partners drawn apart (strict birth order): the line passes under the
                // siblings between them, lower than theirs, so it reads as a union.
                uy += 2.0 * o.union_stagger;
            }
            uy
        })
        .collect();

    let mut sibships: Vec<Option<Sibship>> = vec![None; g.fams.len()];
    for (fi, f) in g.fams.iter().enumerate() {
        let (stem_top, bar_y) = match f.union {
            Some(u) => {
                let un = &g.unions[u];
                let top = Point::new((x[un.a] + x[un.b]) / 2.0, union_y[u]);
                (top, y[un.a].max(y[un.b]) + below.bar[fi])
            }
            None => {
                let p = f.parents[0];
                (Point::new(x[p], y[p] + half(p)), y[p] + below.bar[fi])
            }
        };
        let mut children: Vec<_> = f.children.clone();
        children.sort_by(|a, b| x[a.0].total_cmp(&x[b.0]));
        let mut twins: Vec<TwinApex> = Vec::new();
        let mut apex_of: BTreeMap<usize, Point> = BTreeMap::new();
        for &(c, _) in &children {
            let Some(t) = g.twin_of[c] else { continue };
            if apex_of.contains_key(&t) {
                continue;
            }
            let members: Vec<usize> = children.iter().map(|&(c, _)| c).filter(|&m| g.twin_of[m] == Some(t)).collect();
            if members.len() < 2 {
                continue;
            }
            let mx = members.iter().map(|&m| x[m]).sum::<f64>() / members.len() as f64;
            let apex = Point::new(mx, bar_y);
            apex_of.insert(t, apex);
            twins.push(TwinApex {
                members: members.iter().map(|&m| g.ids[m]).collect(),
                identical: g.twins[t].1,
                apex,
            });
        }
        let mut x1 = stem_top.x;
        let mut x2 = stem_top.x;
        let drops: Vec<ChildDrop> = children
            .iter()
            .map(|&(c, kind)| {
                let from = g.twin_of[c].and_then(|t| apex_of.get(&t).copied()).unwrap_or(Point::new(x[c], bar_y));
                x1 = x1.min(from.x);
                x2 = x2.max(from.x);
                ChildDrop { child: g.ids[c], kind, from, to: Point::new(x[c], y[c] - half(c)) }
            })
            .collect();
        sibships[fi] = Some(Sibship { stem_top, bar_y, x1, x2, drops, twins });
    }

    let mut fam_of_union = vec![None; g.unions.len()];
    let mut single_parents = BTreeMap::new();
    for (fi, f) in g.fams.iter().enumerate() {
        match f.union {
            Some(u) => fam_of_union[u] = Some(fi),
            None => {
                single_parents.insert(g.ids[f.parents[0]], sibships[fi].take().expect("built above"));
            }
        }
    }
    let mut unions = BTreeMap::new();
    for (ui, u) in g.unions.iter().enumerate() {
        unions.insert(
            u.id,
            UnionGeometry {
                partners: (g.ids[u.a], (!u.b_unknown).then(|| g.ids[u.b])),
                y: union_y[ui],
                x1: x[u.a].min(x[u.b]),
                x2: x[u.a].max(x[u.b]),
                unknown_partner: u.b_unknown.then(|| Point::new(x[u.b], y[u.b])),
                sibship: fam_of_union[ui].and_then(|f| sibships[f].take()),
            },
        );
    }

    let mut bounds: Option<Bounds> = None;
    let mut grow = |x0: f64, y0: f64, x1: f64, y1: f64| {
        let b = bounds.get_or_insert(Bounds { min_x: x0, min_y: y0, max_x: x1, max_y: y1 });
        b.min_x = b.min_x.min(x0);
        b.min_y = b.min_y.min(y0);
        b.max_x = b.max_x.max(x1);
        b.max_y = b.max_y.max(y1);
    };
    for v in 0..g.n_nodes() {
        let hw = half(v).max(o.label_width / 2.0);
        grow(x[v] - hw, y[v] - half(v), x[v] + hw, y[v] + half(v) + o.label_height);
    }
    for u in unions.values() {
        grow(u.x1, u.y, u.x2, u.y);
        if let Some(s) = &u.sibship {
            grow(s.x1, s.bar_y, s.x2, s.bar_y);
        }
    }
    for s in single_parents.values() {
        grow(s.x1, s.bar_y, s.x2, s.bar_y);
    }
    Layout { persons, unions, single_parents, bounds: bounds.unwrap_or_default() }
}
