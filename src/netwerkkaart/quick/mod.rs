//! Quick entry ("Snelinvoer") on a netwerkkaart: the network typed as a few lines of
//! text, read into a tree ([`ast`]), planned as ordinary netwerkkaart commands against
//! the open map ([`plan`]), and an existing map written back as text ([`text`]).
//!
//! ```text
//! cliënt: Noah
//! familie: moeder Fatima (binnen, sterk, P G E, dagelijks), vader Peter (conflict)
//! buren: buurvrouw Ans (verbinder, geeft, P A)
//! professionals: Wijkteam West (organisatie, binnen, sterk), huisarts Van Dijk (zwak)
//! Fatima -- Peter: stressvol
//! ```
//!
//! A sector header (familie, vrienden, buren, professionals, or any other name, which
//! becomes a sector of its own) is followed by actors separated by commas; several
//! headers may share a line. Words before a capitalised name are the role. The
//! brackets hold the tie with the centre (sterk/zwak, stressvol/conflict,
//! geeft/ontvangt, the support letters P G A E, dagelijks/wekelijks) and what is known
//! about the actor (binnen/midden/buiten, formeel/informeel/hybride, organisatie,
//! verbinder, a "quoted" role). "geeft" is said of the actor it stands beside: Ans
//! gives support to the centre.
//!
//! Everything here is pure: no clock, no UI. The tokens are the genogram's
//! ([`crate::genogram::quick`]), so both notations read names, quotes and `#2` alike.

pub mod ast;
pub mod parse;
pub mod plan;
pub mod print;
pub mod problem;
pub mod text;
pub mod words;

pub use ast::{ActorSpec, Line, SectorGroup, SectorRef, Span, Statement, TieSpec};
pub use parse::{parse, Parsed};
pub use plan::{plan, Plan};
pub use problem::{Problem, ProblemKind};
pub use text::netwerkkaart_text;

#[cfg(test)]
mod tests;
