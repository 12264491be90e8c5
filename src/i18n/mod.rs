//! Typed message tables: every UI string lives here, once per language.
//!
//! A table is a struct with one field per message, so a language that forgets a
//! message does not compile. Domain messages (model refusals and warnings) are enums
//! in their own modules that take a [`Lang`] to render themselves.

mod en;
mod nl;

use serde::{Deserialize, Serialize};

/// The UI language. Dutch is the default: Kring is made for Dutch wijkteams.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in menu order.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 tag, used for `<html lang>` and for storing the choice.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Parses a stored tag; anything unknown falls back to `None` so the caller picks the default.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The message table for this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &nl::NL,
            Lang::En => &en::EN,
        }
    }
}

/// All strings of the application shell. Field names say where a string is used.
// Each field's name says where it is used and the Dutch table (`nl.rs`) shows its words;
// a doc line per string would only repeat them.
#[allow(missing_docs)]
#[derive(Debug)]
pub struct Texts {
    /// The language's own name, shown in the language switch.
    pub language_name: &'static str,
    /// Tagline under the product name.
    pub tagline: &'static str,
    /// Accessible label of the main menu.
    pub menu_label: &'static str,
    pub menu_new_genogram: &'static str,
    pub menu_new_netwerkkaart: &'static str,
    pub menu_open: &'static str,
    pub menu_export: &'static str,
    pub menu_help: &'static str,
    /// Accessible label of the language switch.
    pub language_label: &'static str,
    /// Accessible label of the drawing canvas.
    pub canvas_label: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_fit: &'static str,
    /// Status line: zoom percentage prefix ("Zoom").
    pub zoom_status: &'static str,
    /// Side panel heading.
    pub panel_title: &'static str,
    /// Side panel text when nothing is selected.
    pub panel_empty: &'static str,
    /// Genogram setting: checkbox label for strict birth order.
    pub strict_birth_order: &'static str,
    /// Genogram setting: what strict birth order does (tooltip and hint).
    pub strict_birth_order_hint: &'static str,
    /// Drawing setting: each person's tags as a small line under the name.
    pub show_tags: &'static str,
    /// What showing tags does.
    pub show_tags_hint: &'static str,
    /// Status line when the app is ready and nothing is open.
    pub status_ready: &'static str,
    /// Status line reminder that data stays in this browser.
    pub status_local_only: &'static str,
    /// Empty-canvas hint.
    pub canvas_empty_hint: &'static str,
    /// Help dialog title and body paragraphs.
    pub help_title: &'static str,
    pub help_body: &'static [&'static str],
    pub close: &'static str,
    /// Edit toolbar and person actions.
    pub undo: &'static str,
    pub redo: &'static str,
    pub add_partner: &'static str,
    pub add_son: &'static str,
    pub add_daughter: &'static str,
    pub add_parents: &'static str,
    pub add_brother: &'static str,
    pub add_sister: &'static str,
    pub delete: &'static str,
    /// Toast after a delete, with its undo button.
    pub deleted: &'static str,
    /// "Toets": tooltip prefix of a button's key on the canvas.
    pub key_word: &'static str,
    /// Letter keys on the canvas for partner, son, daughter, parents, brother, sister
    /// and twins, in that order (see `ui::input::intent::AddKey`).
    pub action_keys: &'static str,
    /// The help dialog's key list (generated from `ui::input::keymap::BINDINGS`):
    /// its heading, one heading per scope, and what each binding does.
    pub keys_title: &'static str,
    pub keys_everywhere: &'static str,
    pub keys_dialog: &'static str,
    pub keys_field: &'static str,
    pub keys_editor: &'static str,
    pub keys_canvas: &'static str,
    pub keys_person: &'static str,
    pub keys_netwerkkaart: &'static str,
    pub key_save: &'static str,
    pub key_close_dialog: &'static str,
    pub key_cycle_focus: &'static str,
    pub key_return_to_canvas: &'static str,
    pub key_escape: &'static str,
    pub key_nudge: &'static str,
    pub key_connect: &'static str,
    pub key_finish_connect: &'static str,
    pub key_add_actor: &'static str,
    pub key_map_next: &'static str,
    pub key_map_enter: &'static str,
    pub key_person_next: &'static str,
    pub key_person_extend: &'static str,
    pub key_person_enter: &'static str,
    pub key_pan: &'static str,
    /// A person not related to anyone yet (the cliënt on an empty sheet).
    pub add_person: &'static str,
    /// One-click twins from the selected person: two children of their latest union.
    pub add_twins: &'static str,
    /// A twin brother or sister of the selected child (same parents and birth date).
    pub add_twin_sibling: &'static str,
    /// Asked before deleting a partner from whose union children hang: keep the union
    /// with an unknown partner, or cancel.
    pub delete_keep_union_question: &'static str,
    pub delete_keep_union_yes: &'static str,
    pub delete_cancel: &'static str,
    /// Frees every dragged (pinned) person so the automatic layout places them again.
    pub relayout: &'static str,
    pub relayout_hint: &'static str,
    /// The connect tool: relation (genogram) or tie (netwerkkaart), and its status hints.
    pub connect_relation: &'static str,
    pub connect_tie: &'static str,
    pub connect_kind: &'static str,
    pub connect_pick_first: &'static str,
    pub connect_pick_first_or_enter: &'static str,
    pub connect_pick_second: &'static str,
    pub tie_exists: &'static str,
    /// Several persons selected (shift-click or shift-drag).
    pub selected_count: &'static str,
    pub delete_selected: &'static str,
    pub group_hint: &'static str,
    pub moved_pinned: &'static str,
    /// Status when a drag starts while the drawing is folded (pins there would be in
    /// the folded drawing's coordinates and misplace the person in the whole family).
    pub no_drag_folded: &'static str,
    /// Default title of a new genogram.
    pub untitled_genogram: &'static str,
    // relation and parent-line details
    /// The button that opens a relation's period, note and direction; named with the
    /// other person ("Details van de relatie: Nora").
    pub relation_more: &'static str,
    /// A relation's period and note.
    pub relation_start: &'static str,
    pub relation_end: &'static str,
    pub relation_note: &'static str,
    /// A short date example that fits the half-width since/until fields.
    pub relation_date_hint: &'static str,
    /// Swaps actor and target of a directed relation.
    pub relation_reverse: &'static str,
    /// A donor or surrogate on the child line, and its empty choice.
    pub conception_aid: &'static str,
    pub aid_none: &'static str,
    /// The child's place among the siblings; empty means by date of birth.
    pub birth_order: &'static str,
    pub birth_order_hint: &'static str,
    pub bad_birth_order: &'static str,
    /// Label of the document title field.
    pub doc_title: &'static str,
    /// Person panel field labels.
    pub given_name: &'static str,
    pub family_name: &'static str,
    pub nickname: &'static str,
    pub gender: &'static str,
    pub birth: &'static str,
    pub death: &'static str,
    pub date_hint: &'static str,
    pub deceased: &'static str,
    pub index_person: &'static str,
    pub occupation: &'static str,
    pub residence: &'static str,
    pub notes: &'static str,
    pub tags: &'static str,
    pub tags_hint: &'static str,
    pub conditions: &'static str,
    pub add_condition: &'static str,
    /// Symbol kind (person, pregnancy, miscarriage, …) and a pregnancy's due date.
    pub person_kind: &'static str,
    pub due_date: &'static str,
    /// The transgender marker: gender assigned at birth, and its "none" choice.
    pub assigned_gender: &'static str,
    pub assigned_none: &'static str,
    /// Accessible names and hints of a condition row's fields.
    pub condition_area: &'static str,
    pub condition_status: &'static str,
    pub condition_name: &'static str,
    pub condition_name_hint: &'static str,
    pub condition_note: &'static str,
    pub condition_note_hint: &'static str,
    /// Heading of the buttons for a child of the selected person and an unknown other parent.
    pub single_parent_child: &'static str,
    pub remove: &'static str,
    /// Message for a date the panel cannot read.
    pub bad_date: &'static str,
    /// Heading of the model's warnings list.
    pub problems: &'static str,
    /// Export dialog.
    pub export_title: &'static str,
    pub export_anonymise: &'static str,
    pub anonymise_off: &'static str,
    pub anonymise_initials: &'static str,
    pub anonymise_roles: &'static str,
    pub export_legend: &'static str,
    /// The view setting that shows or hides the legend in the drawing.
    pub show_legend: &'static str,
    pub export_png_scale: &'static str,
    pub export_svg: &'static str,
    pub export_png: &'static str,
    pub export_print: &'static str,
    pub export_done: &'static str,
    pub export_failed: &'static str,
    /// Anonymous copy (`.kring.json`) in the export dialog.
    pub export_copy: &'static str,
    pub export_copy_hint: &'static str,
    pub copy_dates: &'static str,
    pub copy_dates_years: &'static str,
    pub copy_dates_shift: &'static str,
    pub copy_shift_years: &'static str,
    /// Ties panel (unions, parent line, twins, emotional relations of the selected person).
    pub unions: &'static str,
    pub unknown_partner: &'static str,
    pub union_kind: &'static str,
    pub add_event: &'static str,
    pub remove_union: &'static str,
    pub parent_line: &'static str,
    pub twin_with: &'static str,
    pub twin_kind: &'static str,
    pub no_one: &'static str,
    /// A selected relation line's two ends, and deleting a selected line.
    pub relation_end_from: &'static str,
    pub relation_end_to: &'static str,
    pub delete_line: &'static str,
    pub emotional_relations: &'static str,
    pub relation_with: &'static str,
    pub relation_kind: &'static str,
    pub add_relation: &'static str,
    /// Document library dialog ("Openen") and autosave.
    pub library_title: &'static str,
    pub library_search: &'static str,
    pub library_import: &'static str,
    pub library_drop_hint: &'static str,
    pub library_export_all: &'static str,
    /// Follows the used size, e.g. "0,4 MB" + " gebruikt van ongeveer 5 MB".
    pub library_used_of: &'static str,
    pub library_empty: &'static str,
    pub library_no_match: &'static str,
    pub library_col_title: &'static str,
    pub library_col_kind: &'static str,
    pub library_col_modified: &'static str,
    pub library_col_size: &'static str,
    pub library_col_actions: &'static str,
    pub kind_genogram: &'static str,
    pub kind_netwerkkaart: &'static str,
    /// Marks the document that is open now.
    pub library_current: &'static str,
    pub library_open_doc: &'static str,
    pub library_rename: &'static str,
    pub library_rename_label: &'static str,
    pub library_save: &'static str,
    pub library_cancel: &'static str,
    pub library_duplicate: &'static str,
    pub library_export: &'static str,
    pub library_delete: &'static str,
    /// Appended to the title of a copy.
    pub copy_suffix: &'static str,
    pub trash_title: &'static str,
    pub trash_restore: &'static str,
    pub trash_empty: &'static str,
    pub trash_empty_confirm: &'static str,
    pub trash_emptied: &'static str,
    /// "Versleuteld opslaan": encrypted export and import (library dialog).
    pub library_export_encrypted: &'static str,
    pub library_export_encrypted_label: &'static str,
    pub library_export_all_encrypted: &'static str,
    pub encrypt_title: &'static str,
    pub encrypt_library: &'static str,
    pub encrypt_password: &'static str,
    pub encrypt_repeat: &'static str,
    pub encrypt_no_recovery: &'static str,
    pub encrypt_save: &'static str,
    pub encrypt_too_short: &'static str,
    pub encrypt_mismatch: &'static str,
    pub encrypt_busy: &'static str,
    pub encrypt_done: &'static str,
    pub decrypt_title: &'static str,
    pub decrypt_intro: &'static str,
    pub decrypt_no_recovery: &'static str,
    pub decrypt_open: &'static str,
    pub decrypt_busy: &'static str,
    /// A new version of the app on the host (service worker update).
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    pub update_later: &'static str,
    pub update_unsaved: &'static str,
    /// Persistent storage and the backup reminder.
    pub persist_refused: &'static str,
    pub backup_reminder: &'static str,
    pub backup_make: &'static str,
    pub backup_dismiss: &'static str,
    pub backup_done: &'static str,
    pub damaged_title: &'static str,
    pub damaged_intro: &'static str,
    pub damaged_download: &'static str,
    pub erase_all: &'static str,
    pub erase_all_confirm: &'static str,
    pub erase_all_yes: &'static str,
    pub erased_all: &'static str,
    pub import_conflict: &'static str,
    pub import_copy: &'static str,
    pub import_replace: &'static str,
    /// Damaged stored entries are never replaced by an import.
    pub import_damaged_kept: &'static str,
    /// Followed by the number of imported documents.
    pub imported: &'static str,
    pub library_storage_full: &'static str,
    pub library_unavailable: &'static str,
    pub library_changed_elsewhere: &'static str,
    /// Status line after a save, followed by the local time "HH:MM".
    pub saved_at: &'static str,
    pub save_quota: &'static str,
    pub save_unavailable: &'static str,
    pub save_conflict: &'static str,
    pub save_conflict_deleted: &'static str,
    pub save_reload: &'static str,
    pub save_as_copy: &'static str,
    pub save_export: &'static str,
    pub save_retry: &'static str,
    pub reloaded_from_other_tab: &'static str,
    pub closed_deleted_elsewhere: &'static str,
    pub startup_damaged: &'static str,
    /// Said from the start when the browser blocks storage (site data blocked).
    pub storage_blocked: &'static str,
    /// Asked before a document that is not stored is closed or replaced.
    pub discard_unsaved_confirm: &'static str,
    /// Button of a damaged entry: remove it (asks first).
    pub damaged_delete: &'static str,
    /// The question before a damaged entry is removed, offering its raw text.
    pub damaged_delete_question: &'static str,
    /// Confirms removing a damaged entry.
    pub damaged_delete_yes: &'static str,
    /// Said after a damaged entry was removed.
    pub damaged_deleted: &'static str,
    /// Said when a damaged entry changed after it was listed (nothing removed).
    pub damaged_changed: &'static str,
    /// Import question, per document: the file's version is newer.
    pub import_newer_incoming: &'static str,
    /// Import question, per document: the stored version is newer.
    pub import_newer_stored: &'static str,
    /// Import question, per document: both have the same modification time.
    pub import_newer_same: &'static str,
    /// After "Vervangen": where the replaced versions went.
    pub import_replaced_trash: &'static str,
    /// A failed import that put every replaced document back.
    pub import_failed_restored: &'static str,
    /// A failed import, followed by the titles it could not put back.
    pub import_failed_not_restored: &'static str,
    /// Another tab's version, written at the same moment as this tab's, kept as a copy.
    pub saved_other_tab_copy: &'static str,
    /// Asked before leaving the page while the open document is not stored.
    pub leave_unsaved: &'static str,
    /// The open document was moved to the trash but could not be stored first.
    pub trash_open_unsaved: &'static str,
    /// Title of a new netwerkkaart.
    pub untitled_netwerkkaart: &'static str,
    /// Said when a stored document is of a kind this version cannot open.
    pub document_kind_unknown: &'static str,
    /// Heading of the netwerkkaart centre panel.
    pub nw_centre: &'static str,
    /// Label of the centre's name field.
    pub nw_centre_name: &'static str,
    /// Placeholder of the centre's name field.
    pub nw_centre_name_hint: &'static str,
    /// Label of the centre's person/household choice.
    pub nw_centre_kind: &'static str,
    /// Label of the add-an-actor button row.
    pub nw_add_actor: &'static str,
    /// Button: add an actor in the family sector.
    pub nw_add_family: &'static str,
    /// Button: add an actor in the friends sector.
    pub nw_add_friends: &'static str,
    /// Button: add an actor in the neighbours / school sector.
    pub nw_add_neighbours: &'static str,
    /// Button: add an actor in the professionals sector.
    pub nw_add_professionals: &'static str,
    /// Heading of the actor panel.
    pub nw_actor: &'static str,
    /// Label of an actor's name field.
    pub nw_name: &'static str,
    /// Label of an actor's role field.
    pub nw_role: &'static str,
    /// Placeholder of an actor's role field.
    pub nw_role_hint: &'static str,
    /// Label of the person/organisation choice.
    pub nw_kind: &'static str,
    /// Label of an actor's sector choice.
    pub nw_sector: &'static str,
    /// Label of an actor's ring choice.
    pub nw_ring: &'static str,
    /// Label of the formal/informal/hybrid choice.
    pub nw_formality: &'static str,
    /// Label of the verbinder checkbox.
    pub nw_verbinder: &'static str,
    /// Heading of an actor's ties.
    pub nw_ties: &'static str,
    /// Heading of a selected tie.
    pub nw_tie: &'static str,
    /// Label of a tie's strength.
    pub nw_strength: &'static str,
    /// Label of a tie's quality.
    pub nw_quality: &'static str,
    /// Label of a tie's support direction.
    pub nw_direction: &'static str,
    /// Label of a tie's support types.
    pub nw_support: &'static str,
    /// Label of a tie's contact frequency.
    pub nw_frequency: &'static str,
    /// Button: remove a tie.
    pub nw_remove_tie: &'static str,
    /// Label of the choice of another actor to tie to.
    pub nw_tie_to_other: &'static str,
    /// Button: add the chosen tie.
    pub nw_add_tie: &'static str,
    /// Button: tie an actor to the centre.
    pub nw_tie_to_centre: &'static str,
    /// Hint when nothing on the map is selected.
    pub nw_empty: &'static str,
    /// Heading of the analysis panel.
    pub nw_analysis: &'static str,
    /// Shown when the analysis finds nothing noteworthy.
    pub nw_no_findings: &'static str,
    /// Explains that findings are prompts, and clickable.
    pub nw_findings_hint: &'static str,
    /// Caption of the counts table.
    pub nw_per_sector: &'static str,
    /// Column: inner ring.
    pub nw_col_inner: &'static str,
    /// Column: middle ring.
    pub nw_col_middle: &'static str,
    /// Column: outer ring.
    pub nw_col_outer: &'static str,
    /// Column and row: total.
    pub nw_col_total: &'static str,
    /// Caption of the formal/informal balance.
    pub nw_balance: &'static str,
    /// Heading of the netwerkkaart's sector list.
    pub nw_sectors: &'static str,
    /// Accessible name of a sector's name field.
    pub nw_sector_name: &'static str,
    /// How many actors a sector has; `{n}` is the number (two or more, or none).
    pub nw_sector_actors: &'static str,
    /// A sector with exactly one actor.
    pub nw_sector_actors_one: &'static str,
    /// Accessible name and tooltip of a sector's add-an-actor button; `{name}` is the sector.
    pub nw_sector_add_in: &'static str,
    /// Accessible name and tooltip of a sector's remove button; `{name}` is the sector.
    pub nw_sector_remove: &'static str,
    /// Button: add a sector (after "+ ").
    pub nw_add_sector: &'static str,
    /// Tooltip of the add-a-sector button, with examples.
    pub nw_add_sector_hint: &'static str,
    /// Name of a new sector until the user names it (a number follows if taken).
    pub nw_new_sector_name: &'static str,
    /// Said after a sector was removed (the status line offers undo).
    pub nw_sector_removed: &'static str,
    /// Plain-language description section.
    pub description: &'static str,
    pub copy_text: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    // netwerkkaart ↔ genogram
    /// Heading of the netwerkkaart panel's section that takes persons over from a genogram.
    pub nw_link_heading: &'static str,
    /// Label of the choice of genogram.
    pub nw_link_source: &'static str,
    /// Shown instead of the choice when this browser's library holds no genogram.
    pub nw_link_none: &'static str,
    /// Checkbox: link the centre to the genogram's index person.
    pub nw_link_centre: &'static str,
    /// Button that adds the genogram's persons to the familie sector.
    pub nw_link_import: &'static str,
    pub nw_link_tie: &'static str,
    pub nw_link_tie_none: &'static str,
    /// Explains that imported persons stay linked.
    pub nw_link_hint: &'static str,
    /// Note in the actor panel of an actor linked to a genogram person ({title}: the genogram).
    pub nw_link_actor: &'static str,
    /// Status after an import ({n} persons from {title}).
    pub nw_link_added: &'static str,
    /// Status after an import that added one person.
    pub nw_link_added_one: &'static str,
    /// Status after an import that added nobody.
    pub nw_link_added_none: &'static str,
    /// Added to the import status when the centre was linked.
    pub nw_link_centre_done: &'static str,
    /// Status after linked names were taken over from genograms ({n}: how many).
    pub nw_link_pulled: &'static str,
    /// Status after a rename on the map was written into the genogram {title}.
    pub nw_link_pushed: &'static str,
    /// Status when a linked genogram could not be read ({reason}); nothing changed.
    pub nw_link_read_failed: &'static str,
    /// Status when a rename could not be written into the genogram ({reason}); it was left as it was.
    pub nw_link_write_failed: &'static str,
    /// Reason: the genogram is no longer stored.
    pub nw_link_missing: &'static str,
    /// Reason: the genogram's stored text cannot be read.
    pub nw_link_damaged: &'static str,
    /// Reason: the linked document is not a genogram.
    pub nw_link_not_genogram: &'static str,
    /// Reason: the genogram refused the new name.
    pub nw_link_refused: &'static str,
    /// Reason: another tab changed the genogram at the same moment.
    pub nw_link_conflict: &'static str,
    /// Reason: storage is full.
    pub nw_link_full: &'static str,
    /// Reason: storage cannot be used.
    pub nw_link_unavailable: &'static str,
    /// Heading of the crash banner shown when the app panics.
    pub crash_title: &'static str,
    // households
    /// Heading of the household section of the person panel.
    pub hh_title: &'static str,
    /// Shown when the selected person is in no household.
    pub hh_none: &'static str,
    /// Label of a household's label field.
    pub hh_label: &'static str,
    /// Placeholder of a household's label field.
    pub hh_label_hint: &'static str,
    /// Accessible name of a household's member list.
    pub hh_members: &'static str,
    /// Accessible name of the remove-member button, followed by ": " and the name.
    pub hh_remove_member: &'static str,
    /// First option and accessible name of the add-a-member select.
    pub hh_add_member: &'static str,
    /// Button: remove the household (its persons stay).
    pub hh_remove: &'static str,
    /// Button: a new household around the selected person.
    pub hh_new: &'static str,
    /// Tooltip of the new-household button: who comes in by default.
    pub hh_new_hint: &'static str,
    /// Advice under the crash banner.
    pub crash_advice: &'static str,
    /// Menu button: find a person by name.
    pub menu_search: &'static str,
    /// Title of the find-a-person dialog.
    pub search_title: &'static str,
    /// Placeholder and label of the name field of the find dialog.
    pub search_placeholder: &'static str,
    /// When no person matches the search.
    pub search_none: &'static str,
    /// Help: the key that opens the find dialog.
    pub key_find: &'static str,
    /// Export button: the genogram as a GEDCOM file.
    pub export_gedcom: &'static str,
    /// Heading of the GEDCOM import report in the library.
    pub gedcom_report_title: &'static str,
    /// Heading of the points of attention in the import report.
    pub gedcom_attention: &'static str,
    /// "… and N more" after a shortened list (the number follows).
    pub gedcom_more: &'static str,
    pub quick_toggle: &'static str,
    pub quick_toggle_hint: &'static str,
    pub quick_title: &'static str,
    pub quick_label: &'static str,
    pub quick_placeholder: &'static str,
    pub quick_line: &'static str,
    pub quick_column: &'static str,
    pub quick_all_read: &'static str,
    pub quick_help_title: &'static str,
    pub quick_close: &'static str,
    /// Lines of the quick-entry help card: notation with examples.
    pub quick_help: &'static [&'static str],
    /// Header button that holds the menu items that do not fit on the line.
    pub more_menu: &'static str,
    /// Accessible name of a person's menu on the canvas (right click, long press).
    pub person_menu: &'static str,
    /// Person menu item: the relation tool with this person as its first end.
    pub relation_from_here: &'static str,
    /// Toolbar button that shows or hides the side panel.
    pub panel_toggle: &'static str,
    /// Tooltip of the panel button.
    pub panel_toggle_hint: &'static str,
    /// Accessible name of the bottom sheet's handle on narrow screens.
    pub sheet_handle: &'static str,
    /// The quick-entry text area's label on a netwerkkaart.
    pub quick_label_map: &'static str,
    /// Example in the empty quick-entry text area on a netwerkkaart.
    pub quick_placeholder_map: &'static str,
    /// Lines of the quick-entry help card on a netwerkkaart: notation with examples.
    pub quick_help_map: &'static [&'static str],
    /// Button in the library dialog ("Openen") that lists the example cases ("Voorbeelden").
    pub menu_cases: &'static str,
    /// Heading of the example cases dialog.
    pub cases_title: &'static str,
    /// Line under the heading: what opening a case does.
    pub cases_intro: &'static str,
    /// Button that opens a case as an editable copy.
    pub case_open: &'static str,
    /// Button that shows a case's teaching notes without opening it.
    pub case_show_notes: &'static str,
    /// Heading of the teaching notes dialog, before the case's title.
    pub case_notes_title: &'static str,
    /// Heading of the case's story in the notes.
    pub case_story: &'static str,
    /// Heading of what to look for in the drawing.
    pub case_look_for: &'static str,
    /// Heading of the questions for the group.
    pub case_questions: &'static str,
    /// Line under the notes' heading: the case is invented (and, in English, that the
    /// notes are written in Dutch).
    pub case_notes_language: &'static str,
    /// Status after a case was opened: its copy is in the library.
    pub case_opened: &'static str,
    /// Button that shows the teaching notes of the open case again.
    pub case_notes_reopen: &'static str,
    /// Heading of a person's life events in the person form.
    pub life_events: &'static str,
    /// Button that adds a life event to the person.
    pub add_life_event: &'static str,
    /// Label of a life event's text field.
    pub life_event_text: &'static str,
    /// Placeholder of a life event's text.
    pub life_event_text_hint: &'static str,
    /// Label of a life event's date field.
    pub life_event_date: &'static str,
    /// Short label before a condition's onset field ("sinds").
    pub condition_since: &'static str,
    /// Accessible name of a condition's onset field.
    pub condition_since_label: &'static str,
    /// Heading of a person's moves in the person form.
    pub moves: &'static str,
    /// Button that adds a move to the person.
    pub add_move: &'static str,
    /// Label of a move's place field.
    pub move_place: &'static str,
    /// Placeholder of a move's place.
    pub move_place_hint: &'static str,
    /// Label of a move's date field.
    pub move_date: &'static str,
    /// Heading of the chronology panel ("Levenslijn").
    pub chronology_title: &'static str,
    /// What the chronology shows, under its heading.
    pub chronology_hint: &'static str,
    /// When the genogram has no dated facts.
    pub chronology_none: &'static str,
    /// Column head: date.
    pub chronology_date: &'static str,
    /// Column head: the index person's age at that date.
    pub chronology_age: &'static str,
    /// Column head: person(s).
    pub chronology_person: &'static str,
    /// Column head: kind of fact, over its description.
    pub chronology_kind: &'static str,
    /// Button that downloads the chronology as a CSV table.
    pub chronology_csv: &'static str,
    /// Heading of the pattern lens panel ("Patroon").
    pub pattern_title: &'static str,
    /// What the pattern lens does, under its heading.
    pub pattern_hint: &'static str,
    /// When the genogram has no themes to follow.
    pub pattern_none: &'static str,
    /// The button that switches every theme off.
    pub pattern_clear: &'static str,
    /// Heading of the family-in-a-year panel ("Peiljaar").
    pub year_title: &'static str,
    /// What the year view does, under its heading.
    pub year_hint: &'static str,
    /// The checkbox that turns the year view on.
    pub year_on: &'static str,
    /// Label of the year slider.
    pub year_slider: &'static str,
    /// Label of the field to type a year in.
    pub year_field: &'static str,
    /// When the typed year is no year.
    pub year_bad: &'static str,
    /// Help: the keys that step the year view a year back or on.
    pub key_year_step: &'static str,
    /// Heading of the folding panel ("Inklappen").
    pub fold_title: &'static str,
    /// What folding does, under its heading.
    pub fold_hint: &'static str,
    /// The checkbox that turns folding on.
    pub fold_on: &'static str,
    /// Label of the number of generations shown upwards.
    pub fold_up: &'static str,
    /// Label of the number of generations shown downwards.
    pub fold_down: &'static str,
    /// Before the focus person's name.
    pub fold_focus: &'static str,
    /// Button: centre the folding on the selected person.
    pub fold_focus_here: &'static str,
    /// Button: unfold one step at the selected person's "+N" marker (as a click on it).
    pub fold_unfold: &'static str,
    /// Button: fold every unfolded branch again.
    pub fold_all: &'static str,
    /// Between the number drawn and the total ("12 van 761 personen getoond").
    pub fold_shown: &'static str,
    /// After the total of persons drawn.
    pub fold_shown_end: &'static str,
    /// Under a folding reach field that was refused.
    pub fold_bad_reach: &'static str,
    /// Button: unfold the selected person's whole folded branch at once.
    pub fold_unfold_branch: &'static str,
    /// After a count: hidden persons in parts of the file related to nobody drawn.
    pub fold_parts: &'static str,
    /// Tooltip of a button that focuses on such a part.
    pub fold_part_title: &'static str,
    /// Label of a household's "since" date.
    pub hh_since: &'static str,
    /// Label of a household's "until" date.
    pub hh_until: &'static str,
    /// Menu item that starts presentation mode.
    pub menu_present: &'static str,
    /// Help: the key that starts presentation mode.
    pub key_present: &'static str,
    /// Help heading: keys while presenting.
    pub keys_presenting: &'static str,
    /// Help: next step of the presentation.
    pub key_present_next: &'static str,
    /// Help: previous step of the presentation.
    pub key_present_back: &'static str,
    /// Help: switch names, initials and roles while presenting.
    pub key_present_names: &'static str,
    /// Help: switch the order in which generations appear.
    pub key_present_order: &'static str,
    /// Help: clear the pointer's rings.
    pub key_present_clear: &'static str,
    /// Help: stop presenting.
    pub key_present_leave: &'static str,
    /// The step counter; `{k}` is the step, `{n}` how many.
    pub present_step: &'static str,
    /// What a generation step shows.
    pub present_generations: &'static str,
    /// What the relations step shows.
    pub present_relations: &'static str,
    /// What the households step shows.
    pub present_households: &'static str,
    /// Names shown: real names.
    pub present_names: &'static str,
    /// Names shown: initials.
    pub present_initials: &'static str,
    /// Names shown: roles.
    pub present_roles: &'static str,
    /// Order: oldest generation first.
    pub present_oldest_first: &'static str,
    /// Order: from the client outwards.
    pub present_from_client: &'static str,
    /// The keys, in the presentation's bottom bar.
    pub present_hint: &'static str,
    /// Accessible name of the presentation.
    pub present_label: &'static str,
    /// Help: save what the presentation shows as a named view.
    pub key_present_save_view: &'static str,
    /// Help: step through the saved views instead of the steps.
    pub key_present_views: &'static str,
    /// The counter while stepping through saved views (`{k}`, `{n}`).
    pub present_view: &'static str,
    /// Label of the field that names a view being saved.
    pub present_view_name: &'static str,
    /// Said when a view was saved (`{name}`).
    pub present_view_saved: &'static str,
    /// Said when W is pressed and the document has no views.
    pub present_no_views: &'static str,
    /// A netwerkkaart's first step: the centre.
    pub present_centre: &'static str,
    /// A netwerkkaart's last step: the ties.
    pub present_ties: &'static str,
    /// The presentation bar's mode: stepping through saved views.
    pub present_views_mode: &'static str,
    /// After a saved view's name in the bar once names or order were switched.
    pub present_view_changed: &'static str,
    /// The presentation bar's mode: stepping through the reveal's steps.
    pub present_steps_mode: &'static str,
    /// Side panel: heading of the saved views.
    pub views_title: &'static str,
    /// Side panel: how views are made and used.
    pub views_hint: &'static str,
    /// The title of a netwerkkaart's versions section.
    pub versions_title: &'static str,
    /// What versions are for.
    pub versions_hint: &'static str,
    /// The label of a version's name field.
    pub versions_name: &'static str,
    /// The button that keeps a version.
    pub versions_keep: &'static str,
    /// The button that compares a version.
    pub versions_compare: &'static str,
    /// The title of the compare button.
    pub versions_compare_now: &'static str,
    /// The title of a version's remove button.
    pub versions_remove: &'static str,
    /// The title of the comparison dialog.
    pub versions_compare_title: &'static str,
    /// The label of the earlier side's picker.
    pub versions_from: &'static str,
    /// The label of the later side's picker.
    pub versions_to: &'static str,
    /// The map as it is now, as a side of a comparison.
    pub versions_now: &'static str,
    /// When two versions do not differ.
    pub versions_no_changes: &'static str,
    /// Figures row: actors.
    pub versions_actors: &'static str,
    /// Figures row: informal actors.
    pub versions_informal: &'static str,
    /// Figures row: formal actors.
    pub versions_formal: &'static str,
    /// Figures row: hybrid actors.
    pub versions_hybrid: &'static str,
    /// Figures row: actors in the inner ring.
    pub versions_inner: &'static str,
    /// Figures row: ties.
    pub versions_ties: &'static str,
    /// Figures row: single points of failure.
    pub versions_single_points: &'static str,
    /// Side panel: accessible name of a view's name field.
    pub views_name: &'static str,
    /// Side panel: move a view up.
    pub views_up: &'static str,
    /// Side panel: move a view down.
    pub views_down: &'static str,
    /// Side panel: remove a view.
    pub views_remove: &'static str,
    /// The keys in the presentation's bar for a netwerkkaart (no order, no pointer).
    pub present_hint_map: &'static str,
    /// “Maak oefening” in the case notes: an exercise file from the open genogram.
    pub case_make_exercise: &'static str,
    /// Status after making an exercise file (followed by the file name).
    pub exercise_made: &'static str,
    /// Status-line button: the open exercise's assignment again.
    pub exercise_reopen: &'static str,
    /// Heading of the assignment (followed by the exercise's title).
    pub exercise_title: &'static str,
    /// What the student does with the assignment.
    pub exercise_intro: &'static str,
    /// The button that compares the drawing with the worked answer.
    pub exercise_compare: &'static str,
    /// Heading of the comparison.
    pub exercise_compare_title: &'static str,
    /// Before the score.
    pub exercise_score: &'static str,
    /// After the score.
    pub exercise_out_of: &'static str,
    /// When nothing differs.
    pub exercise_no_differences: &'static str,
    /// Heading of the list of differences.
    pub exercise_differences: &'static str,
    /// Caption of the student's drawing.
    pub exercise_yours: &'static str,
    /// Caption of the worked answer's drawing.
    pub exercise_reference: &'static str,
    /// What the rings in the drawings mean.
    pub exercise_marked: &'static str,
    /// Back from the comparison to the assignment.
    pub exercise_back: &'static str,
    /// Status after importing an exercise (followed by the title).
    pub exercise_opened: &'static str,
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_default_is_dutch() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::default(), Lang::Nl);
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn tables_have_no_empty_strings_and_differ_per_language() {
        let nl = format!("{:?}", Lang::Nl.texts());
        let en = format!("{:?}", Lang::En.texts());
        assert!(!nl.contains(": \"\""), "empty Dutch message: {nl}");
        assert!(!en.contains(": \"\""), "empty English message: {en}");
        assert_eq!(Lang::Nl.texts().menu_new_genogram, "Nieuw genogram");
        assert_eq!(Lang::En.texts().menu_new_genogram, "New genogram");
    }
}
