//! The side panel of a netwerkkaart: one click adds someone to a standard sector, then
//! the selection's form (centre, actor with its ties, or one tie), then "Uit genogram
//! overnemen", then the sectors (rename, add, remove, add someone in any sector; edited
//! less often, so after the forms), then the analysis.

use super::actor_panel::ActorPanel;
use super::analysis_panel::AnalysisPanel;
use super::centre_panel::CentrePanel;
use super::link::GenogramLinkPanel;
use super::sectors_panel::SectorsPanel;
use super::tie_panel::{ActorTies, TieEditor};
use crate::netwerkkaart::edit::sectors;
use crate::netwerkkaart::{NetwerkkaartItem, SectorKind};
use crate::ui::session::Session;
use crate::ui::shell::locale::use_texts;
use leptos::prelude::*;

/// The add buttons, one per standard sector, with their test ids and labels.
/// Picks a button's label from the language's texts.
type LabelOf = fn(&crate::i18n::Texts) -> &'static str;

const ADD_BUTTONS: [(SectorKind, &str, LabelOf); 4] = [
    (SectorKind::Family, "add-actor-family", |t| t.nw_add_family),
    (SectorKind::Friends, "add-actor-friends", |t| t.nw_add_friends),
    (SectorKind::Neighbours, "add-actor-neighbours", |t| t.nw_add_neighbours),
    (SectorKind::Professionals, "add-actor-professionals", |t| t.nw_add_professionals),
];

/// Everything the side panel shows for a netwerkkaart.
#[component]
pub fn NetwerkkaartPanel() -> impl IntoView {
    let texts = use_texts();
    let session = expect_context::<Session>();
    // A memo, so the forms are rebuilt only when the selection really changes (not on
    // every edit, which would take the focus out of the field being typed in).
    let selected = Memo::new(move |_| session.netwerkkaart_selection.get());
    // A standard sector the user removed has no button (its "+" went with its row).
    let has_sector = move |kind: SectorKind| {
        session
            .editor
            .with(|e| e.as_ref().and_then(|e| e.netwerkkaart()).is_some_and(|m| m.sector_of_kind(kind).is_some()))
    };
    // The digit that adds in the sector of this kind, for the tooltip.
    let key_of = move |kind: SectorKind| {
        session.editor.with(|e| {
            e.as_ref().and_then(|e| e.netwerkkaart()).and_then(|m| sectors::sector_key(m, m.sector_of_kind(kind)?))
        })
    };
    let buttons = ADD_BUTTONS.iter().map(|&(kind, test_id, label)| view! {
        <Show when=move || has_sector(kind)>
            <button type="button" data-testid=test_id title=move || key_of(kind).map(|k| format!("{} {k}", texts.get().key_word))
                aria-keyshortcuts=move || key_of(kind).map(String::from)
                on:click=move |_| { session.add_actor_in(kind); }>
                "+ " {move || label(texts.get())}
            </button>
        </Show>
    }).collect_view();
    view! {
        <div class="person-actions network-add" role="group" aria-label=move || texts.get().nw_add_actor>
            <span class="muted small">{move || texts.get().nw_add_actor}</span>
            {buttons}
        </div>
        {move || match selected.get() {
            Some(NetwerkkaartItem::Centre) => view! { <CentrePanel/> }.into_any(),
            Some(NetwerkkaartItem::Actor(id)) => view! { <ActorPanel id=id/> <ActorTies id=id/> }.into_any(),
            Some(NetwerkkaartItem::Tie(id)) => view! {
                <section class="ties network-ties">
                    <h3>{move || texts.get().nw_tie}</h3>
                    <TieEditor id=id seen_from=None/>
                </section>
            }.into_any(),
            _ => view! { <p class="muted">{move || texts.get().nw_empty}</p> <CentrePanel/> }.into_any(),
        }}
        <GenogramLinkPanel/>
        <SectorsPanel/>
        <AnalysisPanel/>
        <super::versions_panel::VersionsPanel/>
    }
}
