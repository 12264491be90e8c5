//! What a user asks for in one click ("add a partner", "add a daughter"), turned into
//! one undoable [`Command`] on the genogram, with the person to select afterwards.
//!
//! Defaults follow how professionals draw: a partner of a man is a woman and vice versa
//! (changed in one step in the panel), a couple is married unless said otherwise,
//! children hang from the person's most recent union, parents come as a couple.

use crate::genogram::model::{
    ChildLink, ChildLinkId, ChildLinkKind, Command, Gender, Genogram, ParentRef, Person, PersonId, Relation,
    RelationKind, Twin, TwinKind, Union, UnionId, UnionKind,
};
use crate::i18n::Lang;

/// Why an action cannot be done; nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionError {
    /// The person is not (or no longer) in the genogram.
    NoSuchPerson,
    /// "Add parents" on someone who already has parents drawn.
    HasParents,
    /// A relation or twin pair of a person with themselves.
    SamePerson,
    /// Twins must hang from the same parents.
    NotSiblings,
    /// A twin brother or sister needs the person's parents drawn first.
    NoParents,
    /// Twins are born at the same time; these birth dates are further apart.
    BirthsApart,
    /// The document has no free number left for a new thing (ids are `u32`).
    NoFreeId,
}

impl ActionError {
    /// A message for the status line.
    pub fn message(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (ActionError::NoSuchPerson, Lang::Nl) => "Deze persoon bestaat niet meer.",
            (ActionError::NoSuchPerson, Lang::En) => "This person no longer exists.",
            (ActionError::HasParents, Lang::Nl) => "Deze persoon heeft al ouders.",
            (ActionError::HasParents, Lang::En) => "This person already has parents.",
            (ActionError::SamePerson, Lang::Nl) => "Kies twee verschillende personen.",
            (ActionError::SamePerson, Lang::En) => "Choose two different persons.",
            (ActionError::NotSiblings, Lang::Nl) => {
                "Een tweeling heeft dezelfde ouders: voeg eerst een broer of zus toe."
            }
            (ActionError::NotSiblings, Lang::En) => "Twins share their parents: add a brother or sister first.",
            (ActionError::NoParents, Lang::Nl) => {
                "Voeg eerst ouders toe: een tweelingbroer of -zus heeft dezelfde ouders."
            }
            (ActionError::NoParents, Lang::En) => "Add parents first: a twin brother or sister has the same parents.",
            (ActionError::BirthsApart, Lang::Nl) => {
                "Een tweeling is op dezelfde dag geboren; deze geboortedata liggen verder uit elkaar."
            }
            (ActionError::BirthsApart, Lang::En) => {
                "Twins are born on the same day; these birth dates are further apart."
            }
            (ActionError::NoFreeId, Lang::Nl) => "Dit document heeft geen vrije nummers meer voor iets nieuws.",
            (ActionError::NoFreeId, Lang::En) => "This document has no free numbers left for anything new.",
        }
    }
}

/// The result of an action: the command to apply and the person to select next.
pub type Action = (Command, PersonId);

fn person(gender: Gender) -> Person {
    Person { gender, ..Person::default() }
}

/// The partner gender a user most often means; one click changes it.
fn partner_gender(g: Gender) -> Gender {
    match g {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
        other => other,
    }
}

fn require(g: &Genogram, p: PersonId) -> Result<&Person, ActionError> {
    g.person(p).ok_or(ActionError::NoSuchPerson)
}

/// `n` consecutive fresh numbers from `first`, or [`ActionError::NoFreeId`] when they
/// would pass `u32::MAX` (a loaded file is renumbered well below that, but allocation
/// stays total whatever the counter says).
fn fresh<T>(first: u32, n: u32, make: impl Fn(u32) -> T) -> Result<Vec<T>, ActionError> {
    first.checked_add(n).ok_or(ActionError::NoFreeId)?;
    Ok((first..first + n).map(make).collect())
}

