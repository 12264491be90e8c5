//! Kring: genograms and netwerkkaarten for Dutch social-domain professionals.
//!
//! Data flows one way: **model → layout → scene → (live view | SVG export)**.
//! Everything here except the browser glue in [`ui`] compiles and is tested natively.

pub mod editor;
pub mod export;
pub mod format;
pub mod i18n;
pub mod layout;
pub mod model;
pub mod network;
pub mod scene;
pub mod storage;
pub mod ui;
