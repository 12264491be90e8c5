//! Presentation mode ("Presenteren"): which scene items show at each step of a
//! step-by-step reveal, and the scene made readable on a projector.
//!
//! The steps are: one per generation (the layout's rows, oldest first, or the client's
//! row first and then outwards, one distance at a time), then the emotional relations,
//! then the households. A family line shows once everyone it joins shows. The title
//! shows from the start, the legend only at the last step (it would name symbols not
//! yet shown). Pure: the UI holds the step number and asks [`Reveal::visible`].

use std::collections::HashMap;

use super::quality_routes::segments;
use super::{Point, Primitive, Scene};
use crate::genogram::layout::Layout;
use crate::genogram::model::{Genogram, ParentRef, PersonId};

/// In which order the generations appear.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RevealOrder {
    /// The top row (the oldest generation) first, then each row below.
    #[default]
    OldestFirst,
    /// The client's (index person's) row first, then the rows next to it (above and
    /// below together), and so on outwards. Without a client: oldest first.
    FromClient,
}

/// What one step of the reveal adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// The persons of one generation (or, from the client outwards, of the rows at one
    /// distance from the client's), and the family lines between persons now shown.
    Generation,
    /// The emotional relations.
    Relations,
    /// The households.
    Households,
}

/// The steps of a reveal and the step at which each scene item first shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Reveal {
    /// What each step adds, in order; never empty.
    pub steps: Vec<StepKind>,
    /// The first step (0-based) at which an item shows, by its scene key. Keys not
    /// listed (the title) show from the start.
    first: HashMap<String, usize>,
    /// Per union item with children: the height of its child bar and the step at which
    /// its first child shows. Before that step the item is drawn without its stem and
    /// bar, so no bar hangs over an empty row.
    bars: HashMap<String, (f64, usize)>,
}

impl Reveal {
    /// The reveal of a genogram laid out as `layout`, in `order`.
    pub fn new(g: &Genogram, layout: &Layout, order: RevealOrder) -> Reveal {
        let rows: Vec<u32> = {
            let mut r: Vec<u32> = layout.persons.values().map(|p| p.row).collect();
            r.sort_unstable();
            r.dedup();
            r
        };
        let client_row = g.index_person().and_then(|c| layout.persons.get(&c.get())).map(|p| p.row);
        // The step of each row.
        let row_step = |row: u32| -> usize {
            match (order, client_row) {
                (RevealOrder::FromClient, Some(c)) => row.abs_diff(c) as usize,
                _ => rows.iter().position(|&r| r == row).unwrap_or(0),
            }
        };
        let generations = rows.iter().map(|&r| row_step(r)).max().map_or(1, |m| m + 1);
        let mut steps = vec![StepKind::Generation; generations];
        let mut first: HashMap<String, usize> = HashMap::new();
        let mut person: HashMap<PersonId, usize> = HashMap::new();
        for (&id, p) in &layout.persons {
            let s = row_step(p.row);
            person.insert(PersonId(id), s);
            first.insert(format!("person:{id}"), s);
        }
        let at = |p: PersonId| person.get(&p).copied().unwrap_or(0);
        let mut union_step = HashMap::new();
        for (uid, u) in g.unions() {
            let s = u.partners().map(at).max().unwrap_or(0);
            union_step.insert(uid, s);
            first.insert(format!("union:{}", uid.get()), s);
        }
        let mut single: HashMap<PersonId, usize> = HashMap::new();
        let mut bars: HashMap<String, (f64, usize)> = HashMap::new();
        for (cid, l) in g.child_links() {
            let parent = match l.parent {
                ParentRef::Union(u) => union_step.get(&u).copied().unwrap_or(0),
                ParentRef::Person(p) => {
                    // The single parent's bar shows with the parent and their first child shown.
                    let s = at(p).max(at(l.child));
                    single.entry(p).and_modify(|e| *e = (*e).min(s)).or_insert(s);
                    at(p)
                }
            };
            let step = parent.max(at(l.child));
            first.insert(format!("child:{}", cid.get()), step);
            if let ParentRef::Union(u) = l.parent {
                if let Some(bar) = layout.unions.get(&u.get()).and_then(|ug| ug.sibship.as_ref()) {
                    bars.entry(format!("union:{}", u.get()))
                        .and_modify(|e: &mut (f64, usize)| e.1 = e.1.min(step))
                        .or_insert((bar.bar_y, step));
                }
            }
        }
        for (p, s) in single {
            first.insert(format!("single:{}", p.get()), s);
        }
        if g.relations().next().is_some() {
            steps.push(StepKind::Relations);
            let s = steps.len() - 1;
            for (rid, _) in g.relations() {
                first.insert(format!("relation:{}", rid.get()), s);
            }
        }
        if g.households().next().is_some() {
            steps.push(StepKind::Households);
            let s = steps.len() - 1;
            for (hid, _) in g.households() {
                first.insert(format!("household:{}", hid.get()), s);
            }
        }
        first.insert("legend".into(), steps.len() - 1);
        Reveal { steps, first, bars }
    }

