//! Kinship roles: what each person is to a focus person ("moeder", "stiefvader",
//! "halfzus", …), in Dutch or English. Anonymised drawings and copies write these in
//! place of names, and a netwerkkaart filled from a genogram takes them as roles.

use super::{ChildLinkKind, Gender, Genogram, PersonId, PersonKind};
use crate::i18n::Lang;
use std::collections::{BTreeMap, BTreeSet};

fn word(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
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

/// What each person is to `focus`: "moeder", "halfbroer", "schoonzoon", … in `lang`;
/// `focus` itself is "cliënt" ("client"). Persons without close kinship (and pets,
/// which are "huisdier") are left out.
pub fn kinship_roles(g: &Genogram, focus: PersonId, lang: Lang) -> BTreeMap<PersonId, &'static str> {
    let ip = focus;
    let mut role: BTreeMap<PersonId, &'static str> = BTreeMap::new();
    {
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
            !links.is_empty() && links.iter().all(|(_, l)| l.kind == ChildLinkKind::Foster)
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
    role
}

/// A role label for every person, relative to the index person: the kinship role,
/// numbered when it occurs more than once ("zus 1", "zus 2"), else "persoon 1",
/// "persoon 2", … counted in id order (so the label says nothing about the person, and
/// nobody is "persoon 0").
pub fn numbered_roles(g: &Genogram, lang: Lang) -> BTreeMap<PersonId, String> {
    let role = g.index_person().map(|ip| kinship_roles(g, ip, lang)).unwrap_or_default();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for r in role.values() {
        *count.entry(r).or_default() += 1;
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut others = 0;
    g.persons()
        .map(|(id, _)| {
            let label = match role.get(&id) {
                Some(r) if count[r] > 1 => {
                    let n = seen.entry(r).or_default();
                    *n += 1;
                    format!("{r} {n}")
                }
                Some(r) => (*r).to_owned(),
                None => {
                    others += 1;
                    format!("{} {others}", word(lang, "persoon", "person"))
                }
            };
            (id, label)
        })
        .collect()
}

/// Every word [`kinship_roles`] writes (and the bridge's "familielid"), as (Dutch,
/// English), to show a role that was made in one language in the other.
const KIN_WORDS: &[(&str, &str)] = &[
    ("cliënt", "client"),
    ("huisdier", "pet"),
    ("partner", "partner"),
    ("familielid", "relative"),
    ("ex-partner ouder", "parent's ex-partner"),
    ("vader", "father"),
    ("moeder", "mother"),
    ("ouder", "parent"),
    ("zoon", "son"),
    ("dochter", "daughter"),
    ("kind", "child"),
    ("broer", "brother"),
    ("zus", "sister"),
    ("brus", "sibling"),
    ("halfbroer", "half-brother"),
    ("halfzus", "half-sister"),
    ("halfbrus", "half-sibling"),
    ("pleegbroer", "foster brother"),
    ("pleegzus", "foster sister"),
    ("pleegbrus", "foster sibling"),
    ("stiefvader", "stepfather"),
    ("stiefmoeder", "stepmother"),
    ("stiefouder", "step-parent"),
    ("grootvader", "grandfather"),
    ("grootmoeder", "grandmother"),
    ("grootouder", "grandparent"),
    ("opa", "grandpa"),
    ("oma", "grandma"),
    ("kleinzoon", "grandson"),
    ("kleindochter", "granddaughter"),
    ("kleinkind", "grandchild"),
    ("oom", "uncle"),
    ("tante", "aunt"),
    ("oom/tante", "parent's sibling"),
    ("neef", "nephew"),
    ("nicht", "niece"),
    ("neef/nicht", "sibling's child"),
    ("neef", "cousin"),
    ("nicht", "cousin"),
    ("neef/nicht", "cousin"),
    ("schoonvader", "father-in-law"),
    ("schoonmoeder", "mother-in-law"),
    ("schoonouder", "parent-in-law"),
    ("schoonzoon", "son-in-law"),
    ("schoondochter", "daughter-in-law"),
    ("schoonkind", "child-in-law"),
];

/// `role` in `lang` when it is a kinship word in either language ("moeder" ↔
/// "mother", any case); `None` for any other text.
pub fn translate_kin_word(role: &str, lang: Lang) -> Option<&'static str> {
    let role = role.trim().to_lowercase();
    KIN_WORDS.iter().find(|(nl, en)| *nl == role || *en == role).map(|&(nl, en)| word(lang, nl, en))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::sample_family;
    use crate::genogram::scene::generate::generate_genogram;

    #[test]
    fn every_kinship_role_translates_both_ways() {
        for g in [sample_family(), generate_genogram(3, 80, 4)] {
            for focus in g.person_ids() {
                let nl = kinship_roles(&g, focus, Lang::Nl);
                let en = kinship_roles(&g, focus, Lang::En);
                for (id, word) in &nl {
                    assert_eq!(translate_kin_word(word, Lang::Nl), Some(*word), "{word}");
                    let english = en[id];
                    assert_eq!(translate_kin_word(english, Lang::En), Some(english), "{english}");
                    // "neef" is a nephew or a cousin, and a cousin a "neef" or a "nicht".
                    if !matches!(*word, "neef" | "nicht" | "neef/nicht") {
                        assert_eq!(translate_kin_word(word, Lang::En), Some(english), "{word}");
                        assert_eq!(translate_kin_word(english, Lang::Nl), Some(*word), "{english}");
                    }
                }
            }
        }
        assert_eq!(translate_kin_word("Mantelzorger", Lang::En), None);
    }
}
