//! Small form helpers shared by the netwerkkaart panels: selects over the labelled
//! vocabularies, with the current value selected through the `selected` property so
//! undo and redo update a select that stays in place.

use leptos::prelude::*;

/// The `<option>`s for `all`, valued by index, the one equal to `current()` selected.
pub fn options<T: Copy + PartialEq + Send + Sync + 'static>(
    all: &'static [T],
    current: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    label: impl Fn(T) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    all.iter()
        .enumerate()
        .map(move |(i, &k)| {
            view! { <option value=i.to_string() prop:selected=move || current() == Some(k)>{move || label(k)}</option> }
        })
        .collect_view()
}

pub use crate::ui::shell::enum_select::pick;

/// Focuses an input once it is in the page, if the session asked for it.
pub fn focus_if_asked(input: NodeRef<leptos::html::Input>, asked: RwSignal<bool>) {
    Effect::new(move |_| {
        if let Some(el) = input.get() {
            if asked.get_untracked() {
                asked.set(false);
                let _ = el.focus();
            }
        }
    });
}
