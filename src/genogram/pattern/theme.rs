//! Themes of the pattern lens ("Patroon") and which persons, relations and unions have them.

use crate::genogram::model::{
    ChildLinkKind, ConditionCategory, Genogram, PartialDate, Person, PersonId, Relation, RelationKind, Union,
    UnionEventKind,
};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;

/// One theme a trainer can follow through the generations.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// A condition of one category (alcohol, drugs, mental, physical, or a named other).
    Condition(ConditionCategory),
    /// Verslaving: alcohol or drugs, whichever the person misuses.
    Addiction,
    /// A free tag on persons ("schulden", "huiselijk geweld", "steunend", …).
    Tag(String),
    /// An emotional relation kind (geweld, afgesneden, …): the relations and both ends.
    Relation(RelationKind),
    /// Echtscheiding: the divorced unions and their partners.
    Divorce,
    /// Ouder vóór 20: a person with a child born before they turned 20.
    ParentBefore20,
    /// Overleden vóór 50: a person who died younger than 50.
    DiedBefore50,
    /// Uithuisgeplaatst: a child placed in a foster family (a foster child line).
    PlacedOut,
    /// Krachten: every tag marked as a strength (see [`is_strength_tag`]).
    Strengths,
}

/// Words that make a tag a strength; a tag starting with "+" is one too.
const STRENGTH_WORDS: &[&str] = &[
    "steunend",
    "steun",
    "veerkracht",
    "veerkrachtig",
    "kracht",
    "krachtbron",
    "beschermend",
    "supportive",
    "support",
    "resilience",
    "resilient",
    "strength",
    "protective",
];

/// Whether a tag names a strength rather than a problem: one of the known words
/// ("steunend", "veerkracht", …) or any tag written with a leading "+".
pub fn is_strength_tag(tag: &str) -> bool {
    let t = tag.trim();
    t.starts_with('+') || STRENGTH_WORDS.iter().any(|w| t.eq_ignore_ascii_case(w))
}

impl Theme {
    /// The theme's name in the drawing and the panel.
    pub fn label(&self, lang: Lang) -> String {
        let w = |nl: &str, en: &str| match lang {
            Lang::Nl => nl.to_owned(),
            Lang::En => en.to_owned(),
        };
        match self {
            Theme::Condition(c) => c.label(lang).to_owned(),
            Theme::Addiction => w("verslaving (alcohol of drugs)", "addiction (alcohol or drugs)"),
            Theme::Tag(t) => t.trim().trim_start_matches('+').trim().to_owned(),
            Theme::Relation(k) => k.label(lang).to_owned(),
            Theme::Divorce => UnionEventKind::Divorce.label(lang).to_owned(),
            Theme::ParentBefore20 => w("ouder vóór 20", "parent before 20"),
            Theme::DiedBefore50 => w("overleden vóór 50", "died before 50"),
            Theme::PlacedOut => w("uithuisgeplaatst", "placed out of home"),
            Theme::Strengths => w("krachten", "strengths"),
        }
    }

    /// Whether this theme shows strengths (drawn in the strengths colour) rather than problems.
    pub fn is_strength(&self) -> bool {
        match self {
            Theme::Strengths => true,
            Theme::Tag(t) => is_strength_tag(t),
            _ => false,
        }
    }

    /// A stable identifier for the theme, for the panel's checkboxes and tests.
    pub fn code(&self) -> String {
        match self {
            Theme::Condition(ConditionCategory::Other(n)) => format!("condition:other:{}", n.trim().to_lowercase()),
            Theme::Condition(c) => format!("condition:{}", c.area().label(Lang::En)),
            Theme::Addiction => "addiction".into(),
            Theme::Tag(t) => format!("tag:{}", t.trim().to_lowercase()),
            Theme::Relation(k) => format!("relation:{}", k.label(Lang::En)),
            Theme::Divorce => "divorce".into(),
            Theme::ParentBefore20 => "parent-before-20".into(),
            Theme::DiedBefore50 => "died-before-50".into(),
            Theme::PlacedOut => "placed-out".into(),
            Theme::Strengths => "strengths".into(),
        }
    }
}

