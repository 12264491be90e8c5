//! Tests of the file format: round trips, migration, refusals and hostile input.

use super::*;
use crate::genogram::model::tests::strategies::{arb_genogram, config};
use crate::genogram::model::*;
use crate::i18n::Lang;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use serde_json::json;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

fn sample_doc() -> KringDocument {
    KringDocument::new_genogram("casus-2025-001", "Casus Noah", sample_family(), 1_735_689_600_000)
}

fn envelope(content: serde_json::Value) -> serde_json::Value {
    json!({ "format": "kring", "version": 1, "kind": "genogram", "id": "x", "title": "t",
            "created": 1, "modified": 2, "content": content })
}

fn load_value(v: serde_json::Value) -> Result<KringDocument, FormatError> {
    KringDocument::from_json(&v.to_string())
}

#[test]
fn sample_family_round_trips() {
    let doc = sample_doc();
    let text = doc.to_json();
    let back = KringDocument::from_json(&text).unwrap();
    assert_eq!(back, doc);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "kring");
    assert_eq!(v["version"], CURRENT_VERSION);
    assert_eq!(v["kind"], "genogram");
    assert_eq!(v["content"]["persons"][9]["id"], 9);
    assert_eq!(v["content"]["persons"][9]["given_name"], "Noah");
    assert_eq!(v["content"]["persons"][0]["birth"], "1938-04-12");
    assert_eq!(v["content"]["child_links"][2]["twin"]["kind"], "identical");
    assert_eq!(v["content"]["child_links"][6]["parent"], json!({ "union": 2 }));
}

#[test]
fn golden_v1_file_still_reads_and_is_written_identically() {
    // Version 1 (before saved views) is pinned: it reads unchanged, and a document
    // without views is written exactly as then, but for the version number.
    let path = format!("{FIXTURES}/sample_family_v1.json");
    let doc = sample_doc();
    let stored = std::fs::read_to_string(&path).unwrap();
    assert_eq!(KringDocument::from_json(&stored).unwrap(), doc);
    let as_v3 = stored.trim_end().replacen("\"version\": 1,", "\"version\": 3,", 1);
    assert_eq!(as_v3, doc.to_json(), "the written format changed; bump the version and add a migration");
}

#[test]
fn version_2_file_reads_unchanged_and_life_events_round_trip() {
    // A version 2 file (before life events) reads to the same document as version 1
    // and as the current version: nobody has life events, everything else is kept.
    let stored = std::fs::read_to_string(format!("{FIXTURES}/sample_family_v1.json")).unwrap();
    let v2 = stored.replacen("\"version\": 1,", "\"version\": 2,", 1);
    let doc = KringDocument::from_json(&v2).unwrap();
    assert_eq!(doc, sample_doc());
    let g = doc.genogram().unwrap();
    assert!(g.persons().all(|(_, p)| p.life_events.is_empty()));
    // The migration step itself only sets the version.
    let value: serde_json::Value = serde_json::from_str(&v2).unwrap();
    let migrated = crate::format::migrate(value.clone(), 2).unwrap();
    let mut expected = value;
    expected["version"] = json!(CURRENT_VERSION);
    assert_eq!(migrated, expected);
    // A version 2 envelope without content is a migration error, not a panic.
    let broken = json!({ "format": "kring", "version": 2, "kind": "genogram", "id": "x" });
    assert!(matches!(load_value(broken), Err(FormatError::Migration { from: 2, .. })));

    // Life events are written as a list of date and text, and read back.
    let mut g = g.clone();
    let id = g.person_ids().next().unwrap();
    let mut p = g.person(id).unwrap().clone();
    p.life_events.push(crate::genogram::model::LifeEvent::new(Some("2012".parse().unwrap()), "uithuisplaatsing"));
    p.life_events.push(crate::genogram::model::LifeEvent::new(None, "nog geen datum"));
    g.apply(crate::genogram::model::Command::UpdatePerson { id, person: p }).unwrap();
    let mut doc = sample_doc();
    doc.content = DocumentContent::Genogram(g);
    let text = doc.to_json();
    assert!(text.contains("\"life_events\""), "{text}");
    assert!(text.contains("\"date\": \"2012\""));
    assert_eq!(KringDocument::from_json(&text).unwrap(), doc);
}

