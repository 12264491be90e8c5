//! Partner blocks: persons on one row joined by unions, kept contiguous and in a fixed
//! internal order (several partners in chronological order along the row).

use std::collections::VecDeque;

use super::graph::Graph;
use super::rows::Rows;

pub(crate) struct Blocks {
    /// Members of each block, left to right.
    pub members: Vec<Vec<usize>>,
    /// Block of each node.
    pub of: Vec<usize>,
    /// Index of each node inside its block.
    pub pos: Vec<usize>,
    /// Row of each block.
    pub row: Vec<usize>,
    /// Component of each block.
    pub comp: Vec<usize>,
}

impl Blocks {
    pub fn build(g: &Graph, rows: &Rows) -> Blocks {
        let n = g.n_nodes();
        let mut of = vec![usize::MAX; n];
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut queue = Vec::new();
        let apart = apart_unions(g, rows);
        // Flood fill over same-row unions; starting from the smallest index keeps block
        // numbering deterministic.
        for s in 0..n {
            if of[s] != usize::MAX {
                continue;
            }
            let b = members.len();
            of[s] = b;
            let mut list = vec![s];
            queue.push(s);
            while let Some(v) = queue.pop() {
                for &u in &g.node_unions[v] {
                    let w = g.partner(u, v);
                    if of[w] == usize::MAX && rows.row[w] == rows.row[v] && !apart[u] {
                        of[w] = b;
                        list.push(w);
                        queue.push(w);
                    }
                }
            }
            members.push(list);
        }
        let members: Vec<Vec<usize>> = members.into_iter().map(|m| linearize(g, &of, m)).collect();
        let mut pos = vec![0; n];
        for m in &members {
            for (i, &v) in m.iter().enumerate() {
                pos[v] = i;
            }
        }
        let row = members.iter().map(|m| rows.row[m[0]]).collect();
        let comp = members.iter().map(|m| rows.comp[m[0]]).collect();
        Blocks { members, of, pos, row, comp }
    }

    /// Reverse the order of a block's members.
    pub fn mirror(&mut self, b: usize) {
        self.members[b].reverse();
        for (i, &v) in self.members[b].iter().enumerate() {
            self.pos[v] = i;
        }
    }
}

/// Unions whose partners stand apart, each in their own sibship, with the union line
/// passing over the siblings between them.
///
/// In strict birth order that is every union of two persons who are both someone's
/// children. Otherwise a couple stands together, and joins the two sibships they come
/// from into a chain along the row (see [`sibships`](super::sibships)). A row can only
/// hold a chain: a family whose children married into three drawn families, or
/// families whose marriages form a ring, cannot all stand beside each other. Such
/// couples are found here, greedily in the unions' order: a couple stands together
/// when its block then touches at most two families, each family is joined to at most
/// two others on the row, and the joins form no ring; the rest stand apart, and their
/// sibships stay whole.
fn apart_unions(g: &Graph, rows: &Rows) -> Vec<bool> {
    let n_unions = g.unions.len();
    let both_children = |u: &super::graph::GUnion| !g.child_of[u.a].is_empty() && !g.child_of[u.b].is_empty();
    if g.strict {
        return g.unions.iter().map(|u| rows.row[u.a] == rows.row[u.b] && both_children(u)).collect();
    }
    let mut apart = vec![false; n_unions];
    let n = g.n_nodes();
    // Union-find over persons (blocks so far), with the families each block touches.
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut v: usize) -> usize {
        while p[v] != v {
            p[v] = p[p[v]];
            v = p[v];
        }
        v
    }
    let mut fams: Vec<Vec<usize>> = (0..n).map(|v| g.child_of[v].iter().copied().take(1).collect()).collect();
    // Joins between families, and a union-find over families to refuse rings.
    let n_fams = g.fams.len();
    let mut joined: std::collections::BTreeSet<(usize, usize)> = std::collections::BTreeSet::new();
    let mut degree = vec![0usize; n_fams];
    let mut fparent: Vec<usize> = (0..n_fams).collect();
    let mut order: Vec<usize> = (0..n_unions).collect();
    order.sort_by_key(|&u| (g.unions[u].order, u));
    for u in order {
        let un = &g.unions[u];
        if rows.row[un.a] != rows.row[un.b] {
            continue;
        }
        let (ra, rb) = (find(&mut parent, un.a), find(&mut parent, un.b));
        if ra == rb {
            continue;
        }
        let mut merged = fams[ra].clone();
        for &f in &fams[rb] {
            if !merged.contains(&f) {
                merged.push(f);
            }
        }
        let ok = match merged.len() {
            0 | 1 => true,
            2 if fams[ra].len() == 2 || fams[rb].len() == 2 => true,
            2 => {
                let (x, y) = (merged[0].min(merged[1]), merged[0].max(merged[1]));
                if joined.contains(&(x, y)) {
                    true
                } else if degree[x] >= 2 || degree[y] >= 2 || find(&mut fparent, x) == find(&mut fparent, y) {
                    false
                } else {
                    joined.insert((x, y));
                    degree[x] += 1;
                    degree[y] += 1;
                    let (fx, fy) = (find(&mut fparent, x), find(&mut fparent, y));
                    fparent[fx.max(fy)] = fx.min(fy);
                    true
                }
            }
            _ => false,
        };
        if ok {
            parent[ra.max(rb)] = ra.min(rb);
            fams[ra.min(rb)] = merged;
        } else {
            apart[u] = true;
        }
    }
    apart
}

