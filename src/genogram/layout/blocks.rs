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
                    // In strict birth order two partners who are both someone's
                    // children stand each in their own sibship.
                    let apart = g.strict && !g.child_of[v].is_empty() && !g.child_of[w].is_empty();
                    if of[w] == usize::MAX && rows.row[w] == rows.row[v] && !apart {
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
