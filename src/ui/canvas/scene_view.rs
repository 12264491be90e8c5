//! Draws a [`Scene`] into the live SVG canvas with keyed, fine-grained updates. Each
//! item is one `<g data-key=…>` that lives as long as its key; an unchanged item is
//! not touched. An item's shapes are written relative to its first shape's origin,
//! which goes into the group's `transform`: a person who only moved (a drag, a
//! neighbour making room) changes that one attribute, and the browser keeps the
//! layout of their texts. Otherwise only the attributes and texts that differ are
//! written, and the elements are rebuilt only when the item's shapes change in kind or
//! number. The DOM therefore always holds what
//! [`crate::genogram::scene::Shape::svg_element`] says, the mapping the SVG exporter
//! uses, moved by the group's translation (items with path data, and netwerkkaart
//! actors, whose group a drag shifts, are written as they are).

use crate::editor::drawing::Drawing;
use crate::genogram::edit::lines::Line;
use crate::genogram::model::AnyId;
use crate::genogram::scene::item_of_key;
use crate::kernel::shape::{num, Point};
use crate::kernel::{Item, Scene};
use crate::ui::canvas::scene_markup::GroupMarkup;
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

/// The elements of an item relative to its origin (its first shape's, rounded to the
/// precision coordinates are written in), and that origin; no origin when the item has
/// path data, whose numbers are written as they are.
pub fn local_elements(item: &Item) -> (Option<Point>, Vec<Element>) {
    // A netwerkkaart actor's group is shifted by the canvas while it is dragged (its
    // `transform` is the drag's): it keeps its shapes where they are.
    if item.key.starts_with("actor:") {
        return (None, elements(item));
    }
    let Some(o) = item.shapes.first().and_then(|s| s.origin()) else { return (None, elements(item)) };
    let o = Point { x: (o.x * 100.0).round() / 100.0, y: (o.y * 100.0).round() / 100.0 };
    let moved: Option<Vec<Element>> =
        item.shapes.iter().map(|s| s.translated(-o.x, -o.y).map(|t| t.svg_element())).collect();
    match moved {
        Some(els) => (Some(o), els),
        None => (None, elements(item)),
    }
}

/// The `transform` attribute that puts an item drawn relative to `origin` in place.
fn translate(origin: Option<Point>) -> Option<String> {
    origin.map(|o| format!("translate({} {})", num(o.x), num(o.y)))
}

/// The geometry of the strokes (lines, polylines, paths) among `elements`.
fn stroke_geometry(elements: Vec<Element>) -> Vec<Element> {
    elements
        .into_iter()
        .filter(|(name, ..)| matches!(*name, "line" | "polyline" | "path"))
        .map(|(name, attrs, _)| {
            let geometry =
                attrs.into_iter().filter(|(k, _)| matches!(*k, "x1" | "y1" | "x2" | "y2" | "points" | "d")).collect();
            (name, geometry, None)
        })
        .collect()
}

/// The class of the group of invisible wide strokes that makes a line easy to click
/// (the canvas's own: the SVG export has none).
pub const HIT_CLASS: &str = "hit";

/// Copies of an item's strokes (lines, polylines and paths) with only their geometry:
/// the wide invisible hit area of a genogram line, and the selected line's halo. Their
/// look comes from the class of the group they go in.
pub fn stroke_copies(item: &Item) -> Vec<Element> {
    stroke_geometry(elements(item))
}

/// Replaces the children of `g` by `elements`.
pub fn fill(g: &web_sys::Element, doc: &web_sys::Document, elements: &[Element]) {
    apply(g, doc, Patch::Rebuild, elements);
}

/// A line's hit area: a `<g>` of wide invisible copies of its strokes, the last child
/// of the line's group (after the drawn elements, whose positions the patches count).
struct HitArea {
    g: web_sys::Element,
    drawn: Vec<Element>,
}

