use super::*;
use crate::editor::{EditCommand, Editor};
use crate::format::KringDocument;
use crate::netwerkkaart::model::fixtures::sample_netwerkkaart;
use crate::netwerkkaart::{Actor, Command, Formality, Quality, Ring, Strength, Tie, TieEnd};

fn date(s: &str) -> Option<PartialDate> {
    Some(s.parse().expect("a date"))
}

#[test]
fn keeping_renaming_and_removing_a_version_are_undoable_and_never_change_the_map() {
    let map = sample_netwerkkaart();
    let mut ed = Editor::open(KringDocument::new_netwerkkaart("n", "Kaart", map.clone(), 0)).unwrap();
    let v = MapVersion::capture("  intake ", date("2026-03-12"), &map);
    assert_eq!(v.name, "intake");
    ed.apply(EditCommand::Versions(VersionsCommand::Insert { at: 0, version: Box::new(v) }), 1).unwrap();
    let kept = ed.netwerkkaart().unwrap();
    assert_eq!(kept.versions().len(), 1);
    assert_eq!(kept.versions()[0].rebuild().unwrap(), map, "the version is the map as it was");
    assert_eq!(kept.versions()[0].caption(Lang::Nl), "intake (12-03-2026)");
    ed.apply(EditCommand::Versions(VersionsCommand::Rename { at: 0, name: "Intake".into() }), 1).unwrap();
    assert_eq!(ed.netwerkkaart().unwrap().versions()[0].name, "Intake");
    let refused = ed.apply(EditCommand::Versions(VersionsCommand::Rename { at: 0, name: " ".into() }), 1);
    assert!(refused.is_err(), "a version needs a name");
    assert!(ed.apply(EditCommand::Versions(VersionsCommand::Remove { at: 3 }), 1).is_err());
    ed.apply(EditCommand::Versions(VersionsCommand::Remove { at: 0 }), 1).unwrap();
    assert!(ed.netwerkkaart().unwrap().versions().is_empty());
    ed.undo(1);
    assert_eq!(ed.netwerkkaart().unwrap().versions()[0].name, "Intake");
    ed.undo(1);
    ed.undo(1);
    assert!(ed.netwerkkaart().unwrap().versions().is_empty(), "undo takes the version away again");
    assert_eq!(default_name(&[], Lang::Nl), "Versie 1");
}

#[test]
fn a_genogram_has_no_versions_to_edit() {
    let mut ed = Editor::open(KringDocument::new_genogram("g", "G", Default::default(), 0)).unwrap();
    let v = MapVersion::capture("intake", None, &sample_netwerkkaart());
    assert!(ed.apply(EditCommand::Versions(VersionsCommand::Insert { at: 0, version: Box::new(v) }), 1).is_err());
}

#[test]
fn versions_are_kept_in_the_file_and_a_broken_version_is_refused_with_a_message() {
    let mut map = sample_netwerkkaart();
    map.versions.push(MapVersion::capture("intake", date("2026-03-12"), &map));
    let doc = KringDocument::new_netwerkkaart("n", "Kaart", map, 0);
    let text = doc.to_json();
    assert!(text.contains("\"versions\""));
    assert_eq!(KringDocument::from_json(&text).unwrap(), doc, "read back as written");
    // A map without versions writes no "versions".
    assert!(!KringDocument::new_netwerkkaart("m", "K", sample_netwerkkaart(), 0).to_json().contains("\"versions\""));
    // A version whose tie points at a missing actor: refused, not half loaded.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["content"]["versions"][0]["map"]["ties"][0]["to"] = serde_json::json!(999);
    let err = KringDocument::from_value(v).unwrap_err();
    assert!(!err.message(Lang::Nl).is_empty());
}

