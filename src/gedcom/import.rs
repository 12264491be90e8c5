//! GEDCOM records → a Kring genogram, with the report of what came in.

use super::date::{read_date, DateRead};
use super::encoding::decode;
use super::error::{GedcomError, Problem};
use super::lines::{self, Node};
use super::report::{Attention, ImportReport};
use crate::genogram::model::{
    ChildLink, ChildLinkId, ChildLinkKind, Condition, ConditionArea, ConditionCategory, ConditionStatus, Gender,
    Genogram, LifeEvent, ModelError, Move, ParentRef, PartialDate, Person, PersonId, PersonKind, Union, UnionEvent,
    UnionEventKind, UnionId, UnionKind,
};
use crate::kernel::sort::SortExt;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A GEDCOM file read into a genogram.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// The family as a genogram (no layout pins: the layout places everyone).
    pub genogram: Genogram,
    /// The file name in the header (`1 FILE`), without `.ged`, if any.
    pub title: Option<String>,
    /// What came in and what deserves attention.
    pub report: ImportReport,
}

/// Reads a GEDCOM file (any of the encodings in [`super::encoding`]). A broken file is
/// refused with the line where it breaks; nothing is half-imported.
pub fn import(bytes: &[u8]) -> Result<Imported, GedcomError> {
    if bytes.len() > crate::format::MAX_INPUT_BYTES {
        return Err(GedcomError { line: 1, problem: Problem::TooLarge });
    }
    let (text, _) = decode(bytes);
    let records = lines::parse(&text)?;
    Importer::default().run(&records)
}

/// The one-parent marker Kring writes on a family that is a single parent's child line.
pub(crate) const SINGLE_TAG: &str = "_KRING_SINGLE";
/// The Kring kind of a person symbol or a union, when not the default.
pub(crate) const KIND_TAG: &str = "_KRING_KIND";
/// The index person.
pub(crate) const INDEX_TAG: &str = "_KRING_INDEX";
/// A condition of a person: its area as value; `NAME` (own name of an "other"),
/// [`STATUS_TAG`], `DATE` (onset, "sinds") and `NOTE` below it.
pub(crate) const CONDITION_TAG: &str = "_KRING_CONDITION";
/// A condition's status (suspected, active, in recovery), below [`CONDITION_TAG`].
pub(crate) const STATUS_TAG: &str = "_KRING_STATUS";
/// Marks an undated `RESI` as a move rather than the current residence.
pub(crate) const MOVE_TAG: &str = "_KRING_MOVE";

#[derive(Default)]
struct Importer {
    persons: Vec<(PersonId, Person)>,
    ids: HashMap<String, PersonId>,
    lines: HashMap<PersonId, usize>,
    /// (child, family) → kind from the child's `FAMC … PEDI`.
    pedigree: HashMap<(PersonId, String), ChildLinkKind>,
    /// family → children that name it in `FAMC`, in file order.
    famc: HashMap<String, Vec<PersonId>>,
    notes: HashMap<String, String>,
    skipped: BTreeMap<String, usize>,
    report: ImportReport,
}

