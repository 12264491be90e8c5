//! Case: alcohol over three generations in a Frisian family.

use super::build::*;
use super::Case;
use crate::format::DocumentContent;
use crate::genogram::model::{
    ChildLinkKind::Biological, ConditionCategory as Cat, ConditionStatus as St, Gender::*, Genogram, RelationKind,
    UnionEventKind as Ev, UnionKind,
};

/// The case as listed.
pub const CASE: Case = Case {
    id: "verslaving",
    title: ("Drie generaties drank", "Three generations of drinking"),
    summary: (
        "Familie Hoekstra: alcohol bij opa, vader en oom; Jelle (1988) zoekt hulp voor zijn cannabisgebruik.",
        "The Hoekstra family: alcohol in grandfather, father and uncle; Jelle (1988) seeks help for cannabis use.",
    ),
    story: "Jelle Hoekstra (1988) meldt zich bij de verslavingszorg in Drachten. Hij blowt dagelijks en \
            is bang dat hij 'wordt zoals zijn vader'. Zijn opa Sjoerd dronk en overleed in 1996 aan \
            levercirrose. Vader Klaas is sinds 2010 droog; oom Wiebe drinkt nog. Jelles ouders scheidden \
            in 2005. Met zijn vader heeft hij weinig contact, met zijn moeder Anneke een hechte band.",
    look_for: &[
        "Het patroon: alcohol in drie generaties langs de vaderlijke lijn, en bij Jelle een ander middel.",
        "Wie is gestopt (Klaas, in herstel) en wie niet (Wiebe): ook herstel is een familiegegeven.",
        "De vijandige relatie tussen Sjoerd en Klaas, en de onenigheid tussen de broers Klaas (droog) en Wiebe (drinkt).",
        "Jelles steun: zijn moeder Anneke en zijn zus Marrit. Het contact met zijn vader staat niet getekend: vraag ernaar.",
    ],
    questions: &[
        "Welk verhaal vertelt deze familie over drinken, en wie vertelt het?",
        "Wat zou Klaas' herstel voor Jelle kunnen betekenen?",
        "Welke beschermende factoren zie je in dit genogram?",
        "Wie zou je als eerste uitnodigen voor een netwerkgesprek, en waarom?",
        "Welke informatie mis je nog, bijvoorbeeld over de vrouwen in de familie?",
    ],
    build,
};

fn build() -> Vec<DocumentContent> {
    let mut g = Genogram::new();
    let sjoerd = person(&mut g, "Sjoerd", "Hoekstra", Male, "1938", |p| {
        p.death = Some(date("1996-03"));
        p.occupation = "veehouder".into();
        p.conditions.push(condition(Cat::Alcohol, St::Active, ""));
        p.conditions.push(condition(Cat::Physical, St::Active, "levercirrose"));
    });
    let trijntje = person(&mut g, "Trijntje", "Hoekstra-Dijkstra", Female, "1941", |p| {
        p.death = Some(date("2019-08"));
    });
    let klaas = person(&mut g, "Klaas", "Hoekstra", Male, "1962", |p| {
        p.conditions.push(condition(Cat::Alcohol, St::InRecovery, "droog sinds 2010"));
        p.residence = "Heerenveen".into();
    });
    let anneke = person(&mut g, "Anneke", "Postma", Female, "1963", |p| p.residence = "Drachten".into());
    let geertje = person(&mut g, "Geertje", "de Boer-Hoekstra", Female, "1964", |_| {});
    let henk = person(&mut g, "Henk", "de Boer", Male, "1962", |_| {});
    let wiebe = person(&mut g, "Wiebe", "Hoekstra", Male, "1967", |p| {
        p.conditions.push(condition(Cat::Alcohol, St::Active, ""));
    });
    let jelle = person(&mut g, "Jelle", "Hoekstra", Male, "1988", |p| {
        p.index = true;
        p.conditions.push(condition(Cat::Drugs, St::Active, "cannabis"));
        p.residence = "Drachten".into();
    });
    let marrit = person(&mut g, "Marrit", "Hoekstra", Female, "1991", |_| {});
    let sietse = person(&mut g, "Sietse", "Hoekstra", Male, "1995", |_| {});
    let lieke = person(&mut g, "Lieke", "de Boer", Female, "1993", |_| {});

    let grand = union(&mut g, sjoerd, trijntje, UnionKind::Marriage, &[(Ev::Start, "1960"), (Ev::Widowed, "1996-03")]);
    children(&mut g, grand, Biological, &[klaas, geertje, wiebe]);
    let parents = union(
        &mut g,
        klaas,
        anneke,
        UnionKind::Marriage,
        &[(Ev::Start, "1986"), (Ev::Separation, "2004"), (Ev::Divorce, "2005")],
    );
    children(&mut g, parents, Biological, &[jelle, marrit, sietse]);
    let aunt = union(&mut g, geertje, henk, UnionKind::Marriage, &[(Ev::Start, "1990")]);
    children(&mut g, aunt, Biological, &[lieke]);

    relation(&mut g, sjoerd, klaas, RelationKind::Hostile);
    relation(&mut g, klaas, wiebe, RelationKind::Discord);
    relation(&mut g, jelle, marrit, RelationKind::Close);
    relation(&mut g, anneke, jelle, RelationKind::Close);
    vec![DocumentContent::Genogram(g)]
}
