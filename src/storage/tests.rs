//! Native tests of the library codec: save/list, repair after interrupted writes,
//! damaged entries, the library file, imports and quota.

use super::*;
use crate::editor::Editor;
use crate::format::{FormatError, KringDocument, CURRENT_VERSION};
use crate::genogram::model::sample_family;
use crate::i18n::Lang;
use std::collections::BTreeMap;

const V0: &str = include_str!("../../tests/fixtures/genogram_v0.json");

fn doc(id: &str, title: &str, modified: i64) -> KringDocument {
    let mut d = Editor::new_genogram(id, title, modified).to_document();
    d.modified = modified;
    d
}

fn family(id: &str) -> KringDocument {
    KringDocument::new_genogram(id, "Casus Noah", sample_family(), 1_735_689_600_000)
}

fn lib() -> Library<MemoryStore> {
    Library::new(MemoryStore::new())
}

fn ids(listing: &Listing) -> Vec<&str> {
    listing.entries.iter().map(|e| e.id.as_str()).collect()
}

/// Asserts the index agrees with the documents: one row per readable document, with
/// its envelope's title and modification time and the stamp of its text.
fn assert_consistent(lib: &mut Library<MemoryStore>) {
    let listing = lib.reconcile();
    // An empty library may have no index at all.
    let rows = lib.store().get(INDEX_KEY).map_or(Vec::new(), |text| parse_index(&text).expect("index readable"));
    let mut stored: Vec<String> = lib.document_ids();
    stored.retain(|id| lib.load(id).is_ok());
    let mut listed: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    listed.sort();
    assert_eq!(listed, stored, "index rows = readable documents");
    for row in &rows {
        let (d, stamp) = lib.load(&row.id).unwrap();
        assert_eq!((&row.title, row.modified, &row.stamp), (&d.title, d.modified, &stamp));
    }
    assert_eq!(listing.entries.len(), rows.len());
}

#[test]
fn saved_documents_are_listed_and_load_back_identical() {
    let mut lib = lib();
    let a = family("a");
    let b = doc("b", "Familie De Vries", 2_000);
    lib.save(&a, None).unwrap();
    lib.save(&b, None).unwrap();
    let listing = lib.reconcile();
    assert_eq!(ids(&listing), ["a", "b"], "newest change first");
    let row = &listing.entries[1];
    assert_eq!((row.title.as_str(), row.kind.as_str(), row.modified), ("Familie De Vries", "genogram", 2_000));
    assert_eq!(row.size, b.to_json().len());
    assert_eq!(lib.load("a").unwrap().0, a);
    assert!(listing.damaged.is_empty() && !listing.index_rebuilt);
    assert_consistent(&mut lib);
}

#[test]
fn a_stale_stamp_is_a_conflict_and_writes_nothing() {
    let mut lib = lib();
    let first = lib.save(&doc("a", "Eerste", 1), None).unwrap();
    // Another tab saves a newer version.
    let theirs = lib.save(&doc("a", "Ander tabblad", 2), Some(&first)).unwrap();
    let before = lib.store().snapshot();
    let err = lib.save(&doc("a", "Dit tabblad", 3), Some(&first)).unwrap_err();
    assert_eq!(err, SaveError::Conflict { current: Some(theirs) });
    assert_eq!(lib.store().snapshot(), before);
    // A new document never overwrites a stored one with the same id.
    assert!(matches!(lib.save(&doc("a", "Nieuw", 4), None), Err(SaveError::Conflict { .. })));
    // A removed document is a conflict too (another tab deleted it).
    lib.store_mut().remove(&doc_key("a"));
    assert_eq!(lib.save(&doc("a", "x", 5), Some(&first)), Err(SaveError::Conflict { current: None }));
}

/// A store that stops keeping writes after `budget` of them, like a tab that dies.
struct Dying {
    inner: MemoryStore,
    budget: usize,
}

impl Store for Dying {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.budget == 0 {
            return Ok(()); // the tab is gone: the write never happens
        }
        self.budget -= 1;
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) {
        if self.budget > 0 {
            self.budget -= 1;
            self.inner.remove(key);
        }
    }
    fn keys(&self) -> Vec<String> {
        self.inner.keys()
    }
}

