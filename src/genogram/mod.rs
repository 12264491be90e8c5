//! The genogram: a family over generations in McGoldrick's notation.
//!
//! * [`model`]: persons, unions, child lines, emotional relations and households on a
//!   `petgraph` graph, changed only through commands that return their inverse;
//! * [`layout`]: pure functions from a family (and pinned positions) to coordinates;
//! * [`scene`]: the shapes to draw (symbols, lines, labels, legend, title);
//! * [`edit`]: what a user asks for in one click or one field, planned as one command;
//! * [`folding`]: who is drawn around a focus person in a large family ("Inklappen");
//! * [`describe`]: the family in plain sentences, for screen readers and case reports.

pub mod chronology;
pub mod compare;
pub mod describe;
pub mod edit;
pub mod folding;
pub mod layout;
pub mod model;
pub mod pattern;
pub mod quick;
pub mod scene;
