//! Saved views: capture, stepping, the commands with their inverses, and storage in
//! the document (with undo through the editor, and old files without views).

use super::*;
use crate::editor::{EditCommand, EditError, Editor};
use crate::format::{KringDocument, CURRENT_VERSION};
use crate::genogram::model::ConditionCategory;
use serde_json::json;

fn view(name: &str, step: Option<u32>) -> SavedView {
    SavedView { name: name.into(), step, ..SavedView::default() }
}

#[test]
fn a_view_captures_the_step_and_the_last_step_as_everything() {
    let lens = Lens::new(vec![Theme::Divorce]);
    let v = SavedView::capture(" Start ", 1, 4, Anonymise::Roles, RevealOrder::FromClient, &lens);
    assert_eq!(v.name, "Start");
    assert_eq!(v.step, Some(1));
    assert_eq!((v.names, v.order, v.lens()), (Anonymise::Roles, RevealOrder::FromClient, lens));
    assert_eq!(v.step_in(4), 1);
    assert_eq!(v.step_in(2), 1);
    assert_eq!(v.step_in(1), 0, "a drawing with fewer steps: its last");
    let all = SavedView::capture("Alles", 3, 4, Anonymise::Off, RevealOrder::OldestFirst, &Lens::default());
    assert_eq!(all.step, None, "the last step is stored as everything");
    assert_eq!(all.step_in(6), 5, "and shows everything after the drawing grew");
}

#[test]
fn the_default_name_takes_the_first_free_number() {
    assert_eq!(default_name(&[], Lang::Nl), "Weergave 1");
    assert_eq!(default_name(&[view("Weergave 1", None), view("Weergave 3", None)], Lang::Nl), "Weergave 2");
    assert_eq!(default_name(&[view("View 1", None)], Lang::En), "View 2");
}

#[test]
fn stepping_through_views_stays_within_the_list() {
    assert_eq!(step_views(None, 1, 0), None, "no views, nothing to step through");
    assert_eq!(step_views(None, 1, 3), Some(0));
    assert_eq!(step_views(None, -1, 3), Some(0));
    assert_eq!(step_views(Some(0), 1, 3), Some(1));
    assert_eq!(step_views(Some(2), 1, 3), Some(2), "the last stays the last");
    assert_eq!(step_views(Some(0), -1, 3), Some(0));
    assert_eq!(step_views(Some(2), -1, 3), Some(1));
    assert_eq!(step_views(Some(5), 1, 2), Some(1), "a removed view: back into the list");
}

#[test]
fn every_command_returns_its_inverse_and_refusals_change_nothing() {
    let start = vec![view("A", Some(0)), view("B", Some(1)), view("C", None)];
    let cmds = [
        ViewsCommand::Insert { at: 1, view: view("Nieuw", Some(2)) },
        ViewsCommand::Insert { at: 3, view: view("Eind", None) },
        ViewsCommand::Remove { at: 0 },
        ViewsCommand::Rename { at: 2, name: "  Alles  ".into() },
        ViewsCommand::Move { from: 0, to: 2 },
        ViewsCommand::Move { from: 2, to: 0 },
    ];
    for cmd in cmds {
        let mut views = start.clone();
        let inverse = cmd.clone().apply(&mut views).unwrap();
        assert_ne!(views, start, "{cmd:?} changed something");
        inverse.apply(&mut views).unwrap();
        assert_eq!(views, start, "{cmd:?} undone");
    }
    let mut views = start.clone();
    ViewsCommand::Move { from: 0, to: 2 }.apply(&mut views).unwrap();
    assert_eq!(views.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), ["B", "C", "A"]);
    ViewsCommand::Rename { at: 0, name: " Eerst ".into() }.apply(&mut views).unwrap();
    assert_eq!(views[0].name, "Eerst", "trimmed");
    let mut views = start.clone();
    for bad in [
        ViewsCommand::Insert { at: 4, view: view("X", None) },
        ViewsCommand::Insert { at: 0, view: view("  ", None) },
        ViewsCommand::Remove { at: 3 },
        ViewsCommand::Rename { at: 0, name: " ".into() },
        ViewsCommand::Rename { at: 9, name: "X".into() },
        ViewsCommand::Move { from: 0, to: 3 },
    ] {
        let e = bad.clone().apply(&mut views).unwrap_err();
        assert_ne!(e.message(Lang::Nl), e.message(Lang::En));
        assert_eq!(views, start, "{bad:?} refused and changed nothing");
    }
}

