//! Draws a [`Scene`] into the live SVG canvas with keyed, fine-grained updates. Each
//! item is one `<g data-key=…>` that lives as long as its key; when the item changes,
//! only the attributes and texts that differ are written (a moved person gets new
//! coordinates, not new elements), and the elements are rebuilt only when the item's
//! shapes change in kind or number. The DOM therefore always holds exactly what
//! [`crate::scene::Shape::svg_element`] says, the mapping the SVG exporter uses.

use crate::model::AnyId;
use crate::scene::{Item, Scene};
use leptos::prelude::*;
use leptos::svg;
use std::collections::HashMap;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// One SVG element as the scene describes it: name, attributes, text content.
pub type Element = (&'static str, Vec<(&'static str, String)>, Option<String>);

/// How to bring an item's elements from the old to the new description.
#[derive(Clone, Debug, PartialEq)]
pub enum Patch {
    /// Nothing differs.
    Same,
    /// Same elements in the same order: write these changes into them.
    Update(Vec<ElementPatch>),
    /// Different elements: build them afresh.
    Rebuild,
}

/// The changes to one existing element.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ElementPatch {
    /// Position of the element in its item.
    pub index: usize,
    /// Attributes to (re)write.
    pub set: Vec<(&'static str, String)>,
    /// Attributes to drop.
    pub remove: Vec<&'static str>,
    /// New text content, when it changed.
    pub text: Option<Option<String>>,
}

/// The elements of an item, through the one shape → SVG mapping.
pub fn elements(item: &Item) -> Vec<Element> {
    item.shapes.iter().map(|s| s.svg_element()).collect()
}

/// What changed between two descriptions of an item.
pub fn diff(old: &[Element], new: &[Element]) -> Patch {
    if old.len() != new.len() || old.iter().zip(new).any(|(a, b)| a.0 != b.0) {
        return Patch::Rebuild;
    }
    let mut patches = Vec::new();
    for (index, ((_, old_attrs, old_text), (_, new_attrs, new_text))) in old.iter().zip(new).enumerate() {
        let mut p = ElementPatch { index, ..ElementPatch::default() };
        for (k, v) in new_attrs {
            if !old_attrs.iter().any(|(ok, ov)| ok == k && ov == v) {
                p.set.push((k, v.clone()));
            }
        }
        for (k, _) in old_attrs {
            if !new_attrs.iter().any(|(nk, _)| nk == k) {
                p.remove.push(k);
            }
        }
        if old_text != new_text {
            p.text = Some(new_text.clone());
        }
        if !p.set.is_empty() || !p.remove.is_empty() || p.text.is_some() {
            patches.push(p);
        }
    }
    if patches.is_empty() {
        Patch::Same
    } else {
        Patch::Update(patches)
    }
}

/// The items of `scene`, each drawn as its own `<g data-key=…>`.
#[component]
pub fn SceneView(
    /// The scene to draw; `None` draws nothing.
    scene: Signal<Option<Scene>>,
) -> impl IntoView {
    // The items by key, once per scene; each item's view reads its own entry.
    let by_key = Memo::new(move |_| {
        scene.with(|s| s.as_ref().map(|s| s.items.iter().map(|i| (i.key.clone(), i.clone())).collect::<HashMap<_, _>>()).unwrap_or_default())
    });
    let keys = Memo::new(move |_| scene.with(|s| s.as_ref().map(|s| s.items.iter().map(|i| i.key.clone()).collect::<Vec<_>>()).unwrap_or_default()));
    view! {
        <For each=move || keys.get() key=|k| k.clone() children=move |k| {
            let key = k.clone();
            let item = Memo::new(move |_| by_key.with(|m| m.get(&key).cloned()));
            view! { <SceneItem key=k item=item/> }
        }/>
    }
}

