//! The app shell: root component, header with the menu, side panel, status line,
//! the help and export dialogs, autosave, the UI language, the modal dialog, file
//! downloads, the panic banner, the backup notice and the new-version banner.

pub mod app;
pub mod autosave;
pub mod backup;
pub mod download;
pub mod enum_select;
pub mod export_dialog;
pub mod header;
pub mod header_fit;
pub mod help_dialog;
pub mod locale;
pub mod modal;
pub mod panic_banner;
pub mod print;
pub mod search_dialog;
pub mod sheet;
pub mod side_panel;
pub mod status_line;
pub mod update_banner;