#[test]
fn version_3_file_without_onsets_or_moves_loads_and_both_round_trip() {
    // Condition onsets ("since") and moves came within version 3: a version 3 file
    // without them (the pinned sample, as version 3) loads to conditions without onset
    // and persons without moves, and neither field is written when empty.
    let stored = std::fs::read_to_string(format!("{FIXTURES}/sample_family_v1.json")).unwrap();
    let v3 = stored.trim_end().replacen("\"version\": 1,", "\"version\": 3,", 1);
    let doc = KringDocument::from_json(&v3).unwrap();
    let g = doc.genogram().unwrap();
    assert!(g.persons().any(|(_, p)| !p.conditions.is_empty()), "the sample has conditions");
    assert!(g.persons().all(|(_, p)| p.moves.is_empty() && p.conditions.iter().all(|c| c.since.is_none())));
    assert_eq!(doc.to_json(), v3, "no new field is written when empty");

    // With an onset and a move they are written and read back.
    let mut g = g.clone();
    let (id, p) = g.persons().find(|(_, p)| !p.conditions.is_empty()).map(|(id, p)| (id, p.clone())).unwrap();
    let mut p = p;
    p.conditions[0].since = Some("2015-03".parse().unwrap());
    p.moves.push(Move::new(Some("2019".parse().unwrap()), "Gouda"));
    p.moves.push(Move::new(None, "nog geen datum"));
    g.apply(Command::UpdatePerson { id, person: p }).unwrap();
    let mut doc = sample_doc();
    doc.content = DocumentContent::Genogram(g);
    let text = doc.to_json();
    assert!(text.contains("\"since\": \"2015-03\""), "{text}");
    assert!(text.contains("\"moves\""), "{text}");
    assert!(text.contains("\"place\": \"Gouda\""), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 3, "no version bump: older files stay valid");
    assert_eq!(KringDocument::from_json(&text).unwrap(), doc);
}

#[test]
fn version_0_fixture_is_migrated() {
    let text = std::fs::read_to_string(format!("{FIXTURES}/genogram_v0.json")).unwrap();
    let doc = KringDocument::from_json(&text).unwrap();
    assert_eq!(doc.title, "Familie Bakker (prototype)");
    assert_eq!(doc.created, 1_546_300_800_000);
    let g = doc.genogram().unwrap();
    let truus = g.person(PersonId(2)).unwrap();
    assert_eq!((truus.given_name.as_str(), truus.family_name.as_str()), ("Truus", "van den Berg"));
    assert_eq!(truus.gender, Gender::Female);
    let kees = g.person(PersonId(1)).unwrap();
    assert_eq!(kees.death, Some("2010".parse().unwrap()));
    assert!(kees.is_deceased());
    assert_eq!(g.person(PersonId(4)).unwrap().gender, Gender::Unknown);
    assert_eq!(g.union(UnionId(2)).unwrap().partner_b, None);
    assert_eq!(g.parents(PersonId(3)), vec![PersonId(1), PersonId(2)]);
    assert_eq!(g.children(PersonId(3)), vec![PersonId(4)]);
    // The migration hook itself, on the raw value.
    let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
    let v1 = migrate(raw, 0).unwrap();
    assert_eq!(v1["version"], CURRENT_VERSION);
    assert_eq!(v1["content"]["persons"][0]["given_name"], "Kees");
    assert_eq!(v1["content"]["child_links"][1]["parent"], json!({ "union": 2 }));
    // Saving writes the current version.
    let again = KringDocument::from_json(&doc.to_json()).unwrap();
    assert_eq!(again, doc);
    // A broken version 0 file gives a migration error, not a panic.
    let broken = json!({ "format": "kring", "version": 0, "kind": "genogram", "id": "x", "content": { "persons": [{ "id": 1, "name": 5 }] } });
    assert!(matches!(load_value(broken), Err(FormatError::Migration { from: 0, .. })));
}

