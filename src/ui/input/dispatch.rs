//! The one place intents are carried out, and the one window key listener: a key press
//! becomes a [`KeyContext`] (where the focus is, what is open and selected), the pure
//! [`keymap`] turns it into an [`Intent`], and [`Dispatcher::run`] does it. Toolbar
//! and panel buttons call [`Dispatcher::run`] with the same intents.

use super::intent::{AddKey, Field, Intent};
use super::keymap::{keymap, DocKind, Focus, KeyContext, Modifiers, Selected};
use crate::editor::drawing::Direction;
use crate::genogram::model::{PartialDate, PersonId};
use crate::netwerkkaart::NetwerkkaartItem;
use crate::ui::canvas::gesture::{End, Event};
use crate::ui::canvas::handle::CanvasHandle;
use crate::ui::canvas::viewport::{PAN_STEP, ZOOM_STEP};
use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::autosave::Autosave;
use crate::ui::shell::locale::Locale;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Layout units one Alt+arrow press moves the selected persons.
const NUDGE: f64 = 20.0;

/// An open modal dialog: how to close it and its box (for the focus trap).
#[derive(Clone, Copy)]
pub struct OpenModal {
    /// A number to find it again when it closes.
    pub id: u64,
    /// Closes the dialog (or backs out of its innermost step).
    pub close: Callback<()>,
    /// The dialog's box.
    pub root: NodeRef<html::Div>,
}

/// Carries out intents. Provided as context by the app; cheap to copy.
#[derive(Clone, Copy)]
pub struct Dispatcher {
    session: Session,
    autosave: Autosave,
    shell: Shell,
    present: crate::ui::present::Presentation,
    lang: RwSignal<crate::i18n::Lang>,
    canvas: StoredValue<Option<CanvasHandle>>,
    modals: StoredValue<Vec<OpenModal>>,
    next_modal: StoredValue<u64>,
}

impl Dispatcher {
    /// Creates the dispatcher, provides it as context and listens for keys on the
    /// window for the lifetime of the calling component.
    pub fn install(session: Session, autosave: Autosave) -> Dispatcher {
        let Locale(lang) = expect_context::<Locale>();
        let dispatcher = Dispatcher {
            session,
            autosave,
            shell: expect_context::<Shell>(),
            present: expect_context::<crate::ui::present::Presentation>(),
            lang,
            canvas: StoredValue::new(None),
            modals: StoredValue::new(Vec::new()),
            next_modal: StoredValue::new(0),
        };
        provide_context(dispatcher);
        let handle = window_event_listener(ev::keydown, move |ev| dispatcher.key_pressed(&ev));
        on_cleanup(move || handle.remove());
        dispatcher
    }

    /// The canvas announces itself, so canvas intents reach it.
    pub fn set_canvas(&self, canvas: CanvasHandle) {
        self.canvas.set_value(Some(canvas));
    }

    /// A modal dialog opened: keys go to it until [`Dispatcher::modal_closed`].
    pub fn modal_opened(&self, close: Callback<()>, root: NodeRef<html::Div>) -> u64 {
        let id = self.next_modal.get_value();
        self.next_modal.set_value(id + 1);
        self.modals.update_value(|m| m.push(OpenModal { id, close, root }));
        id
    }

    /// The modal dialog `id` closed.
    pub fn modal_closed(&self, id: u64) {
        self.modals.update_value(|m| m.retain(|o| o.id != id));
    }

    fn key_pressed(&self, ev: &web_sys::KeyboardEvent) {
        let modifiers = Modifiers { ctrl: ev.ctrl_key() || ev.meta_key(), alt: ev.alt_key(), shift: ev.shift_key() };
        let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let context = self.context(target.as_ref());
        let Some(intent) = keymap(&ev.key(), modifiers, &context) else { return };
        if self.run(intent) {
            ev.prevent_default();
        }
    }

