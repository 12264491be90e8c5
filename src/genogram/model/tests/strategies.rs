//! Proptest strategies for model values and command sequences (also used by the
//! format tests).

use crate::genogram::model::*;
use proptest::collection::{btree_set, vec};
use proptest::option;
use proptest::prelude::*;

/// Test configuration: `default_cases` cases unless `PROPTEST_CASES` is set; no
/// regression files written into the source tree.
pub(crate) fn config(default_cases: u32) -> ProptestConfig {
    let mut c = ProptestConfig { failure_persistence: None, ..ProptestConfig::default() };
    if std::env::var("PROPTEST_CASES").is_err() {
        c.cases = default_cases;
    }
    c
}

pub(crate) fn arb_date() -> impl Strategy<Value = PartialDate> {
    (1880i32..2040, option::of((1u8..=12, option::of(1u8..=28))), any::<bool>()).prop_map(|(y, md, approx)| {
        let d = match md {
            None => PartialDate::year_only(y),
            Some((m, None)) => PartialDate::year_month(y, m),
            Some((m, Some(d))) => PartialDate::ymd(y, m, d),
        };
        d.expect("valid by construction").with_approximate(approx)
    })
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), "[a-zA-Zé ]{1,8}", "\\PC{0,6}"]
}

fn arb_gender() -> impl Strategy<Value = Gender> {
    proptest::sample::select(Gender::ALL)
}

fn arb_condition() -> impl Strategy<Value = Condition> {
    (
        prop_oneof![
            Just(ConditionCategory::Physical),
            Just(ConditionCategory::Mental),
            Just(ConditionCategory::Alcohol),
            Just(ConditionCategory::Drugs),
            arb_text().prop_map(ConditionCategory::Other),
        ],
        proptest::sample::select(ConditionStatus::ALL),
        arb_text(),
        proptest::option::of(arb_date()),
    )
        .prop_map(|(category, status, note, since)| Condition { category, status, note, since })
}

fn arb_kind() -> impl Strategy<Value = PersonKind> {
    prop_oneof![
        6 => Just(PersonKind::Person),
        1 => option::of(arb_date()).prop_map(|due| PersonKind::Pregnancy { due }),
        1 => Just(PersonKind::Miscarriage),
        1 => Just(PersonKind::Abortion),
        1 => Just(PersonKind::Stillbirth),
        1 => Just(PersonKind::Pet),
    ]
}

pub(crate) fn arb_person() -> impl Strategy<Value = Person> {
    (
        (arb_text(), arb_text(), arb_text(), arb_gender(), option::of(arb_gender())),
        (
            option::of(arb_date()),
            option::of(arb_date()),
            any::<bool>(),
            prop::bool::weighted(0.15),
            option::of(-5000i32..5000),
        ),
        (arb_kind(), vec(arb_condition(), 0..3), arb_text(), arb_text(), arb_text(), vec(arb_text(), 0..3)),
        vec((option::of(arb_date()), arb_text()).prop_map(|(date, text)| LifeEvent { date, text }), 0..2),
        vec((option::of(arb_date()), arb_text()).prop_map(|(date, place)| Move { date, place }), 0..2),
    )
        .prop_map(
            |(
                (given_name, family_name, nickname, gender, assigned_gender),
                (birth, death, deceased, index, pinned_x),
                (kind, conditions, occupation, residence, notes, tags),
                life_events,
                moves,
            )| Person {
                given_name,
                family_name,
                nickname,
                gender,
                assigned_gender,
                birth,
                death,
                deceased,
                index,
                kind,
                conditions,
                occupation,
                residence,
                notes,
                tags,
                life_events,
                moves,
                pinned_x,
            },
        )
}

pub(crate) fn arb_union(n: u32) -> impl Strategy<Value = Union> {
    (
        0..n,
        option::of(0..n),
        proptest::sample::select(UnionKind::ALL),
        vec((proptest::sample::select(UnionEventKind::ALL), option::of(arb_date())), 0..3),
    )
        .prop_map(|(a, b, kind, events)| Union {
            partner_a: PersonId(a),
            partner_b: b.map(PersonId),
            kind,
            events: events.into_iter().map(|(kind, date)| UnionEvent { kind, date }).collect(),
        })
}

