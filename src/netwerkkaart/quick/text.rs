//! A netwerkkaart written as quick-entry text, for the round trip: show the map as
//! text, edit it there, apply it. Only what the notation can say is written; applying
//! the text to the same map changes nothing, and what is not written (notes, pins,
//! genogram links, an actor without a tie to the centre, …) is kept as it is.

use super::ast::{ActorSpec, SectorGroup, SectorRef, Statement, TieSpec};
use super::parse::collapse;
use super::plan::{candidates, sector_candidates};
use super::print;
use super::words::Flow;
use crate::i18n::Lang;
use crate::netwerkkaart::{
    ActorId, ActorKind, CentreKind, Direction, Formality, Netwerkkaart, Quality, Ring, SectorKind, Strength, Tie,
    TieEnd,
};

/// The `#n` of an actor among those answering to `spec`, when it is not the first.
fn actor_number(m: &Netwerkkaart, id: ActorId, spec: &ActorSpec) -> Option<u32> {
    let position = candidates(m, spec).iter().position(|&c| c == id)?;
    Some(position as u32 + 1).filter(|n| *n > 1)
}

/// What a tie says, seen from the actor the words are written beside: the tie's first
/// end (`first`), or its other end (an actor on a spoke from the centre).
fn tie_spec(t: &Tie, first: bool) -> TieSpec {
    TieSpec {
        strength: Some(t.strength).filter(|s| *s != Strength::Normal),
        quality: Some(t.quality).filter(|q| *q != Quality::Neutral),
        flow: Some(t.direction).filter(|d| *d != Direction::Mutual).map(|d| {
            if first {
                Flow::of_first(d)
            } else {
                Flow::of_other(d)
            }
        }),
        support: Some(t.support).filter(|s| !s.is_empty()),
        frequency: t.frequency,
    }
}

/// An actor as written in its sector line.
fn actor_spec(m: &Netwerkkaart, id: ActorId) -> Option<ActorSpec> {
    let a = m.actor(id)?;
    let professionals = m.sector(a.sector).is_some_and(|s| s.kind == SectorKind::Professionals);
    let usual = if professionals { Formality::Formal } else { Formality::Informal };
    let mut spec = ActorSpec::named(&collapse(&a.name));
    spec.role = Some(collapse(&a.role)).filter(|r| !r.is_empty());
    spec.ring = Some(a.ring).filter(|r| *r != Ring::Middle);
    spec.formality = Some(a.formality).filter(|f| *f != usual);
    spec.kind = Some(a.kind).filter(|k| *k != ActorKind::Person);
    spec.verbinder = a.verbinder;
    match m.centre_tie(id) {
        Some((_, t)) => spec.tie = tie_spec(t, false),
        None => spec.indirect = true,
    }
    spec.number = actor_number(m, id, &spec);
    Some(spec)
}

/// An actor as named in a tie line.
fn tie_end(m: &Netwerkkaart, id: ActorId) -> Option<ActorSpec> {
    let a = m.actor(id)?;
    let mut spec = ActorSpec::named(&collapse(&a.name));
    spec.role = Some(collapse(&a.role)).filter(|r| !r.is_empty() && a.name.trim().is_empty());
    let (_, mut read) = print::tie_head(&spec);
    read.number = actor_number(m, id, &read);
    Some(read)
}

/// The statements that describe `m`, in the order they are written: the centre, each
/// sector with its actors, then the ties between actors.
pub fn statements(m: &Netwerkkaart) -> Vec<Statement> {
    let mut out = Vec::new();
    let c = m.centre();
    if !c.name.trim().is_empty() || c.kind == CentreKind::Household {
        out.push(Statement::Centre { kind: Some(c.kind), name: collapse(&c.name) });
    }
    for (id, s) in m.sectors() {
        let sector = if s.name.trim().is_empty() && s.kind != SectorKind::Other {
            SectorRef::Standard(s.kind)
        } else {
            SectorRef::Named(collapse(&s.label(Lang::Nl)))
        };
        let position = sector_candidates(m, &sector).iter().position(|&c| c == id).unwrap_or(0);
        let number = Some(position as u32 + 1).filter(|n| *n > 1);
        let actors = m.actors_in(id).into_iter().filter_map(|a| actor_spec(m, a)).collect();
        out.push(Statement::Sectors(vec![SectorGroup { sector, number, actors, span: Default::default() }]));
    }
    for (_, t) in m.ties() {
        let TieEnd::Actor(from) = t.from else { continue };
        let (Some(a), Some(b)) = (tie_end(m, from), tie_end(m, t.to)) else { continue };
        out.push(Statement::Tie { a, b, tie: tie_spec(t, true) });
    }
    out
}

/// The netwerkkaart as quick-entry text, one statement a line.
pub fn netwerkkaart_text(m: &Netwerkkaart, lang: Lang) -> String {
    statements(m).iter().map(|s| print::statement(s, lang)).collect::<Vec<_>>().join("\n")
}
