//! What differs between a student's genogram and the reference, once the persons are
//! matched ([`super::matcher`]): persons, their gender, life and conditions, unions and
//! their events, child lines and their kind, emotional relations and households.
//!
//! A missing or extra person is one difference: the lines that hang on that person are
//! not listed again (a student who forgot a child has not also "forgotten a child line").

use super::matcher::Matching;
use crate::genogram::model::{
    ChildLinkKind, Condition, Gender, Genogram, PersonId, PersonKindTag, RelationKind, UnionEventKind, UnionKind,
};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;
use std::collections::{BTreeMap, BTreeSet};

/// One person in a difference: who it is in the student's drawing and in the reference
/// (a missing person exists only in the reference, an extra one only in the student's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Who {
    /// The person in the student's genogram.
    pub student: Option<PersonId>,
    /// The person in the reference.
    pub reference: Option<PersonId>,
}

/// One difference between the student's genogram and the reference.
#[derive(Clone, Debug, PartialEq)]
pub enum Difference {
    /// A person of the reference the student did not draw.
    MissingPerson(Who),
    /// A person the student drew who is not in the reference.
    ExtraPerson(Who),
    /// A matched person drawn with another gender.
    GenderDiffers {
        /// The person.
        who: Who,
        /// As drawn.
        student: Gender,
        /// As in the reference.
        reference: Gender,
    },
    /// A matched person drawn as living where the reference has them deceased, or back.
    DeceasedDiffers {
        /// The person.
        who: Who,
        /// Whether the reference has them deceased.
        reference: bool,
    },
    /// A matched person drawn as another kind (a person, a miscarriage, a pet, …).
    KindDiffers {
        /// The person.
        who: Who,
        /// As drawn.
        student: PersonKindTag,
        /// As in the reference.
        reference: PersonKindTag,
    },
    /// A condition (illness, addiction) of the reference the student left out.
    MissingCondition {
        /// The person.
        who: Who,
        /// The condition in the reference.
        condition: Condition,
    },
    /// A condition the student drew that the reference does not have.
    ExtraCondition {
        /// The person.
        who: Who,
        /// The condition as drawn.
        condition: Condition,
    },
    /// A union of the reference the student did not draw (or drew between other persons).
    MissingUnion {
        /// One partner.
        a: Who,
        /// The other partner (`None`: unknown).
        b: Option<Who>,
    },
    /// A union the student drew that the reference does not have.
    ExtraUnion {
        /// One partner.
        a: Who,
        /// The other partner (`None`: unknown).
        b: Option<Who>,
    },
    /// A union drawn as another kind (marriage, living together, …).
    UnionKindDiffers {
        /// One partner.
        a: Who,
        /// The other partner.
        b: Option<Who>,
        /// As drawn.
        student: UnionKind,
        /// As in the reference.
        reference: UnionKind,
    },
    /// An event of a union (separation, divorce, …) the student left out.
    MissingUnionEvent {
        /// One partner.
        a: Who,
        /// The other partner.
        b: Option<Who>,
        /// The event.
        event: UnionEventKind,
    },
    /// An event of a union the reference does not have.
    ExtraUnionEvent {
        /// One partner.
        a: Who,
        /// The other partner.
        b: Option<Who>,
        /// The event.
        event: UnionEventKind,
    },
    /// A child line of the reference the student did not draw (the child is drawn, but
    /// not as a child of these parents).
    MissingChild {
        /// The child.
        child: Who,
        /// The parents.
        parents: Vec<Who>,
    },
    /// A child line the reference does not have.
    ExtraChild {
        /// The child.
        child: Who,
        /// The parents.
        parents: Vec<Who>,
    },
    /// A child drawn with another kind of line (biological, adopted, foster).
    ChildKindDiffers {
        /// The child.
        child: Who,
        /// As drawn.
        student: ChildLinkKind,
        /// As in the reference.
        reference: ChildLinkKind,
    },
    /// A child drawn as a twin where the reference has none, or back.
    TwinDiffers {
        /// The child.
        child: Who,
        /// Whether the reference has the child as a twin.
        reference: bool,
    },
    /// An emotional relation of the reference the student did not draw.
    MissingRelation {
        /// From.
        from: Who,
        /// To.
        to: Who,
        /// The kind in the reference.
        kind: RelationKind,
    },
    /// An emotional relation the reference does not have.
    ExtraRelation {
        /// From.
        from: Who,
        /// To.
        to: Who,
        /// The kind as drawn.
        kind: RelationKind,
    },
    /// An emotional relation drawn as another kind.
    RelationKindDiffers {
        /// From.
        from: Who,
        /// To.
        to: Who,
        /// As drawn.
        student: RelationKind,
        /// As in the reference.
        reference: RelationKind,
    },
    /// A household of the reference the student did not draw.
    MissingHousehold {
        /// Its members.
        members: Vec<Who>,
    },
    /// A household the reference does not have.
    ExtraHousehold {
        /// Its members.
        members: Vec<Who>,
    },
    /// A household drawn with other members.
    HouseholdDiffers {
        /// Members of the reference's household the student left out.
        missing: Vec<Who>,
        /// Members the student put in that the reference does not.
        extra: Vec<Who>,
    },
}

