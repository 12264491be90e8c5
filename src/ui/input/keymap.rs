//! Every key the app answers, in one table: [`BINDINGS`]. [`keymap`] turns a key press
//! in a [`KeyContext`] into an [`Intent`] by asking the bindings in order (the first
//! that answers wins); the help dialog lists the same table, so a key cannot work
//! without being documented, nor be documented without working. Pure: no browser, so
//! it is tested natively.

use super::intent::{AddKey, Field, Intent};
use crate::editor::drawing::Direction;
use crate::i18n::{Lang, Texts};

/// The modifier keys held with a key. Cmd on a Mac counts as Ctrl.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Modifiers {
    /// Ctrl (or Cmd).
    pub ctrl: bool,
    /// Alt (Option).
    pub alt: bool,
    /// Shift.
    pub shift: bool,
}

impl Modifiers {
    /// No modifier held.
    pub const NONE: Modifiers = Modifiers { ctrl: false, alt: false, shift: false };
    /// Only Ctrl.
    pub const CTRL: Modifiers = Modifiers { ctrl: true, alt: false, shift: false };
    /// Only Shift.
    pub const SHIFT: Modifiers = Modifiers { ctrl: false, alt: false, shift: true };
    /// Only Alt.
    pub const ALT: Modifiers = Modifiers { ctrl: false, alt: true, shift: false };
}

/// Where the keyboard focus is when a key is pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The drawing canvas.
    Canvas,
    /// A text field, list or checkbox; `side_panel` when it is one of the side panel's.
    TextField {
        /// The field is in the side panel (Escape then returns to the canvas).
        side_panel: bool,
    },
    /// A modal dialog is open (the focus is kept inside it).
    Dialog,
    /// Anything else: a button, the page itself.
    Other,
}

/// The kind of the open document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// A genogram.
    Genogram,
    /// A netwerkkaart.
    Netwerkkaart,
}

/// What is selected, as far as keys care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selected {
    /// Nothing.
    Nothing,
    /// One or more genogram persons.
    Person,
    /// The netwerkkaart's centre.
    Centre,
    /// An actor of a netwerkkaart.
    Actor,
    /// A tie of a netwerkkaart.
    Tie,
    /// A sector of a netwerkkaart.
    Sector,
}

/// Everything besides the key that decides what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyContext {
    /// Where the focus is.
    pub focus: Focus,
    /// The open document's kind, `None` with nothing open.
    pub document: Option<DocKind>,
    /// What is selected.
    pub selected: Selected,
    /// Whether the relation (or tie) tool is on.
    pub connecting: bool,
    /// How many sectors the open netwerkkaart has (digit keys add to them).
    pub sectors: usize,
    /// The UI language (the letter keys follow the words).
    pub lang: Lang,
    /// Whether the document is being presented: then only the presentation's keys count.
    pub presenting: bool,
}

/// Where a binding applies; also the help dialog's headings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Anywhere in the app.
    Everywhere,
    /// In an open dialog.
    Dialog,
    /// In a field of the side panel.
    Field,
    /// With a document open, outside text fields and dialogs.
    Editor,
    /// On the canvas.
    Canvas,
    /// On the canvas of a genogram with a person selected.
    Person,
    /// On the canvas of a netwerkkaart.
    Netwerkkaart,
    /// While presenting (the only keys that count then).
    Presenting,
}

impl Scope {
    /// Every scope, in the order help shows them.
    pub const ALL: [Scope; 8] = [
        Scope::Everywhere,
        Scope::Editor,
        Scope::Canvas,
        Scope::Person,
        Scope::Netwerkkaart,
        Scope::Field,
        Scope::Dialog,
        Scope::Presenting,
    ];

    /// Whether keys of this scope count in `ctx`.
    fn applies(self, ctx: &KeyContext) -> bool {
        // A presentation takes every key: nothing else may edit or move the drawing;
        // only the presentation's own name field keeps its typing.
        if ctx.presenting != (self == Scope::Presenting) {
            return false;
        }
        if self == Scope::Presenting && matches!(ctx.focus, Focus::TextField { .. }) {
            return false;
        }
        let canvas = ctx.focus == Focus::Canvas;
        match self {
            Scope::Presenting => true,
            Scope::Everywhere => true,
            Scope::Dialog => ctx.focus == Focus::Dialog,
            Scope::Field => ctx.focus == Focus::TextField { side_panel: true },
            Scope::Editor => matches!(ctx.focus, Focus::Canvas | Focus::Other) && ctx.document.is_some(),
            Scope::Canvas => canvas,
            Scope::Person => canvas && ctx.document == Some(DocKind::Genogram) && ctx.selected == Selected::Person,
            Scope::Netwerkkaart => canvas && ctx.document == Some(DocKind::Netwerkkaart),
        }
    }

