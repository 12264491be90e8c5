//! Keyboard shortcuts of the editor. The mapping from a key press to a [`Shortcut`] is a
//! pure function so it is tested natively; the app installs one window listener.

use super::session::Session;
use leptos::ev;
use leptos::prelude::*;

/// What a key press asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    /// Ctrl+Z (Cmd+Z on a Mac).
    Undo,
    /// Ctrl+Shift+Z or Ctrl+Y.
    Redo,
    /// Delete or Backspace: delete the selection.
    Delete,
    /// Escape: clear the selection.
    Deselect,
}

/// Maps a key press to a shortcut. `in_text_field` is true when the focus is in an
/// input, so Backspace edits text and Ctrl+Z undoes typing there, as users expect.
pub fn shortcut_for(key: &str, ctrl_or_meta: bool, shift: bool, in_text_field: bool) -> Option<Shortcut> {
    if in_text_field {
        return None;
    }
    match (key.to_ascii_lowercase().as_str(), ctrl_or_meta, shift) {
        ("z", true, false) => Some(Shortcut::Undo),
        ("z", true, true) | ("y", true, false) => Some(Shortcut::Redo),
        ("delete" | "backspace", false, _) => Some(Shortcut::Delete),
        ("escape", false, _) => Some(Shortcut::Deselect),
        _ => None,
    }
}

/// Listens for the shortcuts on the window for the lifetime of the calling component.
pub fn install(session: Session) {
    let handle = window_event_listener(ev::keydown, move |ev| {
        let in_text_field = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.closest("[role=dialog]").ok().flatten().is_some());
        let Some(shortcut) = shortcut_for(&ev.key(), ev.ctrl_key() || ev.meta_key(), ev.shift_key(), in_text_field) else {
            return;
        };
        if session.editor.with_untracked(|e| e.is_none()) {
            return;
        }
        ev.prevent_default();
        match shortcut {
            Shortcut::Undo => session.undo(),
            Shortcut::Redo => session.redo(),
            Shortcut::Delete => session.delete_selection(),
            Shortcut::Deselect => session.escape(),
        }
    });
    on_cleanup(move || handle.remove());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_shortcuts() {
        assert_eq!(shortcut_for("z", true, false, false), Some(Shortcut::Undo));
        assert_eq!(shortcut_for("Z", true, true, false), Some(Shortcut::Redo));
        assert_eq!(shortcut_for("y", true, false, false), Some(Shortcut::Redo));
        assert_eq!(shortcut_for("Delete", false, false, false), Some(Shortcut::Delete));
        assert_eq!(shortcut_for("Backspace", false, false, false), Some(Shortcut::Delete));
        assert_eq!(shortcut_for("Escape", false, false, false), Some(Shortcut::Deselect));
        assert_eq!(shortcut_for("z", false, false, false), None);
    }

    #[test]
    fn text_fields_keep_their_own_keys() {
        assert_eq!(shortcut_for("Backspace", false, false, true), None);
        assert_eq!(shortcut_for("z", true, false, true), None);
    }
}