impl Difference {
    /// Every person this difference concerns (to mark them in both drawings).
    pub fn persons(&self) -> Vec<Who> {
        use Difference::*;
        let pair = |a: &Who, b: &Option<Who>| std::iter::once(*a).chain(*b).collect();
        match self {
            MissingPerson(w) | ExtraPerson(w) => vec![*w],
            GenderDiffers { who, .. }
            | DeceasedDiffers { who, .. }
            | KindDiffers { who, .. }
            | MissingCondition { who, .. }
            | ExtraCondition { who, .. } => vec![*who],
            MissingUnion { a, b } | ExtraUnion { a, b } => pair(a, b),
            UnionKindDiffers { a, b, .. } | MissingUnionEvent { a, b, .. } | ExtraUnionEvent { a, b, .. } => pair(a, b),
            MissingChild { child, parents } | ExtraChild { child, parents } => {
                std::iter::once(*child).chain(parents.iter().copied()).collect()
            }
            ChildKindDiffers { child, .. } | TwinDiffers { child, .. } => vec![*child],
            MissingRelation { from, to, .. }
            | ExtraRelation { from, to, .. }
            | RelationKindDiffers { from, to, .. } => {
                vec![*from, *to]
            }
            MissingHousehold { members } | ExtraHousehold { members } => members.clone(),
            HouseholdDiffers { missing, extra } => missing.iter().chain(extra).copied().collect(),
        }
    }

