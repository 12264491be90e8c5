//! The scene at a year ("Peiljaar") on the De Vries family (see
//! [`crate::genogram::model::sample_family`]): what is drawn, with the layout of the
//! whole family.

use super::tests::scene_of;
use super::*;
use crate::genogram::layout::{layout, LayoutOptions, Pins};
use crate::genogram::model::{sample_family, Command, Genogram, HouseholdId, PartialDate, Relation, RelationKind};
use crate::kernel::Primitive;

const JAN: u32 = 0;
const MARIE: u32 = 1;
const PETER: u32 = 2;
const LISA: u32 = 5;
const NOAH: u32 = 9;
const KEVIN: u32 = 10;
const PETER_SANDRA: &str = "union:1";
const PETER_FATIMA: &str = "union:2";

fn options(year: Option<i32>) -> SceneOptions {
    let mut o = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
    o.title = "Familie De Vries".into();
    o.at_year = year;
    o
}

fn item<'a>(s: &'a Scene, key: &str) -> Option<&'a Item> {
    s.items.iter().find(|i| i.key == key)
}

fn texts(s: &Scene, key: &str) -> Vec<String> {
    item(s, key)
        .map(|i| {
            i.shapes
                .iter()
                .filter_map(|sh| match &sh.primitive {
                    Primitive::Text { text, .. } => Some(text.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

fn person(id: u32) -> String {
    format!("person:{id}")
}

#[test]
fn persons_born_after_the_year_are_not_drawn_nor_their_lines() {
    let g = sample_family();
    let s = scene_of(&g, &options(Some(1998)));
    for id in [NOAH, KEVIN] {
        assert!(item(&s, &person(id)).is_none(), "born after 1998: {id} hidden");
    }
    assert!(item(&s, &person(LISA)).is_some(), "born 1990: drawn");
    // Noah's and Kevin's child lines, and Peter and Fatima (together from 2001, their
    // children born later) have no union line yet; relations with Noah are gone.
    let children: Vec<_> = g.child_links().filter(|(_, l)| l.child.get() >= NOAH).map(|(id, _)| id.get()).collect();
    assert_eq!(children.len(), 2);
    for c in children {
        assert!(item(&s, &format!("child:{c}")).is_none());
    }
    assert!(item(&s, PETER_FATIMA).is_none(), "not yet together in 1998");
    assert!(!s.items.iter().any(|i| i.key.starts_with("relation:")), "both relations involve Noah");
    // Now, everyone is there.
    let now = scene_of(&g, &options(None));
    assert!(item(&now, &person(NOAH)).is_some() && item(&now, PETER_FATIMA).is_some());
}

#[test]
fn died_later_is_drawn_alive_with_the_age_at_the_year() {
    let g = sample_family();
    let s = scene_of(&g, &options(Some(1998)));
    let jan = texts(&s, &person(JAN));
    assert!(jan.contains(&"ca. 60".to_string()), "Jan (1938) is ca. 60 in 1998: {jan:?}");
    assert!(!jan.iter().any(|t| t.contains('†')), "no death year in 1998: {jan:?}");
    let then = item(&s, &person(JAN)).unwrap().shapes.len();
    let later = scene_of(&g, &options(Some(2020)));
    let jan = texts(&later, &person(JAN));
    assert!(jan.iter().any(|t| t.contains("† 2015")), "{jan:?}");
    assert!(jan.contains(&"77".to_string()), "age at death (months known): {jan:?}");
    assert!(item(&later, &person(JAN)).unwrap().shapes.len() > then, "the X through the symbol");
    assert!(texts(&s, &person(PETER)).contains(&"ca. 34".to_string()));
}

#[test]
fn unions_show_their_events_up_to_the_year() {
    let g = sample_family();
    let label = |y| texts(&scene_of(&g, &options(Some(y))), PETER_SANDRA).join(" ");
    assert!(label(1998).contains("g. 1998"), "{}", label(1998));
    assert!(!label(1995).contains("g."), "not divorced in 1995: {}", label(1995));
    let s = scene_of(&g, &options(Some(1995)));
    let n = |s: &Scene| item(s, PETER_SANDRA).unwrap().shapes.len();
    assert!(n(&scene_of(&g, &options(Some(1998)))) > n(&s), "the divorce's slashes");
    // Before the marriage Peter and Sandra have no union line at all.
    assert!(item(&scene_of(&g, &options(Some(1987))), PETER_SANDRA).is_none());
}

#[test]
fn relations_and_households_show_while_they_hold() {
    let mut g = sample_family();
    let id = g.next_relation_id();
    let mut r = Relation::new(
        crate::genogram::model::PersonId(PETER),
        crate::genogram::model::PersonId(MARIE),
        RelationKind::Discord,
    );
    r.start = PartialDate::year_only(1990);
    r.end = PartialDate::year_only(1999);
    g.apply(Command::AddRelation { id, relation: r }).unwrap();
    let key = format!("relation:{}", id.get());
    assert!(item(&scene_of(&g, &options(Some(1995))), &key).is_some());
    assert!(item(&scene_of(&g, &options(Some(1985))), &key).is_none());
    assert!(item(&scene_of(&g, &options(Some(2005))), &key).is_none());
    let h = HouseholdId(0);
    let hkey = "household:0";
    assert!(item(&scene_of(&g, &options(Some(1998))), hkey).is_some(), "undated: around those born by then");
    let mut home = g.household(h).unwrap().clone();
    home.since = PartialDate::year_only(2001);
    g.apply(Command::UpdateHousehold { id: h, household: home }).unwrap();
    assert!(item(&scene_of(&g, &options(Some(1998))), hkey).is_none(), "not yet living together");
    assert!(item(&scene_of(&g, &options(Some(2010))), hkey).is_some());
}

#[test]
fn the_layout_is_the_whole_familys_and_the_title_says_the_year() {
    let g: Genogram = sample_family();
    let before = g.clone();
    let o = options(Some(1998));
    let l = layout(&layout_input_for(&g, o.anonymise, o.lang), &Pins::default(), &LayoutOptions::default());
    let then = build_scene(&g, &l, &o);
    let now = build_scene(&g, &l, &options(None));
    // Marie's symbol is where it is in the whole family's drawing.
    assert_eq!(item(&then, &person(MARIE)).unwrap().shapes[0], item(&now, &person(MARIE)).unwrap().shapes[0]);
    assert_eq!(g, before, "a view: the model is unchanged");
    assert_eq!(then.title, "Familie De Vries, 1998");
    assert!(texts(&then, "title").contains(&"Familie De Vries, 1998".to_string()));
    // Without a title of its own, the drawing still says the year.
    let mut untitled = options(Some(1998));
    untitled.title.clear();
    assert!(texts(&build_scene(&g, &l, &untitled), "title").contains(&"Genogram, 1998".to_string()));
}

#[test]
fn a_condition_that_began_after_the_year_has_no_fill_and_no_legend_entry() {
    use crate::genogram::model::{Condition, ConditionCategory, ConditionStatus, PersonId};
    let mut g = sample_family();
    // Nobody's own conditions, so the legend shows only Lisa's.
    for id in g.person_ids().collect::<Vec<_>>() {
        let mut p = g.person(id).unwrap().clone();
        p.conditions.clear();
        g.apply(Command::UpdatePerson { id, person: p }).unwrap();
    }
    let mut lisa = g.person(PersonId(LISA)).unwrap().clone();
    let mut drugs = Condition::new(ConditionCategory::Drugs, ConditionStatus::Active);
    drugs.since = PartialDate::year_only(2010);
    lisa.conditions.push(drugs);
    g.apply(Command::UpdatePerson { id: PersonId(LISA), person: lisa }).unwrap();
    let l = layout(&layout_input_for(&g, Anonymise::Off, Lang::Nl), &Pins::default(), &LayoutOptions::default());
    let key = LegendKey::Condition(crate::genogram::model::ConditionArea::Drugs, ConditionStatus::Active);
    let (before, legend_before) = build_scene_and_legend(&g, &l, &options(Some(2005)));
    let (after, legend_after) = build_scene_and_legend(&g, &l, &options(Some(2010)));
    let (now, legend_now) = build_scene_and_legend(&g, &l, &options(None));
    let shapes = |s: &Scene| item(s, &person(LISA)).unwrap().shapes.len();
    assert!(shapes(&before) < shapes(&after), "the fill comes with 2010");
    assert_eq!(shapes(&after), shapes(&now));
    assert!(!legend_before.contains(&key), "{legend_before:?}");
    assert!(legend_after.contains(&key) && legend_now.contains(&key));
}

#[test]
fn a_hidden_partner_or_parent_leaves_no_line_dangling() {
    use crate::genogram::model::{ChildLink, ChildLinkKind, Gender, ParentRef, Person, PersonId, Union, UnionKind};
    // Lisa (1990) with a partner born 2000, undated union, and a child of theirs born
    // 2020; and a person born 2001 with a single-parent line to a child born 2021.
    let mut g = sample_family();
    let add = |g: &mut Genogram, name: &str, year: i32| {
        let id = g.next_person_id();
        let mut p = Person::new(name, "Later", Gender::Male);
        p.birth = PartialDate::year_only(year);
        g.apply(Command::AddPerson { id, person: p }).unwrap();
        id
    };
    let partner = add(&mut g, "Partner", 2000);
    let child = add(&mut g, "Kind", 2020);
    let single = add(&mut g, "Ouder", 2001);
    let late_child = add(&mut g, "Later kind", 2021);
    let uid = g.next_union_id();
    g.apply(Command::AddUnion { id: uid, union: Union::new(PersonId(LISA), partner, UnionKind::Relationship) })
        .unwrap();
    let cid = g.next_child_link_id();
    g.apply(Command::AddChildLink {
        id: cid,
        link: ChildLink::new(ParentRef::Union(uid), child, ChildLinkKind::Biological),
    })
    .unwrap();
    let sid = g.next_child_link_id();
    g.apply(Command::AddChildLink {
        id: sid,
        link: ChildLink::new(ParentRef::Person(single), late_child, ChildLinkKind::Biological),
    })
    .unwrap();
    let union_key = format!("union:{}", uid.get());
    let single_key = format!("single:{}", single.get());
    let s = scene_of(&g, &options(Some(1998)));
    assert!(item(&s, &person(LISA)).is_some(), "Lisa is drawn in 1998");
    for hidden in [partner, child, single, late_child] {
        assert!(item(&s, &person(hidden.get())).is_none(), "{hidden} born later: not drawn");
    }
    assert!(item(&s, &union_key).is_none(), "no union line to a partner not yet born");
    assert!(item(&s, &single_key).is_none(), "no stem from a parent not yet born");
    assert!(item(&s, &format!("child:{}", cid.get())).is_none() && item(&s, &format!("child:{}", sid.get())).is_none());
    // No shape of any item reaches the place where the hidden partner will stand.
    let l = layout(&layout_input_for(&g, Anonymise::Off, Lang::Nl), &Pins::default(), &LayoutOptions::default());
    let spot = l.persons.get(&partner.get()).unwrap().centre();
    let near = |x: f64, y: f64| (x - spot.x).abs() < 1.0 && (y - spot.y).abs() < 40.0;
    for i in &s.items {
        for sh in &i.shapes {
            let ends_there = match &sh.primitive {
                Primitive::Line { x1, y1, x2, y2 } => near(*x1, *y1) || near(*x2, *y2),
                Primitive::Polyline(points) => points.iter().any(|p| near(p.x, p.y)),
                _ => false,
            };
            assert!(!ends_there, "{} ends at the hidden partner", i.key);
        }
    }
    // In 2021 everything is there.
    let later = scene_of(&g, &options(Some(2021)));
    for key in [union_key, single_key, format!("child:{}", cid.get()), format!("child:{}", sid.get())] {
        assert!(item(&later, &key).is_some(), "{key} in 2021");
    }
}
