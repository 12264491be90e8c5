//! Tests of the genogram model.

mod ages;
mod history;
mod kinship;
mod props;
mod rules;
pub(crate) mod strategies;

use super::genogram::{Edge, Genogram, Node};

/// Checks that the id maps and the graph agree: every id points at a weight with that
/// id, and the graph holds nothing the maps do not know.
pub(crate) fn assert_consistent(g: &Genogram) {
    for (&id, &n) in &g.person_nodes {
        assert!(matches!(g.graph.node_weight(n), Some(Node::Person(pid, _)) if *pid == id), "person {id}");
    }
    for (&id, &n) in &g.union_nodes {
        assert!(matches!(g.graph.node_weight(n), Some(Node::Union(uid, _)) if *uid == id), "union {id}");
    }
    for (&id, &e) in &g.child_edges {
        assert!(matches!(g.graph.edge_weight(e), Some(Edge::Child(cid, _)) if *cid == id), "child link {id}");
    }
    for (&id, &e) in &g.relation_edges {
        assert!(matches!(g.graph.edge_weight(e), Some(Edge::Relation(rid, _)) if *rid == id), "relation {id}");
    }
    assert_eq!(g.graph.node_count(), g.person_nodes.len() + g.union_nodes.len());
    let partner_edges: usize = g.unions().map(|(_, u)| u.partners().count()).sum();
    assert_eq!(g.graph.edge_count(), partner_edges + g.child_edges.len() + g.relation_edges.len());
    for (_, h) in g.households() {
        assert!(h.members.iter().all(|&p| g.contains_person(p)));
    }
    let all: Vec<_> = g.person_ids().collect();
    assert_eq!(g.check_children(&all), Ok(()), "structural rules hold");
    assert_eq!(g.validate_structure(), Ok(()), "linear-time validation agrees");
}