#[test]
fn a_tab_dying_after_any_write_leaves_a_repairable_library() {
    // Three saves (new, new, update) and a rename: every prefix of their writes.
    let script = |lib: &mut Library<Dying>| {
        let a = lib.save(&doc("a", "A1", 1), None).ok();
        let _ = lib.save(&doc("b", "B1", 2), None);
        let _ = lib.save(&doc("a", "A2", 3), a.as_ref());
        let _ = lib.rename("b", "B2", 4);
    };
    let mut full = Library::new(Dying { inner: MemoryStore::new(), budget: usize::MAX });
    script(&mut full);
    let total = usize::MAX - full.store().budget;
    assert_eq!(total, 8, "document then index, four times");
    for budget in 0..=total {
        let mut dying = Library::new(Dying { inner: MemoryStore::new(), budget });
        script(&mut dying);
        let mut lib = Library::new(dying.store().inner.clone());
        let listing = lib.reconcile();
        // Every document that reached storage is listed, under the title it holds.
        for id in lib.document_ids() {
            let (d, _) = lib.load(&id).unwrap();
            let row = listing.entries.iter().find(|e| e.id == id).expect("listed");
            assert_eq!(row.title, d.title, "budget {budget}");
        }
        assert_eq!(listing.entries.len(), lib.document_ids().len());
        assert_consistent(&mut lib);
    }
}

#[derive(Clone, Copy, Debug)]
enum Step {
    WriteDoc,
    ReadIndex,
    WriteIndex,
}

/// Every interleaving of two sequences.
fn interleavings(a: usize, b: usize) -> Vec<Vec<usize>> {
    if a == 0 || b == 0 {
        return vec![vec![if a == 0 { 1 } else { 0 }; a + b]];
    }
    let mut out = Vec::new();
    for mut rest in interleavings(a - 1, b) {
        rest.insert(0, 0);
        out.push(rest);
    }
    for mut rest in interleavings(a, b - 1) {
        rest.insert(0, 1);
        out.push(rest);
    }
    out
}

#[test]
fn two_tabs_writing_documents_and_index_in_any_order_lose_nothing() {
    // Each tab writes its document, reads the index, writes the index with its row:
    // the second index write can drop the other tab's row. Reconcile must bring it
    // back, for every interleaving and every point where a tab stops.
    let steps = [Step::WriteDoc, Step::ReadIndex, Step::WriteIndex];
    let orders = interleavings(3, 3);
    assert_eq!(orders.len(), 20);
    let mut cases = 0;
    for order in &orders {
        for cut in 0..=order.len() {
            let mut store = MemoryStore::new();
            store.set(&doc_key("old"), &doc("old", "Oud", 0).to_json()).unwrap();
            let mut seed = Library::new(&mut store);
            seed.reconcile();
            let docs = [doc("t0", "Tab 0", 10), doc("t1", "Tab 1", 11)];
            let mut pos = [0usize; 2];
            let mut seen: [Vec<IndexEntry>; 2] = [Vec::new(), Vec::new()];
            for &tab in &order[..cut] {
                let d = &docs[tab];
                match steps[pos[tab]] {
                    Step::WriteDoc => store.set(&doc_key(&d.id), &d.to_json()).unwrap(),
                    Step::ReadIndex => seen[tab] = parse_index(&store.get(INDEX_KEY).unwrap()).unwrap(),
                    Step::WriteIndex => {
                        let text = d.to_json();
                        let mut rows = seen[tab].clone();
                        rows.push(IndexEntry {
                            id: d.id.clone(),
                            title: d.title.clone(),
                            kind: "genogram".into(),
                            modified: d.modified,
                            size: text.len(),
                            trashed_at: None,
                            stamp: Stamp::of(&text),
                        });
                        store.set(INDEX_KEY, &index_text(&rows)).unwrap();
                    }
                }
                pos[tab] += 1;
            }
            let mut lib = Library::new(store);
            let listing = lib.reconcile();
            let mut want = vec!["old"];
            for (tab, d) in docs.iter().enumerate() {
                if pos[tab] > 0 {
                    want.push(&d.id);
                }
            }
            let mut got = ids(&listing);
            got.sort();
            assert_eq!(got, want, "order {order:?} cut {cut}");
            assert_consistent(&mut lib);
            cases += 1;
        }
    }
    assert_eq!(cases, 140);
}

#[test]
fn rows_without_a_document_are_dropped_and_rows_are_refreshed() {
    let mut lib = lib();
    lib.save(&doc("a", "A", 1), None).unwrap();
    lib.save(&doc("b", "B", 2), None).unwrap();
    lib.store_mut().remove(&doc_key("b"));
    // Another program version rewrote "a" behind the index's back.
    lib.store_mut().set(&doc_key("a"), &doc("a", "A nieuw", 5).to_json()).unwrap();
    let listing = lib.reconcile();
    assert_eq!(ids(&listing), ["a"]);
    assert_eq!((listing.entries[0].title.as_str(), listing.entries[0].modified), ("A nieuw", 5));
    assert_consistent(&mut lib);
}

