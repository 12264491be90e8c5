//! The netwerkkaart document: the centre, sectors, actors and ties, the commands that
//! change them, the stored shape, refusals, the vocabularies and a demo map.

pub mod actor;
pub mod anonymise;
pub mod command;
pub mod content;
pub mod error;
pub mod fixtures;
pub mod ids;
pub mod map;
pub mod sector;
pub mod tie;
pub mod vocab;
