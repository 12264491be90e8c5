//! Case: a child placed out of home with a foster family; his sister lives with their
//! grandmother (netwerkpleegzorg), which the group is asked how to draw.

use super::build::*;
use super::Case;
use crate::format::DocumentContent;
use crate::genogram::model::{
    ChildLink, ChildLinkKind, ChildLinkKind::Biological, Command, ConditionCategory as Cat, ConditionStatus as St,
    Gender::*, Genogram, ParentRef, RelationKind, UnionEventKind as Ev, UnionKind,
};

/// The case as listed.
pub const CASE: Case = Case {
    id: "pleegzorg",
    title: ("Jayden in het pleeggezin", "Jayden in the foster family"),
    summary: (
        "Jayden (2014) woont sinds 2020 in een pleeggezin; zijn zus Mila (2011) woont bij oma. Moeder gebruikt drugs.",
        "Jayden (2014) has lived with a foster family since 2020; his sister Mila (2011) lives with grandmother. Mother uses drugs.",
    ),
    story: "Jayden Brouwer (2014) woont sinds 2020 bij het pleeggezin Van Leeuwen in Zwolle, na een \
            melding van ernstige verwaarlozing. Zijn zus Mila (2011) woont bij oma Joke \
            (netwerkpleegzorg). Moeder Kelly gebruikt drugs en ziet de kinderen om de twee weken onder \
            begeleiding. Vader Dennis is uit beeld. De pleegouders vertrouwen Kelly niet; Jayden mist \
            zijn zus en vraagt of hij 'ooit weer naar huis mag'.",
    look_for: &[
        "Twee soorten kinderlijnen naar Jayden: biologisch naar Kelly en Dennis, pleeg naar het gezin Van Leeuwen.",
        "De gescheiden broer en zus, en hun nabije band.",
        "Wat zich herhaalt: Joke's eigen alcoholgebruik en Kelly's drugsgebruik.",
        "Het wantrouwen tussen pleegmoeder Ingrid en Kelly, en waar Jayden tussen staat.",
        "De eigen kinderen van het pleeggezin: ook zij horen bij dit genogram.",
    ],
    questions: &[
        "Hoe teken je samen met Jayden zijn twee families, zonder dat hij moet kiezen?",
        "Mila woont bij oma (netwerkpleegzorg): hoe zou je dat in het genogram laten zien?",
        "Welke vragen zou je Kelly stellen over haar eigen jeugd?",
        "Wat hebben Daan en Sophie, de kinderen van de pleegouders, nodig?",
    ],
    build,
};

fn build() -> Vec<DocumentContent> {
    let mut g = Genogram::new();
    let joke = person(&mut g, "Joke", "Brouwer", Female, "1968", |p| {
        p.residence = "Kampen".into();
        p.conditions.push(condition(Cat::Alcohol, St::InRecovery, ""));
    });
    let dennis = person(&mut g, "Dennis", "Mol", Male, "1988", |p| p.residence = "onbekend".into());
    let kelly = person(&mut g, "Kelly", "Brouwer", Female, "1990", |p| {
        p.conditions.push(condition(Cat::Drugs, St::Active, ""));
    });
    let gertjan = person(&mut g, "Gert-Jan", "van Leeuwen", Male, "1981", |p| p.occupation = "boekhouder".into());
    let ingrid = person(&mut g, "Ingrid", "van Leeuwen", Female, "1983", |p| p.occupation = "logopedist".into());
    let mila = person(&mut g, "Mila", "Brouwer", Female, "2011", |_| {});
    let jayden = person(&mut g, "Jayden", "Brouwer", Male, "2014-01-09", |p| {
        p.index = true;
        p.tags = vec!["uithuisplaatsing".into()];
    });
    let daan = person(&mut g, "Daan", "van Leeuwen", Male, "2016", |_| {});
    let sophie = person(&mut g, "Sophie", "van Leeuwen", Female, "2018", |_| {});

    let add = |g: &mut Genogram, link: ChildLink| {
        let id = g.next_child_link_id();
        g.apply(Command::AddChildLink { id, link }).expect("case child line");
    };
    add(&mut g, ChildLink::new(ParentRef::Person(joke), kelly, Biological));
    let parents = union(&mut g, dennis, kelly, UnionKind::Cohabiting, &[(Ev::Start, "2010"), (Ev::Separation, "2016")]);
    children(&mut g, parents, Biological, &[mila, jayden]);
    let foster = union(&mut g, gertjan, ingrid, UnionKind::Marriage, &[(Ev::Start, "2009")]);
    children(&mut g, foster, Biological, &[daan, sophie]);
    children(&mut g, foster, ChildLinkKind::Foster, &[jayden]);

    relation(&mut g, jayden, mila, RelationKind::Close);
    relation(&mut g, ingrid, kelly, RelationKind::Distrust);
    household(&mut g, "Pleeggezin Van Leeuwen, Zwolle", &[gertjan, ingrid, daan, sophie, jayden]);
    vec![DocumentContent::Genogram(g)]
}