fn planted_damage(lib: &mut Library<MemoryStore>) -> BTreeMap<String, String> {
    let newer = doc("nieuwer", "Van later", 9).to_json().replacen("\"version\": 3", "\"version\": 7", 1);
    let entries = [
        (doc_key("kapot"), "{\"format\": \"kring\", \"version\": 1, \"kind\": \"genog".to_owned()),
        (doc_key("nieuwer"), newer),
        (doc_key("leeg"), String::new()),
        (doc_key("vreemd"), "{\"format\":\"kring\",\"version\":1,\"kind\":\"genogram\",\"id\":\"v\",\"content\":{\"persons\":[],\"unions\":[{\"id\":1,\"partner_a\":5,\"kind\":\"marriage\"}]}}".to_owned()),
    ];
    for (k, v) in &entries {
        lib.store_mut().set(k, v).unwrap();
    }
    entries.into_iter().collect()
}

#[test]
fn damaged_entries_are_listed_with_their_reason_and_kept_byte_identical() {
    let mut lib = lib();
    lib.save(&doc("goed", "Goed", 1), None).unwrap();
    lib.save(&doc("kapot", "Kapot", 1), None).unwrap();
    let planted = planted_damage(&mut lib);
    let listing = lib.reconcile();
    assert_eq!(ids(&listing), ["goed"]);
    let damaged: BTreeMap<&str, &DamagedEntry> = listing.damaged.iter().map(|d| (d.id.as_str(), d)).collect();
    assert_eq!(damaged.len(), 4);
    assert!(matches!(damaged["kapot"].error, FormatError::NotJson { .. }));
    assert_eq!(damaged["nieuwer"].error, FormatError::TooNew { found: 7, supported: CURRENT_VERSION });
    assert!(damaged["nieuwer"].error.message(Lang::Nl).contains("nieuwere versie"));
    assert!(matches!(damaged["vreemd"].error, FormatError::Invalid(_)));
    assert_eq!(damaged["kapot"].key, "kring.doc.kapot");
    assert_eq!(damaged["kapot"].title.as_deref(), Some("Kapot"), "the index knew it before it broke");

    // Nothing the library does touches them.
    let _ = lib.save(&doc("kapot", "Overschrijven?", 2), None);
    let _ = lib.save(&doc("nieuwer", "Overschrijven?", 2), lib.stamp("goed").as_ref());
    lib.set_trashed("kapot", Some(3)).unwrap();
    lib.set_trashed("goed", Some(3)).unwrap();
    lib.empty_trash().unwrap();
    lib.reconcile();
    let file = library_file(&[doc("kapot", "Import", 4).to_json(), doc("nieuwer", "Import", 4).to_json()], 5);
    let plan = lib.plan_import(file.as_bytes()).unwrap();
    assert!(plan.conflicts.iter().all(|c| c.existing_damaged));
    let mut n = 0;
    lib.apply_import(
        plan,
        ConflictChoice::Replace,
        || {
            n += 1;
            format!("kopie{n}")
        },
        " (kopie)",
        10,
    )
    .unwrap();
    for (key, text) in &planted {
        assert_eq!(lib.store().get(key).as_ref(), Some(text), "{key} unchanged");
    }
    assert_eq!(lib.load("kopie1").unwrap().0.title, "Import (kopie)");
    assert_eq!(lib.reconcile().damaged.len(), 4);
}