    /// Where a key press lands, and what is open and selected.
    fn context(&self, target: Option<&web_sys::Element>) -> KeyContext {
        let in_dialog = target.is_some_and(|el| el.closest("[role=dialog]").ok().flatten().is_some());
        let focus = if in_dialog || self.modals.with_value(|m| !m.is_empty()) {
            Focus::Dialog
        } else if let Some(el) = target.filter(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")) {
            Focus::TextField { side_panel: el.closest("#side-panel").ok().flatten().is_some() }
        } else if target.is_some_and(|el| self.canvas.get_value().is_some_and(|c| c.contains(el))) {
            Focus::Canvas
        } else {
            Focus::Other
        };
        let session = self.session;
        let (document, sectors) = session.editor.with_untracked(|e| match e.as_ref() {
            None => (None, 0),
            Some(e) => match e.netwerkkaart() {
                Some(map) => (Some(DocKind::Netwerkkaart), map.sectors().count()),
                None => (Some(DocKind::Genogram), 0),
            },
        });
        let selected = match (document, session.netwerkkaart_selection.get_untracked()) {
            (Some(DocKind::Netwerkkaart), Some(NetwerkkaartItem::Centre)) => Selected::Centre,
            (Some(DocKind::Netwerkkaart), Some(NetwerkkaartItem::Actor(_))) => Selected::Actor,
            (Some(DocKind::Netwerkkaart), Some(NetwerkkaartItem::Tie(_))) => Selected::Tie,
            (Some(DocKind::Netwerkkaart), Some(NetwerkkaartItem::Sector(_))) => Selected::Sector,
            (Some(DocKind::Genogram), _) if session.selection.get_untracked().is_some() => Selected::Person,
            _ => Selected::Nothing,
        };
        KeyContext {
            focus,
            document,
            selected,
            connecting: session.connecting(),
            sectors,
            lang: self.lang.get_untracked(),
            presenting: self.present.active.get_untracked(),
        }
    }