/// Fresh ids for `n` persons added in one command.
fn person_ids(g: &Genogram, n: u32) -> Result<Vec<PersonId>, ActionError> {
    fresh(g.next_person_id().get(), n, PersonId)
}

/// Fresh ids for `n` child lines added in one command.
fn child_link_ids(g: &Genogram, n: u32) -> Result<Vec<ChildLinkId>, ActionError> {
    fresh(g.next_child_link_id().get(), n, ChildLinkId)
}

/// The index person (de cliënt) that starts a new genogram: gender unknown until the
/// user says, drawn double-lined.
pub fn add_index_person(g: &Genogram) -> Action {
    let id = g.next_person_id();
    let person = Person { index: true, ..Person::default() };
    (Command::AddPerson { id, person }, id)
}

/// A person not (yet) related to anyone: the cliënt when the genogram has none (after
/// undoing everything, or deleting the cliënt), otherwise a loose person the user then
/// connects (a friend of the family, a partner's ex).
pub fn add_person(g: &Genogram) -> Action {
    if g.index_person().is_none() {
        return add_index_person(g);
    }
    let id = g.next_person_id();
    (Command::AddPerson { id, person: Person::default() }, id)
}

/// A new partner of `p`, married to them; selects the partner.
pub fn add_partner(g: &Genogram, p: PersonId) -> Result<Action, ActionError> {
    let gender = partner_gender(require(g, p)?.gender);
    let [partner] = person_ids(g, 1)?[..] else { return Err(ActionError::NoFreeId) };
    let cmd = Command::Batch(vec![
        Command::AddPerson { id: partner, person: person(gender) },
        Command::AddUnion { id: g.next_union_id(), union: Union::new(p, partner, UnionKind::Marriage) },
    ]);
    Ok((cmd, partner))
}

/// The parent reference a new child of `p` hangs from: `p`'s most recent union, or
/// `p` alone as a single parent.
pub fn child_parent(g: &Genogram, p: PersonId) -> ParentRef {
    match g.unions_of(p).last() {
        Some(&u) => ParentRef::Union(u),
        None => ParentRef::Person(p),
    }
}

/// A new biological child of `p` (see [`child_parent`]); selects the child.
pub fn add_child(g: &Genogram, p: PersonId, gender: Gender) -> Result<Action, ActionError> {
    require(g, p)?;
    add_child_of(g, child_parent(g, p), gender)
}

/// A new biological child of a given union or single parent.
pub fn add_child_of(g: &Genogram, parent: ParentRef, gender: Gender) -> Result<Action, ActionError> {
    let [child] = person_ids(g, 1)?[..] else { return Err(ActionError::NoFreeId) };
    let cmd = Command::Batch(vec![
        Command::AddPerson { id: child, person: person(gender) },
        Command::AddChildLink {
            id: g.next_child_link_id(),
            link: ChildLink::new(parent, child, ChildLinkKind::Biological),
        },
    ]);
    Ok((cmd, child))
}

/// A father and a mother for `p`, as a married couple; selects the father.
pub fn add_parents(g: &Genogram, p: PersonId) -> Result<Action, ActionError> {
    require(g, p)?;
    if !g.parent_links(p).is_empty() {
        return Err(ActionError::HasParents);
    }
    let (cmds, father, _) = parents_commands(g, p, g.next_union_id())?;
    Ok((Command::Batch(cmds), father))
}

fn parents_commands(
    g: &Genogram,
    p: PersonId,
    union: UnionId,
) -> Result<(Vec<Command>, PersonId, ParentRef), ActionError> {
    let [father, mother] = person_ids(g, 2)?[..] else { return Err(ActionError::NoFreeId) };
    let cmds = vec![
        Command::AddPerson { id: father, person: person(Gender::Male) },
        Command::AddPerson { id: mother, person: person(Gender::Female) },
        Command::AddUnion { id: union, union: Union::new(father, mother, UnionKind::Marriage) },
        Command::AddChildLink {
            id: g.next_child_link_id(),
            link: ChildLink::new(ParentRef::Union(union), p, ChildLinkKind::Biological),
        },
    ];
    Ok((cmds, father, ParentRef::Union(union)))
}

