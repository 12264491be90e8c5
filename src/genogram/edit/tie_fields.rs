//! Edits of one emotional relation (period, note, direction) and of one child line
//! (donor or surrogate, birth order) as the side panel makes them. Each edit is at most
//! one undoable [`Command`]; text the panel cannot read is refused with a
//! [`FieldError`] and changes nothing. The UI only calls these functions.
//!
//! The edits read the relation or child line from the genogram as it is when the user
//! commits a field, not from a copy taken when the panel was drawn, so two quick edits
//! never undo each other.

use crate::genogram::model::{
    ChildLink, ChildLinkId, ChildLinkKind, Command, ConceptionAid, Genogram, PartialDate, RelationId, RelationKind,
};
use crate::i18n::Lang;

/// Why a field's text was not applied; the panel shows the message under the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// A date Kring cannot read (see [`PartialDate`]'s formats).
    BadDate,
    /// A birth order that is not a whole number from 1.
    BadBirthOrder,
    /// A number of generations (folding's reach) that is not a whole number from 0 to
    /// [`crate::genogram::model::Focus::MAX`].
    BadReach,
}

impl FieldError {
    /// The inline message under the field.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            FieldError::BadDate => lang.texts().bad_date,
            FieldError::BadBirthOrder => lang.texts().bad_birth_order,
            FieldError::BadReach => lang.texts().fold_bad_reach,
        }
    }
}

/// An edit result: `Ok(None)` when there is nothing to do (the value did not change, or
/// the relation or child line is gone).
pub type Edit = Result<Option<Command>, FieldError>;

/// The text fields of an emotional relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationField {
    /// "Sinds": since when.
    Start,
    /// "Tot": until when.
    End,
    /// "Notitie": a free note.
    Note,
}

/// Reads a date field the way the person form does: empty means "no date".
pub fn parse_date(text: &str) -> Result<Option<PartialDate>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    text.parse::<PartialDate>().map(Some).map_err(|_| FieldError::BadDate)
}

/// Reads the birth order field: empty means "by date of birth"; otherwise a whole
/// number from 1 (1 = the oldest). Zero, negatives, fractions and words are refused.
pub fn parse_birth_order(text: &str) -> Result<Option<u32>, FieldError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    // Digits only: `u32::from_str` would also take a leading '+'.
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::BadBirthOrder);
    }
    match text.parse::<u32>() {
        Ok(n) if n >= 1 => Ok(Some(n)),
        _ => Err(FieldError::BadBirthOrder),
    }
}

/// Sets the relation's start, end or note from the field's text (a note is trimmed).
pub fn edit_relation(g: &Genogram, id: RelationId, field: RelationField, text: &str) -> Edit {
    let Some(old) = g.relation(id) else { return Ok(None) };
    let mut relation = old.clone();
    match field {
        RelationField::Start => relation.start = parse_date(text)?,
        RelationField::End => relation.end = parse_date(text)?,
        RelationField::Note => relation.note = text.trim().to_owned(),
    }
    Ok((relation != *old).then_some(Command::UpdateRelation { id, relation }))
}

/// Changes the kind of the relation (its line style).
pub fn set_relation_kind(g: &Genogram, id: RelationId, kind: RelationKind) -> Option<Command> {
    let old = g.relation(id).filter(|r| r.kind != kind)?;
    Some(Command::UpdateRelation { id, relation: crate::genogram::model::Relation { kind, ..old.clone() } })
}

/// Swaps who acts on whom ("Richting omdraaien"), for directed kinds only: a mutual
/// relation has no direction to turn.
pub fn reverse_relation(g: &Genogram, id: RelationId) -> Option<Command> {
    let old = g.relation(id).filter(|r| r.kind.is_directed())?;
    let mut relation = old.clone();
    std::mem::swap(&mut relation.from, &mut relation.to);
    Some(Command::UpdateRelation { id, relation })
}

/// Changes how the child belongs to the parents (biological, adopted, foster).
pub fn set_child_link_kind(g: &Genogram, id: ChildLinkId, kind: ChildLinkKind) -> Option<Command> {
    let old = g.child_link(id).filter(|l| l.kind != kind)?;
    Some(Command::UpdateChildLink { id, link: ChildLink { kind, ..old.clone() } })
}

