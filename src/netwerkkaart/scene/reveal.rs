//! Presenting a netwerkkaart ("Presenteren"): which scene items show at each step.
//!
//! The map's frame (sectors, rings, title) shows from the start with the centre; then
//! the actors appear ring by ring from the inside, and within a ring sector by sector
//! in drawing order (one step per cell that holds actors); then all ties at once. The
//! legend shows only at the last step. Pure: the UI holds the step number, as for the
//! genogram's [`crate::genogram::scene::reveal`].

use std::collections::HashMap;

use crate::genogram::scene::quality_routes::segments;
use crate::genogram::scene::reveal::nearest_on;
use crate::kernel::shape::{Point, Primitive};
use crate::kernel::{Item, Scene};
use crate::netwerkkaart::layout::NetwerkkaartLayout;
use crate::netwerkkaart::model::ids::SectorId;
use crate::netwerkkaart::model::map::Netwerkkaart;
use crate::netwerkkaart::model::vocab::Ring;

/// What one step of a map's reveal adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapStep {
    /// The centre (and the empty frame of sectors and rings).
    Centre,
    /// The actors of one ring in one sector.
    Cell {
        /// The ring.
        ring: Ring,
        /// The sector.
        sector: SectorId,
    },
    /// The ties.
    Ties,
}

/// The steps of a map's reveal and the step at which each scene item first shows.
#[derive(Clone, Debug, PartialEq)]
pub struct MapReveal {
    /// What each step adds, in order; never empty (the centre comes first).
    pub steps: Vec<MapStep>,
    /// The first step at which an item shows, by scene key; keys not listed show from
    /// the start.
    first: HashMap<String, usize>,
    /// Per sector item key, the steps at which its actors appear: the count in the
    /// sector's name ("familie (4)") counts only those shown, so it does not tell the
    /// room what is still to come.
    sector_steps: HashMap<String, Vec<usize>>,
}

