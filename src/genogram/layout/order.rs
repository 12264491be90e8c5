//! Left-to-right order of blocks within each row of one component.
//!
//! A depth-first walk over the family emits blocks into per-row deques: a couple's
//! children (oldest first) right after the couple, then the families of origin of
//! persons who married in. Such a family goes to the side where it cannot interleave
//! with the partner's siblings: appended at the right end, or prepended at the left
//! end when the couple opened its row (the walk then continues mirrored). This gives
//! crossing-free drawings for trees with in-laws. Afterwards [`sibships`](super::sibships)
//! makes every sibship contiguous and puts it in birth order.

use std::collections::VecDeque;

use super::blocks::Blocks;
use super::graph::Graph;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    Append,
    Prepend,
}

struct Task {
    block: usize,
    enter: Option<usize>,
    mode: Mode,
}

/// Rows of block indices, left to right, for the blocks of one component.
pub(crate) fn order_component(
    g: &Graph,
    blocks: &mut Blocks,
    comp_blocks: &[usize],
    visited: &mut [bool],
) -> Vec<Vec<usize>> {
    let n_rows = comp_blocks.iter().map(|&b| blocks.row[b] + 1).max().unwrap_or(0);
    let mut rows: Vec<VecDeque<usize>> = vec![VecDeque::new(); n_rows];
    // Stamp = approximate position in a row (front stamps negative, back positive), used
    // to orient couples whose families of origin are both already placed.
    let mut stamp = vec![0i64; blocks.members.len()];
    let mut front = vec![0i64; n_rows];
    let mut back = vec![0i64; n_rows];

    // Start from the top row's block holding the smallest person id, so adding persons
    // lower down never changes where the walk begins.
    let mut starts: Vec<usize> = comp_blocks.to_vec();
    starts.sort_by_key(|&b| (blocks.row[b], blocks.members[b].iter().min().copied().unwrap_or(usize::MAX)));

    let mut stack: Vec<Task> = Vec::new();
    for &s in &starts {
        if visited[s] {
            continue;
        }
        stack.push(Task { block: s, enter: None, mode: Mode::Append });
        while let Some(t) = stack.pop() {
            let b = t.block;
            if visited[b] {
                continue;
            }
            visited[b] = true;
            let row = blocks.row[b];
            let was_empty = rows[row].is_empty();
            orient(g, blocks, b, t.enter, t.mode, was_empty, visited, &stamp);
            match t.mode {
                Mode::Append => {
                    back[row] += 1;
                    stamp[b] = back[row];
                    rows[row].push_back(b);
                }
                Mode::Prepend => {
                    front[row] -= 1;
                    stamp[b] = front[row];
                    rows[row].push_front(b);
                }
            }
            push_tasks(g, blocks, b, t.mode, was_empty, visited, &mut stack);
        }
    }
    let mut rows: Vec<Vec<usize>> = rows.into_iter().map(Vec::from).collect();
    super::sibships::arrange(g, blocks, &mut rows);
    rows
}

/// Mode in which the family of origin of the member at index `i` of a block of `k`
/// members is visited.
fn up_mode(mode: Mode, i: usize, k: usize, was_empty: bool) -> Mode {
    let left = i < k / 2;
    match mode {
        Mode::Append if left && was_empty => Mode::Prepend,
        Mode::Prepend if !left && was_empty => Mode::Append,
        m => m,
    }
}

fn has_unvisited_parents(g: &Graph, blocks: &Blocks, v: usize, visited: &[bool]) -> bool {
    g.child_of[v].iter().any(|&f| !visited[blocks.of[g.fams[f].parents[0]]])
}

fn parent_placed(g: &Graph, blocks: &Blocks, v: usize, visited: &[bool]) -> bool {
    g.child_of[v].iter().any(|&f| visited[blocks.of[g.fams[f].parents[0]]])
}

/// Mean stamp of the already placed families of origin of `v`.
fn parent_stamp(g: &Graph, blocks: &Blocks, v: usize, visited: &[bool], stamp: &[i64]) -> Option<f64> {
    let s: Vec<i64> = g.child_of[v]
        .iter()
        .map(|&f| blocks.of[g.fams[f].parents[0]])
        .filter(|&pb| visited[pb])
        .map(|pb| stamp[pb])
        .collect();
    (!s.is_empty()).then(|| s.iter().sum::<i64>() as f64 / s.len() as f64)
}

