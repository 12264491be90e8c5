//! Edits of a person's symbol and conditions as the person form makes them: what the
//! symbol stands for (a person, a pregnancy with its due date, a miscarriage, …), the
//! transgender marker, and each condition's category, own name and note. Each function
//! returns the changed person; the form turns it into one undoable
//! [`crate::genogram::model::Command::UpdatePerson`] only when something changed. The UI only
//! calls these functions.

use crate::genogram::model::{
    Condition, ConditionArea, ConditionCategory, ConditionStatus, Gender, PartialDate, Person, PersonKind,
    PersonKindTag,
};

/// The person with another kind of symbol. A due date survives a round trip through
/// another kind only while the person stays a pregnancy: choosing "zwangerschap" again
/// for a pregnancy keeps it, turning a pregnancy into a miscarriage drops it (a
/// miscarriage has no due date in the notation).
pub fn with_kind(p: &Person, tag: PersonKindTag) -> Person {
    let mut p = p.clone();
    if p.kind.tag() == tag {
        return p;
    }
    p.kind = tag.fresh();
    p
}

/// The due date of a pregnancy ("uitgerekende datum"); `None` for any other kind.
pub fn due_date(p: &Person) -> Option<PartialDate> {
    match p.kind {
        PersonKind::Pregnancy { due } => due,
        _ => None,
    }
}

/// The person with another due date. Only a pregnancy has one; for any other kind the
/// person is returned unchanged.
pub fn with_due_date(p: &Person, date: Option<PartialDate>) -> Person {
    let mut p = p.clone();
    if let PersonKind::Pregnancy { due } = &mut p.kind {
        *due = date;
    }
    p
}

/// The person with the gender assigned at birth set (the small marker of a transgender
/// person). Choosing the lived gender itself, or nothing, clears the marker: a person
/// whose assigned gender equals the lived one is not drawn as transgender, so keeping
/// the value would only leave a hidden field behind.
pub fn with_assigned_gender(p: &Person, assigned: Option<Gender>) -> Person {
    let mut p = p.clone();
    p.assigned_gender = assigned.filter(|&g| g != p.gender);
    p
}

/// The assigned gender the form shows: only a marker that is drawn.
pub fn shown_assigned_gender(p: &Person) -> Option<Gender> {
    p.assigned_gender.filter(|_| p.is_transgender())
}

/// The choices of a condition's category in the form: the four areas of the symbol and
/// "anders" with a name of its own.
pub const CATEGORY_CHOICES: [ConditionArea; 5] = [
    ConditionArea::Physical,
    ConditionArea::Mental,
    ConditionArea::Alcohol,
    ConditionArea::Drugs,
    ConditionArea::Other,
];

/// A new condition as "+ Aandoening" adds it: physical, active, no note.
pub fn new_condition() -> Condition {
    Condition::new(ConditionCategory::Physical, ConditionStatus::Active)
}

/// The person with condition `i` moved to another area. An "anders" condition keeps its
/// own name when the area is chosen again, so a stray click loses nothing.
pub fn with_condition_area(p: &Person, i: usize, area: ConditionArea) -> Person {
    let mut p = p.clone();
    if let Some(c) = p.conditions.get_mut(i) {
        if c.category.area() != area {
            c.category = match area {
                ConditionArea::Physical => ConditionCategory::Physical,
                ConditionArea::Mental => ConditionCategory::Mental,
                ConditionArea::Alcohol => ConditionCategory::Alcohol,
                ConditionArea::Drugs => ConditionCategory::Drugs,
                ConditionArea::Other => ConditionCategory::Other(String::new()),
            };
        }
    }
    p
}

/// The person with the own name of condition `i` set (e.g. "autisme"), trimmed. Only an
/// "anders" condition has a name; others are returned unchanged.
pub fn with_condition_name(p: &Person, i: usize, name: &str) -> Person {
    let mut p = p.clone();
    if let Some(Condition { category: ConditionCategory::Other(own), .. }) = p.conditions.get_mut(i) {
        *own = name.trim().to_owned();
    }
    p
}

/// The person with condition `i`'s status set (vermoed, actief, in herstel).
pub fn with_condition_status(p: &Person, i: usize, status: ConditionStatus) -> Person {
    let mut p = p.clone();
    if let Some(c) = p.conditions.get_mut(i) {
        c.status = status;
    }
    p
}

/// The person with condition `i`'s note set (diagnosis, since when, …), trimmed.
pub fn with_condition_note(p: &Person, i: usize, note: &str) -> Person {
    let mut p = p.clone();
    if let Some(c) = p.conditions.get_mut(i) {
        c.note = note.trim().to_owned();
    }
    p
}

/// The person with condition `i`'s onset ("sinds") set or cleared; unchanged when there
/// is no condition `i`.
pub fn with_condition_since(p: &Person, i: usize, since: Option<PartialDate>) -> Person {
    let mut p = p.clone();
    if let Some(c) = p.conditions.get_mut(i) {
        c.since = since;
    }
    p
}

/// The person without condition `i`.
pub fn without_condition(p: &Person, i: usize) -> Person {
    let mut p = p.clone();
    if i < p.conditions.len() {
        p.conditions.remove(i);
    }
    p
}

