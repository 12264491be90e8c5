//! Fixture tests of textbook families and property tests over generated families.

mod fixtures;
pub(crate) mod ordinary;
mod ordinary_props;
mod properties;

use super::*;

/// `(union id, partner, partner, order, children)`.
pub(super) type UnionSpec<'a> = (u32, u32, Option<u32>, i64, &'a [u32]);

/// Build a family from `(id, birth key)` persons and
/// `(union id, partner, partner, order, children)` unions.
pub(super) fn family(persons: &[(u32, i64)], unions: &[UnionSpec]) -> Family {
    Family {
        persons: persons.iter().map(|&(id, b)| FamilyPerson::new(id).born(b)).collect(),
        unions: unions
            .iter()
            .map(|&(id, a, b, order, kids)| FamilyUnion {
                id,
                partners: (a, b),
                order,
                children: kids.iter().map(|&c| FamilyChild::biological(c)).collect(),
            })
            .collect(),
        ..Default::default()
    }
}

pub(super) fn run(f: &Family) -> Layout {
    layout(f, &Pins::default(), &LayoutOptions::default())
}

pub(super) fn x(l: &Layout, id: u32) -> f64 {
    l.persons[&id].x
}