fn same_category(a: &ConditionCategory, b: &ConditionCategory) -> bool {
    match (a, b) {
        (ConditionCategory::Other(x), ConditionCategory::Other(y)) => x.trim().eq_ignore_ascii_case(y.trim()),
        _ => a == b,
    }
}

/// Whether a relation has the theme (only relation themes pick relations).
pub fn relation_has(r: &Relation, theme: &Theme) -> bool {
    matches!(theme, Theme::Relation(k) if r.kind == *k)
}

/// Whether a union has the theme (only the divorce theme picks unions).
pub fn union_has(u: &Union, theme: &Theme) -> bool {
    matches!(theme, Theme::Divorce) && u.events.iter().any(|e| e.kind == UnionEventKind::Divorce)
}

/// Whether a person has the theme: by their own data (conditions, tags, dates), or for
/// relation and divorce themes by taking part in such a relation or union.
pub fn person_has(g: &Genogram, id: PersonId, p: &Person, theme: &Theme) -> bool {
    match theme {
        Theme::Condition(c) => p.conditions.iter().any(|x| same_category(&x.category, c)),
        Theme::Addiction => {
            p.conditions.iter().any(|x| matches!(x.category, ConditionCategory::Alcohol | ConditionCategory::Drugs))
        }
        Theme::Tag(t) => p.has_tag(t),
        Theme::Strengths => p.tags.iter().any(|t| is_strength_tag(t)),
        Theme::Relation(_) => g.relations_of(id).iter().any(|(_, r)| relation_has(r, theme)),
        Theme::Divorce => g.unions_of(id).iter().filter_map(|u| g.union(*u)).any(|u| union_has(u, theme)),
        Theme::DiedBefore50 => match (p.birth, p.death) {
            (Some(b), Some(d)) => b.years_until(&d).years < 50,
            _ => false,
        },
        Theme::ParentBefore20 => p.birth.is_some_and(|b| {
            g.children(id)
                .into_iter()
                .filter_map(|c| g.person(c)?.birth)
                .any(|cb: PartialDate| b.years_until(&cb).years < 20)
        }),
        Theme::PlacedOut => g.parent_links(id).iter().any(|(_, l)| l.kind == ChildLinkKind::Foster),
    }
}

/// The themes present in the document, for the panel to offer: condition categories,
/// addiction (when someone misuses alcohol or drugs), tags, relation kinds, divorce and
/// the derived facts, each once, strengths last.
pub fn themes_present(g: &Genogram) -> Vec<Theme> {
    let mut out: Vec<Theme> = Vec::new();
    // Once each, by code (so tags differing only in case are one theme).
    fn add(out: &mut Vec<Theme>, t: Theme) {
        if !out.iter().any(|x| x.code() == t.code()) {
            out.push(t);
        }
    }
    let mut ids: Vec<PersonId> = g.person_ids().collect();
    ids.sort_stable();
    for &id in &ids {
        let Some(p) = g.person(id) else { continue };
        for c in &p.conditions {
            if matches!(c.category, ConditionCategory::Alcohol | ConditionCategory::Drugs) {
                add(&mut out, Theme::Addiction);
            }
            add(&mut out, Theme::Condition(c.category.clone()));
        }
    }
    for &id in &ids {
        let Some(p) = g.person(id) else { continue };
        for t in p.tags.iter().filter(|t| !t.trim().is_empty()) {
            add(&mut out, Theme::Tag(t.trim().to_owned()));
        }
    }
    let mut kinds: Vec<RelationKind> = g.relations().map(|(_, r)| r.kind).collect();
    kinds.sort_stable_by_key(|k| RelationKind::ALL.iter().position(|x| x == k));
    kinds.into_iter().for_each(|k| add(&mut out, Theme::Relation(k)));
    for t in [Theme::Divorce, Theme::ParentBefore20, Theme::DiedBefore50, Theme::PlacedOut, Theme::Strengths] {
        if g.persons().any(|(id, p)| person_has(g, id, p, &t)) {
            add(&mut out, t);
        }
    }
    out
}