    /// The difference in one sentence, in `lang`, naming persons as the reference does
    /// (a person the student added, as the student wrote them).
    pub fn describe(&self, student: &Genogram, reference: &Genogram, lang: Lang) -> String {
        use Difference::*;
        let name = |w: &Who| match (w.reference, w.student) {
            (Some(r), _) => reference.name_of(r),
            (None, Some(s)) => student.name_of(s),
            (None, None) => "?".to_owned(),
        };
        let couple = |a: &Who, b: &Option<Who>| match (b, lang) {
            (Some(b), Lang::Nl) => format!("{} en {}", name(a), name(b)),
            (Some(b), Lang::En) => format!("{} and {}", name(a), name(b)),
            (None, Lang::Nl) => format!("{} en een onbekende partner", name(a)),
            (None, Lang::En) => format!("{} and an unknown partner", name(a)),
        };
        let list = |ws: &[Who]| ws.iter().map(&name).collect::<Vec<_>>().join(", ");
        let l = lang;
        match (self, lang) {
            (MissingPerson(w), Lang::Nl) => format!("{} ontbreekt.", name(w)),
            (MissingPerson(w), Lang::En) => format!("{} is missing.", name(w)),
            (ExtraPerson(w), Lang::Nl) => format!("{} staat niet in de uitwerking.", name(w)),
            (ExtraPerson(w), Lang::En) => format!("{} is not in the worked answer.", name(w)),
            (GenderDiffers { who, student, reference }, Lang::Nl) => {
                format!("{}: getekend als {}, in de uitwerking {}.", name(who), student.label(l), reference.label(l))
            }
            (GenderDiffers { who, student, reference }, Lang::En) => {
                format!("{}: drawn as {}, in the worked answer {}.", name(who), student.label(l), reference.label(l))
            }
            (DeceasedDiffers { who, reference: true }, Lang::Nl) => {
                format!("{} is overleden; dat is niet getekend.", name(who))
            }
            (DeceasedDiffers { who, reference: true }, Lang::En) => {
                format!("{} has died; that is not drawn.", name(who))
            }
            (DeceasedDiffers { who, reference: false }, Lang::Nl) => {
                format!("{} is getekend als overleden, maar leeft.", name(who))
            }
            (DeceasedDiffers { who, reference: false }, Lang::En) => {
                format!("{} is drawn as deceased, but is alive.", name(who))
            }
            (KindDiffers { who, student, reference }, Lang::Nl) => {
                format!("{}: getekend als {}, in de uitwerking {}.", name(who), student.label(l), reference.label(l))
            }
            (KindDiffers { who, student, reference }, Lang::En) => {
                format!("{}: drawn as {}, in the worked answer {}.", name(who), student.label(l), reference.label(l))
            }
            (MissingCondition { who, condition }, Lang::Nl) => {
                format!("Bij {} ontbreekt ‘{}’.", name(who), condition.category.label(l))
            }
            (MissingCondition { who, condition }, Lang::En) => {
                format!("‘{}’ is missing for {}.", condition.category.label(l), name(who))
            }
            (ExtraCondition { who, condition }, Lang::Nl) => {
                format!("Bij {} staat ‘{}’, niet in de uitwerking.", name(who), condition.category.label(l))
            }
            (ExtraCondition { who, condition }, Lang::En) => {
                format!("{} has ‘{}’, not in the worked answer.", name(who), condition.category.label(l))
            }
            (MissingUnion { a, b }, Lang::Nl) => format!("De relatie tussen {} ontbreekt.", couple(a, b)),
            (MissingUnion { a, b }, Lang::En) => format!("The union of {} is missing.", couple(a, b)),
            (ExtraUnion { a, b }, Lang::Nl) => {
                format!("De relatie tussen {} staat niet in de uitwerking.", couple(a, b))
            }
            (ExtraUnion { a, b }, Lang::En) => format!("The union of {} is not in the worked answer.", couple(a, b)),
            (UnionKindDiffers { a, b, student, reference }, Lang::Nl) => format!(
                "De relatie tussen {}: getekend als {}, in de uitwerking {}.",
                couple(a, b),
                student.label(l),
                reference.label(l)
            ),
            (UnionKindDiffers { a, b, student, reference }, Lang::En) => format!(
                "The union of {}: drawn as {}, in the worked answer {}.",
                couple(a, b),
                student.label(l),
                reference.label(l)
            ),
            (MissingUnionEvent { a, b, event }, Lang::Nl) => {
                format!("Bij de relatie tussen {} ontbreekt ‘{}’.", couple(a, b), event.label(l))
            }
            (MissingUnionEvent { a, b, event }, Lang::En) => {
                format!("‘{}’ is missing from the union of {}.", event.label(l), couple(a, b))
            }
            (ExtraUnionEvent { a, b, event }, Lang::Nl) => {
                format!("Bij de relatie tussen {} staat ‘{}’, niet in de uitwerking.", couple(a, b), event.label(l))
            }
            (ExtraUnionEvent { a, b, event }, Lang::En) => {
                format!("The union of {} has ‘{}’, not in the worked answer.", couple(a, b), event.label(l))
            }
            (MissingChild { child, parents }, Lang::Nl) => {
                format!("{} is niet getekend als kind van {}.", name(child), list(parents))
            }
            (MissingChild { child, parents }, Lang::En) => {
                format!("{} is not drawn as a child of {}.", name(child), list(parents))
            }
            (ExtraChild { child, parents }, Lang::Nl) => {
                format!("{} is getekend als kind van {}; niet in de uitwerking.", name(child), list(parents))
            }
            (ExtraChild { child, parents }, Lang::En) => {
                format!("{} is drawn as a child of {}; not in the worked answer.", name(child), list(parents))
            }
            (ChildKindDiffers { child, student, reference }, Lang::Nl) => format!(
                "{}: getekend als kind ({}), in de uitwerking {}.",
                name(child),
                student.label(l),
                reference.label(l)
            ),
            (ChildKindDiffers { child, student, reference }, Lang::En) => format!(
                "{}: drawn as a child ({}), in the worked answer {}.",
                name(child),
                student.label(l),
                reference.label(l)
            ),
            (TwinDiffers { child, reference: true }, Lang::Nl) => {
                format!("{} is een tweeling; dat is niet getekend.", name(child))
            }
            (TwinDiffers { child, reference: true }, Lang::En) => {
                format!("{} is a twin; that is not drawn.", name(child))
            }
            (TwinDiffers { child, reference: false }, Lang::Nl) => {
                format!("{} is getekend als tweeling, maar is dat niet.", name(child))
            }
            (TwinDiffers { child, reference: false }, Lang::En) => {
                format!("{} is drawn as a twin, but is not one.", name(child))
            }
            (MissingRelation { from, to, kind }, Lang::Nl) => {
                format!("De relatie ‘{}’ tussen {} en {} ontbreekt.", kind.label(l), name(from), name(to))
            }
            (MissingRelation { from, to, kind }, Lang::En) => {
                format!("The ‘{}’ relation between {} and {} is missing.", kind.label(l), name(from), name(to))
            }
            (ExtraRelation { from, to, kind }, Lang::Nl) => format!(
                "De relatie ‘{}’ tussen {} en {} staat niet in de uitwerking.",
                kind.label(l),
                name(from),
                name(to)
            ),
            (ExtraRelation { from, to, kind }, Lang::En) => format!(
                "The ‘{}’ relation between {} and {} is not in the worked answer.",
                kind.label(l),
                name(from),
                name(to)
            ),
            (RelationKindDiffers { from, to, student, reference }, Lang::Nl) => format!(
                "De relatie tussen {} en {}: getekend als ‘{}’, in de uitwerking ‘{}’.",
                name(from),
                name(to),
                student.label(l),
                reference.label(l)
            ),
            (RelationKindDiffers { from, to, student, reference }, Lang::En) => format!(
                "The relation between {} and {}: drawn as ‘{}’, in the worked answer ‘{}’.",
                name(from),
                name(to),
                student.label(l),
                reference.label(l)
            ),
            (MissingHousehold { members }, Lang::Nl) => format!("Het huishouden van {} ontbreekt.", list(members)),
            (MissingHousehold { members }, Lang::En) => format!("The household of {} is missing.", list(members)),
            (ExtraHousehold { members }, Lang::Nl) => {
                format!("Het huishouden van {} staat niet in de uitwerking.", list(members))
            }
            (ExtraHousehold { members }, Lang::En) => {
                format!("The household of {} is not in the worked answer.", list(members))
            }
            (HouseholdDiffers { missing, extra }, Lang::Nl) => match (missing.is_empty(), extra.is_empty()) {
                (false, true) => format!("In een huishouden ontbreekt {}.", list(missing)),
                (true, false) => format!("In een huishouden staat ook {}, niet in de uitwerking.", list(extra)),
                _ => format!("Een huishouden: {} ontbreekt, {} hoort er niet bij.", list(missing), list(extra)),
            },
            (HouseholdDiffers { missing, extra }, Lang::En) => match (missing.is_empty(), extra.is_empty()) {
                (false, true) => format!("A household is missing {}.", list(missing)),
                (true, false) => format!("A household also has {}, not in the worked answer.", list(extra)),
                _ => format!("A household: {} is missing, {} does not belong.", list(missing), list(extra)),
            },
        }
    }
}