impl HitArea {
    /// Builds the hit area of `strokes` as the last child of `parent`.
    fn new(parent: &web_sys::Element, doc: &web_sys::Document, strokes: Vec<Element>) -> Option<HitArea> {
        let g = doc.create_element_ns(Some(SVG_NS), "g").ok()?;
        let _ = g.set_attribute("class", HIT_CLASS);
        fill(&g, doc, &strokes);
        let _ = parent.append_child(&g);
        Some(HitArea { g, drawn: strokes })
    }

    /// Brings the copies to `strokes`, writing only what differs.
    fn update(&mut self, doc: &web_sys::Document, strokes: Vec<Element>) {
        apply(&self.g, doc, diff(&self.drawn, &strokes), &strokes);
        self.drawn = strokes;
    }
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

/// Where each item in `next` goes so that the children end up in `next`'s order,
/// given the children now in `current` (the kept ones, in DOM order; new keys are in
/// `next` only). Each entry is (key, the key to insert it before, or `None` to append).
/// Nothing is listed when the order already holds, and an item added at the end is
/// the only entry: a drag or a rename moves no element.
pub fn placements<'a>(current: &[&'a str], next: &[&'a str]) -> Vec<(&'a str, Option<&'a str>)> {
    let mut moved = std::collections::HashSet::new();
    let mut ops = Vec::new();
    let mut i = 0;
    for &k in next {
        while i < current.len() && moved.contains(current[i]) {
            i += 1;
        }
        if current.get(i) == Some(&k) {
            i += 1;
            continue;
        }
        ops.push((k, current.get(i).copied()));
        moved.insert(k);
    }
    ops
}

/// One drawn item: its `<g>`, the item it shows, the origin its elements are drawn
/// relative to, the elements the DOM holds and, for a line, its hit area.
struct Slot {
    g: web_sys::Element,
    item: Item,
    origin: Option<Point>,
    drawn: Vec<Element>,
    hit: Option<HitArea>,
}

/// What the canvas shows, by key, and the keys in DOM order.
#[derive(Default)]
struct Drawn {
    slots: HashMap<String, Slot>,
    order: Vec<String>,
}

impl Drawn {
    /// Brings the children of `root` to `scene`: unchanged items are left alone, changed
    /// ones patched, new ones built, gone ones removed, and elements moved only where
    /// the drawing order changed.
    fn render(&mut self, root: &web_sys::Element, scene: Option<&Scene>) {
        let items: &[Item] = scene.map_or(&[], |s| &s.items);
        let keep: std::collections::HashSet<&str> = items.iter().map(|i| i.key.as_str()).collect();
        self.slots.retain(|k, slot| {
            let kept = keep.contains(k.as_str());
            if !kept {
                slot.g.remove();
            }
            kept
        });
        // A scene that is mostly new (the first drawing, another document opened) is
        // built in one go from markup.
        let added = items.len() - self.slots.len().min(items.len());
        if added >= BULK_MIN && added > self.slots.len() {
            return self.build_all(root, items);
        }
        let doc = document();
        for item in items {
            match self.slots.get_mut(&item.key) {
                Some(slot) if slot.item == *item => {}
                Some(slot) => {
                    let (origin, new) = local_elements(item);
                    if origin != slot.origin {
                        match translate(origin) {
                            Some(t) => slot.g.set_attribute("transform", &t),
                            None => slot.g.remove_attribute("transform"),
                        }
                        .ok();
                        slot.origin = origin;
                    }
                    let patch = diff(&slot.drawn, &new);
                    // A rebuild empties the group, hit area and all.
                    if patch == Patch::Rebuild {
                        slot.hit = None;
                    }
                    apply(&slot.g, &doc, patch, &new);
                    if Line::of_key(&item.key).is_some() {
                        let strokes = stroke_geometry(new.clone());
                        match &mut slot.hit {
                            Some(hit) => hit.update(&doc, strokes),
                            None => slot.hit = HitArea::new(&slot.g, &doc, strokes),
                        }
                    }
                    slot.drawn = new;
                    slot.item = item.clone();
                }
                None => {
                    let Ok(g) = doc.create_element_ns(Some(SVG_NS), "g") else { continue };
                    let (origin, new) = local_elements(item);
                    for (k, v) in group_attrs(item, origin) {
                        let _ = g.set_attribute(k, &v);
                    }
                    apply(&g, &doc, Patch::Rebuild, &new);
                    let hit = if Line::of_key(&item.key).is_some() {
                        HitArea::new(&g, &doc, stroke_geometry(new.clone()))
                    } else {
                        None
                    };
                    self.slots.insert(item.key.clone(), Slot { g, item: item.clone(), origin, drawn: new, hit });
                }
            }
        }
        let current: Vec<&str> = self.order.iter().map(String::as_str).filter(|k| keep.contains(k)).collect();
        let next: Vec<&str> = items.iter().map(|i| i.key.as_str()).collect();
        for (k, before) in placements(&current, &next) {
            let Some(slot) = self.slots.get(k) else { continue };
            let before = before.and_then(|b| self.slots.get(b)).map(|s| &s.g);
            let _ = root.insert_before(&slot.g, before.map(|b| b.as_ref()));
        }
        self.order = items.iter().map(|i| i.key.clone()).collect();
    }
}

