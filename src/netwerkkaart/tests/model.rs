//! Commands, refusals, undo/redo, stored content and the genogram bridge.

use crate::genogram::model::{Command as GCommand, Gender, Genogram, Person, PersonId};
use crate::i18n::Lang;
use crate::kernel::History;
use crate::netwerkkaart::*;

fn map_with_two() -> (Netwerkkaart, ActorId, ActorId) {
    let mut n = Netwerkkaart::new(Centre::person("Noah"));
    let a = n.next_actor_id();
    n.apply(Command::AddActor { id: a, actor: Actor::person("Ans", SectorId(2)) }).unwrap();
    let b = n.next_actor_id();
    n.apply(Command::AddActor { id: b, actor: Actor::organisation("Wijkteam", SectorId(3)) }).unwrap();
    (n, a, b)
}

#[test]
fn new_map_has_the_four_standard_sectors() {
    let n = Netwerkkaart::new(Centre::household("Gezin De Vries"));
    let kinds: Vec<SectorKind> = n.sectors().map(|(_, s)| s.kind).collect();
    assert_eq!(kinds, SectorKind::DEFAULTS.to_vec());
    assert_eq!(n.sectors().map(|(id, _)| id.0).collect::<Vec<_>>(), vec![0, 1, 2, 3]);
    assert_eq!(n.sector(SectorId(2)).unwrap().label(Lang::Nl), "buren / collega's / school");
    assert_eq!(n.next_sector_id(), SectorId(4));
    assert_eq!(n.centre().kind, CentreKind::Household);
}

#[test]
fn refused_edits_change_nothing() {
    let (mut n, a, b) = map_with_two();
    n.apply(Command::AddTie { id: TieId(0), tie: Tie::from_centre(a) }).unwrap();
    let before = n.clone();
    let cases = vec![
        (
            Command::AddTie { id: TieId(5), tie: Tie::from_centre(ActorId(99)) },
            NetwerkkaartError::ActorNotFound(ActorId(99)),
        ),
        (
            Command::AddTie { id: TieId(5), tie: Tie::between(a, a) },
            NetwerkkaartError::SelfTie { actor: a, name: "Ans".into() },
        ),
        (Command::AddActor { id: a, actor: Actor::person("X", SectorId(0)) }, NetwerkkaartError::ActorIdInUse(a)),
        (
            Command::AddActor { id: ActorId(9), actor: Actor::person("X", SectorId(42)) },
            NetwerkkaartError::SectorNotFound(SectorId(42)),
        ),
        (Command::AddTie { id: TieId(0), tie: Tie::from_centre(b) }, NetwerkkaartError::TieIdInUse(TieId(0))),
        (
            Command::AddSector { id: SectorId(1), sector: Sector::custom("kerk") },
            NetwerkkaartError::SectorIdInUse(SectorId(1)),
        ),
        (Command::RemoveActor { id: ActorId(7) }, NetwerkkaartError::ActorNotFound(ActorId(7))),
        (Command::RemoveTie { id: TieId(3) }, NetwerkkaartError::TieNotFound(TieId(3))),
    ];
    for (cmd, err) in cases {
        assert_eq!(n.apply(cmd), Err(err));
        assert_eq!(n, before);
    }
    // A second tie between the same two ends, in either direction, is refused.
    let dup = n.apply(Command::AddTie { id: TieId(4), tie: Tie::from_centre(a) });
    assert!(matches!(dup, Err(NetwerkkaartError::DuplicateTie { existing: TieId(0), .. })));
    n.apply(Command::AddTie { id: TieId(1), tie: Tie::between(a, b) }).unwrap();
    let dup = n.apply(Command::AddTie { id: TieId(2), tie: Tie::between(b, a) }).unwrap_err();
    assert_eq!(dup.items(), vec![NetwerkkaartItem::Tie(TieId(1))]);
    assert!(dup.message(Lang::Nl).contains("‘Wijkteam’") && dup.message(Lang::Nl).contains("Er is al een verbinding"));
}

#[test]
fn removing_a_sector_with_actors_is_refused_empty_one_allowed() {
    let (mut n, _, _) = map_with_two();
    let before = n.clone();
    let err = n.apply(Command::RemoveSector { id: SectorId(2) }).unwrap_err();
    assert_eq!(err.items(), vec![NetwerkkaartItem::Sector(SectorId(2))]);
    assert_eq!(
        err.message(Lang::Nl),
        "Sector ‘buren / collega's / school’ heeft nog 1 actor; verplaats of verwijder die eerst."
    );
    assert_eq!(
        err.message(Lang::En),
        "Sector ‘neighbours / colleagues / school’ still has 1 actor; move or remove them first."
    );
    assert_eq!(n, before);
    let inv = n.apply(Command::RemoveSector { id: SectorId(1) }).unwrap();
    assert_eq!(n.sector_count(), 3);
    n.apply(inv).unwrap();
    assert_eq!(n, before);
}

