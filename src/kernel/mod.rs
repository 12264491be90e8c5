//! What both drawings share: the undo history with its transactions, the id and
//! labelled-enum macros, plane geometry, and the scene's shapes with their one mapping
//! to SVG elements (so the live canvas and the exported file never differ).
//!
//! Nothing here knows about genograms or netwerkkaarten.

pub mod anonymise;
pub(crate) mod dump;
pub mod fold;
pub mod geom;
pub mod geometry;
pub mod history;
pub mod ids;
pub(crate) mod labels;
pub mod scene;
pub mod shape;
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod snapshot;
pub mod sort;
pub mod text;
pub(crate) mod track;
pub(crate) mod words;

pub use anonymise::Anonymise;
pub use geometry::{Bounds, Point};
pub use history::{Document, History};
pub use scene::{Item, Scene};
pub use shape::{num, Anchor, Primitive, Shape, Style, Weight};
