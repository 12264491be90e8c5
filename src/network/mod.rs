//! The netwerkkaart (eco-map): who supports a person or household — family, friends,
//! neighbours, volunteers, professionals — drawn as a circle of sectors and rings
//! around them, so a professional sees at a glance where the *zorgzame ring* is
//! strong or thin and where formal and informal care meet.
//!
//! * [`Netwerkkaart`] holds the centre, the [`Sector`]s, the [`Actor`]s and the
//!   [`Tie`]s, changed only through [`Command`]s that return their inverse (so a
//!   [`History`](crate::model::History) gives undo and redo).
//! * [`layout`] places the actors in their wedge and ring without overlaps.
//! * [`analysis`] reads the map the way a wijkteam does in a leerkring: size per
//!   sector, balance of formal and informal, reciprocity, single points of failure,
//!   brokers, missing sectors, overloaded supporters.
//! * [`scene`] turns map and layout into plain shapes for the canvas and SVG export.
//!
//! Everything here is plain Rust without UI or clock; it is tested natively.

pub mod actor;
pub mod analysis;
pub mod anonymise;
mod centrality;
pub mod command;
pub mod content;
mod draw;
pub mod error;
pub mod fixtures;
pub mod genogram_link;
pub mod ids;
pub mod layout;
pub mod model;
pub mod scene;
pub mod scene_legend;
mod scene_ties;
pub mod sector;
pub mod tie;
pub mod vocab;

pub use actor::{Actor, Centre, CentreKind, GenogramLink, Pin, RoleSuggestion};
pub use command::Command;
pub use content::{Entry, NetwerkkaartContent};
pub use error::NetworkError;
pub use fixtures::sample_network;
pub use ids::{ActorId, NetworkItem, SectorId, TieId};
pub use model::Netwerkkaart;
pub use sector::{Sector, SectorKind};
pub use tie::{Tie, TieEnd};
pub use vocab::{ActorKind, Direction, Formality, Frequency, Quality, Ring, Strength, SupportSet, SupportType};

#[cfg(test)]
mod tests;
