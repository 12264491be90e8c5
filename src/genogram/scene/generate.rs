//! Generated genograms for the benchmark and large tests.
//!
//! Reuses the layout's seeded family generator for the structure and dresses it up as
//! a genogram: genders, names, dates, deaths, conditions, union kinds and events,
//! emotional relations and households, all deterministic per seed.

use crate::genogram::layout::generate::{generate, GenerateOptions, SplitMix64};
use crate::genogram::layout::{self, ChildKind, SymbolSize};
use crate::genogram::model::{
    ChildLink, ChildLinkId, ChildLinkKind, Condition, ConditionCategory, ConditionStatus, Gender, Genogram, Household,
    HouseholdId, ParentRef, PartialDate, Person, PersonId, PersonKind, Relation, RelationId, RelationKind, Twin,
    TwinKind, Union, UnionEventKind, UnionId, UnionKind,
};

fn year(y: i64) -> Option<PartialDate> {
    PartialDate::year_only(y.clamp(1, 9999) as i32)
}

/// A genogram of about `persons` persons over `generations` generations.
pub fn generate_genogram(seed: u64, persons: usize, generations: usize) -> Genogram {
    genogram_from_family(&generate(seed, &GenerateOptions::sized(persons, generations)), seed)
}

/// Dresses a generated layout family up as a genogram (ids are kept).
pub fn genogram_from_family(f: &layout::Family, seed: u64) -> Genogram {
    let mut rng = SplitMix64::new(seed ^ 0x6E_0647);
    let pick = |rng: &mut SplitMix64, n: usize| rng.below(n);
    let mut persons = Vec::with_capacity(f.persons.len());
    for p in &f.persons {
        let born = p.birth_order.unwrap_or(1950);
        let gender = [Gender::Male, Gender::Female, Gender::Male, Gender::Female, Gender::NonBinary][pick(&mut rng, 5)];
        let mut person = Person::new(&format!("Naam{}", p.id), &format!("Familie{}", p.id % 97), gender);
        if p.size == SymbolSize::Small {
            person.kind = PersonKind::Miscarriage;
            person.birth = year(born);
        } else {
            person.birth = year(born);
            if born < 1960 && rng.chance(0.7) {
                person.death = year(born + 50 + pick(&mut rng, 40) as i64).filter(|d| d.year() <= 2024);
                person.deceased = person.death.is_none();
            }
            if rng.chance(0.15) {
                let category = [
                    ConditionCategory::Physical,
                    ConditionCategory::Mental,
                    ConditionCategory::Alcohol,
                    ConditionCategory::Drugs,
                ][pick(&mut rng, 4)]
                .clone();
                let status = ConditionStatus::ALL[pick(&mut rng, ConditionStatus::ALL.len())];
                person.conditions.push(Condition::new(category, status));
            }
        }
        persons.push((PersonId(p.id), person));
    }
    if let Some((_, p)) = persons.iter_mut().find(|(_, p)| p.kind == PersonKind::Person) {
        p.index = true;
    }

    let mut twin_of = std::collections::HashMap::new();
    for (i, t) in f.twin_groups.iter().enumerate() {
        for &m in &t.members {
            twin_of.insert(
                m,
                Twin { group: i as u32 + 1, kind: if t.identical { TwinKind::Identical } else { TwinKind::Fraternal } },
            );
        }
    }
    let kind = |k: ChildKind| match k {
        ChildKind::Biological => ChildLinkKind::Biological,
        ChildKind::Adopted => ChildLinkKind::Adopted,
        ChildKind::Foster => ChildLinkKind::Foster,
    };
    let mut unions = Vec::new();
    let mut links = Vec::new();
    let mut households = Vec::new();
    let mut relations = Vec::new();
    for u in &f.unions {
        let k = [
            UnionKind::Marriage,
            UnionKind::Marriage,
            UnionKind::Cohabiting,
            UnionKind::Relationship,
            UnionKind::Affair,
        ][pick(&mut rng, 5)];
        let mut union = match u.partners.1 {
            Some(b) => Union::new(PersonId(u.partners.0), PersonId(b), k),
            None => Union::with_unknown_partner(PersonId(u.partners.0), k),
        }
        .with_event(UnionEventKind::Start, year(u.order));
        if rng.chance(0.15) {
            union = union.with_event(UnionEventKind::Divorce, year(u.order + 8));
        }
        unions.push((UnionId(u.id), union));
        for c in &u.children {
            let id = ChildLinkId(links.len() as u32);
            let mut l = ChildLink::new(ParentRef::Union(UnionId(u.id)), PersonId(c.child), kind(c.kind));
            l.twin = twin_of.get(&c.child).copied();
            links.push((id, l));
        }
        if let (Some(b), Some(c)) = (u.partners.1, u.children.first()) {
            if rng.chance(0.3) {
                let id = HouseholdId(households.len() as u32);
                households.push((id, Household::new("", [PersonId(u.partners.0), PersonId(b), PersonId(c.child)])));
            }
            if rng.chance(0.2) {
                let kind = RelationKind::ALL[pick(&mut rng, RelationKind::ALL.len())];
                relations
                    .push((RelationId(relations.len() as u32), Relation::new(PersonId(b), PersonId(c.child), kind)));
            }
        }
    }
    for s in &f.single_parent_links {
        let id = ChildLinkId(links.len() as u32);
        let mut l = ChildLink::new(ParentRef::Person(PersonId(s.parent)), PersonId(s.child.child), kind(s.child.kind));
        l.twin = twin_of.get(&s.child.child).copied();
        links.push((id, l));
    }
    Genogram::from_parts(persons, unions, links, relations, households).expect("generated families are valid")
}
