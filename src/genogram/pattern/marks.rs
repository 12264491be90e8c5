//! What the lens marks in one genogram, computed once per scene build.

use std::collections::HashMap;

use super::theme::{person_has, relation_has, union_has};
use super::Lens;
use crate::genogram::model::{ChildLinkId, Genogram, ParentRef, PersonId, RelationId, UnionId};

/// The marked things of a genogram under a lens, by theme index (the theme's place in
/// [`Lens::themes`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marks {
    /// Persons with at least one theme, and which (in lens order).
    pub persons: HashMap<PersonId, Vec<usize>>,
    /// Relations with a theme (the first one that applies).
    pub relations: HashMap<RelationId, usize>,
    /// Unions with a theme of their own (divorce), or that carry a marked line of descent.
    pub unions: HashMap<UnionId, usize>,
    /// Child lines of descent that connect a marked parent to a child marked by the same theme.
    pub descent: HashMap<ChildLinkId, usize>,
    /// Single parents whose line carries a marked line of descent.
    pub single_parents: HashMap<PersonId, usize>,
}

impl Marks {
    /// The themes of a person (empty when unmarked).
    pub fn of_person(&self, p: PersonId) -> &[usize] {
        self.persons.get(&p).map_or(&[], Vec::as_slice)
    }
}

/// Marks every person, relation, union and line of descent that has a theme of the lens.
pub fn marks(g: &Genogram, lens: &Lens) -> Marks {
    let mut m = Marks::default();
    if !lens.is_on() {
        return m;
    }
    for (id, p) in g.persons() {
        let themes: Vec<usize> =
            lens.themes.iter().enumerate().filter(|(_, t)| person_has(g, id, p, t)).map(|(i, _)| i).collect();
        if !themes.is_empty() {
            m.persons.insert(id, themes);
        }
    }
    for (rid, r) in g.relations() {
        if let Some(i) = lens.themes.iter().position(|t| relation_has(r, t)) {
            m.relations.insert(rid, i);
        }
    }
    for (uid, u) in g.unions() {
        if let Some(i) = lens.themes.iter().position(|t| union_has(u, t)) {
            m.unions.insert(uid, i);
        }
    }
    for (cid, l) in g.child_links() {
        let child = m.of_person(l.child);
        if child.is_empty() {
            continue;
        }
        let parents = match l.parent {
            ParentRef::Union(u) => g.union(u).map(|u| u.partners().collect::<Vec<_>>()).unwrap_or_default(),
            ParentRef::Person(p) => vec![p],
        };
        let shared = child.iter().copied().find(|t| parents.iter().any(|p| m.of_person(*p).contains(t)));
        if let Some(t) = shared {
            m.descent.insert(cid, t);
            match l.parent {
                ParentRef::Union(u) => {
                    m.unions.entry(u).or_insert(t);
                }
                ParentRef::Person(p) => {
                    m.single_parents.entry(p).or_insert(t);
                }
            }
        }
    }
    m
}
