//! What a person asks the editor for, by key or by button, before anything happens.
//! An [`Intent`] is plain data: the keymap ([`super::keymap`]) produces it from a key
//! press, toolbar buttons produce it directly, and one dispatcher
//! ([`super::dispatch`]) carries it out.

use crate::editor::drawing::Direction;

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

    /// The addition a plain letter key asks for, in the UI's language.
    pub fn for_key(key: &str, lang: crate::i18n::Lang) -> Option<AddKey> {
        let mut chars = key.chars();
        let (Some(c), None) = (chars.next(), chars.next()) else { return None };
        let c = c.to_ascii_lowercase();
        lang.texts().action_keys.chars().position(|k| k == c).and_then(|i| AddKey::ALL.get(i).copied())
    }
}

/// A form field the keyboard can jump to from the canvas (Enter on the selection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The selected person's given name.
    GivenName,
    /// The netwerkkaart centre's name.
    CentreName,
    /// The selected actor's name.
    ActorName,
    /// The selected tie's first field, its strength.
    TieStrength,
}

/// The fields carry these ids (the tie's strength this class), meant for the code
/// that moves the focus to them.
impl Field {
    /// The id of the person form's given-name field.
    pub const GIVEN_NAME_ID: &'static str = "person-given-name";
    /// The id of the centre form's name field.
    pub const CENTRE_NAME_ID: &'static str = "centre-name";
    /// The id of the actor form's name field.
    pub const ACTOR_NAME_ID: &'static str = "actor-name";
    /// The class of every tie's strength list (the first shown is focused).
    pub const TIE_STRENGTH_CLASS: &'static str = "tie-strength";
}

/// What a key press or a button asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    /// Save the open document to the library now (Ctrl+S).
    Save,
    /// Close the open dialog, or back out of its innermost step.
    CloseDialog,
    /// Tab (or Shift+Tab, `back`) inside a dialog: the focus stays in the dialog.
    CycleFocus {
        /// Towards the previous control.
        back: bool,
    },
    /// Leave a side-panel field for the canvas (Escape after typing a name).
    ReturnToCanvas,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Delete the selection.
    Delete,
    /// Stop what is under way (a drag, the relation tool), else clear the selection.
    Escape,
    /// Move the selected persons along their row, one step left (`-1`) or right (`1`).
    Nudge(i8),
    /// Start the relation tool (the tie tool on a netwerkkaart).
    StartConnect,
    /// The toolbar's tool button: start the relation tool, or stop it when it is on.
    ToggleConnect,
    /// Finish the relation tool at the selection (Enter).
    FinishConnect,
    /// Add a relative to the selected person; the cursor goes to their name.
    AddRelative(AddKey),
    /// Add someone to the netwerkkaart's sector with this number (1 = first).
    AddActorInSector(u8),
    /// Select the next symbol this way; `extend` grows the selection instead.
    SelectNext {
        /// Which way on the screen.
        dir: Direction,
        /// Add to the selection (Shift) instead of replacing it.
        extend: bool,
    },
    /// Select the netwerkkaart's centre.
    SelectCentre,
    /// Move the focus to a form field of the selection.
    FocusField(Field),
    /// Move the view (the drawing moves the other way).
    Pan(Direction),
    /// Zoom in around the middle of the canvas.
    ZoomIn,
    /// Zoom out around the middle of the canvas.
    ZoomOut,
    /// Show the whole drawing.
    Fit,
    /// Step the genogram's year view ("Peiljaar") by this many years, when it is on.
    YearStep(i32),
    /// Free every pinned person ("Opnieuw indelen").
    Relayout,
    /// Open the search field to find a person by name (Ctrl+F, "Zoeken").
    FindPerson,
    /// Start presenting the open genogram or netwerkkaart ("Presenteren", F5).
    Present,
    /// While presenting: one step forward (`1`) or back (`-1`).
    PresentStep(i8),
    /// While presenting: switch names, initials and roles.
    PresentNames,
    /// While presenting: switch the order the generations appear in.
    PresentOrder,
    /// While presenting: clear the pointer's rings.
    PresentClear,
    /// Stop presenting.
    PresentLeave,
    /// While presenting: save what is shown as a named view ("Weergave bewaren").
    PresentSaveView,
    /// While presenting: step through the saved views instead of the steps, or back.
    PresentViews,
}
