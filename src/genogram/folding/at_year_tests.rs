//! Folding together with the Peiljaar (the family at a year) on the De Vries family:
//! the drawing of the visible persons at that year has no line to anyone not drawn,
//! and markers stand only at drawn persons, counting only who was born by then.

use crate::editor::drawing::{draw_genogram, Drawing};
use crate::genogram::layout::Pins;
use crate::genogram::model::{sample_family, Command, Focus, Folding, Genogram, PartialDate, PersonId};
use crate::genogram::scene::folding::{marker_key, marker_person};
use crate::genogram::scene::SceneOptions;
use crate::i18n::Lang;
use crate::kernel::Primitive;
use std::collections::{BTreeMap, BTreeSet};

fn by_name(g: &Genogram, name: &str) -> PersonId {
    g.persons().find(|(_, p)| p.given_name == name).map(|(id, _)| id).unwrap()
}

fn folded(person: &str, up: u8, down: u8) -> Genogram {
    let mut g = sample_family();
    let person = by_name(&g, person);
    g.apply(Command::SetFolding { folding: Some(Folding::new(Focus { person, up, down })) }).unwrap();
    g
}

fn draw(g: &Genogram, year: Option<i32>) -> Drawing {
    let mut o = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
    o.at_year = year;
    draw_genogram(g, &Pins::default(), &o)
}

/// The "+N" texts of the markers drawn, by the person's given name.
fn badges(g: &Genogram, d: &Drawing) -> BTreeMap<String, String> {
    d.scene
        .items
        .iter()
        .filter_map(|i| {
            let p = marker_person(&i.key)?;
            let text = i.shapes.iter().find_map(|s| match &s.primitive {
                Primitive::Text { text, .. } => Some(text.clone()),
                _ => None,
            })?;
            Some((g.person(p).unwrap().given_name.clone(), text))
        })
        .collect()
}

/// Every line drawn joins drawn persons, and every marker stands at a drawn person.
fn assert_nothing_dangles(g: &Genogram, d: &Drawing) {
    let drawn: BTreeSet<PersonId> =
        d.scene.items.iter().filter_map(|i| i.key.strip_prefix("person:")?.parse().ok().map(PersonId)).collect();
    for item in &d.scene.items {
        let (kind, id) = item.key.split_once(':').unwrap_or((&item.key, ""));
        let Ok(id) = id.parse::<u32>() else { continue };
        let ends: Vec<PersonId> = match kind {
            "union" => g.union(crate::genogram::model::UnionId(id)).unwrap().partners().collect(),
            "child" => {
                let l = g.child_link(crate::genogram::model::ChildLinkId(id)).unwrap();
                let mut ends = g.parent_persons(l.parent);
                ends.push(l.child);
                ends
            }
            "single" => vec![PersonId(id)],
            "relation" => {
                let r = g.relation(crate::genogram::model::RelationId(id)).unwrap();
                vec![r.from, r.to]
            }
            "fold" => vec![PersonId(id)],
            _ => continue,
        };
        for p in ends {
            assert!(drawn.contains(&p), "{} reaches {} ({}), not drawn", item.key, g.name_of(p), p.get());
        }
    }
}

#[test]
fn at_a_year_the_folded_drawing_leaves_out_who_was_not_born_and_their_lines() {
    // Around Noah (born 2003), one up: his parents, his half-sisters and -brother (from
    // 1990), his foster brother Kevin (2009) and Peter's first wife Sandra; Peter's
    // parents (1938, 1941) and sister (1967) behind Peter's marker.
    let g = folded("Noah", 1, 0);
    let now = draw(&g, None);
    assert_nothing_dangles(&g, &now);
    assert_eq!(badges(&g, &now), BTreeMap::from([("Peter".into(), "+3".into())]));
    for year in [1930, 1940, 1966, 1992, 1998, 2005, 2025] {
        let d = draw(&g, Some(year));
        assert_nothing_dangles(&g, &d);
    }
    // 2005: Noah is born, Kevin not yet.
    let d = draw(&g, Some(2005));
    assert!(d.scene.item(&format!("person:{}", by_name(&g, "Noah").get())).is_some());
    assert!(d.scene.item(&format!("person:{}", by_name(&g, "Kevin").get())).is_none());
    // 1966: the marker counts the grandparents only; the aunt (1967) was not born yet,
    // and a badge should not promise her.
    assert_eq!(badges(&g, &draw(&g, Some(1966))), BTreeMap::from([("Peter".into(), "+2".into())]));
    assert_eq!(badges(&g, &draw(&g, Some(1992))), BTreeMap::from([("Peter".into(), "+3".into())]));
}

#[test]
fn a_marker_at_someone_not_born_yet_is_not_drawn() {
    // Around Peter, nothing up: his parents and sister behind his marker. In 1950 Peter
    // (1964) is not drawn, so neither is his marker, though his parents were born.
    let g = folded("Peter", 0, 1);
    let d = draw(&g, Some(1950));
    assert_nothing_dangles(&g, &d);
    let peter = by_name(&g, "Peter");
    assert!(d.scene.item(&marker_key(peter)).is_none());
    assert!(badges(&g, &d).is_empty());
    assert_eq!(badges(&g, &draw(&g, Some(1970))), BTreeMap::from([("Peter".into(), "+3".into())]));
    // Even before anyone drawn was born: an empty drawing, no panic.
    let d = draw(&g, Some(1800));
    assert!(d.scene.items.iter().all(|i| !i.key.starts_with("person:") && !i.key.starts_with("fold:")));
}

#[test]
fn opening_a_step_at_a_year_draws_only_who_was_born_by_then() {
    let mut g = folded("Noah", 1, 0);
    let peter = by_name(&g, "Peter");
    g.apply(crate::genogram::edit::folding::unfold(&g, peter).unwrap()).unwrap();
    // The step opened Peter's parents and sister; in 1980 his children (from 1990),
    // drawn with him now, stay out, and nothing dangles towards them.
    let d = draw(&g, Some(1980));
    assert_nothing_dangles(&g, &d);
    for (name, shown) in [("Jan", true), ("Els", true), ("Lisa", false), ("Daan", false)] {
        let key = format!("person:{}", by_name(&g, name).get());
        assert_eq!(d.scene.item(&key).is_some(), shown, "{name} in 1980");
    }
    assert!(badges(&g, &d).is_empty(), "nothing left folded: {:?}", badges(&g, &d));
}
