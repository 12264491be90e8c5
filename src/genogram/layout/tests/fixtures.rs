//! Textbook families that have a crossing-free drawing must get one.

use super::super::quality::{count_crossings, count_overlaps, mean_centring_error};
use super::*;

fn assert_clean(f: &Family) -> Layout {
    let l = run(f);
    let o = LayoutOptions::default();
    assert_eq!(count_overlaps(&l, &o), 0, "overlaps in {l:#?}");
    assert_eq!(count_crossings(&l), 0, "crossings in {l:#?}");
    l
}

fn assert_birth_order(l: &Layout, siblings: &[u32]) {
    for w in siblings.windows(2) {
        assert!(x(l, w[0]) < x(l, w[1]), "{} should be left of {}", w[0], w[1]);
    }
}

#[test]
fn nuclear_family() {
    // Children listed youngest first: the layout must sort them.
    let f = family(&[(1, 1950), (2, 1952), (3, 1980), (4, 1975), (5, 1978)], &[(1, 1, Some(2), 0, &[3, 4, 5])]);
    let l = assert_clean(&f);
    assert_birth_order(&l, &[4, 5, 3]);
    assert_eq!(l.persons[&1].row, 0);
    assert_eq!(l.persons[&4].row, 1);
    assert!(mean_centring_error(&l) < 1e-6, "parents centred over children");
    let u = &l.unions[&1];
    assert_eq!(u.x2 - u.x1, 100.0, "partners side by side");
    let s = u.sibship.as_ref().expect("children");
    assert_eq!(s.drops.len(), 3);
    assert!(s.bar_y > u.y && s.bar_y < l.persons[&3].y - 20.0);
}

#[test]
fn three_generations_with_both_sets_of_grandparents() {
    // Father 3 is the youngest of his parents' children, mother 4 the eldest of hers.
    let f = family(
        &[
            (1, 1920),
            (2, 1921),
            (10, 1922),
            (11, 1923),
            (5, 1945),
            (3, 1950),
            (4, 1951),
            (12, 1955),
            (20, 1980),
            (21, 1982),
        ],
        &[(1, 1, Some(2), 0, &[3, 5]), (2, 10, Some(11), 0, &[12, 4]), (3, 3, Some(4), 0, &[21, 20])],
    );
    let l = assert_clean(&f);
    assert_birth_order(&l, &[5, 3, 4, 12]);
    assert_birth_order(&l, &[20, 21]);
    for (id, row) in [(1, 0), (10, 0), (3, 1), (4, 1), (20, 2)] {
        assert_eq!(l.persons[&id].row, row, "row of {id}");
    }
}

#[test]
fn in_law_married_to_eldest_child_brings_parents_to_the_left() {
    // 10 marries 3, the eldest of 1+2's children; 10's parents 20+21 have an older child 22.
    let f = family(
        &[
            (1, 1920),
            (2, 1921),
            (3, 1945),
            (4, 1947),
            (5, 1950),
            (10, 1946),
            (20, 1918),
            (21, 1919),
            (22, 1940),
            (30, 1970),
        ],
        &[(1, 1, Some(2), 0, &[5, 3, 4]), (2, 3, Some(10), 0, &[30]), (3, 20, Some(21), 0, &[10, 22])],
    );
    let l = assert_clean(&f);
    assert_birth_order(&l, &[3, 4, 5]);
    assert_birth_order(&l, &[22, 10]);
    assert_eq!(l.persons[&20].row, 0, "in-law parents above the in-law");
    assert_eq!(l.persons[&10].row, 1);
}

#[test]
fn in_law_without_parents_goes_on_the_row_of_their_partner() {
    // 10 has no parents in the drawing but marries a grandchild.
    let f = family(
        &[(1, 1920), (2, 1921), (3, 1945), (4, 1946), (5, 1970), (10, 1971), (6, 2000)],
        &[(1, 1, Some(2), 0, &[3]), (2, 3, Some(4), 0, &[5]), (3, 5, Some(10), 0, &[6])],
    );
    let l = assert_clean(&f);
    assert_eq!(l.persons[&10].row, 2);
    assert_eq!(l.persons[&4].row, 1);
    assert_eq!(l.persons[&6].row, 3);
}

