//! The application root: header, canvas, side panel and status line.

use super::canvas::Canvas;
use super::header::Header;
use super::export_dialog::ExportDialog;
use super::help_dialog::HelpDialog;
use super::locale::Locale;
use super::side_panel::SidePanel;
use super::session::Session;
use super::status_line::StatusLine;
use super::viewport::Viewport;
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
    };
    provide_context(shell);
    let session = Session::new();
    provide_context(session);
    super::autosave::install(session);
    super::shortcuts::install(session);
    view! {
        <div class="app" data-testid="app">
            <Header/>
            <main class="workspace">
                <Canvas/>
                <SidePanel/>
            </main>
            <StatusLine/>
            <HelpDialog/>
            <super::library::LibraryDialog/>
            <ExportDialog/>
        </div>
    }
}
