//! Draws a [`Scene`] into the live SVG canvas with keyed, fine-grained updates: an item
//! is rebuilt only when its shapes change, so editing one person touches one `<g>`.

use crate::model::AnyId;
use crate::scene::{Item, Scene};
use leptos::prelude::*;
use leptos::svg;
use std::hash::{Hash, Hasher};

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A fingerprint of an item's key and shapes: equal items keep their DOM nodes.
pub fn fingerprint(item: &Item) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    item.key.hash(&mut h);
    for shape in &item.shapes {
        let (name, attrs, text) = shape.svg_element();
        name.hash(&mut h);
        attrs.hash(&mut h);
        text.hash(&mut h);
    }
    h.finish()
}

/// The items of `scene`, each drawn as its own `<g data-key=…>`.
#[component]
pub fn SceneView(
    /// The scene to draw; `None` draws nothing.
    scene: Signal<Option<Scene>>,
) -> impl IntoView {
    let items = move || {
        scene.with(|s| s.as_ref().map(|s| s.items.iter().map(|i| (fingerprint(i), i.clone())).collect::<Vec<_>>()).unwrap_or_default())
    };
    view! {
        <For each=items key=|(fp, _)| *fp children=move |(_, item)| view! { <SceneItem item=item/> }/>
    }
}

/// One item: its shapes are created once through [`crate::scene::Shape::svg_element`],
/// the same mapping the SVG exporter uses. Text goes in as text content, never markup.
#[component]
fn SceneItem(item: Item) -> impl IntoView {
    let g_ref = NodeRef::<svg::G>::new();
    let person = match item.model {
        Some(AnyId::Person(p)) => Some(p.get().to_string()),
        _ => None,
    };
    let shapes = item.shapes;
    Effect::new(move |built: Option<bool>| {
        if built == Some(true) {
            return true;
        }
        let Some(g) = g_ref.get() else { return false };
        let doc = document();
        for shape in &shapes {
            let (name, attrs, text) = shape.svg_element();
            let Ok(el) = doc.create_element_ns(Some(SVG_NS), name) else { continue };
            for (k, v) in attrs {
                let _ = el.set_attribute(k, &v);
            }
            if let Some(text) = text {
                el.set_text_content(Some(&text));
            }
            let _ = g.append_child(&el);
        }
        true
    });
    let is_person = person.is_some();
    view! { <g node_ref=g_ref data-key=item.key data-person=person class:person=is_person></g> }
}