#[test]
fn other_formats_and_newer_versions_are_refused() {
    let e = load_value(json!({ "format": "drawio", "version": 1 })).unwrap_err();
    assert_eq!(e, FormatError::NotKring { found: Some("drawio".into()) });
    assert!(e.message(Lang::Nl).contains("geen Kring-bestand"));
    assert_eq!(load_value(json!([1, 2])).unwrap_err(), FormatError::NotKring { found: None });
    assert_eq!(load_value(json!({ "version": 1 })).unwrap_err(), FormatError::NotKring { found: None });
    let mut newer = sample_doc().to_json().replacen("\"version\": 3", "\"version\": 4", 1);
    let e = KringDocument::from_json(&newer).unwrap_err();
    assert_eq!(e, FormatError::TooNew { found: 4, supported: 3 });
    assert!(e.message(Lang::Nl).contains("nieuwere versie"));
    assert!(e.message(Lang::En).contains("newer version"));
    newer = newer.replacen("\"version\": 4", "\"version\": \"1\"", 1);
    assert_eq!(KringDocument::from_json(&newer).unwrap_err(), FormatError::BadVersion);
    let mut v = envelope(json!({}));
    v["kind"] = json!("tijdlijn");
    assert_eq!(load_value(v).unwrap_err(), FormatError::UnknownKind { kind: "tijdlijn".into() });
    assert!(matches!(KringDocument::from_json("{\"format\": \"kring\""), Err(FormatError::NotJson { line: 1, .. })));
    assert!(matches!(KringDocument::from_bytes(&[0xff, 0xfe, 0x00]), Err(FormatError::NotJson { .. })));
}

#[test]
fn dangling_duplicate_and_impossible_content_is_refused() {
    let person = |id: u32| json!({ "id": id, "given_name": "A" });
    let dangling = envelope(json!({ "persons": [person(1)],
        "child_links": [{ "id": 1, "parent": { "person": 1 }, "child": 7 }] }));
    assert_eq!(
        load_value(dangling).unwrap_err(),
        FormatError::Invalid(ModelError::NotFound(AnyId::Person(PersonId(7))))
    );
    let dup = envelope(json!({ "persons": [person(1), person(1)] }));
    let e = load_value(dup).unwrap_err();
    assert_eq!(e, FormatError::Invalid(ModelError::IdInUse(AnyId::Person(PersonId(1)))));
    assert!(e.message(Lang::Nl).starts_with("De inhoud van dit bestand klopt niet"));
    let cycle = envelope(json!({ "persons": [person(1), person(2)], "child_links": [
        { "id": 1, "parent": { "person": 1 }, "child": 2 }, { "id": 2, "parent": { "person": 2 }, "child": 1 } ] }));
    assert!(matches!(load_value(cycle), Err(FormatError::Invalid(ModelError::OwnAncestor { .. }))));
    let self_union =
        envelope(json!({ "persons": [person(1)], "unions": [{ "id": 1, "partner_a": 1, "partner_b": 1 }] }));
    assert!(matches!(load_value(self_union), Err(FormatError::Invalid(ModelError::SelfUnion { .. }))));
    let three = envelope(json!({ "persons": [person(1), person(2), person(3), person(4)], "child_links": [
        { "id": 1, "parent": { "person": 1 }, "child": 4 }, { "id": 2, "parent": { "person": 2 }, "child": 4 },
        { "id": 3, "parent": { "person": 3 }, "child": 4 } ] }));
    assert!(matches!(load_value(three), Err(FormatError::Invalid(ModelError::TooManyBiologicalParents { .. }))));
    let bad_date = envelope(json!({ "persons": [{ "id": 1, "birth": "1972-13-01" }] }));
    let e = load_value(bad_date).unwrap_err();
    assert!(matches!(&e, FormatError::Malformed { detail } if detail.contains("invalid date")), "{e:?}");
    let bad_enum = envelope(json!({ "persons": [{ "id": 1, "gender": "dragon" }] }));
    assert!(matches!(load_value(bad_enum), Err(FormatError::Malformed { .. })));
    let negative_id = envelope(json!({ "persons": [{ "id": -1 }] }));
    assert!(matches!(load_value(negative_id), Err(FormatError::Malformed { .. })));
}