/// A brother or sister of `p`: a child of `p`'s parents. When `p` has no parents drawn
/// yet, they are added too (a sibling needs somewhere to hang from).
pub fn add_sibling(g: &Genogram, p: PersonId, gender: Gender) -> Result<Action, ActionError> {
    require(g, p)?;
    let links = g.parent_links(p);
    // Prefer the biological line, so a sibling of an adopted child is not guessed.
    let existing = links.iter().find(|(_, l)| l.is_biological()).or(links.first()).map(|(_, l)| l.parent);
    if let Some(parent) = existing {
        return add_child_of(g, parent, gender);
    }
    let (mut cmds, _, parent) = parents_commands(g, p, g.next_union_id())?;
    // The parents take the next two person ids and the next child line.
    let [.., sibling] = person_ids(g, 3)?[..] else { return Err(ActionError::NoFreeId) };
    let [.., link] = child_link_ids(g, 2)?[..] else { return Err(ActionError::NoFreeId) };
    cmds.push(Command::AddPerson { id: sibling, person: person(gender) });
    cmds.push(Command::AddChildLink { id: link, link: ChildLink::new(parent, sibling, ChildLinkKind::Biological) });
    Ok((Command::Batch(cmds), sibling))
}

/// An emotional relation from `from` to `to` (for directed kinds `from` is the actor).
pub fn add_relation(g: &Genogram, from: PersonId, to: PersonId, kind: RelationKind) -> Result<Command, ActionError> {
    require(g, from)?;
    require(g, to)?;
    if from == to {
        return Err(ActionError::SamePerson);
    }
    Ok(Command::AddRelation { id: g.next_relation_id(), relation: Relation::new(from, to, kind) })
}

/// A twin group number no child line uses yet: the lowest free one, so a file with a
/// group number of `u32::MAX` cannot make "one more" overflow.
pub(crate) fn fresh_twin_group(g: &Genogram) -> u32 {
    let used: std::collections::BTreeSet<u32> = g.child_links().filter_map(|(_, l)| l.twin.map(|t| t.group)).collect();
    // There are fewer groups than u32 numbers, so a free one always exists.
    (1..=u32::MAX).find(|n| !used.contains(n)).unwrap_or(0)
}

/// Makes `a` and `b` twins of the given kind. They must be full siblings of one birth
/// (see [`twin_candidates`](super::twins::twin_candidates)); when `a` is already a twin,
/// `b` joins that group (triplets), else a new group starts.
pub fn make_twins(g: &Genogram, a: PersonId, b: PersonId, kind: TwinKind) -> Result<Command, ActionError> {
    let (pa, pb) = (require(g, a)?, require(g, b)?);
    if a == b {
        return Err(ActionError::SamePerson);
    }
    if !super::twins::twin_candidates(g, a).contains(&b) {
        let same_parents = g.parent_slots(a) == g.parent_slots(b) && !g.parent_links(a).is_empty();
        let dates_fit = super::twins::plausible_twin_births(pa.birth.as_ref(), pb.birth.as_ref());
        return Err(if same_parents && !dates_fit { ActionError::BirthsApart } else { ActionError::NotSiblings });
    }
    // The two lines from the parent they share (a candidate always has one).
    let links_b = g.parent_links(b);
    let (link_a, link_b) = g
        .parent_links(a)
        .into_iter()
        .find_map(|la| links_b.iter().find(|lb| lb.1.parent == la.1.parent).map(|lb| (la, *lb)))
        .ok_or(ActionError::NotSiblings)?;
    let group = link_a.1.twin.map(|t| t.group).unwrap_or_else(|| fresh_twin_group(g));
    let twin = Some(Twin { group, kind });
    let mut cmds = Vec::new();
    for (id, link) in [link_a, link_b] {
        let mut link = link.clone();
        link.twin = twin;
        cmds.push(Command::UpdateChildLink { id, link });
    }
    // Everyone already in the group takes the new kind too, so a group has one kind.
    for (id, link) in g.child_links() {
        if id != link_a.0
            && id != link_b.0
            && link.twin.is_some_and(|t| t.group == group)
            && link.parent == link_a.1.parent
        {
            cmds.push(Command::UpdateChildLink { id, link: ChildLink { twin, ..link.clone() } });
        }
    }
    Ok(Command::Batch(cmds))
}

