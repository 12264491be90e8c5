//! The genogram model: persons, unions, child lines, emotional relations and
//! households in McGoldrick notation, with kinship queries, rules, warnings and
//! undoable edits, and the stored shape of a genogram in a Kring file.
//!
//! Everything here is plain Rust without UI or clock: it compiles for wasm32 and is
//! tested natively. The model is changed only through [`Command`]s applied with
//! [`Genogram::apply`] (usually via a [`History`](crate::kernel::History)), which refuse impossible structures
//! with a [`ModelError`] and return the inverse command.

pub mod anonymise;
pub mod child;
pub mod date;
pub mod error;
pub mod find;
pub mod folding;
pub mod genogram;
pub mod household;
pub mod ids;
pub mod kinship;
pub mod person;
pub mod relation;
pub mod roles;
pub mod settings;
pub mod union;

pub use child::{ChildLink, ChildLinkKind, ConceptionAid, ParentRef, Twin, TwinKind};
pub use date::{Age, PartialDate};
pub use error::ModelError;
pub use folding::{Focus, Folding};
pub use genogram::Genogram;
pub use household::Household;
pub use ids::{AnyId, ChildLinkId, HouseholdId, PersonId, RelationId, UnionId};
pub use kinship::ParentSlot;
pub use person::{
    Condition, ConditionArea, ConditionCategory, ConditionStatus, Gender, LifeEvent, Move, Person, PersonKind,
    PersonKindTag, MAX_LIVING_AGE,
};
pub use relation::{Relation, RelationGroup, RelationKind};
pub use settings::GenogramSettings;
pub use union::{Union, UnionEvent, UnionEventKind, UnionKind};

pub mod command;
pub mod content;

pub use command::Command;

pub mod fixtures;
pub mod warning;

pub use fixtures::sample_family;
pub use warning::{Warning, WarningKind};

#[cfg(test)]
pub(crate) mod tests;
