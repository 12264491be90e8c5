//! How a document is presented ("Presenteren"): which names show and in which order
//! the generations appear. View state, not part of the family model: kept per
//! document under its own key (`kring.view.<id>`), so switching names while presenting
//! never changes the stored document and "Alles wissen" erases it with the rest.

use super::Store;
use crate::genogram::scene::reveal::RevealOrder;
use crate::kernel::Anonymise;

/// Prefix of the view-state entries.
pub const VIEW_PREFIX: &str = "kring.view.";

/// The storage key of document `id`'s view state.
pub fn view_key(id: &str) -> String {
    format!("{VIEW_PREFIX}{id}")
}

/// A document's presentation choices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PresentView {
    /// Real names, initials or roles.
    pub names: Anonymise,
    /// The order the generations appear in.
    pub order: RevealOrder,
}

impl PresentView {
    /// As stored: `names=<off|initials|roles>;order=<oldest|client>`.
    pub fn to_text(self) -> String {
        let names = match self.names {
            Anonymise::Off => "off",
            Anonymise::Initials => "initials",
            Anonymise::Roles => "roles",
        };
        let order = match self.order {
            RevealOrder::OldestFirst => "oldest",
            RevealOrder::FromClient => "client",
        };
        format!("names={names};order={order}")
    }

    /// Reads [`PresentView::to_text`]; unknown or missing parts keep their defaults
    /// (a view is a convenience: a damaged one never stops a presentation).
    pub fn from_text(text: &str) -> PresentView {
        let mut v = PresentView::default();
        for part in text.split(';') {
            match part.trim().split_once('=') {
                Some(("names", "initials")) => v.names = Anonymise::Initials,
                Some(("names", "roles")) => v.names = Anonymise::Roles,
                Some(("order", "client")) => v.order = RevealOrder::FromClient,
                _ => {}
            }
        }
        v
    }

    /// The next names choice, for the one key that switches them: names, initials, roles.
    pub fn next_names(self) -> PresentView {
        let names = match self.names {
            Anonymise::Off => Anonymise::Initials,
            Anonymise::Initials => Anonymise::Roles,
            Anonymise::Roles => Anonymise::Off,
        };
        PresentView { names, ..self }
    }

    /// The other order, for the key that switches it: oldest first, from the client.
    pub fn next_order(self) -> PresentView {
        let order = match self.order {
            RevealOrder::OldestFirst => RevealOrder::FromClient,
            RevealOrder::FromClient => RevealOrder::OldestFirst,
        };
        PresentView { order, ..self }
    }
}

/// Document `id`'s view state (the defaults when none is stored).
pub fn load_view(store: &impl Store, id: &str) -> PresentView {
    store.get(&view_key(id)).map(|t| PresentView::from_text(&t)).unwrap_or_default()
}

/// Stores document `id`'s view state; the defaults are not stored (nothing to remember).
pub fn save_view(store: &mut impl Store, id: &str, view: PresentView) -> Result<(), super::StoreError> {
    if view == PresentView::default() {
        store.remove(&view_key(id));
        return Ok(());
    }
    store.set(&view_key(id), &view.to_text())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{Library, MemoryStore};

    #[test]
    fn the_view_is_remembered_per_document_and_stays_out_of_the_document() {
        let mut store = MemoryStore::default();
        assert_eq!(load_view(&store, "a"), PresentView::default());
        let roles = PresentView { names: Anonymise::Roles, order: RevealOrder::FromClient };
        save_view(&mut store, "a", roles).unwrap();
        assert_eq!(load_view(&store, "a"), roles);
        assert_eq!(load_view(&store, "b"), PresentView::default(), "another document keeps its own");
        assert!(store.keys().iter().all(|k| k.starts_with(crate::storage::KEY_PREFIX)));
        assert!(!store.keys().iter().any(|k| k.starts_with(crate::storage::DOC_PREFIX)), "no document written");
        save_view(&mut store, "a", PresentView::default()).unwrap();
        assert!(store.keys().is_empty(), "defaults leave nothing behind");
        save_view(&mut store, "a", roles).unwrap();
        let mut lib = Library::new(store);
        lib.erase_all();
        assert_eq!(load_view(lib.store(), "a"), PresentView::default(), "Alles wissen erases it");
    }

    #[test]
    fn the_order_key_switches_between_both_orders_and_keeps_the_names() {
        let v = PresentView { names: Anonymise::Roles, order: RevealOrder::OldestFirst };
        assert_eq!(v.next_order(), PresentView { names: Anonymise::Roles, order: RevealOrder::FromClient });
        assert_eq!(v.next_order().next_order(), v);
    }

    #[test]
    fn the_names_key_cycles_names_initials_roles() {
        let v = PresentView::default();
        assert_eq!(v.next_names().names, Anonymise::Initials);
        assert_eq!(v.next_names().next_names().names, Anonymise::Roles);
        assert_eq!(v.next_names().next_names().next_names(), v);
        for text in ["", "names=bogus", "order=?;;x", "names"] {
            assert_eq!(PresentView::from_text(text), PresentView::default(), "{text:?}");
        }
    }
}