/// Who a reference person is on both sides.
fn from_ref(m: &Matching, r: PersonId) -> Who {
    Who { student: m.to_student.get(&r).copied(), reference: Some(r) }
}

/// Who a student person is on both sides.
fn from_student(m: &Matching, s: PersonId) -> Who {
    Who { student: Some(s), reference: m.to_reference.get(&s).copied() }
}

/// A condition's identity for comparing: its area, or its own normalised name.
fn condition_key(c: &Condition) -> String {
    match &c.category {
        crate::genogram::model::ConditionCategory::Other(name) => {
            format!("other:{}", super::matcher::normalise(name))
        }
        other => format!("{:?}", other.area()),
    }
}

/// What [`pair_by_key`] gives: the pairs, and what is left on each side with its key.
type Paired<K, A, B> = (Vec<(A, B)>, Vec<(K, A)>, Vec<(K, B)>);

/// Pairs up two lists by key: equal keys first in order; returns the pairs and what is
/// left on each side.
fn pair_by_key<K: Ord + Clone, A: Clone, B: Clone>(left: Vec<(K, A)>, right: Vec<(K, B)>) -> Paired<K, A, B> {
    let mut pool: BTreeMap<K, Vec<B>> = BTreeMap::new();
    for (k, b) in right {
        pool.entry(k).or_default().push(b);
    }
    let mut pairs = Vec::new();
    let mut left_over = Vec::new();
    for (k, a) in left {
        match pool.get_mut(&k).filter(|v| !v.is_empty()) {
            Some(v) => pairs.push((a, v.remove(0))),
            None => left_over.push((k, a)),
        }
    }
    let right_over = pool.into_iter().flat_map(|(k, v)| v.into_iter().map(move |b| (k.clone(), b))).collect();
    (pairs, left_over, right_over)
}

