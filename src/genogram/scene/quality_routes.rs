//! Quality measures of what the scene draws around and between persons: household
//! outlines and emotional relation lines, measured on the scene's own shapes.
//!
//! Each measure counts defects a reader would see; a good drawing scores 0 on all.

use crate::genogram::layout::Layout;
use crate::genogram::model::{Genogram, PersonId};
use crate::kernel::geom::{pt, text_box};
use crate::kernel::shape::{Point, Primitive, Shape};
use crate::kernel::{Item, Scene};

/// Closed outlines of a shape: a polygon, or each subpath of a path (all its number
/// pairs in order, so a rounded corner counts as its sharp corner). Empty otherwise.
pub(crate) fn outlines(s: &Shape) -> Vec<Vec<Point>> {
    match &s.primitive {
        Primitive::Polygon(p) => vec![p.clone()],
        Primitive::Path(d) => d
            .split('M')
            .filter(|sub| !sub.trim().is_empty())
            .map(|sub| {
                let nums: Vec<f64> = sub
                    .split(|c: char| c.is_ascii_alphabetic() || c == ' ' || c == ',')
                    .filter_map(|t| t.parse().ok())
                    .collect();
                nums.chunks_exact(2).map(|c| pt(c[0], c[1])).collect()
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Even-odd point-in-polygon over several loops.
pub(crate) fn inside(loops: &[Vec<Point>], p: Point) -> bool {
    let mut odd = false;
    for l in loops {
        let n = l.len();
        for k in 0..n {
            let (a, b) = (l[k], l[(k + 1) % n]);
            if (a.y > p.y) != (b.y > p.y) && p.x < a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y) {
                odd = !odd;
            }
        }
    }
    odd
}

/// Persons whose symbol centre lies inside the outline of a household they are not a
/// member of, counted once per (person, household).
pub fn non_members_in_households(g: &Genogram, layout: &Layout, scene: &Scene) -> usize {
    non_members_list(g, layout, scene).len()
}

/// The (household key, person) pairs behind [`non_members_in_households`].
pub fn non_members_list(g: &Genogram, layout: &Layout, scene: &Scene) -> Vec<(String, PersonId)> {
    let mut out = Vec::new();
    for (hid, h) in g.households() {
        let Some(item) = scene.item(&format!("household:{}", hid.get())) else { continue };
        let loops: Vec<Vec<Point>> = item.shapes.iter().flat_map(outlines).collect();
        for (id, _) in g.persons() {
            if h.members.contains(&id) {
                continue;
            }
            let Some(p) = layout.persons.get(&id.get()) else { continue };
            if inside(&loops, p.centre()) {
                out.push((item.key.clone(), id));
            }
        }
    }
    out
}

/// An axis-aligned box `(x0, y0, x1, y1)`.
pub(crate) type Rect = (f64, f64, f64, f64);

/// The straight pieces of the lines a shape draws (lines, polylines; a path's number
/// pairs in order as a polyline, which follows a flat curve closely enough).
pub(crate) fn segments(s: &Shape) -> Vec<(Point, Point)> {
    let pts: Vec<Point> = match &s.primitive {
        Primitive::Line { x1, y1, x2, y2 } => vec![pt(*x1, *y1), pt(*x2, *y2)],
        Primitive::Polyline(p) => p.clone(),
        _ => Vec::new(),
    };
    pts.windows(2).map(|w| (w[0], w[1])).collect()
}

/// Whether segment `a`–`b` passes through the inside of a box (Liang–Barsky).
pub(crate) fn segment_hits_rect(a: Point, b: Point, r: Rect) -> bool {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, a.x - r.0), (dx, r.2 - a.x), (-dy, a.y - r.1), (dy, r.3 - a.y)] {
        if p.abs() < 1e-12 {
            if q <= 0.0 {
                return false;
            }
            continue;
        }
        let t = q / p;
        if p < 0.0 {
            t0 = t0.max(t);
        } else {
            t1 = t1.min(t);
        }
        if t0 >= t1 {
            return false;
        }
    }
    true
}

/// Something a relation line must keep clear of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Obstacle {
    /// The person it belongs to (none for a union's text).
    pub owner: Option<PersonId>,
    /// Whether it is the person's symbol (rather than one of their texts).
    pub symbol: bool,
    /// Its box.
    pub rect: Rect,
}

