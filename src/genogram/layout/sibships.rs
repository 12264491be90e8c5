//! Sibships kept together on their row, in birth order.
//!
//! The depth-first walk ([`order`](super::order)) puts families of origin beside each
//! other; this pass fixes the order of the children within each row so a reader sees
//! whose child is whose:
//! * the blocks holding one couple's children stand side by side (a block holds a
//!   child with the partners who married them in);
//! * when a child married someone from a family drawn beside theirs, the couple's
//!   block joins the two sibships: the families form a chain along the row, and each
//!   married child stands at the edge of their sibship nearest their partner;
//! * everyone else stands in birth order, left to right;
//! * a child whose partner's parents are drawn (with no siblings on this row) stands
//!   at the end of the sibship on the side of those parents.
//!
//! Families that cannot form a chain (a sibship with three children married into
//! other drawn families) keep the walk's slots with each sibship in birth order.

use std::collections::BTreeMap;

use super::blocks::Blocks;
use super::graph::Graph;

/// Reorder every row (top-down) so that sibships are contiguous.
pub(crate) fn arrange(g: &Graph, blocks: &mut Blocks, rows: &mut [Vec<usize>]) {
    let mut slot = vec![usize::MAX; blocks.members.len()];
    for row in rows.iter() {
        for (i, &b) in row.iter().enumerate() {
            slot[b] = i;
        }
    }
    // Place of every person along its row, counted in persons, once the row is done.
    let mut ord = vec![0.0; g.n_nodes()];
    for row in rows.iter_mut() {
        let new = arrange_row(g, blocks, row, &slot, &ord);
        let mut k = 0.0;
        for (i, &b) in new.iter().enumerate() {
            slot[b] = i;
            for &m in &blocks.members[b] {
                ord[m] = k;
                k += 1.0;
            }
        }
        *row = new;
    }
}

/// Rank of `v` among the children of `f` (0 = eldest), when it is one.
fn rank(g: &Graph, f: usize, v: usize) -> Option<usize> {
    g.fams[f].children.iter().position(|&(c, _)| c == v)
}

/// Youngest-first key of block `b` within sibship `f`: the rank of its eldest member
/// who is a child of `f`.
fn block_rank(g: &Graph, blocks: &Blocks, f: usize, b: usize) -> usize {
    blocks.members[b].iter().filter_map(|&m| rank(g, f, m)).min().unwrap_or(usize::MAX)
}

/// Mean slot of the parents of sibship `f` on their row (for sides), if placed.
fn parent_slot(g: &Graph, blocks: &Blocks, f: usize, slot: &[usize]) -> Option<f64> {
    let s: Vec<f64> =
        g.fams[f].parents.iter().map(|&p| slot[blocks.of[p]]).filter(|&s| s != usize::MAX).map(|s| s as f64).collect();
    (!s.is_empty()).then(|| s.iter().sum::<f64>() / s.len() as f64)
}

