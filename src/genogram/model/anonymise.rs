//! An anonymous copy of a genogram, for a trainer to hand students an editable case:
//! names become roles or initials, free text (notes, places, occupations, household
//! names) is dropped, and dates are reduced to years or shifted. The structure (who
//! is whose parent, partner, twin; conditions; relations) stays, so the copy draws and
//! edits like the original.

use super::roles::numbered_roles;
use super::{Condition, ConditionCategory, Genogram, Household, PartialDate, Person, PersonId};
use crate::i18n::Lang;
use crate::kernel::anonymise::{initials, DateMode, PrivateWords};
use crate::kernel::Anonymise;

/// The words of every name, nickname, place, occupation and household name of `g`:
/// what an anonymised file must not contain.
pub fn private_words(g: &Genogram) -> PrivateWords {
    let mut w = PrivateWords::default();
    for (_, p) in g.persons() {
        for s in [&p.given_name, &p.family_name, &p.nickname, &p.residence, &p.occupation] {
            w.add(s);
        }
    }
    for (_, h) in g.households() {
        w.add(&h.label);
    }
    w
}

/// `g` with the free text that an anonymised drawing would still show taken out: the
/// names of "other" conditions (in the legend) that hold a word of a name or place.
/// Everything else of `g` stays, so the drawing is the same but for those words.
pub fn without_private_labels(g: &Genogram) -> Genogram {
    let private = private_words(g);
    let mut out = g.clone();
    let mut cmds = Vec::new();
    for (id, p) in g.persons() {
        let leaks = |c: &Condition| matches!(&c.category, ConditionCategory::Other(n) if private.leaks(n));
        if p.conditions.iter().any(leaks) {
            let mut person = p.clone();
            for c in &mut person.conditions {
                if leaks(c) {
                    c.category = ConditionCategory::Other(String::new());
                }
            }
            cmds.push(super::Command::UpdatePerson { id, person });
        }
    }
    if !cmds.is_empty() {
        // Renaming a condition of an existing person breaks no rule.
        let _ = out.apply(super::Command::Batch(cmds));
    }
    out
}

/// A date under `mode`: its year only (still approximate when it was), or shifted by
/// whole years with day and month kept (29 February becomes the 28th in a common year).
pub fn anonymous_date(d: PartialDate, mode: DateMode) -> PartialDate {
    let out = match mode {
        DateMode::YearsOnly => PartialDate::year_only(d.year()),
        DateMode::ShiftYears(n) => {
            let year = d.year().saturating_add(n);
            match (d.month(), d.day()) {
                (Some(m), Some(day)) => PartialDate::ymd(year, m, day.min(super::date::days_in_month(year, m)))
                    .or(PartialDate::year_only(year)),
                (Some(m), None) => PartialDate::year_month(year, m),
                _ => PartialDate::year_only(year),
            }
        }
    };
    // A year outside what a date can hold keeps the original year, without day or month.
    out.or(PartialDate::year_only(d.year())).unwrap_or(d).with_approximate(d.is_approximate())
}

/// The copy of `g` without names, free text or exact dates. `names` chooses roles
/// (relative to the index person) or initials; `Off` is treated as roles, since a copy
/// that keeps names is no anonymous copy. Ids and structure are kept.
pub fn anonymous_copy(g: &Genogram, names: Anonymise, dates: DateMode, lang: Lang) -> Genogram {
    let private = private_words(g);
    let roles = numbered_roles(g, lang);
    let date = |d: Option<PartialDate>| d.map(|d| anonymous_date(d, dates));
    let persons: Vec<(PersonId, Person)> = g
        .persons()
        .map(|(id, p)| {
            let name = match names {
                _ if p.kind.is_pregnancy_loss() => String::new(),
                Anonymise::Initials => initials(&p.display_name()),
                _ => roles.get(&id).cloned().unwrap_or_default(),
            };
            let kind = match &p.kind {
                super::PersonKind::Pregnancy { due } => super::PersonKind::Pregnancy { due: date(*due) },
                k => k.clone(),
            };
            let conditions = p
                .conditions
                .iter()
                .map(|c| Condition {
                    category: match &c.category {
                        ConditionCategory::Other(n) if private.leaks(n) => ConditionCategory::Other(String::new()),
                        other => other.clone(),
                    },
                    status: c.status,
                    note: String::new(),
                    since: date(c.since),
                })
                .collect();
            let person = Person {
                given_name: name,
                gender: p.gender,
                assigned_gender: p.assigned_gender,
                birth: date(p.birth),
                death: date(p.death),
                deceased: p.deceased,
                index: p.index,
                kind,
                conditions,
                tags: p.tags.iter().filter(|t| !private.leaks(t)).cloned().collect(),
                pinned_x: p.pinned_x,
                ..Person::default()
            };
            (id, person)
        })
        .collect();
    let unions = g
        .unions()
        .map(|(id, u)| {
            let mut u = u.clone();
            for e in &mut u.events {
                e.date = date(e.date);
            }
            (id, u)
        })
        .collect();
    let links = g.child_links().map(|(id, l)| (id, l.clone())).collect();
    let relations = g
        .relations()
        .map(|(id, r)| {
            let mut r = r.clone();
            r.note.clear();
            r.start = date(r.start);
            r.end = date(r.end);
            (id, r)
        })
        .collect();
    let households = g
        .households()
        .enumerate()
        .map(|(n, (id, h))| {
            let label = match lang {
                Lang::Nl => format!("huishouden {}", n + 1),
                Lang::En => format!("household {}", n + 1),
            };
            (id, Household::new(&label, h.members.iter().copied()))
        })
        .collect();
    // Same structure, ids and kinds as a valid genogram; dates keep their order.
    Genogram::from_parts(persons, unions, links, relations, households)
        .expect("an anonymous copy keeps the structure of a valid genogram")
}