/// At least this many new items are built from markup at once (see
/// [`super::scene_markup`]); fewer, element by element.
const BULK_MIN: usize = 32;

/// The attributes of an item's group: its key, for a person their id and class, and
/// the translation of an item drawn relative to `origin`.
fn group_attrs(item: &Item, origin: Option<Point>) -> Vec<(&'static str, String)> {
    let mut attrs = vec![("data-key", item.key.clone())];
    if let Some(AnyId::Person(p)) = item_of_key(&item.key).filter(|_| item.key.starts_with("person:")) {
        attrs.push(("data-person", p.get().to_string()));
        attrs.push(("class", "person".to_owned()));
    }
    if let Some(t) = translate(origin) {
        attrs.push(("transform", t));
    }
    attrs
}

impl Drawn {
    /// Replaces everything under `root` by `items`, written as one piece of markup the
    /// browser parses at once; the same groups, elements and hit areas the element by
    /// element path builds. An item whose text the parser would not give back exactly
    /// (control characters) gets an empty group filled element by element.
    fn build_all(&mut self, root: &web_sys::Element, items: &[Item]) {
        self.slots.clear();
        self.order.clear();
        let mut seen = std::collections::HashSet::new();
        let mut markup = String::with_capacity(items.len() * 600);
        let mut built = Vec::with_capacity(items.len());
        for item in items {
            // A key given twice is drawn once, as by `render`.
            if !seen.insert(item.key.as_str()) {
                continue;
            }
            let (origin, new) = local_elements(item);
            let hit = Line::of_key(&item.key).is_some().then(|| stroke_geometry(new.clone()));
            let attrs = group_attrs(item, origin);
            let group = GroupMarkup { attrs: &attrs, elements: &new, hit: hit.as_deref() };
            let exact = group.parses_back();
            group.push(&mut markup, !exact);
            built.push((item, origin, new, hit, exact));
        }
        root.set_inner_html(&markup);
        let doc = document();
        let mut g = root.first_element_child();
        for (item, origin, new, hit, exact) in built {
            let Some(el) = g else { break };
            g = el.next_element_sibling();
            let hit = if exact {
                hit.zip(el.last_element_child()).map(|(drawn, g)| HitArea { g, drawn })
            } else {
                apply(&el, &doc, Patch::Rebuild, &new);
                hit.and_then(|strokes| HitArea::new(&el, &doc, strokes))
            };
            self.order.push(item.key.clone());
            self.slots.insert(item.key.clone(), Slot { g: el, item: item.clone(), origin, drawn: new, hit });
        }
    }
}

