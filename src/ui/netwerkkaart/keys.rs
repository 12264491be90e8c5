//! Keys on the canvas while a netwerkkaart is open, as in the genogram editor: with the
//! centre or an actor selected the arrows move the selection to the next symbol that
//! way on the screen, and Enter moves the focus to the selection's name field (a tie's
//! first field). With nothing selected, Enter selects the centre: the way in for
//! someone without a mouse (the arrows then pan, as in the genogram). The digits 1–9
//! add someone to that sector and put the cursor in their name, as the genogram's
//! letter keys add relatives. Delete, Escape and undo are the app-wide shortcuts
//! ([`crate::ui::shell::shortcuts`]). Which symbol is "next" is decided by plain code,
//! [`crate::netwerkkaart::layout::NetwerkkaartLayout::neighbour`].

use crate::editor::drawing::{Direction, Drawing};
use crate::netwerkkaart::edit::sectors;
use crate::netwerkkaart::NetwerkkaartItem;
use crate::ui::session::Session;
use leptos::prelude::*;

/// What a key asks for on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapKey {
    /// Select the next symbol in this direction.
    Move(Direction),
    /// Focus the panel field with this test id.
    Focus(&'static str),
    /// Select the centre.
    SelectCentre,
}

/// Maps a key press (without Ctrl, Alt or Meta) with `selection` on the map to what it
/// asks for. Arrows with a tie (or nothing) selected are not taken: the canvas pans.
pub fn map_key(key: &str, selection: Option<NetwerkkaartItem>) -> Option<MapKey> {
    let movable = matches!(selection, Some(NetwerkkaartItem::Centre | NetwerkkaartItem::Actor(_)));
    match key {
        "ArrowUp" if movable => Some(MapKey::Move(Direction::Up)),
        "ArrowDown" if movable => Some(MapKey::Move(Direction::Down)),
        "ArrowLeft" if movable => Some(MapKey::Move(Direction::Left)),
        "ArrowRight" if movable => Some(MapKey::Move(Direction::Right)),
        "Enter" => match selection {
            None => Some(MapKey::SelectCentre),
            Some(NetwerkkaartItem::Centre) => Some(MapKey::Focus("centre-name")),
            Some(NetwerkkaartItem::Actor(_)) => Some(MapKey::Focus("actor-name")),
            Some(NetwerkkaartItem::Tie(_)) => Some(MapKey::Focus("tie-strength")),
            Some(NetwerkkaartItem::Sector(_)) => None,
        },
        _ => None,
    }
}

/// Handles a key press on the canvas if a netwerkkaart is open and the key is one of
/// the map's; returns whether it did (the canvas then does nothing else with it).
pub fn map_key_pressed(session: Session, drawing: Memo<Option<Drawing>>, ev: &web_sys::KeyboardEvent) -> bool {
    if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || !session.is_netwerkkaart() {
        return false;
    }
    // A digit adds someone to that sector (1 = the first in drawing order), whatever
    // is selected: the map's counterpart of the genogram's letter keys.
    let sector = session
        .editor
        .with_untracked(|e| e.as_ref()?.netwerkkaart().and_then(|m| sectors::sector_for_key(m, &ev.key())));
    if let (Some(sector), false) = (sector, session.tool.get_untracked().is_connecting()) {
        ev.prevent_default();
        session.add_actor_in_sector(sector);
        return true;
    }
    let selection = session.netwerkkaart_selection.get_untracked();
    let Some(action) = map_key(&ev.key(), selection) else { return false };
    ev.prevent_default();
    match action {
        MapKey::Move(dir) => {
            // Nothing that way: the selection stays (the key is still taken, so the
            // drawing does not jump away under a selected actor).
            let next = selection
                .and_then(|from| drawing.with_untracked(|d| d.as_ref().and_then(|d| d.map_neighbour(from, dir))));
            if next.is_some() {
                session.select_netwerkkaart(next);
            }
        }
        MapKey::SelectCentre => session.select_netwerkkaart(Some(NetwerkkaartItem::Centre)),
        MapKey::Focus(test_id) => {
            let found = document().query_selector(&format!("[data-testid={test_id}]")).ok().flatten();
            if let Some(el) = found.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
                let _ = el.focus();
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::{ActorId, SectorId, TieId};

    #[test]
    fn arrows_move_from_centre_and_actors_enter_focuses_the_form() {
        let a = Some(NetwerkkaartItem::Actor(ActorId(3)));
        let centre = Some(NetwerkkaartItem::Centre);
        assert_eq!(map_key("ArrowUp", centre), Some(MapKey::Move(Direction::Up)));
        assert_eq!(map_key("ArrowLeft", a), Some(MapKey::Move(Direction::Left)));
        assert_eq!(map_key("ArrowRight", a), Some(MapKey::Move(Direction::Right)));
        assert_eq!(map_key("ArrowDown", a), Some(MapKey::Move(Direction::Down)));
        assert_eq!(map_key("Enter", a), Some(MapKey::Focus("actor-name")));
        assert_eq!(map_key("Enter", centre), Some(MapKey::Focus("centre-name")));
        assert_eq!(map_key("Enter", Some(NetwerkkaartItem::Tie(TieId(1)))), Some(MapKey::Focus("tie-strength")));
    }

    #[test]
    fn other_keys_and_tie_arrows_are_left_to_the_canvas() {
        assert_eq!(map_key("ArrowUp", Some(NetwerkkaartItem::Tie(TieId(1)))), None, "the canvas pans");
        assert_eq!(map_key("ArrowUp", None), None, "the canvas pans");
        assert_eq!(map_key("ArrowUp", Some(NetwerkkaartItem::Sector(SectorId(0)))), None);
        assert_eq!(map_key("Enter", Some(NetwerkkaartItem::Sector(SectorId(0)))), None);
        for key in ["Delete", "Escape", "+", "0", "a"] {
            assert_eq!(map_key(key, Some(NetwerkkaartItem::Centre)), None, "{key}");
            assert_eq!(map_key(key, None), None, "{key}");
        }
    }

    #[test]
    fn enter_with_nothing_selected_selects_the_centre() {
        assert_eq!(map_key("Enter", None), Some(MapKey::SelectCentre));
    }
}
