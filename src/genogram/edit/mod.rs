//! Planned edits of a genogram: what a user asks for ("add a partner", "this relation
//! started in 1998", "these people live together") turned into at most one undoable
//! [`Command`](crate::genogram::model::Command), with what to select afterwards. The UI
//! only calls these; no domain rule lives in an event handler.

pub mod arrange;
pub mod dated_entries;
pub mod family;
pub mod folding;
pub mod households;
pub mod labels;
pub mod lines;
pub mod person_fields;
pub mod settings;
pub mod tie_fields;
pub mod twins;
