//! A genogram as a GEDCOM 5.5.1 file (UTF-8): persons, unions with their events, and
//! children with their kind. A person's life events are `EVEN` with `TYPE` (the text)
//! and `DATE`; moves are dated `RESI` with `PLAC` (the current residence an undated
//! one). Kring's own kinds (non-binary, pregnancies, the index person, unions that are
//! no marriage, a single parent's children) and conditions (with status, note and onset
//! date) go into `_KRING` lines; what GEDCOM cannot hold at all is counted in [`LeftOut`].

use super::date::write_date;
use super::import::{snake, CONDITION_TAG, INDEX_TAG, KIND_TAG, MOVE_TAG, SINGLE_TAG, STATUS_TAG};
use crate::genogram::model::{
    ChildLinkKind, ConditionCategory, Gender, Genogram, ParentRef, Person, PersonId, PersonKind, Union, UnionEventKind,
    UnionKind,
};
use crate::i18n::Lang;
use std::collections::BTreeMap;
use std::fmt::Write;

/// What a GEDCOM export could not write, by kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LeftOut {
    /// Emotional relations.
    pub relations: usize,
    /// Households.
    pub households: usize,
    /// Persons with tags.
    pub tags: usize,
    /// Twin marks, donor and surrogate marks on child lines.
    pub child_marks: usize,
    /// Transgender marks.
    pub assigned_genders: usize,
}

impl LeftOut {
    /// A sentence naming what was left out, or `None` when nothing was.
    pub fn message(&self, lang: Lang) -> Option<String> {
        let parts: Vec<String> = [
            (self.relations, "emotionele relaties", "emotional relations"),
            (self.households, "huishoudens", "households"),
            (self.tags, "personen met labels", "persons with tags"),
            (self.child_marks, "tweeling-, donor- en draagmoedertekens", "twin, donor and surrogate marks"),
            (self.assigned_genders, "transgendertekens", "transgender marks"),
        ]
        .into_iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, nl, en)| format!("{n} {}", if lang == Lang::Nl { nl } else { en }))
        .collect();
        if parts.is_empty() {
            return None;
        }
        Some(match lang {
            Lang::Nl => format!("Niet in GEDCOM: {}.", parts.join(", ")),
            Lang::En => format!("Not in GEDCOM: {}.", parts.join(", ")),
        })
    }
}

/// A written GEDCOM file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// The file's text (UTF-8, CRLF-free: LF line ends).
    pub text: String,
    /// What the file could not hold.
    pub left_out: LeftOut,
}

/// A GEDCOM family: a union, or a single parent with their children.
struct Family<'a> {
    husband: Option<PersonId>,
    wife: Option<PersonId>,
    union: Option<&'a Union>,
    children: Vec<(PersonId, ChildLinkKind)>,
}

/// Writes `g` as GEDCOM 5.5.1.
pub fn export(g: &Genogram) -> Exported {
    let gender = |p: PersonId| g.person(p).map_or(Gender::Unknown, |p| p.gender);
    // Husband and wife as GEDCOM expects them; otherwise Kring's order (left, right).
    let spouses = |a: PersonId, b: Option<PersonId>| match b {
        Some(b) if gender(a) == Gender::Female && gender(b) == Gender::Male => (Some(b), Some(a)),
        Some(b) => (Some(a), Some(b)),
        None if gender(a) == Gender::Female => (None, Some(a)),
        None => (Some(a), None),
    };
    let mut families: Vec<Family> = Vec::new();
    let mut union_family = BTreeMap::new();
    for (id, u) in g.unions() {
        let (husband, wife) = spouses(u.partner_a, u.partner_b);
        union_family.insert(id, families.len());
        families.push(Family { husband, wife, union: Some(u), children: Vec::new() });
    }
    let mut single_family = BTreeMap::new();
    let mut left_out =
        LeftOut { relations: g.relations().count(), households: g.households().count(), ..LeftOut::default() };
    for (_, link) in g.child_links() {
        let index = match link.parent {
            ParentRef::Union(u) => union_family.get(&u).copied(),
            ParentRef::Person(p) => Some(*single_family.entry(p).or_insert_with(|| {
                let (husband, wife) = spouses(p, None);
                families.push(Family { husband, wife, union: None, children: Vec::new() });
                families.len() - 1
            })),
        };
        if let Some(f) = index.and_then(|i| families.get_mut(i)) {
            f.children.push((link.child, link.kind));
        }
        left_out.child_marks += usize::from(link.twin.is_some() || link.aid.is_some());
    }

    let mut out = String::new();
    let mut line = |level: u8, tag: &str, value: &str| write_line(&mut out, level, tag, value);
    line(0, "HEAD", "");
    line(1, "SOUR", "KRING");
    line(2, "NAME", "Kring");
    line(1, "GEDC", "");
    line(2, "VERS", "5.5.1");
    line(2, "FORM", "LINEAGE-LINKED");
    line(1, "CHAR", "UTF-8");
    line(1, "SUBM", "@U1@");
    line(0, "@U1@ SUBM", "");
    line(1, "NAME", "Kring");
    for (id, p) in g.persons() {
        person(&mut line, id, p, &families, &mut left_out);
    }
    for (i, f) in families.iter().enumerate() {
        family(&mut line, i, f);
    }
    line(0, "TRLR", "");
    Exported { text: out, left_out }
}