#[test]
fn a_damaged_entry_can_be_removed_as_it_was_seen_and_nothing_else() {
    let mut lib = lib();
    lib.save(&doc("goed", "Goed", 1), None).unwrap();
    lib.save(&doc("kapot", "Kapot", 1), None).unwrap();
    planted_damage(&mut lib);
    let listing = lib.reconcile();
    let seen = |id: &str| listing.damaged.iter().find(|d| d.id == id).unwrap().stamp.clone();
    // Changed since it was listed (another tab wrote it): not removed.
    let leeg = seen("leeg");
    lib.store_mut().set(&doc_key("leeg"), "nog steeds kapot").unwrap();
    assert!(matches!(lib.remove_damaged("leeg", &leeg), Err(SaveError::Conflict { .. })));
    assert!(lib.raw("leeg").is_some());
    // Repaired meanwhile (now readable): not removed either.
    let nieuwer = seen("nieuwer");
    lib.store_mut().set(&doc_key("nieuwer"), &doc("nieuwer", "Hersteld", 2).to_json()).unwrap();
    assert!(lib.remove_damaged("nieuwer", &nieuwer).is_err());
    // A readable document is never removed this way.
    let goed = lib.stamp("goed").unwrap();
    assert!(lib.remove_damaged("goed", &goed).is_err());

    let before = lib.store().snapshot();
    lib.remove_damaged("kapot", &seen("kapot")).unwrap();
    assert_eq!(lib.raw("kapot"), None);
    let after = lib.store().snapshot();
    let changed: Vec<&String> = before.keys().filter(|k| after.get(*k) != before.get(*k)).collect();
    assert_eq!(changed, ["kring.doc.kapot", "kring.index"], "only the entry and its index row");
    assert!(lib.reconcile().damaged.iter().all(|d| d.id != "kapot"));
    assert_consistent(&mut lib);
}

#[test]
fn a_corrupt_index_is_kept_as_backup_and_rebuilt() {
    let mut lib = lib();
    lib.save(&doc("a", "A", 1), None).unwrap();
    lib.save(&doc("b", "B", 2), None).unwrap();
    lib.store_mut().set(INDEX_KEY, "{\"format\": \"kring-index\", \"entr").unwrap();
    let listing = lib.reconcile();
    assert!(listing.index_rebuilt);
    assert_eq!(ids(&listing), ["b", "a"]);
    assert_eq!(lib.store().get(INDEX_BACKUP_KEY).as_deref(), Some("{\"format\": \"kring-index\", \"entr"));
    assert_consistent(&mut lib);
    // A second, different corruption does not overwrite the first backup.
    lib.store_mut().set(INDEX_KEY, "[1,2,3]").unwrap();
    lib.save(&doc("c", "C", 3), None).unwrap();
    assert_eq!(lib.store().get(INDEX_BACKUP_KEY).as_deref(), Some("{\"format\": \"kring-index\", \"entr"));
    assert_eq!(lib.store().get(&format!("{INDEX_BACKUP_KEY}.2")).as_deref(), Some("[1,2,3]"));
    assert_eq!(ids(&lib.reconcile()), ["c", "b", "a"]);
}

#[test]
fn a_corrupt_index_is_not_overwritten_when_its_backup_is_refused() {
    let mut store = MemoryStore::new();
    store.set(&doc_key("a"), &doc("a", "A", 1).to_json()).unwrap();
    store.set(INDEX_KEY, "kapot").unwrap();
    let mut limited = MemoryStore::with_limit(store.used() + 10);
    for k in store.keys() {
        limited.set(&k, &store.get(&k).unwrap()).unwrap();
    }
    let mut lib = Library::new(limited);
    let listing = lib.reconcile();
    assert_eq!(ids(&listing), ["a"], "listed all the same");
    assert_eq!(lib.store().get(INDEX_KEY).as_deref(), Some("kapot"), "raw index kept");
}

#[test]
fn older_versions_pass_through_unchanged_until_edited() {
    let mut lib = lib();
    lib.store_mut().set(&doc_key("casus-2019-007"), V0).unwrap();
    let listing = lib.reconcile();
    assert_eq!(listing.entries[0].title, "Familie Bakker (prototype)");
    assert_eq!(lib.raw("casus-2019-007").as_deref(), Some(V0), "listing does not rewrite it");
    let (d, stamp) = lib.load("casus-2019-007").unwrap();
    assert_eq!(d.genogram().unwrap().person_count(), 4);
    // Exported as it is stored, and read back through migration on import.
    let file = lib.export_all(7);
    assert!(file.contains("\"version\": 0"));
    let back = read_import(file.as_bytes()).unwrap();
    assert_eq!(back, vec![d.clone()]);
    // Saving an edit writes the current version.
    lib.save(&d, Some(&stamp)).unwrap();
    assert!(lib.raw("casus-2019-007").unwrap().contains("\"version\": 3"));
}

