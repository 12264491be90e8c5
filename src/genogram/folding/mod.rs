//! Folding ("Inklappen"): which persons of a large family are drawn around a focus
//! person, and how many each folded branch hides (the "+N" markers).
//!
//! Pure: reads a [`Genogram`] and its stored [`Folding`]; the drawing lays out only the
//! visible persons ([`folded_copy`]), so the drawing gets smaller, unlike the
//! Peiljaar, which hides persons but keeps the whole family's positions.

use crate::genogram::model::{Folding, Genogram, PersonId};
use std::collections::{BTreeMap, BTreeSet, VecDeque};

#[cfg(test)]
mod at_year_tests;
#[cfg(test)]
mod tests;

/// Who is drawn when folding is on, and what is folded away.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Visibility {
    /// The focus person actually used (see [`visibility`] for the fallbacks).
    pub focus: Option<PersonId>,
    /// The persons drawn.
    pub visible: BTreeSet<PersonId>,
    /// Per visible person: how many hidden persons their folded branches hold (the
    /// "+N" marker). Only persons with a folded branch appear.
    pub folded: BTreeMap<PersonId, usize>,
    /// Per hidden person: the visible person whose marker unfolds them.
    pub anchor: BTreeMap<PersonId, PersonId>,
    /// Hidden persons not related to anyone drawn (a separate part of the file): no
    /// marker reaches them; focusing on one of them shows them.
    pub unattached: usize,
    /// Those separate parts, largest first: a person to focus on in each (the one with
    /// the most relatives, the lowest id on a tie) and how many persons the part holds.
    pub parts: Vec<(PersonId, usize)>,
}

impl Visibility {
    /// Whether this person is drawn.
    pub fn is_visible(&self, p: PersonId) -> bool {
        self.visible.contains(&p)
    }

    /// How many persons are not drawn.
    pub fn hidden(&self) -> usize {
        self.anchor.len() + self.unattached
    }
}

/// Family links as an adjacency list: parents, children and partners of each person.
pub(crate) fn neighbours(g: &Genogram) -> BTreeMap<PersonId, BTreeSet<PersonId>> {
    let mut n: BTreeMap<PersonId, BTreeSet<PersonId>> = g.person_ids().map(|p| (p, BTreeSet::new())).collect();
    let mut link = |a: PersonId, b: PersonId| {
        if a != b {
            n.entry(a).or_default().insert(b);
            n.entry(b).or_default().insert(a);
        }
    };
    for (_, u) in g.unions() {
        if let Some(b) = u.partner_b {
            link(u.partner_a, b);
        }
    }
    for (_, l) in g.child_links() {
        for parent in g.parent_persons(l.parent) {
            link(parent, l.child);
        }
    }
    n
}

/// The persons drawn around the focus, and the folded branches.
///
/// The rule, as a family therapist reads a genogram around one person:
/// * the **focus line**: the focus person, their ancestors up to `up` generations
///   (parents, grandparents, …) and descendants down to `down` generations;
/// * **siblings** of the focus person and of every ancestor whose own parents are
///   drawn (generations below `up`): brothers and sisters, aunts and uncles,
///   great-aunts, each standing under their drawn parents. Their children (cousins)
///   are folded behind the sibling's marker;
/// * **partners** of everyone above (all unions, also former ones), so no union line
///   ends at nobody. A partner's own family is folded behind the partner's marker.
///
/// Every other person is hidden. Hidden persons connected to each other by parent,
/// child or partner links form a branch; the branch's marker stands at the drawn person
/// next to it who is a blood relative in the focus line or a sibling (else a partner),
/// the lowest id on a tie, so a couple's children are counted once. A person in
/// `unfolded` shows their whole marked branch. Persons in `shown` (opened one step at a
/// time, see [`step`]) are drawn too, as long as a drawn relative still leads to them
/// from the focus line. The focus person is the stored one; when that person no longer
/// exists, the index person, else the first person.
pub fn visibility(g: &Genogram, folding: &Folding) -> Visibility {
    let focus = Some(folding.focus.person)
        .filter(|&p| g.contains_person(p))
        .or_else(|| g.index_person())
        .or_else(|| g.person_ids().next());
    let Some(focus) = focus else { return Visibility::default() };
    let (up, down) = (folding.focus.up as usize, folding.focus.down as usize);

    // The focus line, upwards by generation so siblings know whether their parents show.
    let mut core: BTreeSet<PersonId> = BTreeSet::from([focus]);
    let mut level = vec![focus];
    for _ in 0..up {
        let mut next = Vec::new();
        for &p in &level {
            for parent in g.parents(p) {
                if core.insert(parent) {
                    next.push(parent);
                }
            }
        }
        // The persons at this level have their parents drawn: their siblings stand with them.
        for &p in &level {
            core.extend(g.siblings(p));
        }
        level = next;
    }
    let mut level = vec![focus];
    for _ in 0..down {
        let mut next = Vec::new();
        for &p in &level {
            for child in g.children(p) {
                if core.insert(child) {
                    next.push(child);
                }
            }
        }
        level = next;
    }
    let mut visible = core.clone();
    for &p in &core {
        visible.extend(g.partners(p));
    }
    let links = neighbours(g);
    // Persons opened step by step, reached from the focus line through drawn persons
    // only: after a smaller reach or a deleted link, one cut loose would float alone.
    let mut queue: VecDeque<PersonId> = visible.iter().copied().collect();
    while let Some(p) = queue.pop_front() {
        for &q in links.get(&p).into_iter().flatten() {
            if folding.shown.contains(&q) && visible.insert(q) {
                queue.push_back(q);
            }
        }
    }

    // Branches: connected hidden parts, each with the drawn person whose marker opens it.
    let mut out = Visibility { focus: Some(focus), ..Visibility::default() };
    let mut seen: BTreeSet<PersonId> = BTreeSet::new();
    let mut opened: Vec<PersonId> = Vec::new();
    for &start in links.keys() {
        if visible.contains(&start) || !seen.insert(start) {
            continue;
        }
        let mut branch = vec![start];
        let mut edge: BTreeSet<PersonId> = BTreeSet::new();
        let mut queue = VecDeque::from([start]);
        while let Some(p) = queue.pop_front() {
            for &q in links.get(&p).into_iter().flatten() {
                if visible.contains(&q) {
                    edge.insert(q);
                } else if seen.insert(q) {
                    branch.push(q);
                    queue.push_back(q);
                }
            }
        }
        // Blood relatives before partners, then the lowest id.
        let Some(&anchor) = edge.iter().find(|p| core.contains(p)).or_else(|| edge.iter().next()) else {
            out.unattached += branch.len();
            let centre = branch.iter().copied().max_by_key(|p| (links[p].len(), std::cmp::Reverse(*p)));
            out.parts.extend(centre.map(|c| (c, branch.len())));
            continue;
        };
        if folding.unfolded.contains(&anchor) {
            opened.extend(branch);
        } else {
            *out.folded.entry(anchor).or_default() += branch.len();
            out.anchor.extend(branch.into_iter().map(|p| (p, anchor)));
        }
    }
    visible.extend(opened);
    out.visible = visible;
    out.parts.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
    out
}

