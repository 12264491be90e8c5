//! What a line of quick entry on a netwerkkaart says, as plain data: the centre,
//! sectors with their actors, and ties between two actors.

pub use crate::genogram::quick::Span;
use crate::netwerkkaart::{
    ActorKind, CentreKind, Formality, Frequency, Quality, Ring, SectorKind, Strength, SupportSet,
};

use super::words::Flow;

/// What is written about a tie: everything left out is not known *here* and never
/// changes what the map already has.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TieSpec {
    /// sterk, normaal, zwak.
    pub strength: Option<Strength>,
    /// positief, neutraal, stressvol, conflict.
    pub quality: Option<Quality>,
    /// Which way support flows, seen from the actor written first (in a sector line:
    /// the actor; the centre is the other end).
    pub flow: Option<Flow>,
    /// The kinds of support (P, G, A, E); when written, the tie carries exactly these.
    pub support: Option<SupportSet>,
    /// How often there is contact.
    pub frequency: Option<Frequency>,
}

impl TieSpec {
    /// Whether nothing is written about the tie.
    pub fn is_empty(&self) -> bool {
        *self == TieSpec::default()
    }
}

/// An actor as written at one place in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorSpec {
    /// The name; empty for `?` or an actor written by role alone ("huisarts").
    pub name: String,
    /// `#2`: tells namesakes apart.
    pub number: Option<u32>,
    /// The role: words before the name ("moeder Fatima"), a role word or a "quoted"
    /// role in the brackets.
    pub role: Option<String>,
    /// binnen, midden, buiten.
    pub ring: Option<Ring>,
    /// formeel, informeel, hybride.
    pub formality: Option<Formality>,
    /// persoon, organisatie.
    pub kind: Option<ActorKind>,
    /// Marked as verbinder.
    pub verbinder: bool,
    /// Marked "indirect": no tie with the centre.
    pub indirect: bool,
    /// The tie with the centre (in a sector line).
    pub tie: TieSpec,
    /// Where the actor is written.
    pub span: Span,
}

impl ActorSpec {
    /// An actor with only a name.
    pub fn named(name: &str) -> Self {
        ActorSpec { name: name.to_owned(), ..ActorSpec::default() }
    }
}

/// The sector a header names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SectorRef {
    /// A standard word (familie, buren, …): the first sector of that kind or with that
    /// name; made when the map has none.
    Standard(SectorKind),
    /// Any other name: the sector called that; a new sector when there is none.
    Named(String),
}

/// A sector header and the actors written after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectorGroup {
    /// Which sector.
    pub sector: SectorRef,
    /// `#2`: the second sector that answers to the header.
    pub number: Option<u32>,
    /// The actors, in order (none: the sector only).
    pub actors: Vec<ActorSpec>,
    /// Where the header is written.
    pub span: Span,
}

/// What one line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Statement {
    /// `cliënt: Noah`, `huishouden: Gezin De Vries`.
    Centre {
        /// Person or household, when the word says it (`centrum:` does not).
        kind: Option<CentreKind>,
        /// The name; empty leaves the name as it is.
        name: String,
    },
    /// `familie: moeder Fatima (sterk, P G E), buren: Ans (verbinder)`.
    Sectors(Vec<SectorGroup>),
    /// `Fatima (binnen)` without a sector: actors already on the map.
    Actors(Vec<ActorSpec>),
    /// `Fatima -- Peter: stressvol`.
    Tie {
        /// The first actor (the giver of "geeft").
        a: ActorSpec,
        /// The second actor.
        b: ActorSpec,
        /// What is written about the tie.
        tie: TieSpec,
    },
}

/// A line that was read, with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line number, from 1.
    pub number: usize,
    /// What it says.
    pub statement: Statement,
}

impl Statement {
    /// The same statement with every span cleared, for comparing what two texts say.
    pub fn without_spans(&self) -> Statement {
        let mut s = self.clone();
        let clear = |a: &mut ActorSpec| a.span = Span::default();
        match &mut s {
            Statement::Centre { .. } => {}
            Statement::Sectors(groups) => {
                for g in groups {
                    g.span = Span::default();
                    g.actors.iter_mut().for_each(clear);
                }
            }
            Statement::Actors(actors) => actors.iter_mut().for_each(clear),
            Statement::Tie { a, b, .. } => {
                clear(a);
                clear(b);
            }
        }
        s
    }

    /// Every actor written on the line, in order.
    pub fn actors(&self) -> Vec<&ActorSpec> {
        match self {
            Statement::Centre { .. } => Vec::new(),
            Statement::Sectors(groups) => groups.iter().flat_map(|g| g.actors.iter()).collect(),
            Statement::Actors(actors) => actors.iter().collect(),
            Statement::Tie { a, b, .. } => vec![a, b],
        }
    }
}