    /// The heading of this scope in the help dialog.
    pub fn title(self, t: &Texts) -> &'static str {
        match self {
            Scope::Everywhere => t.keys_everywhere,
            Scope::Dialog => t.keys_dialog,
            Scope::Field => t.keys_field,
            Scope::Editor => t.keys_editor,
            Scope::Canvas => t.keys_canvas,
            Scope::Person => t.keys_person,
            Scope::Netwerkkaart => t.keys_netwerkkaart,
            Scope::Presenting => t.keys_presenting,
        }
    }
}

/// One key binding: where it applies, how help shows it, and what it asks for.
pub struct Binding {
    /// Where it applies.
    pub scope: Scope,
    /// The keys as help shows them.
    pub keys: fn(Lang) -> String,
    /// What it does, as help says it.
    pub help: fn(&Texts) -> &'static str,
    /// The intent of a press (the key and its modifiers) in a context where the scope
    /// applies, if this binding takes it.
    resolve: fn(&str, Modifiers, &KeyContext) -> Option<Intent>,
}

/// The key of an arrow, if it is one.
fn arrow(key: &str) -> Option<Direction> {
    match key {
        "ArrowUp" => Some(Direction::Up),
        "ArrowDown" => Some(Direction::Down),
        "ArrowLeft" => Some(Direction::Left),
        "ArrowRight" => Some(Direction::Right),
        _ => None,
    }
}

fn plain(m: Modifiers) -> bool {
    !m.ctrl && !m.alt
}