impl Importer {
    fn run(mut self, records: &[Node]) -> Result<Imported, GedcomError> {
        let mut title = None;
        for r in records {
            match (r.tag.as_str(), &r.xref) {
                ("NOTE", Some(id)) => {
                    self.notes.insert(id.clone(), r.value.trim().to_owned());
                }
                ("INDI", Some(id)) => {
                    let pid = PersonId(u32::try_from(self.persons.len() + 1).unwrap_or(u32::MAX));
                    self.ids.insert(id.clone(), pid);
                    self.lines.insert(pid, r.line);
                    self.persons.push((pid, Person::default()));
                }
                _ => {}
            }
        }
        let indis: Vec<&Node> = records.iter().filter(|r| r.tag == "INDI" && r.xref.is_some()).collect();
        for (i, node) in indis.iter().enumerate() {
            let id = self.persons[i].0;
            let person = self.person(node, id);
            self.persons[i].1 = person;
        }
        let mut unions = Vec::new();
        let mut links = Vec::new();
        for r in records {
            match r.tag.as_str() {
                "HEAD" => {
                    let file = r.child_value("FILE");
                    let file = file.rsplit(['/', '\\']).next().unwrap_or(file);
                    let stem = file.strip_suffix(".ged").or_else(|| file.strip_suffix(".GED")).unwrap_or(file);
                    title = (!stem.trim().is_empty()).then(|| stem.trim().to_owned());
                }
                // The submitter is administration, not family: not worth a line in the report.
                "INDI" | "TRLR" | "SUBM" | "SUBN" => {}
                "NOTE" if r.xref.is_some() => {}
                "FAM" => self.family(r, &mut unions, &mut links),
                other => self.skip(other.to_owned()),
            }
        }
        let persons = std::mem::take(&mut self.persons);
        let lines = std::mem::take(&mut self.lines);
        let genogram = Genogram::from_parts(persons, unions, links, Vec::new(), Vec::new()).map_err(|e| match e {
            ModelError::OwnAncestor { person, name } => {
                GedcomError { line: lines.get(&person).copied().unwrap_or(1), problem: Problem::OwnAncestor { name } }
            }
            other => GedcomError { line: 1, problem: Problem::Invalid(other) },
        })?;
        self.report.persons = genogram.person_count();
        self.check(&genogram);
        let mut skipped: Vec<(String, usize)> = std::mem::take(&mut self.skipped).into_iter().collect();
        skipped.sort_stable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        self.report.skipped = skipped;
        Ok(Imported { genogram, title, report: self.report })
    }

    fn skip(&mut self, path: String) {
        *self.skipped.entry(path).or_default() += 1;
    }

    /// The date of an event structure; its other parts are counted as skipped.
    fn event_date(&mut self, event: &Node, path: &str) -> Option<PartialDate> {
        let mut date = None;
        for c in &event.children {
            if c.tag == "DATE" {
                match read_date(&c.value) {
                    DateRead::Known { date: d, rounded } => {
                        self.report.rounded_dates += usize::from(rounded);
                        date = Some(d);
                    }
                    DateRead::Unknown if c.value.trim().is_empty() => {}
                    DateRead::Unknown => self.report.attention.push(Attention::UnreadableDate {
                        line: c.line,
                        text: c.value.trim().chars().take(60).collect(),
                    }),
                }
            } else {
                self.skip(format!("{path}.{}", c.tag));
            }
        }
        date
    }

    fn note_text(&self, node: &Node) -> String {
        match node.pointer() {
            Some(id) => self.notes.get(id).cloned().unwrap_or_default(),
            None => node.value.trim().to_owned(),
        }
    }

