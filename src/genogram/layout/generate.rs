//! Seeded random families for property tests and the benchmark.
//!
//! Deterministic for a given seed and options (own SplitMix64, no RNG crate). Families
//! grow clan by clan: a root couple, then generation by generation each blood
//! relative may stay single, marry once or remarry, with partners who marry in
//! (sometimes with their own parents and a sibling), unknown partners, cousins, or
//! someone from an earlier clan; unions get 1–3 children with twins, adoptions,
//! foster children and miscarriages; some children come from single parents.

use super::types::{ChildKind, Family, FamilyChild, FamilyPerson, FamilyUnion, SingleParentLink, TwinGroup};

/// SplitMix64: tiny, fast and good enough for test data.
#[derive(Clone, Debug)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p && p > 0.0
    }
}

/// Knobs of [`generate`]; rates are probabilities per opportunity.
#[derive(Clone, Debug, PartialEq)]
pub struct GenerateOptions {
    /// Stop adding persons once this many exist (a few more may follow to finish a
    /// sibship).
    pub persons: usize,
    /// Generations per clan (the notation's practical limit is 7).
    pub generations: usize,
    /// A blood relative with a union marries a second time.
    pub remarriage: f64,
    /// A blood relative stays without partner or children.
    pub single: f64,
    /// Children come from a single parent instead of a union.
    pub single_parent: f64,
    /// The partner is unknown.
    pub unknown_partner: f64,
    /// The partner is an unmarried cousin from the same clan and generation.
    pub cousin_marriage: f64,
    /// The partner comes from an earlier clan (links clans into one family).
    pub cross_clan: f64,
    /// A partner who marries in brings their own parents (and maybe a sibling).
    pub in_law_parents: f64,
    /// Two consecutive children are twins.
    pub twins: f64,
    /// A child is adopted.
    pub adoption: f64,
    /// A child is a foster child.
    pub foster: f64,
    /// A child is a miscarriage (small symbol).
    pub miscarriage: f64,
    /// List children in random order (the layout must sort them by birth order).
    pub shuffle_children: bool,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        GenerateOptions {
            persons: 60,
            generations: 4,
            remarriage: 0.15,
            single: 0.2,
            single_parent: 0.05,
            unknown_partner: 0.05,
            cousin_marriage: 0.03,
            cross_clan: 0.05,
            in_law_parents: 0.2,
            twins: 0.08,
            adoption: 0.05,
            foster: 0.03,
            miscarriage: 0.04,
            shuffle_children: true,
        }
    }
}

impl GenerateOptions {
    /// Defaults with a target size and number of generations.
    pub fn sized(persons: usize, generations: usize) -> Self {
        GenerateOptions { persons, generations, ..Default::default() }
    }
}

struct Gen {
    rng: SplitMix64,
    fam: Family,
    next_person: u32,
    next_union: u32,
    /// Birth key per person id (year-like).
    born: Vec<i64>,
    /// Unmarried blood relatives per (clan, generation).
    free: Vec<Vec<Vec<u32>>>,
    /// Parents' union (or single parent) per person, to avoid sibling marriages.
    origin: Vec<Option<(bool, u32)>>,
}

impl Gen {
    fn person(&mut self, born: i64, small: bool) -> u32 {
        self.next_person += 1;
        let id = self.next_person;
        let mut p = FamilyPerson::new(id).born(born);
        if small {
            p = p.small();
        }
        self.fam.persons.push(p);
        self.born.push(born);
        self.origin.push(None);
        id
    }

    fn union(&mut self, a: u32, b: Option<u32>, order: i64) -> usize {
        self.next_union += 1;
        self.fam.unions.push(FamilyUnion { id: self.next_union, partners: (a, b), order, children: Vec::new() });
        self.fam.unions.len() - 1
    }

    fn born_of(&self, id: u32) -> i64 {
        self.born[id as usize - 1]
    }

    /// Make 1–3 children (new persons) born after `base`; returns them oldest first.
    fn children(&mut self, base: i64, o: &GenerateOptions) -> Vec<(u32, ChildKind)> {
        let k = 1 + self.rng.below(3);
        let mut out = Vec::new();
        let mut year = base + 20 + self.rng.below(8) as i64;
        let mut twin_with: Option<u32> = None;
        for _ in 0..k {
            let small = self.rng.chance(o.miscarriage);
            let kind = if self.rng.chance(o.adoption) {
                ChildKind::Adopted
            } else if self.rng.chance(o.foster) {
                ChildKind::Foster
            } else {
                ChildKind::Biological
            };
            let id = self.person(year, small);
            if let Some(t) = twin_with.take() {
                self.fam.twin_groups.push(TwinGroup { members: vec![t, id], identical: self.rng.chance(0.3) });
                year += 1 + self.rng.below(4) as i64;
            } else {
                year += 1 + self.rng.below(4) as i64;
                if !small && kind == ChildKind::Biological && self.rng.chance(o.twins) {
                    twin_with = Some(id);
                    // Twins share a birth key.
                    year = self.born_of(id);
                }
            }
            out.push((id, kind));
        }
        if o.shuffle_children {
            for i in (1..out.len()).rev() {
                let j = self.rng.below(i + 1);
                out.swap(i, j);
            }
        }
        out
    }
}

