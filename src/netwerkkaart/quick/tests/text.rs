//! The round trip: a map as text, applied to itself (nothing changes), to an empty map
//! (the same text comes back), and edited (only the edit changes); and a seeded fuzz of
//! random text against the demo map (nothing panics, every plan applies).

use super::super::{netwerkkaart_text, parse, plan};
use super::plan::{apply, id, EXAMPLE};
use crate::i18n::Lang;
use crate::netwerkkaart::{
    sample_netwerkkaart, Actor, ActorKind, Centre, CentreKind, Command, Direction, Formality, Frequency, Netwerkkaart,
    Pin, Quality, Ring, Sector, SectorId, Strength, SupportType, Tie, TieEnd,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

#[test]
fn the_demo_map_as_text_reads_well_and_applied_to_itself_changes_nothing() {
    let m = sample_netwerkkaart();
    for lang in Lang::ALL {
        let text = netwerkkaart_text(&m, lang);
        if lang == Lang::Nl {
            for line in [
                "cliënt: Noah",
                "familie: moeder Fatima (binnen, sterk, positief, P G E, dagelijks), vader Peter (conflict, ontvangt, maandelijks)",
                "buren: buurvrouw Ans (verbinder, positief, geeft, P A, wekelijks)",
                "Wijkteam West (\"wijkcoach Lotte\", binnen, organisatie, sterk, positief, geeft, A E, wekelijks)",
                "Fatima -- Peter: stressvol, dagelijks",
                "Wijkteam West -- Buurteam Geldzaken: geeft, A, maandelijks",
            ] {
                assert!(text.contains(line), "{line}\n---\n{text}");
            }
        } else {
            assert!(text.contains("family: moeder Fatima (inner, strong, positive, P C E, daily)"), "{text}");
        }
        let parsed = parse(&text);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let planned = plan(&m, &parsed);
        assert!(planned.problems.is_empty(), "{:?}", planned.problems);
        assert_eq!(planned.command, None, "{text}");
    }
}

#[test]
fn text_to_map_to_text_gives_the_same_text() {
    let mut from_example = Netwerkkaart::new(Centre::default());
    assert!(apply(&mut from_example, EXAMPLE).is_empty());
    for start in [sample_netwerkkaart(), from_example] {
        for lang in Lang::ALL {
            let text = netwerkkaart_text(&start, lang);
            let mut rebuilt = Netwerkkaart::bare(Centre::default());
            let problems = apply(&mut rebuilt, &text);
            assert!(problems.is_empty(), "{problems:?}");
            assert_eq!(netwerkkaart_text(&rebuilt, lang), text);
            assert_eq!(rebuilt.actor_count(), start.actor_count());
            assert_eq!(rebuilt.tie_count(), start.tie_count());
            assert_eq!(rebuilt.sector_count(), start.sector_count());
        }
    }
}

#[test]
fn an_edited_text_changes_only_what_was_edited_and_keeps_what_text_cannot_say() {
    let mut m = sample_netwerkkaart();
    let ans = id(&m, "Ans");
    let mut pinned = m.actor(ans).expect("Ans").clone();
    pinned.pin = Some(Pin { x: 40, y: -20 });
    m.apply(Command::UpdateActor { id: ans, actor: pinned }).expect("pin");
    let text = netwerkkaart_text(&m, Lang::Nl);
    let edited = text.replace("vriend Sem (sterk,", "vriend Sem (zwak,") + "\nSem -- Ans: zwak";
    let mut changed = m.clone();
    assert!(apply(&mut changed, &edited).is_empty());
    let sem = id(&m, "Sem");
    assert_eq!(changed.centre_tie(sem).expect("spoke").1.strength, Strength::Weak);
    assert_eq!(changed.tie_count(), m.tie_count() + 1);
    // Notes, the pin and everyone else are untouched.
    for (a, actor) in m.actors() {
        assert_eq!(changed.actor(a), Some(actor));
    }
    assert_eq!(changed.actor(ans).and_then(|a| a.pin), Some(Pin { x: 40, y: -20 }));
    assert_eq!(changed.centre(), m.centre(), "the centre's notes stay");
    for (t, tie) in m.ties() {
        if tie.to != sem || tie.from != TieEnd::Centre {
            assert_eq!(changed.tie(t), Some(tie));
        }
    }
}

#[test]
fn namesakes_odd_names_and_sectors_survive_the_round_trip_to_the_same_map() {
    let mut m = Netwerkkaart::new(Centre::household("Gezin \"De Vries\""));
    let extra = m.next_sector_id();
    m.apply(Command::AddSector { id: extra, sector: Sector::custom("kerk") }).expect("sector");
    let twin = m.next_sector_id();
    m.apply(Command::AddSector { id: twin, sector: Sector::custom("Kerk") }).expect("sector");
    let named = m.next_sector_id();
    m.apply(Command::AddSector { id: named, sector: Sector::custom("huishouden") }).expect("sector");
    for (name, role, sector) in [
        ("Jan", "", SectorId(0)),
        ("Jan", "oom", SectorId(2)),
        ("", "huisarts", SectorId(3)),
        ("", "", SectorId(3)),
        ("", "kennis (sport)", twin),
        ("Jan, Piet", "Buurman", named),
        ("huisarts", "", extra),
    ] {
        let id = m.next_actor_id();
        m.apply(Command::AddActor { id, actor: Actor::person(name, sector).with_role(role) }).expect("actor");
    }
    let ids: Vec<_> = m.actors().map(|(id, _)| id).collect();
    for (a, b) in [(0, 1), (2, 3), (4, 5), (6, 0)] {
        let t = m.next_tie_id();
        m.apply(Command::AddTie { id: t, tie: Tie::between(ids[a], ids[b]) }).expect("tie");
    }
    let text = netwerkkaart_text(&m, Lang::Nl);
    for part in [
        "huishouden: Gezin \"De Vries\"",
        "oom Jan#2",
        "\"huishouden\": Buurman \"Jan, Piet\"",
        "Kerk#2: ? (\"kennis (sport)\", indirect)",
        "\"huisarts\"",
    ] {
        assert!(text.contains(part), "{part}\n---\n{text}");
    }
    let parsed = parse(&text);
    assert!(parsed.problems.is_empty(), "{text}\n{:?}", parsed.problems);
    let planned = plan(&m, &parsed);
    assert!(planned.problems.is_empty(), "{text}\n{:?}", planned.problems);
    assert_eq!(planned.command, None, "{text}");
}

// ----- properties ---------------------------------------------------------------------

const NAMES: &[&str] = &[
    "Fatima",
    "Peter",
    "Wijkteam West",
    "van Dijk",
    "Dhr. Bakker",
    "ans",
    "Buurt: \"Oost\"",
    "sterk",
    "Jan, Piet",
    "huisarts",
    "Zoë",
    "3B",
];
const ROLES: &[&str] = &["", "moeder", "huisarts", "wijkcoach Lotte", "kennis (sportschool)", "Mentor", "de buurvrouw"];
const SECTOR_NAMES: &[&str] = &["kerk", "Kerk", "sport: club", "familie", "huishouden", "werk"];

/// A random map: the standard sectors and up to three more, actors (with distinct names
/// when `unique`, else names that repeat and empty ones), spokes with random words,
/// and ties between actors.
fn arb_map(unique: bool) -> impl Strategy<Value = Netwerkkaart> {
    let actor = (
        0usize..NAMES.len(),
        0usize..ROLES.len(),
        0u32..7,
        0usize..3,
        0usize..3,
        any::<bool>(),
        any::<bool>(),
        prop::option::of((0usize..3, 0usize..4, 0usize..3, 0u8..16, 0usize..5)),
    );
    (
        prop::collection::vec(0usize..SECTOR_NAMES.len(), 0..3),
        prop::collection::vec(actor, 0..10),
        prop::collection::vec((0usize..10, 0usize..10, 0usize..3, 0u8..16), 0..5),
        any::<bool>(),
    )
        .prop_map(move |(sectors, actors, ties, household)| {
            let centre = if household { Centre::household("Gezin Jansen") } else { Centre::person("Noah") };
            let mut m = Netwerkkaart::new(centre);
            for s in sectors {
                let id = m.next_sector_id();
                m.apply(Command::AddSector { id, sector: Sector::custom(SECTOR_NAMES[s]) }).expect("sector");
            }
            let mut used = std::collections::BTreeSet::new();
            for (k, (name, role, sector, ring, formality, org, verbinder, spoke)) in actors.into_iter().enumerate() {
                let name = if unique {
                    if !used.insert(name) {
                        continue;
                    }
                    NAMES[name]
                } else if k % 3 == 2 {
                    ""
                } else {
                    NAMES[name % 4]
                };
                let sector = SectorId(sector % m.sector_count() as u32);
                let mut a = Actor::person(name, sector).with_role(ROLES[role]).in_ring(Ring::ALL[ring]);
                a.formality = Formality::ALL[formality];
                a.kind = if org { ActorKind::Organisation } else { ActorKind::Person };
                a.verbinder = verbinder;
                let id = m.next_actor_id();
                m.apply(Command::AddActor { id, actor: a }).expect("actor");
                if let Some((strength, quality, direction, support, frequency)) = spoke {
                    let mut t = Tie::from_centre(id);
                    t.strength = Strength::ALL[strength];
                    t.quality = Quality::ALL[quality];
                    t.direction = Direction::ALL[direction];
                    t.support = SupportType::ALL
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| support & (1 << i) != 0)
                        .map(|(_, t)| *t)
                        .collect();
                    t.frequency = Frequency::ALL.get(frequency).copied();
                    let tid = m.next_tie_id();
                    m.apply(Command::AddTie { id: tid, tie: t }).expect("spoke");
                }
            }
            let ids: Vec<_> = m.actors().map(|(id, _)| id).collect();
            for (a, b, direction, support) in ties {
                if ids.is_empty() {
                    break;
                }
                let (a, b) = (ids[a % ids.len()], ids[b % ids.len()]);
                if a == b || m.tie_between(TieEnd::Actor(a), TieEnd::Actor(b)).is_some() {
                    continue;
                }
                let mut t = Tie::between(a, b);
                t.direction = Direction::ALL[direction];
                t.support = SupportType::ALL
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| support & (1 << i) != 0)
                    .map(|(_, t)| *t)
                    .collect();
                let tid = m.next_tie_id();
                m.apply(Command::AddTie { id: tid, tie: t }).expect("tie");
            }
            m
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    /// Any map written as text reads back without problems, and applying it to the same
    /// map changes nothing (namesakes, unnamed actors and odd names included).
    #[test]
    fn any_map_as_text_applied_to_itself_changes_nothing(m in arb_map(false), en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Nl };
        let text = netwerkkaart_text(&m, lang);
        let parsed = parse(&text);
        prop_assert!(parsed.problems.is_empty(), "{}\n{:?}", text, parsed.problems);
        let planned = plan(&m, &parsed);
        prop_assert!(planned.problems.is_empty(), "{}\n{:?}", text, planned.problems);
        prop_assert_eq!(planned.command, None, "{}", text);
    }

    /// A map with distinct names, written as text and typed into an empty map, gives the
    /// same text back and the same actors, sectors and ties.
    #[test]
    fn text_to_map_to_text_is_the_same_text(m in arb_map(true), en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Nl };
        let text = netwerkkaart_text(&m, lang);
        let mut rebuilt = Netwerkkaart::bare(Centre::default());
        let problems = apply(&mut rebuilt, &text);
        prop_assert!(problems.is_empty(), "{}\n{:?}", text, problems);
        prop_assert_eq!(netwerkkaart_text(&rebuilt, lang), text.clone());
        prop_assert_eq!(rebuilt.actor_count(), m.actor_count());
        prop_assert_eq!(rebuilt.sector_count(), m.sector_count());
        let by_name = |n: &Netwerkkaart| {
            let mut v = n
                .actors()
                .map(|(_, a)| (a.name.clone(), a.role.clone(), a.ring, a.formality, a.kind, a.verbinder))
                .collect::<Vec<_>>();
            v.sort();
            v
        };
        prop_assert_eq!(by_name(&rebuilt), by_name(&m), "{}", text);
        prop_assert_eq!(rebuilt.centre().kind == CentreKind::Household, m.centre().kind == CentreKind::Household);
    }
}

