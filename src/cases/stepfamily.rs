//! Case: a blended family after a divorce, with conflict between two households.

use super::build::*;
use super::Case;
use crate::format::DocumentContent;
use crate::genogram::model::{
    ChildLinkKind::Biological, Gender::*, Genogram, RelationKind, UnionEventKind as Ev, UnionKind,
};

/// The case as listed.
pub const CASE: Case = Case {
    id: "samengesteld",
    title: ("Twee huizen na de scheiding", "Two homes after the divorce"),
    summary: (
        "Evi (2010) woont om de week bij vader en moeder, die elk een nieuw gezin vormden en niet met elkaar praten.",
        "Evi (2010) lives alternate weeks with her father and mother, who each formed a new family and do not speak.",
    ),
    story: "De mentor van Evi Bos (2010) in Amersfoort maakt zich zorgen: ze verzuimt, is moe en zegt \
            'nergens echt thuis' te zijn. Haar ouders Mark en Sanne scheidden in 2017 in een harde \
            strijd. Mark woont met Priya en haar zoon Dylan; samen kregen ze Noor. Sanne trouwde met \
            Erik. Broer Tim (2007) woont alleen nog bij moeder en weigert contact met zijn vader. De \
            overdracht van Evi gaat via school, omdat de ouders elkaar niet willen zien.",
    look_for: &[
        "De twee huishoudens en wie in beide woont: Evi is het enige kind dat heen en weer gaat.",
        "De vijandige lijn tussen Mark en Sanne, en hoe die doorwerkt in de relaties van de kinderen.",
        "Tims breuk met zijn vader naast Evi's loyaliteit aan beide ouders; de nabije band tussen broer en zus.",
        "De nieuwe gezinsleden: stiefouders, een stiefbroer (Dylan) en een halfzus (Noor).",
    ],
    questions: &[
        "Wat betekent 'twee huizen' voor Evi, en wat zou ze zelf tekenen als haar thuis?",
        "Hoe zou je de ouders bij elkaar krijgen zonder de strijd op te voeren?",
        "Welke rol kunnen Priya en Erik spelen, en welke beter niet?",
        "Wat zie je als je alleen naar Tim kijkt?",
    ],
    build,
};

fn build() -> Vec<DocumentContent> {
    let mut g = Genogram::new();
    let rick = person(&mut g, "Rick", "Hendriks", Male, "1983", |_| {});
    let priya = person(&mut g, "Priya", "Ramdin", Female, "1985", |p| p.occupation = "apothekersassistent".into());
    let mark = person(&mut g, "Mark", "Bos", Male, "1979", |p| p.occupation = "installateur".into());
    let sanne = person(&mut g, "Sanne", "Verhoef", Female, "1981", |p| p.occupation = "leerkracht".into());
    let erik = person(&mut g, "Erik", "Kramer", Male, "1976", |_| {});
    let dylan = person(&mut g, "Dylan", "Hendriks", Male, "2012", |_| {});
    let noor = person(&mut g, "Noor", "Bos", Female, "2021", |_| {});
    let tim = person(&mut g, "Tim", "Bos", Male, "2007", |_| {});
    let evi = person(&mut g, "Evi", "Bos", Female, "2010-09-02", |p| {
        p.index = true;
        p.tags = vec!["schoolverzuim".into()];
    });

    let first = union(&mut g, priya, rick, UnionKind::Cohabiting, &[(Ev::Start, "2010"), (Ev::Separation, "2014")]);
    children(&mut g, first, Biological, &[dylan]);
    let new_home = union(&mut g, mark, priya, UnionKind::Cohabiting, &[(Ev::Start, "2019")]);
    children(&mut g, new_home, Biological, &[noor]);
    let marriage = union(
        &mut g,
        mark,
        sanne,
        UnionKind::Marriage,
        &[(Ev::Start, "2005"), (Ev::Separation, "2016"), (Ev::Divorce, "2017")],
    );
    children(&mut g, marriage, Biological, &[tim, evi]);
    union(&mut g, sanne, erik, UnionKind::Marriage, &[(Ev::Start, "2020")]);

    relation(&mut g, mark, sanne, RelationKind::Hostile);
    relation(&mut g, mark, tim, RelationKind::Cutoff);
    relation(&mut g, sanne, tim, RelationKind::Close);
    relation(&mut g, evi, tim, RelationKind::Close);
    household(&mut g, "Mark en Priya", &[mark, priya, dylan, noor]);
    household(&mut g, "Sanne en Erik", &[sanne, erik]);
    vec![DocumentContent::Genogram(g)]
}