/// Twins for `p` in one click: two children of `p`'s most recent union (or of `p`
/// alone), a boy and a girl of one birth, kind unknown until the user says (the panel
/// changes gender and kind in one step each). Selects the first twin.
pub fn add_twins(g: &Genogram, p: PersonId) -> Result<Action, ActionError> {
    require(g, p)?;
    let parent = child_parent(g, p);
    let [a, b] = person_ids(g, 2)?[..] else { return Err(ActionError::NoFreeId) };
    let group = fresh_twin_group(g);
    let twin = Some(Twin { group, kind: TwinKind::Unknown });
    let link_ids = child_link_ids(g, 2)?;
    let mut cmds = Vec::new();
    for ((id, gender), link_id) in [(a, Gender::Male), (b, Gender::Female)].into_iter().zip(link_ids) {
        cmds.push(Command::AddPerson { id, person: person(gender) });
        let link = ChildLink { twin, ..ChildLink::new(parent, id, ChildLinkKind::Biological) };
        cmds.push(Command::AddChildLink { id: link_id, link });
    }
    Ok((Command::Batch(cmds), a))
}

/// The unions that deleting `ids` would leave behind with an unknown partner: unions of
/// a deleted person whose other partner stays and from which children hang. The user
/// is asked about these first (keep the couple line with an unknown partner, so the
/// children keep both parent slots, or cancel); [`remove_persons`] keeps them.
pub fn unions_left_with_unknown_partner(g: &Genogram, ids: &[PersonId]) -> Vec<UnionId> {
    let mut out = Vec::new();
    for &p in ids.iter().filter(|p| g.contains_person(**p)) {
        for u in g.unions_of(p) {
            let Some(union) = g.union(u) else { continue };
            let other_stays = matches!(union.other_partner(p), Some(Some(o)) if !ids.contains(&o));
            if other_stays && !g.children_of(ParentRef::Union(u)).is_empty() && !out.contains(&u) {
                out.push(u);
            }
        }
    }
    out
}