/// The app's key bindings, in the order they are asked: the first that takes a key
/// wins (so a dialog's Escape comes before the editor's, and the arrows move the
/// selection before they pan).
pub static BINDINGS: &[Binding] = &[
    Binding {
        scope: Scope::Everywhere,
        keys: |_| "Ctrl+S".into(),
        help: |t| t.key_save,
        resolve: |k, m, _| (m.ctrl && !m.alt && k.eq_ignore_ascii_case("s")).then_some(Intent::Save),
    },
    Binding {
        scope: Scope::Dialog,
        keys: |_| "Esc".into(),
        help: |t| t.key_close_dialog,
        resolve: |k, _, _| (k == "Escape").then_some(Intent::CloseDialog),
    },
    Binding {
        scope: Scope::Dialog,
        keys: |_| "Tab, Shift+Tab".into(),
        help: |t| t.key_cycle_focus,
        resolve: |k, m, _| (k == "Tab" && !m.ctrl && !m.alt).then_some(Intent::CycleFocus { back: m.shift }),
    },
    Binding {
        scope: Scope::Field,
        keys: |_| "Esc".into(),
        help: |t| t.key_return_to_canvas,
        resolve: |k, _, _| (k == "Escape").then_some(Intent::ReturnToCanvas),
    },
    Binding {
        scope: Scope::Editor,
        keys: |_| "Ctrl+F".into(),
        help: |t| t.key_find,
        resolve: |k, m, ctx| {
            (m.ctrl && !m.alt && !m.shift && k.eq_ignore_ascii_case("f") && ctx.document == Some(DocKind::Genogram))
                .then_some(Intent::FindPerson)
        },
    },
    Binding {
        scope: Scope::Editor,
        keys: |_| "Ctrl+Z".into(),
        help: |t| t.undo,
        resolve: |k, m, _| (m.ctrl && !m.shift && k.eq_ignore_ascii_case("z")).then_some(Intent::Undo),
    },
    Binding {
        scope: Scope::Editor,
        keys: |_| "Ctrl+Shift+Z, Ctrl+Y".into(),
        help: |t| t.redo,
        resolve: |k, m, _| {
            let redo = (m.shift && k.eq_ignore_ascii_case("z")) || (!m.shift && k.eq_ignore_ascii_case("y"));
            (m.ctrl && redo).then_some(Intent::Redo)
        },
    },
    Binding {
        scope: Scope::Editor,
        keys: |_| "Delete, Backspace".into(),
        help: |t| t.delete_selected,
        resolve: |k, m, _| (!m.ctrl && matches!(k, "Delete" | "Backspace")).then_some(Intent::Delete),
    },
    Binding {
        scope: Scope::Editor,
        keys: |_| "Esc".into(),
        help: |t| t.key_escape,
        resolve: |k, m, _| (!m.ctrl && k == "Escape").then_some(Intent::Escape),
    },
    Binding {
        scope: Scope::Canvas,
        keys: |_| "Alt+←, Alt+→".into(),
        help: |t| t.key_nudge,
        resolve: |k, m, _| match (m.alt && !m.ctrl, k) {
            (true, "ArrowLeft") => Some(Intent::Nudge(-1)),
            (true, "ArrowRight") => Some(Intent::Nudge(1)),
            _ => None,
        },
    },
    Binding {
        scope: Scope::Canvas,
        keys: |_| "R".into(),
        help: |t| t.key_connect,
        resolve: |k, m, ctx| {
            (plain(m) && ctx.document.is_some() && k.eq_ignore_ascii_case("r")).then_some(Intent::StartConnect)
        },
    },
    add_binding(AddKey::Partner, |t| t.add_partner),
    add_binding(AddKey::Son, |t| t.add_son),
    add_binding(AddKey::Daughter, |t| t.add_daughter),
    add_binding(AddKey::Parents, |t| t.add_parents),
    add_binding(AddKey::Brother, |t| t.add_brother),
    add_binding(AddKey::Sister, |t| t.add_sister),
    add_binding(AddKey::Twins, |t| t.add_twins),
    Binding {
        scope: Scope::Canvas,
        keys: |_| "Enter".into(),
        help: |t| t.key_finish_connect,
        resolve: |k, m, ctx| (plain(m) && ctx.connecting && k == "Enter").then_some(Intent::FinishConnect),
    },
    Binding {
        scope: Scope::Netwerkkaart,
        keys: |_| "1 … 9".into(),
        help: |t| t.key_add_actor,
        resolve: |k, m, ctx| {
            let mut chars = k.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else { return None };
            let n = c.to_digit(10).filter(|n| (1..=9).contains(n))?;
            (plain(m) && !ctx.connecting && n as usize <= ctx.sectors).then_some(Intent::AddActorInSector(n as u8))
        },
    },
    Binding {
        scope: Scope::Netwerkkaart,
        keys: |_| "← ↑ → ↓".into(),
        help: |t| t.key_map_next,
        resolve: |k, m, ctx| {
            let movable = matches!(ctx.selected, Selected::Centre | Selected::Actor);
            let dir = arrow(k).filter(|_| plain(m) && movable)?;
            Some(Intent::SelectNext { dir, extend: false })
        },
    },
    Binding {
        scope: Scope::Netwerkkaart,
        keys: |_| "Enter".into(),
        help: |t| t.key_map_enter,
        resolve: |k, m, ctx| {
            if !plain(m) || k != "Enter" {
                return None;
            }
            match ctx.selected {
                Selected::Nothing => Some(Intent::SelectCentre),
                Selected::Centre => Some(Intent::FocusField(Field::CentreName)),
                Selected::Actor => Some(Intent::FocusField(Field::ActorName)),
                Selected::Tie => Some(Intent::FocusField(Field::TieStrength)),
                Selected::Sector | Selected::Person => None,
            }
        },
    },
    Binding {
        scope: Scope::Person,
        keys: |_| "← ↑ → ↓".into(),
        help: |t| t.key_person_next,
        resolve: |k, m, _| {
            arrow(k).filter(|_| plain(m) && !m.shift).map(|dir| Intent::SelectNext { dir, extend: false })
        },
    },
    Binding {
        scope: Scope::Person,
        keys: |_| "Shift+← ↑ → ↓".into(),
        help: |t| t.key_person_extend,
        resolve: |k, m, _| arrow(k).filter(|_| plain(m) && m.shift).map(|dir| Intent::SelectNext { dir, extend: true }),
    },
    Binding {
        scope: Scope::Person,
        keys: |_| "Enter".into(),
        help: |t| t.key_person_enter,
        resolve: |k, m, _| (plain(m) && k == "Enter").then_some(Intent::FocusField(Field::GivenName)),
    },
    Binding {
        scope: Scope::Canvas,
        keys: |_| "← ↑ → ↓".into(),
        help: |t| t.key_pan,
        resolve: |k, m, _| arrow(k).filter(|_| plain(m)).map(Intent::Pan),
    },
    Binding {
        scope: Scope::Canvas,
        keys: |_| "+".into(),
        help: |t| t.zoom_in,
        resolve: |k, m, _| (plain(m) && matches!(k, "+" | "=")).then_some(Intent::ZoomIn),
    },
    Binding {
        scope: Scope::Canvas,
        keys: |_| "−".into(),
        help: |t| t.zoom_out,
        resolve: |k, m, _| (plain(m) && matches!(k, "-" | "_")).then_some(Intent::ZoomOut),
    },
    Binding {
        scope: Scope::Canvas,
        keys: |_| "0".into(),
        help: |t| t.zoom_fit,
        resolve: |k, m, _| (plain(m) && k == "0").then_some(Intent::Fit),
    },
    // [ and ] step the year view (no other key of the canvas takes them).
    Binding {
        scope: Scope::Canvas,
        keys: |_| "[ ]".into(),
        help: |t| t.key_year_step,
        resolve: |k, m, ctx| {
            let step = match k {
                "[" => -1,
                "]" => 1,
                _ => return None,
            };
            (!m.ctrl && !m.alt && ctx.document == Some(DocKind::Genogram)).then_some(Intent::YearStep(step))
        },
    },
    Binding {
        scope: Scope::Editor,
        keys: |_| "F5".into(),
        help: |t| t.key_present,
        resolve: |k, m, ctx| (plain(m) && k == "F5" && ctx.document.is_some()).then_some(Intent::Present),
    },
    // Presenter clickers send PageDown and PageUp.
    Binding {
        scope: Scope::Presenting,
        keys: |_| "→ ↓, Space, PageDown".into(),
        help: |t| t.key_present_next,
        resolve: |k, m, _| {
            (plain(m) && matches!(k, "ArrowRight" | " " | "PageDown" | "ArrowDown")).then_some(Intent::PresentStep(1))
        },
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "← ↑, PageUp".into(),
        help: |t| t.key_present_back,
        resolve: |k, m, _| {
            (plain(m) && matches!(k, "ArrowLeft" | "PageUp" | "ArrowUp")).then_some(Intent::PresentStep(-1))
        },
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "N".into(),
        help: |t| t.key_present_names,
        resolve: |k, m, _| (plain(m) && k.eq_ignore_ascii_case("n")).then_some(Intent::PresentNames),
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "O".into(),
        help: |t| t.key_present_order,
        resolve: |k, m, _| (plain(m) && k.eq_ignore_ascii_case("o")).then_some(Intent::PresentOrder),
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "C".into(),
        help: |t| t.key_present_clear,
        resolve: |k, m, _| (plain(m) && k.eq_ignore_ascii_case("c")).then_some(Intent::PresentClear),
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "Esc".into(),
        help: |t| t.key_present_leave,
        resolve: |k, _, _| (k == "Escape").then_some(Intent::PresentLeave),
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "V".into(),
        help: |t| t.key_present_save_view,
        resolve: |k, m, _| (plain(m) && k.eq_ignore_ascii_case("v")).then_some(Intent::PresentSaveView),
    },
    Binding {
        scope: Scope::Presenting,
        keys: |_| "W".into(),
        help: |t| t.key_present_views,
        resolve: |k, m, _| (plain(m) && k.eq_ignore_ascii_case("w")).then_some(Intent::PresentViews),
    },
];

