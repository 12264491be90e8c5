//! Quick entry ("Snelinvoer"): a family typed as a few lines of text, read into a
//! tree ([`ast`]), planned as ordinary genogram commands against the open genogram
//! ([`plan`]), and an existing genogram written back as text ([`print`]).
//!
//! ```text
//! Jan 1938 †2015 x Marie 1941: Peter 1964, Els 1967
//! Peter x Sandra ca.1965 (gescheiden 1998): Noah 2003 (cliënt), Lisa+Eva 1990 (tweeling)
//! Peter ~ Fatima (samenwonend): Kevin 2009 (geadopteerd)
//! Anna → Sandra
//! Peter -- Noah: conflict
//! huishouden: Peter, Fatima, Noah, Kevin
//! ```
//!
//! Everything here is pure: no clock (the planner takes the year for ages), no UI.

pub mod ast;
pub(crate) mod lexer;
pub mod parse;
pub mod plan;
pub mod print;
pub mod problem;
pub mod text;
pub mod words;

pub use ast::{
    ChildGroup, CoupleOp, Line, NameSpec, Parents, PersonSpec, RelationOp, Span, Statement, UnionSpec, YearSpec,
};
pub use parse::{parse, Parsed};
pub use plan::{plan, Plan};
pub use problem::{Problem, ProblemKind};
pub use text::genogram_text;

#[cfg(test)]
mod tests;