fn person(
    line: &mut impl FnMut(u8, &str, &str),
    id: PersonId,
    p: &Person,
    families: &[Family],
    left_out: &mut LeftOut,
) {
    line(0, &format!("@I{}@ INDI", id.get()), "");
    let given = p.given_name.replace('/', " ");
    let family_name = p.family_name.replace('/', " ");
    if !given.trim().is_empty() || !family_name.trim().is_empty() || !p.nickname.trim().is_empty() {
        line(1, "NAME", format!("{} /{}/", given.trim(), family_name.trim()).trim());
        if !given.trim().is_empty() {
            line(2, "GIVN", given.trim());
        }
        if !family_name.trim().is_empty() {
            line(2, "SURN", family_name.trim());
        }
        if !p.nickname.trim().is_empty() {
            line(2, "NICK", p.nickname.trim());
        }
    }
    let sex = match p.gender {
        Gender::Male => "M",
        Gender::Female => "F",
        Gender::NonBinary | Gender::Unknown => "U",
    };
    line(1, "SEX", sex);
    if p.gender == Gender::NonBinary {
        line(1, "_KRING_GENDER", "non_binary");
    }
    match &p.kind {
        PersonKind::Person => {}
        PersonKind::Pregnancy { due } => {
            line(1, KIND_TAG, "pregnancy");
            if let Some(due) = due {
                line(2, "DATE", &write_date(*due));
            }
        }
        other => line(1, KIND_TAG, &snake(other.tag())),
    }
    if p.index {
        line(1, INDEX_TAG, "Y");
    }
    if let Some(b) = p.birth {
        line(1, "BIRT", "");
        line(2, "DATE", &write_date(b));
    }
    match p.death {
        Some(d) => {
            line(1, "DEAT", "");
            line(2, "DATE", &write_date(d));
        }
        None if p.deceased => line(1, "DEAT", "Y"),
        None => {}
    }
    if !p.occupation.trim().is_empty() {
        line(1, "OCCU", p.occupation.trim());
    }
    if !p.residence.trim().is_empty() {
        line(1, "RESI", "");
        line(2, "PLAC", p.residence.trim());
    }
    for m in &p.moves {
        line(1, "RESI", "");
        match m.date {
            Some(d) => line(2, "DATE", &write_date(d)),
            // Undated, it would read back as the current residence: marked a move.
            None => line(2, MOVE_TAG, "Y"),
        }
        if !m.place.trim().is_empty() {
            line(2, "PLAC", m.place.trim());
        }
    }
    for e in &p.life_events {
        line(1, "EVEN", "");
        if !e.text.trim().is_empty() {
            line(2, "TYPE", e.text.trim());
        }
        if let Some(d) = e.date {
            line(2, "DATE", &write_date(d));
        }
    }
    for c in &p.conditions {
        line(1, CONDITION_TAG, &snake(c.category.area()));
        if let ConditionCategory::Other(name) = &c.category {
            if !name.trim().is_empty() {
                line(2, "NAME", name.trim());
            }
        }
        line(2, STATUS_TAG, &snake(c.status));
        if let Some(d) = c.since {
            line(2, "DATE", &write_date(d));
        }
        if !c.note.trim().is_empty() {
            line(2, "NOTE", c.note.trim());
        }
    }
    if !p.notes.trim().is_empty() {
        line(1, "NOTE", p.notes.trim());
    }
    for (i, f) in families.iter().enumerate() {
        if let Some((_, kind)) = f.children.iter().find(|(c, _)| *c == id) {
            line(1, "FAMC", &format!("@F{}@", i + 1));
            line(2, "PEDI", pedigree(*kind));
        }
    }
    for (i, f) in families.iter().enumerate() {
        if f.husband == Some(id) || f.wife == Some(id) {
            line(1, "FAMS", &format!("@F{}@", i + 1));
        }
    }
    left_out.tags += usize::from(!p.tags.is_empty());
    left_out.assigned_genders += usize::from(p.is_transgender());
}

