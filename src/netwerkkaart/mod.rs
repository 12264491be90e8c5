//! The netwerkkaart (eco-map): who supports a person or household — family, friends,
//! neighbours, volunteers, professionals — drawn as a circle of sectors and rings
//! around them, so a professional sees at a glance where the *zorgzame ring* is
//! strong or thin and where formal and informal care meet.
//!
//! * [`model`]: the centre, the [`Sector`]s, the [`Actor`]s and the [`Tie`]s, changed
//!   only through [`Command`]s that return their inverse (so a
//!   [`History`](crate::kernel::History) gives undo and redo);
//! * [`layout`] places the actors in their wedge and ring without overlaps;
//! * [`scene`] turns map and layout into plain shapes for the canvas and SVG export;
//! * [`analysis`] reads the map the way a wijkteam does in a leerkring: size per
//!   sector, balance of formal and informal, reciprocity, single points of failure,
//!   brokers, missing sectors, overloaded supporters;
//! * [`edit`]: planned edits of actors, ties and sectors, each one command.
//!
//! In code the eco-map is always "netwerkkaart" (never "network", which would read as
//! network requests in an app that makes none).
//!
//! Everything here is plain Rust without UI or clock; it is tested natively.

pub mod analysis;
pub mod edit;
pub mod layout;
pub mod model;
pub mod quick;
pub mod scene;
pub mod versions;

pub use model::actor::{Actor, Centre, CentreKind, GenogramLink, Pin, RoleSuggestion};
pub use model::command::Command;
pub use model::content::{Entry, NetwerkkaartContent};
pub use model::error::NetwerkkaartError;
pub use model::fixtures::sample_netwerkkaart;
pub use model::ids::{ActorId, NetwerkkaartItem, SectorId, TieId};
pub use model::map::Netwerkkaart;
pub use model::sector::{Sector, SectorKind};
pub use model::tie::{Tie, TieEnd};
pub use model::vocab::{ActorKind, Direction, Formality, Frequency, Quality, Ring, Strength, SupportSet, SupportType};

#[cfg(test)]
mod tests;
