//! Keyboard shortcuts of the editor. The mapping from a key press to a [`Shortcut`] is a
//! pure function so it is tested natively; the app installs one window listener.

use crate::ui::session::Session;
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

/// A one-key addition around the selected person on the canvas.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddKey {
    /// A partner.
    Partner,
    /// A son.
    Son,
    /// A daughter.
    Daughter,
    /// Father and mother.
    Parents,
    /// A brother.
    Brother,
    /// A sister.
    Sister,
    /// Twins.
    Twins,
}

impl AddKey {
    /// In the order of the letters in `Texts::action_keys`.
    pub const ALL: [AddKey; 7] = [
        AddKey::Partner,
        AddKey::Son,
        AddKey::Daughter,
        AddKey::Parents,
        AddKey::Brother,
        AddKey::Sister,
        AddKey::Twins,
    ];

    /// The letter for this addition in a language (the first letter of its word where
    /// that is free: P, Z, D, O, B, S, T in Dutch), shown in the button's tooltip.
    pub fn letter(self, lang: crate::i18n::Lang) -> char {
        let i = AddKey::ALL.iter().position(|k| *k == self).unwrap_or(0);
        lang.texts().action_keys.chars().nth(i).unwrap_or('?')
    }
}

/// The addition a plain letter key asks for on the canvas, in the UI's language.
pub fn add_key_for(key: &str, lang: crate::i18n::Lang) -> Option<AddKey> {
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return None };
    let c = c.to_ascii_lowercase();
    lang.texts().action_keys.chars().position(|k| k == c).and_then(|i| AddKey::ALL.get(i).copied())
}

/// Listens for the shortcuts on the window for the lifetime of the calling component.
pub fn install(session: Session) {
    let handle = window_event_listener(ev::keydown, move |ev| {
        let in_text_field =
            ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()).is_some_and(|el| {
                matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    || el.closest("[role=dialog]").ok().flatten().is_some()
            });
        // Escape in a field of the side panel returns to the canvas, where the arrows
        // and letter keys work: the keyboard user's way back after typing a name.
        if in_text_field && ev.key() == "Escape" {
            let target = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
            if target.is_some_and(|el| el.closest("[data-testid=side-panel]").ok().flatten().is_some()) {
                if let Some(canvas) = document().query_selector("[data-testid=canvas]").ok().flatten() {
                    if let Ok(canvas) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(canvas.clone()) {
                        let _ = canvas.focus();
                    } else if let Ok(svg) = wasm_bindgen::JsCast::dyn_into::<web_sys::SvgElement>(canvas) {
                        let _ = svg.focus();
                    }
                }
                return;
            }
        }
        let Some(shortcut) = shortcut_for(&ev.key(), ev.ctrl_key() || ev.meta_key(), ev.shift_key(), in_text_field)
        else {
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
    fn letter_keys_add_relatives_in_each_language() {
        use crate::i18n::Lang;
        assert_eq!(add_key_for("p", Lang::Nl), Some(AddKey::Partner));
        assert_eq!(add_key_for("Z", Lang::Nl), Some(AddKey::Son));
        assert_eq!(add_key_for("o", Lang::Nl), Some(AddKey::Parents));
        assert_eq!(add_key_for("s", Lang::Nl), Some(AddKey::Sister));
        assert_eq!(add_key_for("s", Lang::En), Some(AddKey::Son));
        assert_eq!(add_key_for("r", Lang::Nl), None, "R is the relation tool");
        assert_eq!(add_key_for("Enter", Lang::Nl), None);
        for lang in [Lang::Nl, Lang::En] {
            let letters: Vec<char> = AddKey::ALL.iter().map(|k| k.letter(lang)).collect();
            let mut unique = letters.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), AddKey::ALL.len(), "one letter per action in {lang:?}");
            assert!(!letters.contains(&'r'), "R stays the relation tool");
            for k in AddKey::ALL {
                assert_eq!(add_key_for(&k.letter(lang).to_string(), lang), Some(k));
            }
        }
    }

    #[test]
    fn text_fields_keep_their_own_keys() {
        assert_eq!(shortcut_for("Backspace", false, false, true), None);
        assert_eq!(shortcut_for("z", true, false, true), None);
    }
}
