//! Households as a user edits them: start one around a person with the people they
//! most likely live with, rename it, add and remove members, remove it. Each edit is one
//! undoable [`Command`]; the UI only calls these functions.
//!
//! A person may belong to more than one household (co-ouderschap: a child who lives
//! half the week with each parent), but two households with exactly the same members
//! say nothing new, so they are refused.

use crate::genogram::edit::labels::person_label;
use crate::genogram::model::{
    ChildLinkKind, Command, Genogram, Household, HouseholdId, ParentRef, PartialDate, Person, PersonId, PersonKind,
    Union, UnionEventKind, UnionKind,
};
use crate::i18n::Lang;
use std::collections::BTreeSet;

/// Age from which a child is expected to live on their own: the Dutch age of majority.
const ADULT_AGE: i32 = 18;

/// Why a household edit cannot be done; nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HouseholdError {
    /// The person is not (or no longer) in the genogram.
    NoSuchPerson,
    /// The household is not (or no longer) in the genogram.
    NoSuchHousehold,
    /// The person already belongs to this household.
    AlreadyMember,
    /// The person does not belong to this household.
    NotMember,
    /// Another household already has exactly these members.
    SameMembers,
    /// A since/until field holds no date Kring reads ("1998", "1998-05", "ca. 1998").
    BadDate,
    /// The household would end before it began.
    UntilBeforeSince,
}

impl HouseholdError {
    /// A message for the status line.
    pub fn message(&self, lang: Lang) -> &'static str {
        match (self, lang) {
            (HouseholdError::NoSuchPerson, Lang::Nl) => "Deze persoon bestaat niet meer.",
            (HouseholdError::NoSuchPerson, Lang::En) => "This person no longer exists.",
            (HouseholdError::NoSuchHousehold, Lang::Nl) => "Dit huishouden bestaat niet meer.",
            (HouseholdError::NoSuchHousehold, Lang::En) => "This household no longer exists.",
            (HouseholdError::AlreadyMember, Lang::Nl) => "Deze persoon hoort al bij dit huishouden.",
            (HouseholdError::AlreadyMember, Lang::En) => "This person already belongs to this household.",
            (HouseholdError::NotMember, Lang::Nl) => "Deze persoon hoort niet bij dit huishouden.",
            (HouseholdError::NotMember, Lang::En) => "This person does not belong to this household.",
            (HouseholdError::SameMembers, Lang::Nl) => "Er is al een huishouden met precies deze personen.",
            (HouseholdError::SameMembers, Lang::En) => "There already is a household with exactly these persons.",
            (HouseholdError::BadDate, Lang::Nl) => "Geen datum: schrijf bijvoorbeeld 1998, 1998-05 of ca. 1998.",
            (HouseholdError::BadDate, Lang::En) => "Not a date: write e.g. 1998, 1998-05 or ca. 1998.",
            (HouseholdError::UntilBeforeSince, Lang::Nl) => "Het huishouden kan niet eindigen voordat het begon.",
            (HouseholdError::UntilBeforeSince, Lang::En) => "The household cannot end before it began.",
        }
    }
}

fn require_person(g: &Genogram, p: PersonId) -> Result<&Person, HouseholdError> {
    g.person(p).ok_or(HouseholdError::NoSuchPerson)
}

fn require_household(g: &Genogram, h: HouseholdId) -> Result<&Household, HouseholdError> {
    g.household(h).ok_or(HouseholdError::NoSuchHousehold)
}

/// Refuses a member set that another household (not `except`) already has.
fn refuse_duplicate(
    g: &Genogram,
    members: &BTreeSet<PersonId>,
    except: Option<HouseholdId>,
) -> Result<(), HouseholdError> {
    match g.households().any(|(id, h)| Some(id) != except && &h.members == members) {
        true => Err(HouseholdError::SameMembers),
        false => Ok(()),
    }
}

/// Whether a person is someone who lives somewhere: alive, and a born person or a pet
/// (not a pregnancy or a pregnancy loss).
fn lives(p: &Person) -> bool {
    !p.is_deceased() && matches!(p.kind, PersonKind::Person | PersonKind::Pet)
}

/// Whether a couple has split up (separation, divorce, annulment, not reconciled
/// since). Widowhood is not a split: the children stay with the surviving partner.
fn split_up(u: &Union) -> bool {
    matches!(u.current_status(), Some(UnionEventKind::Separation | UnionEventKind::Divorce | UnionEventKind::Annulment))
}

