//! The one modal dialog: a backdrop that closes it when clicked, a box with
//! `role="dialog"`, the focus moved in when it opens and kept in while it is open
//! (Tab and Shift+Tab go round, see [`crate::ui::input::dispatch`]), Escape to close,
//! and the focus given back to whatever opened it. Help, export and the library use it.

use crate::ui::input::dispatch::Dispatcher;
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A modal dialog, shown while mounted (wrap it in `<Show>`). Escape and a click on the
/// backdrop call `on_close`; the caller decides what closing means (the library backs
/// out of an inner step first).
#[component]
pub fn Modal(
    /// Closes the dialog: Escape, the backdrop.
    on_close: Callback<()>,
    /// The id of the heading that names the dialog.
    labelled_by: &'static str,
    /// The dialog box's test id.
    test_id: &'static str,
    /// Extra classes on the dialog box.
    #[prop(optional)]
    class: &'static str,
    /// A click on the backdrop, when it means more than `on_close` (the library closes
    /// at once, where Escape backs out of an inner step first).
    #[prop(optional)]
    on_backdrop: Option<Callback<()>>,
    /// Files dropped anywhere on the dialog or its backdrop (never opened by the browser).
    #[prop(optional)]
    on_drop: Option<Callback<ev::DragEvent>>,
    /// The dialog's content.
    children: Children,
) -> impl IntoView {
    let dispatcher = expect_context::<Dispatcher>();
    let root = NodeRef::<html::Div>::new();
    // What had the focus before: it gets it back when the dialog closes.
    let opener =
        StoredValue::new_local(document().active_element().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()));
    let id = dispatcher.modal_opened(on_close, root);
    on_cleanup(move || {
        dispatcher.modal_closed(id);
        if let Some(el) = opener.try_get_value().flatten().filter(|el| el.is_connected()) {
            let _ = el.focus();
        }
    });
    // Move the focus in when the box is in the page: to the control marked
    // `autofocus`, else the first one.
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        let root: web_sys::Element = root.into();
        let first = root
            .query_selector("[autofocus]")
            .ok()
            .flatten()
            .or_else(|| crate::ui::input::dispatch::focusables(&root).into_iter().next().map(Into::into));
        if let Some(el) = first.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
    let box_class = if class.is_empty() { "dialog".to_owned() } else { format!("dialog {class}") };
    view! {
        <div class="dialog-backdrop" on:click=move |_| on_backdrop.unwrap_or(on_close).run(())
            on:dragover=|ev: ev::DragEvent| ev.prevent_default()
            on:drop=move |ev: ev::DragEvent| {
                ev.prevent_default();
                if let Some(f) = on_drop { f.run(ev) }
            }>
            <div class=box_class role="dialog" aria-modal="true" aria-labelledby=labelled_by
                data-testid=test_id node_ref=root on:click=|ev| ev.stop_propagation()>
                {children()}
            </div>
        </div>
    }
}