/// The sample map, and a later one: Sem (friends, middle) left, Ans moved to the
/// inner ring, a new buddy came, the tie with Kevin became weak and stressful.
fn before_and_after() -> (Netwerkkaart, Netwerkkaart) {
    let before = sample_netwerkkaart();
    let mut after = before.clone();
    let find = |m: &Netwerkkaart, name: &str| {
        m.actors().find(|(_, a)| a.display_name() == name).map(|(id, _)| id).unwrap_or_else(|| panic!("{name}"))
    };
    let sem = find(&after, "Sem");
    after.apply(Command::RemoveActor { id: sem }).unwrap();
    let ans = find(&after, "Ans");
    let mut a = after.actor(ans).unwrap().clone();
    a.ring = Ring::Inner;
    after.apply(Command::UpdateActor { id: ans, actor: a }).unwrap();
    let id = after.next_actor_id();
    let sector = after.actor(ans).unwrap().sector;
    let buddy = Actor::person("Buurtmaatje Joost", sector).in_ring(Ring::Middle).with_formality(Formality::Hybrid);
    after.apply(Command::AddActor { id, actor: buddy }).unwrap();
    let tid = after.next_tie_id();
    after.apply(Command::AddTie { id: tid, tie: Tie::from_centre(id) }).unwrap();
    let kevin = find(&after, "Kevin");
    let (kt, t) =
        after.ties().find(|(_, t)| t.to == kevin && t.from == TieEnd::Centre).map(|(i, t)| (i, t.clone())).unwrap();
    after
        .apply(Command::UpdateTie { id: kt, tie: Tie { strength: Strength::Weak, quality: Quality::Stressful, ..t } })
        .unwrap();
    (before, after)
}

#[test]
fn a_comparison_names_who_came_left_and_moved_and_which_ties_changed() {
    let (before, after) = before_and_after();
    let c = compare(&before, &after, Lang::Nl);
    assert_eq!(c.came, ["Buurtmaatje Joost"]);
    assert_eq!(c.left, ["Sem"]);
    assert_eq!(c.moved.len(), 1);
    assert_eq!((c.moved[0].name.as_str(), c.moved[0].ring), ("Ans", (Ring::Middle, Ring::Inner)));
    // The spoke from the centre to the newcomer came, the one to Sem went.
    assert!(c.ties.iter().any(|t| matches!(t, TieChange::Came(_, b) if b == "Buurtmaatje Joost")), "{:?}", c.ties);
    assert!(c.ties.iter().any(|t| matches!(t, TieChange::Went(_, b) if b == "Sem")), "{:?}", c.ties);
    assert!(c
        .ties
        .iter()
        .any(|t| matches!(t, TieChange::Changed(_, b, _, (Strength::Weak, Quality::Stressful)) if b == "Kevin")));
    let s = c.sentences(Lang::Nl);
    assert!(s.contains(&"Buurtmaatje Joost is erbij gekomen.".to_owned()), "{s:?}");
    assert!(s.contains(&"Sem is uit het netwerk.".to_owned()), "{s:?}");
    assert!(s.iter().any(|l| l.starts_with("Ans staat dichterbij")), "{s:?}");
    assert!(s.iter().any(|l| l.contains("Kevin") && l.contains("zwak, stressvol")), "{s:?}");
    // The figures of both sides: one hybrid more, the same number of actors.
    let (b, a) = (&c.figures.0, &c.figures.1);
    assert_eq!(b.balance.total(), a.balance.total());
    assert_eq!(a.balance.hybrid, b.balance.hybrid + 1);
    assert_eq!(a.rings[0], b.rings[0] + 1, "Ans is in the inner ring now");
    // The same map against itself: nothing changed.
    assert!(compare(&before, &before, Lang::Nl).is_empty());
}

#[test]
fn someone_removed_and_added_again_is_the_same_person_and_a_renamed_one_too() {
    let before = sample_netwerkkaart();
    let mut after = before.clone();
    let (ans, a) = after.actors().find(|(_, a)| a.display_name() == "Ans").map(|(i, a)| (i, a.clone())).unwrap();
    after.apply(Command::RemoveActor { id: ans }).unwrap();
    let id = after.next_actor_id();
    after.apply(Command::AddActor { id, actor: a }).unwrap();
    let (sem, mut s) = after.actors().find(|(_, a)| a.display_name() == "Sem").map(|(i, a)| (i, a.clone())).unwrap();
    s.name = "Sem de Wit".into();
    after.apply(Command::UpdateActor { id: sem, actor: s }).unwrap();
    let c = compare(&before, &after, Lang::En);
    assert!(c.came.is_empty() && c.left.is_empty(), "{c:?}");
    assert!(c.moved.is_empty());
}

#[test]
fn the_name_offered_counts_on_from_the_versions_kept() {
    let map = sample_netwerkkaart();
    let intake = MapVersion::capture("intake", None, &map);
    assert_eq!(default_name(std::slice::from_ref(&intake), Lang::Nl), "Versie 2");
    let two = MapVersion::capture("Versie 2", None, &map);
    assert_eq!(default_name(&[intake, two], Lang::En), "Version 3");
    let taken = MapVersion::capture("Versie 1", None, &map);
    assert_eq!(default_name(&[taken], Lang::Nl), "Versie 2");
}