/// Whether the kind of a union means the partners share a home. A LAT relationship,
/// an engagement, an affair or a brief relationship does not say so.
fn lives_together(kind: UnionKind) -> bool {
    matches!(kind, UnionKind::Marriage | UnionKind::RegisteredPartnership | UnionKind::Cohabiting)
}

/// The partners `a` lives with: the other partner of every union of a living-together
/// kind that has not ended, when known and alive.
fn live_in_partners(g: &Genogram, a: PersonId) -> Vec<PersonId> {
    g.unions_of(a)
        .into_iter()
        .filter_map(|u| g.union(u))
        .filter(|u| lives_together(u.kind) && !u.has_ended())
        .filter_map(|u| u.other_partner(a).flatten())
        .filter(|q| g.person(*q).is_some_and(lives))
        .collect()
}

/// Whether `c` is still of an age to live with their parents: under 18, or of unknown
/// age (professionals often leave dates out) without a partner of their own to live
/// with. Pets have no such age.
fn child_at_home_age(g: &Genogram, c: PersonId, p: &Person, today: PartialDate) -> bool {
    if p.kind == PersonKind::Pet {
        return true;
    }
    match p.age(today) {
        Some(age) => age.years < ADULT_AGE,
        None => live_in_partners(g, c).is_empty(),
    }
}

/// Whether `c` is cared for outside this home: an adoptive or foster line to parents
/// who are not `residents`, and none to parents who are.
fn placed_elsewhere(g: &Genogram, c: PersonId, residents: &BTreeSet<PersonId>) -> bool {
    let cared_by = |ours: bool| {
        g.parent_links(c).into_iter().any(|(_, l)| {
            l.kind != ChildLinkKind::Biological
                && g.parent_persons(l.parent).iter().any(|q| residents.contains(q)) == ours
        })
    };
    cared_by(false) && !cared_by(true)
}

/// The children who live with parent `r`: from `r`'s single-parent lines, and from
/// `r`'s unions unless the couple split up while the other parent is alive (then
/// where the children live varies, and the user adds them).
fn children_at_home(g: &Genogram, r: PersonId, residents: &BTreeSet<PersonId>, today: PartialDate) -> Vec<PersonId> {
    let mut lines = vec![ParentRef::Person(r)];
    for uid in g.unions_of(r) {
        let Some(u) = g.union(uid) else { continue };
        let other_alive = u.other_partner(r).flatten().and_then(|q| g.person(q)).is_some_and(|q| !q.is_deceased());
        if !(split_up(u) && other_alive) {
            lines.push(ParentRef::Union(uid));
        }
    }
    lines
        .into_iter()
        .flat_map(|line| g.children_of(line))
        .map(|(_, c)| c)
        .filter(|&c| g.person(c).is_some_and(|p| lives(p) && child_at_home_age(g, c, p, today)))
        .filter(|&c| !placed_elsewhere(g, c, residents))
        .collect()
}

/// The home of adult `a`: `a`, the partners they live with, and the children living
/// at home of each of them (so a partner's own children come along: a stepfamily).
fn home_of(g: &Genogram, a: PersonId, today: PartialDate) -> BTreeSet<PersonId> {
    let mut residents: BTreeSet<PersonId> = BTreeSet::from([a]);
    residents.extend(live_in_partners(g, a));
    let adults: Vec<PersonId> = residents.iter().copied().collect();
    for r in adults {
        let kids = children_at_home(g, r, &residents, today);
        residents.extend(kids);
    }
    residents
}

/// Whether `p` is known to be a minor (a birth date less than 18 years ago).
fn is_minor(p: &Person, today: PartialDate) -> bool {
    p.kind == PersonKind::Person && !p.is_deceased() && p.age(today).is_some_and(|a| a.years < ADULT_AGE)
}

/// The parent a minor lives with: from a foster line first, then an adoptive line,
/// then a biological one, the first living known parent; `None` when the parents of
/// that line split up (the child may live with either) or none is alive.
fn home_parent(g: &Genogram, child: PersonId) -> Option<PersonId> {
    let links = g.parent_links(child);
    let line = [ChildLinkKind::Foster, ChildLinkKind::Adopted, ChildLinkKind::Biological]
        .into_iter()
        .find_map(|kind| links.iter().find(|(_, l)| l.kind == kind))?;
    if let ParentRef::Union(u) = line.1.parent {
        if g.union(u).is_some_and(split_up) {
            return None;
        }
    }
    g.parent_persons(line.1.parent).into_iter().find(|q| g.person(*q).is_some_and(lives))
}