#[test]
fn views_are_one_undo_step_each_in_both_kinds_of_drawing() {
    for mut ed in [Editor::new_genogram("g", "Casus", 0), Editor::new_netwerkkaart("n", "Kaart", "Noah", 0)] {
        let views = |ed: &Editor| ed.content().views().to_vec();
        ed.apply(add(&views(&ed), view("Eerste", Some(0))), 1).unwrap();
        ed.apply(add(&views(&ed), view("Tweede", None)), 2).unwrap();
        ed.apply(ViewsCommand::Move { from: 1, to: 0 }, 3).unwrap();
        assert_eq!(views(&ed).iter().map(|v| v.name.clone()).collect::<Vec<_>>(), ["Tweede", "Eerste"]);
        ed.undo(5);
        assert_eq!(views(&ed)[0].name, "Eerste", "undo puts the order back");
        ed.undo(5);
        assert_eq!(views(&ed).len(), 1, "undo removes the second view");
        ed.redo(6);
        assert_eq!(views(&ed).len(), 2);
        let e = ed.apply(EditCommand::Views(ViewsCommand::Remove { at: 7 }), 4).unwrap_err();
        assert_eq!(e, EditError::Views(ViewsError::NoSuchView(7)));
        assert_eq!(views(&ed).len(), 2);
    }
}

#[test]
fn views_are_stored_in_the_document_and_read_back() {
    let mut ed = Editor::new_genogram("g", "Casus", 0);
    let lensed = SavedView {
        lens: vec![Theme::Condition(ConditionCategory::Mental), Theme::Divorce],
        names: Anonymise::Roles,
        order: RevealOrder::FromClient,
        ..view("Patroon", Some(1))
    };
    ed.apply(add(&[], lensed.clone()), 1).unwrap();
    ed.apply(add(std::slice::from_ref(&lensed), view("Alles", None)), 2).unwrap();
    let text = ed.to_document().to_json();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], CURRENT_VERSION);
    assert_eq!(
        v["content"]["views"][0],
        json!({ "name": "Patroon", "step": 1, "order": "from_client", "names": "roles",
                "lens": [{ "condition": "mental" }, "divorce"] })
    );
    assert_eq!(v["content"]["views"][1], json!({ "name": "Alles", "order": "oldest_first", "names": "off" }));
    let back = KringDocument::from_json(&text).unwrap();
    assert_eq!(back.content.views(), &[lensed, view("Alles", None)]);
    assert_eq!(back.content, ed.to_document().content);
    // A netwerkkaart keeps its views too.
    let mut map = Editor::new_netwerkkaart("n", "Kaart", "Noah", 0);
    map.apply(add(&[], view("Ring 1", Some(1))), 1).unwrap();
    let back = KringDocument::from_json(&map.to_document().to_json()).unwrap();
    assert_eq!(back.content.views(), &[view("Ring 1", Some(1))]);
}

#[test]
fn a_version_1_file_has_no_views_and_loads_unchanged() {
    let old = json!({ "format": "kring", "version": 1, "kind": "genogram", "id": "x", "title": "t",
        "created": 1, "modified": 2,
        "content": { "persons": [{ "id": 0, "given_name": "Noah", "index": true }] } });
    let raw = crate::format::migrate(old.clone(), 1).unwrap();
    assert_eq!(raw["version"], crate::format::CURRENT_VERSION);
    assert_eq!(raw["content"]["views"], json!([]));
    let doc = KringDocument::from_value(old).unwrap();
    assert!(doc.content.views().is_empty());
    assert_eq!(doc.genogram().unwrap().person_ids().count(), 1);
    let written = doc.to_json();
    assert!(!written.contains("\"views\""), "no views, no list written");
    assert_eq!(KringDocument::from_json(&written).unwrap(), doc);
    // Views that are not a list of views are refused, not dropped.
    let bad = json!({ "format": "kring", "version": 2, "kind": "netwerkkaart", "id": "n", "title": "t",
        "content": { "views": [{ "step": 1 }] } });
    assert!(matches!(KringDocument::from_value(bad), Err(crate::format::FormatError::Malformed { .. })));
}

#[test]
fn a_view_keeps_its_year_through_the_file() {
    let v = SavedView::capture("1998", 0, 1, Anonymise::Off, RevealOrder::OldestFirst, &Lens::default())
        .with_year(Some(1998));
    assert_eq!(v.year, Some(1998));
    let text = serde_json::to_string(&v).unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap()["year"], json!(1998));
    assert_eq!(serde_json::from_str::<SavedView>(&text).unwrap(), v);
    let now = v.clone().with_year(None);
    assert!(!serde_json::to_string(&now).unwrap().contains("year"), "no year: not written");
}
