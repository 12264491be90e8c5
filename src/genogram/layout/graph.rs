//! The input family turned into dense indices, with dangling references dropped.
//!
//! Nodes `0..n_persons` are persons sorted by id; after them come placeholder nodes,
//! one per union with an unknown partner, so such a union is placed like any couple.

use std::collections::{BTreeMap, HashMap};

use super::types::{ChildKind, Family, SymbolSize};

/// A union between two nodes (`b` may be a placeholder).
#[derive(Clone, Debug)]
pub(crate) struct GUnion {
    pub id: u32,
    pub a: usize,
    pub b: usize,
    pub b_unknown: bool,
    pub order: i64,
}

/// A sibship: parents (one or two nodes) and their children, oldest first.
#[derive(Clone, Debug)]
pub(crate) struct GFam {
    pub parents: Vec<usize>,
    /// Index into `Graph::unions` when the parents are a union.
    pub union: Option<usize>,
    pub children: Vec<(usize, ChildKind)>,
}

#[derive(Clone, Debug)]
pub(crate) struct Graph {
    pub n_persons: usize,
    /// Person id per person node.
    pub ids: Vec<u32>,
    /// Symbol size per node (placeholders are normal).
    pub size: Vec<SymbolSize>,
    pub unions: Vec<GUnion>,
    pub fams: Vec<GFam>,
    /// Unions of each node, chronological.
    pub node_unions: Vec<Vec<usize>>,
    /// Sibships in which the node is a child.
    pub child_of: Vec<Vec<usize>>,
    /// Sibships in which the node is a parent.
    pub parent_in: Vec<Vec<usize>>,
    /// Twin groups as nodes, with the identical flag.
    pub twins: Vec<(Vec<usize>, bool)>,
    /// Twin group of each node.
    pub twin_of: Vec<Option<usize>>,
    /// [`Family::strict_birth_order`].
    pub strict: bool,
}

impl Graph {
    pub fn n_nodes(&self) -> usize {
        self.size.len()
    }

    /// The other partner of union `u` seen from `v`.
    pub fn partner(&self, u: usize, v: usize) -> usize {
        let un = &self.unions[u];
        if un.a == v {
            un.b
        } else {
            un.a
        }
    }

    pub fn build(family: &Family) -> Graph {
        let mut persons: Vec<_> = family.persons.iter().collect();
        persons.sort_by_key(|p| p.id);
        persons.dedup_by_key(|p| p.id);
        let n_persons = persons.len();
        let index: HashMap<u32, usize> = persons.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        let ids: Vec<u32> = persons.iter().map(|p| p.id).collect();
        let mut size: Vec<SymbolSize> = persons.iter().map(|p| p.size).collect();
        let birth: Vec<Option<i64>> = persons.iter().map(|p| p.birth_order).collect();

        let mut unions_in: Vec<_> = family.unions.iter().collect();
        unions_in.sort_by_key(|u| u.id);
        unions_in.dedup_by_key(|u| u.id);

        let mut unions = Vec::new();
        // Sibships before their children are sorted.
        let mut raw_fams: Vec<GFam> = Vec::new();
        for u in unions_in {
            let Some(&a) = index.get(&u.partners.0) else { continue };
            let known_b = u.partners.1.and_then(|b| index.get(&b).copied()).filter(|&b| b != a);
            let ui = unions.len();
            let (b, b_unknown) = match known_b {
                Some(b) => (b, false),
                None => {
                    size.push(SymbolSize::Normal);
                    (size.len() - 1, true)
                }
            };
            unions.push(GUnion { id: u.id, a, b, b_unknown, order: u.order });
            let children: Vec<(usize, ChildKind)> = u
                .children
                .iter()
                .filter_map(|c| index.get(&c.child).map(|&i| (i, c.kind)))
                .filter(|&(c, _)| c != a && c != b)
                .collect();
            if !children.is_empty() {
                raw_fams.push(GFam { parents: vec![a, b], union: Some(ui), children });
            }
        }

        let mut singles: BTreeMap<usize, Vec<(usize, ChildKind)>> = BTreeMap::new();
        for l in &family.single_parent_links {
            let (Some(&p), Some(&c)) = (index.get(&l.parent), index.get(&l.child.child)) else { continue };
            if p != c {
                singles.entry(p).or_default().push((c, l.child.kind));
            }
        }
        for (p, children) in singles {
            raw_fams.push(GFam { parents: vec![p], union: None, children });
        }

        let n = size.len();
        let mut twin_of = vec![None; n];
        let mut twins = Vec::new();
        for t in &family.twin_groups {
            let mut members: Vec<usize> = t.members.iter().filter_map(|m| index.get(m).copied()).collect();
            members.sort_unstable();
            members.dedup();
            members.retain(|&m| twin_of[m].is_none());
            if members.len() < 2 {
                continue;
            }
            for &m in &members {
                twin_of[m] = Some(twins.len());
            }
            twins.push((members, t.identical));
        }

        let mut fams = Vec::with_capacity(raw_fams.len());
        for GFam { parents, union, mut children } in raw_fams {
            // Drop duplicates, keeping the first listing.
            let mut seen = Vec::with_capacity(children.len());
            children.retain(|&(c, _)| {
                if seen.contains(&c) {
                    false
                } else {
                    seen.push(c);
                    true
                }
            });
            // Sibling key: twins share their group's earliest key so they stay adjacent.
            let base = |i: usize, c: usize| (birth[c].unwrap_or(i64::MAX), i);
            let keyed: Vec<((i64, usize), usize, ChildKind)> =
                children.iter().enumerate().map(|(i, &(c, k))| (base(i, c), c, k)).collect();
            let mut group_key: HashMap<usize, (i64, usize)> = HashMap::new();
            for &(key, c, _) in &keyed {
                if let Some(t) = twin_of[c] {
                    let e = group_key.entry(t).or_insert(key);
                    if key < *e {
                        *e = key;
                    }
                }
            }
            let mut sorted: Vec<_> = keyed
                .iter()
                .map(|&(key, c, k)| {
                    let t = twin_of[c];
                    let g = t.map(|t| group_key[&t]).unwrap_or(key);
                    ((g, t.unwrap_or(usize::MAX), key), c, k)
                })
                .collect();
            sorted.sort_by_key(|x| x.0);
            fams.push(GFam { parents, union, children: sorted.into_iter().map(|(_, c, k)| (c, k)).collect() });
        }

        let mut node_unions = vec![Vec::new(); n];
        for (ui, u) in unions.iter().enumerate() {
            node_unions[u.a].push(ui);
            node_unions[u.b].push(ui);
        }
        for list in &mut node_unions {
            list.sort_by_key(|&u| (unions[u].order, unions[u].id));
        }
        let mut child_of = vec![Vec::new(); n];
        let mut parent_in = vec![Vec::new(); n];
        for (fi, f) in fams.iter().enumerate() {
            for &p in &f.parents {
                parent_in[p].push(fi);
            }
            for &(c, _) in &f.children {
                child_of[c].push(fi);
            }
        }

        Graph {
            n_persons,
            ids,
            size,
            unions,
            fams,
            node_unions,
            child_of,
            parent_in,
            twins,
            twin_of,
            strict: family.strict_birth_order,
        }
    }
}