/// Writes `patch` into the children of `g` (`new` is the item's new description).
fn apply(g: &web_sys::Element, doc: &web_sys::Document, patch: Patch, new: &[Element]) {
    match patch {
        Patch::Same => {}
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
            for (name, attrs, text) in new {
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
}

/// The items of the drawing's scene, each drawn as its own `<g data-key=…>` inside
/// one `<g class="scene">`. One effect reconciles the whole scene by key: no signal,
/// memo or copy of the scene per item, so a drag step costs the items that changed.
/// Elements are created through [`crate::genogram::scene::Shape::svg_element`] and afterwards
/// patched in place. Text goes in as text content, never markup.
#[component]
pub fn SceneView(
    /// The drawing whose scene to draw; `None` draws nothing.
    drawing: Memo<Option<Drawing>>,
) -> impl IntoView {
    let root = NodeRef::<svg::G>::new();
    let drawn = StoredValue::new_local(Drawn::default());
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        drawing.with(|d| drawn.update_value(|s| s.render(root.as_ref(), d.as_ref().map(|d| &d.scene))));
    });
    view! { <g node_ref=root class="scene"></g> }
}

/// The selected genogram line's halo, under the drawing (as the persons' selection
/// rings are): wide strokes along the line in the focus colour.
#[component]
pub fn LineHalo(
    /// The drawing on the canvas, for the line's shapes.
    drawing: Memo<Option<Drawing>>,
) -> impl IntoView {
    let session = expect_context::<crate::ui::session::Session>();
    let root = NodeRef::<svg::G>::new();
    let line = Memo::new(move |_| session.selected_line());
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        let root: &web_sys::Element = root.as_ref();
        let line = line.get();
        let copies = drawing.with(|d| {
            let item = d.as_ref().zip(line).and_then(|(d, l)| d.scene.items.iter().find(|i| i.key == l.key()));
            item.map(stroke_copies).unwrap_or_default()
        });
        fill(root, &document(), &copies);
        match line {
            Some(l) => root.set_attribute("data-line", &l.key()),
            None => root.remove_attribute("data-line"),
        }
        .ok();
    });
    view! { <g node_ref=root class="line-selection" data-testid="line-selection" aria-hidden="true"></g> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stroke_copies_keep_only_the_geometry_of_lines() {
        use crate::kernel::geometry::Point;
        use crate::kernel::shape::{Anchor, Shape, Style, Weight};
        let item = Item {
            key: "union:1".into(),
            shapes: vec![
                Shape::line(Point::new(0.0, 0.0), Point::new(10.0, 0.0), Style::default()),
                Shape::text(5.0, 5.0, "g. 1990", Anchor::Middle, 10.0, Weight::Normal),
            ],
        };
        let copies = stroke_copies(&item);
        assert_eq!(copies.len(), 1, "no text");
        let (name, attrs, text) = &copies[0];
        assert_eq!(*name, "line");
        assert!(text.is_none());
        let keys: Vec<&str> = attrs.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, ["x1", "y1", "x2", "y2"], "geometry only: the class gives the look");
    }

    fn el(name: &'static str, attrs: &[(&'static str, &str)], text: Option<&str>) -> Element {
        (name, attrs.iter().map(|(k, v)| (*k, v.to_string())).collect(), text.map(str::to_owned))
    }

    /// Applies `placements` the way the DOM does (`insertBefore` moves a node).
    fn place<'a>(current: &[&'a str], next: &[&'a str]) -> (Vec<&'a str>, usize) {
        let ops = placements(current, next);
        let mut dom = current.to_vec();
        for &(k, before) in &ops {
            dom.retain(|d| *d != k);
            match before.and_then(|b| dom.iter().position(|d| *d == b)) {
                Some(at) => dom.insert(at, k),
                None => dom.push(k),
            }
        }
        (dom, ops.len())
    }

    #[test]
    fn the_same_order_moves_nothing_and_an_added_item_is_placed_alone() {
        let keys = ["household:0", "union:0", "person:0", "person:1", "legend"];
        assert_eq!(placements(&keys, &keys), vec![]);
        let added = ["household:0", "union:0", "person:0", "person:1", "person:2", "legend"];
        assert_eq!(place(&keys, &added), (added.to_vec(), 1));
        assert_eq!(placements(&keys, &added), vec![("person:2", Some("legend"))]);
        assert_eq!(place(&[], &keys), (keys.to_vec(), keys.len()));
    }

    #[test]
    fn placements_give_the_new_order_from_any_old_one() {
        // Every order of four keys into every other, with new keys mixed in.
        let all = ["a", "b", "c", "d"];
        let perms = |xs: &[&'static str]| -> Vec<Vec<&'static str>> {
            let mut out: Vec<Vec<&'static str>> = vec![vec![]];
            for _ in 0..xs.len() {
                let mut longer = Vec::new();
                for p in &out {
                    for x in xs.iter().filter(|x| !p.contains(x)) {
                        longer.push([p.clone(), vec![*x]].concat());
                    }
                }
                out = longer;
            }
            out
        };
        for old in perms(&all) {
            for new in perms(&all) {
                let (dom, moves) = place(&old, &new);
                assert_eq!(dom, new, "{old:?} -> {new:?}");
                assert!(moves < all.len(), "at least one stays: {old:?} -> {new:?}");
                let mut with_new = new.clone();
                with_new.insert(2, "x");
                assert_eq!(place(&old, &with_new).0, with_new);
            }
        }
    }

    #[test]
    fn a_moved_symbol_gets_new_coordinates_only() {
        let old = vec![
            el("rect", &[("x", "10"), ("y", "0"), ("fill", "#fff")], None),
            el("text", &[("x", "30")], Some("Kees")),
        ];
        let new = vec![
            el("rect", &[("x", "15"), ("y", "0"), ("fill", "#fff")], None),
            el("text", &[("x", "35")], Some("Kees")),
        ];
        let Patch::Update(p) = diff(&old, &new) else { panic!("an update") };
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].set, vec![("x", "15".to_owned())], "style attributes are not rewritten");
        assert_eq!(p[1].text, None, "the unchanged name is not rewritten");
        assert_eq!(diff(&new, &new), Patch::Same);
    }

    #[test]
    fn a_moved_item_is_the_same_drawing_at_another_origin() {
        use crate::kernel::shape::{Anchor, Shape, Style, Weight};
        let person = |x: f64| Item {
            key: "person:1".into(),
            shapes: vec![
                Shape::rect(x - 20.0, 100.0, 40.0, 40.0, Style::stroke("#000", 2.0)),
                Shape::text(x, 160.3333, "Johanna Wilhelmina", Anchor::Middle, 12.0, Weight::Normal),
                Shape::line(Point { x, y: 140.0 }, Point { x, y: 170.0 }, Style::stroke("#000", 2.0)),
            ],
        };
        let (o1, at_10) = local_elements(&person(10.0));
        let (o2, at_15) = local_elements(&person(15.257));
        assert_eq!(o1, Some(Point { x: -10.0, y: 100.0 }));
        assert_eq!(o2, Some(Point { x: -4.74, y: 100.0 }), "rounded as coordinates are written");
        assert_eq!(diff(&at_10, &at_15), Patch::Same, "only the group's translation changes: {at_10:?} {at_15:?}");
        assert_eq!(translate(o2).as_deref(), Some("translate(-4.74 100)"));
        // Drawn relative to the origin: the text's anchor sits 20 right of the corner.
        assert!(at_10[1].1.contains(&("x", "20".to_owned())), "{:?}", at_10[1]);
        // A map actor's group belongs to its drag: drawn where it is.
        let actor = Item { key: "actor:1".into(), shapes: person(10.0).shapes };
        assert_eq!(local_elements(&actor), (None, elements(&actor)));
        // Path data is written as it is, untranslated.
        let mut outline = person(10.0);
        outline.shapes.push(Shape::new(crate::kernel::Primitive::Path("M0 0L5 5".into()), Style::stroke("#000", 1.0)));
        let (none, els) = local_elements(&outline);
        assert_eq!((none, els), (None, elements(&outline)));
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
        use crate::genogram::layout::{Pins, Point};
        use crate::genogram::model::PartialDate;
        use crate::genogram::scene::SceneOptions;
        use crate::i18n::Lang;
        let g = crate::genogram::model::sample_family();
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