/// Who a new household around `p` holds, as most users expect on "Nieuw huishouden":
///
/// * `p` always, and the partners `p` lives with: married, registered or cohabiting,
///   not separated or divorced, alive. A LAT, engaged or brief relationship does not
///   mean a shared home, so those partners are left out.
/// * The children living at home of `p` and of each of those partners (a partner's
///   own children come along, as in a stepfamily): alive, under 18 or of unknown age
///   without a partner of their own; biological, adopted and foster children alike.
///   Left out are children of a couple that split up while the other parent lives
///   (they may live with either parent), and children placed with adoptive or foster
///   parents outside this home.
/// * When `p` is a minor (a birth date under 18 years ago) who lives with a parent,
///   the household is that parent's home by the rules above (foster parents before
///   adoptive before biological parents), with `p` in it: a child client's family.
///
/// Everyone else is one click away in the panel; a wrong guess costs more than a
/// missing one, hence the caution.
pub fn default_members(g: &Genogram, p: PersonId, today: PartialDate) -> Result<BTreeSet<PersonId>, HouseholdError> {
    let person = require_person(g, p)?;
    let anchor = if is_minor(person, today) { home_parent(g, p).unwrap_or(p) } else { p };
    let mut members = home_of(g, anchor, today);
    members.insert(p);
    Ok(members)
}

/// A new household around `p` with [`default_members`] and no label yet; returns the
/// command and the new household's id. Refused when a household with exactly these
/// members exists already.
pub fn new_household(g: &Genogram, p: PersonId, today: PartialDate) -> Result<(Command, HouseholdId), HouseholdError> {
    let members = default_members(g, p, today)?;
    refuse_duplicate(g, &members, None)?;
    let id = g.next_household_id();
    Ok((
        Command::AddHousehold { id, household: Household { label: String::new(), members, since: None, until: None } },
        id,
    ))
}

/// Gives household `h` a new label (trimmed, e.g. "gezin Jansen" or an address);
/// `None` when the label stays the same, so no empty undo step is made.
pub fn rename_household(g: &Genogram, h: HouseholdId, label: &str) -> Result<Option<Command>, HouseholdError> {
    let old = require_household(g, h)?;
    let label = label.trim();
    if old.label == label {
        return Ok(None);
    }
    Ok(Some(Command::UpdateHousehold { id: h, household: Household { label: label.to_owned(), ..old.clone() } }))
}

/// Which end of a household's period a field sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HouseholdPeriod {
    /// "Sinds": since when the members live together.
    Since,
    /// "Tot": until when they did.
    Until,
}

/// Sets household `h`'s since or until date from a field's text (empty clears it);
/// `None` when nothing changes, so no empty undo step is made.
pub fn set_household_period(
    g: &Genogram,
    h: HouseholdId,
    end: HouseholdPeriod,
    text: &str,
) -> Result<Option<Command>, HouseholdError> {
    let old = require_household(g, h)?;
    let date = crate::genogram::edit::tie_fields::parse_date(text).map_err(|_| HouseholdError::BadDate)?;
    let mut household = old.clone();
    match end {
        HouseholdPeriod::Since => household.since = date,
        HouseholdPeriod::Until => household.until = date,
    }
    if let (Some(s), Some(u)) = (household.since, household.until) {
        if u.is_before(&s) {
            return Err(HouseholdError::UntilBeforeSince);
        }
    }
    if household == *old {
        return Ok(None);
    }
    Ok(Some(Command::UpdateHousehold { id: h, household }))
}

/// Adds person `p` to household `h`.
pub fn add_member(g: &Genogram, h: HouseholdId, p: PersonId) -> Result<Command, HouseholdError> {
    let old = require_household(g, h)?;
    require_person(g, p)?;
    let mut household = old.clone();
    if !household.members.insert(p) {
        return Err(HouseholdError::AlreadyMember);
    }
    refuse_duplicate(g, &household.members, Some(h))?;
    Ok(Command::UpdateHousehold { id: h, household })
}