    fn person(&mut self, node: &Node, id: PersonId) -> Person {
        let mut p = Person::default();
        let mut named = false;
        let mut christened = None;
        let mut occupations: Vec<String> = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        for c in &node.children {
            match c.tag.as_str() {
                "NAME" if !named => {
                    named = true;
                    self.name(c, &mut p);
                }
                "SEX" => {
                    p.gender = match c.value.trim().chars().next().map(|ch| ch.to_ascii_uppercase()) {
                        Some('M') => Gender::Male,
                        Some('F') => Gender::Female,
                        Some('X') => Gender::NonBinary,
                        _ => Gender::Unknown,
                    }
                }
                "_KRING_GENDER" if c.value.trim() == "non_binary" => p.gender = Gender::NonBinary,
                "BIRT" => {
                    self.report.events += 1;
                    if let Some(d) = self.event_date(c, "BIRT") {
                        p.birth = Some(d);
                    }
                }
                "CHR" | "BAPM" => {
                    self.report.events += 1;
                    christened = christened.or(self.event_date(c, &c.tag));
                }
                "DEAT" => {
                    self.report.events += 1;
                    // A date of death says deceased by itself; the mark is for no date.
                    p.death = self.event_date(c, "DEAT");
                    p.deceased = p.death.is_none();
                }
                "BURI" | "CREM" => {
                    self.report.events += 1;
                    p.deceased |= p.death.is_none();
                    let _ = self.event_date(c, &c.tag);
                }
                "OCCU" => {
                    let v = c.value.trim();
                    if !v.is_empty() && !occupations.iter().any(|o| o == v) {
                        occupations.push(v.to_owned());
                    }
                    self.skip_children(c, "OCCU", &["DATE"]);
                }
                "RESI" => {
                    let place =
                        [c.value.trim(), c.child_value("PLAC"), c.child("ADDR").map_or("", |a| a.child_value("CITY"))]
                            .into_iter()
                            .find(|v| !v.is_empty())
                            .or_else(|| c.child("ADDR").map(|a| a.value.trim()).filter(|v| !v.is_empty()));
                    // A dated residence (or one marked so) is a move; an undated one is
                    // where the person lives now.
                    let date = self.resi_date(c);
                    if date.is_some() || c.child(MOVE_TAG).is_some() {
                        p.moves.push(Move::new(date, place.unwrap_or_default()));
                    } else if let Some(place) = place {
                        p.residence = place.to_owned();
                    }
                    self.skip_children(c, "RESI", &["PLAC", "ADDR", "DATE", MOVE_TAG]);
                }
                "EVEN" => {
                    self.report.events += 1;
                    let text = [c.child_value("TYPE"), c.value.trim()].into_iter().find(|v| !v.is_empty());
                    let date = self.event_date(&without_type(c), "INDI.EVEN");
                    p.life_events.push(LifeEvent::new(date, text.unwrap_or_default()));
                }
                CONDITION_TAG => {
                    if let Some(condition) = self.condition(c) {
                        p.conditions.push(condition);
                    }
                }
                "NOTE" => {
                    let text = self.note_text(c);
                    if !text.is_empty() {
                        notes.push(text);
                    }
                }
                "FAMC" => self.child_of(c, id),
                "ADOP" => {
                    self.report.events += 1;
                    if let Some(fam) = c.child("FAMC").and_then(Node::pointer) {
                        self.pedigree.entry((id, fam.to_owned())).or_insert(ChildLinkKind::Adopted);
                    }
                }
                "FAMS" => {}
                KIND_TAG => p.kind = person_kind(c),
                INDEX_TAG => p.index = true,
                other => self.skip(format!("INDI.{other}")),
            }
        }
        if p.birth.is_none() {
            p.birth = christened.map(|d: PartialDate| d.with_approximate(true));
        }
        if p.residence.is_empty() {
            // A file without an undated residence: the last place moved to.
            if let Some(m) = p.moves.iter().rev().find(|m| m.date.is_some() && !m.place.is_empty()) {
                p.residence = m.place.clone();
            }
        }
        p.occupation = occupations.join(", ");
        p.notes = notes.join("\n\n");
        p
    }

    /// The date of a `RESI` (its `DATE`), read as any event date.
    fn resi_date(&mut self, node: &Node) -> Option<PartialDate> {
        let only_date =
            Node { children: node.children.iter().filter(|c| c.tag == "DATE").cloned().collect(), ..node.clone() };
        self.event_date(&only_date, "INDI.RESI")
    }

    /// A `_KRING_CONDITION` record; an unknown area or status is reported as skipped.
    fn condition(&mut self, node: &Node) -> Option<Condition> {
        let area = ConditionArea::ALL.iter().copied().find(|a| snake(*a) == node.value.trim());
        let status = ConditionStatus::ALL.iter().copied().find(|s| snake(*s) == node.child_value(STATUS_TAG));
        let (Some(area), Some(status)) = (area, status) else {
            self.skip(format!("INDI.{CONDITION_TAG}"));
            return None;
        };
        let category = match area {
            ConditionArea::Physical => ConditionCategory::Physical,
            ConditionArea::Mental => ConditionCategory::Mental,
            ConditionArea::Alcohol => ConditionCategory::Alcohol,
            ConditionArea::Drugs => ConditionCategory::Drugs,
            ConditionArea::Other => ConditionCategory::Other(node.child_value("NAME").to_owned()),
        };
        let dated =
            Node { children: node.children.iter().filter(|c| c.tag == "DATE").cloned().collect(), ..node.clone() };
        let since = self.event_date(&dated, CONDITION_TAG);
        let note = node.child("NOTE").map(|n| self.note_text(n)).unwrap_or_default();
        Some(Condition { category, status, note, since })
    }

