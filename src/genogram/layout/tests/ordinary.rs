//! Ordinary families as a professional draws them: both families of origin, in-laws
//! with their own parents and siblings, cousin marriages, remarriages. Every one must
//! read the way it is drawn by hand: sibships together, child bars apart.

use super::super::quality::{count_crossings, count_overlaps};
use super::super::readability::{readability, Readability};
use super::*;

/// Ids of the "both families of origin" family.
pub(crate) struct BothFamilies {
    pub family: Family,
    /// Children of grandparents A (1 + 2), oldest first.
    pub a_children: Vec<u32>,
    /// Children of grandparents B (3 + 4), oldest first.
    pub b_children: Vec<u32>,
}

/// Grandparents A (1930/1932) with `n_a` children born 1955, 1957, …, grandparents B
/// (1931/1933) with `n_b` children born 1956, 1958, …; A's child `i` marries B's child
/// `j` (indices, oldest 0) and they have two children. With `b_first` the B family
/// gets the smaller ids (the layout starts its walk at the smallest id).
pub(crate) fn both_families(n_a: usize, n_b: usize, i: usize, j: usize, b_first: bool) -> BothFamilies {
    let (ga, gb) = if b_first { ((3, 4), (1, 2)) } else { ((1, 2), (3, 4)) };
    let (ca, cb) = if b_first { (20, 10) } else { (10, 20) };
    let a_children: Vec<u32> = (0..n_a as u32).map(|k| ca + k).collect();
    let b_children: Vec<u32> = (0..n_b as u32).map(|k| cb + k).collect();
    let mut persons = vec![(ga.0, 1930), (ga.1, 1932), (gb.0, 1931), (gb.1, 1933), (30, 1985), (31, 1988)];
    persons.extend(a_children.iter().enumerate().map(|(k, &c)| (c, 1955 + 2 * k as i64)));
    persons.extend(b_children.iter().enumerate().map(|(k, &c)| (c, 1956 + 2 * k as i64)));
    let family = family(
        &persons,
        &[
            (1, ga.0, Some(ga.1), 1954, &a_children),
            (2, gb.0, Some(gb.1), 1955, &b_children),
            (3, a_children[i], Some(b_children[j]), 1980, &[30, 31]),
        ],
    );
    BothFamilies { family, a_children, b_children }
}

/// Like the public 23-person family: Peter (1) and Fatima (2) with Noah and Lisa;
/// Peter's parents and sisters Els (married to Kees from a third family, whose
/// parents and brother are drawn) and Sandra (married to Mo, the only child of an
/// in-law couple); Fatima is the fifth of nine children.
///
/// Three of Peter's parents' children marry into drawn families, so one of them
/// (Sandra, the youngest) stands inside the sibship and her in-laws' line to Mo must
/// cross the sibship's child bar: one drop line over a bar is what a hand drawing
/// needs too.
pub(crate) fn large_family() -> Family {
    family(
        &[
            (1, 1975),
            (2, 1977),
            (3, 2005),
            (4, 2008),
            (10, 1945),
            (11, 1947),
            (12, 1972),
            (13, 1979),
            (14, 1970),
            (15, 1940),
            (16, 1942),
            (17, 1968),
            (18, 2000),
            (19, 1978),
            (40, 1950),
            (41, 1952),
            (42, 2010),
            (20, 1948),
            (21, 1950),
            (22, 1970),
            (23, 1971),
            (24, 1973),
            (25, 1975),
            (26, 1979),
            (27, 1981),
            (28, 1983),
            (29, 1985),
        ],
        &[
            (1, 1, Some(2), 2003, &[3, 4]),
            (2, 10, Some(11), 1970, &[12, 1, 13]),
            (3, 12, Some(14), 1998, &[18]),
            (4, 15, Some(16), 1966, &[17, 14]),
            (5, 20, Some(21), 1969, &[22, 23, 24, 25, 2, 26, 27, 28, 29]),
            (6, 13, Some(19), 2008, &[42]),
            (7, 40, Some(41), 1976, &[19]),
        ],
    )
}

