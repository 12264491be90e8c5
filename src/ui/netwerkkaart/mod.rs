//! The netwerkkaart editor in the app: session methods for the map, dragging actors on
//! the canvas, the selection and highlight rings, and the side panels (centre, add an
//! actor per sector, actor, ties, the sectors themselves, taking the family over from
//! a genogram, analysis),
//! and the name sync with linked genograms. The rules live in
//! [`crate::netwerkkaart::edit::actors`] and [`crate::link::library`]; these components
//! only call them.

mod actor_panel;
mod analysis_panel;
mod centre_panel;
mod fields;
mod link;
mod panel;
mod rings;
mod sectors_panel;
mod session_ext;
mod session_sectors;
mod tie_panel;
mod versions_panel;

pub use panel::NetwerkkaartPanel;
pub use rings::{NetwerkkaartRings, ACTOR_RING_ID};
