//! Property tests over generated ordinary families: both families of origin, in-laws
//! with their own parents and siblings, remarriages and cousin marriages. Every one
//! must keep its sibships together and its child bars apart.

use proptest::prelude::*;

use super::super::generate::SplitMix64;
use super::super::quality::count_overlaps;
use super::super::readability::readability;
use super::*;

struct Builder {
    rng: SplitMix64,
    f: Family,
    next_person: u32,
    next_union: u32,
}

impl Builder {
    fn person(&mut self, born: i64) -> u32 {
        self.next_person += 1;
        self.f.persons.push(FamilyPerson::new(self.next_person).born(born));
        self.next_person
    }

    fn union(&mut self, a: u32, b: Option<u32>, order: i64, children: &[u32]) {
        self.next_union += 1;
        self.f.unions.push(FamilyUnion {
            id: self.next_union,
            partners: (a, b),
            order,
            children: children.iter().map(|&c| FamilyChild::biological(c)).collect(),
        });
    }

    /// A couple born around `year` with `n` children, listed in random order; returns
    /// the children oldest first.
    fn family_of_origin(&mut self, year: i64, n: usize) -> Vec<u32> {
        let (a, b) = (self.person(year), self.person(year + 2));
        let mut kids: Vec<u32> = Vec::new();
        let mut born = year + 24;
        for _ in 0..n {
            born += 1 + self.rng.below(3) as i64;
            kids.push(self.person(born));
        }
        let mut listed = kids.clone();
        for i in (1..listed.len()).rev() {
            let j = self.rng.below(i + 1);
            listed.swap(i, j);
        }
        self.union(a, Some(b), year + 22, &listed);
        kids
    }

    fn born(&self, id: u32) -> i64 {
        self.f.persons.iter().find(|p| p.id == id).and_then(|p| p.birth_order).unwrap_or(0)
    }

    /// Children of `a` and `b`.
    fn children(&mut self, a: u32, b: Option<u32>, n: usize) -> Vec<u32> {
        let base = self.born(a) + 25;
        let kids: Vec<u32> = (0..n).map(|k| self.person(base + 2 * k as i64)).collect();
        self.union(a, b, base - 1, &kids);
        kids
    }
}

/// Two families of origin (2–4 children each) joined by a marriage, and around them
/// at random: another child marrying an in-law who brings parents and siblings, a
/// child marrying someone without family, a remarriage, and two cousins marrying.
fn ordinary(seed: u64) -> Family {
    let mut g = Builder { rng: SplitMix64::new(seed), f: Family::default(), next_person: 0, next_union: 0 };
    let n_a = 2 + g.rng.below(3);
    let n_b = 2 + g.rng.below(3);
    let a = g.family_of_origin(1930, n_a);
    let year = 1931 + g.rng.below(3) as i64;
    let b = g.family_of_origin(year, n_b);
    let (i, j) = (g.rng.below(n_a), g.rng.below(n_b));
    let couple_kids = 1 + g.rng.below(3);
    let grandchildren = g.children(a[i], Some(b[j]), couple_kids);
    // Another of A's children marries into a third family with parents and siblings.
    let others: Vec<u32> = a.iter().copied().filter(|&c| c != a[i]).collect();
    let mut cousins = Vec::new();
    if g.rng.chance(0.6) {
        let k = others[g.rng.below(others.len())];
        let (year, n) = (1928 + g.rng.below(6) as i64, 1 + g.rng.below(3));
        let c = g.family_of_origin(year, n);
        let partner = c[g.rng.below(c.len())];
        let n = 1 + g.rng.below(2);
        cousins = g.children(k, Some(partner), n);
    }
    // One of B's other children marries someone without a family drawn, maybe twice.
    let b_others: Vec<u32> = b.iter().copied().filter(|&c| c != b[j]).collect();
    if g.rng.chance(0.6) {
        let k = b_others[g.rng.below(b_others.len())];
        let first = g.person(g.born(k));
        let n = 1 + g.rng.below(2);
        g.children(k, Some(first), n);
        if g.rng.chance(0.5) {
            let second = g.person(g.born(k) + 3);
            let order = g.born(k) + 40;
            let kid = g.person(g.born(k) + 42);
            g.union(k, Some(second), order, &[kid]);
        }
    }
    // The couple's eldest remarries.
    if g.rng.chance(0.3) {
        let second = g.person(g.born(a[i]) + 5);
        let kid = g.person(g.born(a[i]) + 40);
        g.union(a[i], Some(second), g.born(a[i]) + 35, &[kid]);
    }
    // Cousins marry.
    if !cousins.is_empty() && g.rng.chance(0.5) {
        let (x, y) = (grandchildren[g.rng.below(grandchildren.len())], cousins[g.rng.below(cousins.len())]);
        let kid = g.person(g.born(x).max(g.born(y)) + 25);
        g.union(x, Some(y), g.born(x) + 24, &[kid]);
    }
    g.f
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn ordinary_families_read_as_drawn_by_hand(seed in any::<u64>()) {
        let f = ordinary(seed);
        let l = run(&f);
        let o = LayoutOptions::default();
        let r = readability(&l, &o);
        prop_assert_eq!(r.interleaved_sibships, 0, "{:?} in {:?}", r, f);
        prop_assert_eq!(r.shared_child_bars, 0, "{:?} in {:?}", r, f);
        prop_assert_eq!(count_overlaps(&l, &o), 0);
    }
}