/// Every difference between `student` and `reference` under the matching `m`, in a
/// stable order: persons, unions, children, relations, households.
pub fn differences(student: &Genogram, reference: &Genogram, m: &Matching) -> Vec<Difference> {
    let mut out = Vec::new();
    persons(student, reference, m, &mut out);
    unions(student, reference, m, &mut out);
    children(student, reference, m, &mut out);
    relations(student, reference, m, &mut out);
    households(student, reference, m, &mut out);
    out
}

fn persons(student: &Genogram, reference: &Genogram, m: &Matching, out: &mut Vec<Difference>) {
    out.extend(m.missing.iter().map(|&r| Difference::MissingPerson(from_ref(m, r))));
    out.extend(m.extra.iter().map(|&s| Difference::ExtraPerson(from_student(m, s))));
    for (&r, &s) in &m.to_student {
        let (Some(rp), Some(sp)) = (reference.person(r), student.person(s)) else { continue };
        let who = Who { student: Some(s), reference: Some(r) };
        if sp.gender != rp.gender {
            out.push(Difference::GenderDiffers { who, student: sp.gender, reference: rp.gender });
        }
        if sp.is_deceased() != rp.is_deceased() {
            out.push(Difference::DeceasedDiffers { who, reference: rp.is_deceased() });
        }
        if sp.kind.tag() != rp.kind.tag() {
            out.push(Difference::KindDiffers { who, student: sp.kind.tag(), reference: rp.kind.tag() });
        }
        let keyed = |cs: &[Condition]| cs.iter().map(|c| (condition_key(c), c.clone())).collect::<Vec<_>>();
        let (_, missing, extra) = pair_by_key(keyed(&rp.conditions), keyed(&sp.conditions));
        out.extend(missing.into_iter().map(|(_, condition)| Difference::MissingCondition { who, condition }));
        out.extend(extra.into_iter().map(|(_, condition)| Difference::ExtraCondition { who, condition }));
    }
}

/// A union's partners as reference ids (sorted, an unknown partner as `None` last), or
/// `None` when a partner is not matched (that person's own difference says enough).
type CoupleKey = (PersonId, Option<PersonId>);

fn couple_key(a: Option<PersonId>, b: Option<Option<PersonId>>) -> Option<CoupleKey> {
    let a = a?;
    match b {
        None => Some((a, None)),
        Some(b) => {
            let b = b?;
            Some((a.min(b), Some(a.max(b))))
        }
    }
}

