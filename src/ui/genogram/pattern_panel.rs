//! The pattern lens panel ("Patroon"): theme checkboxes for what the open genogram
//! has, and the lens's summary in words. The choice is view state ([`Shell::lens`]);
//! the canvas, the export and print draw it.
//!
//! [`Shell::lens`]: crate::ui::shell::app::Shell

use crate::genogram::pattern::{themes_present, Theme};
use crate::ui::session::Session;
use crate::ui::shell::app::Shell;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// A `data-testid`-safe form of a theme's code ("tag:huiselijk geweld" →
/// "tag-huiselijk-geweld").
fn test_id(theme: &Theme) -> String {
    let code: String = theme.code().chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect();
    format!("pattern-theme-{code}")
}

/// The "Patroon" section of the side panel (genograms only).
#[component]
pub fn PatternPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let shell = expect_context::<Shell>();
    let session = expect_context::<Session>();
    // The themes the document has, and any chosen theme it no longer has (so it can be
    // switched off).
    let themes = Memo::new(move |_| {
        let mut out =
            session.editor.with(|e| e.as_ref().and_then(|e| e.genogram()).map(themes_present).unwrap_or_default());
        for t in shell.lens.get().themes {
            if !out.contains(&t) {
                out.push(t);
            }
        }
        out
    });
    let summary = Memo::new(move |_| {
        let lang = lang.get();
        let lens = shell.lens.get();
        session.editor.with(|e| {
            e.as_ref()
                .and_then(|e| e.genogram())
                .map(|g| crate::genogram::describe::describe_pattern(g, &lens, lang))
                .unwrap_or_default()
        })
    });
    view! {
        <details class="pattern" data-testid="pattern-panel">
            <summary>{move || texts.get().pattern_title}</summary>
            <p class="muted small">{move || texts.get().pattern_hint}</p>
            <Show when=move || themes.with(|t| !t.is_empty())
                fallback=move || view! { <p class="muted small" data-testid="pattern-none">{move || texts.get().pattern_none}</p> }>
                <div class="pattern-themes" data-testid="pattern-themes">
                    {move || themes.get().into_iter().map(|t| {
                        let id = test_id(&t);
                        let label = t.label(lang.get());
                        let on = { let t = t.clone(); move || shell.lens.with(|l| l.themes.contains(&t)) };
                        let toggle = { let t = t.clone(); move |ev| {
                            let checked = event_target_checked(&ev);
                            shell.lens.update(|l| *l = l.toggled(&t, checked));
                        } };
                        view! {
                            <label class="check">
                                <input type="checkbox" data-testid=id prop:checked=on on:change=toggle />
                                <span>{label}</span>
                            </label>
                        }
                    }).collect_view()}
                </div>
            </Show>
            <Show when=move || shell.lens.with(|l| l.is_on())>
                <div class="pattern-summary" role="status" data-testid="pattern-summary">
                    {move || summary.get().into_iter().skip(1).map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
                <button type="button" data-testid="pattern-clear"
                    on:click=move |_| shell.lens.set(Default::default())>
                    {move || texts.get().pattern_clear}
                </button>
            </Show>
        </details>
    }
}