fn arrange_row(g: &Graph, blocks: &mut Blocks, row: &[usize], slot: &[usize], ord: &[f64]) -> Vec<usize> {
    if row.len() < 2 {
        return row.to_vec();
    }
    let r = blocks.row[row[0]];
    // Sibships with children on this row, and their blocks in row order.
    let mut fam_blocks: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &b in row {
        for &m in &blocks.members[b] {
            for &f in &g.child_of[m] {
                let list = fam_blocks.entry(f).or_default();
                if !list.contains(&b) {
                    list.push(b);
                }
            }
        }
    }
    fam_blocks.retain(|_, list| list.len() > 1);

    // Clusters: blocks joined by a sibship that spreads over several blocks.
    let index: BTreeMap<usize, usize> = row.iter().enumerate().map(|(i, &b)| (b, i)).collect();
    let mut parent: Vec<usize> = (0..row.len()).collect();
    fn find(p: &mut [usize], mut v: usize) -> usize {
        while p[v] != v {
            p[v] = p[p[v]];
            v = p[v];
        }
        v
    }
    for list in fam_blocks.values() {
        for b in &list[1..] {
            let (a, c) = (find(&mut parent, index[&list[0]]), find(&mut parent, index[b]));
            if a != c {
                parent[a.max(c)] = a.min(c);
            }
        }
    }
    let mut clusters: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &b) in row.iter().enumerate() {
        let root = find(&mut parent, i);
        clusters.entry(root).or_default().push(b);
    }

    // Each cluster arranged, then all clusters placed by their mean slot in the walk.
    let mut units: Vec<(f64, usize, Vec<usize>)> = Vec::with_capacity(clusters.len());
    for (root, members) in clusters {
        let mean = members.iter().map(|&b| slot[b] as f64).sum::<f64>() / members.len() as f64;
        let fams: Vec<usize> =
            fam_blocks.iter().filter(|(_, list)| list.iter().any(|b| members.contains(b))).map(|(&f, _)| f).collect();
        let arranged = if fams.is_empty() {
            members
        } else {
            chain(g, blocks, &fams, &fam_blocks, &members, slot, ord, r)
                .unwrap_or_else(|| in_slots(g, blocks, &fams, &fam_blocks, members))
        };
        units.push((mean, root, arranged));
    }
    units.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    // Rows above may have changed order: children follow their parents. Units whose
    // parents stand on the row just above are sorted by where those parents stand,
    // over the places such units hold; the others (partners who married in, families
    // pulled down beside them) keep theirs.
    let bary = |unit: &[usize]| -> Option<f64> {
        let (mut sum, mut n) = (0.0, 0.0);
        for &b in unit {
            for &m in &blocks.members[b] {
                for &f in &g.child_of[m] {
                    for &p in &g.fams[f].parents {
                        if blocks.row[blocks.of[p]] + 1 == r {
                            sum += ord[p];
                            n += 1.0;
                        }
                    }
                }
            }
        }
        (n > 0.0).then(|| sum / n)
    };
    let keyed: Vec<Option<f64>> = units.iter().map(|u| bary(&u.2)).collect();
    let places: Vec<usize> = (0..units.len()).filter(|&i| keyed[i].is_some()).collect();
    let mut parented: Vec<usize> = places.clone();
    parented.sort_by(|&a, &b| keyed[a].unwrap_or(0.0).total_cmp(&keyed[b].unwrap_or(0.0)).then(a.cmp(&b)));
    let mut order: Vec<usize> = (0..units.len()).collect();
    for (&at, &u) in places.iter().zip(&parented) {
        order[at] = u;
    }
    let mut units: Vec<Option<Vec<usize>>> = units.into_iter().map(|u| Some(u.2)).collect();
    order.into_iter().flat_map(|i| units[i].take().expect("each unit once")).collect()
}

/// The old rule, for clusters that do not form a chain: every sibship's blocks in
/// birth order over the places they hold.
fn in_slots(
    g: &Graph,
    blocks: &Blocks,
    fams: &[usize],
    fam_blocks: &BTreeMap<usize, Vec<usize>>,
    mut members: Vec<usize>,
) -> Vec<usize> {
    for &f in fams {
        let mut wanted = fam_blocks[&f].clone();
        wanted.sort_by_key(|&b| block_rank(g, blocks, f, b));
        let mut places: Vec<usize> = wanted.iter().filter_map(|b| members.iter().position(|m| m == b)).collect();
        places.sort_unstable();
        for (&p, &b) in places.iter().zip(&wanted) {
            members[p] = b;
        }
    }
    members
}