#[test]
fn a_failing_batch_rolls_back_its_earlier_edits() {
    let (mut n, a, _) = map_with_two();
    let before = n.clone();
    let batch = Command::Batch(vec![
        Command::UpdateActor { id: a, actor: Actor::person("Ans B.", SectorId(2)) },
        Command::AddTie { id: TieId(0), tie: Tie::from_centre(a) },
        Command::AddTie { id: TieId(1), tie: Tie::from_centre(ActorId(50)) },
    ]);
    assert_eq!(n.apply(batch), Err(NetwerkkaartError::ActorNotFound(ActorId(50))));
    assert_eq!(n, before);
}

#[test]
fn removing_an_actor_takes_its_ties_and_undo_restores_the_same_ids() {
    let mut n = sample_netwerkkaart();
    let before = n.clone();
    let wijkteam = ActorId(8);
    let ties_before: Vec<TieId> = n.ties_of(TieEnd::Actor(wijkteam)).iter().map(|(id, _)| *id).collect();
    assert_eq!(ties_before.len(), 4);
    let inv = n.apply(Command::RemoveActor { id: wijkteam }).unwrap();
    assert!(!n.contains_actor(wijkteam));
    assert_eq!(n.tie_count(), before.tie_count() - 4);
    assert!(ties_before.iter().all(|t| n.tie(*t).is_none()));
    n.apply(inv).unwrap();
    assert_eq!(n, before);
    assert_eq!(n.ties_of(TieEnd::Actor(wijkteam)).iter().map(|(id, _)| *id).collect::<Vec<_>>(), ties_before);
    // New ids continue after the highest ever given, so nothing is reused.
    assert_eq!(n.next_actor_id(), ActorId(12));
}

#[test]
fn history_gives_undo_and_redo() {
    let mut h = History::new(Netwerkkaart::new(Centre::person("Noah")));
    let id = h.document().next_actor_id();
    h.apply(Command::AddActor { id, actor: Actor::person("Sem", SectorId(1)) }).unwrap();
    let tie = h.document().next_tie_id();
    h.apply(Command::AddTie { id: tie, tie: Tie::from_centre(id) }).unwrap();
    assert_eq!(h.document().tie_count(), 1);
    assert!(h.undo().unwrap());
    assert!(h.undo().unwrap());
    assert_eq!(h.document().actor_count(), 0);
    assert!(h.redo().unwrap() && h.redo().unwrap());
    assert_eq!(h.document().tie(tie).unwrap().to, id);
}

#[test]
fn updating_a_tie_can_move_it_and_undo_moves_it_back() {
    let (mut n, a, b) = map_with_two();
    n.apply(Command::AddTie { id: TieId(0), tie: Tie::from_centre(a) }).unwrap();
    let before = n.clone();
    let inv = n.apply(Command::UpdateTie { id: TieId(0), tie: Tie::from_centre(b) }).unwrap();
    assert!(n.centre_tie(a).is_none());
    assert_eq!(n.centre_tie(b).map(|(id, _)| id), Some(TieId(0)));
    n.apply(inv).unwrap();
    assert_eq!(n, before);
}

