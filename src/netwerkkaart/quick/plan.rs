//! The planner: what a quick-entry text says, turned into ordinary netwerkkaart
//! [`Command`]s against the open map, as one batch (one undo step).
//!
//! * A name seen before is the same actor: in this text, then on the map (by name, in
//!   id order; `#2` picks the second; an actor known only by a role by that role).
//! * A sector header names the sector of that kind or name (`#2`: the second); a
//!   sector the map does not have is added.
//! * Facts that are written are set; facts left out are never cleared. Support letters,
//!   when written, are the tie's support. A new actor gets a tie with the centre; an
//!   actor written under another sector moves there.
//! * Each line is planned on its own against a scratch copy; a line the map refuses is
//!   reported and left out, and the other lines still count.

use super::ast::{ActorSpec, SectorGroup, SectorRef, Span, Statement, TieSpec};
use super::parse::Parsed;
use super::problem::{Problem, ProblemKind};
use super::words::normal_header;
use crate::i18n::Lang;
use crate::netwerkkaart::{
    Actor, ActorId, Command, Formality, Netwerkkaart, NetwerkkaartError, Sector, SectorId, SectorKind, Tie, TieEnd,
};
use std::collections::BTreeMap;

/// What applying a text would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// The edit, or `None` when the text asks for nothing new.
    pub command: Option<Command>,
    /// Lines the map refused, or that name an actor it does not have.
    pub problems: Vec<Problem>,
}

/// Plans a parsed text against `map`.
pub fn plan(map: &Netwerkkaart, parsed: &Parsed) -> Plan {
    let mut p = Planner { m: map.clone(), seen: BTreeMap::new(), forward: Vec::new(), inverses: Vec::new() };
    let mut problems = Vec::new();
    let mut commands = Vec::new();
    for line in &parsed.lines {
        let seen = p.seen.clone();
        match p.statement(&line.statement) {
            Ok(()) => commands.append(&mut p.forward),
            Err(fail) => {
                for inv in std::mem::take(&mut p.inverses).into_iter().rev() {
                    let undone = p.m.apply(inv);
                    debug_assert!(undone.is_ok(), "inverse commands always apply");
                }
                p.forward.clear();
                p.seen = seen;
                let (span, kind) = match fail {
                    Fail::Problem(span, kind) => (span, kind),
                    Fail::Model(e) => (
                        line_span(&line.statement),
                        ProblemKind::Refused { nl: e.message(Lang::Nl), en: e.message(Lang::En) },
                    ),
                };
                problems.push(Problem { line: line.number, span, kind });
            }
        }
        p.inverses.clear();
    }
    let command = (!commands.is_empty()).then_some(Command::Batch(commands));
    Plan { command, problems }
}

/// The part of a line to mark when the map refuses it: from the first actor or header
/// to the last actor.
fn line_span(s: &Statement) -> Span {
    let actors = s.actors();
    let start = match s {
        Statement::Sectors(groups) => groups.first().map(|g| g.span.start),
        _ => actors.first().map(|a| a.span.start),
    };
    let end = actors.last().map(|a| a.span.end).or(match s {
        Statement::Sectors(groups) => groups.last().map(|g| g.span.end),
        _ => None,
    });
    match (start, end) {
        (Some(start), Some(end)) if start <= end => Span { start, end },
        (Some(start), _) => Span { start, end: start },
        _ => Span::default(),
    }
}

enum Fail {
    Model(NetwerkkaartError),
    Problem(Span, ProblemKind),
}

impl From<NetwerkkaartError> for Fail {
    fn from(e: NetwerkkaartError) -> Self {
        Fail::Model(e)
    }
}

type R<T> = Result<T, Fail>;