/// A random family; see the module docs for what it contains.
pub fn generate(seed: u64, o: &GenerateOptions) -> Family {
    let generations = o.generations.max(1);
    let mut g = Gen {
        rng: SplitMix64::new(seed ^ 0x005E_ED0F_4B1E),
        fam: Family::default(),
        next_person: 0,
        next_union: 0,
        born: Vec::new(),
        free: Vec::new(),
        origin: Vec::new(),
    };
    let full = |g: &Gen| g.fam.persons.len() >= o.persons;
    while !full(&g) {
        let clan = g.free.len();
        g.free.push(vec![Vec::new(); generations]);
        let base = 1900 + g.rng.below(20) as i64;
        let a = g.person(base, false);
        let b = g.person(base + 1, false);
        let mut current = vec![(a, Some(b))];
        for gen in 0..generations {
            let mut next: Vec<(u32, Option<u32>)> = Vec::new();
            for &(p, partner) in &current {
                if full(&g) {
                    break;
                }
                // Blood relatives of the first generation arrive as a couple.
                let mut partners: Vec<Option<u32>> = Vec::new();
                if let Some(q) = partner {
                    partners.push(Some(q));
                } else if g.rng.chance(o.single) || gen + 1 == generations && g.rng.chance(0.5) {
                    g.free[clan][gen].retain(|&x| x != p);
                    continue;
                } else {
                    partners.push(None);
                    if g.rng.chance(o.remarriage) {
                        partners.push(None);
                    }
                }
                g.free[clan][gen].retain(|&x| x != p);
                for (k, slot) in partners.into_iter().enumerate() {
                    let born_p = g.born_of(p);
                    let order = born_p + 20 + 10 * k as i64;
                    let last_gen = gen + 1 == generations;
                    if slot.is_none() && !last_gen && g.rng.chance(o.single_parent) {
                        // Children without a drawn union.
                        for (c, kind) in g.children(born_p, o) {
                            g.fam
                                .single_parent_links
                                .push(SingleParentLink { parent: p, child: FamilyChild { child: c, kind } });
                            g.origin[c as usize - 1] = Some((false, p));
                            next.push((c, None));
                        }
                        continue;
                    }
                    let q = match slot {
                        Some(q) => Some(q),
                        None => choose_partner(&mut g, o, clan, gen, p),
                    };
                    let ui = g.union(p, q, order);
                    if last_gen {
                        continue;
                    }
                    let kids = g.children(born_p, o);
                    let uid = g.fam.unions[ui].id;
                    for &(c, _) in &kids {
                        g.origin[c as usize - 1] = Some((true, uid));
                        next.push((c, None));
                    }
                    g.fam.unions[ui].children =
                        kids.into_iter().map(|(child, kind)| FamilyChild { child, kind }).collect();
                }
            }
            if gen + 1 < generations {
                for &(c, _) in &next {
                    g.free[clan][gen + 1].push(c);
                }
            }
            current = next;
        }
    }
    g.fam
}

/// A partner for blood relative `p` of `clan` at generation `gen`: unknown, a cousin,
/// someone from an earlier clan, or a new person (maybe with parents and a sibling).
fn choose_partner(g: &mut Gen, o: &GenerateOptions, clan: usize, gen: usize, p: u32) -> Option<u32> {
    if g.rng.chance(o.unknown_partner) {
        return None;
    }
    let origin_p = g.origin[p as usize - 1];
    if g.rng.chance(o.cousin_marriage) {
        let cands: Vec<u32> =
            g.free[clan][gen].iter().copied().filter(|&c| c != p && g.origin[c as usize - 1] != origin_p).collect();
        if !cands.is_empty() {
            let c = cands[g.rng.below(cands.len())];
            g.free[clan][gen].retain(|&x| x != c);
            return Some(c);
        }
    }
    if clan > 0 && g.rng.chance(o.cross_clan) {
        let other = g.rng.below(clan);
        if gen < g.free[other].len() && !g.free[other][gen].is_empty() {
            let list = &g.free[other][gen];
            let c = list[g.rng.below(list.len())];
            g.free[other][gen].retain(|&x| x != c);
            return Some(c);
        }
    }
    let born = g.born_of(p) + g.rng.below(5) as i64 - 2;
    let q = g.person(born, false);
    // Not in the first generation: parents there would add an eighth row.
    if gen > 0 && g.rng.chance(o.in_law_parents) {
        let pa = g.person(born - 28, false);
        let pb = g.person(born - 26, false);
        let ui = g.union(pa, Some(pb), born - 2);
        let mut kids = vec![FamilyChild::biological(q)];
        if g.rng.chance(0.5) {
            let sib = g.person(born + 2, false);
            kids.push(FamilyChild::biological(sib));
        }
        let uid = g.fam.unions[ui].id;
        for k in &kids {
            g.origin[k.child as usize - 1] = Some((true, uid));
        }
        g.fam.unions[ui].children = kids;
    }
    Some(q)
}