    /// Carries out an intent. Returns whether it was taken (a key's default action is
    /// then prevented); only moving the focus inside a dialog may leave it to the browser.
    pub fn run(&self, intent: Intent) -> bool {
        let session = self.session;
        let canvas = self.canvas.get_value();
        match intent {
            Intent::Save => self.autosave.save_now(),
            Intent::CloseDialog => {
                if let Some(top) = self.modals.with_value(|m| m.last().copied()) {
                    top.close.run(());
                }
            }
            Intent::CycleFocus { back } => return self.trap_focus(back),
            Intent::ReturnToCanvas => {
                if let Some(c) = canvas {
                    c.focus();
                }
            }
            Intent::Undo => session.undo(),
            Intent::Redo => session.redo(),
            Intent::Delete => session.delete_selection(),
            Intent::Escape => {
                let effects = session.escape();
                canvas.iter().for_each(|c| c.perform(effects.clone(), None));
            }
            Intent::Nudge(step) => self.nudge(step as f64 * NUDGE),
            Intent::StartConnect => {
                session.start_connect();
            }
            Intent::ToggleConnect => {
                if session.connecting() {
                    session.escape();
                } else {
                    session.start_connect();
                }
            }
            Intent::FinishConnect => {
                let target = if session.is_netwerkkaart() {
                    session.netwerkkaart_selection.get_untracked().map(End::Netwerkkaart)
                } else {
                    session.selection.get_untracked().map(End::Person)
                };
                if let Some(target) = target {
                    session.feed(Event::Choose(target));
                }
            }
            Intent::AddRelative(add) => {
                if let Some(sel) = session.selection.get_untracked() {
                    session.add_relative(sel, add);
                }
            }
            Intent::AddActorInSector(n) => {
                let sector = session.editor.with_untracked(|e| {
                    e.as_ref()?
                        .netwerkkaart()
                        .and_then(|m| crate::netwerkkaart::edit::sectors::sector_for_key(m, &n.to_string()))
                });
                if let Some(sector) = sector {
                    session.add_actor_in_sector(sector);
                }
            }
            Intent::SelectNext { dir, extend } => self.select_next(dir, extend),
            Intent::SelectCentre => session.select_netwerkkaart(Some(NetwerkkaartItem::Centre)),
            Intent::FocusField(field) => focus_field(field),
            Intent::Pan(dir) => {
                if let Some(c) = canvas {
                    let (dx, dy) = match dir {
                        Direction::Left => (PAN_STEP, 0.0),
                        Direction::Right => (-PAN_STEP, 0.0),
                        Direction::Up => (0.0, PAN_STEP),
                        Direction::Down => (0.0, -PAN_STEP),
                    };
                    c.viewport.update(|v| *v = v.pan(dx, dy));
                }
            }
            Intent::ZoomIn => canvas.iter().for_each(|c| c.zoom_centre(ZOOM_STEP)),
            Intent::ZoomOut => canvas.iter().for_each(|c| c.zoom_centre(1.0 / ZOOM_STEP)),
            Intent::Fit => canvas.iter().for_each(|c| c.fit()),
            Intent::YearStep(step) => {
                // Only while the year view is on; the range is a date's.
                self.shell.at_year.update(|y| {
                    if let Some(y) = y {
                        *y = (*y + step).clamp(*PartialDate::YEAR_RANGE.start(), *PartialDate::YEAR_RANGE.end());
                    }
                })
            }
            Intent::Relayout => session.relayout(),
            Intent::FindPerson => self.shell.search_open.set(true),
            Intent::Present => {
                // A gesture or tool under way ends first: nothing is half done behind the show.
                session.escape();
                self.present.start();
            }
            Intent::PresentStep(delta) => self.present.step_by(delta),
            Intent::PresentNames => self.present.switch_names(),
            Intent::PresentOrder => self.present.switch_order(),
            Intent::PresentClear => self.present.clear(),
            Intent::PresentSaveView => self.present.ask_view_name(),
            Intent::PresentViews => self.present.switch_views(),
            Intent::PresentLeave => {
                self.present.leave();
                canvas.iter().for_each(|c| c.focus());
            }
        }
        true
    }

    /// Selects a person and brings them into view at a readable zoom (a search result).
    pub fn show_person(&self, id: PersonId) {
        self.session.select_persons(&[id]);
        if let Some(canvas) = self.canvas.get_value() {
            canvas.show_person(id);
        }
    }

    /// Alt+←/→: the selected persons move along their row, one undo step per press.
    fn nudge(&self, step: f64) {
        let session = self.session;
        let Some(canvas) = self.canvas.get_value() else { return };
        let places: Vec<(PersonId, f64)> = canvas.drawing.with_untracked(|d| {
            d.as_ref()
                .map(|d| {
                    session
                        .selected_persons_untracked()
                        .into_iter()
                        .filter_map(|p| d.person_centre(p.get()).map(|c| (p, c.0 + step)))
                        .collect()
                })
                .unwrap_or_default()
        });
        let cmd = session.editor.with_untracked(|e| {
            e.as_ref().and_then(|e| e.genogram()).and_then(|g| crate::genogram::edit::arrange::pin_persons(g, &places))
        });
        if let Some(cmd) = cmd {
            session.apply(cmd);
        }
    }

    /// The arrows with something selected: the next symbol that way (nothing that way:
    /// the selection stays, and the drawing does not jump away under it).
    fn select_next(&self, dir: Direction, extend: bool) {
        let session = self.session;
        let Some(canvas) = self.canvas.get_value() else { return };
        if session.is_netwerkkaart() {
            let selection = session.netwerkkaart_selection.get_untracked();
            let next = selection.and_then(|from| {
                canvas.drawing.with_untracked(|d| d.as_ref().and_then(|d| d.map_neighbour(from, dir)))
            });
            if next.is_some() {
                session.select_netwerkkaart(next);
            }
            return;
        }
        let Some(sel) = session.selection.get_untracked() else { return };
        let Some(next) = canvas.drawing.with_untracked(|d| d.as_ref().and_then(|d| d.neighbour(sel.get(), dir))) else {
            return;
        };
        let next = PersonId(next);
        if extend {
            // Shift+arrow grows the selection towards that relative.
            let mut all = session.selected_persons_untracked();
            all.retain(|p| *p != next);
            all.insert(0, next);
            session.select_persons(&all);
        } else {
            session.click_person(next, false);
        }
    }

