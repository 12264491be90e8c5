//! The application root: header, canvas, side panel and status line.

use crate::ui::canvas::viewport::Viewport;
use crate::ui::canvas::Canvas;
use crate::ui::session::Session;
use crate::ui::shell::export_dialog::ExportDialog;
use crate::ui::shell::header::Header;
use crate::ui::shell::help_dialog::HelpDialog;
use crate::ui::shell::locale::Locale;
use crate::ui::shell::side_panel::SidePanel;
use crate::ui::shell::status_line::StatusLine;
use leptos::prelude::*;

/// Shell-wide state shared through context.
#[derive(Clone, Copy)]
pub struct Shell {
    /// Pan and zoom of the canvas.
    pub viewport: RwSignal<Viewport>,
    /// Whether the help dialog is open.
    pub help_open: RwSignal<bool>,
    /// Whether the document library ("Openen") is shown.
    pub library_open: RwSignal<bool>,
    /// Whether the export dialog is shown.
    pub export_open: RwSignal<bool>,
    /// Whether the find-a-person dialog is shown.
    pub search_open: RwSignal<bool>,
    /// Whether the drawing shows its legend ("Legenda tonen"; the export starts from it).
    pub show_legend: RwSignal<bool>,
    /// Whether the quick-entry panel ("Snelinvoer") is shown beside the drawing.
    pub quick_open: RwSignal<bool>,
    /// Whether the side panel is open: beside the canvas, or on a narrow screen as a
    /// sheet over its lower part (closed, only its handle and title show).
    pub panel_open: RwSignal<bool>,
    /// The sheet's height as the user dragged it (narrow screens); `None` until then.
    pub sheet_height: RwSignal<Option<f64>>,
    /// Whether the example cases dialog ("Voorbeelden") is shown.
    pub cases_open: RwSignal<bool>,
    /// The id of the example case whose teaching notes are shown, if any.
    pub case_notes: RwSignal<Option<&'static str>>,
    /// The genogram's pattern lens ("Patroon"): view state, drawn on the canvas and in
    /// every export and print, never stored in the document.
    pub lens: RwSignal<crate::genogram::pattern::Lens>,
    /// The genogram at a year ("Peiljaar"), `None` when off: view state like the lens,
    /// drawn on the canvas and in every export and print, never stored in the document.
    pub at_year: RwSignal<Option<i32>>,
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    Locale::install();
    let shell = Shell {
        viewport: RwSignal::new(Viewport::default()),
        help_open: RwSignal::new(false),
        library_open: RwSignal::new(false),
        export_open: RwSignal::new(false),
        search_open: RwSignal::new(false),
        show_legend: RwSignal::new(true),
        quick_open: RwSignal::new(false),
        panel_open: RwSignal::new(true),
        sheet_height: RwSignal::new(None),
        cases_open: RwSignal::new(false),
        case_notes: RwSignal::new(None),
        lens: RwSignal::new(Default::default()),
        at_year: RwSignal::new(None),
    };
    provide_context(shell);
    let session = Session::new();
    provide_context(session);
    let autosave = crate::ui::shell::autosave::install(session);
    crate::ui::present::Presentation::install(session, shell.lens, shell.at_year);
    crate::ui::exercise::ExerciseUi::install(session);
    // Every key goes through the keymap to this one dispatcher (Ctrl+S included:
    // never the browser's "save page" dialog, Kring saves itself).
    crate::ui::input::dispatch::Dispatcher::install(session, autosave);
    crate::ui::shell::print::install(session);
    // The lens belongs to the document it was chosen for: another document starts
    // without it (its themes would mean nothing there).
    let open_id = Memo::new(move |_| session.editor.with(|e| e.as_ref().map(|e| e.id.clone())));
    Effect::new(move |previous: Option<Option<String>>| {
        let id = open_id.get();
        if previous.is_some_and(|p| p != id) {
            shell.lens.set(Default::default());
            shell.at_year.set(None);
        }
        id
    });
    // The document the quick-entry panel is shown for: a panel is made anew for each
    // document, so its text and its undo step never carry over to another one.
    let quick_doc = Memo::new(move |_| {
        if shell.quick_open.get() {
            session.editor.with(|e| e.as_ref().map(|e| e.id.clone()))
        } else {
            None
        }
    });
    let quick_shown = move || quick_doc.with(Option::is_some);
    view! {
        <div class="app" data-testid="app">
            <Header/>
            <main class="workspace" class:with-quick=quick_shown class:panel-collapsed=move || !shell.panel_open.get()>
                {move || quick_doc.get().map(|_| view! { <crate::ui::genogram::quick_entry::QuickEntryPanel/> })}
                <Canvas/>
                <SidePanel/>
            </main>
            <StatusLine/>
            // Bars above the status line, stacked: a new version, the backup notice, and
            // (lowest, most urgent) why the open document is not saved.
            <div class="notices">
                <crate::ui::shell::update_banner::UpdateBanner/>
                <crate::ui::shell::backup::BackupNotice/>
                <crate::ui::library::SaveNotice/>
            </div>
            <HelpDialog/>
            <crate::ui::library::LibraryDialog/>
            <ExportDialog/>
            <crate::ui::shell::search_dialog::SearchDialog/>
            <crate::ui::cases::CasesDialog/>
            <crate::ui::cases::CaseNotesDialog/>
            <crate::ui::exercise::ExerciseDialog/>
            <crate::ui::present::PresentationOverlay/>
        </div>
    }
}
