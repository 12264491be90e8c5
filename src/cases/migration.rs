//! Case: a family with relatives in two countries (the Netherlands and Poland).

use super::build::*;
use super::Case;
use crate::format::DocumentContent;
use crate::genogram::model::{
    ChildLinkKind::Biological, ConditionCategory as Cat, ConditionStatus as St, Gender::*, Genogram, RelationKind,
    UnionEventKind as Ev, UnionKind,
};

/// The case as listed.
pub const CASE: Case = Case {
    id: "twee-landen",
    title: ("Familie in twee landen", "Family in two countries"),
    summary: (
        "Het gezin Kowalczyk woont in Venlo; de grootouders en een oom wonen in Polen, waar oma dement wordt.",
        "The Kowalczyk family lives in Venlo; grandparents and an uncle live in Poland, where grandmother develops dementia.",
    ),
    story: "Zofia Kowalczyk (2010) is sinds kort stil en somber, meldt de jeugdverpleegkundige in Venlo. \
            Vader Tomasz kwam in 2008 als seizoenswerker naar Nederland; moeder Agnieszka en Zofia \
            volgden in 2012. Kuba werd in Venlo geboren. Opa Jan overleed in 2020 in Polen; het gezin kon \
            door de coronamaatregelen niet naar de begrafenis. Oma Halina wordt dement en woont bij oom \
            Piotr in Lublin, die vindt dat Tomasz te weinig doet. Zofia belde oma elke week.",
    look_for: &[
        "Waar iedereen woont: de woonplaatsen maken het verlies van nabijheid zichtbaar.",
        "Het overlijden van opa Jan zonder afscheid, en de dementie van oma Halina.",
        "De spanning tussen de broers Tomasz en Piotr over de zorg voor hun moeder.",
        "Piotr en zijn moeder: hij draagt de zorg in Polen. Zofia's band met oma staat niet getekend: vraag ernaar.",
        "Tante Marta in Venlo: een steunbron in Nederland?",
    ],
    questions: &[
        "Welke verliezen draagt dit gezin met zich mee, en welke zijn zichtbaar voor de school?",
        "Hoe vraag je naar familie die ver weg woont zonder de taal van het gezin te spreken?",
        "Welke rol speelt loyaliteit aan Polen in de keuzes van Tomasz?",
        "Wat zou je Zofia willen vragen over haar oma?",
    ],
    build,
};

fn build() -> Vec<DocumentContent> {
    let mut g = Genogram::new();
    let jan = person(&mut g, "Jan", "Kowalczyk", Male, "1955", |p| {
        p.death = Some(date("2020-11"));
        p.residence = "Lublin".into();
    });
    let halina = person(&mut g, "Halina", "Kowalczyk", Female, "1957", |p| {
        p.residence = "Lublin".into();
        p.conditions.push(condition(Cat::Other("dementie".into()), St::Active, ""));
    });
    let krzysztof = person(&mut g, "Krzysztof", "Nowak", Male, "1958", |p| p.residence = "Lublin".into());
    let ewa = person(&mut g, "Ewa", "Nowak", Female, "1960", |p| p.residence = "Lublin".into());
    let piotr = person(&mut g, "Piotr", "Kowalczyk", Male, "1985", |p| p.residence = "Lublin".into());
    let tomasz = person(&mut g, "Tomasz", "Kowalczyk", Male, "1982", |p| {
        p.residence = "Venlo".into();
        p.occupation = "orderpicker".into();
    });
    let agnieszka = person(&mut g, "Agnieszka", "Kowalczyk", Female, "1984", |p| {
        p.residence = "Venlo".into();
        p.occupation = "schoonmaakster".into();
    });
    let marta = person(&mut g, "Marta", "Nowak", Female, "1987", |p| p.residence = "Venlo".into());
    let zofia = person(&mut g, "Zofia", "Kowalczyk", Female, "2010-05-17", |p| {
        p.index = true;
        p.residence = "Venlo".into();
    });
    let kuba = person(&mut g, "Kuba", "Kowalczyk", Male, "2016", |p| p.residence = "Venlo".into());

    let his = union(&mut g, jan, halina, UnionKind::Marriage, &[(Ev::Start, "1980"), (Ev::Widowed, "2020-11")]);
    children(&mut g, his, Biological, &[tomasz, piotr]);
    let hers = union(&mut g, krzysztof, ewa, UnionKind::Marriage, &[(Ev::Start, "1983")]);
    children(&mut g, hers, Biological, &[agnieszka, marta]);
    let family = union(&mut g, tomasz, agnieszka, UnionKind::Marriage, &[(Ev::Start, "2009")]);
    children(&mut g, family, Biological, &[zofia, kuba]);

    relation(&mut g, tomasz, piotr, RelationKind::Discord);
    relation(&mut g, halina, piotr, RelationKind::VeryClose);
    household(&mut g, "Venlo", &[tomasz, agnieszka, zofia, kuba]);
    vec![DocumentContent::Genogram(g)]
}