/// What relation lines must keep clear of, from the drawn items: every person's symbol
/// box and texts, the texts of union lines (e.g. "g. 1998") and household labels.
pub(crate) fn obstacles<'a>(g: &Genogram, layout: &Layout, items: impl IntoIterator<Item = &'a Item>) -> Vec<Obstacle> {
    let mut out = Vec::new();
    for item in items {
        let Some((kind, id)) = item.key.split_once(':') else { continue };
        match kind {
            "person" => {
                let Ok(n) = id.parse::<u32>() else { continue };
                let id = PersonId(n);
                let (Some(p), Some(pl)) = (g.person(id), layout.persons.get(&n)) else { continue };
                let c = pl.centre();
                let (top, bottom) = super::person::extent(p);
                let rect = (c.x - top, c.y - top, c.x + top, c.y + bottom);
                out.push(Obstacle { owner: Some(id), symbol: true, rect });
                out.extend(item.shapes.iter().filter_map(text_box).map(|rect| Obstacle {
                    owner: Some(id),
                    symbol: false,
                    rect,
                }));
            }
            "union" | "household" => out.extend(item.shapes.iter().filter_map(text_box).map(|rect| Obstacle {
                owner: None,
                symbol: false,
                rect,
            })),
            _ => {}
        }
    }
    out
}

/// The obstacles a relation between `ends` must avoid: all but the two symbols it joins.
pub(crate) fn in_the_way(obstacles: &[Obstacle], ends: [PersonId; 2]) -> Vec<Rect> {
    obstacles.iter().filter(|o| !(o.symbol && o.owner.is_some_and(|p| ends.contains(&p)))).map(|o| o.rect).collect()
}

/// Relation lines passing over a symbol or text they do not connect: for each relation,
/// the number of obstacles (other persons' symbols and texts, union texts) its line
/// crosses, summed. The years above and the name below the two persons it connects
/// count too: a line should leave its symbol clear of its own labels.
pub fn relation_line_symbol_crossings(g: &Genogram, layout: &Layout, scene: &Scene) -> usize {
    let all = obstacles(g, layout, &scene.items);
    let mut total = 0;
    for (rid, r) in g.relations() {
        let Some(item) = scene.item(&format!("relation:{}", rid.get())) else { continue };
        let segs: Vec<(Point, Point)> = item.shapes.iter().flat_map(segments).collect();
        total += in_the_way(&all, [r.from, r.to])
            .into_iter()
            .filter(|&rect| segs.iter().any(|&(a, b)| segment_hits_rect(a, b, rect)))
            .count();
    }
    total
}

/// Places where an emotional relation line crosses the child bar of a family neither of
/// its persons belongs to (as a parent or a child): a reader following the bar would
/// take the relation for a line of descent. Bars of the persons' own families are left
/// out, since a relation between a parent and a child meets theirs by nature.
pub fn relation_lines_crossing_bars(g: &Genogram, layout: &Layout, scene: &Scene) -> usize {
    // Every child bar with the persons of its family.
    let mut bars: Vec<(f64, f64, f64, Vec<u32>)> = Vec::new();
    for ug in layout.unions.values() {
        if let Some(s) = &ug.sibship {
            let mut family: Vec<u32> = s.drops.iter().map(|d| d.child).collect();
            family.push(ug.partners.0);
            family.extend(ug.partners.1);
            bars.push((s.x1, s.x2, s.bar_y, family));
        }
    }
    for (&parent, s) in &layout.single_parents {
        let mut family: Vec<u32> = s.drops.iter().map(|d| d.child).collect();
        family.push(parent);
        bars.push((s.x1, s.x2, s.bar_y, family));
    }
    let mut total = 0;
    for (rid, r) in g.relations() {
        let Some(item) = scene.item(&format!("relation:{}", rid.get())) else { continue };
        let segs: Vec<(Point, Point)> = item.shapes.iter().flat_map(segments).collect();
        total += bars
            .iter()
            .filter(|(_, _, _, family)| !family.contains(&r.from.get()) && !family.contains(&r.to.get()))
            .filter(|&&(x1, x2, y, _)| x2 - x1 > 1.0 && segs.iter().any(|&(a, b)| crosses_bar(a, b, x1, x2, y)))
            .count();
    }
    total
}

