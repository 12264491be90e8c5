//! The family-in-a-year panel ("Peiljaar"): a checkbox that turns the view on, a slider
//! over the years the family spans and a field to type a year. The year is view state
//! ([`Shell::at_year`]); the canvas, the export and print draw it.
//!
//! [`Shell::at_year`]: crate::ui::shell::app::Shell

use crate::genogram::model::PartialDate;
use crate::genogram::scene::at_year::year_span;
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// The "Peiljaar" section of the side panel (genograms only).
#[component]
pub fn YearPanel() -> impl IntoView {
    let texts = use_texts();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    let span = Memo::new(move |_| {
        let now = PartialDate::from_unix_ms(now_ms()).year();
        session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).map_or((now - 50, now), |g| year_span(g, now)))
    });
    let bad = RwSignal::new(false);
    let on = move || shell.at_year.get().is_some();
    let shown_year = move || shell.at_year.get().unwrap_or_else(|| span.get().1);
    let toggle = move |ev| {
        bad.set(false);
        // On at the latest year: nothing moves until the slider does.
        shell.at_year.set(event_target_checked(&ev).then(|| span.get_untracked().1));
    };
    let set_year = move |text: String| match text.trim().parse::<i32>() {
        Ok(y) if PartialDate::YEAR_RANGE.contains(&y) => {
            bad.set(false);
            shell.at_year.set(Some(y));
        }
        _ => bad.set(true),
    };
    view! {
        <details class="pattern year-view" data-testid="year-panel">
            <summary>{move || texts.get().year_title}</summary>
            <p class="muted small">{move || texts.get().year_hint}</p>
            <label class="check">
                <input type="checkbox" data-testid="year-on" prop:checked=on on:change=toggle />
                <span>{move || texts.get().year_on}</span>
            </label>
            <Show when=on>
                <label class="field">
                    <span>{move || texts.get().year_slider}</span>
                    <input type="range" data-testid="year-slider" step="1"
                        min=move || span.get().0.to_string() max=move || span.get().1.to_string()
                        prop:value=move || shown_year().to_string()
                        on:input=move |ev| set_year(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{move || texts.get().year_field}</span>
                    <input type="number" data-testid="year-field" step="1" inputmode="numeric"
                        prop:value=move || shown_year().to_string()
                        on:change=move |ev| set_year(event_target_value(&ev)) />
                </label>
                <Show when=move || bad.get()>
                    <p class="field-error" role="alert" data-testid="year-bad">{move || texts.get().year_bad}</p>
                </Show>
            </Show>
        </details>
    }
}
