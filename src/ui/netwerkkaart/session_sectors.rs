//! The [`Session`] methods for a netwerkkaart's sectors: add one, rename it, remove an
//! empty one, and add an actor in any sector. The rules are in
//! [`crate::netwerkkaart::edit::sectors`]; a refusal goes to the status line.

use crate::i18n::Lang;
use crate::netwerkkaart::edit::{actors, sectors};
use crate::netwerkkaart::{ActorId, NetwerkkaartItem, SectorId};
use crate::ui::session::{Session, StatusText};
use leptos::prelude::*;

impl Session {
    /// Adds a custom sector named `base` (numbered if taken) as one undo step and
    /// returns its id, so the panel can put the cursor in its name.
    pub fn add_sector(&self, base: &str) -> Option<SectorId> {
        let (cmd, id) = self.editor.with_untracked(|e| Some(sectors::add_sector(e.as_ref()?.netwerkkaart()?, base)))?;
        self.apply(cmd).then_some(id)
    }

    /// Renames a sector to what the user typed in `lang`; `false` when nothing changed
    /// (the same name, an unknown sector, or an emptied custom name).
    pub fn rename_sector(&self, id: SectorId, name: &str, lang: Lang) -> bool {
        self.plan_netwerkkaart(|map| sectors::rename_sector(map, id, name, lang))
    }

    /// Removes an empty sector as one undo step (the status line offers "Ongedaan
    /// maken"); a sector that still has actors stays, and the status line says why.
    pub fn remove_sector(&self, id: SectorId) -> bool {
        let planned = self.editor.with_untracked(|e| e.as_ref()?.netwerkkaart().map(|m| sectors::remove_sector(m, id)));
        match planned {
            Some(Ok(cmd)) => {
                let removed = self.apply(cmd);
                if removed {
                    let (nl, en) = (Lang::Nl.texts().nw_sector_removed, Lang::En.texts().nw_sector_removed);
                    self.status.set(Some(StatusText { offers_undo: true, ..StatusText::info(nl, en) }));
                }
                removed
            }
            Some(Err(refusal)) => {
                self.status.set(Some(StatusText::error(refusal.message(Lang::Nl), refusal.message(Lang::En))));
                false
            }
            None => false,
        }
    }

    /// Adds an unnamed actor in `sector` (with its tie to the centre), selects it and
    /// asks the panel to focus its name.
    pub fn add_actor_in_sector(&self, sector: SectorId) -> Option<ActorId> {
        let (cmd, id) = self.editor.with_untracked(|e| {
            let map = e.as_ref()?.netwerkkaart()?;
            map.sector(sector)?;
            Some(actors::add_actor(map, sector, ""))
        })?;
        if !self.apply(cmd) {
            return None;
        }
        self.select_netwerkkaart(Some(NetwerkkaartItem::Actor(id)));
        self.focus_name.set(true);
        Some(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::Sector;

    use crate::ui::netwerkkaart::session_ext::tests::map_of;

    #[test]
    fn a_custom_sector_is_added_renamed_filled_and_removed_only_when_empty() {
        Owner::new().with(|| {
            let s = Session::new();
            s.new_netwerkkaart("Netwerk");
            let kerk = s.add_sector("Nieuwe sector").expect("added");
            assert!(s.rename_sector(kerk, "Kerk", Lang::Nl));
            assert!(!s.rename_sector(kerk, "Kerk", Lang::Nl), "no change, no undo step");
            assert_eq!(map_of(&s, |m| m.sector(kerk).cloned()), Some(Sector::custom("Kerk")));
            let a = s.add_actor_in_sector(kerk).expect("actor added");
            assert_eq!(s.netwerkkaart_selection.get_untracked(), Some(NetwerkkaartItem::Actor(a)));
            assert_eq!(map_of(&s, |m| m.actor(a).unwrap().sector), kerk);
            // Refused while not empty, with the model's reason.
            assert!(!s.remove_sector(kerk));
            let status = s.status.get_untracked().unwrap();
            assert!(status.is_error && status.nl.contains("‘Kerk’ heeft nog 1 actor"), "{status:?}");
            s.delete_netwerkkaart_selection();
            assert!(s.remove_sector(kerk));
            assert!(s.status.get_untracked().unwrap().offers_undo);
            assert_eq!(map_of(&s, |m| m.sector_count()), 4);
            s.undo();
            assert_eq!(map_of(&s, |m| m.sector(kerk).map(|x| x.name.clone())), Some("Kerk".into()));
            // Undo all the way back: the sector goes, and an actor cannot be added to it.
            for _ in 0..4 {
                s.undo();
            }
            assert!(map_of(&s, |m| m.sector(kerk).is_none()));
            assert_eq!(s.add_actor_in_sector(kerk), None);
        });
    }
}
