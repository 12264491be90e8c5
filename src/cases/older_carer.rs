//! Case: an isolated older woman and her one overloaded informal carer, as a genogram
//! and a netwerkkaart.

use super::build::*;
use super::Case;
use crate::format::DocumentContent;
use crate::genogram::model::{
    ChildLinkKind::Biological, ConditionCategory as Cat, ConditionStatus as St, Gender::*, Genogram, RelationKind,
    UnionEventKind as Ev, UnionKind,
};
use crate::netwerkkaart::{
    Actor, Centre, Direction::*, Formality, Frequency::*, Netwerkkaart, Quality::*, Ring, SectorId, Strength::*,
    SupportType::*, TieEnd,
};

/// The case as listed.
pub const CASE: Case = Case {
    id: "mantelzorg-oudere",
    title: ("Eén dochter draagt alles", "One daughter carries it all"),
    summary: (
        "Mevrouw Wolters (1936) woont alleen; dochter Ria zorgt dagelijks en raakt overbelast. Met netwerkkaart.",
        "Mrs Wolters (1936) lives alone; her daughter Ria cares daily and is overloaded. With a network map.",
    ),
    story: "De wijkverpleegkundige in Enschede meldt dat Gerda Wolters (1936) steeds vaker valt en dat \
            dochter Ria 'op is'. Sinds de dood van haar man Bernard in 2018 komt mevrouw Wolters de deur \
            nauwelijks uit. Ria komt elke dag, doet boodschappen, medicijnen en administratie, naast haar \
            baan. Zoon Hans woont in Groningen; sinds een ruzie over de erfenis is er geen contact. \
            Kleindochter Joyce komt af en toe. Buurman Henk maakt soms een praatje.",
    look_for: &[
        "In de netwerkkaart: bijna alle steun loopt via één persoon, Ria, en die band is belastend.",
        "Het lege middelste en buitenste gebied: weinig vrienden, buren of vrijwilligers.",
        "In het genogram: de breuk met Hans, en het overlijden van Bernard als keerpunt.",
        "Ria's eigen gezin en gezondheid: wie zorgt voor de mantelzorger?",
    ],
    questions: &[
        "Welke mensen in de netwerkkaart zouden iets van Ria kunnen overnemen?",
        "Wat is er nodig om Hans weer bij de zorg te betrekken, en is dat wenselijk?",
        "Hoe bespreek je overbelasting met Ria zonder dat ze zich schuldig voelt?",
        "Welke formele hulp ontbreekt nog?",
        "Wat zou mevrouw Wolters zelf willen?",
    ],
    build,
};

fn build() -> Vec<DocumentContent> {
    let mut g = Genogram::new();
    let bernard = person(&mut g, "Bernard", "Wolters", Male, "1933", |p| {
        p.death = Some(date("2018-02"));
        p.occupation = "textielarbeider".into();
    });
    let gerda = person(&mut g, "Gerda", "Wolters-Nijhuis", Female, "1936-06-11", |p| {
        p.index = true;
        p.residence = "Enschede".into();
        p.conditions.push(condition(Cat::Physical, St::Active, "artrose, valt vaak"));
    });
    let ria = person(&mut g, "Ria", "Smeets-Wolters", Female, "1960", |p| {
        p.residence = "Enschede".into();
        p.occupation = "doktersassistente".into();
        p.conditions.push(condition(Cat::Mental, St::Suspected, "overbelasting"));
    });
    let wim = person(&mut g, "Wim", "Smeets", Male, "1958", |_| {});
    let hans = person(&mut g, "Hans", "Wolters", Male, "1963", |p| p.residence = "Groningen".into());
    let joyce = person(&mut g, "Joyce", "Smeets", Female, "1986", |_| {});
    let bas = person(&mut g, "Bas", "Smeets", Male, "1989", |_| {});

    let old = union(&mut g, bernard, gerda, UnionKind::Marriage, &[(Ev::Start, "1958"), (Ev::Widowed, "2018-02")]);
    children(&mut g, old, Biological, &[ria, hans]);
    let young = union(&mut g, ria, wim, UnionKind::Marriage, &[(Ev::Start, "1984")]);
    children(&mut g, young, Biological, &[joyce, bas]);
    relation(&mut g, gerda, ria, RelationKind::VeryClose);
    relation(&mut g, gerda, hans, RelationKind::Cutoff);

    let mut centre = Centre::person("Gerda Wolters");
    centre.notes = "weduwe, woont alleen".into();
    let mut n = Netwerkkaart::new(centre);
    let (fam, fr, nb, pro) = (SectorId(0), SectorId(1), SectorId(2), SectorId(3));
    let ria_a = actor(&mut n, Actor::person("Ria", fam).with_role("dochter").in_ring(Ring::Inner));
    let hans_a = actor(&mut n, Actor::person("Hans", fam).with_role("zoon").in_ring(Ring::Outer));
    let joyce_a = actor(&mut n, Actor::person("Joyce", fam).with_role("kleindochter"));
    let wim_a = actor(&mut n, Actor::person("Wim", fam).with_role("schoonzoon").in_ring(Ring::Outer));
    let riet = actor(&mut n, Actor::person("Riet", fr).with_role("vriendin, verhuisd").in_ring(Ring::Outer));
    let henk = actor(&mut n, Actor::person("Henk", nb).with_role("buurman"));
    let wijk = actor(
        &mut n,
        Actor::organisation("Wijkverpleging", pro).with_role("wijkverpleegkundige").with_formality(Formality::Formal),
    );
    let huisarts = actor(
        &mut n,
        Actor::person("Dr. Kamphuis", pro).with_role("huisarts").with_formality(Formality::Formal).in_ring(Ring::Outer),
    );
    let c = TieEnd::Centre;
    tie(&mut n, c, ria_a, Strong, Stressful, Receives, &[Practical, Emotional, Advice], Daily);
    tie(&mut n, c, hans_a, Weak, Conflict, Mutual, &[], Rarely);
    tie(&mut n, c, joyce_a, Normal, Positive, Receives, &[Company], Monthly);
    tie(&mut n, c, riet, Weak, Positive, Mutual, &[Emotional], Monthly);
    tie(&mut n, c, henk, Weak, Positive, Mutual, &[Company], Weekly);
    tie(&mut n, c, wijk, Normal, Neutral, Receives, &[Practical], Weekly);
    tie(&mut n, c, huisarts, Weak, Neutral, Receives, &[Advice], Rarely);
    tie(&mut n, TieEnd::Actor(ria_a), wim_a, Normal, Stressful, Mutual, &[], Daily);
    tie(&mut n, TieEnd::Actor(ria_a), hans_a, Weak, Conflict, Mutual, &[], Rarely);
    vec![DocumentContent::Genogram(g), DocumentContent::Netwerkkaart(n)]
}
