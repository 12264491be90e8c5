//! Generation rows and connected components.
//!
//! Partners are merged into one cluster so they share a row; clusters are ranked by
//! the longest path from the roots, then clusters are pulled down next to their
//! children (so the parents of a person who married in sit right above them).
//! Data that would force a cycle (someone partnered with their own descendant) gets
//! the offending partner merges undone; a genuine ancestry cycle is cut.

use super::graph::Graph;

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn find(&mut self, mut v: usize) -> usize {
        while self.0[v] != v {
            self.0[v] = self.0[self.0[v]];
            v = self.0[v];
        }
        v
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root, keeping results independent of join order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Rows and components of all nodes.
pub(crate) struct Rows {
    /// Row per node, starting at 0 in each component.
    pub row: Vec<usize>,
    /// Component per node, numbered by the smallest person id they contain.
    pub comp: Vec<usize>,
    pub n_comps: usize,
}

pub(crate) fn assign(g: &Graph) -> Rows {
    let n = g.n_nodes();
    let mut merge = vec![true; g.unions.len()];
    let mut rank = Vec::new();
    for attempt in 0..4 {
        let last = attempt == 3;
        match ranks(g, &merge, last) {
            Ok(r) => {
                rank = r;
                break;
            }
            Err(stuck) => {
                // Undo partner merges touching the stuck clusters and try again.
                for (ui, u) in g.unions.iter().enumerate() {
                    if stuck[u.a] || stuck[u.b] {
                        merge[ui] = false;
                    }
                }
            }
        }
    }

    // Components over partner and parent links.
    let mut uf = UnionFind::new(n);
    for u in &g.unions {
        uf.join(u.a, u.b);
    }
    for f in &g.fams {
        for &(c, _) in &f.children {
            uf.join(f.parents[0], c);
        }
        if f.parents.len() > 1 {
            uf.join(f.parents[0], f.parents[1]);
        }
    }
    // Person nodes are sorted by id, so the root (smallest index) of each component is
    // its smallest person id; number components in that order.
    let mut comp_of_root = vec![usize::MAX; n];
    let mut n_comps = 0;
    let comp: Vec<usize> = (0..n)
        .map(|v| {
            let r = uf.find(v);
            if comp_of_root[r] == usize::MAX {
                comp_of_root[r] = n_comps;
                n_comps += 1;
            }
            comp_of_root[r]
        })
        .collect();
    let mut min_rank = vec![i64::MAX; n_comps];
    for v in 0..n {
        min_rank[comp[v]] = min_rank[comp[v]].min(rank[v]);
    }
    let row = (0..n).map(|v| (rank[v] - min_rank[comp[v]]) as usize).collect();
    Rows { row, comp, n_comps }
}

/// Longest-path ranks with partner clusters; `Err(stuck nodes)` on a cycle unless
/// `force` is set, in which case cycles are cut at the smallest stuck cluster.
fn ranks(g: &Graph, merge: &[bool], force: bool) -> Result<Vec<i64>, Vec<bool>> {
    let n = g.n_nodes();
    let mut uf = UnionFind::new(n);
    for (ui, u) in g.unions.iter().enumerate() {
        if merge[ui] {
            uf.join(u.a, u.b);
        }
    }
    let cl: Vec<usize> = (0..n).map(|v| uf.find(v)).collect();

    // Cluster edges parent → child in CSR form.
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for f in &g.fams {
        for &p in &f.parents {
            for &(c, _) in &f.children {
                edges.push((cl[p], cl[c]));
            }
        }
    }
    edges.sort_unstable();
    edges.dedup();
    let mut start = vec![0usize; n + 1];
    for &(a, _) in &edges {
        start[a + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut indeg = vec![0i64; n];
    for &(_, b) in &edges {
        indeg[b] += 1;
    }

    let mut rank = vec![0i64; n];
    let mut done = vec![false; n];
    let mut queued = vec![false; n];
    let mut order = Vec::new();
    let mut stack: Vec<usize> = (0..n).rev().filter(|&v| cl[v] == v && indeg[v] == 0).collect();
    for &v in &stack {
        queued[v] = true;
    }
    let mut scan = 0;
    loop {
        while let Some(c) = stack.pop() {
            done[c] = true;
            order.push(c);
            for &(_, d) in &edges[start[c]..start[c + 1]] {
                if done[d] {
                    continue;
                }
                rank[d] = rank[d].max(rank[c] + 1);
                indeg[d] -= 1;
                if indeg[d] <= 0 && !queued[d] {
                    queued[d] = true;
                    stack.push(d);
                }
            }
        }
        while scan < n && (done[scan] || cl[scan] != scan) {
            scan += 1;
        }
        if scan == n {
            break;
        }
        if !force {
            let stuck: Vec<bool> = (0..n).map(|v| !done[cl[v]]).collect();
            return Err(stuck);
        }
        queued[scan] = true;
        stack.push(scan);
    }

    // Pull clusters down to just above their highest child, children first. Childless
    // clusters whose only parents are this cluster follow it down, so an in-law's
    // parents and unmarried siblings sit right above and beside the in-law.
    let mut parents_of = vec![0usize; n];
    for &(a, b) in &edges {
        if a != b {
            parents_of[b] += 1;
        }
    }
    let is_free = |d: usize, c: usize| start[d] == start[d + 1] && parents_of[d] == 1 && d != c;
    for &c in order.iter().rev() {
        let kids = &edges[start[c]..start[c + 1]];
        let bound = kids.iter().filter(|&&(_, d)| d != c && !is_free(d, c)).map(|&(_, d)| rank[d]).min();
        if let Some(m) = bound {
            if m - 1 > rank[c] {
                rank[c] = m - 1;
            }
        }
        for &(_, d) in kids {
            if is_free(d, c) {
                rank[d] = rank[c] + 1;
            }
        }
    }
    Ok((0..n).map(|v| rank[cl[v]]).collect())
}