/// Grandparents 1 + 2 with three children; two of them have two children each, and
/// the younger cousins (8 and 11) marry.
pub(crate) fn cousin_marriage() -> Family {
    family(
        &[
            (1, 1900),
            (2, 1902),
            (3, 1925),
            (4, 1927),
            (5, 1929),
            (6, 1926),
            (9, 1928),
            (7, 1950),
            (8, 1952),
            (10, 1951),
            (11, 1953),
            (12, 1980),
        ],
        &[
            (1, 1, Some(2), 1924, &[3, 4, 5]),
            (2, 3, Some(6), 1949, &[7, 8]),
            (3, 4, Some(9), 1950, &[10, 11]),
            (4, 8, Some(11), 1975, &[12]),
        ],
    )
}

/// Both families of origin, and A's eldest (10) remarries: first B's eldest (20), then
/// 40, who has no family drawn; children of both unions.
pub(crate) fn remarriage() -> Family {
    let mut f = both_families(3, 3, 0, 0, false).family;
    f.persons.push(FamilyPerson::new(40).born(1958));
    f.persons.push(FamilyPerson::new(41).born(1992));
    f.unions.push(FamilyUnion {
        id: 4,
        partners: (10, Some(40)),
        order: 1990,
        children: vec![FamilyChild::biological(41)],
    });
    f
}

/// Every ordinary fixture with a name: both families at 2–4 children per side with
/// every choice of who marries whom (and either family first by id), and the others.
pub(crate) fn all() -> Vec<(String, Family)> {
    let mut out = Vec::new();
    for n_a in 2..=4 {
        for n_b in 2..=4 {
            for i in 0..n_a {
                for j in 0..n_b {
                    for b_first in [false, true] {
                        let name = format!("both families {n_a}x{n_b}, A{i} marries B{j}, b_first {b_first}");
                        out.push((name, both_families(n_a, n_b, i, j, b_first).family));
                    }
                }
            }
        }
    }
    out.push(("large family".into(), large_family()));
    out.push(("cousin marriage".into(), cousin_marriage()));
    out.push(("remarriage".into(), remarriage()));
    out
}

fn measure(f: &Family) -> (Layout, Readability) {
    let l = run(f);
    let r = readability(&l, &LayoutOptions::default());
    (l, r)
}