/// The binding for a letter key that adds a relative to the selected person.
const fn add_binding(add: AddKey, help: fn(&Texts) -> &'static str) -> Binding {
    Binding { scope: Scope::Person, keys: ADD_KEYS[add as usize], help, resolve: ADD_RESOLVE[add as usize] }
}

/// The label of each addition's letter, in [`AddKey`] order.
const ADD_KEYS: [fn(Lang) -> String; 7] = [
    |l| AddKey::Partner.letter(l).to_ascii_uppercase().to_string(),
    |l| AddKey::Son.letter(l).to_ascii_uppercase().to_string(),
    |l| AddKey::Daughter.letter(l).to_ascii_uppercase().to_string(),
    |l| AddKey::Parents.letter(l).to_ascii_uppercase().to_string(),
    |l| AddKey::Brother.letter(l).to_ascii_uppercase().to_string(),
    |l| AddKey::Sister.letter(l).to_ascii_uppercase().to_string(),
    |l| AddKey::Twins.letter(l).to_ascii_uppercase().to_string(),
];

type Resolve = fn(&str, Modifiers, &KeyContext) -> Option<Intent>;

/// The letter keys, in [`AddKey`] order: a letter adds when the tool is not on.
const ADD_RESOLVE: [Resolve; 7] = [
    |k, m, c| add_for(AddKey::Partner, k, m, c),
    |k, m, c| add_for(AddKey::Son, k, m, c),
    |k, m, c| add_for(AddKey::Daughter, k, m, c),
    |k, m, c| add_for(AddKey::Parents, k, m, c),
    |k, m, c| add_for(AddKey::Brother, k, m, c),
    |k, m, c| add_for(AddKey::Sister, k, m, c),
    |k, m, c| add_for(AddKey::Twins, k, m, c),
];

fn add_for(add: AddKey, key: &str, m: Modifiers, ctx: &KeyContext) -> Option<Intent> {
    (plain(m) && !ctx.connecting && AddKey::for_key(key, ctx.lang) == Some(add)).then_some(Intent::AddRelative(add))
}

/// What a key press asks for: the first binding in [`BINDINGS`] whose scope applies
/// and that takes the key, or `None` (the browser keeps the key: typing, Tab, …).
pub fn keymap(key: &str, modifiers: Modifiers, context: &KeyContext) -> Option<Intent> {
    BINDINGS.iter().filter(|b| b.scope.applies(context)).find_map(|b| (b.resolve)(key, modifiers, context))
}

#[cfg(test)]
mod tests;
