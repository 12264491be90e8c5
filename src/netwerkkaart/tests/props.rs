//! Property tests: random edit sequences undo and redo exactly; any map survives a
//! save and load unchanged.

use crate::kernel::History;
use crate::netwerkkaart::*;
use proptest::prelude::*;

/// A raw edit with small numbers, turned into a command against the current map so
/// most are valid and some are refused.
#[derive(Clone, Debug)]
enum Op {
    AddActor { sector: u32, ring: u8, formal: u8, org: bool, verbinder: bool, pin: Option<(i16, i16)> },
    UpdateActor { pick: u32, sector: u32, ring: u8, name: u8 },
    RemoveActor { pick: u32 },
    AddTie { from: Option<u32>, to: u32, strength: u8, quality: u8, direction: u8, support: u8, freq: u8 },
    UpdateTie { pick: u32, strength: u8, support: u8 },
    RemoveTie { pick: u32 },
    AddSector { name: u8 },
    RemoveSector { pick: u32 },
    RenameCentre { name: u8 },
    Batch(Vec<Op>),
}

fn op_leaf() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0u32..6, 0u8..3, 0u8..3, any::<bool>(), any::<bool>(), proptest::option::of((-300i16..300, -300i16..300)))
            .prop_map(|(sector, ring, formal, org, verbinder, pin)| Op::AddActor { sector, ring, formal, org, verbinder, pin }),
        2 => (0u32..20, 0u32..6, 0u8..3, 0u8..5).prop_map(|(pick, sector, ring, name)| Op::UpdateActor { pick, sector, ring, name }),
        1 => (0u32..20).prop_map(|pick| Op::RemoveActor { pick }),
        6 => (proptest::option::of(0u32..20), 0u32..20, 0u8..3, 0u8..4, 0u8..3, 0u8..16, 0u8..5).prop_map(
            |(from, to, strength, quality, direction, support, freq)| Op::AddTie { from, to, strength, quality, direction, support, freq }
        ),
        1 => (0u32..30, 0u8..3, 0u8..16).prop_map(|(pick, strength, support)| Op::UpdateTie { pick, strength, support }),
        1 => (0u32..30).prop_map(|pick| Op::RemoveTie { pick }),
        1 => (0u8..5).prop_map(|name| Op::AddSector { name }),
        1 => (0u32..12).prop_map(|pick| Op::RemoveSector { pick }),
        1 => (0u8..5).prop_map(|name| Op::RenameCentre { name }),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![9 => op_leaf(), 1 => proptest::collection::vec(op_leaf(), 0..4).prop_map(Op::Batch)]
}

const NAMES: [&str; 5] = ["Ans", "Sem", "Wijkteam West", "", "Dhr. Bakker"];

fn nth<T: Copy>(items: Vec<T>, pick: u32) -> Option<T> {
    if items.is_empty() {
        None
    } else {
        Some(items[pick as usize % items.len()])
    }
}