/// A name for matching: lower case, single spaces.
pub(crate) fn norm(s: &str) -> String {
    s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// The key an actor is known by in the text: its name, or its role when it has no name.
fn key(spec: &ActorSpec) -> String {
    if spec.name.trim().is_empty() {
        format!("?{}", spec.role.as_deref().map(norm).unwrap_or_default())
    } else {
        norm(&spec.name)
    }
}

/// Whether an actor answers to what is written: the same name; or, written without a
/// name, no name and (when written) the same role.
pub(crate) fn answers(actor: &Actor, spec: &ActorSpec) -> bool {
    if spec.name.trim().is_empty() {
        actor.name.trim().is_empty() && spec.role.as_deref().is_none_or(|r| norm(r) == norm(&actor.role))
    } else {
        norm(&actor.name) == norm(&spec.name)
    }
}

/// The actors answering to what is written, in id order.
pub(crate) fn candidates(m: &Netwerkkaart, spec: &ActorSpec) -> Vec<ActorId> {
    m.actors().filter(|(_, a)| answers(a, spec)).map(|(id, _)| id).collect()
}

/// Whether a sector answers to a header.
pub(crate) fn sector_answers(s: &Sector, r: &SectorRef) -> bool {
    match r {
        SectorRef::Standard(kind) => s.kind == *kind,
        SectorRef::Named(name) => {
            let n = normal_header(name);
            Lang::ALL.iter().any(|&l| normal_header(&s.label(l)) == n)
        }
    }
}

/// The sectors answering to a header, in id (drawing) order.
pub(crate) fn sector_candidates(m: &Netwerkkaart, r: &SectorRef) -> Vec<SectorId> {
    m.sectors().filter(|(_, s)| sector_answers(s, r)).map(|(id, _)| id).collect()
}

struct Planner {
    m: Netwerkkaart,
    /// Who each (key, number) of this text stands for.
    seen: BTreeMap<(String, u32), ActorId>,
    forward: Vec<Command>,
    inverses: Vec<Command>,
}

impl Planner {
    fn exec(&mut self, cmd: Command) -> R<()> {
        let inverse = self.m.apply(cmd.clone())?;
        self.forward.push(cmd);
        self.inverses.push(inverse);
        Ok(())
    }

    fn statement(&mut self, s: &Statement) -> R<()> {
        match s {
            Statement::Centre { kind, name } => {
                let old = self.m.centre().clone();
                let mut new = old.clone();
                if let Some(k) = kind {
                    new.kind = *k;
                }
                if !name.trim().is_empty() && norm(name) != norm(&old.name) {
                    new.name = name.trim().to_owned();
                }
                if new != old {
                    self.exec(Command::UpdateCentre { centre: new })?;
                }
                Ok(())
            }
            Statement::Sectors(groups) => {
                for g in groups {
                    let sector = self.sector(g)?;
                    for a in &g.actors {
                        self.actor(a, Some(sector))?;
                    }
                }
                Ok(())
            }
            Statement::Actors(actors) => {
                for a in actors {
                    self.actor(a, None)?;
                }
                Ok(())
            }
            Statement::Tie { a, b, tie } => {
                let ids = [a, b].map(|s| self.find(s).ok_or_else(|| unknown(s, false)));
                let [ia, ib] = ids;
                let (ia, ib) = (ia?, ib?);
                match self.m.tie_between(TieEnd::Actor(ia), TieEnd::Actor(ib)) {
                    Some(id) => {
                        let old = self.m.tie(id).cloned().ok_or(NetwerkkaartError::TieNotFound(id))?;
                        let mut new = old.clone();
                        set_tie(&mut new, tie, old.from == TieEnd::Actor(ia));
                        if new != old {
                            self.exec(Command::UpdateTie { id, tie: new })?;
                        }
                        Ok(())
                    }
                    None => {
                        let mut new = Tie::between(ia, ib);
                        set_tie(&mut new, tie, true);
                        self.exec(Command::AddTie { id: self.m.next_tie_id(), tie: new })
                    }
                }
            }
        }
    }

    /// The sector a header names; added when the map has none that answers.
    fn sector(&mut self, g: &SectorGroup) -> R<SectorId> {
        let n = g.number.unwrap_or(1) as usize;
        if let Some(&id) = sector_candidates(&self.m, &g.sector).get(n - 1) {
            return Ok(id);
        }
        let id = self.m.next_sector_id();
        let sector = match &g.sector {
            SectorRef::Standard(kind) => Sector::standard(*kind),
            SectorRef::Named(name) => Sector::custom(name),
        };
        self.exec(Command::AddSector { id, sector })?;
        Ok(id)
    }

    /// The actor a spec stands for: as seen before in this text, else the n-th that
    /// answers on the map, unless another mention of this text already stands for it.
    fn find(&self, spec: &ActorSpec) -> Option<ActorId> {
        let k = (key(spec), spec.number.unwrap_or(1));
        if let Some(&id) = self.seen.get(&k) {
            return Some(id);
        }
        let id = *candidates(&self.m, spec).get(k.1 as usize - 1)?;
        // "Jan#2" made a new Jan earlier in this text: "Jan" is then another one.
        let taken = self.seen.iter().any(|((key, n), &s)| s == id && *key == k.0 && *n != k.1);
        (!taken).then_some(id)
    }

    fn actor(&mut self, spec: &ActorSpec, sector: Option<SectorId>) -> R<ActorId> {
        let found = self.find(spec);
        let id = match (found, sector) {
            (Some(id), _) => {
                let old = self.m.actor(id).cloned().ok_or(NetwerkkaartError::ActorNotFound(id))?;
                let mut new = old.clone();
                if let Some(s) = sector.filter(|s| *s != old.sector) {
                    new.sector = s;
                    // Moved to another wedge: the layout places it there.
                    new.pin = None;
                }
                set_actor(&mut new, spec);
                if new != old {
                    self.exec(Command::UpdateActor { id, actor: new })?;
                }
                match self.m.centre_tie(id).map(|(t, tie)| (t, tie.clone())) {
                    // Written "indirect": reached only through others.
                    Some((t, _)) if spec.indirect => self.exec(Command::RemoveTie { id: t })?,
                    None if spec.indirect => {}
                    Some((t, old)) => {
                        let mut new = old.clone();
                        set_tie(&mut new, &spec.tie, false);
                        if new != old {
                            self.exec(Command::UpdateTie { id: t, tie: new })?;
                        }
                    }
                    None if !spec.tie.is_empty() => self.centre_tie(id, &spec.tie)?,
                    None => {}
                }
                id
            }
            (None, Some(sector)) => {
                let id = self.m.next_actor_id();
                let mut actor = Actor::person(spec.name.trim(), sector);
                if self.m.sector(sector).is_some_and(|s| s.kind == SectorKind::Professionals) {
                    actor.formality = Formality::Formal;
                }
                set_actor(&mut actor, spec);
                self.exec(Command::AddActor { id, actor })?;
                if !spec.indirect {
                    self.centre_tie(id, &spec.tie)?;
                }
                id
            }
            (None, None) => return Err(unknown(spec, true)),
        };
        self.seen.insert((key(spec), spec.number.unwrap_or(1)), id);
        Ok(id)
    }

    fn centre_tie(&mut self, id: ActorId, spec: &TieSpec) -> R<()> {
        let mut tie = Tie::from_centre(id);
        set_tie(&mut tie, spec, false);
        self.exec(Command::AddTie { id: self.m.next_tie_id(), tie })
    }
}

fn unknown(spec: &ActorSpec, sectorless: bool) -> Fail {
    let name = if spec.name.trim().is_empty() {
        spec.role.clone().unwrap_or_else(|| "?".to_owned())
    } else {
        spec.name.clone()
    };
    let kind = if sectorless { ProblemKind::NoSector { name } } else { ProblemKind::UnknownActor { name } };
    Fail::Problem(spec.span, kind)
}

/// Sets what is written about an actor; a role that reads the same is kept as it was.
fn set_actor(a: &mut Actor, spec: &ActorSpec) {
    if let Some(r) = &spec.role {
        if norm(r) != norm(&a.role) {
            a.role = r.trim().to_owned();
        }
    }
    if let Some(r) = spec.ring {
        a.ring = r;
    }
    if let Some(f) = spec.formality {
        a.formality = f;
    }
    if let Some(k) = spec.kind {
        a.kind = k;
    }
    if spec.verbinder {
        a.verbinder = true;
    }
}

/// Sets what is written about a tie. `written_first`: the actor the flow is said of is
/// the tie's first end (else the other end is, e.g. the centre of a spoke).
fn set_tie(t: &mut Tie, spec: &TieSpec, written_first: bool) {
    if let Some(s) = spec.strength {
        t.strength = s;
    }
    if let Some(q) = spec.quality {
        t.quality = q;
    }
    if let Some(f) = spec.flow {
        t.direction = if written_first { f.seen_from_self() } else { f.seen_from_other() };
    }
    if let Some(s) = spec.support {
        t.support = s;
    }
    if let Some(f) = spec.frequency {
        t.frequency = Some(f);
    }
}
