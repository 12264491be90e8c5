//! Kring: genograms and netwerkkaarten for Dutch social-domain professionals.
//!
//! Data flows one way: **model → layout → scene → (live view | SVG export)**. The two
//! drawings have parallel folders on a small shared [`kernel`]:
//!
//! * [`genogram`] and [`netwerkkaart`]: each with `model`, `layout`, `scene` and `edit`
//!   (the netwerkkaart also `analysis`);
//! * [`link`]: keeping a netwerkkaart and its genogram in step;
//! * [`editor`]: the open document with its undo history, and the pipeline to a drawing;
//! * [`format`] and [`storage`]: the file format and the browser's library;
//! * [`crypt`]: password-protected files ("Versleuteld opslaan");
//! * [`gedcom`]: genealogy files (GEDCOM) in and out;
//! * [`export`]: a drawing as a standalone SVG file;
//! * [`i18n`]: Dutch and English words;
//! * [`views`]: saved views ("Weergaven") kept in the document for presenting;
//! * [`ui`]: the Leptos components, the only part that needs a browser.
//!
//! `ARCHITECTURE.md` has the folder map and how an edit travels from a click to the screen.

pub mod cases;
pub mod check;
pub mod crypt;
pub mod editor;
pub mod export;
pub mod format;
pub mod gedcom;
pub mod genogram;
pub mod i18n;
pub mod kernel;
pub mod link;
pub mod netwerkkaart;
pub mod storage;
pub mod ui;
pub mod views;
