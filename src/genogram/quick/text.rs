//! A genogram written as quick-entry text, for the round trip: show the family as
//! text, edit it there, apply it. Only what the notation can say is written; applying
//! the text to the same genogram changes nothing, and what is not written (notes,
//! conditions, months and days, a union with an unknown partner, …) is kept as it is.

use super::ast::{
    ChildGroup, CoupleOp, EventSpec, NameSpec, Parents, PersonSpec, RelationOp, Statement, UnionSpec, YearSpec,
};
use super::plan::matches_name;
use super::print;
use crate::genogram::model::{
    ChildLinkKind, Gender, Genogram, ParentRef, PartialDate, PersonId, PersonKindTag, RelationGroup, UnionEventKind,
};
use crate::i18n::Lang;
use std::collections::BTreeSet;

fn year(d: PartialDate) -> YearSpec {
    YearSpec { year: d.year(), approximate: d.is_approximate() }
}

struct Writer<'a> {
    g: &'a Genogram,
    written: BTreeSet<PersonId>,
}

impl Writer<'_> {
    /// How a person is named in the text: full name (or nickname), and `#n` when
    /// earlier persons answer to the same name.
    fn name(&self, id: PersonId) -> (NameSpec, Option<u32>) {
        let Some(p) = self.g.person(id) else { return (NameSpec::Unnamed, None) };
        let full = format!("{} {}", p.given_name.trim(), p.family_name.trim()).trim().to_owned();
        let full = if full.is_empty() { p.nickname.trim().to_owned() } else { full };
        let name = if full.is_empty() { NameSpec::Unnamed } else { NameSpec::Named(full) };
        let position = self.g.persons().filter(|(_, q)| matches_name(q, &name)).position(|(q, _)| q == id);
        let number = position.map(|n| n as u32 + 1).filter(|n| *n > 1);
        (name, number)
    }

    /// A person: with all facts at the first mention, by name only after that.
    fn person(&mut self, id: PersonId) -> PersonSpec {
        let (name, number) = self.name(id);
        let mut spec = PersonSpec { number, ..PersonSpec::named("") };
        spec.name = name;
        if !self.written.insert(id) {
            return spec;
        }
        let Some(p) = self.g.person(id) else { return spec };
        spec.gender = Some(p.gender).filter(|g| *g != Gender::Unknown);
        spec.birth = p.birth.map(year);
        spec.death = match (p.death, p.deceased) {
            (Some(d), _) => Some(Some(year(d))),
            (None, true) => Some(None),
            (None, false) => None,
        };
        spec.index = p.index;
        spec.kind = Some(p.kind.tag()).filter(|k| *k != PersonKindTag::Person);
        spec
    }

    fn children(&mut self, parent: ParentRef) -> Vec<ChildGroup> {
        let mut groups: Vec<(Option<u32>, ChildGroup)> = Vec::new();
        for (link_id, child) in self.g.children_of(parent) {
            let Some(link) = self.g.child_link(link_id) else { continue };
            let mut spec = self.person(child);
            spec.link = Some(link.kind).filter(|k| *k != ChildLinkKind::Biological);
            match (link.twin, groups.iter_mut().find(|(g, _)| g.is_some() && *g == link.twin.map(|t| t.group))) {
                (Some(_), Some((_, group))) => group.members.push(spec),
                (twin, _) => {
                    groups.push((twin.map(|t| t.group), ChildGroup { members: vec![spec], twin: twin.map(|t| t.kind) }))
                }
            }
        }
        // A twin group of one (its twin hangs elsewhere) is written as a single child.
        groups
            .into_iter()
            .map(|(_, mut g)| {
                if g.members.len() < 2 {
                    g.twin = None;
                }
                g
            })
            .collect()
    }
}

/// The statements that describe `g`, in the order they are written.
pub fn statements(g: &Genogram) -> Vec<Statement> {
    let mut w = Writer { g, written: BTreeSet::new() };
    let mut out = Vec::new();
    for (id, u) in g.unions() {
        let Some(b) = u.partner_b else { continue };
        let a = w.person(u.partner_a);
        let b = w.person(b);
        let op = if u.kind.is_formal() { CoupleOp::Married } else { CoupleOp::Partners };
        let start = u.start_date().map(year);
        let kind = (start.is_some() || u.kind != op.default_kind()).then_some(u.kind);
        let events = u
            .events
            .iter()
            // A dated start is the start year above; a start without a date is "begin".
            .filter(|e| e.kind != UnionEventKind::Start || e.date.is_none())
            .map(|e| EventSpec { kind: e.kind, date: e.date.map(year) })
            .collect();
        let union = UnionSpec { op, kind, start, events };
        let children = w.children(ParentRef::Union(id));
        out.push(Statement::Family { parents: Parents::Couple { a, b, union }, children });
    }
    let ids: Vec<PersonId> = g.person_ids().collect();
    for &id in &ids {
        if !g.children_of(ParentRef::Person(id)).is_empty() {
            let parent = w.person(id);
            let children = w.children(ParentRef::Person(id));
            out.push(Statement::ParentOf { parent, children });
        }
    }
    for &id in &ids {
        if !w.written.contains(&id) {
            out.push(Statement::Family { parents: Parents::Single(w.person(id)), children: Vec::new() });
        }
    }
    for (_, r) in g.relations() {
        let op = if r.kind.group() == RelationGroup::Positive { RelationOp::Doubles } else { RelationOp::Dashes };
        out.push(Statement::Relation { a: w.person(r.from), b: w.person(r.to), op, kind: Some(r.kind) });
    }
    for (_, h) in g.households() {
        if h.members.is_empty() {
            continue;
        }
        let members = h.members.iter().map(|&m| w.person(m)).collect();
        // A label with a colon or a quote cannot be written; left out, the label stays as it is.
        let label = if h.label.contains([':', '\n', '"', '“']) {
            String::new()
        } else {
            h.label.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        out.push(Statement::Household { label, members });
    }
    out
}

/// The genogram as quick-entry text, one statement a line.
pub fn genogram_text(g: &Genogram, lang: Lang) -> String {
    statements(g).iter().map(|s| print::statement(s, lang)).collect::<Vec<_>>().join("\n")
}