    /// How many steps there are (at least one).
    pub fn len(&self) -> usize {
        self.steps.len()
    }

    /// Never true: a reveal has at least one step (for clippy's `len_without_is_empty`).
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Whether the scene item with this key shows at step `k` (0-based; steps past the
    /// last show everything).
    pub fn visible(&self, key: &str, k: usize) -> bool {
        self.first.get(key).is_none_or(|&s| s <= k)
    }

    /// The scene at step `k`: only the items shown then, with the bounds of the whole
    /// drawing (so nothing moves while the steps go on).
    pub fn scene_at(&self, scene: &Scene, k: usize) -> Scene {
        let items = scene
            .items
            .iter()
            .filter(|i| self.visible(&i.key, k))
            .map(|i| match self.bars.get(&i.key) {
                // A couple shown before any of their children: no stem, no bar yet.
                Some(&(bar_y, children)) if k < children => {
                    let mut i = i.clone();
                    i.shapes.retain(|s| !reaches_down_to(&s.primitive, bar_y));
                    i
                }
                _ => i.clone(),
            })
            .collect();
        Scene { bounds: scene.bounds, items, title: scene.title.clone(), lang: scene.lang }
    }
}

/// Whether a line or polyline reaches down to height `y` (the stem ends there, the bar
/// lies on it); the union line, its stubs, slashes and texts lie higher or are text.
fn reaches_down_to(p: &Primitive, y: f64) -> bool {
    match p {
        Primitive::Line { y1, y2, .. } => y1.max(*y2) >= y - 0.5,
        Primitive::Polyline(points) => points.iter().any(|q| q.y >= y - 0.5),
        _ => false,
    }
}

/// A pointer's mark: a ring around a person or on a line, in layout units.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    /// The scene key of what it marks (`"person:3"`, `"relation:1"`, …).
    pub key: String,
    /// Where the ring is: a person's centre, or the point of a line nearest the click.
    pub centre: Point,
    /// Its radius.
    pub radius: f64,
}

/// How far from a person's centre a click still marks that person, in layout units.
const PERSON_REACH: f64 = 30.0;
/// How far from a line a click still marks that line, in layout units.
const LINE_REACH: f64 = 12.0;

/// The ring a click at `at` makes on the scene shown (`scene`, e.g. one step of a
/// reveal): the person whose symbol is nearest, else the nearest family or relation
/// line, else nothing. Only what the scene holds can be marked.
pub fn ring_at(scene: &Scene, layout: &Layout, at: Point) -> Option<Ring> {
    let dist = |a: Point, b: Point| ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
    let person = scene
        .items
        .iter()
        .filter_map(|i| {
            let id: u32 = i.key.strip_prefix("person:")?.parse().ok()?;
            let c = layout.persons.get(&id)?.centre();
            let d = dist(c, at);
            (d <= PERSON_REACH).then_some((d, &i.key, c))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, key, c)) = person {
        return Some(Ring { key: key.clone(), centre: c, radius: PERSON_REACH + 6.0 });
    }
    let lines = ["union:", "child:", "single:", "relation:"];
    scene
        .items
        .iter()
        .filter(|i| lines.iter().any(|l| i.key.starts_with(l)))
        .flat_map(|i| i.shapes.iter().flat_map(segments).map(move |(a, b)| (&i.key, nearest_on(a, b, at))))
        .map(|(key, p)| (dist(p, at), key, p))
        .filter(|(d, _, _)| *d <= LINE_REACH)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, key, p)| Ring { key: key.clone(), centre: p, radius: 22.0 })
}