/// One item: its elements are created through [`crate::scene::Shape::svg_element`]
/// and afterwards patched in place. Text goes in as text content, never markup.
#[component]
fn SceneItem(key: String, item: Memo<Option<Item>>) -> impl IntoView {
    let g_ref = NodeRef::<svg::G>::new();
    let person = item.with_untracked(|i| match i.as_ref().and_then(|i| i.model) {
        Some(AnyId::Person(p)) => Some(p.get().to_string()),
        _ => None,
    });
    // What the DOM holds now.
    let drawn = StoredValue::new(None::<Vec<Element>>);
    Effect::new(move |_| {
        let Some(new) = item.with(|i| i.as_ref().map(elements)) else { return };
        let Some(g) = g_ref.get() else { return };
        let patch = drawn.with_value(|old| old.as_ref().map_or(Patch::Rebuild, |old| diff(old, &new)));
        match patch {
            Patch::Same => return,
            Patch::Update(patches) => {
                let children = g.children();
                for p in patches {
                    let Some(el) = children.item(p.index as u32) else { continue };
                    for (k, v) in &p.set {
                        let _ = el.set_attribute(k, v);
                    }
                    for k in &p.remove {
                        let _ = el.remove_attribute(k);
                    }
                    if let Some(text) = &p.text {
                        el.set_text_content(text.as_deref());
                    }
                }
            }
            Patch::Rebuild => {
                g.set_text_content(None);
                let doc = document();
                for (name, attrs, text) in &new {
                    let Ok(el) = doc.create_element_ns(Some(SVG_NS), name) else { continue };
                    for (k, v) in attrs {
                        let _ = el.set_attribute(k, v);
                    }
                    if let Some(text) = text {
                        el.set_text_content(Some(text));
                    }
                    let _ = g.append_child(&el);
                }
            }
        }
        drawn.set_value(Some(new));
    });
    let is_person = person.is_some();
    view! { <g node_ref=g_ref data-key=key data-person=person class:person=is_person></g> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(name: &'static str, attrs: &[(&'static str, &str)], text: Option<&str>) -> Element {
        (name, attrs.iter().map(|(k, v)| (*k, v.to_string())).collect(), text.map(str::to_owned))
    }

    #[test]
    fn a_moved_symbol_gets_new_coordinates_only() {
        let old = vec![el("rect", &[("x", "10"), ("y", "0"), ("fill", "#fff")], None), el("text", &[("x", "30")], Some("Kees"))];
        let new = vec![el("rect", &[("x", "15"), ("y", "0"), ("fill", "#fff")], None), el("text", &[("x", "35")], Some("Kees"))];
        let Patch::Update(p) = diff(&old, &new) else { panic!("an update") };
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].set, vec![("x", "15".to_owned())], "style attributes are not rewritten");
        assert_eq!(p[1].text, None, "the unchanged name is not rewritten");
        assert_eq!(diff(&new, &new), Patch::Same);
    }

    #[test]
    fn renamed_and_restyled_elements_are_patched_and_other_shapes_rebuilt() {
        let old = vec![el("line", &[("x1", "0"), ("stroke-dasharray", "6 4")], None), el("text", &[], Some("Kees"))];
        let new = vec![el("line", &[("x1", "0")], None), el("text", &[], Some("Kees de Vries"))];
        let Patch::Update(p) = diff(&old, &new) else { panic!("an update") };
        assert_eq!(p[0].remove, vec!["stroke-dasharray"]);
        assert_eq!(p[1].text, Some(Some("Kees de Vries".to_owned())));
        // A person who became deceased gains the X: other elements, so rebuilt.
        let more = vec![old[0].clone(), old[1].clone(), el("line", &[], None)];
        assert_eq!(diff(&old, &more), Patch::Rebuild);
        let other = vec![el("circle", &[], None), old[1].clone()];
        assert_eq!(diff(&old, &other), Patch::Rebuild);
    }

    #[test]
    fn patching_reproduces_the_new_description() {
        // Applying a patch to the old description gives exactly the new one, for items
        // of the sample family drawn before and after a layout change.
        use crate::editor::drawing::draw_genogram;
        use crate::i18n::Lang;
        use crate::layout::{Pins, Point};
        use crate::model::PartialDate;
        use crate::scene::SceneOptions;
        let g = crate::model::sample_family();
        let o = SceneOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap());
        let before = draw_genogram(&g, &Pins::default(), &o).scene;
        let mut pins = Pins::default();
        let first = g.person_ids().next().unwrap().get();
        pins.pin(first, Point::new(-500.0, 0.0));
        let after = draw_genogram(&g, &pins, &o).scene;
        let mut patched_some = false;
        for item in &after.items {
            let Some(old_item) = before.item(&item.key) else { continue };
            let (old, new) = (elements(old_item), elements(item));
            match diff(&old, &new) {
                Patch::Same => assert_eq!(old, new),
                Patch::Rebuild => {}
                Patch::Update(patches) => {
                    patched_some = true;
                    let mut result = old.clone();
                    for p in patches {
                        let e = &mut result[p.index];
                        for (k, v) in p.set {
                            match e.1.iter_mut().find(|(ek, _)| *ek == k) {
                                Some(slot) => slot.1 = v,
                                None => e.1.push((k, v)),
                            }
                        }
                        e.1.retain(|(k, _)| !p.remove.contains(k));
                        if let Some(t) = p.text {
                            e.2 = t;
                        }
                    }
                    // Attribute order may differ in the DOM; compare as sets.
                    for (r, n) in result.iter().zip(&new) {
                        let (mut a, mut b) = (r.1.clone(), n.1.clone());
                        a.sort();
                        b.sort();
                        assert_eq!((r.0, a, &r.2), (n.0, b, &n.2), "{}", item.key);
                    }
                }
            }
        }
        assert!(patched_some, "moving a person patches items in place");
    }
}
