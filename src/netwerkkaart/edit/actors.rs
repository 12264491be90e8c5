//! One-click edits of a netwerkkaart, each one undoable command: an actor arrives with
//! its tie to the centre, moving an actor changes its sector and ring, a tie between
//! two actors starts as a plain one the user then qualifies.

use crate::kernel::Point;
use crate::netwerkkaart::layout::NetwerkkaartLayout;
use crate::netwerkkaart::{
    Actor, ActorId, Command, Formality, Netwerkkaart, NetwerkkaartItem, Ring, SectorId, SectorKind, Tie, TieEnd,
};

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

/// Dropping a dragged actor: `delta` is how far (in layout units) the symbol was moved
/// from where `layout` drew it. The cell under the new position decides the sector and
/// ring; `None` when the actor is unknown or lands in the cell it came from.
pub fn drop_actor(map: &Netwerkkaart, layout: &NetwerkkaartLayout, id: ActorId, delta: (f64, f64)) -> Option<Command> {
    let from = layout.position(id)?;
    let (sector, ring) = layout.cell_at(Point { x: from.x + delta.0, y: from.y + delta.1 })?;
    move_actor(map, id, sector, ring)
}

/// Removes a selected actor (with its ties) or tie; the centre and sectors are not
/// removed this way.
pub fn remove_item(map: &Netwerkkaart, item: NetwerkkaartItem) -> Option<Command> {
    match item {
        NetwerkkaartItem::Actor(id) if map.contains_actor(id) => Some(Command::RemoveActor { id }),
        NetwerkkaartItem::Tie(id) if map.contains(item) => Some(Command::RemoveTie { id }),
        _ => None,
    }
}

/// The actors `actor` could get a new tie with: every other actor not yet tied to it,
/// in id order (for the "tie to another actor" choice).
pub fn tie_candidates(map: &Netwerkkaart, actor: ActorId) -> Vec<ActorId> {
    map.actors()
        .map(|(id, _)| id)
        .filter(|&other| other != actor && map.tie_between(TieEnd::Actor(actor), TieEnd::Actor(other)).is_none())
        .collect()
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
    use crate::netwerkkaart::Centre;

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

    #[test]
    fn dropping_an_actor_on_another_cell_moves_it_there() {
        let mut m = map();
        let fam = sector_of(&m, SectorKind::Family);
        let prof = sector_of(&m, SectorKind::Professionals);
        let (cmd, a) = add_actor(&m, fam, "Oma");
        m.apply(cmd).unwrap();
        let (cmd, gp) = add_actor(&m, prof, "Huisarts");
        m.apply(cmd).unwrap();
        let l = crate::netwerkkaart::layout::layout(&m);
        let (pa, pg) = (l.position(a).unwrap(), l.position(gp).unwrap());
        assert!(drop_actor(&m, &l, a, (3.0, -2.0)).is_none(), "a small nudge stays in the cell");
        let cmd = drop_actor(&m, &l, a, (pg.x - pa.x, pg.y - pa.y)).expect("dropped on the GP's cell");
        m.apply(cmd).unwrap();
        assert_eq!(m.actor(a).unwrap().sector, prof);
        assert_eq!(m.actor(a).unwrap().ring, Ring::Middle);
        // Dragged far inwards lands in the inner ring of the sector under the pointer.
        let l = crate::netwerkkaart::layout::layout(&m);
        let pa = l.position(a).unwrap();
        let (sector, ring) = l.cell_at(Point { x: pa.x * 0.1, y: pa.y * 0.1 }).unwrap();
        let cmd = drop_actor(&m, &l, a, (pa.x * 0.1 - pa.x, pa.y * 0.1 - pa.y)).unwrap();
        m.apply(cmd).unwrap();
        assert_eq!((m.actor(a).unwrap().sector, m.actor(a).unwrap().ring), (sector, ring));
        assert_eq!(ring, Ring::Inner);
        assert!(drop_actor(&m, &l, ActorId(99), (0.0, 0.0)).is_none());
    }

    #[test]
    fn removing_the_selected_item_and_tie_candidates() {
        let mut m = map();
        let fam = sector_of(&m, SectorKind::Family);
        let (cmd, a) = add_actor(&m, fam, "A");
        m.apply(cmd).unwrap();
        let (cmd, b) = add_actor(&m, fam, "B");
        m.apply(cmd).unwrap();
        let (cmd, c) = add_actor(&m, fam, "C");
        m.apply(cmd).unwrap();
        assert_eq!(tie_candidates(&m, a), vec![b, c]);
        m.apply(add_tie(&m, Some(a), b).unwrap()).unwrap();
        assert_eq!(tie_candidates(&m, a), vec![c], "B is already tied to A");
        let (tie, _) = m.centre_tie(c).unwrap();
        m.apply(remove_item(&m, NetwerkkaartItem::Tie(tie)).unwrap()).unwrap();
        assert!(m.centre_tie(c).is_none());
        m.apply(remove_item(&m, NetwerkkaartItem::Actor(a)).unwrap()).unwrap();
        assert!(!m.contains_actor(a));
        assert_eq!(m.ties_of(TieEnd::Actor(b)).len(), 1, "A's ties went with A");
        assert!(remove_item(&m, NetwerkkaartItem::Centre).is_none(), "the centre stays");
        assert!(remove_item(&m, NetwerkkaartItem::Actor(a)).is_none(), "already gone");
    }
}
