//! One-click edits of a netwerkkaart, each one undoable command: an actor arrives with
//! its tie to the centre, moving an actor changes its sector and ring, a tie between
//! two actors starts as a plain one the user then qualifies.

use crate::network::{Actor, ActorId, Command, Formality, Netwerkkaart, Ring, SectorId, SectorKind, Tie, TieEnd};

/// A new actor in `sector` with a tie from the centre; professionals' sector actors are
/// formal organisations-or-persons by default, others informal. Returns the command and
/// the new actor's id (to select it).
pub fn add_actor(map: &Netwerkkaart, sector: SectorId, name: &str) -> (Command, ActorId) {
    let id = map.next_actor_id();
    let mut actor = Actor::person(name, sector);
    if map.sector(sector).is_some_and(|s| s.kind == SectorKind::Professionals) {
        actor.formality = Formality::Formal;
    }
    let cmd = Command::Batch(vec![
        Command::AddActor { id, actor },
        Command::AddTie { id: map.next_tie_id(), tie: Tie::from_centre(id) },
    ]);
    (cmd, id)
}

/// Moves an actor to another sector and ring (dragging it across the map).
pub fn move_actor(map: &Netwerkkaart, id: ActorId, sector: SectorId, ring: Ring) -> Option<Command> {
    let mut actor = map.actor(id)?.clone();
    if actor.sector == sector && actor.ring == ring {
        return None;
    }
    actor.sector = sector;
    actor.ring = ring;
    actor.pin = None;
    Some(Command::UpdateActor { id, actor })
}

/// A tie between two actors (or from the centre when `from` is `None`), unless the
/// pair is already tied.
pub fn add_tie(map: &Netwerkkaart, from: Option<ActorId>, to: ActorId) -> Option<Command> {
    let end = match from {
        Some(a) if a == to => return None,
        Some(a) => TieEnd::Actor(a),
        None => TieEnd::Centre,
    };
    if map.tie_between(end, TieEnd::Actor(to)).is_some() {
        return None;
    }
    let tie = match from {
        Some(a) => Tie::between(a, to),
        None => Tie::from_centre(to),
    };
    Some(Command::AddTie { id: map.next_tie_id(), tie })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document as _;
    use crate::network::Centre;

    fn map() -> Netwerkkaart {
        Netwerkkaart::new(Centre { name: "Noah".into(), ..Centre::default() })
    }

    fn sector_of(m: &Netwerkkaart, kind: SectorKind) -> SectorId {
        m.sectors().find(|(_, s)| s.kind == kind).unwrap().0
    }

    #[test]
    fn new_actor_comes_with_a_centre_tie_and_sector_formality() {
        let mut m = map();
        let fam = sector_of(&m, SectorKind::Family);
        let prof = sector_of(&m, SectorKind::Professionals);
        let (cmd, oma) = add_actor(&m, fam, "Oma");
        m.apply(cmd).unwrap();
        let (cmd, gp) = add_actor(&m, prof, "Huisarts");
        m.apply(cmd).unwrap();
        assert_eq!(m.actor(oma).unwrap().formality, Formality::Informal);
        assert_eq!(m.actor(gp).unwrap().formality, Formality::Formal);
        assert!(m.centre_tie(oma).is_some() && m.centre_tie(gp).is_some());
    }

    #[test]
    fn moving_and_tying_actors() {
        let mut m = map();
        let fam = sector_of(&m, SectorKind::Family);
        let friends = sector_of(&m, SectorKind::Friends);
        let (cmd, a) = add_actor(&m, fam, "A");
        m.apply(cmd).unwrap();
        let (cmd, b) = add_actor(&m, fam, "B");
        m.apply(cmd).unwrap();
        assert!(move_actor(&m, a, fam, Ring::Middle).is_none(), "no change, no command");
        m.apply(move_actor(&m, a, friends, Ring::Inner).unwrap()).unwrap();
        assert_eq!((m.actor(a).unwrap().sector, m.actor(a).unwrap().ring), (friends, Ring::Inner));
        m.apply(add_tie(&m, Some(a), b).unwrap()).unwrap();
        assert!(add_tie(&m, Some(a), b).is_none(), "already tied");
        assert!(add_tie(&m, Some(a), a).is_none(), "not to itself");
        assert!(add_tie(&m, None, a).is_none(), "centre tie exists");
    }
}
