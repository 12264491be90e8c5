//! The planner: what a quick-entry text says, turned into ordinary genogram
//! [`Command`]s against the open genogram, as one batch (one undo step).
//!
//! * A name seen before is the same person: first in this text, then in the genogram
//!   (full name, given name or nickname, in id order; `#2` picks the second).
//! * Facts that are written are set; facts left out are never cleared, and a written
//!   fact that agrees with what is there (the same year, where the genogram knows the
//!   month too) changes nothing. So applying the text of a genogram changes nothing.
//! * Each line is planned on its own against a scratch copy; a line the genogram
//!   refuses is reported and left out, and the other lines still count.

use super::ast::{ChildGroup, CoupleOp, NameSpec, Parents, PersonSpec, Statement, UnionSpec, YearSpec};
use super::parse::Parsed;
use super::problem::{Problem, ProblemKind};
use crate::genogram::edit::family::fresh_twin_group;
use crate::genogram::model::{
    ChildLink, ChildLinkKind, Command, Genogram, Household, ModelError, ParentRef, PartialDate, Person, PersonId,
    Relation, Twin, TwinKind, Union, UnionEvent, UnionEventKind, UnionId,
};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;
use std::collections::{BTreeMap, BTreeSet};

/// What applying a text would do.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// The edit, or `None` when the text asks for nothing new.
    pub command: Option<Command>,
    /// Lines the genogram refused.
    pub problems: Vec<Problem>,
    /// The person each written name stands for (lower-case name, number).
    pub persons: BTreeMap<(String, u32), PersonId>,
}

/// Plans a parsed text against `g`. `this_year` turns ages into birth years.
pub fn plan(g: &Genogram, parsed: &Parsed, this_year: i32) -> Plan {
    let mut p = Planner {
        g: g.clone(),
        this_year,
        seen: BTreeMap::new(),
        claimed: BTreeSet::new(),
        forward: Vec::new(),
        inverses: Vec::new(),
    };
    let mut problems = Vec::new();
    let mut commands = Vec::new();
    for line in &parsed.lines {
        let (seen, claimed) = (p.seen.clone(), p.claimed.clone());
        match p.statement(&line.statement) {
            Ok(()) => commands.append(&mut p.forward),
            Err(e) => {
                for inv in std::mem::take(&mut p.inverses).into_iter().rev() {
                    let undone = p.g.apply(inv);
                    debug_assert!(undone.is_ok(), "inverse commands always apply");
                }
                p.forward.clear();
                p.seen = seen;
                p.claimed = claimed;
                let span = line.statement.persons().first().map(|s| s.span).unwrap_or_default();
                let span = super::ast::Span {
                    start: span.start,
                    end: line.statement.persons().last().map_or(span.end, |s| s.span.end),
                };
                let kind = ProblemKind::Refused { nl: e.message(Lang::Nl), en: e.message(Lang::En) };
                problems.push(Problem { line: line.number, span, kind });
            }
        }
        p.inverses.clear();
    }
    let command = (!commands.is_empty()).then_some(Command::Batch(commands));
    Plan { command, problems, persons: p.seen }
}