#[test]
fn library_file_round_trips_through_erase_all() {
    let mut lib = lib();
    lib.store_mut().set("kring.lang", "en").unwrap();
    lib.store_mut().set("andere-app", "blijft").unwrap();
    for d in [family("a"), doc("b", "B 🧪 \"quotes\" ü", 2), doc("c", "C", 3)] {
        lib.save(&d, None).unwrap();
    }
    lib.save(&doc("weg", "In prullenbak", 4), None).unwrap();
    lib.set_trashed("weg", Some(5)).unwrap();
    let before: BTreeMap<String, String> =
        ["a", "b", "c"].iter().map(|id| (id.to_string(), lib.raw(id).unwrap())).collect();
    let listing_before = lib.reconcile();
    let file = lib.export_all(9);
    let value: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!((value["format"].as_str(), value["version"].as_u64()), (Some(LIBRARY_FORMAT), Some(1)));
    assert_eq!(value["documents"].as_array().unwrap().len(), 3, "trash is not exported");

    assert_eq!(lib.erase_all(), 6, "four documents, index, language");
    assert_eq!(lib.store().keys(), ["andere-app"], "only other sites' keys stay");
    assert!(lib.reconcile().entries.is_empty());
    assert_eq!(lib.store().keys(), ["andere-app"], "listing an empty library writes nothing");

    let plan = lib.plan_import(file.as_bytes()).unwrap();
    assert!(plan.conflicts.is_empty());
    let written = lib.apply_import(plan, ConflictChoice::Copy, || unreachable!(), " (kopie)", 10).unwrap();
    assert_eq!(written.written.len(), 3);
    for (id, text) in &before {
        assert_eq!(lib.raw(id).as_ref(), Some(text), "{id} byte-identical");
    }
    let after = lib.reconcile();
    assert_eq!(after.entries, listing_before.live().cloned().collect::<Vec<_>>());
}

#[test]
fn importing_existing_documents_asks_copy_or_replace() {
    let mut lib = lib();
    lib.save(&doc("a", "A", 1), None).unwrap();
    lib.save(&doc("b", "B", 2), None).unwrap();
    let file = lib.export_all(3);
    // Meanwhile "a" changed locally.
    let sa = lib.stamp("a").unwrap();
    lib.save(&doc("a", "A lokaal", 4), Some(&sa)).unwrap();
    let local_a = lib.raw("a").unwrap();

    let plan = lib.plan_import(file.as_bytes()).unwrap();
    let mut conflicting: Vec<&str> = plan.conflicts.iter().map(|c| c.id.as_str()).collect();
    conflicting.sort();
    assert_eq!(conflicting, ["a", "b"]);
    let mut n = 0;
    let ids_written = lib
        .apply_import(
            plan.clone(),
            ConflictChoice::Copy,
            || {
                n += 1;
                format!("n{n}")
            },
            " (kopie)",
            10,
        )
        .unwrap()
        .written;
    assert_eq!(ids_written, ["n1", "n2"]);
    assert_eq!(lib.raw("a").unwrap(), local_a, "copy leaves the stored one");
    let copies: Vec<String> = ids_written.iter().map(|id| lib.load(id).unwrap().0.title).collect();
    assert_eq!(copies, ["B (kopie)", "A (kopie)"], "file order, newest first");
    assert_eq!(lib.reconcile().entries.len(), 4);

    // The question can say which version is newer: the local "a" changed after export.
    let newer: BTreeMap<&str, Newer> = plan.conflicts.iter().map(|c| (c.id.as_str(), c.newer())).collect();
    assert_eq!(newer["a"], Newer::Stored);
    assert_eq!(newer["b"], Newer::Same);

    let mut m = 0;
    let report = lib
        .apply_import(
            plan,
            ConflictChoice::Replace,
            || {
                m += 1;
                format!("oud{m}")
            },
            "",
            20,
        )
        .unwrap();
    assert_eq!(lib.load("a").unwrap().0.title, "A", "replaced by the file's version");
    assert_eq!(report.replaced.len(), 2);
    // The replaced versions are in the trash, byte for byte, and can be restored.
    let listing = lib.reconcile();
    assert_eq!(listing.live().count(), 4);
    let trashed: Vec<&IndexEntry> = listing.trashed().collect();
    assert_eq!(trashed.len(), 2);
    assert!(trashed.iter().all(|e| e.trashed_at == Some(20)));
    let (_, kept_a) = report.replaced.iter().find(|(id, _)| id == "a").unwrap();
    assert_eq!(lib.raw(kept_a).unwrap(), local_a, "the local version is kept unchanged");
    lib.set_trashed(kept_a, None).unwrap();
    assert_eq!(lib.load(kept_a).unwrap().0.title, "A lokaal");
    assert_consistent(&mut lib);

    // A trashed document that is imported again comes back.
    lib.set_trashed("b", Some(9)).unwrap();
    let plan = lib.plan_import(doc("b", "B", 2).to_json().as_bytes()).unwrap();
    lib.apply_import(plan, ConflictChoice::Replace, || "oud9".into(), "", 30).unwrap();
    assert!(lib.reconcile().trashed().all(|e| e.id != "b"));
}

