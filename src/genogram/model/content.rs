//! The stored shape of a genogram: lists of things with their explicit ids.

use crate::genogram::model::{
    ChildLink, ChildLinkId, Folding, Genogram, GenogramSettings, Household, HouseholdId, ModelError, Person, PersonId,
    Relation, RelationId, Union, UnionId,
};
use serde::{Deserialize, Serialize};

/// One stored thing: its id next to its fields, e.g. `{"id": 3, "given_name": "Noah", …}`.
#[derive(Deserialize)]
pub(crate) struct Entry<I, T> {
    id: I,
    #[serde(flatten)]
    value: T,
}

#[derive(Serialize)]
struct EntryRef<'a, I, T> {
    id: I,
    #[serde(flatten)]
    value: &'a T,
}

/// The `"content"` of a genogram file, as read.
#[derive(Deserialize)]
pub(crate) struct GenogramContent {
    #[serde(default)]
    persons: Vec<Entry<PersonId, Person>>,
    #[serde(default)]
    unions: Vec<Entry<UnionId, Union>>,
    #[serde(default)]
    child_links: Vec<Entry<ChildLinkId, ChildLink>>,
    #[serde(default)]
    relations: Vec<Entry<RelationId, Relation>>,
    #[serde(default)]
    households: Vec<Entry<HouseholdId, Household>>,
    #[serde(default)]
    settings: GenogramSettings,
    #[serde(default)]
    folding: Option<Folding>,
}

/// The `"content"` of a genogram file, as written.
#[derive(Serialize)]
pub(crate) struct GenogramContentRef<'a> {
    persons: Vec<EntryRef<'a, PersonId, Person>>,
    unions: Vec<EntryRef<'a, UnionId, Union>>,
    child_links: Vec<EntryRef<'a, ChildLinkId, ChildLink>>,
    relations: Vec<EntryRef<'a, RelationId, Relation>>,
    households: Vec<EntryRef<'a, HouseholdId, Household>>,
    #[serde(skip_serializing_if = "GenogramSettings::is_default")]
    settings: GenogramSettings,
    /// Written only when folding is on, so other files stay byte-identical.
    #[serde(skip_serializing_if = "Option::is_none")]
    folding: Option<&'a Folding>,
}

fn pairs<I, T>(entries: Vec<Entry<I, T>>) -> Vec<(I, T)> {
    entries.into_iter().map(|e| (e.id, e.value)).collect()
}

impl GenogramContent {
    /// Rebuilds and validates the genogram.
    pub(crate) fn into_genogram(self) -> Result<Genogram, ModelError> {
        let mut g = Genogram::from_parts(
            pairs(self.persons),
            pairs(self.unions),
            pairs(self.child_links),
            pairs(self.relations),
            pairs(self.households),
        )?;
        g.settings = self.settings;
        g.folding = self.folding;
        Ok(g)
    }
}

impl<'a> GenogramContentRef<'a> {
    pub(crate) fn new(g: &'a Genogram) -> Self {
        GenogramContentRef {
            persons: g.persons().map(|(id, value)| EntryRef { id, value }).collect(),
            unions: g.unions().map(|(id, value)| EntryRef { id, value }).collect(),
            child_links: g.child_links().map(|(id, value)| EntryRef { id, value }).collect(),
            relations: g.relations().map(|(id, value)| EntryRef { id, value }).collect(),
            households: g.households().map(|(id, value)| EntryRef { id, value }).collect(),
            settings: g.settings(),
            folding: g.folding(),
        }
    }
}