/// The point of segment `a`–`b` nearest to `p`.
pub(crate) fn nearest_on(a: Point, b: Point, p: Point) -> Point {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 < 1e-12 { 0.0 } else { (((p.x - a.x) * dx + (p.y - a.y) * dy) / len2).clamp(0.0, 1.0) };
    Point::new(a.x + t * dx, a.y + t * dy)
}

/// Largest font size a projector raises text to, in layout units: the layout reserves
/// room for its own sizes (names 11), so every unit more risks a label touching its
/// neighbour; this is the most it may take.
pub const PROJECTOR_MIN_TEXT: f64 = 13.0;
/// Smallest stroke width on a projector, in layout units.
pub const PROJECTOR_MIN_STROKE: f64 = 2.0;
/// Text height on screen, in CSS pixels, that reads from the back of a room.
pub const PROJECTOR_TEXT_PX: f64 = 16.0;

/// The scene readable from the back of a room when drawn at `px_per_unit` screen pixels
/// per layout unit: text smaller than [`PROJECTOR_TEXT_PX`] on screen grows, but never
/// past [`PROJECTOR_MIN_TEXT`] (a small family fitted large keeps the layout's sizes,
/// which its labels were placed for); no stroke thinner than [`PROJECTOR_MIN_STROKE`];
/// nothing made fainter than 0.85 by opacity.
pub fn for_projector(scene: &Scene, px_per_unit: f64) -> Scene {
    let wanted = if px_per_unit > 0.0 { PROJECTOR_TEXT_PX / px_per_unit } else { PROJECTOR_MIN_TEXT };
    let floor = wanted.min(PROJECTOR_MIN_TEXT);
    let mut s = scene.clone();
    for item in &mut s.items {
        for shape in &mut item.shapes {
            if let Primitive::Text { size, .. } = &mut shape.primitive {
                *size = size.max(floor);
            } else if shape.style.stroke.is_some() {
                shape.style.stroke_width = shape.style.stroke_width.max(PROJECTOR_MIN_STROKE);
            }
            shape.style.opacity = shape.style.opacity.max(0.85);
        }
    }
    s
}