#[test]
fn size_and_depth_limits() {
    let huge = vec![b' '; MAX_INPUT_BYTES + 1];
    let e = KringDocument::from_bytes(&huge).unwrap_err();
    assert!(matches!(e, FormatError::TooLarge { .. }));
    assert!(e.message(Lang::Nl).contains("te groot"));
    let deep = "[".repeat(100_000);
    assert_eq!(KringDocument::from_json(&deep).unwrap_err(), FormatError::TooDeep);
    let deep_inside = format!(
        "{{\"format\":\"kring\",\"version\":1,\"kind\":\"genogram\",\"id\":\"x\",\"content\":{}}}",
        "{\"a\":".repeat(5000)
    );
    assert_eq!(KringDocument::from_json(&deep_inside).unwrap_err(), FormatError::TooDeep);
    // A big but allowed string is read fine.
    let long_note = "x".repeat(5 << 20);
    let doc = load_value(envelope(json!({ "persons": [{ "id": 1, "notes": long_note }] }))).unwrap();
    assert_eq!(doc.genogram().unwrap().person(PersonId(1)).unwrap().notes.len(), 5 << 20);
}

#[test]
fn every_error_has_two_distinct_messages() {
    let errors = [
        FormatError::TooLarge { bytes: 30 << 20, limit: MAX_INPUT_BYTES },
        FormatError::TooDeep,
        FormatError::NotJson { line: 1, column: 2 },
        FormatError::NotKring { found: None },
        FormatError::NotKring { found: Some("x".repeat(1000)) },
        FormatError::BadVersion,
        FormatError::TooNew { found: 9, supported: 1 },
        FormatError::UnknownKind { kind: "k".into() },
        FormatError::Malformed { detail: "d".into() },
        FormatError::Migration { from: 0, detail: "d".into() },
        FormatError::Invalid(ModelError::NotFound(AnyId::Person(PersonId(1)))),
        FormatError::BadExercise { detail: "d".into() },
    ];
    for e in errors {
        let (nl, en) = (e.message(Lang::Nl), e.message(Lang::En));
        assert!(!nl.is_empty() && nl != en, "{e:?}");
        assert!(nl.chars().count() < 400, "messages stay short: {nl}");
    }
}

// ----- property tests and fuzzing ---------------------------------------------------------

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_valid_genogram_round_trips(g in arb_genogram(), title in "\\PC{0,20}", created in any::<i64>()) {
        let doc = KringDocument { id: "d".into(), title, created, modified: created, content: DocumentContent::Genogram(g) };
        let back = KringDocument::from_json(&doc.to_json());
        prop_assert_eq!(back, Ok(doc));
    }
}

/// Runs a hostile-input property with a counted runner and returns how many cases ran.
fn fuzz<S: Strategy>(name: &str, cases: u32, strategy: S, check: impl Fn(S::Value)) -> u32
where
    S::Value: std::fmt::Debug,
{
    let mut runner = TestRunner::new(config(cases));
    let ran = std::cell::Cell::new(0u32);
    runner
        .run(&strategy, |input| {
            ran.set(ran.get() + 1);
            check(input);
            Ok(())
        })
        .unwrap();
    eprintln!("{name}: {} cases", ran.get());
    ran.get()
}

fn load_never_panics(bytes: &[u8]) {
    if let Err(e) = KringDocument::from_bytes(bytes) {
        assert!(!e.message(Lang::Nl).is_empty() && !e.message(Lang::En).is_empty());
    }
}

#[test]
fn fuzz_arbitrary_bytes() {
    let cases = config(512).cases;
    let ran = fuzz("arbitrary bytes", cases, vec(any::<u8>(), 0..2048), |b| load_never_panics(&b));
    assert_eq!(ran, cases);
}

#[test]
fn fuzz_mutated_valid_files() {
    let base = sample_doc().to_json().into_bytes();
    let len = base.len();
    let strategy = vec((0..len, any::<u8>(), 0u8..3), 1..8);
    let cases = config(512).cases;
    let ran = fuzz("mutated valid files", cases, strategy, |edits| {
        let mut b = base.clone();
        for (pos, byte, op) in edits {
            let pos = pos.min(b.len().saturating_sub(1));
            match op {
                0 if !b.is_empty() => b[pos] = byte,
                1 => b.insert(pos, byte),
                _ if !b.is_empty() => {
                    b.remove(pos);
                }
                _ => {}
            }
        }
        load_never_panics(&b);
    });
    assert_eq!(ran, cases);
}

fn arb_key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(vec![
            "id", "given_name", "family_name", "name", "sex", "born", "died", "gender", "assigned_gender", "birth",
            "death", "deceased", "index", "kind", "type", "due", "conditions", "category", "status", "tags",
            "partner_a", "partner_b", "partners", "events", "date", "parent", "union", "person", "child", "twin",
            "group", "order", "aid", "from", "to", "start", "end", "note", "members", "label", "other",
        ]).prop_map(str::to_owned),
        1 => "\\PC{0,6}",
    ]
}

fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (0u64..16).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,12}".prop_map(Value::from),
        proptest::sample::select(vec![
            "male",
            "female",
            "unknown",
            "marriage",
            "divorce",
            "start",
            "biological",
            "adopted",
            "foster",
            "identical",
            "close",
            "physical_abuse",
            "pregnancy",
            "pet",
            "suspected",
            "1972",
            "1972-03-15",
            "ca. 1930",
            "1972-02-30",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            vec((arb_key(), inner), 0..7).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Entities that are nearly valid: small ids (so dangling and duplicate ids are common),
/// the right fields, and sometimes one random field more.
fn arb_entity(which: usize) -> impl Strategy<Value = serde_json::Value> {
    let id = || 0u32..6;
    let base = (id(), id(), id(), id(), any::<bool>()).prop_map(move |(i, a, b, c, flag)| match which {
        0 => json!({ "id": i, "given_name": "P", "birth": if flag { json!("1970") } else { json!(null) } }),
        1 => json!({ "id": i, "partner_a": a, "partner_b": if flag { json!(b) } else { json!(null) }, "kind": "marriage" }),
        2 => json!({ "id": i, "parent": if flag { json!({ "union": a }) } else { json!({ "person": a }) }, "child": b,
                     "kind": if c % 2 == 0 { "biological" } else { "adopted" } }),
        3 => json!({ "id": i, "from": a, "to": b, "kind": "close" }),
        4 => json!({ "id": i, "members": [a, b] }),
        _ => json!({ "id": i, "name": "A B", "sex": "m", "born": 1950 + c }),
    });
    (base, proptest::option::weighted(0.3, (arb_key(), arb_json()))).prop_map(|(mut v, extra)| {
        if let (Some((k, x)), Some(obj)) = (extra, v.as_object_mut()) {
            obj.insert(k, x);
        }
        v
    })
}

pub(crate) fn arb_envelope() -> impl Strategy<Value = serde_json::Value> {
    let list =
        |which| vec(prop_oneof![1 => arb_json(), 4 => arb_entity(which)], 0..6).prop_map(serde_json::Value::Array);
    let content =
        (list(0), list(1), list(2), list(3), list(4), list(5), any::<bool>()).prop_map(|(p, u, c, r, h, ch, v0)| {
            let mut m = serde_json::Map::new();
            m.insert("persons".into(), p);
            m.insert("unions".into(), u);
            m.insert("child_links".into(), c);
            m.insert("relations".into(), r);
            m.insert("households".into(), h);
            if v0 {
                m.insert("children".into(), ch);
            }
            serde_json::Value::Object(m)
        });
    (
        prop_oneof![4 => Just(json!("kring")), 1 => arb_json()],
        prop_oneof![2 => Just(json!(1)), 2 => Just(json!(0)), 1 => arb_json()],
        prop_oneof![4 => Just(json!("genogram")), 1 => Just(json!("netwerkkaart")), 1 => arb_json()],
        prop_oneof![4 => content, 1 => arb_json()],
        prop_oneof![4 => "\\PC{0,8}".prop_map(serde_json::Value::from), 1 => arb_json()],
    )
        .prop_map(|(format, version, kind, content, extra)| {
            json!({ "format": format, "version": version, "kind": kind, "id": "fuzz", "title": extra,
                    "created": 0, "modified": 0, "content": content })
        })
}

#[test]
fn fuzz_arbitrary_json_shaped_like_the_envelope() {
    let cases = config(512).cases;
    let loaded = std::cell::Cell::new(0u32);
    let ran = fuzz("envelope-shaped JSON trees", cases, arb_envelope(), |v| {
        let text = v.to_string();
        load_never_panics(text.as_bytes());
        if let Ok(doc) = KringDocument::from_value(v) {
            loaded.set(loaded.get() + 1);
            // Whatever loads must save and load to the same document.
            assert_eq!(KringDocument::from_json(&doc.to_json()).as_ref(), Ok(&doc));
        }
    });
    eprintln!("envelope-shaped JSON trees: {} of {ran} loaded as valid documents", loaded.get());
    assert_eq!(ran, cases);
}

#[test]
fn netwerkkaart_round_trips_and_bad_content_is_refused() {
    use crate::netwerkkaart::sample_netwerkkaart;
    let doc = KringDocument::new_netwerkkaart("n1", "Netwerk Noah", sample_netwerkkaart(), 42);
    let json = doc.to_json();
    assert!(json.contains("\"kind\": \"netwerkkaart\""));
    let back = KringDocument::from_json(&json).unwrap();
    assert_eq!(back, doc);
    assert!(back.genogram().is_none());
    assert_eq!(back.netwerkkaart(), Some(&sample_netwerkkaart()));

    // A tie to an actor that is not there: refused with the network's own reason.
    let mut value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let ties = value["content"]["ties"].as_array_mut().unwrap();
    ties[0]["to"] = serde_json::json!(9999);
    let err = KringDocument::from_value(value).unwrap_err();
    assert!(matches!(err, FormatError::InvalidNetwerkkaart(_)), "{err:?}");
    assert!(err.message(Lang::Nl).starts_with("De inhoud van deze netwerkkaart klopt niet"));
}

#[test]
fn strict_birth_order_is_stored_and_older_files_load_without_it() {
    // Files without settings (all written so far) load with strict birth order off and
    // are written back without a settings field.
    let doc = sample_doc();
    let text = doc.to_json();
    assert!(!text.contains("settings"), "default settings are not written");
    assert!(!KringDocument::from_json(&text).unwrap().genogram().unwrap().settings().strict_birth_order);
    let mut g = sample_family();
    g.apply(Command::SetSettings {
        settings: GenogramSettings { strict_birth_order: true, ..GenogramSettings::default() },
    })
    .unwrap();
    let doc = KringDocument::new_genogram("x", "t", g, 1);
    let v: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(v["content"]["settings"], json!({ "strict_birth_order": true }));
    let back = KringDocument::from_json(&doc.to_json()).unwrap();
    assert_eq!(back, doc);
    assert!(back.genogram().unwrap().settings().strict_birth_order);
    // Showing tags is written only when on, and read back.
    let mut g = sample_family();
    g.apply(Command::SetSettings { settings: GenogramSettings { show_tags: true, ..GenogramSettings::default() } })
        .unwrap();
    let doc = KringDocument::new_genogram("x", "t", g, 1);
    let v: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(v["content"]["settings"]["show_tags"], json!(true));
    assert!(KringDocument::from_json(&doc.to_json()).unwrap().genogram().unwrap().settings().show_tags);
}

// ----- ids at the top of u32 -----------------------------------------------------------------

#[test]
fn a_person_id_of_u32_max_is_renumbered_and_plus_partner_works() {
    let top = u32::MAX;
    let v = envelope(json!({
        "persons": [{ "id": 3, "given_name": "Anna", "index": true },
                    { "id": top, "given_name": "Peter" }, { "id": top - 1, "given_name": "Noah" }],
        "unions": [{ "id": top, "partner_a": 3, "partner_b": top, "kind": "marriage" }],
        "child_links": [{ "id": 7, "parent": { "union": top }, "child": top - 1, "twin": { "group": top } }],
        "relations": [{ "id": 1, "from": top, "to": 3, "kind": "close" }],
        "households": [{ "id": 0, "members": [3, top, top - 1] }],
        "settings": { "strict_birth_order": true } }));
    let doc = load_value(v).unwrap();
    let g = doc.genogram().unwrap();
    // Persons and unions were renumbered in their old order; child lines, relations and
    // households were within the limit and kept their numbers.
    let names: Vec<(u32, String)> = g.persons().map(|(id, p)| (id.get(), p.given_name.clone())).collect();
    assert_eq!(names, [(0, "Anna".to_owned()), (1, "Noah".to_owned()), (2, "Peter".to_owned())]);
    assert_eq!(g.union(UnionId(0)).unwrap().partners().collect::<Vec<_>>(), [PersonId(0), PersonId(2)]);
    assert_eq!(g.parents(PersonId(1)), [PersonId(0), PersonId(2)]);
    assert!(g.child_links().any(|(id, _)| id == ChildLinkId(7)));
    assert_eq!(g.relations_of(PersonId(2)).len(), 1);
    assert_eq!(g.households_of(PersonId(1)), [HouseholdId(0)]);
    assert!(g.settings().strict_birth_order, "the document's settings survive renumbering");
    // Every one-click action that takes new ids works on the loaded file.
    use crate::genogram::edit::family;
    type Plan = dyn Fn(&Genogram) -> Result<family::Action, family::ActionError>;
    let actions: [&Plan; 6] = [
        &|g| family::add_partner(g, PersonId(2)),
        &|g| family::add_child(g, PersonId(2), Gender::Female),
        &|g| family::add_sibling(g, PersonId(0), Gender::Male),
        &|g| family::add_parents(g, PersonId(0)),
        &|g| family::add_twins(g, PersonId(2)),
        &|g| Ok(family::add_person(g)),
    ];
    for action in actions {
        let mut g = g.clone();
        let (cmd, focus) = action(&g).unwrap();
        g.apply(cmd).unwrap();
        assert!(g.contains_person(focus));
    }
    // The renumbered document saves and loads as itself.
    assert_eq!(KringDocument::from_json(&doc.to_json()).unwrap(), doc);
}

#[test]
fn allocation_at_the_top_of_u32_refuses_instead_of_wrapping() {
    use crate::genogram::edit::family::{self, ActionError};
    // Not through the loader (which renumbers): the model itself at the very top.
    let p = |id| (PersonId(id), Person::new("A", "", Gender::Male));
    let g = Genogram::from_parts(vec![p(u32::MAX), p(0)], vec![], vec![], vec![], vec![]).unwrap();
    let top = PersonId(u32::MAX);
    assert_eq!(family::add_partner(&g, top).unwrap_err(), ActionError::NoFreeId);
    assert_eq!(family::add_child(&g, top, Gender::Male).unwrap_err(), ActionError::NoFreeId);
    assert_eq!(family::add_parents(&g, top).unwrap_err(), ActionError::NoFreeId);
    assert_eq!(family::add_sibling(&g, top, Gender::Male).unwrap_err(), ActionError::NoFreeId);
    assert_eq!(family::add_twins(&g, top).unwrap_err(), ActionError::NoFreeId);
    assert!(ActionError::NoFreeId.message(Lang::Nl).contains("geen vrije nummers"));
    // A single add takes the (used) top id and is refused by the model, not a panic.
    let (cmd, _) = family::add_person(&g);
    assert!(g.clone().apply(cmd).is_err());
}

#[test]
fn netwerkkaart_ids_at_the_top_of_u32_are_renumbered() {
    let top = u32::MAX;
    let v = json!({ "format": "kring", "version": 1, "kind": "netwerkkaart", "id": "n", "title": "t",
        "created": 0, "modified": 0, "content": {
            "centre": { "kind": "person", "name": "Noah" },
            "sectors": [{ "id": 2, "kind": "family" }, { "id": top, "kind": "other", "name": "Sport" }],
            "actors": [{ "id": top, "kind": "person", "name": "Ans", "sector": top },
                       { "id": 5, "kind": "person", "name": "Bob", "sector": 2 }],
            "ties": [{ "id": top, "from": "centre", "to": top }, { "id": 0, "from": { "actor": 5 }, "to": top }] } });
    let doc = KringDocument::from_value(v).unwrap();
    let map = doc.netwerkkaart().unwrap();
    let sectors: Vec<u32> = map.sectors().map(|(id, _)| id.0).collect();
    assert_eq!(sectors, [0, 1], "renumbered in drawing order");
    let actors: Vec<(u32, String, u32)> = map.actors().map(|(id, a)| (id.0, a.name.clone(), a.sector.0)).collect();
    assert_eq!(actors, [(0, "Bob".to_owned(), 0), (1, "Ans".to_owned(), 1)]);
    assert_eq!(map.ties().count(), 2);
    let (cmd, new) = crate::netwerkkaart::edit::actors::add_actor(map, crate::netwerkkaart::SectorId(0), "Cor");
    let mut map = map.clone();
    map.apply(cmd).unwrap();
    assert!(map.actor(new).is_some());
}

// ----- folding ("Inklappen") ------------------------------------------------------------------

#[test]
fn folding_off_writes_nothing_and_a_file_reads_back_byte_identical() {
    let text = sample_doc().to_json();
    assert!(!text.contains("folding"), "folding off is not written");
    let back = KringDocument::from_json(&text).unwrap();
    assert!(back.genogram().unwrap().folding().is_none());
    assert_eq!(back.to_json(), text, "a file without folding is written back unchanged");
}

#[test]
fn folding_is_stored_with_the_document_and_read_back() {
    use crate::genogram::model::{Focus, Folding, PersonId};
    let mut g = sample_family();
    let mut folding = Folding::new(Focus { person: PersonId(9), up: 1, down: 0 });
    folding.unfolded.insert(PersonId(2));
    g.apply(Command::SetFolding { folding: Some(folding.clone()) }).unwrap();
    let doc = KringDocument::new_genogram("x", "t", g, 1);
    let v: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(v["content"]["folding"], json!({ "focus": { "person": 9, "up": 1, "down": 0 }, "unfolded": [2] }));
    let back = KringDocument::from_json(&doc.to_json()).unwrap();
    assert_eq!(back, doc);
    assert_eq!(back.genogram().unwrap().folding(), Some(&folding));
    assert_eq!(back.to_json(), doc.to_json());
    // Nothing unfolded: no "unfolded" list.
    let mut g = sample_family();
    g.apply(Command::SetFolding { folding: Some(Folding::new(Focus::on(PersonId(9)))) }).unwrap();
    let v: serde_json::Value = serde_json::from_str(&KringDocument::new_genogram("x", "t", g, 1).to_json()).unwrap();
    assert_eq!(v["content"]["folding"], json!({ "focus": { "person": 9, "up": 3, "down": 2 } }));
}

#[test]
fn folding_follows_renumbered_person_ids() {
    let top = u32::MAX;
    let v = envelope(json!({
        "persons": [{ "id": 3, "given_name": "Anna", "index": true }, { "id": top, "given_name": "Peter" }],
        "folding": { "focus": { "person": top, "up": 1, "down": 1 }, "unfolded": [3, top] }
    }));
    let doc = KringDocument::from_json(&v.to_string()).unwrap();
    let g = doc.genogram().unwrap();
    let f = g.folding().unwrap();
    assert_eq!(g.person(f.focus.person).unwrap().given_name, "Peter");
    assert!(f.unfolded.iter().all(|&p| g.contains_person(p)));
}

#[test]
fn persons_opened_step_by_step_are_stored_and_older_files_without_them_still_load() {
    use crate::genogram::model::{Focus, Folding, PersonId};
    // A file written before step-by-step unfolding: no "shown" list.
    let old = envelope(json!({
        "persons": [{ "id": 0, "given_name": "Anna" }, { "id": 1, "given_name": "Bram" }],
        "folding": { "focus": { "person": 0, "up": 1, "down": 1 }, "unfolded": [0] }
    }));
    let doc = KringDocument::from_json(&old.to_string()).unwrap();
    let f = doc.genogram().unwrap().folding().unwrap();
    assert!(f.shown.is_empty() && f.unfolded.contains(&PersonId(0)));
    assert!(!doc.to_json().contains("shown"), "nothing opened: no list written");
    // Opened persons are written and read back.
    let mut g = sample_family();
    let mut folding = Folding::new(Focus { person: PersonId(9), up: 0, down: 0 });
    folding.shown.extend([PersonId(2), PersonId(6)]);
    g.apply(Command::SetFolding { folding: Some(folding.clone()) }).unwrap();
    let doc = KringDocument::new_genogram("x", "t", g, 1);
    let v: serde_json::Value = serde_json::from_str(&doc.to_json()).unwrap();
    assert_eq!(v["content"]["folding"], json!({ "focus": { "person": 9, "up": 0, "down": 0 }, "shown": [2, 6] }));
    let back = KringDocument::from_json(&doc.to_json()).unwrap();
    assert_eq!(back.genogram().unwrap().folding(), Some(&folding));
    // Renumbered ids are followed here too.
    let top = u32::MAX;
    let v = envelope(json!({
        "persons": [{ "id": 3, "given_name": "Anna" }, { "id": top, "given_name": "Peter" }],
        "folding": { "focus": { "person": 3, "up": 1, "down": 1 }, "shown": [top] }
    }));
    let doc = KringDocument::from_json(&v.to_string()).unwrap();
    let g = doc.genogram().unwrap();
    let shown: Vec<_> = g.folding().unwrap().shown.iter().map(|&p| g.person(p).unwrap().given_name.clone()).collect();
    assert_eq!(shown, vec!["Peter"]);
}