/// Order a block's members: a couple as its union lists them; otherwise the person with
/// most unions in the middle, their first partner to the left and later partners to
/// the right, and each partner's further partners outward.
fn linearize(g: &Graph, of: &[usize], mut list: Vec<usize>) -> Vec<usize> {
    if list.len() == 1 {
        return list;
    }
    let b = of[list[0]];
    let in_block = |w: usize| of[w] == b;
    if list.len() == 2 {
        let (x, y) = (list[0], list[1]);
        let u = g.node_unions[x].iter().find(|&&u| g.partner(u, x) == y);
        return match u {
            Some(&u) => vec![g.unions[u].a, g.unions[u].b],
            None => {
                list.sort_unstable();
                list
            }
        };
    }
    list.sort_unstable();
    let degree = |v: usize| g.node_unions[v].iter().filter(|&&u| in_block(g.partner(u, v))).count();
    let hub = *list.iter().max_by_key(|&&v| (degree(v), std::cmp::Reverse(v))).expect("non-empty");
    let mut line = VecDeque::from([hub]);
    let mut placed = vec![hub];
    // (node, side): side -1 grows leftwards, +1 rightwards, 0 is the hub.
    let mut queue = VecDeque::from([(hub, 0i8)]);
    while let Some((v, side)) = queue.pop_front() {
        let partners: Vec<usize> = g.node_unions[v].iter().map(|&u| g.partner(u, v)).filter(|&w| in_block(w)).collect();
        let mut fresh = Vec::new();
        for w in partners {
            if !placed.contains(&w) && !fresh.contains(&w) {
                fresh.push(w);
            }
        }
        placed.extend(fresh.iter().copied());
        match side {
            0 => {
                let mut it = fresh.into_iter();
                if let Some(first) = it.next() {
                    line.push_front(first);
                    queue.push_back((first, -1));
                }
                for w in it {
                    line.push_back(w);
                    queue.push_back((w, 1));
                }
            }
            -1 => {
                // Earliest ends up outermost-left so the row still reads chronologically.
                for &w in fresh.iter().rev() {
                    line.push_front(w);
                }
                for w in fresh {
                    queue.push_back((w, -1));
                }
            }
            _ => {
                for w in fresh {
                    line.push_back(w);
                    queue.push_back((w, 1));
                }
            }
        }
    }
    // Anyone not reached (cannot happen for a connected block) goes at the end.
    for v in list {
        if !line.contains(&v) {
            line.push_back(v);
        }
    }
    line.into_iter().collect()
}
