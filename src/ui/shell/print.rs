//! Printing the drawing that is on the screen now, never an earlier one.
//!
//! The print stylesheet shows only `#print-area`, and only while `body` has the class
//! `print-drawing`. The area is filled just before the browser prints (`beforeprint`,
//! also for Ctrl+P and the browser's menu) with the open document as drawn now, or with
//! what the export dialog chose; it is emptied after printing (`afterprint`) and on
//! "Alles wissen", so a later print never shows an earlier (perhaps erased) cliënt.
//! Without an open document nothing is filled and the page prints as it is. A genogram
//! with dated facts gets its chronology ("Levenslijn") as a table under the drawing
//! (not in the export dialog's print, which may be anonymised).

use std::cell::RefCell;

use crate::editor::drawing::DrawOptions;
use crate::editor::export::export_drawing;
use crate::genogram::model::PartialDate;
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::locale::Locale;
use leptos::prelude::*;

/// The id of the print-only container.
const AREA: &str = "print-area";
/// The class on `body` that hides everything but the area while printing.
const PRINTING: &str = "print-drawing";

thread_local! {
    /// Markup the export dialog asked to print (its own choices of names and legend),
    /// used by the next `beforeprint` instead of the plain drawing.
    static CHOSEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Prints `markup` (an `<svg>` from the exporter, all user text escaped) instead of the
/// plain drawing: the export dialog's "Afdrukken".
pub fn print_markup(markup: &str) {
    CHOSEN.with(|c| *c.borrow_mut() = Some(markup.to_owned()));
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
    // A browser that printed without events (or refused) leaves nothing behind.
    CHOSEN.with(|c| c.borrow_mut().take());
}

/// Empties the print area and shows the page normally again.
pub fn clear_print_area() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(area) = document.get_element_by_id(AREA) {
        area.set_inner_html("");
    }
    if let Some(body) = document.body() {
        let _ = body.class_list().remove_1(PRINTING);
    }
}

fn fill_print_area(markup: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = document.body() else { return };
    let area = match document.get_element_by_id(AREA) {
        Some(el) => el,
        None => match document.create_element("div") {
            Ok(el) => {
                el.set_id(AREA);
                let _ = body.append_child(&el);
                el
            }
            Err(_) => return,
        },
    };
    area.set_inner_html(markup);
    let _ = body.class_list().add_1(PRINTING);
}

/// Fills the print area before every print and empties it after.
pub fn install(session: Session) {
    let Locale(lang) = expect_context::<Locale>();
    let lens = expect_context::<crate::ui::shell::app::Shell>().lens;
    let at_year = expect_context::<crate::ui::shell::app::Shell>().at_year;
    let before = window_event_listener_untyped("beforeprint", move |_| {
        let chosen = CHOSEN.with(|c| c.borrow_mut().take());
        let markup = chosen.or_else(|| {
            session.editor.with_untracked(|e| {
                e.as_ref().map(|e| {
                    let lang = lang.get_untracked();
                    let today = PartialDate::from_unix_ms(now_ms());
                    let options = DrawOptions {
                        date_text: today.label(lang),
                        lens: lens.get_untracked(),
                        at_year: at_year.get_untracked(),
                        ..DrawOptions::new(lang, today)
                    };
                    let mut markup = export_drawing(e, &options).print_markup().to_owned();
                    // The chronology under the drawing, when the genogram has dated facts.
                    if let Some(g) = e.genogram() {
                        let facts = crate::genogram::chronology::chronology(g, lang);
                        markup.push_str(&crate::genogram::chronology::print::print_markup(&facts, lang));
                    }
                    markup
                })
            })
        });
        match markup {
            Some(m) => fill_print_area(&m),
            None => clear_print_area(),
        }
    });
    let after = window_event_listener_untyped("afterprint", move |_| clear_print_area());
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}
