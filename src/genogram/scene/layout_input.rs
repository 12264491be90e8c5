//! Model → layout input: the plain [`layout::Family`] the layout engine places.

use std::collections::BTreeMap;

use super::person_labels::{person_texts, PersonTexts};
use super::Anonymise;
use crate::genogram::layout::{self, ChildKind, SingleParentLink, SymbolSize, TwinGroup};
use crate::genogram::model::{
    ChildLink, ChildLinkKind, Genogram, ParentRef, PartialDate, PersonId, PersonKind, TwinKind,
};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;

/// Room kept free either side of a person's texts: where the lines leaving the symbol
/// sideways go down (see [`super::lines::stub_path`]), with a gap to the neighbour's.
pub(crate) const LABEL_MARGIN: f64 = 14.0;

/// Sort key of a date: `yyyymmdd` with unknown parts as 0.
pub(crate) fn date_key(d: &PartialDate) -> i64 {
    let (y, m, day) = d.sort_key();
    y as i64 * 10_000 + m as i64 * 100 + day as i64
}

/// The layout's kind of a child line.
pub(crate) fn child_kind(k: ChildLinkKind) -> ChildKind {
    match k {
        ChildLinkKind::Biological => ChildKind::Biological,
        ChildLinkKind::Adopted => ChildKind::Adopted,
        ChildLinkKind::Foster => ChildKind::Foster,
    }
}

/// Whether a person kind is drawn with a small symbol.
pub(crate) fn is_small(kind: &PersonKind) -> bool {
    matches!(kind, PersonKind::Miscarriage | PersonKind::Abortion | PersonKind::Stillbirth | PersonKind::Pet)
}

/// The layout input for a genogram drawn with real names in Dutch: [`layout_input_for`]
/// with [`Anonymise::Off`] and [`Lang::Nl`].
pub fn layout_input(g: &Genogram) -> layout::Family {
    layout_input_for(g, Anonymise::Off, Lang::Nl)
}

/// The layout input for a genogram drawn with the names (real, initials or roles) of
/// `anonymise` in `lang`.
///
/// * label widths: the width of the texts the scene draws around each person (name
///   wrapped as drawn, years, due date), measured with the drawing font, so the layout
///   keeps neighbours clear of each other's labels, with [`LABEL_MARGIN`] either side;
/// * persons: small symbols for miscarriage, abortion, stillbirth and pets; the
///   birth-order key is the birth date (`yyyymmdd`), or the due date of a pregnancy;
/// * within a sibship where any child line has an explicit `order`, those orders win:
///   the children get keys in the model's order ([`Genogram::children_of`]: the child
///   with order n at place n, the others by date), ranked from the sibship's earliest
///   date key;
/// * unions: order key from the start date (else the first dated event), undated
///   unions after dated ones by id; each with its child lines sorted by birth;
/// * child lines from a single person become single-parent links;
/// * twin groups per parent and group number (identical when any member says so);
/// * the document's choice of strict birth order.
pub fn layout_input_for(g: &Genogram, anonymise: Anonymise, lang: Lang) -> layout::Family {
    layout_input_from_texts(g, &person_texts(g, anonymise, lang))
}

/// [`layout_input_for`] from the persons' texts already made by [`person_texts`] (the
/// scene needs them too).
pub(crate) fn layout_input_from_texts(g: &Genogram, texts: &BTreeMap<PersonId, PersonTexts>) -> layout::Family {
    let mut birth: BTreeMap<PersonId, Option<i64>> = BTreeMap::new();
    let mut persons = Vec::with_capacity(g.person_count());
    for (id, p) in g.persons() {
        let date = match &p.kind {
            PersonKind::Pregnancy { due } => due.or(p.birth),
            _ => p.birth,
        };
        birth.insert(id, date.as_ref().map(date_key));
        persons.push(layout::FamilyPerson {
            id: id.get(),
            size: if is_small(&p.kind) { SymbolSize::Small } else { SymbolSize::Normal },
            birth_order: None,
            label_width: texts.get(&id).map(|t| t.width() + 2.0 * LABEL_MARGIN),
        });
    }

    // Child lines grouped per parent, in id order.
    let mut by_parent: BTreeMap<ParentRef, Vec<&ChildLink>> = BTreeMap::new();
    for (_, l) in g.child_links() {
        if g.contains_person(l.child) {
            by_parent.entry(l.parent).or_default().push(l);
        }
    }
    let mut keys = birth.clone();
    for (parent, links) in by_parent.iter_mut() {
        let date = |l: &ChildLink| birth.get(&l.child).copied().flatten();
        if links.iter().any(|l| l.order.is_some()) {
            // The model's sibling order (a child with order n at place n among the others
            // by date), so the drawing, the panel and the description agree.
            let rank: BTreeMap<PersonId, usize> =
                g.children_of(*parent).into_iter().enumerate().map(|(i, (_, c))| (c, i)).collect();
            links.sort_stable_by_key(|l| (rank.get(&l.child).copied().unwrap_or(usize::MAX), l.child));
            let base = links.iter().filter_map(|l| date(l)).min().unwrap_or(0);
            for (rank, l) in links.iter().enumerate() {
                keys.insert(l.child, Some(base + rank as i64));
            }
        } else {
            links.sort_stable_by_key(|l| (date(l).unwrap_or(i64::MAX), l.child));
        }
    }
    for p in &mut persons {
        p.birth_order = keys.get(&PersonId(p.id)).copied().flatten();
    }

    let link = |l: &ChildLink| layout::FamilyChild { child: l.child.get(), kind: child_kind(l.kind) };
    let mut unions = Vec::new();
    for (id, u) in g.unions() {
        let order = u
            .start_date()
            .or_else(|| u.events.iter().find_map(|e| e.date))
            .map(|d| date_key(&d))
            .unwrap_or(i64::MAX / 2 + id.get() as i64);
        let children =
            by_parent.get(&ParentRef::Union(id)).map(|ls| ls.iter().map(|l| link(l)).collect()).unwrap_or_default();
        unions.push(layout::FamilyUnion {
            id: id.get(),
            partners: (u.partner_a.get(), u.partner_b.map(PersonId::get)),
            order,
            children,
        });
    }

    let mut single_parent_links = Vec::new();
    let mut twins: BTreeMap<(ParentRef, u32), (Vec<u32>, bool)> = BTreeMap::new();
    for (parent, links) in &by_parent {
        for l in links {
            if let ParentRef::Person(p) = parent {
                single_parent_links.push(SingleParentLink { parent: p.get(), child: link(l) });
            }
            if let Some(t) = l.twin {
                let e = twins.entry((*parent, t.group)).or_default();
                e.0.push(l.child.get());
                e.1 |= t.kind == TwinKind::Identical;
            }
        }
    }
    let twin_groups = twins
        .into_values()
        .filter(|(m, _)| m.len() >= 2)
        .map(|(members, identical)| TwinGroup { members, identical })
        .collect();
    layout::Family {
        persons,
        unions,
        single_parent_links,
        twin_groups,
        strict_birth_order: g.settings().strict_birth_order,
    }
}
