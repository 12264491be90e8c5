//! The words written in the drawing: names (real, initials or roles), years, ages.
//!
//! Words that the model does not label itself live here in both languages, because
//! they belong to the drawing only.

use std::collections::{BTreeMap, BTreeSet};

use super::Anonymise;
use crate::genogram::model::{Gender, Genogram, PartialDate, Person, PersonId, PersonKind};
use crate::i18n::Lang;

/// Picks the Dutch or English word.
pub(crate) fn word(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// One line of drawing text: control characters (newlines, tabs, …) become spaces.
pub(crate) fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_owned()
}

/// A year as written above a symbol, "ca." when approximate.
pub(crate) fn year_text(d: &PartialDate, lang: Lang) -> String {
    if d.is_approximate() {
        format!("{} {}", word(lang, "ca.", "c."), d.year())
    } else {
        d.year().to_string()
    }
}

/// The age inside a symbol ("54", "ca. 54"), none for pregnancies and small symbols.
pub(crate) fn age_text(p: &Person, reference: PartialDate, lang: Lang) -> Option<String> {
    if !matches!(p.kind, PersonKind::Person) {
        return None;
    }
    let age = p.age(reference)?;
    if age.years < 0 {
        return None;
    }
    Some(if age.approximate && p.birth.is_none_or(|b| b.month().is_none()) {
        // Only a year known: the age may be one less; say so.
        format!("{}{}", word(lang, "ca. ", "c. "), age.years)
    } else {
        age.years.to_string()
    })
}

pub(crate) use crate::kernel::anonymise::initials;

/// Name labels for every person under the chosen anonymisation.
pub(crate) fn name_labels(g: &Genogram, mode: Anonymise, lang: Lang) -> BTreeMap<PersonId, String> {
    match mode {
        Anonymise::Off => g.persons().map(|(id, p)| (id, one_line(&p.display_name()))).collect(),
        Anonymise::Initials => g.persons().map(|(id, p)| (id, initials(&one_line(&p.display_name())))).collect(),
        Anonymise::Roles => roles(g, lang),
    }
}

/// Every word (≥ 2 letters) of every person's names, to keep them out of an
/// anonymised title.
pub(crate) fn name_words(g: &Genogram) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, p) in g.persons() {
        for s in [&p.given_name, &p.family_name, &p.nickname] {
            for w in s.split(|c: char| !c.is_alphanumeric()) {
                if w.chars().count() >= 2 {
                    out.insert(w.to_lowercase());
                }
            }
        }
    }
    out
}

fn gendered(
    g: Gender,
    lang: Lang,
    male: (&'static str, &'static str),
    female: (&'static str, &'static str),
    neutral: (&'static str, &'static str),
) -> &'static str {
    let (nl, en) = match g {
        Gender::Male => male,
        Gender::Female => female,
        _ => neutral,
    };
    word(lang, nl, en)
}

