//! Fuzzing beyond the loader: every fuzzed document that loads is drawn (layout, scene,
//! SVG export, plain and anonymised), edited by a random sequence of the planned edits
//! the UI offers (with undo and redo in between), saved and read back; nothing may
//! panic, and undoing everything gives back the document as loaded.
//!
//! Documents come from three sources: valid genograms with their ids moved to the top
//! of `u32` (or just past the loader's renumbering limit), random netwerkkaarten moved
//! the same way, and the envelope-shaped JSON of the format's own fuzzer. The runner is
//! seeded (`KRING_FUZZ_SEED` overrides the seed), so a failure reproduces; failures
//! found are kept below as named cases.

use super::drawing::{draw, DrawOptions};
use super::Editor;
use crate::export::svg::to_svg;
use crate::format::{DocumentContent, KringDocument};
use crate::genogram::edit::{arrange, family, households, twins};
use crate::genogram::model::tests::strategies::{arb_genogram, config};
use crate::genogram::model::{Gender, PartialDate, PersonId, RelationKind, TwinKind};
use crate::i18n::Lang;
use crate::kernel::Anonymise;
use crate::netwerkkaart::edit::{actors, sectors};
use crate::netwerkkaart::{
    Actor, ActorKind, Centre, Command as MapCommand, Netwerkkaart, NetwerkkaartItem, Ring, Sector, SectorId,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
use serde_json::Value;

/// One step of the user: a planned edit (which one, two picks among the things in the
/// document, a small extra choice), or undo, or redo.
#[derive(Clone, Debug)]
enum Op {
    Edit { what: u8, a: usize, b: usize, extra: u8 },
    Undo,
    Redo,
}

fn arb_ops() -> impl Strategy<Value = Vec<Op>> {
    let op = prop_oneof![
        6 => (0u8..16, any::<usize>(), any::<usize>(), 0u8..4).prop_map(|(what, a, b, extra)| Op::Edit { what, a, b, extra }),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ];
    vec(op, 0..20)
}

/// How the ids of a document are moved before it is read.
fn shift(v: u64, how: u8) -> u64 {
    match how {
        // Mirrored to the top: 0 becomes u32::MAX.
        1 => u64::from(u32::MAX) - v.min(u64::from(u32::MAX)),
        // Just past the renumbering limit.
        2 => v + u64::from(crate::format::renumber::MAX_LOADED_ID) + 1,
        _ => v,
    }
}

/// Moves every id and id reference in a saved document's content (the same bijection
/// for all kinds, so the document stays consistent). Twin groups move too.
fn shift_ids(v: &mut Value, how: u8) {
    const ID_FIELDS: [&str; 10] =
        ["id", "partner_a", "partner_b", "union", "person", "child", "to", "sector", "actor", "group"];
    match v {
        Value::Object(obj) => {
            for (k, x) in obj.iter_mut() {
                match x {
                    Value::Number(n) if ID_FIELDS.contains(&k.as_str()) || k == "from" => {
                        if let Some(u) = n.as_u64() {
                            *x = Value::from(shift(u, how));
                        }
                    }
                    Value::Array(items) if k == "members" => {
                        for m in items.iter_mut() {
                            if let Some(u) = m.as_u64() {
                                *m = Value::from(shift(u, how));
                            }
                        }
                    }
                    _ => shift_ids(x, how),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| shift_ids(x, how)),
        _ => {}
    }
}

fn shifted(doc: &KringDocument, how: u8) -> String {
    let mut v: Value = serde_json::from_str(&doc.to_json()).unwrap();
    shift_ids(&mut v["content"], how);
    v.to_string()
}

/// A random map: up to 6 sectors, up to 20 actors, ties among them.
fn arb_map() -> impl Strategy<Value = Netwerkkaart> {
    (1usize..7, vec((0usize..8, 0usize..3, any::<bool>()), 0..20), vec((0usize..21, 0usize..20), 0..20)).prop_map(
        |(n_sectors, actors, ties)| {
            let mut n = Netwerkkaart::bare(Centre::person("Noah"));
            for i in 0..n_sectors {
                n.apply(MapCommand::AddSector { id: SectorId(i as u32), sector: Sector::custom(&format!("s{i}")) })
                    .unwrap();
            }
            for (s, ring, org) in actors {
                let id = n.next_actor_id();
                let mut a = Actor::person("Ans", SectorId((s % n_sectors) as u32)).in_ring(Ring::from_index(ring));
                if org {
                    a.kind = ActorKind::Organisation;
                }
                n.apply(MapCommand::AddActor { id, actor: a }).unwrap();
            }
            let ids: Vec<_> = n.actors().map(|(id, _)| id).collect();
            for (from, to) in ties {
                if ids.is_empty() {
                    break;
                }
                let from = ids.get(from).copied();
                if let Some(cmd) = actors::add_tie(&n, from, ids[to % ids.len()]) {
                    let _ = n.apply(cmd);
                }
            }
            n
        },
    )
}

/// A fuzzed file: text that may or may not load.
fn arb_file() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (arb_genogram(), 0u8..3).prop_map(|(g, how)| shifted(&KringDocument::new_genogram("g", "Familie", g, 0), how)),
        3 => (arb_map(), 0u8..3).prop_map(|(m, how)| shifted(&KringDocument::new_netwerkkaart("n", "Netwerk", m, 0), how)),
        1 => crate::format::tests::arb_envelope().prop_map(|v| v.to_string()),
    ]
}

fn pick<T: Copy>(items: &[T], i: usize) -> Option<T> {
    (!items.is_empty()).then(|| items[i % items.len()])
}

const GENDERS: [Gender; 3] = [Gender::Male, Gender::Female, Gender::Unknown];

/// The command a user could make with one click in the current genogram, if any.
fn plan_genogram(ed: &Editor, what: u8, a: usize, b: usize, extra: u8) -> Option<crate::genogram::model::Command> {
    let g = ed.genogram()?;
    let ids: Vec<PersonId> = g.person_ids().collect();
    let gender = GENDERS[usize::from(extra) % 3];
    let today = PartialDate::ymd(2026, 1, 1)?;
    let action = |r: Result<family::Action, family::ActionError>| r.ok().map(|(cmd, _)| cmd);
    if what == 0 || ids.is_empty() {
        return Some(family::add_person(g).0);
    }
    let (p, q) = (pick(&ids, a)?, pick(&ids, b)?);
    match what {
        1 => action(family::add_partner(g, p)),
        2 => action(family::add_child(g, p, gender)),
        3 => action(family::add_parents(g, p)),
        4 => action(family::add_sibling(g, p, gender)),
        5 => action(family::add_twins(g, p)),
        6 => action(twins::add_twin_sibling(g, p, gender)),
        7 => family::make_twins(g, p, q, TwinKind::ALL[usize::from(extra) % TwinKind::ALL.len()]).ok(),
        8 => family::add_relation(g, p, q, RelationKind::ALL[b % RelationKind::ALL.len()]).ok(),
        9 => family::remove_persons(g, &[p]),
        10 => family::remove_persons(g, &[p, q]),
        11 => households::new_household(g, p, today).ok().map(|(cmd, _)| cmd),
        12 => {
            let h = pick(&g.households().map(|(id, _)| id).collect::<Vec<_>>(), b)?;
            if extra.is_multiple_of(2) { households::add_member(g, h, p) } else { households::remove_member(g, h, p) }
                .ok()
        }
        13 => arrange::pin_persons(g, &[(p, (a % 2001) as f64 - 1000.0)]),
        14 => arrange::clear_pins(g),
        _ => Some(family::add_index_person(g).0),
    }
}

/// The command a user could make with one click in the current map, if any.
fn plan_map(ed: &Editor, what: u8, a: usize, b: usize, extra: u8) -> Option<MapCommand> {
    let m = ed.netwerkkaart()?;
    let actor_ids: Vec<_> = m.actors().map(|(id, _)| id).collect();
    let sector_ids: Vec<_> = m.sectors().map(|(id, _)| id).collect();
    let tie_ids: Vec<_> = m.ties().map(|(id, _)| id).collect();
    match what % 8 {
        0 => Some(actors::add_actor(m, pick(&sector_ids, a)?, "Bea").0),
        1 => actors::add_tie(m, if extra == 0 { None } else { pick(&actor_ids, a) }, pick(&actor_ids, b)?),
        2 => actors::remove_item(m, NetwerkkaartItem::Actor(pick(&actor_ids, a)?)),
        3 => actors::remove_item(m, NetwerkkaartItem::Tie(pick(&tie_ids, a)?)),
        4 => Some(sectors::add_sector(m, "Sport").0),
        5 => sectors::remove_sector(m, pick(&sector_ids, a)?).ok(),
        6 => actors::move_actor(m, pick(&actor_ids, a)?, pick(&sector_ids, b)?, Ring::from_index(usize::from(extra))),
        _ => sectors::rename_sector(m, pick(&sector_ids, a)?, "Kerk", Lang::Nl),
    }
}

/// Draws and exports the open document as the canvas and the export dialog would.
fn draw_all(ed: &Editor) {
    let today = PartialDate::ymd(2026, 1, 1).unwrap();
    for anonymise in [Anonymise::Off, Anonymise::Initials, Anonymise::Roles] {
        let options = DrawOptions { anonymise, ..DrawOptions::new(Lang::Nl, today) };
        let svg = to_svg(&draw(ed, &options).scene);
        assert!(svg.starts_with("<?xml"), "an SVG file");
    }
}

/// The whole check for one fuzzed file and one sequence of user steps.
fn exercise(file: &str, ops: &[Op]) -> bool {
    let Ok(doc) = KringDocument::from_json(file) else { return false };
    let original: DocumentContent = doc.content.clone();
    let mut ed = Editor::open(doc).unwrap_or_else(|_| panic!("every loaded kind opens"));
    draw_all(&ed);
    for (t, op) in ops.iter().enumerate() {
        let now = t as i64 + 1;
        match *op {
            Op::Undo => {
                ed.undo(now);
            }
            Op::Redo => {
                ed.redo(now);
            }
            Op::Edit { what, a, b, extra } => {
                let cmd: Option<super::EditCommand> = match ed.content() {
                    DocumentContent::Genogram(_) => plan_genogram(&ed, what, a, b, extra).map(Into::into),
                    DocumentContent::Netwerkkaart(_) => plan_map(&ed, what, a, b, extra).map(Into::into),
                };
                if let Some(cmd) = cmd {
                    // A refusal is an answer, not a failure; it must change nothing.
                    let before = ed.content().clone();
                    if ed.apply(cmd, now).is_err() {
                        assert_eq!(ed.content(), &before, "a refused edit changed the document");
                    }
                }
            }
        }
        draw_all(&ed);
    }
    // What is open saves and reads back as itself.
    let saved = ed.to_document();
    assert_eq!(KringDocument::from_json(&saved.to_json()).as_ref(), Ok(&saved), "save and load");
    while ed.undo(0) {}
    assert_eq!(ed.content(), &original, "undoing everything gives back the loaded document");
    true
}

fn seed() -> [u8; 32] {
    let n: u64 = std::env::var("KRING_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(0x6b72_696e_6715);
    let mut s = [0u8; 32];
    s[..8].copy_from_slice(&n.to_le_bytes());
    s
}

#[test]
fn fuzzed_documents_that_load_survive_drawing_editing_and_undo() {
    let cfg = config(96);
    let cases = cfg.cases;
    let mut runner = TestRunner::new_with_rng(cfg, TestRng::from_seed(RngAlgorithm::ChaCha, &seed()));
    let (ran, loaded) = (std::cell::Cell::new(0u32), std::cell::Cell::new(0u32));
    runner
        .run(&(arb_file(), arb_ops()), |(file, ops)| {
            ran.set(ran.get() + 1);
            if exercise(&file, &ops) {
                loaded.set(loaded.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    eprintln!("pipeline fuzz: {} of {} files loaded and were edited", loaded.get(), ran.get());
    assert_eq!(ran.get(), cases);
    assert!(loaded.get() * 2 > cases, "most fuzzed files load, so the pipeline is exercised");
}

// ----- named cases -------------------------------------------------------------------

/// The file of issue 15: a person id of u32::MAX, then "+ Partner" (it wrapped
/// `first..first + n` into an empty range and reached `unreachable!()`).
#[test]
fn case_person_id_u32_max_then_plus_partner() {
    let file = r#"{"format":"kring","version":1,"kind":"genogram","id":"x","title":"t","created":0,"modified":0,
        "content":{"persons":[{"id":4294967295,"given_name":"Noah","index":true}]}}"#;
    let ops = [
        Op::Edit { what: 1, a: 0, b: 0, extra: 0 },
        Op::Edit { what: 6, a: 0, b: 0, extra: 0 },
        Op::Edit { what: 3, a: 0, b: 0, extra: 0 },
        Op::Undo,
        Op::Redo,
    ];
    assert!(exercise(file, &ops));
}

/// Every id of a valid family mirrored to the top of u32, then every kind of one-click
/// edit on every person.
#[test]
fn case_sample_family_mirrored_to_the_top() {
    let doc = KringDocument::new_genogram("g", "Familie", crate::genogram::model::sample_family(), 0);
    for how in 1..=2 {
        let file = shifted(&doc, how);
        let ops: Vec<Op> =
            (0..16u8).map(|what| Op::Edit { what, a: usize::from(what) * 3, b: 7, extra: what % 4 }).collect();
        assert!(exercise(&file, &ops));
    }
}

/// A netwerkkaart whose actor, sector and tie ids sit at u32::MAX.
#[test]
fn case_netwerkkaart_mirrored_to_the_top() {
    let doc = KringDocument::new_netwerkkaart("n", "Netwerk", crate::netwerkkaart::sample_netwerkkaart(), 0);
    let file = shifted(&doc, 1);
    let ops: Vec<Op> = (0..8u8).map(|what| Op::Edit { what, a: 1, b: 2, extra: 1 }).collect();
    assert!(exercise(&file, &ops));
}