/// Removes persons (with everything hanging on them) as one undo step. A union of a
/// removed person without children goes with them (a couple line to nobody says
/// nothing); a union with children stays with an unknown partner (see
/// [`unions_left_with_unknown_partner`] for the question to ask first).
pub fn remove_persons(g: &Genogram, ids: &[PersonId]) -> Option<Command> {
    let present: Vec<PersonId> = ids.iter().copied().filter(|p| g.contains_person(*p)).collect();
    let mut cmds: Vec<Command> = Vec::new();
    let mut gone = Vec::new();
    for &p in &present {
        for u in g.unions_of(p) {
            if g.children_of(ParentRef::Union(u)).is_empty() && !gone.contains(&u) {
                gone.push(u);
                cmds.push(Command::RemoveUnion { id: u });
            }
        }
    }
    cmds.extend(present.iter().map(|&id| Command::RemovePerson { id }));
    (!cmds.is_empty()).then_some(Command::Batch(cmds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start() -> (Genogram, PersonId) {
        let mut g = Genogram::new();
        let (cmd, ip) = add_index_person(&g);
        g.apply(cmd).unwrap();
        (g, ip)
    }

    fn run(g: &mut Genogram, action: impl FnOnce(&Genogram) -> Result<Action, ActionError>) -> PersonId {
        let (cmd, focus) = action(g).unwrap();
        g.apply(cmd).unwrap();
        assert!(g.contains_person(focus), "the focus person exists after the action");
        focus
    }

    #[test]
    fn a_loose_person_is_the_client_only_when_there_is_none() {
        let g = Genogram::new();
        let (cmd, first) = add_person(&g);
        let mut g = g;
        g.apply(cmd).unwrap();
        assert!(g.person(first).unwrap().index, "an empty sheet starts with the cliënt");
        let second = run(&mut g, |g| Ok(add_person(g)));
        assert!(!g.person(second).unwrap().index);
        assert!(g.parents(second).is_empty() && g.partners(second).is_empty());
    }

    #[test]
    fn twins_come_in_one_step_from_the_most_recent_union() {
        let (mut g, ip) = start();
        run(&mut g, |g| add_partner(g, ip));
        let first = run(&mut g, |g| add_twins(g, ip));
        assert_eq!(g.person_count(), 4);
        let twins = g.twins_of(first);
        assert_eq!(twins.len(), 1, "one co-twin: {twins:?}");
        assert_eq!(g.parents(first).len(), 2, "hangs from the couple");
        // A second birth of twins is a separate group.
        let second = run(&mut g, |g| add_twins(g, ip));
        assert!(!g.twins_of(second).contains(&first));
        assert_eq!(g.twins_of(second).len(), 1);
    }

    #[test]
    fn partner_gets_the_other_gender_and_a_marriage() {
        let (mut g, ip) = start();
        let mut p = g.person(ip).unwrap().clone();
        p.gender = Gender::Male;
        g.apply(Command::UpdatePerson { id: ip, person: p }).unwrap();
        let partner = run(&mut g, |g| add_partner(g, ip));
        assert_eq!(g.person(partner).unwrap().gender, Gender::Female);
        assert_eq!(g.partners(ip), vec![partner]);
        let u = g.unions_of(ip)[0];
        assert_eq!(g.union(u).unwrap().kind, UnionKind::Marriage);
    }

    #[test]
    fn child_hangs_from_latest_union_or_single_parent() {
        let (mut g, ip) = start();
        let single = run(&mut g, |g| add_child(g, ip, Gender::Female));
        assert_eq!(g.parents(single), vec![ip]);
        run(&mut g, |g| add_partner(g, ip));
        let second = run(&mut g, |g| add_partner(g, ip));
        let child = run(&mut g, |g| add_child(g, ip, Gender::Male));
        let mut parents = g.parents(child);
        parents.sort();
        assert_eq!(parents, vec![ip, second], "the child belongs to the most recent union");
    }

    #[test]
    fn parents_come_as_a_couple_once() {
        let (mut g, ip) = start();
        let father = run(&mut g, |g| add_parents(g, ip));
        assert_eq!(g.person(father).unwrap().gender, Gender::Male);
        assert_eq!(g.parents(ip).len(), 2);
        assert_eq!(add_parents(&g, ip).unwrap_err(), ActionError::HasParents);
        assert_eq!(ActionError::HasParents.message(Lang::Nl), "Deze persoon heeft al ouders.");
    }

    #[test]
    fn sibling_shares_parents_and_creates_them_when_missing() {
        let (mut g, ip) = start();
        let sis = run(&mut g, |g| add_sibling(g, ip, Gender::Female));
        assert_eq!(g.parents(sis).len(), 2, "parents were added for the sibling");
        assert_eq!(g.full_siblings(ip), vec![sis]);
        let bro = run(&mut g, |g| add_sibling(g, ip, Gender::Male));
        let mut sibs = g.full_siblings(ip);
        sibs.sort();
        assert_eq!(sibs, vec![sis, bro]);
        assert_eq!(g.person_count(), 5);
    }

    #[test]
    fn actions_are_one_undo_step_each() {
        let (g0, ip) = start();
        let mut g = g0.clone();
        let (cmd, _) = add_sibling(&g, ip, Gender::Male).unwrap();
        let inverse = g.apply(cmd).unwrap();
        g.apply(inverse).unwrap();
        assert_eq!(g, g0);
    }

    #[test]
    fn twins_share_a_group_and_triplets_join_it() {
        let (mut g, ip) = start();
        let a = run(&mut g, |g| add_sibling(g, ip, Gender::Female));
        let b = run(&mut g, |g| add_sibling(g, ip, Gender::Female));
        g.apply(make_twins(&g, ip, a, TwinKind::Fraternal).unwrap()).unwrap();
        assert_eq!(g.twins_of(ip), vec![a]);
        g.apply(make_twins(&g, ip, b, TwinKind::Identical).unwrap()).unwrap();
        let mut trio = g.twins_of(ip);
        trio.sort();
        assert_eq!(trio, vec![a, b], "b joined the existing group");
        let kinds: Vec<_> = g.child_links().filter_map(|(_, l)| l.twin.map(|t| t.kind)).collect();
        assert!(kinds.iter().all(|k| *k == TwinKind::Identical), "one kind per group: {kinds:?}");
        let stranger = run(&mut g, |g| add_partner(g, ip));
        assert_eq!(make_twins(&g, ip, stranger, TwinKind::Unknown).unwrap_err(), ActionError::NotSiblings);
        assert_eq!(make_twins(&g, ip, ip, TwinKind::Unknown).unwrap_err(), ActionError::SamePerson);
    }

    #[test]
    fn relations_need_two_existing_persons() {
        let (mut g, ip) = start();
        let p = run(&mut g, |g| add_partner(g, ip));
        let cmd = add_relation(&g, ip, p, RelationKind::Discord).unwrap();
        g.apply(cmd).unwrap();
        assert_eq!(g.relations_of(ip).len(), 1);
        assert_eq!(add_relation(&g, ip, ip, RelationKind::Close).unwrap_err(), ActionError::SamePerson);
        assert_eq!(add_relation(&g, ip, PersonId(99), RelationKind::Close).unwrap_err(), ActionError::NoSuchPerson);
    }

    #[test]
    fn remove_takes_only_existing_persons() {
        let (mut g, ip) = start();
        assert!(remove_persons(&g, &[PersonId(99)]).is_none());
        let cmd = remove_persons(&g, &[ip, PersonId(99)]).unwrap();
        g.apply(cmd).unwrap();
        assert!(g.is_empty());
        assert_eq!(add_partner(&g, ip).unwrap_err(), ActionError::NoSuchPerson);
    }

    #[test]
    fn deleting_a_childless_partner_takes_the_union_along() {
        let (g0, ip) = start();
        let mut g = g0.clone();
        let partner = run(&mut g, |g| add_partner(g, ip));
        let before = g.clone();
        assert!(unions_left_with_unknown_partner(&g, &[partner]).is_empty(), "nothing to ask");
        let inverse = g.apply(remove_persons(&g, &[partner]).unwrap()).unwrap();
        assert_eq!(g.unions().count(), 0, "no marriage with an unknown partner is left behind");
        assert_eq!(g, g0);
        g.apply(inverse).unwrap();
        assert_eq!(g, before, "one undo step brings partner and marriage back");
    }

    #[test]
    fn deleting_a_partner_with_children_asks_and_keeps_the_union() {
        let (mut g, ip) = start();
        let partner = run(&mut g, |g| add_partner(g, ip));
        let child = run(&mut g, |g| add_child(g, ip, Gender::Female));
        let later = run(&mut g, |g| add_partner(g, ip));
        let union = g.unions_of(partner)[0];
        assert_eq!(unions_left_with_unknown_partner(&g, &[partner]), [union]);
        assert!(unions_left_with_unknown_partner(&g, &[later]).is_empty());
        // Deleting both partners leaves no union with an unknown partner to ask about.
        assert!(unions_left_with_unknown_partner(&g, &[partner, ip]).is_empty());
        g.apply(remove_persons(&g, &[partner, later]).unwrap()).unwrap();
        let kept = g.union(union).expect("the couple line of the child stays");
        assert_eq!((kept.partner_a, kept.partner_b), (ip, None));
        assert_eq!(g.parents(child), [ip]);
        assert_eq!(g.unions().count(), 1, "the childless second marriage went with the partner");
    }
}