pub(crate) fn arb_child_link(n: u32) -> impl Strategy<Value = ChildLink> {
    (
        prop_oneof![
            (0..n).prop_map(|u| ParentRef::Union(UnionId(u))),
            (0..n).prop_map(|p| ParentRef::Person(PersonId(p)))
        ],
        0..n,
        proptest::sample::select(ChildLinkKind::ALL),
        option::of(proptest::sample::select(ConceptionAid::ALL)),
        option::of((0u32..3, proptest::sample::select(TwinKind::ALL)).prop_map(|(group, kind)| Twin { group, kind })),
        option::of(1u32..5),
    )
        .prop_map(|(parent, child, kind, aid, twin, order)| ChildLink {
            parent,
            child: PersonId(child),
            kind,
            aid,
            twin,
            order,
        })
}

pub(crate) fn arb_relation(n: u32) -> impl Strategy<Value = Relation> {
    (
        0..n,
        0..n,
        proptest::sample::select(RelationKind::ALL),
        arb_text(),
        option::of(arb_date()),
        option::of(arb_date()),
    )
        .prop_map(|(from, to, kind, note, start, end)| Relation {
            from: PersonId(from),
            to: PersonId(to),
            kind,
            note,
            start,
            end,
        })
}

pub(crate) fn arb_household(n: u32) -> impl Strategy<Value = Household> {
    (arb_text(), btree_set((0..n).prop_map(PersonId), 0..4), option::of(arb_date()), option::of(arb_date()))
        .prop_map(|(label, members, since, until)| Household { label, members, since, until })
}

/// A single command with ids drawn from `0..n`, so that many refer to missing things
/// or reuse ids and are refused.
pub(crate) fn arb_simple_command(n: u32) -> impl Strategy<Value = Command> {
    prop_oneof![
        4 => ((0..n).prop_map(PersonId), arb_person()).prop_map(|(id, person)| Command::AddPerson { id, person }),
        1 => ((0..n).prop_map(PersonId), arb_person()).prop_map(|(id, person)| Command::UpdatePerson { id, person }),
        1 => (0..n).prop_map(|id| Command::RemovePerson { id: PersonId(id) }),
        3 => ((0..n).prop_map(UnionId), arb_union(n)).prop_map(|(id, union)| Command::AddUnion { id, union }),
        1 => ((0..n).prop_map(UnionId), arb_union(n)).prop_map(|(id, union)| Command::UpdateUnion { id, union }),
        1 => (0..n).prop_map(|id| Command::RemoveUnion { id: UnionId(id) }),
        4 => ((0..n).prop_map(ChildLinkId), arb_child_link(n)).prop_map(|(id, link)| Command::AddChildLink { id, link }),
        1 => ((0..n).prop_map(ChildLinkId), arb_child_link(n)).prop_map(|(id, link)| Command::UpdateChildLink { id, link }),
        1 => (0..n).prop_map(|id| Command::RemoveChildLink { id: ChildLinkId(id) }),
        2 => ((0..n).prop_map(RelationId), arb_relation(n)).prop_map(|(id, relation)| Command::AddRelation { id, relation }),
        1 => ((0..n).prop_map(RelationId), arb_relation(n)).prop_map(|(id, relation)| Command::UpdateRelation { id, relation }),
        1 => (0..n).prop_map(|id| Command::RemoveRelation { id: RelationId(id) }),
        1 => ((0..n).prop_map(HouseholdId), arb_household(n)).prop_map(|(id, household)| Command::AddHousehold { id, household }),
        1 => ((0..n).prop_map(HouseholdId), arb_household(n)).prop_map(|(id, household)| Command::UpdateHousehold { id, household }),
        1 => (0..n).prop_map(|id| Command::RemoveHousehold { id: HouseholdId(id) }),
        1 => option::of((0..n).prop_map(PersonId)).prop_map(|id| Command::SetIndexPerson { id }),
    ]
}

/// A command, sometimes a batch of simple ones.
pub(crate) fn arb_command(n: u32) -> impl Strategy<Value = Command> {
    prop_oneof![
        8 => arb_simple_command(n),
        1 => vec(arb_simple_command(n), 0..4).prop_map(Command::Batch),
    ]
}

/// A valid genogram: the result of applying random commands (refused ones skipped).
pub(crate) fn arb_genogram() -> impl Strategy<Value = Genogram> {
    vec(arb_command(12), 0..60).prop_map(|cmds| {
        let mut g = Genogram::new();
        for cmd in cmds {
            let _ = g.apply(cmd);
        }
        g
    })
}
