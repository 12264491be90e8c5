//! Case: a young carer (jonge mantelzorger) looking after a mother with MS.

use super::build::*;
use super::Case;
use crate::format::DocumentContent;
use crate::genogram::model::{
    ChildLinkKind::Biological, ConditionCategory as Cat, ConditionStatus as St, Gender::*, Genogram, RelationKind,
    UnionEventKind as Ev, UnionKind,
};

/// The case as listed.
pub const CASE: Case = Case {
    id: "jonge-mantelzorger",
    title: ("Lotte zorgt voor thuis", "Lotte looks after home"),
    summary: (
        "Lotte (2009) zorgt voor haar moeder met MS en haar broertjes; vader woont met een nieuwe partner in Rotterdam.",
        "Lotte (2009) cares for her mother with MS and her younger brothers; father lives with a new partner in Rotterdam.",
    ),
    story: "Lotte de Graaf (2009) in Gouda valt op school in slaap en haalt haar broertjes Finn en Sem \
            zelf uit school. Moeder Monique heeft sinds 2015 MS en is sinds kort somber. Vader Ronald \
            vertrok in 2017 en woont in Rotterdam met Kim; hij ziet de kinderen eens per maand. Oma Ank \
            woont in de buurt maar heeft zelf een slechte heup. Lotte zegt: 'Het gaat prima, ik doe het \
            gewoon.'",
    look_for: &[
        "Het huishouden van moeder en drie kinderen, en wie er de volwassen taken doet.",
        "De versmolten band tussen Lotte en Monique: wie zorgt hier voor wie (parentificatie)?",
        "De vijandigheid tussen de ouders, en vader Ronald die met Kim een nieuw leven heeft.",
        "Oma Ank, nabij maar met haar eigen klachten en haar eigen verlies (opa Joop, 2012).",
    ],
    questions: &[
        "Waaraan herken je een jonge mantelzorger, en waarom zegt Lotte dat het 'prima gaat'?",
        "Wat heeft Lotte nodig om ook gewoon een tiener te kunnen zijn?",
        "Hoe betrek je Ronald zonder dat het gesprek over de scheiding gaat?",
        "Welke hulp kan de zorg van Lotte overnemen, en hoe praat je daarover met Monique?",
    ],
    build,
};

fn build() -> Vec<DocumentContent> {
    let mut g = Genogram::new();
    let joop = person(&mut g, "Joop", "de Graaf", Male, "1950", |p| p.death = Some(date("2012-05")));
    let ank = person(&mut g, "Ank", "de Graaf", Female, "1952", |p| {
        p.residence = "Gouda".into();
        p.conditions.push(condition(Cat::Physical, St::Active, "heupklachten"));
    });
    let ronald = person(&mut g, "Ronald", "Verbeek", Male, "1978", |p| p.residence = "Rotterdam".into());
    let monique = person(&mut g, "Monique", "de Graaf", Female, "1980", |p| {
        p.residence = "Gouda".into();
        p.conditions.push(condition(Cat::Physical, St::Active, "MS"));
        p.conditions.push(condition(Cat::Mental, St::Suspected, "somberheid"));
    });
    let kim = person(&mut g, "Kim", "Jansen", Female, "1986", |_| {});
    let lotte = person(&mut g, "Lotte", "de Graaf", Female, "2009-03-28", |p| {
        p.index = true;
        p.tags = vec!["jonge mantelzorger".into()];
    });
    let finn = person(&mut g, "Finn", "de Graaf", Male, "2013", |_| {});
    let sem = person(&mut g, "Sem", "de Graaf", Male, "2016", |_| {});

    let grand = union(&mut g, joop, ank, UnionKind::Marriage, &[(Ev::Start, "1976"), (Ev::Widowed, "2012-05")]);
    children(&mut g, grand, Biological, &[monique]);
    union(&mut g, ronald, kim, UnionKind::Cohabiting, &[(Ev::Start, "2019")]);
    let parents = union(
        &mut g,
        ronald,
        monique,
        UnionKind::Marriage,
        &[(Ev::Start, "2008"), (Ev::Separation, "2017"), (Ev::Divorce, "2018")],
    );
    children(&mut g, parents, Biological, &[lotte, finn, sem]);

    relation(&mut g, lotte, monique, RelationKind::Fused);
    relation(&mut g, ronald, monique, RelationKind::Hostile);
    relation(&mut g, ank, monique, RelationKind::Close);
    vec![DocumentContent::Genogram(g)]
}
