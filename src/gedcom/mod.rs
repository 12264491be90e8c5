//! GEDCOM, the file format of genealogy software (Gramps, GenoPro, MyHeritage, Family
//! Tree Maker): reading a `.ged` file into a genogram with a report, and writing a
//! genogram as GEDCOM 5.5.1.
//!
//! A small parser of Kring's own rather than the `ged_io` crate: that crate adds
//! about 270 KB to the wasm module for far more of GEDCOM than a genogram holds, reads
//! "ANSI" as ASCII, and changed its API in every release. Everything here is plain
//! Rust, tested natively.

pub mod date;
pub mod encoding;
pub mod error;
pub mod export;
pub mod import;
pub mod lines;
pub mod report;

pub use error::GedcomError;
pub use export::{export, Exported, LeftOut};
pub use import::{import, looks_like_gedcom, Imported};
pub use report::{Attention, ImportReport};

#[cfg(test)]
mod tests;
