//! "Versies" in a netwerkkaart's side panel: keep the map as it is now under a name and
//! date ("intake"), and compare any two versions (or a version and now) in a dialog:
//! who came, who left, who moved, which ties changed, the figures side by side and
//! both maps drawn. Keeping, renaming and removing are [`VersionsCommand`]s (one undo
//! step each); the map itself never changes here.

use crate::editor::map_versions::{versions_view, Side, VersionsView};
use crate::genogram::model::PartialDate;
use crate::netwerkkaart::versions::{default_name, Figures, MapVersion, VersionsCommand};
use crate::ui::session::{now_ms, Session};
use crate::ui::shell::locale::{use_texts, Locale};
use crate::ui::shell::modal::Modal;
use leptos::prelude::*;

/// The "Versies" section of a netwerkkaart's side panel.
#[component]
pub fn VersionsPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let versions = Memo::new(move |_| {
        session.editor.with(|e| {
            e.as_ref()
                .and_then(|e| e.netwerkkaart())
                .map(|m| m.versions().iter().map(|v| (v.name.clone(), v.caption(lang.get()))).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let name = RwSignal::new(String::new());
    // The two sides the dialog compares; `None` while it is closed.
    let comparing = RwSignal::new(None::<(Side, Side)>);
    let keep = move || {
        let cmd = session.editor.with_untracked(|e| {
            let map = e.as_ref()?.netwerkkaart()?;
            let typed = name.get_untracked();
            let name = if typed.trim().is_empty() { default_name(map.versions(), lang.get_untracked()) } else { typed };
            let today = PartialDate::from_unix_ms(now_ms());
            let version = MapVersion::capture(&name, Some(today), map);
            Some(VersionsCommand::Insert { at: map.versions().len(), version: Box::new(version) })
        });
        if let Some(cmd) = cmd {
            if session.apply(cmd) {
                name.set(String::new());
            }
        }
    };
    let rows = move || {
        versions
            .get()
            .into_iter()
            .enumerate()
            .map(|(at, (name, caption))| {
                let t = texts.get();
                view! {
                    <li class="views-row" data-testid="version-row">
                        <input type="text" data-testid="version-name" aria-label=t.versions_name prop:value=name
                            title=caption.clone()
                            on:change=move |ev| {
                                session.apply(VersionsCommand::Rename { at, name: event_target_value(&ev) });
                            }/>
                        <button type="button" data-testid="version-compare" title=t.versions_compare_now
                            on:click=move |_| comparing.set(Some((Side::Version(at), Side::Now)))>
                            {t.versions_compare}
                        </button>
                        <button type="button" data-testid="version-remove" title=t.versions_remove aria-label=t.versions_remove
                            on:click=move |_| { session.apply(VersionsCommand::Remove { at }); }>"✕"</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="views-panel versions-panel" data-testid="versions-panel">
            <summary>{move || texts.get().versions_title}</summary>
            <p class="muted small">{move || texts.get().versions_hint}</p>
            <ol class="views-list">{rows}</ol>
            <form class="views-row" on:submit=move |ev| { ev.prevent_default(); keep(); }>
                <input type="text" data-testid="version-new-name" bind:value=name
                    placeholder=move || session.editor.with(|e| {
                        e.as_ref().and_then(|e| e.netwerkkaart()).map(|m| default_name(m.versions(), lang.get())).unwrap_or_default()
                    })
                    aria-label=move || texts.get().versions_name/>
                <button type="submit" data-testid="version-keep">{move || texts.get().versions_keep}</button>
            </form>
        </details>
        {move || comparing.get().map(|sides| view! { <VersionsDialog sides=sides comparing=comparing/> })}
    }
}

/// The comparison dialog: two pickers, the changes, the figures, both maps.
#[component]
fn VersionsDialog(sides: (Side, Side), comparing: RwSignal<Option<(Side, Side)>>) -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let before = RwSignal::new(sides.0);
    let after = RwSignal::new(sides.1);
    let view = Memo::new(move |_| {
        let (b, a) = (before.get(), after.get());
        session.editor.with(|e| e.as_ref()?.netwerkkaart().and_then(|m| versions_view(m, b, a, lang.get())))
    });
    let options = move || {
        let t = texts.get();
        let mut out: Vec<(String, String)> = session.editor.with(|e| {
            e.as_ref()
                .and_then(|e| e.netwerkkaart())
                .map(|m| {
                    m.versions()
                        .iter()
                        .enumerate()
                        .map(|(i, v)| (Side::Version(i).value(), v.caption(lang.get())))
                        .collect()
                })
                .unwrap_or_default()
        });
        out.push((Side::Now.value(), t.versions_now.to_owned()));
        out
    };
    let picker = move |side: RwSignal<Side>, test_id: &'static str, label: &'static str| {
        view! {
            <label class="versions-picker">
                <span>{label}</span>
                <select data-testid=test_id on:change=move |ev| side.set(Side::parse(&event_target_value(&ev)))>
                    {move || options().into_iter().map(|(value, caption)| {
                        let selected = side.get_untracked().value() == value;
                        view! { <option value=value selected=selected>{caption}</option> }
                    }).collect_view()}
                </select>
            </label>
        }
    };
    let close = Callback::new(move |()| comparing.set(None));
    let t = texts.get_untracked();
    view! {
        <Modal on_close=close labelled_by="versions-title" test_id="versions-dialog" class="exercise-comparison">
            <h2 id="versions-title">{move || texts.get().versions_compare_title}</h2>
            <div class="versions-pickers">
                {picker(before, "versions-before", t.versions_from)}
                {picker(after, "versions-after", t.versions_to)}
            </div>
            {move || view.get().map(|v| changes_view(&v, texts.get()))}
            <div class="dialog-buttons">
                <button type="button" data-testid="versions-close" autofocus on:click=move |_| comparing.set(None)>
                    {move || texts.get().close}
                </button>
            </div>
        </Modal>
    }
}

/// The changes in words, the figures table and both drawings.
fn changes_view(v: &VersionsView, t: &'static crate::i18n::Texts) -> impl IntoView {
    let sentences = if v.sentences.is_empty() {
        view! { <p data-testid="versions-no-changes">{t.versions_no_changes}</p> }.into_any()
    } else {
        let items =
            v.sentences.iter().map(|s| view! { <li data-testid="versions-change">{s.clone()}</li> }).collect_view();
        view! { <ul class="exercise-differences" data-testid="versions-changes">{items}</ul> }.into_any()
    };
    let (b, a) = (&v.changes.figures.0, &v.changes.figures.1);
    let row = |label: String, f: &dyn Fn(&Figures) -> String| {
        let (x, y) = (f(b), f(a));
        let changed = if x != y { "changed" } else { "" };
        view! { <tr class=changed><th scope="row">{label}</th><td>{x}</td><td>{y}</td></tr> }
    };
    let mut rows = vec![
        row(t.versions_actors.into(), &|f| f.balance.total().to_string()),
        row(t.versions_informal.into(), &|f| f.balance.informal.to_string()),
        row(t.versions_formal.into(), &|f| f.balance.formal.to_string()),
        row(t.versions_hybrid.into(), &|f| f.balance.hybrid.to_string()),
        row(t.versions_inner.into(), &|f| f.rings[0].to_string()),
        row(t.versions_ties.into(), &|f| f.ties.to_string()),
        row(t.versions_single_points.into(), &|f| {
            if f.single_points.is_empty() {
                "0".into()
            } else {
                format!("{} ({})", f.single_points.len(), f.single_points.join(", "))
            }
        }),
    ];
    for (i, (label, _)) in b.sectors.iter().enumerate() {
        rows.push(row(label.clone(), &move |f| f.sectors.get(i).map_or(0, |s| s.1).to_string()));
    }
    view! {
        {sentences}
        <table class="versions-figures" data-testid="versions-figures">
            <thead><tr><th></th><th>{v.captions.0.clone()}</th><th>{v.captions.1.clone()}</th></tr></thead>
            <tbody>{rows}</tbody>
        </table>
        <div class="exercise-drawings">
            <figure>
                <figcaption>{v.captions.0.clone()}</figcaption>
                <div class="exercise-drawing" data-testid="versions-drawing-before" inner_html=v.svgs.0.clone()></div>
            </figure>
            <figure>
                <figcaption>{v.captions.1.clone()}</figcaption>
                <div class="exercise-drawing" data-testid="versions-drawing-after" inner_html=v.svgs.1.clone()></div>
            </figure>
        </div>
    }
}