/// Splits the themes field into tags: trimmed, no empties, no duplicates, order kept.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            tags.push(tag.to_owned());
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_trimmed_and_deduplicated() {
        assert_eq!(
            parse_tags(" schulden, ,Huiselijk geweld, schulden ,SCHULDEN"),
            vec!["schulden", "Huiselijk geweld"]
        );
        assert!(parse_tags("").is_empty());
    }

    fn date(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn kind_changes_keep_the_due_date_only_on_a_pregnancy() {
        let p = Person::new("", "", Gender::Unknown);
        let pregnant = with_due_date(&with_kind(&p, PersonKindTag::Pregnancy), Some(date("2027-03")));
        assert_eq!(pregnant.kind, PersonKind::Pregnancy { due: Some(date("2027-03")) });
        assert_eq!(due_date(&pregnant), Some(date("2027-03")));
        // Choosing the same kind again changes nothing.
        assert_eq!(with_kind(&pregnant, PersonKindTag::Pregnancy), pregnant);
        let lost = with_kind(&pregnant, PersonKindTag::Miscarriage);
        assert_eq!(lost.kind, PersonKind::Miscarriage);
        assert_eq!(due_date(&lost), None);
        // A due date on a miscarriage is no edit at all.
        assert_eq!(with_due_date(&lost, Some(date("2027"))), lost);
        assert_eq!(with_kind(&lost, PersonKindTag::Person).kind, PersonKind::Person);
        for &tag in PersonKindTag::ALL {
            assert_eq!(with_kind(&p, tag).kind.tag(), tag, "every kind can be chosen");
        }
    }

    #[test]
    fn the_assigned_gender_is_kept_only_when_it_differs() {
        let woman = Person::new("Sam", "", Gender::Female);
        let trans = with_assigned_gender(&woman, Some(Gender::Male));
        assert!(trans.is_transgender());
        assert_eq!(shown_assigned_gender(&trans), Some(Gender::Male));
        assert_eq!(with_assigned_gender(&woman, Some(Gender::Female)).assigned_gender, None);
        assert_eq!(with_assigned_gender(&trans, None).assigned_gender, None);
        // A stored marker equal to the lived gender (an old file, a gender change) is not shown.
        let mut same = woman.clone();
        same.assigned_gender = Some(Gender::Female);
        assert_eq!(shown_assigned_gender(&same), None);
    }

    #[test]
    fn a_condition_gets_an_onset_that_undoes_as_one_command() {
        let mut g = crate::genogram::model::Genogram::new();
        let id = g.next_person_id();
        let mut p = Person::new("Jan", "", Gender::Male);
        p.conditions.push(new_condition());
        g.apply(crate::genogram::model::Command::AddPerson { id, person: p.clone() }).unwrap();
        let before = g.clone();
        let since = "2015".parse().ok();
        let changed = with_condition_since(&p, 0, since);
        assert_eq!(changed.conditions[0].since, since);
        assert_eq!(with_condition_since(&p, 3, since), p, "no condition 3: unchanged");
        let undo = g.apply(crate::genogram::model::Command::UpdatePerson { id, person: changed }).unwrap();
        assert_eq!(g.person(id).unwrap().conditions[0].since, since);
        g.apply(undo).unwrap();
        assert_eq!(g, before);
    }

    #[test]
    fn conditions_get_an_area_an_own_name_a_status_and_a_note() {
        let mut p = Person::new("Kees", "", Gender::Male);
        p.conditions.push(new_condition());
        p.conditions.push(new_condition());
        let p = with_condition_area(&p, 1, ConditionArea::Other);
        assert_eq!(p.conditions[1].category, ConditionCategory::Other(String::new()));
        let p = with_condition_name(&p, 1, "  autisme ");
        assert_eq!(p.conditions[1].category, ConditionCategory::Other("autisme".into()));
        // Choosing "anders" again keeps the name; a name on a fixed area is no edit.
        assert_eq!(with_condition_area(&p, 1, ConditionArea::Other), p);
        assert_eq!(with_condition_name(&p, 0, "griep"), p);
        let p = with_condition_status(&p, 1, ConditionStatus::Suspected);
        let p = with_condition_note(&p, 1, " sinds 2019 ");
        assert_eq!(
            p.conditions[1],
            Condition {
                category: ConditionCategory::Other("autisme".into()),
                status: ConditionStatus::Suspected,
                note: "sinds 2019".into(),
                since: None,
            }
        );
        let p = with_condition_area(&p, 1, ConditionArea::Alcohol);
        assert_eq!(p.conditions[1].category, ConditionCategory::Alcohol);
        let p = without_condition(&p, 0);
        assert_eq!(p.conditions.len(), 1);
        assert_eq!(p.conditions[0].category, ConditionCategory::Alcohol);
        // An index past the end changes nothing.
        assert_eq!(without_condition(&p, 5), p);
        assert_eq!(with_condition_note(&p, 5, "x"), p);
    }

    #[test]
    fn every_area_is_a_choice() {
        for &a in ConditionArea::ALL {
            assert!(CATEGORY_CHOICES.contains(&a));
        }
    }
}