fn pedigree(kind: ChildLinkKind) -> &'static str {
    match kind {
        ChildLinkKind::Biological => "birth",
        ChildLinkKind::Adopted => "adopted",
        ChildLinkKind::Foster => "foster",
    }
}

fn family(line: &mut impl FnMut(u8, &str, &str), i: usize, f: &Family) {
    line(0, &format!("@F{}@ FAM", i + 1), "");
    if let Some(h) = f.husband {
        line(1, "HUSB", &format!("@I{}@", h.get()));
    }
    if let Some(w) = f.wife {
        line(1, "WIFE", &format!("@I{}@", w.get()));
    }
    match f.union {
        None => line(1, SINGLE_TAG, "Y"),
        Some(u) => {
            if u.kind != UnionKind::Marriage {
                line(1, KIND_TAG, &snake(u.kind));
            }
            let formal = u.kind.is_formal();
            if formal && !u.events.iter().any(|e| e.kind == UnionEventKind::Start) {
                line(1, "MARR", "Y");
            }
            for e in &u.events {
                let custom = |what: &str| format!("{what} ({})", u.kind.label(Lang::En));
                let (tag, kind) = match e.kind {
                    UnionEventKind::Start if formal => ("MARR", None),
                    UnionEventKind::Start if u.kind == UnionKind::Engaged => ("ENGA", None),
                    UnionEventKind::Start => ("EVEN", Some(custom("Start of relationship"))),
                    UnionEventKind::Divorce => ("DIV", None),
                    UnionEventKind::Annulment => ("ANUL", None),
                    UnionEventKind::Separation => ("EVEN", Some("Separation".to_owned())),
                    UnionEventKind::Widowed => ("EVEN", Some("Widowed".to_owned())),
                    UnionEventKind::Reconciliation => ("EVEN", Some("Reconciliation".to_owned())),
                };
                line(1, tag, "");
                if let Some(kind) = kind {
                    line(2, "TYPE", &kind);
                }
                if let Some(d) = e.date {
                    line(2, "DATE", &write_date(d));
                }
            }
        }
    }
    for (c, _) in &f.children {
        line(1, "CHIL", &format!("@I{}@", c.get()));
    }
}

/// The longest value written on one line; longer text continues on `CONC` lines.
const MAX_VALUE: usize = 200;

/// Writes one structure: line breaks in the value become `CONT` lines, long lines
/// `CONC` lines, and `@` in text is doubled (pointers are written as they are).
fn write_line(out: &mut String, level: u8, tag: &str, value: &str) {
    let is_pointer = super::lines::pointer(value).is_some();
    let value = if is_pointer { value.to_owned() } else { value.replace('@', "@@") };
    for (n, text) in value.split('\n').enumerate() {
        let (lvl, t) = if n == 0 { (level, tag) } else { (level + 1, "CONT") };
        let mut chunks = chunks(text.trim_end_matches('\r'));
        let first = chunks.next().unwrap_or_default();
        let _ = if first.is_empty() { writeln!(out, "{lvl} {t}") } else { writeln!(out, "{lvl} {t} {first}") };
        for more in chunks {
            let _ = writeln!(out, "{} CONC {more}", level + 1);
        }
    }
}

/// Splits text into pieces of at most [`MAX_VALUE`] bytes, never inside a character
/// and never so that a piece starts or ends with a space (readers trim those).
fn chunks(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    let mut first = true;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return if std::mem::take(&mut first) { Some("") } else { None };
        }
        first = false;
        let mut end = rest.len().min(MAX_VALUE);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        // Move the cut off a space so no piece begins or ends with one.
        while end < rest.len() && end > 1 && (rest[..end].ends_with(' ') || rest[end..].starts_with(' ')) {
            end -= 1;
            while !rest.is_char_boundary(end) {
                end -= 1;
            }
        }
        let (piece, tail) = rest.split_at(end);
        rest = tail;
        Some(piece)
    })
}