fn unions(student: &Genogram, reference: &Genogram, m: &Matching, out: &mut Vec<Difference>) {
    let r_list: Vec<_> = reference
        .unions()
        .filter_map(|(_, u)| {
            let b = u.partner_b.map(|b| m.to_student.contains_key(&b).then_some(b));
            let a = m.to_student.contains_key(&u.partner_a).then_some(u.partner_a);
            couple_key(a, b).map(|k| (k, u))
        })
        .collect();
    let s_list: Vec<_> = student
        .unions()
        .filter_map(|(_, u)| {
            let a = m.to_reference.get(&u.partner_a).copied();
            let b = u.partner_b.map(|b| m.to_reference.get(&b).copied());
            couple_key(a, b).map(|k| (k, u))
        })
        .collect();
    let (pairs, missing, extra) = pair_by_key(r_list, s_list);
    let whos = |k: &CoupleKey| (from_ref(m, k.0), k.1.map(|b| from_ref(m, b)));
    for (k, _) in missing {
        let (a, b) = whos(&k);
        out.push(Difference::MissingUnion { a, b });
    }
    for (k, _) in extra {
        let (a, b) = whos(&k);
        out.push(Difference::ExtraUnion { a, b });
    }
    for (ru, su) in pairs {
        let k = couple_key(Some(ru.partner_a), Some(ru.partner_b)).unwrap_or((ru.partner_a, None));
        let (a, b) = whos(&k);
        if ru.kind != su.kind {
            out.push(Difference::UnionKindDiffers { a, b, student: su.kind, reference: ru.kind });
        }
        let events = |u: &crate::genogram::model::Union| {
            u.events.iter().filter(|e| e.kind != UnionEventKind::Start).map(|e| (e.kind, ())).collect::<Vec<_>>()
        };
        let (_, missing, extra) = pair_by_key(events(ru), events(su));
        out.extend(missing.into_iter().map(|(event, _)| Difference::MissingUnionEvent { a, b, event }));
        out.extend(extra.into_iter().map(|(event, _)| Difference::ExtraUnionEvent { a, b, event }));
    }
}

/// A child line as (child, parents) in reference ids, only the matched parents.
type ChildKey = (PersonId, Vec<PersonId>);

fn children(student: &Genogram, reference: &Genogram, m: &Matching, out: &mut Vec<Difference>) {
    let r_list: Vec<(ChildKey, _)> = reference
        .child_links()
        .filter(|(_, l)| m.to_student.contains_key(&l.child))
        .map(|(_, l)| {
            let mut parents: Vec<PersonId> =
                reference.parent_persons(l.parent).into_iter().filter(|p| m.to_student.contains_key(p)).collect();
            parents.sort_stable();
            ((l.child, parents), l)
        })
        .collect();
    let s_list: Vec<(ChildKey, _)> = student
        .child_links()
        .filter_map(|(_, l)| {
            let child = *m.to_reference.get(&l.child)?;
            let mut parents: Vec<PersonId> =
                student.parent_persons(l.parent).iter().filter_map(|p| m.to_reference.get(p).copied()).collect();
            parents.sort_stable();
            Some(((child, parents), l))
        })
        .collect();
    let (pairs, missing, extra) = pair_by_key(r_list, s_list);
    let whos = |ps: &[PersonId]| ps.iter().map(|&p| from_ref(m, p)).collect::<Vec<_>>();
    for ((child, parents), _) in missing {
        out.push(Difference::MissingChild { child: from_ref(m, child), parents: whos(&parents) });
    }
    for ((child, parents), _) in extra {
        out.push(Difference::ExtraChild { child: from_ref(m, child), parents: whos(&parents) });
    }
    for (rl, sl) in pairs {
        let child = from_ref(m, rl.child);
        if rl.kind != sl.kind {
            out.push(Difference::ChildKindDiffers { child, student: sl.kind, reference: rl.kind });
        }
        if rl.twin.is_some() != sl.twin.is_some() {
            out.push(Difference::TwinDiffers { child, reference: rl.twin.is_some() });
        }
    }
}

/// A relation's ends in reference ids: ordered when the kind has a direction.
fn relation_ends(from: PersonId, to: PersonId, kind: RelationKind) -> (PersonId, PersonId) {
    if kind.is_directed() {
        (from, to)
    } else {
        (from.min(to), from.max(to))
    }
}