/// Whether segment `a`–`b` crosses the horizontal bar from `x1` to `x2` at height `y`
/// (from one side to the other, not merely touching it at an end).
fn crosses_bar(a: Point, b: Point, x1: f64, x2: f64, y: f64) -> bool {
    if (a.y - y) * (b.y - y) >= 0.0 {
        return false;
    }
    let t = (y - a.y) / (b.y - a.y);
    let x = a.x + t * (b.x - a.x);
    x > x1 + 0.5 && x < x2 - 0.5
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::layout::{layout, LayoutOptions, Pins};
    use crate::genogram::model::sample_family;
    use crate::genogram::scene::tests::{options, scene_of};
    use crate::genogram::scene::{build_scene, layout_input};
    use crate::i18n::Lang;

    fn measured(g: &Genogram) -> (Layout, Scene) {
        let l = layout(&layout_input(g), &Pins::default(), &LayoutOptions::default());
        let s = build_scene(g, &l, &options(Lang::Nl));
        (l, s)
    }

    #[test]
    fn the_sample_relation_lines_keep_clear_of_every_name_and_year() {
        // Issue 14: Peter's and Fatima's lines to Noah left through their own names, and
        // the household's label "Gezin De Vries, Utrecht" sat on the grandparents' bar.
        let g = sample_family();
        let (l, s) = measured(&g);
        assert_eq!(relation_line_symbol_crossings(&g, &l, &s), 0);
        assert_eq!(crate::genogram::scene::label_quality::label_quality(&s).total(), 0);
    }

    #[test]
    fn the_sample_household_encloses_only_its_members() {
        // Issue 14: the outline around Peter, Fatima, Noah and Kevin took in Lisa and Eva.
        let g = sample_family();
        let (l, s) = measured(&g);
        assert_eq!(non_members_list(&g, &l, &s), vec![]);
        assert!(scene_of(&g, &options(Lang::Nl)).item("household:0").is_some());
    }

    #[test]
    fn the_issue_case_twins_between_the_household_children_stay_outside() {
        // Issue 14 as reported: Lisa and Eva (P5, P6) drawn between Noah (P9) and Kevin
        // (P10), under Peter and Fatima; a hull around the household took them in.
        let g = sample_family();
        let mut pins = Pins::default();
        for (id, x) in [(9u32, 300.0), (5, 400.0), (6, 500.0), (10, 600.0)] {
            pins.pin_column(id, x);
        }
        let l = layout(&layout_input(&g), &pins, &LayoutOptions::default());
        let (p5, p9, p10) = (l.persons[&5].x, l.persons[&9].x, l.persons[&10].x);
        assert!(p9 < p5 && p5 < p10, "the twins stand between the household's children");
        let s = build_scene(&g, &l, &options(Lang::Nl));
        assert_eq!(non_members_list(&g, &l, &s), vec![]);
        let item = s.item("household:0").unwrap();
        let loops: Vec<Vec<Point>> = item.shapes.iter().flat_map(outlines).collect();
        for m in [2u32, 8, 9, 10] {
            assert!(inside(&loops, l.persons[&m].centre()), "member P{m} is inside");
        }
    }

    #[test]
    fn a_household_split_by_the_tree_gets_joined_outlines() {
        // Lisa and Eva stand between Peter's row-mates' children; a household of Peter,
        // Fatima, Noah, Kevin and Daan (left of the twins or right of them) is one or
        // more outlines that enclose every member and nobody else.
        let mut g = sample_family();
        let id = g.next_household_id();
        let members = [2, 8, 9, 10, 7, 3].map(PersonId);
        g.apply(crate::genogram::model::Command::AddHousehold {
            id,
            household: crate::genogram::model::Household::new("", members),
        })
        .unwrap();
        let (l, s) = measured(&g);
        assert_eq!(non_members_list(&g, &l, &s), vec![]);
        let item = s.item(&format!("household:{}", id.get())).unwrap();
        let loops: Vec<Vec<Point>> = item.shapes.iter().flat_map(outlines).collect();
        for m in members {
            assert!(inside(&loops, l.persons[&m.get()].centre()), "member {m:?} is inside");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 24, failure_persistence: None, ..Default::default() })]
        #[test]
        fn no_household_outline_takes_in_a_non_member(
            seed in proptest::prelude::any::<u64>(),
            size in 8usize..70,
            picks in proptest::collection::vec(proptest::collection::vec(proptest::prelude::any::<proptest::sample::Index>(), 2..6), 1..4),
        ) {
            let mut g = crate::genogram::scene::generate::generate_genogram(seed, size, 4);
            // Besides the generated households (parents with their first child), some
            // of persons picked anywhere: the hardest case for an outline.
            let ids: Vec<PersonId> = g.person_ids().collect();
            for pick in picks {
                let id = g.next_household_id();
                let members: Vec<PersonId> = pick.iter().map(|i| ids[i.index(ids.len())]).collect();
                g.apply(crate::genogram::model::Command::AddHousehold {
                    id,
                    household: crate::genogram::model::Household::new("", members),
                })
                .unwrap();
            }
            let (l, s) = measured(&g);
            proptest::prop_assert_eq!(non_members_list(&g, &l, &s), vec![]);
            for (hid, h) in g.households() {
                let item = s.item(&format!("household:{}", hid.get())).unwrap();
                let loops: Vec<Vec<Point>> = item.shapes.iter().flat_map(outlines).collect();
                for m in &h.members {
                    proptest::prop_assert!(inside(&loops, l.persons[&m.get()].centre()), "member {:?} of {:?}", m, hid);
                }
            }
        }
    }
}