    /// Tab on the last control of the open dialog goes to its first, Shift+Tab on the
    /// first to its last; a focus outside the dialog is brought back in. Returns whether
    /// it moved the focus (else the browser moves it as usual).
    fn trap_focus(&self, back: bool) -> bool {
        let Some(root) = self.modals.with_value(|m| m.last().copied()).and_then(|m| m.root.get_untracked()) else {
            return false;
        };
        let root: web_sys::Element = root.into();
        let items = focusables(&root);
        let (Some(first), Some(last)) = (items.first(), items.last()) else { return true };
        let active = document().active_element();
        let inside = active.as_ref().is_some_and(|a| root.contains(Some(a.as_ref())));
        let at = |el: &web_sys::HtmlElement| active.as_ref().is_some_and(|a| a == el.as_ref() as &web_sys::Element);
        let to = if !inside {
            Some(if back { last } else { first })
        } else if back && at(first) {
            Some(last)
        } else if !back && at(last) {
            Some(first)
        } else {
            None
        };
        match to {
            Some(el) => {
                let _ = el.focus();
                true
            }
            None => false,
        }
    }
}

/// The controls in `root` that Tab visits, in document order.
pub(crate) fn focusables(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    fn walk(el: &web_sys::Element, out: &mut Vec<web_sys::HtmlElement>) {
        let mut child = el.first_element_child();
        while let Some(c) = child {
            if let Some(h) = c.dyn_ref::<web_sys::HtmlElement>() {
                let tabbable = matches!(c.tag_name().as_str(), "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A")
                    || c.has_attribute("tabindex");
                if tabbable && h.tab_index() >= 0 && !c.has_attribute("disabled") && h.offset_parent().is_some() {
                    out.push(h.clone());
                }
            }
            walk(&c, out);
            child = c.next_element_sibling();
        }
    }
    let mut out = Vec::new();
    walk(root, &mut out);
    out
}

/// Moves the focus to a form field of the selection. The fields carry ids (and the
/// tie's strength a class) meant for this code.
fn focus_field(field: Field) {
    let el = match field {
        Field::GivenName => document().get_element_by_id(Field::GIVEN_NAME_ID),
        Field::CentreName => document().get_element_by_id(Field::CENTRE_NAME_ID),
        Field::ActorName => document().get_element_by_id(Field::ACTOR_NAME_ID),
        Field::TieStrength => document()
            .get_element_by_id("side-panel")
            .and_then(|panel| panel.query_selector(&format!("select.{}", Field::TIE_STRENGTH_CLASS)).ok().flatten()),
    };
    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

impl Session {
    /// Adds a relative to person `id` (a letter key or a side-panel button); the
    /// cursor goes to the new relative's name.
    pub fn add_relative(&self, id: PersonId, add: AddKey) {
        use crate::genogram::edit::family;
        use crate::genogram::model::Gender;
        match add {
            AddKey::Partner => self.act(|g| family::add_partner(g, id)),
            AddKey::Son => self.act(|g| family::add_child(g, id, Gender::Male)),
            AddKey::Daughter => self.act(|g| family::add_child(g, id, Gender::Female)),
            AddKey::Parents => self.act(|g| family::add_parents(g, id)),
            AddKey::Brother => self.act(|g| family::add_sibling(g, id, Gender::Male)),
            AddKey::Sister => self.act(|g| family::add_sibling(g, id, Gender::Female)),
            AddKey::Twins => self.act(|g| crate::genogram::edit::twins::add_twin(g, id)),
        }
    }
}