    fn skip_children(&mut self, node: &Node, path: &str, used: &[&str]) {
        for c in &node.children {
            if !used.contains(&c.tag.as_str()) {
                self.skip(format!("{path}.{}", c.tag));
            }
        }
    }

    /// `NAME Given /Surname/` with its parts (GIVN, SURN, SPFX, NICK).
    fn name(&mut self, node: &Node, p: &mut Person) {
        let value = node.value.trim();
        let (given, surname) = match value.split_once('/') {
            Some((given, rest)) => (given, rest.split_once('/').map_or(rest, |(s, _)| s)),
            None => (value, ""),
        };
        p.given_name = tidy(given);
        p.family_name = tidy(surname);
        for c in &node.children {
            match c.tag.as_str() {
                "GIVN" if p.given_name.is_empty() => p.given_name = tidy(&c.value),
                "SURN" if p.family_name.is_empty() => {
                    p.family_name = tidy(&format!("{} {}", node.child_value("SPFX"), c.value));
                }
                "NICK" | "_RUFNAME" | "_CALL" => p.nickname = tidy(&c.value),
                "GIVN" | "SURN" | "SPFX" | "NPFX" | "NSFX" => {}
                other => self.skip(format!("NAME.{other}")),
            }
        }
    }

    /// `FAMC @F1@` with its pedigree.
    fn child_of(&mut self, node: &Node, child: PersonId) {
        let Some(fam) = node.pointer() else { return };
        let list = self.famc.entry(fam.to_owned()).or_default();
        if !list.contains(&child) {
            list.push(child);
        }
        if let Some(pedi) = node.child("PEDI") {
            if let Some(kind) = pedigree_kind(&pedi.value) {
                self.pedigree.insert((child, fam.to_owned()), kind);
            }
        }
        self.skip_children(node, "FAMC", &["PEDI", "STAT"]);
    }

    fn person_ref(&mut self, node: &Node) -> Option<PersonId> {
        let id = node.pointer()?;
        let found = self.ids.get(id).copied();
        if found.is_none() {
            self.report.attention.push(Attention::MissingRecord { line: node.line, id: id.to_owned() });
        }
        found
    }

