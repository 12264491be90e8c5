//! Households: the dotted outline around the persons who live together.

use super::date::PartialDate;
use super::ids::PersonId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A household: a set of persons living together, drawn as a dotted outline around
/// them, with an optional label (e.g. an address or "gezin Jansen").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    /// Label shown with the outline.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// The members.
    #[serde(default)]
    pub members: BTreeSet<PersonId>,
    /// Since when the members live together, if known (the peiljaar view hides the
    /// household before it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
    /// Until when they lived together, if it has ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<PartialDate>,
}

impl Household {
    /// A household of the given members.
    pub fn new(label: &str, members: impl IntoIterator<Item = PersonId>) -> Self {
        Household { label: label.to_owned(), members: members.into_iter().collect(), since: None, until: None }
    }
}