#[test]
fn ordinary_families_keep_sibships_together_and_bars_apart() {
    let (mut interleaved, mut shared, mut drops, mut bad) = (0, 0, 0, Vec::new());
    for (name, f) in all() {
        let (l, r) = measure(&f);
        interleaved += r.interleaved_sibships;
        shared += r.shared_child_bars;
        drops += r.drop_lines_crossing_bars;
        let allowed_drops = if name == "large family" { 1 } else { 0 };
        if r.interleaved_sibships + r.shared_child_bars > 0 || r.drop_lines_crossing_bars > allowed_drops {
            bad.push(format!("{name}: {r:?}"));
        }
        assert_eq!(count_overlaps(&l, &LayoutOptions::default()), 0, "{name}: overlaps");
    }
    eprintln!(
        "ordinary fixtures: {interleaved} interleaved sibships, {shared} shared bars, {drops} drops over bars; {} of {} bad",
        bad.len(),
        all().len()
    );
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn married_in_children_face_their_partner_and_the_rest_keep_birth_order() {
    // A's middle child marries B's middle child (3 x 3): B's middle child stands at the
    // right end of B's sibship, next to A's middle child at the left end of A's.
    let both = both_families(3, 3, 1, 1, false);
    let l = run(&both.family);
    let (a, b) = (&both.a_children, &both.b_children);
    let order = |ids: &[u32]| {
        let mut v: Vec<u32> = ids.to_vec();
        v.sort_by(|p, q| x(&l, *p).total_cmp(&x(&l, *q)));
        v
    };
    let all: Vec<u32> = a.iter().chain(b).copied().collect();
    let row = order(&all);
    let (b_side, a_side) = if x(&l, b[1]) < x(&l, a[1]) { (&row[..3], &row[3..]) } else { (&row[3..], &row[..3]) };
    if x(&l, b[1]) < x(&l, a[1]) {
        assert_eq!(b_side, [b[0], b[2], b[1]], "B's others in birth order, the married one at the edge");
        assert_eq!(a_side, [a[1], a[0], a[2]]);
    } else {
        assert_eq!(a_side, [a[0], a[2], a[1]]);
        assert_eq!(b_side, [b[1], b[0], b[2]]);
    }
    assert_eq!(count_crossings(&l), 0);
}

#[test]
fn the_eldest_marrying_the_eldest_reads_as_two_families() {
    let both = both_families(3, 3, 0, 0, false);
    let (l, r) = measure(&both.family);
    assert_eq!(r.interleaved_sibships, 0, "{r:?}");
    assert_eq!(r.shared_child_bars, 0, "{r:?}");
    assert_eq!(count_crossings(&l), 0);
    // The grandchildren hang under their parents' union, between the two families.
    let u = &l.unions[&3];
    assert!(u.x1 < x(&l, 30) + 60.0 && x(&l, 31) - 60.0 < u.x2, "grandchildren under their parents");
}

#[test]
fn strict_birth_order_keeps_every_sibship_oldest_left() {
    // A's middle child marries B's middle child: in strict order both stand in their
    // birth place, the union line passing lower under the siblings between them.
    let mut both = both_families(3, 3, 1, 1, false);
    both.family.strict_birth_order = true;
    let (l, r) = measure(&both.family);
    for ids in [&both.a_children, &both.b_children] {
        for w in ids.windows(2) {
            assert!(x(&l, w[0]) < x(&l, w[1]), "{} left of {}", w[0], w[1]);
        }
    }
    assert_eq!(r.interleaved_sibships, 0, "{r:?}");
    assert_eq!(r.shared_child_bars, 0, "{r:?}");
    let o = LayoutOptions::default();
    assert_eq!(count_overlaps(&l, &o), 0);
    let u = &l.unions[&3];
    assert!(u.x2 - u.x1 > 1.5 * o.min_distance, "partners apart: {u:?}");
    assert!(u.y > l.persons[&both.a_children[1]].y + o.union_offset, "union line lower than a plain one");
    // Off again: the married children stand side by side.
    both.family.strict_birth_order = false;
    let l = run(&both.family);
    let u = &l.unions[&3];
    assert_eq!(u.x2 - u.x1, o.min_distance);
}

/// A kwartierstaat: person 1 and their ancestors over `gens` generations, no siblings.
/// Ids are given generation by generation (the walk starts at the top row's smallest
/// id, a great-grandparent on the father's father's side).
fn kwartierstaat(gens: u32) -> Family {
    let mut persons: Vec<(u32, i64)> = vec![(1, 1990)];
    // (union id, father, mother, order, the one child)
    let mut unions: Vec<(u32, u32, u32, i64, [u32; 1])> = Vec::new();
    let mut frontier: Vec<(u32, i64)> = vec![(1, 1990)];
    let mut next_id = 2;
    for _ in 1..gens {
        let mut next = Vec::new();
        for &(child, born) in &frontier {
            let (f, m) = (next_id, next_id + 1);
            next_id += 2;
            persons.push((f, born - 28));
            persons.push((m, born - 26));
            unions.push((unions.len() as u32 + 1, f, m, born - 2, [child]));
            next.push((f, born - 28));
            next.push((m, born - 26));
        }
        frontier = next;
    }
    let unions: Vec<super::UnionSpec> = unions.iter().map(|(u, a, b, y, c)| (*u, *a, Some(*b), *y, &c[..])).collect();
    family(&persons, &unions)
}

#[test]
fn a_kwartierstaat_has_no_crossings() {
    // Ancestors over 4 and 5 generations: the walk left 3 and 12 crossings (great-
    // grandparents above the wrong grandchild) before the upward barycentre sweep.
    for gens in 2..=5 {
        let (l, r) = measure(&kwartierstaat(gens));
        assert_eq!(count_crossings(&l), 0, "{gens} generations");
        assert_eq!(r.drop_lines_crossing_bars, 0, "{gens} generations");
    }
}
