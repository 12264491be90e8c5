//! The one `<select>` over a vocabulary declared with `labeled_enum!`: its options in
//! menu order with their words in the UI's language, the current value selected, and
//! the picked value handed back as the type itself (never a string to parse again).

use crate::kernel::labels::Labeled;
use crate::ui::shell::locale::Locale;
use leptos::prelude::*;

/// The value of the option at `value` (its index in `all`), if there is one.
pub fn pick<T: Copy>(all: &[T], value: &str) -> Option<T> {
    value.parse::<usize>().ok().and_then(|i| all.get(i).copied())
}

/// A `<select>` over every value of `T`.
#[component]
pub fn EnumSelect<T: Labeled>(
    /// The value shown as selected (none: the browser shows the first).
    #[prop(into)]
    value: Signal<Option<T>>,
    /// Called with the value picked.
    on_pick: Callback<T>,
    /// The list's test id.
    test_id: &'static str,
    /// Classes meant for code that finds the list (see `ui::input::intent::Field`).
    #[prop(optional)]
    class: Option<&'static str>,
    /// The list's accessible name, when no `<label>` around it gives one.
    #[prop(optional, into)]
    aria_label: Option<Signal<&'static str>>,
) -> impl IntoView {
    let Locale(lang) = expect_context::<Locale>();
    view! {
        <select data-testid=test_id class=class aria-label=move || aria_label.map(|l| l.get())
            on:change=move |ev| if let Some(v) = pick(T::all(), &event_target_value(&ev)) { on_pick.run(v) }>
            {T::all().iter().enumerate().map(|(i, &k)| view! {
                <option value=i.to_string() prop:selected=move || value.get() == Some(k)>{move || k.label_in(lang.get())}</option>
            }).collect_view()}
        </select>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::Ring;

    #[test]
    fn pick_reads_the_option_index() {
        assert_eq!(pick(Ring::ALL, "2"), Some(Ring::Outer));
        assert_eq!(pick(Ring::ALL, "9"), None);
        assert_eq!(pick(Ring::ALL, "x"), None);
        assert_eq!(<Ring as Labeled>::all(), Ring::ALL);
    }
}
