//! "Analyse": what [`crate::netwerkkaart::analysis::analyse`] finds, in plain words, with the
//! counts per sector and ring and the formal / informal balance. Clicking a finding
//! rings its actors on the canvas and selects the first.

use crate::netwerkkaart::analysis::{analyse, Severity};
use crate::netwerkkaart::NetwerkkaartItem;
use crate::ui::session::Session;
use crate::ui::shell::locale::{use_texts, Locale};
use leptos::prelude::*;

/// The analysis of the open map.
#[component]
pub fn AnalysisPanel() -> impl IntoView {
    let texts = use_texts();
    let Locale(lang) = expect_context::<Locale>();
    let session = expect_context::<Session>();
    let analysis = Memo::new(move |_| session.editor.with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).map(analyse)));
    let sector_names = Memo::new(move |_| {
        let lang = lang.get();
        session.editor.with(|e| {
            e.as_ref()
                .and_then(|e| e.netwerkkaart())
                .map(|m| m.sectors().map(|(_, s)| s.label(lang)).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let findings = move || {
        let lang = lang.get();
        let Some(a) = analysis.get() else { return ().into_any() };
        if a.findings.is_empty() {
            return view! { <p class="muted" data-testid="no-findings">{texts.get().nw_no_findings}</p> }.into_any();
        }
        let items = a
            .findings
            .into_iter()
            .map(|f| {
                let actors = f.actors.clone();
                let attention = f.severity == Severity::Attention;
                view! {
                    <li>
                        <button type="button" class="link finding" class:attention=attention data-testid="finding"
                            data-kind=format!("{:?}", f.kind)
                            on:click=move |_| {
                                session.highlight.set(actors.clone());
                                if let Some(first) = actors.first() {
                                    session.select_netwerkkaart(Some(NetwerkkaartItem::Actor(*first)));
                                }
                            }>
                            <strong>{f.kind.label(lang)}</strong> ": " {f.message(lang).to_owned()}
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="findings">{items}</ul> }.into_any()
    };
    let counts = move || {
        let Some(a) = analysis.get() else { return ().into_any() };
        let t = texts.get();
        let names = sector_names.get();
        let rows = a.sectors.iter().enumerate().map(|(i, s)| view! {
            <tr data-testid="sector-count">
                <th scope="row">{names.get(i).cloned().unwrap_or_default()}</th>
                <td>{s.per_ring[0]}</td><td>{s.per_ring[1]}</td><td>{s.per_ring[2]}</td><td class="total">{s.total()}</td>
            </tr>
        }).collect_view();
        let b = a.balance;
        let pct = |x: f64| (x * 100.0).round() as u32;
        let lang = lang.get();
        let balance = format!(
            "{} {} ({} %) · {} {} ({} %) · {} {} ({} %)",
            crate::netwerkkaart::Formality::Informal.label(lang),
            b.informal,
            pct(b.informal_share()),
            crate::netwerkkaart::Formality::Formal.label(lang),
            b.formal,
            pct(b.formal_share()),
            crate::netwerkkaart::Formality::Hybrid.label(lang),
            b.hybrid,
            pct(b.hybrid_share()),
        );
        view! {
            <table class="counts" data-testid="analysis-counts">
                <caption>{t.nw_per_sector}</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">{t.nw_sector}</span></th><th scope="col">{t.nw_col_inner}</th><th scope="col">{t.nw_col_middle}</th>
                    <th scope="col">{t.nw_col_outer}</th><th scope="col">{t.nw_col_total}</th></tr></thead>
                <tbody>{rows}</tbody>
                <tfoot><tr><th scope="row">{t.nw_col_total}</th>
                    <td>{a.rings[0]}</td><td>{a.rings[1]}</td><td>{a.rings[2]}</td><td class="total">{b.total()}</td></tr></tfoot>
            </table>
            <p class="balance" data-testid="analysis-balance"><span class="muted">{t.nw_balance} ": "</span>{balance}</p>
        }.into_any()
    };
    view! {
        <section class="problems analysis" data-testid="analysis-panel">
            <h3>{move || texts.get().nw_analysis}</h3>
            <p class="muted small">{move || texts.get().nw_findings_hint}</p>
            {findings}
            {counts}
        </section>
    }
}