#[test]
fn content_round_trips_and_keeps_ids_and_counters() {
    let mut n = sample_netwerkkaart();
    n.apply(Command::RemoveActor { id: ActorId(3) }).unwrap();
    let json = serde_json::to_string(&n.to_content()).unwrap();
    assert!(json.contains(r#""from":"centre""#), "{json}");
    let back = Netwerkkaart::from_content(serde_json::from_str(&json).unwrap()).unwrap();
    assert_eq!(back, n);
    assert!(!back.contains_actor(ActorId(3)));
    assert_eq!(back.next_actor_id(), ActorId(12));
}

#[test]
fn invalid_content_is_refused() {
    let good = sample_netwerkkaart().to_content();
    let mut c = good.clone();
    c.ties[0].value.to = ActorId(77);
    assert_eq!(Netwerkkaart::from_content(c), Err(NetwerkkaartError::ActorNotFound(ActorId(77))));
    let mut c = good.clone();
    c.actors[1].id = c.actors[0].id;
    assert_eq!(Netwerkkaart::from_content(c), Err(NetwerkkaartError::ActorIdInUse(ActorId(0))));
    let mut c = good.clone();
    c.sectors.pop();
    assert_eq!(Netwerkkaart::from_content(c), Err(NetwerkkaartError::SectorNotFound(SectorId(3))));
    let mut c = good;
    c.ties[12].value.from = TieEnd::Actor(c.ties[12].value.to);
    assert!(matches!(Netwerkkaart::from_content(c), Err(NetwerkkaartError::SelfTie { .. })));
}

#[test]
fn stored_words_are_stable() {
    let n = sample_netwerkkaart();
    let v = serde_json::to_value(n.to_content()).unwrap();
    let tie0 = &v["ties"][0];
    assert_eq!(tie0["strength"], "strong");
    assert_eq!(tie0["support"], serde_json::json!(["practical", "company", "emotional"]));
    assert_eq!(tie0["frequency"], "daily");
    assert_eq!(v["ties"][12]["from"], serde_json::json!({"actor": 4}));
    assert_eq!(v["actors"][6]["verbinder"], true);
    assert_eq!(v["sectors"][0], serde_json::json!({"id": 0, "kind": "family"}));
}

fn small_genogram() -> (Genogram, PersonId, PersonId, PersonId) {
    let mut g = Genogram::new();
    let mut add = |p: Person| {
        let id = g.next_person_id();
        g.apply(GCommand::AddPerson { id, person: p }).unwrap();
        id
    };
    let noah = add(Person::new("Noah", "de Vries", Gender::Male));
    let fatima = add(Person::new("Fatima", "el Amrani", Gender::Female));
    let mut jan = Person::new("Jan", "de Vries", Gender::Male);
    jan.deceased = true;
    let jan = add(jan);
    (g, noah, fatima, jan)
}

#[test]
fn import_from_genogram_fills_family_skipping_centre_dead_and_already_linked() {
    let (g, noah, fatima, _jan) = small_genogram();
    let mut centre = Centre::person("Noah");
    centre.genogram_person = Some(("doc-1".into(), noah));
    let mut n = Netwerkkaart::new(centre);
    let cmd = n.import_from_genogram(&g, "doc-1");
    n.apply(cmd).unwrap();
    let fam: Vec<&Actor> = n.actors().map(|(_, a)| a).collect();
    assert_eq!(fam.len(), 1, "only Fatima: not the centre, not the deceased Jan");
    assert_eq!(fam[0].name, "Fatima el Amrani");
    assert_eq!(fam[0].sector, n.sector_of_kind(SectorKind::Family).unwrap());
    assert_eq!(fam[0].genogram_person, Some(("doc-1".to_owned(), fatima)));
    assert_eq!(fam[0].formality, Formality::Informal);
    // Importing again adds nothing.
    assert!(n.import_from_genogram(&g, "doc-1").is_empty());
}

#[test]
fn import_adds_a_family_sector_when_missing_and_gives_kin_roles() {
    let mut g = crate::genogram::model::sample_family();
    let noah = g.index_person().unwrap();
    let fatima = g.parents(noah).into_iter().find(|p| g.person(*p).unwrap().given_name == "Fatima").unwrap();
    let mut centre = Centre::person("Noah");
    centre.genogram_person = Some(("casus".into(), noah));
    let mut n = Netwerkkaart::new(centre);
    n.apply(Command::RemoveSector { id: SectorId(0) }).unwrap();
    let cmd = n.import_from_genogram_in(&g, "casus", Lang::En);
    n.apply(cmd).unwrap();
    let fam = n.sector_of_kind(SectorKind::Family).expect("family sector added");
    assert_eq!(fam, SectorId(4));
    let mother = n.actors().find(|(_, a)| a.genogram_person.as_ref().map(|l| l.1) == Some(fatima)).unwrap().1;
    assert_eq!(mother.role, "mother");
    // Names follow the genogram: rename Fatima there, sync here.
    let mut p = g.person(fatima).unwrap().clone();
    p.given_name = "Fatma".into();
    g.apply(GCommand::UpdatePerson { id: fatima, person: p }).unwrap();
    let applied = n.sync_names_from_genogram(&g, "casus");
    assert!(!applied.is_empty());
    assert!(n.actors().any(|(_, a)| a.name.starts_with("Fatma")));
    assert!(n.name_updates_from_genogram(&g, "casus").is_empty(), "nothing left to sync");
    assert!(n.sync_names_from_genogram(&g, "other-doc").is_empty());
}

#[test]
fn renames_on_the_map_go_back_to_the_genogram() {
    let (mut g, noah, fatima, _) = small_genogram();
    let mut centre = Centre::person("Noah de Vries");
    centre.genogram_person = Some(("d".into(), noah));
    let mut n = Netwerkkaart::new(centre);
    n.apply(n.import_from_genogram(&g, "d")).unwrap();
    let (id, a) = n.actors().next().map(|(id, a)| (id, a.clone())).unwrap();
    n.apply(Command::UpdateActor { id, actor: Actor { name: "Fatima van der Berg".into(), ..a } }).unwrap();
    let cmd = n.name_updates_for_genogram(&g, "d");
    g.apply(cmd).unwrap();
    let p = g.person(fatima).unwrap();
    assert_eq!((p.given_name.as_str(), p.family_name.as_str()), ("Fatima", "van der Berg"));
    assert_eq!(g.person(noah).unwrap().display_name(), "Noah de Vries");
}

#[test]
fn role_suggestions_propose_sector_and_formality() {
    assert_eq!(RoleSuggestion::matching("huis", Lang::Nl), vec![RoleSuggestion::Huisarts]);
    assert_eq!(RoleSuggestion::Huisarts.formality(), Formality::Formal);
    assert_eq!(RoleSuggestion::Buurvrouw.sector_kind(), SectorKind::Neighbours);
    assert_eq!(RoleSuggestion::Vrijwilliger.formality(), Formality::Hybrid);
    assert_eq!(RoleSuggestion::matching("", Lang::En).len(), RoleSuggestion::ALL.len());
}