fn relations(student: &Genogram, reference: &Genogram, m: &Matching, out: &mut Vec<Difference>) {
    let r_list: Vec<_> = reference
        .relations()
        .filter(|(_, r)| m.to_student.contains_key(&r.from) && m.to_student.contains_key(&r.to))
        .map(|(_, r)| (relation_ends(r.from, r.to, r.kind), r.kind))
        .collect();
    let s_list: Vec<_> = student
        .relations()
        .filter_map(|(_, r)| {
            let (f, t) = (*m.to_reference.get(&r.from)?, *m.to_reference.get(&r.to)?);
            Some((relation_ends(f, t, r.kind), r.kind))
        })
        .collect();
    // Same ends and kind first; then the same ends (either way round) with another kind.
    let exact = |l: Vec<((PersonId, PersonId), RelationKind)>| l.into_iter().map(|(e, k)| ((e, k), e)).collect();
    let (_, r_left, s_left) = pair_by_key(exact(r_list), exact(s_list));
    let r_left: Vec<_> = r_left.into_iter().map(|((e, k), _)| (e, (e, k))).collect();
    let s_left: Vec<_> = s_left.into_iter().map(|((e, k), _)| (e, (e, k))).collect();
    type Ends = (PersonId, PersonId);
    let unordered = |l: Vec<(Ends, (Ends, RelationKind))>| {
        l.into_iter().map(|(e, v)| ((e.0.min(e.1), e.0.max(e.1)), v)).collect::<Vec<_>>()
    };
    let (pairs, missing, extra) = pair_by_key(unordered(r_left), unordered(s_left));
    for (((f, t), rk), (_, sk)) in pairs {
        out.push(Difference::RelationKindDiffers {
            from: from_ref(m, f),
            to: from_ref(m, t),
            student: sk,
            reference: rk,
        });
    }
    for (_, ((f, t), kind)) in missing {
        out.push(Difference::MissingRelation { from: from_ref(m, f), to: from_ref(m, t), kind });
    }
    for (_, ((f, t), kind)) in extra {
        out.push(Difference::ExtraRelation { from: from_ref(m, f), to: from_ref(m, t), kind });
    }
}

fn households(student: &Genogram, reference: &Genogram, m: &Matching, out: &mut Vec<Difference>) {
    let r_sets: Vec<BTreeSet<PersonId>> = reference
        .households()
        .map(|(_, h)| h.members.iter().copied().filter(|p| m.to_student.contains_key(p)).collect())
        .filter(|s: &BTreeSet<PersonId>| !s.is_empty())
        .collect();
    let s_sets: Vec<BTreeSet<PersonId>> = student
        .households()
        .map(|(_, h)| h.members.iter().filter_map(|p| m.to_reference.get(p).copied()).collect())
        .filter(|s: &BTreeSet<PersonId>| !s.is_empty())
        .collect();
    let (_, r_left, s_left) =
        pair_by_key(r_sets.into_iter().map(|s| (s, ())).collect(), s_sets.into_iter().map(|s| (s, ())).collect());
    let mut s_left: Vec<Option<BTreeSet<PersonId>>> = s_left.into_iter().map(|(s, _)| Some(s)).collect();
    let whos = |ps: &mut dyn Iterator<Item = &PersonId>| ps.map(|&p| from_ref(m, p)).collect::<Vec<_>>();
    for (r, _) in r_left {
        // The student's household sharing most members (at least half of the larger) is
        // this one drawn differently.
        let best = s_left
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|s| (i, r.intersection(s).count(), r.len().max(s.len()))))
            .filter(|&(_, shared, size)| shared * 2 >= size && shared > 0)
            .max_by_key(|&(i, shared, _)| (shared, std::cmp::Reverse(i)));
        match best.and_then(|(i, _, _)| s_left[i].take()) {
            Some(s) => out.push(Difference::HouseholdDiffers {
                missing: whos(&mut r.difference(&s)),
                extra: whos(&mut s.difference(&r)),
            }),
            None => out.push(Difference::MissingHousehold { members: whos(&mut r.iter()) }),
        }
    }
    for s in s_left.into_iter().flatten() {
        out.push(Difference::ExtraHousehold { members: whos(&mut s.iter()) });
    }
}

/// Every id in `ids` as a set (helper for marking).
pub(crate) fn ids(ws: &[Who], student_side: bool) -> BTreeSet<PersonId> {
    ws.iter().filter_map(|w| if student_side { w.student } else { w.reference }).collect()
}