/// Takes person `p` out of household `h`. When `p` was the last member the household
/// goes too, in the same command: an empty outline means nothing. A person living
/// alone is a household, so one member left is kept.
pub fn remove_member(g: &Genogram, h: HouseholdId, p: PersonId) -> Result<Command, HouseholdError> {
    let old = require_household(g, h)?;
    let mut household = old.clone();
    if !household.members.remove(&p) {
        return Err(HouseholdError::NotMember);
    }
    if household.members.is_empty() {
        return Ok(Command::RemoveHousehold { id: h });
    }
    refuse_duplicate(g, &household.members, Some(h))?;
    Ok(Command::UpdateHousehold { id: h, household })
}

/// Removes household `h`; its members stay in the genogram.
pub fn remove_household(g: &Genogram, h: HouseholdId) -> Result<Command, HouseholdError> {
    require_household(g, h)?;
    Ok(Command::RemoveHousehold { id: h })
}

/// The persons that can be added to household `h`, with their shown names, sorted by
/// name: everyone not in it yet, except pregnancies and pregnancy losses, who do not
/// live anywhere on their own. Deceased persons stay in the list: a household may be
/// drawn as it was.
pub fn addable_persons(g: &Genogram, h: HouseholdId, lang: Lang) -> Vec<(PersonId, String)> {
    let Some(household) = g.household(h) else { return Vec::new() };
    let mut out: Vec<(PersonId, String)> = g
        .persons()
        .filter(|(id, p)| !household.members.contains(id) && matches!(p.kind, PersonKind::Person | PersonKind::Pet))
        .map(|(id, _)| (id, person_label(g, id, lang)))
        .collect();
    out.sort_by_cached_key(|(id, name)| (name.to_lowercase(), *id));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::Editor;
    use crate::genogram::edit::family;
    use crate::genogram::model::{sample_family, ChildLink, Gender, UnionEvent};

    // Ids in the sample family (see its doc comment).
    const MARIE: PersonId = PersonId(1);
    const PETER: PersonId = PersonId(2);
    const LISA: PersonId = PersonId(5);
    const FATIMA: PersonId = PersonId(8);
    const NOAH: PersonId = PersonId(9);
    const KEVIN: PersonId = PersonId(10);

    fn year(y: i32) -> PartialDate {
        PartialDate::year_only(y).unwrap()
    }

    fn set(ids: &[PersonId]) -> BTreeSet<PersonId> {
        ids.iter().copied().collect()
    }

    /// The sample family without its household, to start one from scratch.
    fn without_households() -> Genogram {
        let mut g = sample_family();
        let ids: Vec<HouseholdId> = g.households().map(|(id, _)| id).collect();
        for id in ids {
            g.apply(Command::RemoveHousehold { id }).unwrap();
        }
        g
    }

    /// Applies `cmd`, then its inverse, and checks that gives back `g` exactly.
    fn apply_and_undo(g: &mut Genogram, cmd: Command) -> Genogram {
        let before = g.clone();
        let inverse = g.apply(cmd).unwrap();
        let after = g.clone();
        g.apply(inverse).unwrap();
        assert_eq!(*g, before, "undo gives back the exact previous genogram");
        after
    }

    #[test]
    fn default_household_is_partner_and_children_at_home() {
        let g = without_households();
        // In 2020 Noah (2003) and Kevin (2009, foster) are minors; the children of
        // Peter's divorced first marriage are grown up and live elsewhere.
        assert_eq!(default_members(&g, PETER, year(2020)).unwrap(), set(&[PETER, FATIMA, NOAH, KEVIN]));
        // The same home, started from the partner.
        assert_eq!(default_members(&g, FATIMA, year(2020)).unwrap(), set(&[PETER, FATIMA, NOAH, KEVIN]));
        // In 2026 Noah is 23: he is no longer assumed to live at home, Kevin (17) is.
        assert_eq!(default_members(&g, PETER, year(2026)).unwrap(), set(&[PETER, FATIMA, KEVIN]));
        // A widow with grown-up children lives alone.
        assert_eq!(default_members(&g, MARIE, year(2020)).unwrap(), set(&[MARIE]));
        assert_eq!(default_members(&g, PersonId(99), year(2020)).unwrap_err(), HouseholdError::NoSuchPerson);
    }

    #[test]
    fn a_minor_gets_the_home_of_the_parents_they_live_with() {
        let g = without_households();
        // Noah, 17 in 2020, lives with his father and Fatima; his foster brother too.
        assert_eq!(default_members(&g, NOAH, year(2020)).unwrap(), set(&[PETER, FATIMA, NOAH, KEVIN]));
        // Kevin, a foster child, lives with his foster parents.
        assert_eq!(default_members(&g, KEVIN, year(2020)).unwrap(), set(&[PETER, FATIMA, NOAH, KEVIN]));
        // Lisa in 2000: her parents divorced in 1998; where she lives is not guessed.
        assert_eq!(default_members(&g, LISA, year(2000)).unwrap(), set(&[LISA]));
    }

    #[test]
    fn unknown_ages_count_as_at_home_and_lat_partners_do_not() {
        // A new genogram as a user clicks it: no dates anywhere.
        let mut g = Genogram::new();
        let (cmd, ip) = family::add_index_person(&g);
        g.apply(cmd).unwrap();
        let (cmd, partner) = family::add_partner(&g, ip).unwrap();
        g.apply(cmd).unwrap();
        let (cmd, kid) = family::add_child(&g, ip, Gender::Female).unwrap();
        g.apply(cmd).unwrap();
        let (cmd, grown) = family::add_child(&g, ip, Gender::Male).unwrap();
        g.apply(cmd).unwrap();
        let (cmd, parent) = family::add_parents(&g, ip).unwrap();
        g.apply(cmd).unwrap();
        // The son has a partner of his own: he has left home.
        let (cmd, _) = family::add_partner(&g, grown).unwrap();
        g.apply(cmd).unwrap();
        let today = year(2026);
        assert_eq!(default_members(&g, ip, today).unwrap(), set(&[ip, partner, kid]));
        assert!(!default_members(&g, ip, today).unwrap().contains(&parent), "parents live elsewhere");

        // Living apart together: the partner is not in the household, the child is.
        let uid = g.unions_of(ip)[0];
        let mut u = g.union(uid).unwrap().clone();
        u.kind = UnionKind::Relationship;
        g.apply(Command::UpdateUnion { id: uid, union: u }).unwrap();
        assert_eq!(default_members(&g, ip, today).unwrap(), set(&[ip, kid]));
    }

    #[test]
    fn deceased_and_placed_children_are_left_out() {
        let mut g = Genogram::new();
        let (cmd, ip) = family::add_index_person(&g);
        g.apply(cmd).unwrap();
        let (cmd, partner) = family::add_partner(&g, ip).unwrap();
        g.apply(cmd).unwrap();
        let (cmd, died) = family::add_child(&g, ip, Gender::Male).unwrap();
        g.apply(cmd).unwrap();
        let mut p = g.person(died).unwrap().clone();
        p.deceased = true;
        g.apply(Command::UpdatePerson { id: died, person: p }).unwrap();
        // A daughter placed in a foster family of two strangers.
        let (cmd, placed) = family::add_child(&g, ip, Gender::Female).unwrap();
        g.apply(cmd).unwrap();
        let foster_father = g.next_person_id();
        g.apply(Command::AddPerson { id: foster_father, person: Person::new("Henk", "", Gender::Male) }).unwrap();
        let (cmd, _) = family::add_partner(&g, foster_father).unwrap();
        g.apply(cmd).unwrap();
        let foster_union = g.unions_of(foster_father)[0];
        g.apply(Command::AddChildLink {
            id: g.next_child_link_id(),
            link: ChildLink::new(ParentRef::Union(foster_union), placed, ChildLinkKind::Foster),
        })
        .unwrap();
        assert_eq!(default_members(&g, ip, year(2026)).unwrap(), set(&[ip, partner]));
        // Seen from the foster family, she lives with them.
        assert!(default_members(&g, foster_father, year(2026)).unwrap().contains(&placed));
        // A partner who died is not a member either.
        let mut q = g.person(partner).unwrap().clone();
        q.death = Some(year(2020));
        g.apply(Command::UpdatePerson { id: partner, person: q }).unwrap();
        assert_eq!(default_members(&g, ip, year(2026)).unwrap(), set(&[ip]));
    }

    #[test]
    fn children_of_a_split_couple_are_not_guessed_unless_the_other_parent_died() {
        let mut g = without_households();
        // Peter and Sandra divorced; give them a young child: not in Peter's home.
        let first = g.unions_of(PETER)[0];
        let (cmd, young) = family::add_child_of(&g, ParentRef::Union(first), Gender::Male).unwrap();
        g.apply(cmd).unwrap();
        assert!(!default_members(&g, PETER, year(2026)).unwrap().contains(&young));
        // Had the couple been widowed instead, the child lives with the survivor.
        let mut u = g.union(first).unwrap().clone();
        u.events = vec![UnionEvent { kind: UnionEventKind::Widowed, date: None }];
        g.apply(Command::UpdateUnion { id: first, union: u }).unwrap();
        assert!(default_members(&g, PETER, year(2026)).unwrap().contains(&young));
    }

    #[test]
    fn new_household_refuses_a_duplicate_and_undoes_exactly() {
        // The sample already has Peter's home as a household.
        let g = sample_family();
        assert_eq!(new_household(&g, PETER, year(2020)).unwrap_err(), HouseholdError::SameMembers);
        // A different set is fine, also with the same persons in it.
        let mut g = g;
        let (cmd, id) = new_household(&g, PETER, year(2026)).unwrap();
        let after = apply_and_undo(&mut g, cmd);
        let h = after.household(id).unwrap();
        assert_eq!(h.members, set(&[PETER, FATIMA, KEVIN]));
        assert_eq!(h.label, "");
        assert_eq!(after.households_of(PETER).len(), 2, "a person may belong to two households");
    }

    #[test]
    fn rename_trims_and_skips_no_change() {
        let mut g = sample_family();
        let h = g.households_of(PETER)[0];
        let cmd = rename_household(&g, h, "  gezin De Vries, Kerkstraat 1 ").unwrap().unwrap();
        let after = apply_and_undo(&mut g, cmd);
        assert_eq!(after.household(h).unwrap().label, "gezin De Vries, Kerkstraat 1");
        assert_eq!(after.household(h).unwrap().members, g.household(h).unwrap().members);
        assert_eq!(rename_household(&g, h, " Gezin De Vries, Utrecht").unwrap(), None);
        assert_eq!(rename_household(&g, HouseholdId(9), "x").unwrap_err(), HouseholdError::NoSuchHousehold);
    }

    #[test]
    fn add_and_remove_members_with_exact_undo() {
        let mut g = sample_family();
        let h = g.households_of(PETER)[0];
        let cmd = add_member(&g, h, MARIE).unwrap();
        let after = apply_and_undo(&mut g, cmd);
        assert!(after.household(h).unwrap().members.contains(&MARIE));
        assert_eq!(add_member(&g, h, NOAH).unwrap_err(), HouseholdError::AlreadyMember);
        assert_eq!(add_member(&g, h, PersonId(99)).unwrap_err(), HouseholdError::NoSuchPerson);
        assert_eq!(add_member(&g, HouseholdId(9), MARIE).unwrap_err(), HouseholdError::NoSuchHousehold);

        let cmd = remove_member(&g, h, NOAH).unwrap();
        let after = apply_and_undo(&mut g, cmd);
        assert_eq!(after.household(h).unwrap().members, set(&[PETER, FATIMA, KEVIN]));
        assert_eq!(after.household(h).unwrap().label, g.household(h).unwrap().label, "the label stays");
        assert_eq!(remove_member(&g, h, MARIE).unwrap_err(), HouseholdError::NotMember);
    }

    #[test]
    fn removing_the_last_member_removes_the_household_in_one_step() {
        let mut g = sample_family();
        let h = g.households_of(PETER)[0];
        for p in [PETER, FATIMA, NOAH] {
            let cmd = remove_member(&g, h, p).unwrap();
            assert!(matches!(cmd, Command::UpdateHousehold { .. }), "one member left is a household of one");
            g.apply(cmd).unwrap();
        }
        let cmd = remove_member(&g, h, KEVIN).unwrap();
        assert_eq!(cmd, Command::RemoveHousehold { id: h });
        let after = apply_and_undo(&mut g, cmd);
        assert!(after.household(h).is_none());
        assert_eq!(g.household(h).unwrap().members, set(&[KEVIN]), "undo brings back the member and the label");
        assert_eq!(g.household(h).unwrap().label, "Gezin De Vries, Utrecht");
    }

    #[test]
    fn no_two_households_with_the_same_members() {
        let mut g = sample_family();
        let home = g.households_of(PETER)[0];
        let (cmd, other) = new_household(&g, PETER, year(2026)).unwrap();
        g.apply(cmd).unwrap();
        // Adding Noah to the second would make it a copy of the first.
        assert_eq!(add_member(&g, other, NOAH).unwrap_err(), HouseholdError::SameMembers);
        // And taking Noah out of the first would make it a copy of the second.
        assert_eq!(remove_member(&g, home, NOAH).unwrap_err(), HouseholdError::SameMembers);
        assert_eq!(HouseholdError::SameMembers.message(Lang::Nl), "Er is al een huishouden met precies deze personen.");
    }

    #[test]
    fn remove_household_keeps_the_persons_and_undoes_exactly() {
        let mut g = sample_family();
        let h = g.households_of(PETER)[0];
        let persons = g.person_count();
        let cmd = remove_household(&g, h).unwrap();
        let after = apply_and_undo(&mut g, cmd);
        assert!(after.household(h).is_none());
        assert_eq!(after.person_count(), persons);
        assert_eq!(remove_household(&after, h).unwrap_err(), HouseholdError::NoSuchHousehold);
    }

    #[test]
    fn addable_persons_are_the_others_by_name() {
        let mut g = sample_family();
        let h = g.households_of(PETER)[0];
        let (cmd, _) = family::add_child(&g, FATIMA, Gender::Unknown).unwrap();
        g.apply(cmd).unwrap();
        let pregnancy = g.next_person_id();
        let person = Person { kind: PersonKind::Pregnancy { due: None }, ..Person::default() };
        g.apply(Command::AddPerson { id: pregnancy, person }).unwrap();
        let names: Vec<String> = addable_persons(&g, h, Lang::Nl).into_iter().map(|(_, n)| n).collect();
        assert_eq!(
            names,
            [
                "Daan de Vries",
                "Els de Vries",
                "Eva de Vries",
                "Jan de Vries",
                "Lisa de Vries",
                "Marie de Vries-Bakker",
                "onbekend 11",
                "Sandra Mulder"
            ]
        );
        assert!(addable_persons(&g, HouseholdId(9), Lang::Nl).is_empty());
    }

    #[test]
    fn the_editor_undoes_and_redoes_a_household_as_one_step() {
        let mut ed = Editor::new_genogram("d", "Casus", 0);
        let ip = ed.genogram().unwrap().index_person().unwrap();
        let (cmd, _) = family::add_partner(ed.genogram().unwrap(), ip).unwrap();
        ed.apply(cmd, 1).unwrap();
        let before = ed.genogram().unwrap().clone();
        let (cmd, h) = new_household(ed.genogram().unwrap(), ip, year(2026)).unwrap();
        ed.apply(cmd, 2).unwrap();
        assert_eq!(ed.genogram().unwrap().household(h).unwrap().members.len(), 2);
        let made = ed.genogram().unwrap().clone();
        assert!(ed.undo(3));
        assert_eq!(ed.genogram().unwrap(), &before);
        assert!(ed.redo(4));
        assert_eq!(ed.genogram().unwrap(), &made);
    }

    #[test]
    fn a_household_gets_a_period_as_one_undoable_step_and_bad_dates_are_refused() {
        let mut g = sample_family();
        let h = g.households().next().map(|(id, _)| id).unwrap();
        let cmd = set_household_period(&g, h, HouseholdPeriod::Since, " 1998 ").unwrap().unwrap();
        let after = apply_and_undo(&mut g, cmd.clone());
        assert_eq!(after.household(h).unwrap().since, Some(year(1998)));
        g.apply(cmd).unwrap();
        assert_eq!(set_household_period(&g, h, HouseholdPeriod::Since, "1998"), Ok(None), "no change, no step");
        assert_eq!(set_household_period(&g, h, HouseholdPeriod::Until, "vorig jaar"), Err(HouseholdError::BadDate));
        assert_eq!(set_household_period(&g, h, HouseholdPeriod::Until, "1990"), Err(HouseholdError::UntilBeforeSince));
        let cmd = set_household_period(&g, h, HouseholdPeriod::Until, "2004-06").unwrap().unwrap();
        g.apply(cmd).unwrap();
        assert_eq!(g.household(h).unwrap().until.unwrap().to_string(), "2004-06");
        let cmd = set_household_period(&g, h, HouseholdPeriod::Since, "").unwrap().unwrap();
        g.apply(cmd).unwrap();
        assert_eq!(g.household(h).unwrap().since, None, "an empty field clears the date");
        assert_eq!(
            set_household_period(&g, HouseholdId(999), HouseholdPeriod::Since, "1998"),
            Err(HouseholdError::NoSuchHousehold)
        );
    }
}