/// A name for matching: lower case, single spaces.
fn norm(s: &str) -> String {
    s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

pub(crate) fn matches_name(person: &Person, name: &NameSpec) -> bool {
    match name {
        NameSpec::Unnamed => {
            person.given_name.trim().is_empty()
                && person.family_name.trim().is_empty()
                && person.nickname.trim().is_empty()
        }
        NameSpec::Named(n) => {
            let n = norm(n);
            let full = norm(&format!("{} {}", person.given_name, person.family_name));
            !n.is_empty()
                && (full == n
                    || norm(&person.given_name) == n
                    || norm(&person.nickname) == n
                    || norm(&person.display_name()) == n)
        }
    }
}

/// Whether a written year agrees with a date the genogram has.
fn agrees(date: Option<PartialDate>, y: YearSpec) -> bool {
    date.is_some_and(|d| d.year() == y.year && d.is_approximate() == y.approximate)
}

fn date(y: YearSpec) -> Option<PartialDate> {
    PartialDate::year_only(y.year).map(|d| d.with_approximate(y.approximate))
}

struct Planner {
    g: Genogram,
    this_year: i32,
    seen: BTreeMap<(String, u32), PersonId>,
    /// Unions a line of this text already stands for: a second line about the same
    /// couple means their next union (a couple that married twice), if there is one.
    claimed: BTreeSet<UnionId>,
    forward: Vec<Command>,
    inverses: Vec<Command>,
}

type R<T> = Result<T, ModelError>;

impl Planner {
    fn exec(&mut self, cmd: Command) -> R<()> {
        let inverse = self.g.apply(cmd.clone())?;
        self.forward.push(cmd);
        self.inverses.push(inverse);
        Ok(())
    }

    fn statement(&mut self, s: &Statement) -> R<()> {
        match s {
            Statement::Family { parents: Parents::Single(p), children } => {
                let id = self.person(p)?;
                self.children(ParentRef::Person(id), children)
            }
            Statement::Family { parents: Parents::Couple { a, b, union }, children } => {
                let a = self.person(a)?;
                let b = self.person(b)?;
                let u = self.union(a, b, union)?;
                self.children(ParentRef::Union(u), children)
            }
            Statement::ParentOf { parent, children } => {
                let id = self.person(parent)?;
                self.children(ParentRef::Person(id), children)
            }
            Statement::Relation { a, b, op, kind } => {
                let (a, b) = (self.person(a)?, self.person(b)?);
                let existing: Vec<_> = self
                    .g
                    .relations_of(a)
                    .into_iter()
                    .filter(|(_, r)| r.involves(b))
                    .map(|(id, r)| (id, r.clone()))
                    .collect();
                let want = kind.unwrap_or(op.default_kind());
                if existing.iter().any(|(_, r)| r.kind == want) || (kind.is_none() && !existing.is_empty()) {
                    return Ok(());
                }
                if let [(id, old)] = &existing[..] {
                    let (from, to) = if want.is_directed() { (a, b) } else { (old.from, old.to) };
                    let relation = Relation { from, to, kind: want, ..old.clone() };
                    return self.exec(Command::UpdateRelation { id: *id, relation });
                }
                let id = self.g.next_relation_id();
                self.exec(Command::AddRelation { id, relation: Relation::new(a, b, want) })
            }
            Statement::Household { label, members } => {
                let ids = members.iter().map(|m| self.person(m)).collect::<R<Vec<_>>>()?;
                let wanted = Household::new(label, ids.iter().copied());
                let by_label = self
                    .g
                    .households()
                    .find(|(_, h)| !label.is_empty() && norm(&h.label) == norm(label))
                    .map(|(id, _)| id);
                let by_members = || {
                    self.g
                        .households()
                        .map(|(id, h)| (h.members.intersection(&wanted.members).count(), id))
                        .filter(|(n, _)| *n > 0)
                        .max_by_key(|(n, id)| (*n, std::cmp::Reverse(*id)))
                        .map(|(_, id)| id)
                };
                let exact = self
                    .g
                    .households()
                    .find(|(_, h)| h.members == wanted.members && (label.is_empty() || norm(&h.label) == norm(label)))
                    .map(|(id, _)| id);
                match exact.or(by_label).or_else(by_members) {
                    Some(id) => {
                        let old = self.g.household(id).cloned().unwrap_or_default();
                        // A label that reads the same (spacing, case) is kept as it was typed in the panel.
                        let same = label.is_empty() || norm(label) == norm(&old.label);
                        let label = if same { old.label.clone() } else { label.clone() };
                        // The notation has no period: the panel's since/until stay.
                        let household = Household { label, members: wanted.members, ..old.clone() };
                        if household != old {
                            self.exec(Command::UpdateHousehold { id, household })?;
                        }
                        Ok(())
                    }
                    None => {
                        let id = self.g.next_household_id();
                        self.exec(Command::AddHousehold { id, household: wanted })
                    }
                }
            }
        }
    }

    /// The person a written name stands for (found or new), with the written facts set.
    fn person(&mut self, spec: &PersonSpec) -> R<PersonId> {
        let key = (
            match &spec.name {
                NameSpec::Named(n) => norm(n),
                // Not "?": a person may be called "?" (written quoted), and is not the
                // unnamed one.
                NameSpec::Unnamed => "\u{0}unnamed".to_owned(),
            },
            spec.number.unwrap_or(1),
        );
        let found = self.seen.get(&key).copied().or_else(|| {
            let candidates: Vec<PersonId> =
                self.g.persons().filter(|(_, p)| matches_name(p, &spec.name)).map(|(id, _)| id).collect();
            candidates.get(key.1 as usize - 1).copied()
        });
        let blank = if spec.index { self.blank_index_person() } else { None };
        let id = match found.or(blank) {
            Some(id) => id,
            None => {
                let id = self.g.next_person_id();
                self.exec(Command::AddPerson { id, person: Person::default() })?;
                id
            }
        };
        self.seen.insert(key, id);
        let old = self.g.person(id).cloned().unwrap_or_default();
        let mut new = old.clone();
        if let NameSpec::Named(n) = &spec.name {
            if new.given_name.trim().is_empty() && new.family_name.trim().is_empty() && new.nickname.trim().is_empty() {
                let mut words = n.split_whitespace();
                new.given_name = words.next().unwrap_or_default().to_owned();
                new.family_name = words.collect::<Vec<_>>().join(" ");
            }
        }
        if let Some(g) = spec.gender {
            new.gender = g;
        }
        if let Some(y) = spec.birth {
            if !agrees(new.birth, y) {
                new.birth = date(y);
            }
        }
        if let Some(age) = spec.age {
            let year = self.this_year - age as i32;
            if !new.birth.is_some_and(|b| b.year() == year || b.year() == year - 1) {
                new.birth = PartialDate::year_only(year).map(|d| d.with_approximate(true));
            }
        }
        match spec.death {
            Some(Some(y)) if !agrees(new.death, y) => new.death = date(y),
            Some(None) if !new.is_deceased() => new.deceased = true,
            _ => {}
        }
        if let Some(tag) = spec.kind {
            if new.kind.tag() != tag {
                new.kind = tag.fresh();
            }
        }
        if new != old {
            self.exec(Command::UpdatePerson { id, person: new })?;
        }
        if spec.index && !self.g.person(id).is_some_and(|p| p.index) {
            self.exec(Command::SetIndexPerson { id: Some(id) })?;
        }
        Ok(id)
    }

    /// The cliënt of a new genogram, still without a name or anyone around them: the
    /// first person the text marks as cliënt takes their place instead of a second one.
    fn blank_index_person(&self) -> Option<PersonId> {
        let id = self.g.index_person()?;
        let p = self.g.person(id)?;
        let blank = p.display_name().is_empty()
            && self.g.unions_of(id).is_empty()
            && self.g.parent_links(id).is_empty()
            && self.g.children(id).is_empty()
            && self.g.relations_of(id).is_empty()
            && !self.seen.values().any(|&s| s == id);
        blank.then_some(id)
    }

    fn union(&mut self, a: PersonId, b: PersonId, spec: &UnionSpec) -> R<UnionId> {
        let mut between: Vec<UnionId> = self.g.union_ids_of(a);
        between.retain(|&u| self.g.union(u).is_some_and(|u| u.has_partner(b)));
        between.sort_stable();
        let existing = between.iter().find(|u| !self.claimed.contains(u)).or(between.first()).copied();
        let (id, old) = match existing.and_then(|u| self.g.union(u).cloned().map(|old| (u, old))) {
            Some(found) => found,
            None => {
                let id = self.g.next_union_id();
                let union = Union::new(a, b, spec.kind.unwrap_or(spec.op.default_kind()));
                self.exec(Command::AddUnion { id, union: union.clone() })?;
                (id, union)
            }
        };
        let mut new = old.clone();
        match spec.kind {
            Some(k) => new.kind = k,
            None if spec.op == CoupleOp::Married && !new.kind.is_formal() => new.kind = spec.op.default_kind(),
            None if spec.op == CoupleOp::Partners && new.kind.is_formal() => new.kind = spec.op.default_kind(),
            None => {}
        }
        if let Some(y) = spec.start {
            add_event(&mut new.events, UnionEventKind::Start, Some(y));
        }
        for e in &spec.events {
            add_event(&mut new.events, e.kind, e.date);
        }
        if new != old {
            self.exec(Command::UpdateUnion { id, union: new })?;
        }
        self.claimed.insert(id);
        Ok(id)
    }

    fn children(&mut self, parent: ParentRef, groups: &[ChildGroup]) -> R<()> {
        for group in groups {
            let mut links = Vec::new();
            for m in &group.members {
                let child = self.person(m)?;
                let existing = self.g.parent_links(child).into_iter().find(|(_, l)| l.parent == parent);
                let (id, old) = match existing.map(|(id, l)| (id, l.clone())) {
                    Some(found) => found,
                    None => {
                        let id = self.g.next_child_link_id();
                        let link = ChildLink::new(parent, child, m.link.unwrap_or(ChildLinkKind::Biological));
                        self.exec(Command::AddChildLink { id, link: link.clone() })?;
                        (id, link)
                    }
                };
                let mut new = old.clone();
                if let Some(k) = m.link {
                    new.kind = k;
                }
                if new != old {
                    self.exec(Command::UpdateChildLink { id, link: new.clone() })?;
                }
                links.push((id, new));
            }
            let Some(kind) = group.twin else { continue };
            let group_no =
                links.iter().find_map(|(_, l)| l.twin.map(|t| t.group)).unwrap_or_else(|| fresh_twin_group(&self.g));
            for (id, link) in links {
                // "tweeling" says nothing about the kind: an identical pair stays identical.
                let kind = match (kind, link.twin) {
                    (TwinKind::Unknown, Some(t)) => t.kind,
                    _ => kind,
                };
                let twin = Some(Twin { group: group_no, kind });
                if link.twin != twin {
                    self.exec(Command::UpdateChildLink { id, link: ChildLink { twin, ..link } })?;
                }
            }
        }
        Ok(())
    }
}

/// Adds a union event unless one of the kind is there already with that year (or
/// without a year); an undated one of the kind gets the year.
fn add_event(events: &mut Vec<UnionEvent>, kind: UnionEventKind, y: Option<YearSpec>) {
    let same = |e: &UnionEvent| e.kind == kind;
    if events.iter().any(|e| same(e) && (y.is_none() || y.is_some_and(|y| agrees(e.date, y)))) {
        return;
    }
    if let Some(e) = events.iter_mut().find(|e| same(e) && e.date.is_none()) {
        e.date = y.and_then(date);
        return;
    }
    let event = UnionEvent { kind, date: y.and_then(date) };
    if kind == UnionEventKind::Start {
        events.insert(0, event);
    } else {
        events.push(event);
    }
}