/// Choose which way round a couple is drawn. Larger blocks keep their chronological
/// order.
#[allow(clippy::too_many_arguments)]
fn orient(
    g: &Graph,
    blocks: &mut Blocks,
    b: usize,
    enter: Option<usize>,
    mode: Mode,
    was_empty: bool,
    visited: &[bool],
    stamp: &[i64],
) {
    if blocks.members[b].len() != 2 {
        return;
    }
    let (m0, m1) = (blocks.members[b][0], blocks.members[b][1]);
    let needs0 = has_unvisited_parents(g, blocks, m0, visited);
    let needs1 = has_unvisited_parents(g, blocks, m1, visited);
    // Desired left member.
    let left = if needs0 != needs1 {
        // The member whose family is still to come goes where that family will go.
        let (o, e) = if needs0 { (m0, m1) } else { (m1, m0) };
        let anchored = g.child_of[o].iter().any(|&f| {
            let pb = blocks.of[g.fams[f].parents[0]];
            !visited[pb] && blocks.members[pb].iter().any(|&p| parent_placed(g, blocks, p, visited))
        });
        let o_left = match mode {
            Mode::Append => was_empty && !anchored,
            Mode::Prepend => !was_empty || anchored,
        };
        if o_left {
            o
        } else {
            e
        }
    } else if let (Some(s0), Some(s1)) =
        (parent_stamp(g, blocks, m0, visited, stamp), parent_stamp(g, blocks, m1, visited, stamp))
    {
        if s1 < s0 {
            m1
        } else {
            m0
        }
    } else if let Some(e) = enter {
        // A partner without a family of origin: put them on the side away from the
        // siblings still to come.
        let o = if e == m0 { m1 } else { m0 };
        let fam = g.child_of[e].first().map(|&f| &g.fams[f].children);
        let (first, last) = match fam {
            Some(ch) if ch.len() > 1 => (ch[0].0 == e, ch[ch.len() - 1].0 == e),
            _ => (false, true),
        };
        let o_left = match mode {
            Mode::Append => first,
            Mode::Prepend => !last,
        };
        if o_left {
            o
        } else {
            e
        }
    } else {
        m0
    };
    if left != m0 {
        blocks.mirror(b);
    }
}

fn push_tasks(
    g: &Graph,
    blocks: &Blocks,
    b: usize,
    mode: Mode,
    was_empty: bool,
    visited: &[bool],
    stack: &mut Vec<Task>,
) {
    let members = &blocks.members[b];
    let k = members.len();
    // Executed in this order: children, families of origin, partners on other rows.
    let mut tasks: Vec<Task> = Vec::new();

    // Sibships of this block, left to right by where their parents sit.
    let mut fams: Vec<(usize, usize, usize)> = Vec::new();
    for &m in members {
        for &f in &g.parent_in[m] {
            let in_block: Vec<usize> =
                g.fams[f].parents.iter().filter(|&&p| blocks.of[p] == b).map(|&p| blocks.pos[p]).collect();
            let key = in_block.iter().sum::<usize>() * 2 / in_block.len().max(1);
            fams.push((key, f, 0));
        }
    }
    fams.sort_unstable();
    fams.dedup();
    if mode == Mode::Prepend {
        fams.reverse();
    }
    for &(_, f, _) in &fams {
        let children = &g.fams[f].children;
        let mut push = |c: usize| {
            let cb = blocks.of[c];
            if !visited[cb] {
                tasks.push(Task { block: cb, enter: Some(c), mode });
            }
        };
        match mode {
            Mode::Append => children.iter().for_each(|&(c, _)| push(c)),
            Mode::Prepend => children.iter().rev().for_each(|&(c, _)| push(c)),
        }
    }

    for (i, &m) in members.iter().enumerate() {
        for &f in &g.child_of[m] {
            let pb = blocks.of[g.fams[f].parents[0]];
            if !visited[pb] {
                // A family whose own members already have placed relatives (e.g. the
                // parents of a cousin) cannot move to the far side; keep the mode.
                let anchored = blocks.members[pb].iter().any(|&p| parent_placed(g, blocks, p, visited));
                let up = if anchored { mode } else { up_mode(mode, i, k, was_empty) };
                tasks.push(Task { block: pb, enter: None, mode: up });
            }
        }
    }
    for &m in members {
        for &u in &g.node_unions[m] {
            let w = g.partner(u, m);
            if blocks.of[w] != b && !visited[blocks.of[w]] {
                tasks.push(Task { block: blocks.of[w], enter: Some(w), mode });
            }
        }
    }
    stack.extend(tasks.into_iter().rev());
}
