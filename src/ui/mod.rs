//! Leptos components of the app shell and the browser entry point.
//!
//! Components hold view state and call into the library; no domain rules live in
//! event handlers.

mod app;
mod autosave;
mod canvas;
pub mod download;
mod export_dialog;
mod header;
mod help_dialog;
mod household_panel;
mod library;
mod locale;
mod network;
mod panic_banner;
mod person_drag;
mod person_panel;
mod scene_view;
mod ties_panel;
pub mod session;
mod session_tools;
pub mod tool;
pub mod shortcuts;
mod side_panel;
mod status_line;
pub mod viewport;

pub use app::App;
pub use locale::{use_texts, Locale};
pub use panic_banner::show_banner as show_crash_banner;

/// Installs the panic hooks and mounts [`App`] on `<body>`. Called by `main`.
pub fn start() {
    panic_banner::install();
    leptos::mount::mount_to_body(App);
}