#[test]
fn remarriage_with_half_siblings_on_both_sides() {
    // 1 marries 2 first, then 3. 2 had an earlier partner 4, 3 a later partner 5.
    let f = family(
        &[
            (1, 1950),
            (2, 1951),
            (3, 1955),
            (4, 1948),
            (5, 1954),
            (10, 1975),
            (11, 1977),
            (12, 1985),
            (13, 1987),
            (14, 1970),
            (15, 1995),
        ],
        &[
            (1, 1, Some(2), 1975, &[11, 10]),
            (2, 1, Some(3), 1984, &[12, 13]),
            (3, 4, Some(2), 1969, &[14]),
            (4, 3, Some(5), 1994, &[15]),
        ],
    );
    let l = assert_clean(&f);
    // Partners in chronological order along the row.
    assert_birth_order(&l, &[4, 2, 1, 3, 5]);
    // Half-siblings next to each other, each union's children under it.
    assert_birth_order(&l, &[14, 10, 11, 12, 13, 15]);
    for (u, kids) in [(1, [10, 11]), (2, [12, 13])] {
        let g = &l.unions[&u];
        for k in kids {
            let s = g.sibship.as_ref().unwrap();
            assert!(s.drops.iter().any(|d| d.child == k));
        }
    }
}

#[test]
fn twins_are_adjacent_under_one_apex() {
    let mut f = family(
        &[(1, 1950), (2, 1950), (3, 1975), (4, 1980), (5, 1980), (6, 1983), (7, 1979)],
        &[(1, 1, Some(2), 0, &[6, 5, 3, 4, 7])],
    );
    f.twin_groups.push(TwinGroup { members: vec![5, 4], identical: true });
    let l = assert_clean(&f);
    // Twins share a birth key and keep their listed order (5 before 4).
    assert_birth_order(&l, &[3, 7, 5, 4, 6]);
    let s = l.unions[&1].sibship.as_ref().unwrap();
    assert_eq!(s.twins.len(), 1);
    let apex = s.twins[0].apex;
    assert_eq!(apex.x, (x(&l, 4) + x(&l, 5)) / 2.0);
    assert!(s.twins[0].identical);
    for d in &s.drops {
        if d.child == 4 || d.child == 5 {
            assert_eq!(d.from, apex);
        } else {
            assert_eq!(d.from.x, d.to.x, "non-twins drop vertically");
        }
    }
}

#[test]
fn unknown_partner_gets_a_slot_and_single_parent_children_hang_below() {
    let mut f = family(&[(1, 1950), (2, 1975), (3, 1977), (4, 1980)], &[(1, 1, None, 0, &[2, 3])]);
    f.single_parent_links
        .push(SingleParentLink { parent: 1, child: FamilyChild { child: 4, kind: ChildKind::Foster } });
    let l = assert_clean(&f);
    let u = &l.unions[&1];
    let slot = u.unknown_partner.expect("placeholder");
    assert_eq!(slot.y, l.persons[&1].y);
    assert!((slot.x - x(&l, 1)).abs() >= 100.0);
    let s = &l.single_parents[&1];
    assert_eq!(s.drops[0].child, 4);
    assert_eq!(s.drops[0].kind, ChildKind::Foster);
    assert_eq!(l.persons[&4].row, 1);
}

#[test]
fn cousins_marrying_are_drawn_once() {
    // 1+2 have children 3 and 4; 3+5 have 7, 4+6 have 8; cousins 7 and 8 marry.
    let f = family(
        &[(1, 1900), (2, 1900), (3, 1925), (4, 1927), (5, 1926), (6, 1928), (7, 1950), (8, 1952), (9, 1980)],
        &[(1, 1, Some(2), 0, &[3, 4]), (2, 3, Some(5), 0, &[7]), (3, 4, Some(6), 0, &[8]), (4, 7, Some(8), 0, &[9])],
    );
    let l = run(&f);
    assert_eq!(l.persons.len(), 9);
    assert_eq!(count_overlaps(&l, &LayoutOptions::default()), 0);
    assert_eq!(l.persons[&7].row, l.persons[&8].row);
    assert_eq!(l.persons[&9].row, 3);
}

#[test]
fn disconnected_parts_sit_side_by_side() {
    let f = family(&[(1, 0), (2, 0), (3, 0), (7, 0), (8, 0)], &[(1, 1, Some(2), 0, &[3]), (2, 7, Some(8), 0, &[])]);
    let l = assert_clean(&f);
    assert!(x(&l, 7).min(x(&l, 8)) > x(&l, 1).max(x(&l, 2)).max(x(&l, 3)));
    assert_eq!(l.persons[&7].row, 0);
}