/// Takes the child out of its twin group ("Tweeling met: niemand").
pub fn clear_twin(g: &Genogram, id: ChildLinkId) -> Option<Command> {
    let old = g.child_link(id).filter(|l| l.twin.is_some())?;
    Some(Command::UpdateChildLink { id, link: ChildLink { twin: None, ..old.clone() } })
}

/// Sets or clears the donor or surrogate on a child line.
pub fn set_conception_aid(g: &Genogram, id: ChildLinkId, aid: Option<ConceptionAid>) -> Option<Command> {
    let old = g.child_link(id)?;
    (old.aid != aid).then(|| Command::UpdateChildLink { id, link: ChildLink { aid, ..old.clone() } })
}

/// Sets the child's place among the siblings from the field's text; empty returns the
/// child to the order by date of birth.
pub fn edit_birth_order(g: &Genogram, id: ChildLinkId, text: &str) -> Edit {
    let order = parse_birth_order(text)?;
    let Some(old) = g.child_link(id) else { return Ok(None) };
    Ok((old.order != order).then(|| Command::UpdateChildLink { id, link: ChildLink { order, ..old.clone() } }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{sample_family, PersonId, Relation, RelationKind};

    #[test]
    fn date_field_accepts_partial_dates_and_empty() {
        assert_eq!(parse_date("  "), Ok(None));
        assert_eq!(parse_date("1972").unwrap().unwrap().year(), 1972);
        assert!(parse_date("ca. 1930").unwrap().unwrap().is_approximate());
        assert_eq!(parse_date("gisteren"), Err(FieldError::BadDate));
    }

    const PETER: PersonId = PersonId(2);
    const NOAH: PersonId = PersonId(9);

    fn first_relation(g: &Genogram) -> (RelationId, Relation) {
        g.relations().map(|(id, r)| (id, r.clone())).next().unwrap()
    }

    /// Plans an edit on the genogram as it is and applies it.
    fn apply(g: &mut Genogram, plan: impl FnOnce(&Genogram) -> Option<Command>) {
        let cmd = plan(g).expect("a command");
        g.apply(cmd).unwrap();
    }

    #[test]
    fn dates_are_partial_and_empty_means_none() {
        assert_eq!(parse_date("  "), Ok(None));
        assert_eq!(parse_date("2015").unwrap().unwrap().year(), 2015);
        assert!(parse_date("ca. 1930").unwrap().unwrap().is_approximate());
        assert_eq!(parse_date("2015-03").unwrap().unwrap().to_string(), "2015-03");
        assert_eq!(parse_date("vorig jaar"), Err(FieldError::BadDate));
    }

    #[test]
    fn birth_order_is_empty_or_a_whole_number_from_one() {
        assert_eq!(parse_birth_order(""), Ok(None));
        assert_eq!(parse_birth_order(" 2 "), Ok(Some(2)));
        assert_eq!(parse_birth_order("1"), Ok(Some(1)));
        for bad in ["0", "-1", "+2", "2.5", "1e2", "twee", "99999999999"] {
            assert_eq!(parse_birth_order(bad), Err(FieldError::BadBirthOrder), "{bad}");
        }
    }

    #[test]
    fn period_and_note_of_a_relation_are_one_undoable_step_each() {
        let mut g = sample_family();
        let (rid, before) = first_relation(&g);
        let original = g.clone();
        apply(&mut g, |g| edit_relation(g, rid, RelationField::Start, "2015").unwrap());
        apply(&mut g, |g| edit_relation(g, rid, RelationField::End, "2020-06").unwrap());
        apply(&mut g, |g| edit_relation(g, rid, RelationField::Note, "  ruzie over erfenis ").unwrap());
        let r = g.relation(rid).unwrap();
        assert_eq!((r.start.unwrap().to_string(), r.end.unwrap().to_string()), ("2015".into(), "2020-06".into()));
        assert_eq!(r.note, "ruzie over erfenis");
        assert_eq!((r.from, r.to, r.kind), (before.from, before.to, before.kind), "the rest stays");

        // The same value again is no step; a bad date is refused and nothing changes.
        assert_eq!(edit_relation(&g, rid, RelationField::Start, " 2015 "), Ok(None));
        assert_eq!(edit_relation(&g, rid, RelationField::End, "gisteren"), Err(FieldError::BadDate));
        // Clearing works; a relation that is gone is nothing to do.
        apply(&mut g, |g| edit_relation(g, rid, RelationField::End, "").unwrap());
        assert_eq!(g.relation(rid).unwrap().end, None);
        assert_eq!(edit_relation(&original, RelationId(999), RelationField::Note, "x"), Ok(None));
    }

    #[test]
    fn reversing_swaps_actor_and_target_of_directed_relations_only() {
        let mut g = sample_family();
        let (rid, r) = first_relation(&g);
        assert!(!r.kind.is_directed());
        assert_eq!(reverse_relation(&g, rid), None, "a mutual relation has no direction");
        let cmd =
            Command::UpdateRelation { id: rid, relation: Relation { kind: RelationKind::Controlling, ..r.clone() } };
        g.apply(cmd).unwrap();
        let inverse = g.apply(reverse_relation(&g, rid).unwrap()).unwrap();
        let now = g.relation(rid).unwrap();
        assert_eq!((now.from, now.to), (r.to, r.from));
        // One command, and its inverse turns it back.
        g.apply(inverse).unwrap();
        assert_eq!(g.relation(rid).unwrap().from, r.from);
        assert_eq!((r.from, r.to), (PETER, NOAH), "the fixture's first relation");
    }

    #[test]
    fn donor_and_birth_order_on_a_child_line() {
        let mut g = sample_family();
        let (lid, _) = g.parent_links(NOAH)[0];
        apply(&mut g, |g| set_conception_aid(g, lid, Some(ConceptionAid::Donor)));
        assert_eq!(g.child_link(lid).unwrap().aid, Some(ConceptionAid::Donor));
        assert_eq!(set_conception_aid(&g, lid, Some(ConceptionAid::Donor)), None, "no change, no step");
        apply(&mut g, |g| set_conception_aid(g, lid, None));
        assert_eq!(g.child_link(lid).unwrap().aid, None);

        apply(&mut g, |g| edit_birth_order(g, lid, "2").unwrap());
        assert_eq!(g.child_link(lid).unwrap().order, Some(2));
        assert_eq!(edit_birth_order(&g, lid, "0"), Err(FieldError::BadBirthOrder));
        assert_eq!(edit_birth_order(&g, lid, "2"), Ok(None));
        apply(&mut g, |g| edit_birth_order(g, lid, " ").unwrap());
        assert_eq!(g.child_link(lid).unwrap().order, None);
    }

    #[test]
    fn kinds_and_twins_change_only_when_they_differ() {
        let mut g = sample_family();
        let (rid, r) = first_relation(&g);
        assert_eq!(set_relation_kind(&g, rid, r.kind), None);
        apply(&mut g, |g| set_relation_kind(g, rid, RelationKind::Hostile));
        assert_eq!(g.relation(rid).unwrap().kind, RelationKind::Hostile);
        let (lid, link) = g.parent_links(NOAH)[0];
        assert_eq!(set_child_link_kind(&g, lid, link.kind), None);
        apply(&mut g, |g| set_child_link_kind(g, lid, ChildLinkKind::Adopted));
        assert_eq!(g.child_link(lid).unwrap().kind, ChildLinkKind::Adopted);
        assert_eq!(clear_twin(&g, lid), None, "Noah is no twin");
        let lisa = PersonId(5);
        let (twin_line, _) = g.parent_links(lisa)[0];
        apply(&mut g, |g| clear_twin(g, twin_line));
        assert!(g.child_link(twin_line).unwrap().twin.is_none());
    }

    #[test]
    fn field_errors_have_both_languages() {
        for e in [FieldError::BadDate, FieldError::BadBirthOrder] {
            assert!(!e.message(Lang::Nl).is_empty() && e.message(Lang::Nl) != e.message(Lang::En));
        }
    }
}
