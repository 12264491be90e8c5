//! Rings on the netwerkkaart canvas: a dashed one around the selected actor (as the
//! genogram draws around the selected person) and solid ones around the actors a
//! finding of the analysis points at.

use crate::editor::drawing::Drawing;
use crate::ui::session::Session;
use leptos::prelude::*;

/// The id of the selected actor's ring, meant for the canvas, which shifts it with
/// the actor during a drag.
pub const ACTOR_RING_ID: &str = "actor-selection-ring";

/// Radius of the rings around an actor symbol (the symbol itself is 20).
const RING_R: f64 = 28.0;

/// The selection and highlight rings, in drawing coordinates.
#[component]
pub fn NetwerkkaartRings(
    /// The drawing on the canvas, for the actors' positions (read in place, never
    /// copied: a large family's drawing is big).
    drawing: Memo<Option<Drawing>>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let selected_at = Memo::new(move |_| {
        let Some(crate::netwerkkaart::NetwerkkaartItem::Actor(id)) = session.netwerkkaart_selection.get() else {
            return None;
        };
        drawing.with(|d| d.as_ref().and_then(|d| d.actor_centre(id)))
    });
    let highlighted = Memo::new(move |_| {
        let ids = session.highlight.get();
        drawing
            .with(|d| d.as_ref().map(|d| ids.iter().filter_map(|id| d.actor_centre(*id)).collect::<Vec<_>>()))
            .unwrap_or_default()
    });
    view! {
        {move || highlighted.get().into_iter().map(|(x, y)| view! {
            <circle class="highlight-ring" data-testid="highlight-ring" cx=x cy=y r=RING_R + 5.0></circle>
        }).collect_view()}
        {move || selected_at.get().map(|(x, y)| view! {
            <circle class="selection-ring" id=ACTOR_RING_ID data-testid="actor-selection-ring" cx=x cy=y r=RING_R></circle>
        })}
    }
}
