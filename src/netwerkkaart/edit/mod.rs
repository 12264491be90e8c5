//! Planned edits of a netwerkkaart: an actor with its tie to the centre, a move across
//! sectors and rings, a tie between two actors, and the sectors themselves. Each is one
//! undoable [`Command`](crate::netwerkkaart::Command); the UI only calls these.

pub mod actors;
pub mod sectors;