/// Turns an op into a command. Picks choose among existing things, but a pick past the
/// end refers to a missing id, so refusals are exercised too.
fn command(n: &Netwerkkaart, op: &Op, next_actor: &mut u32, next_tie: &mut u32, next_sector: &mut u32) -> Command {
    let actors: Vec<ActorId> = n.actors().map(|(id, _)| id).collect();
    let sectors: Vec<SectorId> = n.sectors().map(|(id, _)| id).collect();
    let ties: Vec<TieId> = n.ties().map(|(id, _)| id).collect();
    let sector_for = |i: u32| sectors.get(i as usize).copied().unwrap_or(SectorId(i + 10));
    // Mostly an existing actor; a high pick names a missing one.
    let actor_for =
        |i: u32| if i >= 18 { ActorId(1000 + i) } else { nth(actors.clone(), i).unwrap_or(ActorId(1000 + i)) };
    match op {
        Op::AddActor { sector, ring, formal, org, verbinder, pin } => {
            let id = ActorId(*next_actor);
            *next_actor += 1;
            let mut a = Actor::person(NAMES[id.0 as usize % 5], sector_for(*sector));
            a.ring = Ring::from_index(*ring as usize);
            a.formality = Formality::ALL[*formal as usize % 3];
            a.kind = if *org { ActorKind::Organisation } else { ActorKind::Person };
            a.verbinder = *verbinder;
            a.pin = pin.map(|(x, y)| Pin { x: x as i32, y: y as i32 });
            Command::AddActor { id, actor: a }
        }
        Op::UpdateActor { pick, sector, ring, name } => match nth(actors.clone(), *pick) {
            Some(id) => {
                let mut a = n.actor(id).cloned().unwrap_or_else(|| Actor::person("", SectorId(0)));
                a.sector = sector_for(*sector);
                a.ring = Ring::from_index(*ring as usize);
                a.name = NAMES[*name as usize % 5].into();
                Command::UpdateActor { id, actor: a }
            }
            None => Command::UpdateActor { id: ActorId(999), actor: Actor::person("x", SectorId(0)) },
        },
        Op::RemoveActor { pick } => Command::RemoveActor { id: nth(actors.clone(), *pick).unwrap_or(ActorId(999)) },
        Op::AddTie { from, to, strength, quality, direction, support, freq } => {
            let id = TieId(*next_tie);
            *next_tie += 1;
            let mut t = Tie::from_centre(actor_for(*to));
            t.from = from.map(|f| TieEnd::Actor(actor_for(f))).unwrap_or(TieEnd::Centre);
            t.strength = Strength::ALL[*strength as usize % 3];
            t.quality = Quality::ALL[*quality as usize % 4];
            t.direction = Direction::ALL[*direction as usize % 3];
            t.support =
                SupportType::ALL.iter().enumerate().filter(|(i, _)| support & (1 << i) != 0).map(|(_, s)| *s).collect();
            t.frequency = Frequency::ALL.get(*freq as usize).copied();
            Command::AddTie { id, tie: t }
        }
        Op::UpdateTie { pick, strength, support } => match nth(ties.clone(), *pick) {
            Some(id) => {
                let mut t = n.tie(id).cloned().unwrap_or_else(|| Tie::from_centre(ActorId(0)));
                t.strength = Strength::ALL[*strength as usize % 3];
                t.support = SupportType::ALL
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| support & (1 << i) != 0)
                    .map(|(_, s)| *s)
                    .collect();
                Command::UpdateTie { id, tie: t }
            }
            None => Command::RemoveTie { id: TieId(999) },
        },
        Op::RemoveTie { pick } => Command::RemoveTie { id: nth(ties.clone(), *pick).unwrap_or(TieId(999)) },
        Op::AddSector { name } => {
            let id = SectorId(*next_sector);
            *next_sector += 1;
            Command::AddSector { id, sector: Sector::custom(NAMES[*name as usize % 5]) }
        }
        Op::RemoveSector { pick } => Command::RemoveSector { id: nth(sectors.clone(), *pick).unwrap_or(SectorId(99)) },
        Op::RenameCentre { name } => {
            Command::UpdateCentre { centre: Centre { name: NAMES[*name as usize % 5].into(), ..n.centre().clone() } }
        }
        Op::Batch(ops) => {
            // Commands of a batch are built against the map before the batch; later
            // ones may well be refused, which must roll back the whole batch.
            Command::Batch(ops.iter().map(|o| command(n, o, next_actor, next_tie, next_sector)).collect())
        }
    }
}

/// Applies the ops through a history; returns the history and the states after each
/// accepted step.
fn run(ops: &[Op]) -> (History<Netwerkkaart>, Vec<Netwerkkaart>) {
    let mut h = History::new(Netwerkkaart::new(Centre::person("Noah")));
    let mut states = vec![h.document().clone()];
    let (mut na, mut nt, mut ns) = (0u32, 0u32, 4u32);
    for op in ops {
        let before = h.document().clone();
        let cmd = command(h.document(), op, &mut na, &mut nt, &mut ns);
        match h.apply(cmd) {
            Ok(()) => states.push(h.document().clone()),
            Err(_) => assert_eq!(h.document(), &before, "a refused edit changed the map"),
        }
    }
    (h, states)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn undo_all_gives_the_start_and_redo_all_the_end(ops in proptest::collection::vec(op(), 0..40)) {
        let (mut h, states) = run(&ops);
        let end = h.document().clone();
        // Undo step by step through exactly the states seen.
        for expected in states.iter().rev().skip(1) {
            prop_assert!(h.undo().unwrap());
            prop_assert_eq!(h.document(), expected);
        }
        prop_assert!(!h.undo().unwrap());
        while h.redo().unwrap() {}
        prop_assert_eq!(h.document(), &end);
    }

    #[test]
    fn any_map_survives_save_and_load(ops in proptest::collection::vec(op(), 0..40)) {
        let (h, _) = run(&ops);
        let n = h.document();
        let json = serde_json::to_string(&n.to_content()).unwrap();
        let back = Netwerkkaart::from_content(serde_json::from_str(&json).unwrap()).unwrap();
        prop_assert_eq!(&back, n);
        // Ids keep counting after the highest one in use.
        let max_actor = n.actors().map(|(id, _)| id.0 + 1).max().unwrap_or(0);
        prop_assert!(back.next_actor_id().0 >= max_actor);
        // Every tie's ends exist and no two ties share their ends.
        let mut pairs = std::collections::BTreeSet::new();
        for (_, t) in back.ties() {
            prop_assert!(back.contains_actor(t.to));
            if let TieEnd::Actor(a) = t.from { prop_assert!(back.contains_actor(a) && a != t.to); }
            prop_assert!(pairs.insert(t.pair_key()));
        }
    }
}

#[test]
fn generated_sequences_build_real_networks() {
    // Guards the generator: the properties above mean little if most edits are refused.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let s = proptest::collection::vec(op(), 40);
    let (mut actors, mut ties) = (0, 0);
    for _ in 0..10 {
        let ops = s.new_tree(&mut runner).unwrap().current();
        let (h, _) = run(&ops);
        actors += h.document().actor_count();
        ties += h.document().tie_count();
    }
    assert!(actors >= 30 && ties >= 20, "actors {actors}, ties {ties}");
}
