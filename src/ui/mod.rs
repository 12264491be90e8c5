//! Leptos components and the browser entry point, split as the library is:
//!
//! * [`shell`]: the app root, header, side panel, status line, dialogs, autosave,
//!   language and the panic banner;
//! * [`input`]: the keymap, intents and their one dispatcher;
//! * [`canvas`]: the drawing canvas (pan, zoom, the scene view, tools and drags);
//! * [`genogram`] and [`netwerkkaart`]: each drawing's side-panel forms and tools;
//! * [`library`]: the documents kept in this browser;
//! * [`present`]: presentation mode ("Presenteren"), full screen and step by step;
//! * [`session`]: the open document as reactive state, shared by all of them.
//!
//! Components hold view state and call into the library; no domain rules live in
//! event handlers.

pub mod canvas;
pub mod cases;
pub mod exercise;
pub mod genogram;
pub mod input;
pub mod library;
pub mod netwerkkaart;
pub mod present;
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

#[cfg(test)]
mod tests {
    /// Test ids are for tests: production code finds elements through node refs, or ids
    /// and classes meant for it, never by `data-testid`.
    #[test]
    fn no_code_looks_elements_up_by_test_id() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, found);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let needle = ["[data", "-testid"].concat();
                    for (i, line) in text.lines().enumerate() {
                        if line.contains(&needle) {
                            found.push(format!("{}:{}", path.display(), i + 1));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut found);
        assert!(found.is_empty(), "lookups by test id: {found:?}");
    }
}
