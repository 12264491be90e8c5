//! Warnings: things that are possible but odd (a typo in a date, two index persons),
//! shown to the professional without refusing the drawing.

use super::child::ParentRef;
use super::date::PartialDate;
use super::genogram::Genogram;
use super::ids::{AnyId, PersonId};
use super::person::PersonKind;
use crate::i18n::Lang;
use crate::kernel::labels::labeled_enum;
use std::collections::BTreeMap;

labeled_enum! {
    /// The kinds of odd-but-possible situations the model points out.
    pub enum WarningKind {
        /// The date of death lies before the date of birth.
        DeathBeforeBirth => ("overlijden vóór geboorte", "death before birth"),
        /// A parent was born after their child.
        ParentYoungerThanChild => ("ouder jonger dan kind", "parent younger than child"),
        /// A biological parent was younger than 12 at the child's birth.
        VeryYoungParent => ("zeer jonge ouder", "very young parent"),
        /// A child was born more than a year after a biological parent died.
        BornAfterParentDeath => ("geboren na overlijden ouder", "born after parent's death"),
        /// More than one person is marked as index person.
        MultipleIndexPersons => ("meerdere indexpersonen", "several index persons"),
        /// Twins with different dates of birth.
        TwinsBornApart => ("tweeling met verschillende geboortedata", "twins born on different dates"),
        /// A union starts before one of the partners was born.
        UnionBeforeBirth => ("relatie vóór geboorte", "union before birth"),
        /// An emotional relation ends before it starts.
        RelationEndsBeforeStart => ("relatie eindigt vóór begin", "relation ends before it starts"),
        /// Someone without a date of death would be older than anyone alive.
        NoDeathDate => ("leeft nog? geen overlijdensdatum", "still alive? no date of death"),
    }
}

/// Something odd but possible in the genogram, with the ids involved (so the UI can
/// select them) and the names at the time the warning was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// What is odd.
    pub kind: WarningKind,
    /// The things involved; persons first, in the order the message names them.
    pub ids: Vec<AnyId>,
    /// Names of the persons involved, in the order of the person ids.
    pub names: Vec<String>,
    /// An age, where the message mentions one.
    pub age: Option<i32>,
}

impl Warning {
    /// The persons involved, in message order.
    pub fn persons(&self) -> Vec<PersonId> {
        self.ids
            .iter()
            .filter_map(|id| match id {
                AnyId::Person(p) => Some(*p),
                _ => None,
            })
            .collect()
    }

    /// The warning as a sentence in Dutch or English.
    pub fn message(&self, lang: Lang) -> String {
        let n = |i: usize| self.names.get(i).cloned().unwrap_or_default();
        let all = self.names.join(", ");
        let age = self.age.unwrap_or_default();
        match (self.kind, lang) {
            (WarningKind::DeathBeforeBirth, Lang::Nl) => {
                format!("{}: de overlijdensdatum ligt vóór de geboortedatum.", n(0))
            }
            (WarningKind::DeathBeforeBirth, Lang::En) => {
                format!("{}: the date of death is before the date of birth.", n(0))
            }
            (WarningKind::ParentYoungerThanChild, Lang::Nl) => format!("{} is later geboren dan kind {}.", n(0), n(1)),
            (WarningKind::ParentYoungerThanChild, Lang::En) => format!("{} was born after their child {}.", n(0), n(1)),
            (WarningKind::VeryYoungParent, Lang::Nl) => {
                format!("{} was pas {age} jaar bij de geboorte van {}.", n(0), n(1))
            }
            (WarningKind::VeryYoungParent, Lang::En) => format!("{} was only {age} when {} was born.", n(0), n(1)),
            (WarningKind::BornAfterParentDeath, Lang::Nl) => {
                format!("{} is meer dan een jaar na het overlijden van ouder {} geboren.", n(1), n(0))
            }
            (WarningKind::BornAfterParentDeath, Lang::En) => {
                format!("{} was born more than a year after parent {} died.", n(1), n(0))
            }
            (WarningKind::MultipleIndexPersons, Lang::Nl) => {
                format!("Er zijn {} indexpersonen ({all}); meestal is er één cliënt.", self.names.len())
            }
            (WarningKind::MultipleIndexPersons, Lang::En) => {
                format!("There are {} index persons ({all}); usually there is one client.", self.names.len())
            }
            (WarningKind::TwinsBornApart, Lang::Nl) => format!("De tweeling {all} heeft verschillende geboortedata."),
            (WarningKind::TwinsBornApart, Lang::En) => format!("The twins {all} have different dates of birth."),
            (WarningKind::UnionBeforeBirth, Lang::Nl) => {
                format!("De relatie van {} begint vóór de geboorte van {}.", all, n(0))
            }
            (WarningKind::UnionBeforeBirth, Lang::En) => {
                format!("The union of {} starts before {} was born.", all, n(0))
            }
            (WarningKind::RelationEndsBeforeStart, Lang::Nl) => {
                format!("De emotionele relatie tussen {} en {} eindigt vóór ze begint.", n(0), n(1))
            }
            (WarningKind::RelationEndsBeforeStart, Lang::En) => {
                format!("The emotional relation between {} and {} ends before it starts.", n(0), n(1))
            }
            (WarningKind::NoDeathDate, Lang::Nl) => format!(
                "{}: leeft nog? Geen overlijdensdatum, en zou nu {age} jaar zijn; daarom staat alleen het geboortejaar erbij.",
                n(0)
            ),
            (WarningKind::NoDeathDate, Lang::En) => format!(
                "{}: still alive? No date of death, and would now be {age}; so only the year of birth is shown.",
                n(0)
            ),
        }
    }
}