/// Arrange a cluster as a chain of sibships, or `None` when it is not one.
#[allow(clippy::too_many_arguments)]
fn chain(
    g: &Graph,
    blocks: &mut Blocks,
    fams: &[usize],
    fam_blocks: &BTreeMap<usize, Vec<usize>>,
    members: &[usize],
    slot: &[usize],
    ord: &[f64],
    r: usize,
) -> Option<Vec<usize>> {
    let fams_of = |b: usize| -> Vec<usize> { fams.iter().copied().filter(|f| fam_blocks[f].contains(&b)).collect() };
    // Links between sibships: blocks in two of them.
    let mut links: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for &b in members {
        let fs = fams_of(b);
        match fs.len() {
            0 | 1 => {}
            2 => links.entry((fs[0], fs[1])).or_default().push(b),
            _ => return None,
        }
    }
    let mut nb: BTreeMap<usize, Vec<usize>> = fams.iter().map(|&f| (f, Vec::new())).collect();
    for &(a, b) in links.keys() {
        nb.get_mut(&a).expect("listed").push(b);
        nb.get_mut(&b).expect("listed").push(a);
    }
    if nb.values().any(|v| v.len() > 2) || links.len() + 1 != fams.len() {
        return None;
    }
    // Where a sibship's parents stand on the row above (counted in persons), when
    // every sibship of the cluster has them there; else where the walk put it.
    let parents_above = |f: usize| g.fams[f].parents.iter().all(|&p| blocks.row[blocks.of[p]] + 1 == r);
    let by_parents = fams.iter().all(|&f| parents_above(f));
    let mean_slot = |f: usize| {
        if by_parents {
            let p = &g.fams[f].parents;
            return p.iter().map(|&v| ord[v]).sum::<f64>() / p.len() as f64;
        }
        let l = &fam_blocks[&f];
        l.iter().map(|&b| slot[b] as f64).sum::<f64>() / l.len() as f64
    };
    // Walk the path from the end the walk put further left.
    let ends: Vec<usize> = fams.iter().copied().filter(|f| nb[f].len() < 2).collect();
    let start = *ends.iter().min_by(|&&a, &&b| mean_slot(a).total_cmp(&mean_slot(b)).then(a.cmp(&b)))?;
    let mut path = vec![start];
    while let Some(&next) = nb[path.last().expect("non-empty")].iter().find(|f| !path.contains(f)) {
        path.push(next);
    }
    if path.len() != fams.len() {
        return None;
    }
    let link = |a: usize, b: usize| links.get(&(a.min(b), a.max(b))).cloned().unwrap_or_default();

    let mut out = Vec::with_capacity(members.len());
    let last = path.len() - 1;
    for (i, &f) in path.iter().enumerate() {
        let left = if i > 0 { link(path[i - 1], f) } else { Vec::new() };
        let right = if i < last { link(f, path[i + 1]) } else { Vec::new() };
        let twin_of = |b: usize, side: &[usize]| {
            blocks.members[b].iter().any(|&m| {
                g.twin_of[m].is_some()
                    && side.iter().any(|&s| blocks.members[s].iter().any(|&w| w != m && g.twin_of[w] == g.twin_of[m]))
            })
        };
        let mut own: Vec<usize> =
            fam_blocks[&f].iter().copied().filter(|b| !left.contains(b) && !right.contains(b)).collect();
        // A partner from a family drawn above this row (with no siblings here) pulls
        // the married child to the end of the sibship on that family's side.
        let above = |of: usize| blocks.row[blocks.of[g.fams[of].parents[0]]] + 1 == r;
        let here = if above(f) { parent_slot(g, blocks, f, slot) } else { None };
        let side_of = |b: usize| -> Option<i8> {
            if g.strict {
                return None;
            }
            let here = here?;
            blocks.members[b].iter().filter(|&&m| rank(g, f, m).is_none()).find_map(|&m| {
                g.child_of[m].iter().find_map(|&of| {
                    above(of)
                        .then(|| parent_slot(g, blocks, of, slot))
                        .flatten()
                        .map(|there| if there < here { -1 } else { 1 })
                })
            })
        };
        let free_left = i == 0;
        let free_right = i == last;
        let (mut to_left, mut to_right) = (None, None);
        let mut by_rank = own.clone();
        by_rank.sort_by_key(|&b| block_rank(g, blocks, f, b));
        for &b in &by_rank {
            match side_of(b) {
                Some(-1) if free_left && to_left.is_none() => to_left = Some(b),
                Some(1) if free_right && to_right.is_none() => to_right = Some(b),
                _ => {}
            }
        }
        let key = |b: usize| {
            let tier = if Some(b) == to_left {
                -2
            } else if Some(b) == to_right {
                2
            } else if twin_of(b, &left) || to_left.is_some_and(|t| twin_of(b, &[t])) {
                -1
            } else if twin_of(b, &right) || to_right.is_some_and(|t| twin_of(b, &[t])) {
                1
            } else {
                0
            };
            (tier, block_rank(g, blocks, f, b))
        };
        own.sort_by_key(|&b| key(b));
        // Partners from outside face outwards.
        if let Some(b) = to_left {
            face(g, blocks, b, f, false);
        }
        if let Some(b) = to_right {
            face(g, blocks, b, f, true);
        }
        out.extend(own);
        let mut right = right;
        right.sort_by_key(|&b| block_rank(g, blocks, f, b));
        for &b in &right {
            face(g, blocks, b, f, true);
        }
        out.extend(right);
    }
    // Blocks of the cluster in no sibship here cannot exist (the cluster is made of
    // sibship blocks), but keep anything missed rather than drop it.
    for &b in members {
        if !out.contains(&b) {
            out.push(b);
        }
    }
    Some(out)
}

/// Mirror block `b` if needed so that its members who are children of `f` stand on
/// the left (`f_left`) or on the right of the others.
fn face(g: &Graph, blocks: &mut Blocks, b: usize, f: usize, f_left: bool) {
    let mem = &blocks.members[b];
    if mem.len() < 2 {
        return;
    }
    let pos: Vec<usize> = (0..mem.len()).filter(|&i| rank(g, f, mem[i]).is_some()).collect();
    let Some(&first) = pos.first() else { return };
    let last = *pos.last().expect("non-empty");
    let k = mem.len() - 1;
    // Distance of f's members from the wanted end versus from the other end.
    let (near, far) = if f_left { (first, k - last) } else { (k - last, first) };
    if near > far {
        blocks.mirror(b);
    }
}