/// One step of unfolding at a drawn person's "+N" marker: their folded parents,
/// children, partners and siblings (those the marker counts), so the drawing grows by
/// one generation around them and what lies further gets markers of its own. Empty when
/// the person has no marker.
pub fn step(g: &Genogram, v: &Visibility, person: PersonId) -> BTreeSet<PersonId> {
    let behind = |q: &PersonId| v.anchor.get(q) == Some(&person);
    let links = neighbours(g);
    links.get(&person).into_iter().flatten().copied().chain(g.siblings(person)).filter(behind).collect()
}

/// The folded persons that join `person` to the drawing: the shortest chain of hidden
/// relatives from a drawn person to them, `person` included; empty when they are drawn
/// or no drawn person is related to them (another part of the file).
pub fn path_to(g: &Genogram, v: &Visibility, person: PersonId) -> Vec<PersonId> {
    if v.is_visible(person) || !v.anchor.contains_key(&person) {
        return Vec::new();
    }
    let links = neighbours(g);
    let mut came_from: BTreeMap<PersonId, PersonId> = BTreeMap::new();
    let mut queue = VecDeque::from([person]);
    while let Some(p) = queue.pop_front() {
        for &q in links.get(&p).into_iter().flatten() {
            if v.is_visible(q) {
                // Walk back from p (next to the drawing) to the person asked for.
                let mut chain = vec![p];
                let mut at = p;
                while let Some(&prev) = came_from.get(&at) {
                    chain.push(prev);
                    at = prev;
                }
                return chain;
            }
            if q != person && !came_from.contains_key(&q) {
                came_from.insert(q, p);
                queue.push_back(q);
            }
        }
    }
    Vec::new()
}

/// A copy of the genogram with only the visible persons and what stands between them:
/// unions of two drawn partners, child lines whose child and parents are all drawn,
/// relations between drawn persons, households with their drawn members. Ids are kept,
/// so selection and pins work on the copy as on the whole family.
pub fn folded_copy(g: &Genogram, visible: &BTreeSet<PersonId>) -> Genogram {
    let shown = |p: PersonId| visible.contains(&p);
    let unions: Vec<_> = g.unions().filter(|(_, u)| u.partners().all(shown)).map(|(id, u)| (id, u.clone())).collect();
    let kept_unions: BTreeSet<_> = unions.iter().map(|(id, _)| *id).collect();
    let copy = Genogram::from_parts(
        g.persons().filter(|(id, _)| shown(*id)).map(|(id, p)| (id, p.clone())).collect(),
        unions,
        g.child_links()
            .filter(|(_, l)| {
                shown(l.child)
                    && match l.parent {
                        crate::genogram::model::ParentRef::Person(p) => shown(p),
                        crate::genogram::model::ParentRef::Union(u) => kept_unions.contains(&u),
                    }
            })
            .map(|(id, l)| (id, l.clone()))
            .collect(),
        g.relations().filter(|(_, r)| shown(r.from) && shown(r.to)).map(|(id, r)| (id, r.clone())).collect(),
        g.households()
            .filter_map(|(id, h)| {
                let mut h = h.clone();
                h.members.retain(|&m| shown(m));
                (!h.members.is_empty()).then_some((id, h))
            })
            .collect(),
    );
    match copy {
        Ok(mut copy) => {
            copy.settings = g.settings();
            copy
        }
        // A subset of a valid genogram is valid; should that ever fail, draw everything
        // rather than nothing.
        Err(_) => g.clone(),
    }
}