impl MapReveal {
    /// The reveal of `map` laid out as `layout`.
    pub fn new(map: &Netwerkkaart, layout: &NetwerkkaartLayout) -> MapReveal {
        let sector_rank = |s: SectorId| layout.wedges.iter().position(|w| w.sector == s).unwrap_or(usize::MAX);
        let mut cells: Vec<(usize, usize, Ring, SectorId)> =
            layout.actors.values().map(|a| (a.ring.index(), sector_rank(a.sector), a.ring, a.sector)).collect();
        cells.sort_unstable_by_key(|c| (c.0, c.1));
        cells.dedup_by_key(|c| (c.0, c.1));
        let mut steps = vec![MapStep::Centre];
        steps.extend(cells.iter().map(|&(_, _, ring, sector)| MapStep::Cell { ring, sector }));
        let mut first = HashMap::new();
        let mut sector_steps: HashMap<String, Vec<usize>> = HashMap::new();
        for (id, a) in &layout.actors {
            let step = steps.iter().position(|s| *s == MapStep::Cell { ring: a.ring, sector: a.sector });
            first.insert(format!("actor:{}", id.0), step.unwrap_or(0));
            sector_steps.entry(format!("sector:{}", a.sector.0)).or_default().push(step.unwrap_or(0));
        }
        if map.tie_count() > 0 {
            steps.push(MapStep::Ties);
            for (id, _) in map.ties() {
                first.insert(format!("tie:{}", id.0), steps.len() - 1);
            }
        }
        first.insert("legend".into(), steps.len() - 1);
        MapReveal { steps, first, sector_steps }
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
    /// map (so nothing moves while the steps go on).
    pub fn scene_at(&self, scene: &Scene, k: usize) -> Scene {
        let items = scene
            .items
            .iter()
            .filter(|i| self.visible(&i.key, k))
            .map(|i| match self.sector_steps.get(&i.key) {
                Some(steps) => Self::count_shown(i, steps.len(), steps.iter().filter(|&&s| s <= k).count()),
                None => i.clone(),
            })
            .collect();
        Scene { bounds: scene.bounds, items, title: scene.title.clone(), lang: scene.lang }
    }

    /// A sector's item with its name's count of actors ("familie (4)") lowered from
    /// `total` to the `shown` ones.
    fn count_shown(item: &Item, total: usize, shown: usize) -> Item {
        let mut item = item.clone();
        if shown == total {
            return item;
        }
        let (all, now) = (format!(" ({total})"), format!(" ({shown})"));
        for shape in &mut item.shapes {
            if let Primitive::Text { text, .. } = &mut shape.primitive {
                if let Some(name) = text.strip_suffix(&all) {
                    *text = format!("{name}{now}");
                }
            }
        }
        item
    }
}

/// How far from an actor's centre a click still marks it, in layout units.
const ACTOR_REACH: f64 = 30.0;
/// How far from a tie a click still marks it, in layout units.
const TIE_REACH: f64 = 12.0;

/// What a presenter's click at `at` marks on the map shown (`scene`, e.g. one step of
/// a reveal): the centre or actor whose symbol is nearest, else the nearest tie, else
/// nothing; as the scene key, the ring's centre and its radius. Only what the scene
/// holds can be marked.
pub fn pointer_at(scene: &Scene, at: Point) -> Option<(String, Point, f64)> {
    let dist = |a: Point, b: Point| (a.x - b.x).hypot(a.y - b.y);
    let symbol_centre = |i: &crate::kernel::Item| {
        i.shapes.iter().find_map(|s| match s.primitive {
            Primitive::Circle { cx, cy, .. } => Some(Point { x: cx, y: cy }),
            Primitive::Rect { x, y, width, height, .. } => Some(Point { x: x + width / 2.0, y: y + height / 2.0 }),
            _ => None,
        })
    };
    let thing = scene
        .items
        .iter()
        .filter(|i| i.key == "centre" || i.key.starts_with("actor:"))
        .filter_map(|i| symbol_centre(i).map(|c| (dist(c, at), &i.key, c)))
        .filter(|(d, _, _)| *d <= ACTOR_REACH)
        .min_by(|a, b| a.0.total_cmp(&b.0));
    if let Some((_, key, c)) = thing {
        return Some((key.clone(), c, ACTOR_REACH + 6.0));
    }
    scene
        .items
        .iter()
        .filter(|i| i.key.starts_with("tie:"))
        .flat_map(|i| i.shapes.iter().flat_map(segments).map(move |(a, b)| (&i.key, nearest_on(a, b, at))))
        .map(|(key, p)| (dist(p, at), key, p))
        .filter(|(d, _, _)| *d <= TIE_REACH)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, key, p)| (key.clone(), p, 22.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::drawing::{draw, DrawOptions, Placement};
    use crate::editor::Editor;
    use crate::format::KringDocument;
    use crate::genogram::model::PartialDate;
    use crate::i18n::Lang;
    use crate::netwerkkaart::model::fixtures::sample_netwerkkaart;

    fn drawn() -> (Netwerkkaart, Scene, NetwerkkaartLayout) {
        let map = sample_netwerkkaart();
        let ed = Editor::open(KringDocument::new_netwerkkaart("n", "Kaart", map.clone(), 0)).unwrap();
        let d = draw(&ed, &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        let Placement::Netwerkkaart(l) = d.placement else { panic!("a map") };
        (map, d.scene, l)
    }

    fn shown(r: &MapReveal, scene: &Scene, k: usize, prefix: &str) -> Vec<String> {
        r.scene_at(scene, k).items.into_iter().filter(|i| i.key.starts_with(prefix)).map(|i| i.key).collect()
    }

    #[test]
    fn the_centre_first_then_ring_by_ring_and_sector_by_sector_then_the_ties() {
        let (map, scene, layout) = drawn();
        let r = MapReveal::new(&map, &layout);
        // Inner: family (Fatima, Kevin), professionals (wijkteam); middle: family (Peter),
        // friends (Sem), neighbours (Ans, Bakker), professionals (geldzaken, maatje);
        // outer: family (Marie), friends (Jesse), professionals (huisarts).
        let (fam, fr, nb, pro) = (SectorId(0), SectorId(1), SectorId(2), SectorId(3));
        use Ring::*;
        let cell = |ring, sector| MapStep::Cell { ring, sector };
        assert_eq!(
            r.steps,
            vec![
                MapStep::Centre,
                cell(Inner, fam),
                cell(Inner, pro),
                cell(Middle, fam),
                cell(Middle, fr),
                cell(Middle, nb),
                cell(Middle, pro),
                cell(Outer, fam),
                cell(Outer, fr),
                cell(Outer, pro),
                MapStep::Ties,
            ]
        );
        // Step 0: the centre and the frame, no actor, no tie.
        assert!(shown(&r, &scene, 0, "actor:").is_empty());
        assert!(shown(&r, &scene, 0, "tie:").is_empty());
        assert_eq!(shown(&r, &scene, 0, "centre").len(), 1);
        assert_eq!(shown(&r, &scene, 0, "sector:").len(), 4, "the sectors frame the map from the start");
        assert_eq!(shown(&r, &scene, 0, "ring:").len(), 3);
        // The sector names count only the actors shown so far: nothing at the start,
        // the inner family's two after step 1, all four at the end.
        let family_label = |k: usize| -> String {
            let s = r.scene_at(&scene, k);
            let item = s.items.iter().find(|i| i.key == "sector:0").expect("the family sector");
            item.shapes
                .iter()
                .find_map(|sh| match &sh.primitive {
                    Primitive::Text { text, .. } if text.ends_with(')') => Some(text.clone()),
                    _ => None,
                })
                .expect("a name with a count")
        };
        assert!(family_label(0).ends_with(" (0)"), "{}", family_label(0));
        assert!(family_label(1).ends_with(" (2)"), "{}", family_label(1));
        assert!(family_label(10).ends_with(" (4)"), "{}", family_label(10));
        assert!(r.visible("title", 0));
        // Step 1: Fatima (A0) and Kevin (A2), the inner family.
        assert_eq!(shown(&r, &scene, 1, "actor:"), ["actor:0", "actor:2"]);
        assert_eq!(shown(&r, &scene, 2, "actor:").len(), 3, "and the wijkteam");
        assert_eq!(shown(&r, &scene, 5, "actor:").len(), 7, "the middle ring's neighbours both at once");
        // The last cell: every actor, still no tie and no legend.
        assert_eq!(shown(&r, &scene, 9, "actor:").len(), 12);
        assert!(shown(&r, &scene, 9, "tie:").is_empty());
        assert!(!r.visible("legend", 9));
        assert_eq!(shown(&r, &scene, 10, "tie:").len(), 16);
        assert_eq!(r.scene_at(&scene, 10).items, scene.items, "the last step shows the whole map");
        assert_eq!(r.scene_at(&scene, 0).bounds, scene.bounds, "the map does not move");
    }

    #[test]
    fn a_map_without_actors_is_one_step() {
        let ed = Editor::new_netwerkkaart("n", "Kaart", "Noah", 0);
        let d = draw(&ed, &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        let Placement::Netwerkkaart(l) = d.placement else { panic!("a map") };
        let r = MapReveal::new(ed.netwerkkaart().unwrap(), &l);
        assert_eq!(r.steps, vec![MapStep::Centre]);
        assert_eq!(r.scene_at(&d.scene, 0).items, d.scene.items);
    }

    #[test]
    fn a_click_marks_the_nearest_actor_or_else_a_tie() {
        let (map, scene, layout) = drawn();
        let actor = scene.items.iter().find(|i| i.key.starts_with("actor:")).expect("an actor");
        let c = match actor.shapes[0].primitive {
            Primitive::Circle { cx, cy, .. } => Point { x: cx, y: cy },
            Primitive::Rect { x, y, width, height, .. } => Point { x: x + width / 2.0, y: y + height / 2.0 },
            ref other => panic!("a symbol first: {other:?}"),
        };
        let (key, at, _) = pointer_at(&scene, Point { x: c.x + 8.0, y: c.y - 5.0 }).expect("marks the actor");
        assert_eq!((key.as_str(), at), (actor.key.as_str(), c));
        // Nothing near: nothing marked; not shown yet: not markable.
        assert_eq!(pointer_at(&scene, Point { x: 1e6, y: 1e6 }), None);
        let r = MapReveal::new(&map, &layout);
        assert_eq!(pointer_at(&r.scene_at(&scene, 0), Point { x: c.x + 8.0, y: c.y - 5.0 }), None);
    }
}