/// Texts grown towards `target` (layout units) as far as they stay as clear of each
/// other and of other items' symbols and lines as they were: per item, the largest
/// size, found by bisection, at which no more text boxes touch another text, a symbol
/// or a line than before.
/// For a drawing whose labels were placed with room to spare (a netwerkkaart's actors
/// in their cells), so a room can read them; every text at least that size.
pub fn grow_text_while_clear(scene: &Scene, target: f64) -> Scene {
    // Item by item, in drawing order, each item's texts together: one crowded label
    // (or a title block whose lines sit close) does not hold back the rest.
    let mut s = scene.clone();
    for k in 0..s.items.len() {
        let smallest = s.items[k]
            .shapes
            .iter()
            .filter_map(|sh| match sh.primitive {
                Primitive::Text { size, .. } => Some(size),
                _ => None,
            })
            .fold(f64::INFINITY, f64::min);
        // No text, or none smaller than the target (NaN included): nothing to grow.
        if smallest.partial_cmp(&target) != Some(std::cmp::Ordering::Less) {
            continue;
        }
        let at = |size: f64| {
            let mut t = s.clone();
            for shape in &mut t.items[k].shapes {
                if let Primitive::Text { size: z, .. } = &mut shape.primitive {
                    *z = z.max(size);
                }
            }
            t
        };
        let allowed = clashes(&s);
        let grown = at(target);
        if clashes(&grown) <= allowed {
            s = grown;
            continue;
        }
        let (mut lo, mut hi) = (smallest, target);
        for _ in 0..10 {
            let mid = (lo + hi) / 2.0;
            if clashes(&at(mid)) <= allowed {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        s = at(lo);
    }
    s
}

/// How many texts touch another text or a symbol of another item (boxes one unit
/// apart), or are crossed by a line of another item.
fn clashes(scene: &Scene) -> usize {
    use crate::kernel::geom::text_box;
    type Box4 = (f64, f64, f64, f64);
    let mut texts: Vec<(usize, Box4, bool)> = Vec::new();
    let mut symbols: Vec<(usize, Box4)> = Vec::new();
    for (i, item) in scene.items.iter().enumerate() {
        for shape in &item.shapes {
            match &shape.primitive {
                Primitive::Text { halo, .. } => texts.extend(text_box(shape).map(|b| (i, b, *halo))),
                Primitive::Circle { cx, cy, r } => symbols.push((i, (cx - r, cy - r, cx + r, cy + r))),
                Primitive::Rect { x, y, width, height, .. } if shape.style.fill.is_some() => {
                    symbols.push((i, (*x, *y, x + width, y + height)))
                }
                _ => {}
            }
        }
    }
    // Lines (ties, relations, family lines) of other items: a text grown over one
    // becomes hard to read, unless a halo masks the line under it.
    let lines: Vec<(usize, Point, Point)> = scene
        .items
        .iter()
        .enumerate()
        .flat_map(|(i, item)| {
            item.shapes
                .iter()
                .filter(|s| !matches!(s.primitive, Primitive::Text { .. }))
                .flat_map(move |s| segments(s).into_iter().map(move |(a, b)| (i, a, b)))
        })
        .collect();
    let touch = |a: Box4, b: Box4| a.0 < b.2 + 1.0 && b.0 < a.2 + 1.0 && a.1 < b.3 + 1.0 && b.1 < a.3 + 1.0;
    let crossed =
        |i: usize, a: Box4| lines.iter().any(|&(j, p, q)| j != i && super::quality_routes::segment_hits_rect(p, q, a));
    // Any other text (the lines of one title block too), and the symbols of other items.
    (0..texts.len())
        .filter(|&k| {
            let (i, a, halo) = texts[k];
            texts.iter().enumerate().any(|(m, &(_, b, _))| m != k && touch(a, b))
                || symbols.iter().any(|&(j, b)| j != i && touch(a, b))
                || (!halo && crossed(i, a))
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::drawing::{draw, DrawOptions, Placement};
    use crate::editor::Editor;
    use crate::genogram::model::{Command, PartialDate, Relation, RelationKind};
    use crate::i18n::Lang;

    /// Grandparents, the client with a partner and a daughter, a relation between the
    /// client and the father, and a household of the client's family.
    fn three_generations() -> (Editor, PersonId, PersonId, PersonId, PersonId) {
        let (mut ed, ip, partner, child, father) = crate::editor::fixtures::client_with_partner_daughter_and_parents();
        let g = ed.genogram().unwrap();
        let cmd =
            Command::AddRelation { id: g.next_relation_id(), relation: Relation::new(father, ip, RelationKind::Hate) };
        ed.apply(cmd, 4).unwrap();
        let today = PartialDate::year_only(2026).unwrap();
        let (cmd, _) = crate::genogram::edit::households::new_household(ed.genogram().unwrap(), ip, today).unwrap();
        ed.apply(cmd, 5).unwrap();
        (ed, ip, partner, child, father)
    }

    #[test]
    fn texts_grow_only_as_far_as_they_stay_clear() {
        use crate::kernel::shape::{Anchor, Shape, Style, Weight};
        use crate::kernel::Item;
        let label = |key: &str, x: f64| Item {
            key: key.into(),
            shapes: vec![
                Shape::circle(crate::kernel::geom::pt(x, 0.0), 15.0, Style::stroke("#000", 1.0).filled("#fff")),
                Shape::text(x, 30.0, "Wijkverpleegkundige", Anchor::Middle, 8.0, Weight::Normal),
            ],
        };
        // Far apart: the texts reach the target.
        let scene = |items: Vec<Item>| Scene {
            bounds: crate::kernel::Bounds { min_x: -100.0, min_y: -100.0, max_x: 1100.0, max_y: 100.0 },
            items,
            title: String::new(),
            lang: Lang::Nl,
        };
        let far = scene(vec![label("a", 0.0), label("b", 1000.0)]);
        let sizes = |s: &Scene| -> Vec<f64> {
            s.items
                .iter()
                .flat_map(|i| &i.shapes)
                .filter_map(|sh| if let Primitive::Text { size, .. } = sh.primitive { Some(size) } else { None })
                .collect()
        };
        assert_eq!(sizes(&grow_text_while_clear(&far, 20.0)), vec![20.0, 20.0]);
        // 150 apart: the names would run into each other at 20; they stop before.
        let near = scene(vec![label("a", 0.0), label("b", 150.0)]);
        assert_eq!(clashes(&near), 0);
        let grown = grow_text_while_clear(&near, 20.0);
        let s = sizes(&grown);
        // Each grows on its own: the first may reach the target, but not both.
        assert!(s.iter().all(|&v| v >= 8.0), "{s:?}");
        assert!(s.iter().any(|&v| v < 20.0), "{s:?}");
        assert_eq!(clashes(&grown), 0, "still clear");
        // Two lines of one block (a title and its subtitle) may not run into each other.
        let block = Item {
            key: "title".into(),
            shapes: vec![
                Shape::text(0.0, 0.0, "Netwerkkaart", Anchor::Start, 8.0, Weight::Bold),
                Shape::text(0.0, 12.0, "Netwerk van: cliënt", Anchor::Start, 7.0, Weight::Normal),
            ],
        };
        let titled = grow_text_while_clear(&scene(vec![block]), 20.0);
        assert_eq!(clashes(&titled), 0);
        assert!(sizes(&titled)[1] < 12.0, "{:?}", sizes(&titled));
        // A line of another item (a tie) beside a name stops it before it reaches it.
        let tie = Item {
            key: "tie:1".into(),
            shapes: vec![Shape::line(
                crate::kernel::geom::pt(70.0, 20.0),
                crate::kernel::geom::pt(70.0, 40.0),
                Style::stroke("#000", 1.0),
            )],
        };
        let by_tie = grow_text_while_clear(&scene(vec![label("a", 0.0), tie]), 20.0);
        assert_eq!(clashes(&by_tie), 0);
        assert!(sizes(&by_tie)[0] > 8.0 && sizes(&by_tie)[0] < 20.0, "{:?}", sizes(&by_tie));
        // Text already as large stays as it is.
        assert_eq!(sizes(&grow_text_while_clear(&near, 6.0)), vec![8.0, 8.0]);
    }

    fn drawn(ed: &Editor) -> (Scene, Layout) {
        let d = draw(ed, &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        let Placement::Genogram(l) = d.placement else { panic!("a genogram") };
        (d.scene, l)
    }

    fn shown(r: &Reveal, scene: &Scene, k: usize, prefix: &str) -> usize {
        r.scene_at(scene, k).items.iter().filter(|i| i.key.starts_with(prefix)).count()
    }

    #[test]
    fn oldest_first_shows_the_generations_top_down_then_relations_then_households() {
        let (ed, ip, partner, child, father) = three_generations();
        let g = ed.genogram().unwrap();
        let (scene, layout) = drawn(&ed);
        let r = Reveal::new(g, &layout, RevealOrder::OldestFirst);
        use StepKind::*;
        assert_eq!(r.steps, vec![Generation, Generation, Generation, Relations, Households]);
        let key = |p: PersonId| format!("person:{}", p.get());
        // Step 0: the grandparents only, and their union line (both partners shown).
        assert!(r.visible(&key(father), 0));
        assert!(!r.visible(&key(ip), 0) && !r.visible(&key(partner), 0) && !r.visible(&key(child), 0));
        assert_eq!(shown(&r, &scene, 0, "person:"), 2);
        assert_eq!(shown(&r, &scene, 0, "union:"), 1);
        assert_eq!(shown(&r, &scene, 0, "child:"), 0, "no child line before the child");
        // Nor a stem and bar hanging over the empty row below: they come with the child.
        let grandparents = g.unions().find(|(_, u)| u.partners().any(|p| p == father)).unwrap().0;
        let bar_y = layout.unions[&grandparents.get()].sibship.as_ref().unwrap().bar_y;
        let union_at = |k: usize| {
            let key = format!("union:{}", grandparents.get());
            r.scene_at(&scene, k).items.into_iter().find(|i| i.key == key).unwrap()
        };
        let low = |i: &crate::kernel::Item| i.shapes.iter().filter(|s| reaches_down_to(&s.primitive, bar_y)).count();
        assert_eq!(low(&union_at(0)), 0, "step 0: the couple without stem and bar");
        assert!(low(&union_at(1)) >= 1, "step 1: the stem (and bar) with the child");
        assert!(!union_at(0).shapes.is_empty(), "the union line itself shows");
        // Step 1: the client's generation, the line down to the client, their couple.
        assert!(r.visible(&key(ip), 1) && r.visible(&key(partner), 1) && !r.visible(&key(child), 1));
        assert_eq!(shown(&r, &scene, 1, "person:"), 4);
        assert_eq!(shown(&r, &scene, 1, "union:"), 2);
        assert_eq!(shown(&r, &scene, 1, "child:"), 1);
        // Step 2: everyone, every family line; no relation, household or legend yet.
        assert_eq!(shown(&r, &scene, 2, "person:"), 5);
        assert_eq!(shown(&r, &scene, 2, "child:"), 2);
        assert_eq!(shown(&r, &scene, 2, "relation:"), 0);
        assert_eq!(shown(&r, &scene, 2, "household:"), 0);
        assert!(!r.visible("legend", 2));
        assert_eq!(shown(&r, &scene, 3, "relation:"), 1);
        assert_eq!(shown(&r, &scene, 3, "household:"), 0);
        assert_eq!(shown(&r, &scene, 4, "household:"), 1);
        assert!(r.visible("legend", 4) && r.visible("title", 0), "legend last, title from the start");
        assert_eq!(r.scene_at(&scene, 4).items, scene.items, "the last step shows the whole drawing");
        assert_eq!(r.scene_at(&scene, 0).bounds, scene.bounds, "the drawing does not move");
    }

    #[test]
    fn from_the_client_outwards_shows_the_client_first_then_both_neighbouring_rows() {
        let (ed, ip, partner, child, father) = three_generations();
        let g = ed.genogram().unwrap();
        let (scene, layout) = drawn(&ed);
        let r = Reveal::new(g, &layout, RevealOrder::FromClient);
        use StepKind::*;
        assert_eq!(r.steps, vec![Generation, Generation, Relations, Households]);
        let key = |p: PersonId| format!("person:{}", p.get());
        assert!(r.visible(&key(ip), 0) && r.visible(&key(partner), 0));
        assert!(!r.visible(&key(father), 0) && !r.visible(&key(child), 0));
        assert_eq!(shown(&r, &scene, 0, "person:"), 2);
        assert_eq!(shown(&r, &scene, 0, "union:"), 1, "the client's couple");
        assert_eq!(shown(&r, &scene, 0, "child:"), 0);
        // Parents and children at once: one row away on either side.
        assert!(r.visible(&key(father), 1) && r.visible(&key(child), 1));
        assert_eq!(shown(&r, &scene, 1, "person:"), 5);
        assert_eq!(shown(&r, &scene, 1, "child:"), 2);
        assert_eq!(shown(&r, &scene, 1, "relation:"), 0);
        assert_eq!(shown(&r, &scene, 2, "relation:"), 1);
        assert_eq!(shown(&r, &scene, 3, "household:"), 1);
    }

    #[test]
    fn without_relations_or_households_there_are_only_generation_steps() {
        let ed = Editor::new_genogram("g", "Casus", 0);
        let (scene, layout) = drawn(&ed);
        let g = ed.genogram().unwrap();
        for order in [RevealOrder::OldestFirst, RevealOrder::FromClient] {
            let r = Reveal::new(g, &layout, order);
            assert_eq!(r.steps, vec![StepKind::Generation]);
            assert_eq!(r.scene_at(&scene, 0).items, scene.items);
        }
    }

    #[test]
    fn a_click_rings_the_nearest_shown_person_or_line() {
        let (ed, ip, _, child, father) = three_generations();
        let g = ed.genogram().unwrap();
        let (scene, layout) = drawn(&ed);
        let centre = |p: PersonId| layout.persons[&p.get()].centre();
        let c = centre(ip);
        let ring = ring_at(&scene, &layout, Point::new(c.x + 5.0, c.y - 4.0)).unwrap();
        assert_eq!((ring.key, ring.centre), (format!("person:{}", ip.get()), c));
        // Halfway down the daughter's child line: that line.
        let (k, cc) = (centre(child), centre(child));
        let link = g.child_links().find(|(_, l)| l.child == child).unwrap().0;
        let line = scene.item(&format!("child:{}", link.get())).unwrap();
        let (a, b) = segments(&line.shapes[0])[0];
        let mid = Point::new((a.x + b.x) / 2.0 + 4.0, (a.y + b.y) / 2.0);
        let ring = ring_at(&scene, &layout, mid).unwrap();
        assert_eq!(ring.key, format!("child:{}", link.get()));
        assert!((ring.centre.x - (a.x + b.x) / 2.0).abs() < 1e-6, "on the line itself");
        assert!(ring_at(&scene, &layout, Point::new(k.x + 400.0, cc.y + 400.0)).is_none(), "empty paper");
        // What a step does not show yet cannot be marked.
        let r = Reveal::new(g, &layout, RevealOrder::OldestFirst);
        let f = centre(father);
        assert!(ring_at(&r.scene_at(&scene, 0), &layout, f).is_some());
        assert!(ring_at(&r.scene_at(&scene, 0), &layout, c).is_none(), "the client is not shown at step 0");
    }

    #[test]
    fn a_projector_gets_no_small_text_and_no_thin_lines() {
        let (ed, ..) = three_generations();
        let (scene, _) = drawn(&ed);
        // A large family fitted small (one pixel per unit): texts grow to the cap.
        let big = for_projector(&scene, 1.0);
        assert_eq!(big.items.len(), scene.items.len());
        let shapes = big.items.iter().flat_map(|i| &i.shapes);
        let mut texts = 0;
        for s in shapes {
            match &s.primitive {
                Primitive::Text { size, .. } => {
                    texts += 1;
                    assert!(*size >= PROJECTOR_MIN_TEXT, "text of {size}");
                }
                _ if s.style.stroke.is_some() => assert!(s.style.stroke_width >= PROJECTOR_MIN_STROKE),
                _ => {}
            }
        }
        assert!(texts > 5);
        let small = scene.items.iter().flat_map(|i| &i.shapes).any(|s| match &s.primitive {
            Primitive::Text { size, .. } => *size < PROJECTOR_MIN_TEXT,
            _ => false,
        });
        assert!(small, "the editor's drawing has small texts that the projector's grows");
    }

    #[test]
    fn a_family_fitted_large_keeps_its_text_sizes_so_labels_stay_clear() {
        let (ed, ..) = three_generations();
        let (scene, _) = drawn(&ed);
        let sizes = |s: &Scene| -> Vec<f64> {
            s.items
                .iter()
                .flat_map(|i| &i.shapes)
                .filter_map(|s| match &s.primitive {
                    Primitive::Text { size, .. } => Some(*size),
                    _ => None,
                })
                .collect()
        };
        // Two pixels per unit: a name of 11 is 22 px on screen, more than enough.
        assert_eq!(sizes(&for_projector(&scene, 2.0)), sizes(&scene));
        // At 1.6 px per unit a text of 9 (14.4 px) grows to 10 (16 px); names of 11 stay.
        let mid = sizes(&for_projector(&scene, 1.6));
        for (before, after) in sizes(&scene).into_iter().zip(mid) {
            assert!((after - before.max(10.0)).abs() < 1e-9, "{before} became {after}");
        }
    }
}
