//! Ages that make sense: nobody without a date of death is shown older than 110.

use crate::genogram::model::{Gender, Genogram, PartialDate, Person, WarningKind, MAX_LIVING_AGE};
use crate::genogram::scene::fixtures::Builder;
use crate::genogram::scene::tests::{options, scene_of};
use crate::i18n::Lang;
use crate::kernel::Primitive;

fn today() -> PartialDate {
    PartialDate::ymd(2025, 1, 15).unwrap()
}

/// Great-grandmother born 1890 without a death date, her son born 1915 who died in
/// 2024 at 108, and a grandmother born 1920 (104) still alive.
fn old_family() -> Genogram {
    let mut b = Builder::new();
    b.born("Grietje", "Hoekstra", Gender::Female, "1890", |_| {});
    b.born("Sjoerd", "Hoekstra", Gender::Male, "1915-03-01", |p| p.death = Some("2024-01-01".parse().unwrap()));
    b.born("Trijntje", "Hoekstra", Gender::Female, "1920-06-01", |_| {});
    b.born("Oebele", "Hoekstra", Gender::Male, "1880", |p| p.deceased = true);
    b.g
}

fn texts_of(g: &Genogram, key: &str) -> Vec<String> {
    let s = scene_of(g, &options(Lang::Nl));
    s.item(key)
        .unwrap()
        .shapes
        .iter()
        .filter_map(|sh| match &sh.primitive {
            Primitive::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn no_age_past_110_without_a_death_date() {
    let g = old_family();
    let p = |n: u32| g.person(crate::genogram::model::PersonId(n)).unwrap().clone();
    assert_eq!(p(0).age(today()).map(|a| a.years), Some(135), "the plain computation is unchanged");
    assert_eq!(p(0).shown_age(today()), None);
    assert_eq!(p(1).shown_age(today()).map(|a| a.years), Some(108), "an age at death is shown");
    assert_eq!(p(2).shown_age(today()).map(|a| a.years), Some(104));
    assert!(MAX_LIVING_AGE == 110 && !Person::new("A", "", Gender::Male).past_living_age(today()));

    // In the drawing: the birth year only, no age inside the symbol.
    let grietje = texts_of(&g, "person:0");
    assert!(grietje.contains(&"° 1890".to_owned()), "{grietje:?}");
    assert!(!grietje.iter().any(|t| t.contains("135") || t.starts_with("ca.")), "{grietje:?}");
    assert!(texts_of(&g, "person:2").iter().any(|t| t == "104"));
}

#[test]
fn a_person_past_110_without_a_death_date_is_a_point_of_attention() {
    let g = old_family();
    assert!(g.warnings().is_empty(), "the date-free checks do not know today");
    let w = g.warnings_on(today());
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].kind, WarningKind::NoDeathDate);
    assert_eq!(w[0].persons(), vec![crate::genogram::model::PersonId(0)], "only Grietje; Oebele is marked deceased");
    assert_eq!(WarningKind::NoDeathDate.label(Lang::Nl), "leeft nog? geen overlijdensdatum");
    let nl = w[0].message(Lang::Nl);
    assert!(nl.starts_with("Grietje Hoekstra: leeft nog? Geen overlijdensdatum") && nl.contains("135"), "{nl}");
    assert!(w[0].message(Lang::En).contains("still alive? No date of death"));
    // In 1995 she was 105: no point of attention then.
    assert!(g.warnings_on(PartialDate::year_only(1995).unwrap()).is_empty());
}
