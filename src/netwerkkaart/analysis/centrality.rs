//! Betweenness centrality (Brandes 2001) on the small undirected network graph: how
//! often an actor lies on the shortest paths between others — who holds the network
//! together, and who brokers between the formal and the informal world.

use std::collections::VecDeque;

/// Betweenness of every node of an undirected, unweighted graph given as adjacency
/// lists, counting only the pairs `(s, t)` with `pair(s, t)` true (the relation must be
/// symmetric). Each unordered pair counts once; a node is never counted on paths it
/// ends.
///
/// This is Brandes' algorithm with pair weights: one breadth-first search per source
/// counts shortest paths (σ), then dependencies are accumulated from the farthest
/// nodes back, each target adding its own weight.
pub(crate) fn betweenness(adj: &[Vec<usize>], pair: impl Fn(usize, usize) -> bool) -> Vec<f64> {
    let n = adj.len();
    let mut score = vec![0.0; n];
    let mut sigma = vec![0.0f64; n];
    let mut dist = vec![usize::MAX; n];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut delta = vec![0.0f64; n];
    let mut order = Vec::with_capacity(n);
    let mut queue = VecDeque::with_capacity(n);
    for s in 0..n {
        sigma.iter_mut().for_each(|x| *x = 0.0);
        dist.iter_mut().for_each(|x| *x = usize::MAX);
        preds.iter_mut().for_each(Vec::clear);
        delta.iter_mut().for_each(|x| *x = 0.0);
        order.clear();
        sigma[s] = 1.0;
        dist[s] = 0;
        queue.push_back(s);
        while let Some(v) = queue.pop_front() {
            order.push(v);
            for &w in &adj[v] {
                if dist[w] == usize::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
                if dist[w] == dist[v] + 1 {
                    sigma[w] += sigma[v];
                    preds[w].push(v);
                }
            }
        }
        for &w in order.iter().rev() {
            let own = if w != s && pair(s, w) { 1.0 } else { 0.0 };
            for &v in &preds[w] {
                delta[v] += sigma[v] / sigma[w] * (own + delta[w]);
            }
            if w != s {
                score[w] += delta[w];
            }
        }
    }
    // Every unordered pair was counted from both ends.
    score.iter_mut().for_each(|x| *x /= 2.0);
    score
}

#[cfg(test)]
mod tests {
    use super::betweenness;

    fn adj(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
        let mut a = vec![Vec::new(); n];
        for &(x, y) in edges {
            a[x].push(y);
            a[y].push(x);
        }
        a
    }

    #[test]
    fn path_middle_carries_all_pairs_through_it() {
        // 0 - 1 - 2 - 3: node 1 lies on (0,2) and (0,3); node 2 on (0,3) and (1,3).
        let b = betweenness(&adj(4, &[(0, 1), (1, 2), (2, 3)]), |_, _| true);
        assert_eq!(b, vec![0.0, 2.0, 2.0, 0.0]);
    }

    #[test]
    fn star_centre_and_split_shortest_paths() {
        // Star: centre 0 lies on all 3 pairs of leaves.
        let b = betweenness(&adj(4, &[(0, 1), (0, 2), (0, 3)]), |_, _| true);
        assert_eq!(b, vec![3.0, 0.0, 0.0, 0.0]);
        // Square 0-1-2-3-0: each pair of opposite corners has two shortest paths.
        let b = betweenness(&adj(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]), |_, _| true);
        assert_eq!(b, vec![0.5, 0.5, 0.5, 0.5]);
    }

    #[test]
    fn pair_filter_counts_only_chosen_pairs() {
        // 0 - 1 - 2 - 3, only the pair (0, 2) counts: node 1 gets 1, node 2 nothing.
        let only = |s: usize, t: usize| (s.min(t), s.max(t)) == (0, 2);
        let b = betweenness(&adj(4, &[(0, 1), (1, 2), (2, 3)]), only);
        assert_eq!(b, vec![0.0, 1.0, 0.0, 0.0]);
    }
}