/// Several founder families (3–5) over four or five generations, whose children marry
/// each other where one of another line is free and of an age, else someone without a
/// family drawn: the file a trainer brings of a village or a clan. Rows then hold many
/// sibships joined by marriages in rings and stars, which no single row order can keep
/// all side by side.
fn intermarried(seed: u64) -> Family {
    let mut g = Builder { rng: SplitMix64::new(seed), f: Family::default(), next_person: 0, next_union: 0 };
    let founders = 3 + g.rng.below(3);
    let generations = 3 + g.rng.below(2);
    // (partner a, partner b, founder line)
    let mut couples: Vec<(u32, u32, usize)> = (0..founders)
        .map(|line| {
            let year = 1880 + g.rng.below(6) as i64;
            (g.person(year), g.person(year + 1), line)
        })
        .collect();
    for generation in 1..generations {
        let mut kids: Vec<(u32, usize)> = Vec::new();
        for &(a, b, line) in &couples {
            let n = if generation == 1 { 2 + g.rng.below(3) } else { g.rng.below(5) };
            for c in g.children(a, Some(b), n) {
                kids.push((c, line));
            }
        }
        if generation + 1 == generations {
            break;
        }
        for i in (1..kids.len()).rev() {
            let j = g.rng.below(i + 1);
            kids.swap(i, j);
        }
        let mut taken = vec![false; kids.len()];
        couples.clear();
        for i in 0..kids.len() {
            if taken[i] || g.rng.chance(0.2) {
                continue;
            }
            taken[i] = true;
            let (k, line) = kids[i];
            let other = if g.rng.chance(0.6) {
                (0..kids.len()).find(|&j| !taken[j] && kids[j].1 != line && (g.born(kids[j].0) - g.born(k)).abs() < 8)
            } else {
                None
            };
            let partner = match other {
                Some(j) => {
                    taken[j] = true;
                    kids[j].0
                }
                None => g.person(g.born(k) + 1),
            };
            couples.push((k, partner, line));
        }
    }
    g.f
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    /// Intermarrying families keep every sibship whole and every child bar apart: a
    /// couple that cannot stand between both families stands apart (a union line over
    /// the siblings between them), and overlapping bars take their own heights.
    #[test]
    fn intermarrying_families_keep_sibships_whole(seed in any::<u64>()) {
        let f = intermarried(seed);
        let l = run(&f);
        let o = LayoutOptions::default();
        let r = readability(&l, &o);
        prop_assert_eq!(r.interleaved_sibships, 0, "{:?}", r);
        prop_assert_eq!(r.shared_child_bars, 0, "{:?}", r);
        prop_assert_eq!(count_overlaps(&l, &o), 0);
    }
}
