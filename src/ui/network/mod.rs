//! The netwerkkaart editor in the app: session methods for the map, dragging actors on
//! the canvas, the selection and highlight rings, and the side panels (centre, add an
//! actor per sector, actor, ties, analysis). The rules live in
//! [`crate::editor::network_actions`]; these components only call them.

mod actor_panel;
mod analysis_panel;
mod centre_panel;
mod drag;
mod fields;
mod panel;
mod rings;
mod session_ext;
mod tie_panel;

pub use drag::ActorDrag;
pub use panel::NetworkPanel;
pub use rings::NetworkRings;