/// Role labels relative to the index person; numbered when a role occurs twice.
fn roles(g: &Genogram, lang: Lang) -> BTreeMap<PersonId, String> {
    let mut role: BTreeMap<PersonId, &'static str> = BTreeMap::new();
    if let Some(ip) = g.index_person() {
        let set = |v: Vec<PersonId>| -> BTreeSet<PersonId> { v.into_iter().collect() };
        let parents = set(g.parents(ip));
        let children = set(g.children(ip));
        let partners = set(g.partners(ip));
        let full = set(g.full_siblings(ip));
        let half = set(g.half_siblings(ip));
        let grandparents: BTreeSet<_> = parents.iter().flat_map(|&p| g.parents(p)).collect();
        let grandchildren: BTreeSet<_> = children.iter().flat_map(|&c| g.children(c)).collect();
        let uncles: BTreeSet<_> = parents.iter().flat_map(|&p| g.siblings(p)).collect();
        let cousins: BTreeSet<_> = uncles.iter().flat_map(|&u| g.children(u)).collect();
        let nephews: BTreeSet<_> = full.iter().chain(&half).flat_map(|&s| g.children(s)).collect();
        // Partners of a parent: a step-parent while the union lasts, else an ex-partner.
        let (mut step, mut parents_ex) = (BTreeSet::new(), BTreeSet::new());
        for &p in &parents {
            for uid in g.unions_of(p) {
                let Some(u) = g.union(uid) else { continue };
                let Some(Some(q)) = u.other_partner(p) else { continue };
                if parents.contains(&q) {
                    continue;
                }
                if u.has_ended() {
                    parents_ex.insert(q)
                } else {
                    step.insert(q)
                };
            }
        }
        // Siblings who are foster children of the shared parents.
        let foster = |id: PersonId| {
            let links = g.parent_links(id);
            !links.is_empty() && links.iter().all(|(_, l)| l.kind == crate::genogram::model::ChildLinkKind::Foster)
        };
        let in_law_parents: BTreeSet<_> = partners.iter().flat_map(|&p| g.parents(p)).collect();
        let children_partners: BTreeSet<_> = children.iter().flat_map(|&c| g.partners(c)).collect();
        for (id, p) in g.persons() {
            let gd = p.gender;
            let r = if id == ip {
                word(lang, "cliënt", "client")
            } else if matches!(p.kind, PersonKind::Pet) {
                word(lang, "huisdier", "pet")
            } else if parents.contains(&id) {
                gendered(gd, lang, ("vader", "father"), ("moeder", "mother"), ("ouder", "parent"))
            } else if partners.contains(&id) {
                word(lang, "partner", "partner")
            } else if children.contains(&id) {
                gendered(gd, lang, ("zoon", "son"), ("dochter", "daughter"), ("kind", "child"))
            } else if (full.contains(&id) || half.contains(&id)) && foster(id) {
                gendered(
                    gd,
                    lang,
                    ("pleegbroer", "foster brother"),
                    ("pleegzus", "foster sister"),
                    ("pleegbrus", "foster sibling"),
                )
            } else if full.contains(&id) {
                gendered(gd, lang, ("broer", "brother"), ("zus", "sister"), ("brus", "sibling"))
            } else if half.contains(&id) {
                gendered(
                    gd,
                    lang,
                    ("halfbroer", "half-brother"),
                    ("halfzus", "half-sister"),
                    ("halfbrus", "half-sibling"),
                )
            } else if step.contains(&id) {
                gendered(
                    gd,
                    lang,
                    ("stiefvader", "stepfather"),
                    ("stiefmoeder", "stepmother"),
                    ("stiefouder", "step-parent"),
                )
            } else if parents_ex.contains(&id) {
                word(lang, "ex-partner ouder", "parent's ex-partner")
            } else if grandparents.contains(&id) {
                gendered(
                    gd,
                    lang,
                    ("grootvader", "grandfather"),
                    ("grootmoeder", "grandmother"),
                    ("grootouder", "grandparent"),
                )
            } else if grandchildren.contains(&id) {
                gendered(
                    gd,
                    lang,
                    ("kleinzoon", "grandson"),
                    ("kleindochter", "granddaughter"),
                    ("kleinkind", "grandchild"),
                )
            } else if uncles.contains(&id) {
                gendered(gd, lang, ("oom", "uncle"), ("tante", "aunt"), ("oom/tante", "parent's sibling"))
            } else if nephews.contains(&id) {
                gendered(gd, lang, ("neef", "nephew"), ("nicht", "niece"), ("neef/nicht", "sibling's child"))
            } else if cousins.contains(&id) {
                gendered(gd, lang, ("neef", "cousin"), ("nicht", "cousin"), ("neef/nicht", "cousin"))
            } else if in_law_parents.contains(&id) {
                gendered(
                    gd,
                    lang,
                    ("schoonvader", "father-in-law"),
                    ("schoonmoeder", "mother-in-law"),
                    ("schoonouder", "parent-in-law"),
                )
            } else if children_partners.contains(&id) {
                gendered(
                    gd,
                    lang,
                    ("schoonzoon", "son-in-law"),
                    ("schoondochter", "daughter-in-law"),
                    ("schoonkind", "child-in-law"),
                )
            } else {
                continue;
            };
            role.insert(id, r);
        }
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for r in role.values() {
        *count.entry(r).or_default() += 1;
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    g.persons()
        .map(|(id, _)| {
            let label = match role.get(&id) {
                Some(r) if count[r] > 1 => {
                    let n = seen.entry(r).or_default();
                    *n += 1;
                    format!("{r} {n}")
                }
                Some(r) => (*r).to_owned(),
                None => format!("{} {}", word(lang, "persoon", "person"), id.get()),
            };
            (id, label)
        })
        .collect()
}