#[test]
fn bad_import_files_change_nothing_and_say_why() {
    let mut lib = lib();
    lib.save(&family("a"), None).unwrap();
    lib.reconcile();
    let before = lib.store().snapshot();
    let good = doc("x", "X", 1).to_json();
    let dangling =
        good.replacen("\"unions\": []", "\"unions\": [{\"id\": 1, \"partner_a\": 42, \"kind\": \"marriage\"}]", 1);
    assert_ne!(dangling, good);
    let newer_doc = good.replacen("\"version\": 3", "\"version\": 4", 1);
    let junk = vec![b'x'; 50 * 1024 * 1024];
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("not json", b"dit is geen json".to_vec(), "geen leesbaar Kring-bestand"),
        ("binary", vec![0xff, 0xfe, 0x00, 0x01], "geen leesbaar Kring-bestand"),
        ("other format", br#"{"format":"excel","version":1}"#.to_vec(), "van het soort"),
        ("no format", br#"[1,2,3]"#.to_vec(), "geen Kring-bestand"),
        ("newer document", newer_doc.clone().into_bytes(), "nieuwere versie"),
        ("newer library", br#"{"format":"kring-library","version":3,"documents":[]}"#.to_vec(), "nieuwere versie"),
        ("dangling ids", dangling.clone().into_bytes(), "klopt niet"),
        ("50 MB of junk", junk, "te groot"),
        ("bad second document", library_file(&[good.clone(), dangling], 1).into_bytes(), "Document 2 in dit bestand"),
        ("newer inside", library_file(&[good.clone(), newer_doc], 1).into_bytes(), "Document 2"),
        ("duplicate ids", library_file(&[good.clone(), good.clone()], 1).into_bytes(), "twee keer"),
        ("empty library", library_file(&[], 1).into_bytes(), "geen documenten"),
        ("documents not a list", br#"{"format":"kring-library","version":1,"documents":{}}"#.to_vec(), "beschadigd"),
        ("deep", format!("{}{}", "[".repeat(10_000), "]".repeat(10_000)).into_bytes(), "te diep"),
    ];
    for (name, bytes, want) in cases {
        let err = lib.plan_import(&bytes).expect_err(name);
        let nl = err.message(Lang::Nl);
        assert!(nl.contains(want), "{name}: {nl}");
        assert_ne!(nl, err.message(Lang::En), "{name}: English differs");
        assert_eq!(lib.store().snapshot(), before, "{name} changed nothing");
    }
}

#[test]
fn a_full_store_refuses_a_save_whole_and_rolls_back_an_import() {
    let big = family("groot");
    let mut lib = Library::new(MemoryStore::with_limit(big.to_json().len()));
    lib.save(&doc("klein", "Klein", 1), None).unwrap();
    let before = lib.store().snapshot();
    assert_eq!(lib.save(&big, None), Err(SaveError::Store(StoreError::Quota)));
    assert_eq!(lib.store().snapshot(), before, "nothing half-written");

    let file = library_file(&[doc("n1", "N1", 1).to_json(), big.to_json()], 2);
    let plan = lib.plan_import(file.as_bytes()).unwrap();
    let failure = lib.apply_import(plan, ConflictChoice::Copy, || unreachable!(), "", 3).unwrap_err();
    assert_eq!(failure, ImportFailure { error: StoreError::Quota, not_restored: vec![] });
    assert_eq!(lib.document_ids(), ["klein"], "the first imported document was taken back");
    assert_consistent(&mut lib);
}

/// Three stored documents, and a library file that replaces all three with versions
/// of `sizes` persons each.
fn replace_three(limit: usize, sizes: [usize; 3]) -> (Library<MemoryStore>, BTreeMap<String, String>, ImportPlan) {
    let mut lib = Library::new(MemoryStore::with_limit(limit));
    for (i, id) in ["a", "b", "c"].iter().enumerate() {
        lib.save(&doc(id, &format!("Oud {id}"), i as i64 + 1), None).unwrap();
    }
    lib.reconcile();
    let before = lib.store().snapshot();
    let texts: Vec<String> = ["a", "b", "c"]
        .iter()
        .zip(sizes)
        .map(|(id, n)| {
            let mut d = doc(id, &format!("Nieuw {id}"), 100);
            d.title.push_str(&"x".repeat(n));
            d.to_json()
        })
        .collect();
    let plan = lib.plan_import(library_file(&texts, 1).as_bytes()).unwrap();
    (lib, before, plan)
}

#[test]
fn a_failed_replace_of_several_documents_puts_every_one_back() {
    // Room for the three documents, their trash copies and the first two new versions,
    // not for the third (much larger) one.
    let (probe, _, _) = replace_three(usize::MAX, [0, 0, 0]);
    let room = probe.store().used() * 3;
    let (mut lib, before, plan) = replace_three(room, [0, 0, room]);
    let mut n = 0;
    let failure = lib
        .apply_import(
            plan,
            ConflictChoice::Replace,
            || {
                n += 1;
                format!("t{n}")
            },
            "",
            5,
        )
        .unwrap_err();
    assert_eq!(failure.error, StoreError::Quota);
    assert_eq!(failure.not_restored, vec![], "every replaced document was put back");
    for id in ["a", "b", "c"] {
        assert_eq!(lib.raw(id), before.get(&doc_key(id)).cloned(), "{id} as it was");
    }
    assert_eq!(lib.document_ids(), ["a", "b", "c"], "no trash copies left behind");
    assert_consistent(&mut lib);
}

/// A store that starts refusing every write after `allowed` more writes.
struct Failing {
    inner: MemoryStore,
    allowed: usize,
}

impl Store for Failing {
    fn get(&self, key: &str) -> Option<String> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.allowed == 0 {
            return Err(StoreError::Quota);
        }
        self.allowed -= 1;
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.inner.remove(key)
    }
    fn keys(&self) -> Vec<String> {
        self.inner.keys()
    }
}

#[test]
fn a_replace_that_cannot_be_undone_names_each_document_and_keeps_it_in_the_trash() {
    for allowed in 0..12 {
        let mut lib = Library::new(Failing { inner: MemoryStore::new(), allowed: usize::MAX });
        for id in ["a", "b"] {
            lib.save(&doc(id, &format!("Oud {id}"), 1), None).unwrap();
        }
        let old: BTreeMap<&str, String> = ["a", "b"].iter().map(|id| (*id, lib.raw(id).unwrap())).collect();
        let file = library_file(&[doc("a", "Nieuw a", 9).to_json(), doc("b", "Nieuw b", 9).to_json()], 1);
        let plan = lib.plan_import(file.as_bytes()).unwrap();
        lib.store_mut().allowed = allowed;
        let mut n = 0;
        let result = lib.apply_import(
            plan,
            ConflictChoice::Replace,
            || {
                n += 1;
                format!("t{n}")
            },
            "",
            5,
        );
        lib.store_mut().allowed = usize::MAX;
        let Err(failure) = result else { continue };
        // Every old version is either back in place or named, and then kept in the trash.
        for id in ["a", "b"] {
            if lib.raw(id).as_ref() == Some(&old[id]) {
                continue;
            }
            let (_, title, kept) = failure
                .not_restored
                .iter()
                .find(|(i, _, _)| i == id)
                .unwrap_or_else(|| panic!("after {allowed} writes: {id} neither restored nor named"));
            assert_eq!(title, &format!("Oud {id}"));
            assert_eq!(lib.raw(kept).as_ref(), Some(&old[id]), "{id}'s old text kept under {kept}");
        }
    }
}

#[test]
fn rename_duplicate_trash_restore_and_empty() {
    let mut lib = lib();
    lib.save(&family("a"), None).unwrap();
    lib.rename("a", "  Casus Emma ", 50).unwrap();
    assert_eq!(lib.load("a").unwrap().0.title, "Casus Emma");
    lib.duplicate("a", "b", " (kopie)", 60).unwrap();
    let (copy, _) = lib.load("b").unwrap();
    assert_eq!((copy.title.as_str(), copy.created), ("Casus Emma (kopie)", 60));
    assert_eq!(copy.content, lib.load("a").unwrap().0.content);

    lib.set_trashed("a", Some(70)).unwrap();
    let listing = lib.reconcile();
    assert_eq!(listing.live().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["b"]);
    assert_eq!(listing.trashed().next().unwrap().trashed_at, Some(70));
    // Saving a trashed document keeps it in the trash.
    let s = lib.stamp("a").unwrap();
    lib.save(&lib.load("a").unwrap().0, Some(&s)).unwrap();
    assert_eq!(lib.reconcile().trashed().count(), 1);
    lib.set_trashed("a", None).unwrap();
    assert_eq!(lib.reconcile().trashed().count(), 0);
    lib.set_trashed("b", Some(80)).unwrap();
    assert_eq!(lib.empty_trash().unwrap(), 1);
    assert_eq!(lib.document_ids(), ["a"]);
    assert_consistent(&mut lib);
    assert_eq!(lib.rename("zz", "x", 1), Err(LibraryError::Load(LoadError::Missing)));
}

#[test]
fn the_envelope_id_never_decides_the_key() {
    let mut lib = lib();
    // A document stored under another key than its envelope id (e.g. copied by hand).
    lib.store_mut().set(&doc_key("sleutel"), &doc("envelop", "X", 1).to_json()).unwrap();
    let (d, stamp) = lib.load("sleutel").unwrap();
    assert_eq!(d.id, "sleutel");
    lib.save(&d, Some(&stamp)).unwrap();
    assert_eq!(lib.document_ids(), ["sleutel"]);
}

#[test]
fn used_units_counts_utf16_of_every_key() {
    let mut store = MemoryStore::new();
    store.set("kring.x", "ab").unwrap();
    store.set("ander", "🧪").unwrap();
    let lib = Library::new(store);
    assert_eq!(lib.used_units(), 7 + 2 + 5 + 2);
}

#[test]
fn file_names_are_safe() {
    assert_eq!(file_name("Casus: Noah/Emma", ".kring.json"), "Casus_ Noah_Emma.kring.json");
    assert_eq!(file_name("   ", ".kring.json"), "kring.kring.json");
}

#[cfg(not(target_arch = "wasm32"))]
mod props {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Op {
        Save(u8, u8),
        Rename(u8, u8),
        Trash(u8),
        Restore(u8),
        Empty,
        Duplicate(u8),
        RemoveDoc(u8),
        BreakIndex,
        Plant(u8),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (0u8..4, any::<u8>()).prop_map(|(i, t)| Op::Save(i, t)),
            2 => (0u8..4, any::<u8>()).prop_map(|(i, t)| Op::Rename(i, t)),
            1 => (0u8..4).prop_map(Op::Trash),
            1 => (0u8..4).prop_map(Op::Restore),
            1 => Just(Op::Empty),
            1 => (0u8..4).prop_map(Op::Duplicate),
            1 => (0u8..4).prop_map(Op::RemoveDoc),
            1 => Just(Op::BreakIndex),
            1 => (4u8..6).prop_map(Op::Plant),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever happens, the repaired index equals the readable documents, and
        /// planted damaged entries keep their exact text.
        #[test]
        fn any_sequence_keeps_index_and_damaged_entries_right(ops in proptest::collection::vec(op(), 1..25)) {
            let mut lib = lib();
            let mut planted = BTreeMap::new();
            for (n, op) in ops.into_iter().enumerate() {
                let id = |i: u8| format!("d{i}");
                match op {
                    Op::Save(i, t) => {
                        let expected = lib.stamp(&id(i));
                        if planted.contains_key(&doc_key(&id(i))) { continue; }
                        lib.save(&doc(&id(i), &format!("T{t}"), n as i64), expected.as_ref()).unwrap();
                    }
                    Op::Rename(i, t) => { let _ = lib.rename(&id(i), &format!("R{t}"), n as i64); }
                    Op::Trash(i) => lib.set_trashed(&id(i), Some(n as i64)).unwrap(),
                    Op::Restore(i) => lib.set_trashed(&id(i), None).unwrap(),
                    Op::Empty => { lib.empty_trash().unwrap(); }
                    Op::Duplicate(i) => { let _ = lib.duplicate(&id(i), &format!("c{n}"), " (kopie)", n as i64); }
                    Op::RemoveDoc(i) => lib.store_mut().remove(&doc_key(&id(i))),
                    Op::BreakIndex => lib.store_mut().set(INDEX_KEY, &format!("kapot {n}")).unwrap(),
                    Op::Plant(i) => {
                        let text = format!("{{\"format\":\"kring\",\"version\":{}}}", 100 + n);
                        lib.store_mut().set(&doc_key(&id(i)), &text).unwrap();
                        planted.insert(doc_key(&id(i)), text);
                    }
                }
            }
            assert_consistent(&mut lib);
            for (key, text) in &planted {
                let stored = lib.store().get(key);
                prop_assert_eq!(stored.as_ref(), Some(text));
            }
        }
    }
}