    fn family(&mut self, node: &Node, unions: &mut Vec<(UnionId, Union)>, links: &mut Vec<(ChildLinkId, ChildLink)>) {
        let fam_id = node.xref.clone().unwrap_or_default();
        let (mut husband, mut wife) = (None, None);
        let mut children: Vec<(PersonId, Option<ChildLinkKind>)> = Vec::new();
        let mut events: Vec<UnionEvent> = Vec::new();
        let mut kind = None;
        let mut single = false;
        for c in &node.children {
            match c.tag.as_str() {
                "HUSB" => husband = husband.or(self.person_ref(c)),
                "WIFE" => wife = wife.or(self.person_ref(c)),
                "CHIL" => {
                    if let Some(child) = self.person_ref(c) {
                        let rel = [c.child_value("_FREL"), c.child_value("_MREL"), c.child_value("PEDI")]
                            .into_iter()
                            .filter_map(pedigree_kind)
                            .find(|k| *k != ChildLinkKind::Biological);
                        children.push((child, rel));
                    }
                }
                "MARR" => {
                    kind = kind.or(Some(UnionKind::Marriage));
                    let date = self.event_date(c, "MARR");
                    // "MARR Y" without a date says only that they married.
                    if date.is_some() || c.value.trim() != "Y" {
                        events.push(UnionEvent { kind: UnionEventKind::Start, date });
                    }
                }
                "ENGA" => {
                    let date = self.event_date(c, "ENGA");
                    events.push(UnionEvent { kind: UnionEventKind::Start, date });
                    kind = kind.or(Some(UnionKind::Engaged));
                }
                "DIV" => {
                    let date = self.event_date(c, "DIV");
                    events.push(UnionEvent { kind: UnionEventKind::Divorce, date });
                }
                "DIVF" => {
                    let date = self.event_date(c, "DIVF");
                    events.push(UnionEvent { kind: UnionEventKind::Separation, date });
                }
                "ANUL" => {
                    let date = self.event_date(c, "ANUL");
                    events.push(UnionEvent { kind: UnionEventKind::Annulment, date });
                }
                "EVEN" => match union_event_kind(c.child_value("TYPE")) {
                    Some(k) => {
                        let date = self.event_date(&without_type(c), "EVEN");
                        events.push(UnionEvent { kind: k, date });
                    }
                    None => self.skip("FAM.EVEN".to_owned()),
                },
                KIND_TAG => {
                    if let Some(k) = UnionKind::ALL.iter().copied().find(|k| snake(*k) == c.value.trim()) {
                        kind = Some(k);
                    }
                }
                SINGLE_TAG => single = true,
                other => self.skip(format!("FAM.{other}")),
            }
        }
        for child in self.famc.get(&fam_id).cloned().unwrap_or_default() {
            if !children.iter().any(|(c, _)| *c == child) {
                children.push((child, None));
            }
        }
        // Start first, the rest in file order.
        events.sort_stable_by_key(|e| e.kind != UnionEventKind::Start);
        self.report.events += events.len();
        if wife == husband {
            wife = None;
        }
        let parent = match (husband, wife) {
            (None, None) => {
                self.report.attention.push(Attention::FamilyWithoutParents { line: node.line });
                return;
            }
            (Some(a), None) | (None, Some(a)) if single => ParentRef::Person(a),
            (a, b) => {
                let a = a.or(b).unwrap_or(PersonId(0));
                let b = if husband.is_some() { wife } else { None };
                if husband.is_none() {
                    husband = Some(a);
                }
                let id = UnionId(u32::try_from(unions.len() + 1).unwrap_or(u32::MAX));
                unions.push((id, Union { partner_a: a, partner_b: b, kind: kind.unwrap_or_default(), events }));
                ParentRef::Union(id)
            }
        };
        self.report.families += 1;
        let parents: Vec<PersonId> = match parent {
            ParentRef::Person(p) => vec![p],
            ParentRef::Union(_) => husband.into_iter().chain(wife).collect(),
        };
        for (child, rel) in children {
            if parents.contains(&child) {
                continue;
            }
            let kind = self.pedigree.get(&(child, fam_id.clone())).copied().or(rel).unwrap_or_default();
            if links.iter().any(|(_, l): &(ChildLinkId, ChildLink)| l.child == child && l.parent == parent) {
                continue;
            }
            if kind == ChildLinkKind::Biological {
                let bio: usize = links
                    .iter()
                    .filter(|(_, l)| l.child == child && l.kind == ChildLinkKind::Biological)
                    .map(|(_, l)| match l.parent {
                        ParentRef::Person(_) => 1,
                        ParentRef::Union(u) => {
                            unions.iter().find(|(id, _)| *id == u).map_or(1, |(_, u)| u.partners().count())
                        }
                    })
                    .sum();
                if bio + parents.len() > 2 {
                    let name = self
                        .persons
                        .iter()
                        .find(|(id, _)| *id == child)
                        .map(|(_, p)| p.display_name())
                        .unwrap_or_default();
                    self.report.attention.push(Attention::ExtraBirthParents { child: name });
                    continue;
                }
            }
            let id = ChildLinkId(u32::try_from(links.len() + 1).unwrap_or(u32::MAX));
            links.push((id, ChildLink::new(parent, child, kind)));
        }
    }

