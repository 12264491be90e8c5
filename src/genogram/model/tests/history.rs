//! Undo, redo, transactions and the cap on history length.

use crate::genogram::model::*;
use crate::kernel::History;

fn add_person(h: &mut History<Genogram>, name: &str) -> PersonId {
    let id = h.document().next_person_id();
    h.apply(Command::AddPerson { id, person: Person::new(name, "", Gender::Female) }).unwrap();
    id
}

#[test]
fn undo_redo_and_new_edit_clears_redo() {
    let mut h = History::new(Genogram::new());
    assert!(!h.can_undo());
    let a = add_person(&mut h, "a");
    let b = add_person(&mut h, "b");
    assert_eq!(h.undo_len(), 2);
    assert!(h.undo().unwrap());
    assert!(!h.document().contains_person(b));
    assert!(h.can_redo());
    assert!(h.redo().unwrap());
    assert!(h.document().contains_person(b));
    h.undo().unwrap();
    let c = add_person(&mut h, "c");
    assert!(!h.can_redo(), "a new edit clears redo");
    assert_ne!(c, b, "ids are not reused after undo");
    assert!(h.document().contains_person(a));
    assert!(!h.redo().unwrap());
}

#[test]
fn refused_edit_keeps_redo() {
    let mut h = History::new(Genogram::new());
    add_person(&mut h, "a");
    h.undo().unwrap();
    assert!(h.apply(Command::RemovePerson { id: PersonId(7) }).is_err());
    assert!(h.can_redo());
}

#[test]
fn add_child_with_partner_is_one_step() {
    let mut h = History::new(sample_family());
    let start = h.document().clone();
    let lisa = PersonId(5);
    h.begin();
    let partner = add_person(&mut h, "partner");
    let union = h.document().next_union_id();
    h.apply(Command::AddUnion { id: union, union: Union::new(lisa, partner, UnionKind::Cohabiting) }).unwrap();
    let kid = add_person(&mut h, "kid");
    let link = h.document().next_child_link_id();
    h.apply(Command::AddChildLink { id: link, link: ChildLink::of_union(union, kid) }).unwrap();
    assert!(!h.can_undo(), "no undo inside a transaction");
    assert!(!h.undo().unwrap());
    h.commit();
    assert_eq!(h.undo_len(), 1);
    let end = h.document().clone();
    assert_eq!(end.children(lisa), vec![kid]);
    h.undo().unwrap();
    assert_eq!(h.document(), &start);
    h.redo().unwrap();
    assert_eq!(h.document(), &end);
    assert_eq!(h.document().children(lisa), vec![kid], "redo reproduces the same ids");
}

#[test]
fn abort_rolls_back_and_records_nothing() {
    let mut h = History::new(sample_family());
    let start = h.document().clone();
    h.begin();
    add_person(&mut h, "x");
    h.apply(Command::RemovePerson { id: PersonId(2) }).unwrap();
    h.abort();
    assert_eq!(h.document(), &start);
    assert_eq!(h.undo_len(), 0);
    assert!(!h.in_transaction());
    // An empty commit records nothing either.
    h.begin();
    h.commit();
    assert_eq!(h.undo_len(), 0);
}

#[test]
fn nested_transactions() {
    let mut h = History::new(Genogram::new());
    h.begin();
    let a = add_person(&mut h, "a");
    h.begin();
    let b = add_person(&mut h, "b");
    h.abort();
    h.begin();
    let c = add_person(&mut h, "c");
    h.commit();
    h.commit();
    assert_eq!(h.undo_len(), 1);
    let d = h.document();
    assert!(d.contains_person(a) && !d.contains_person(b) && d.contains_person(c));
    h.undo().unwrap();
    assert!(h.document().is_empty());
}

#[test]
fn history_is_capped() {
    let mut h = History::with_limit(Genogram::new(), 3);
    for i in 0..5 {
        add_person(&mut h, &i.to_string());
    }
    assert_eq!(h.undo_len(), 3);
    while h.undo().unwrap() {}
    assert_eq!(h.document().person_count(), 2, "the two oldest edits can no longer be undone");
    assert_eq!(History::new(Genogram::new()).limit(), 200);
    h.set_limit(1);
    assert_eq!(h.limit(), 1);
}
