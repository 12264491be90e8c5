//! English.

use super::Texts;

/// The English message table.
pub static EN: Texts = Texts {
    language_name: "English",
    tagline: "genograms and network maps",
    menu_label: "Main menu",
    menu_new_genogram: "New genogram",
    menu_new_netwerkkaart: "New network map",
    menu_open: "Open",
    menu_export: "Export",
    menu_help: "Help",
    language_label: "Language",
    canvas_label: "Drawing area",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Fit to view",
    zoom_status: "Zoom",
    panel_title: "Properties",
    panel_empty: "Select a person or line to see its properties.",
    status_ready: "Ready",
    status_local_only: "Data stays in this browser",
    canvas_empty_hint: "Choose New genogram or New network map to start.",
    help_title: "Help",
    help_body: &[
        "Kring draws genograms and network maps. Everything you enter stays in this browser; nothing is sent anywhere.",
        "Pan: drag the background or use the arrow keys. Zoom: mouse wheel, + and −, or Fit to view.",
    ],
    close: "Close",
    crash_title: "Something went wrong in Kring",
    crash_advice: "Your previously saved work is not affected. Reload the page to continue.",
};