impl Genogram {
    fn warn(&self, kind: WarningKind, persons: &[PersonId], extra: Option<AnyId>, age: Option<i32>) -> Warning {
        let mut ids: Vec<AnyId> = persons.iter().map(|&p| AnyId::Person(p)).collect();
        ids.extend(extra);
        Warning { kind, ids, names: persons.iter().map(|&p| self.name_of(p)).collect(), age }
    }

    /// [`Genogram::warnings`], and what depends on the date: persons without a date of
    /// death who would now be older than [`MAX_LIVING_AGE`](super::person::MAX_LIVING_AGE) (their age is not shown).
    pub fn warnings_on(&self, today: PartialDate) -> Vec<Warning> {
        let mut out = self.warnings();
        for (id, p) in self.persons() {
            if p.kind == PersonKind::Person && p.past_living_age(today) {
                let age = p.birth.map(|b| b.years_until(&today).years);
                out.push(self.warn(WarningKind::NoDeathDate, &[id], None, age));
            }
        }
        out
    }

    /// Everything odd but possible in the genogram, in a stable order (by kind of check,
    /// then by id). Checks that need today's date are in [`Genogram::warnings_on`].
    pub fn warnings(&self) -> Vec<Warning> {
        let mut out = Vec::new();
        for (id, p) in self.persons() {
            if let (Some(b), Some(d)) = (p.birth, p.death) {
                if d.is_before(&b) {
                    out.push(self.warn(WarningKind::DeathBeforeBirth, &[id], None, None));
                }
            }
        }
        for (lid, link) in self.child_links() {
            let Some(child_birth) = self.person(link.child).and_then(|c| c.birth) else { continue };
            for parent in self.parent_persons(link.parent) {
                let Some(pp) = self.person(parent) else { continue };
                let extra = Some(AnyId::ChildLink(lid));
                if let Some(pb) = pp.birth {
                    if child_birth.is_before(&pb) {
                        out.push(self.warn(WarningKind::ParentYoungerThanChild, &[parent, link.child], extra, None));
                    } else if link.is_biological() {
                        let age = pb.years_until(&child_birth).years;
                        if age < 12 {
                            out.push(self.warn(WarningKind::VeryYoungParent, &[parent, link.child], extra, Some(age)));
                        }
                    }
                }
                if let Some(pd) = pp.death {
                    if link.is_biological() && pd.year() + 1 < child_birth.year() {
                        out.push(self.warn(WarningKind::BornAfterParentDeath, &[parent, link.child], extra, None));
                    }
                }
            }
        }
        let index = self.index_persons();
        if index.len() > 1 {
            out.push(self.warn(WarningKind::MultipleIndexPersons, &index, None, None));
        }
        let mut twins: BTreeMap<(ParentRef, u32), Vec<PersonId>> = BTreeMap::new();
        for (_, link) in self.child_links() {
            if let Some(t) = link.twin {
                twins.entry((link.parent, t.group)).or_default().push(link.child);
            }
        }
        for group in twins.values() {
            let births: Vec<_> = group.iter().filter_map(|&c| self.person(c).and_then(|p| p.birth)).collect();
            let apart = births.iter().any(|a| births.iter().any(|b| a.is_before(b)));
            if apart {
                out.push(self.warn(WarningKind::TwinsBornApart, group, None, None));
            }
        }
        for (uid, union) in self.unions() {
            let Some(start) = union.start_date() else { continue };
            for p in union.partners() {
                if self.person(p).and_then(|pp| pp.birth).is_some_and(|b| start.is_before(&b)) {
                    let mut persons = vec![p];
                    persons.extend(union.partners().filter(|&q| q != p));
                    out.push(self.warn(WarningKind::UnionBeforeBirth, &persons, Some(AnyId::Union(uid)), None));
                }
            }
        }
        for (rid, r) in self.relations() {
            if let (Some(s), Some(e)) = (r.start, r.end) {
                if e.is_before(&s) {
                    out.push(self.warn(
                        WarningKind::RelationEndsBeforeStart,
                        &[r.from, r.to],
                        Some(AnyId::Relation(rid)),
                        None,
                    ));
                }
            }
        }
        out
    }
}