#[cfg(test)]
mod bar_tests {
    use super::*;
    use crate::genogram::layout::{layout, LayoutOptions, Pins};
    use crate::genogram::model::{sample_family, Command, Relation, RelationKind};
    use crate::genogram::scene::generate::generate_genogram;
    use crate::genogram::scene::tests::options;
    use crate::genogram::scene::{build_scene, layout_input};
    use crate::i18n::Lang;

    fn count(g: &Genogram) -> usize {
        let l = layout(&layout_input(g), &Pins::default(), &LayoutOptions::default());
        let s = build_scene(g, &l, &options(Lang::Nl));
        relation_lines_crossing_bars(g, &l, &s)
    }

    #[test]
    fn a_bar_is_crossed_only_from_one_side_to_the_other_and_inside_its_ends() {
        let (a, b) = (pt(50.0, 0.0), pt(50.0, 100.0));
        assert!(crosses_bar(a, b, 0.0, 100.0, 40.0));
        assert!(!crosses_bar(a, b, 60.0, 100.0, 40.0), "passes beside the bar");
        assert!(!crosses_bar(a, pt(50.0, 40.0), 0.0, 100.0, 40.0), "ends on it: touches, no crossing");
        assert!(!crosses_bar(pt(0.0, 40.0), pt(100.0, 40.0), 0.0, 100.0, 40.0), "runs along it");
    }

    #[test]
    fn relation_lines_across_other_families_bars_are_counted() {
        // The sample family's relations stay within the families of their persons.
        assert_eq!(count(&sample_family()), 0);
        // Relations between persons far apart in a generated family of 120 cross other
        // families' child bars: the measure sees them.
        let mut g = generate_genogram(7, 120, 4);
        let ids: Vec<PersonId> = g.persons().map(|(id, _)| id).collect();
        for k in 0..8 {
            let (from, to) = (ids[(k * 37) % ids.len()], ids[(k * 53 + 11) % ids.len()]);
            if from == to {
                continue;
            }
            let id = g.next_relation_id();
            g.apply(Command::AddRelation { id, relation: Relation::new(from, to, RelationKind::Hate) }).unwrap();
        }
        assert!(count(&g) > 0, "some of eight long relation lines cross a child bar");
    }
}
