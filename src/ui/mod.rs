//! Leptos components and the browser entry point, split as the library is:
//!
//! * [`shell`]: the app root, header, side panel, status line, dialogs, autosave,
//!   language and the panic banner;
//! * [`input`]: the keymap, intents and their one dispatcher;
//! * [`canvas`]: the drawing canvas (pan, zoom, the scene view, tools and drags);
//! * [`genogram`] and [`netwerkkaart`]: each drawing's side-panel forms and tools;
//! * [`library`]: the documents kept in this browser;
//! * [`session`]: the open document as reactive state, shared by all of them.
//!
//! Components hold view state and call into the library; no domain rules live in
//! event handlers.

pub mod canvas;
pub mod genogram;
pub mod input;
pub mod library;
pub mod netwerkkaart;
pub mod session;
pub mod shell;

pub use shell::app::App;
pub use shell::locale::{use_texts, Locale};
pub use shell::panic_banner::show_banner as show_crash_banner;

/// Installs the panic hooks and mounts [`App`] on `<body>`. Called by `main`.
pub fn start() {
    shell::panic_banner::install();
    leptos::mount::mount_to_body(App);
}