    /// Points of attention in the finished genogram: children born before a parent,
    /// and likely duplicates.
    fn check(&mut self, g: &Genogram) {
        for (_, link) in g.child_links() {
            let Some(child) = g.person(link.child) else { continue };
            let Some(born) = child.birth else { continue };
            for parent in g.parent_persons(link.parent) {
                let Some(p) = g.person(parent) else { continue };
                if p.birth.is_some_and(|pb| born.is_before(&pb)) {
                    self.report
                        .attention
                        .push(Attention::ChildBeforeParent { child: child.display_name(), parent: p.display_name() });
                }
            }
        }
        let mut seen: HashMap<(String, i32), usize> = HashMap::new();
        for (_, p) in g.persons() {
            let name = p.display_name();
            if let (false, Some(b)) = (name.is_empty(), p.birth) {
                *seen.entry((crate::kernel::fold::fold(&name), b.year())).or_default() += 1;
            }
        }
        let mut reported = HashSet::new();
        for (_, p) in g.persons() {
            let name = p.display_name();
            let Some(b) = p.birth else { continue };
            let key = (crate::kernel::fold::fold(&name), b.year());
            if seen.get(&key).is_some_and(|n| *n > 1) && reported.insert(key) {
                self.report.attention.push(Attention::LikelyDuplicate { name, year: b.year() });
            }
        }
    }
}

/// Whitespace collapsed to single spaces.
fn tidy(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The file name of a vocabulary word (`UnionKind::Cohabiting` → `cohabiting`).
pub(crate) fn snake<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// `PEDI birth|adopted|foster` (and FTM's `_FREL`/`_MREL` words).
fn pedigree_kind(value: &str) -> Option<ChildLinkKind> {
    match value.trim().to_ascii_lowercase().as_str() {
        "birth" | "natural" | "biological" => Some(ChildLinkKind::Biological),
        "adopted" | "adoptive" => Some(ChildLinkKind::Adopted),
        "foster" => Some(ChildLinkKind::Foster),
        _ => None,
    }
}

/// A family `EVEN` whose `TYPE` names a union event Kring knows.
fn union_event_kind(kind: &str) -> Option<UnionEventKind> {
    let k = kind.trim().to_lowercase();
    let any = |words: &[&str]| words.iter().any(|w| k.contains(w));
    if any(&["reconcil", "verzoen"]) {
        Some(UnionEventKind::Reconciliation)
    } else if any(&["separat", "uit elkaar", "tafel en bed"]) {
        Some(UnionEventKind::Separation)
    } else if any(&["widow", "weduw"]) {
        Some(UnionEventKind::Widowed)
    } else if any(&[
        "start",
        "begin",
        "cohabit",
        "samenwon",
        "partner",
        "relation",
        "relatie",
        "affair",
        "brief",
        "kortstondig",
    ]) {
        Some(UnionEventKind::Start)
    } else {
        None
    }
}

/// The event without its TYPE line (used above, not a skipped tag).
fn without_type(node: &Node) -> Node {
    Node { children: node.children.iter().filter(|c| c.tag != "TYPE").cloned().collect(), ..node.clone() }
}

/// `_KRING_KIND pregnancy` (with the due date as `DATE`), `miscarriage`, ….
fn person_kind(node: &Node) -> PersonKind {
    match node.value.trim() {
        "pregnancy" => PersonKind::Pregnancy {
            due: match read_date(node.child_value("DATE")) {
                DateRead::Known { date, .. } => Some(date),
                DateRead::Unknown => None,
            },
        },
        "miscarriage" => PersonKind::Miscarriage,
        "abortion" => PersonKind::Abortion,
        "stillbirth" => PersonKind::Stillbirth,
        "pet" => PersonKind::Pet,
        _ => PersonKind::Person,
    }
}

/// Whether `bytes` look like a GEDCOM file (its first line is `0 HEAD`), in any of the
/// encodings Kring reads.
pub fn looks_like_gedcom(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(400)];
    let (text, _) = decode(head);
    let first = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    let first = first.split(['\r', '\n']).next().unwrap_or("");
    let mut words = first.split_whitespace();
    words.next() == Some("0") && words.next().is_some_and(|t| t.eq_ignore_ascii_case("HEAD"))
}