/// Seeded random text, built from the notation's own signs and words and from any
/// character, parsed and planned against the demo map: nothing panics, every plan
/// applies, and undoing it gives the map back. `KRING_FUZZ_SEED` picks another seed.
#[test]
fn fuzzed_text_never_panics_and_every_plan_applies() {
    let seed: u64 = std::env::var("KRING_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(22);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    let mut runner =
        TestRunner::new_with_rng(Config { cases: 2000, failure_persistence: None, ..Config::default() }, rng);
    let piece = prop_oneof![
        3 => prop::sample::select(vec![
            "familie", "vrienden", "buren", "professionals", "kerk", "cliënt", "huishouden", "Fatima", "Peter",
            "Ans", "Wijkteam West", "Sem", "moeder", "huisarts", "?", "\"", "(", ")", ":", ",", "--", "—", "#", "#2",
            "sterk", "zwak", "P", "PGE", "G", "binnen", "buiten", "verbinder", "geeft", "ontvangt", "organisatie",
            "formeel", "/", " ", "\n", "  ", "Zoë", "99999999999", "strek", "famlie",
        ]).prop_map(str::to_owned),
        1 => "\\PC{0,4}",
    ];
    let text = prop::collection::vec(piece, 0..40).prop_map(|p| p.concat());
    let start = sample_netwerkkaart();
    runner
        .run(&text, |text| {
            super::parse::check_spans(&text);
            let parsed = parse(&text);
            let planned = plan(&start, &parsed);
            let mut m = start.clone();
            if let Some(cmd) = planned.command {
                let inverse = m.apply(cmd).map_err(|e| TestCaseError::fail(format!("{text:?}: {e:?}")))?;
                m.apply(inverse).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
                prop_assert_eq!(&m, &start);
            }
            for p in &planned.problems {
                prop_assert!(p.span.end <= text.len() && text.is_char_boundary(p.span.start));
            }
            Ok(())
        })
        .expect("no panic, every plan applies");
}