#[test]
fn loose_persons_of_a_genealogy_are_packed_under_the_family_not_in_a_strip() {
    // A family of 41 (a couple, five married children, three grandchildren each) and
    // 80 loose persons after it, as a genealogy import brings: in one line they made
    // the drawing a strip.
    let mut persons: Vec<(u32, i64)> = vec![(1, 1920), (2, 1922)];
    type Owned = (u32, u32, Option<u32>, i64, Vec<u32>);
    let mut unions: Vec<Owned> = vec![(1, 1, Some(2), 0, (3..8).collect())];
    let mut next = 8;
    for child in 3..8u32 {
        persons.push((child, 1945 + i64::from(child)));
        let partner = next;
        let kids: Vec<u32> = (next + 1..next + 4).collect();
        persons.push((partner, 1946));
        persons.extend(kids.iter().map(|&k| (k, 1975)));
        unions.push((child, child, Some(partner), 0, kids));
        next += 4;
    }
    let unions_ref: Vec<UnionSpec> = unions.iter().map(|(u, a, b, o, k)| (*u, *a, *b, *o, k.as_slice())).collect();
    let alone = run(&family(&persons, &unions_ref));
    let family_ids: Vec<u32> = persons.iter().map(|p| p.0).collect();
    let first = next;
    persons.extend((first..first + 80).map(|id| (id, 1900)));
    let l = run(&family(&persons, &unions_ref));
    let o = LayoutOptions::default();
    let one_line = (alone.bounds.width() + 80.0 * 200.0) / alone.bounds.height();
    let aspect = l.bounds.width() / l.bounds.height();
    assert!(one_line > 8.0 && aspect <= 4.0, "no wider than 4:1: {aspect} (one line: {one_line})");
    // The family is drawn as it is alone; the loose persons stand below it.
    assert!(family_ids
        .iter()
        .all(|id| alone.persons[id].x == l.persons[id].x && alone.persons[id].y == l.persons[id].y));
    let family_bottom = family_ids.iter().map(|id| l.persons[id].y).fold(f64::MIN, f64::max);
    assert!((first..first + 80).all(|id| l.persons[&id].y > family_bottom), "loose persons under the family");
    assert_eq!(count_overlaps(&l, &o), 0);
}

#[test]
fn person_partnered_with_own_child_still_gets_a_layout() {
    // Impossible data must not hang or panic; nobody is drawn twice.
    let f = family(&[(1, 0), (2, 0), (3, 0)], &[(1, 1, Some(2), 0, &[3]), (2, 3, Some(1), 1, &[])]);
    let l = run(&f);
    assert_eq!(l.persons.len(), 3);
    assert!(l.persons[&3].row > l.persons[&1].row.min(l.persons[&2].row));
}

#[test]
fn pinned_person_stays_and_others_make_room() {
    let f = family(&[(1, 1950), (2, 1952), (3, 1980), (4, 1975), (5, 1978)], &[(1, 1, Some(2), 0, &[3, 4, 5])]);
    let free = run(&f);
    let mut pins = Pins::new();
    let at = Point::new(free.persons[&5].x + 30.0, free.persons[&5].y);
    pins.pin(5, at);
    let o = LayoutOptions::default();
    let l = layout(&f, &pins, &o);
    assert_eq!(l.persons[&5].centre(), at);
    assert!(l.persons[&5].pinned);
    assert_eq!(count_overlaps(&l, &o), 0);
    assert_ne!(x(&l, 4), free.persons[&4].x, "neighbours moved around the pin");
    // Clearing pins = passing empty pins: back to the free layout.
    assert_eq!(layout(&f, &Pins::default(), &o), free);
}

#[test]
fn empty_family() {
    let l = run(&Family::default());
    assert!(l.persons.is_empty());
    assert_eq!(l.bounds, Bounds::default());
}

#[test]
fn dangling_references_are_ignored() {
    let mut f = family(&[(1, 0), (2, 0)], &[(1, 1, Some(99), 0, &[2, 98]), (2, 97, Some(1), 0, &[])]);
    f.twin_groups.push(TwinGroup { members: vec![2, 96], identical: false });
    let l = run(&f);
    assert_eq!(l.persons.len(), 2);
    assert!(l.unions[&1].unknown_partner.is_some(), "missing partner treated as unknown");
    assert!(!l.unions.contains_key(&2), "union without known first partner dropped");
}

#[test]
fn eldest_marrying_eldest_keeps_both_sibships_together() {
    // Eldest 3 of 1+2 marries eldest 10 of 20+21, who also has a younger child 11. In
    // birth order 10 would stand left of 11 and 3 left of 4, putting 3 between 10 and
    // 11 and both child bars on one line; instead each married child faces the other.
    let f = family(
        &[(1, 1920), (2, 1921), (3, 1945), (4, 1950), (10, 1944), (11, 1948), (20, 1918), (21, 1919)],
        &[(1, 1, Some(2), 0, &[3, 4]), (2, 20, Some(21), 0, &[10, 11]), (3, 3, Some(10), 0, &[])],
    );
    let l = assert_clean(&f);
    if x(&l, 10) < x(&l, 3) {
        assert_birth_order(&l, &[11, 10, 3, 4]);
    } else {
        assert_birth_order(&l, &[4, 3, 10, 11]);
    }
    let a = l.unions[&1].sibship.as_ref().unwrap();
    let b = l.unions[&2].sibship.as_ref().unwrap();
    assert!(a.x1.max(b.x1) >= a.x2.min(b.x2), "child bars side by side: {a:?} {b:?}");
}
