//! The lines of a genogram as things the user selects: a union (couple) line, a child
//! line and an emotional relation. A click on a drawn line names it by its scene key
//! ([`Line::of_key`]); the side panel shows its fields, an existing relation's ends can
//! be moved to other persons ([`set_relation_ends`]), and Delete removes the line
//! ([`remove_line`]). Each edit is at most one undoable [`Command`].

use crate::genogram::edit::family::ActionError;
use crate::genogram::model::{AnyId, ChildLinkId, Command, Genogram, PersonId, RelationId, UnionId};
use crate::genogram::scene::item_of_key;

/// A selectable line of the genogram.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Line {
    /// A couple's line (with the bar its children hang from).
    Union(UnionId),
    /// The line from a child up to its parents.
    Child(ChildLinkId),
    /// An emotional relation between two persons.
    Relation(RelationId),
}

impl Line {
    /// The line an item of the scene draws (`union:3`, `child:5`, `relation:2`); `None`
    /// for persons, households, a single parent's stem, the legend and the title.
    pub fn of_key(key: &str) -> Option<Line> {
        if key.starts_with("single:") {
            return None;
        }
        match item_of_key(key)? {
            AnyId::Union(id) => Some(Line::Union(id)),
            AnyId::ChildLink(id) => Some(Line::Child(id)),
            AnyId::Relation(id) => Some(Line::Relation(id)),
            _ => None,
        }
    }

    /// The key of the scene item that draws this line.
    pub fn key(self) -> String {
        match self {
            Line::Union(id) => format!("union:{}", id.get()),
            Line::Child(id) => format!("child:{}", id.get()),
            Line::Relation(id) => format!("relation:{}", id.get()),
        }
    }

    /// Whether the genogram still has this line (an undo or a delete may have taken it).
    pub fn exists_in(self, g: &Genogram) -> bool {
        match self {
            Line::Union(id) => g.union(id).is_some(),
            Line::Child(id) => g.child_link(id).is_some(),
            Line::Relation(id) => g.relation(id).is_some(),
        }
    }
}

/// Removes the line: a union with the child lines hanging from it (the children stay),
/// a child line (the child stays), or a relation. `None` when it is already gone.
pub fn remove_line(g: &Genogram, line: Line) -> Option<Command> {
    line.exists_in(g).then_some(match line {
        Line::Union(id) => Command::RemoveUnion { id },
        Line::Child(id) => Command::RemoveChildLink { id },
        Line::Relation(id) => Command::RemoveRelation { id },
    })
}

/// Moves a relation's ends to `from` and `to` (who acts on whom, for a directed kind),
/// keeping its kind, period and note. `Ok(None)` when nothing changes or the relation
/// is gone; a relation of a person with themselves, or with someone who is not in the
/// genogram, is refused.
pub fn set_relation_ends(
    g: &Genogram,
    id: RelationId,
    from: PersonId,
    to: PersonId,
) -> Result<Option<Command>, ActionError> {
    let Some(old) = g.relation(id) else { return Ok(None) };
    if !g.contains_person(from) || !g.contains_person(to) {
        return Err(ActionError::NoSuchPerson);
    }
    if from == to {
        return Err(ActionError::SamePerson);
    }
    if (old.from, old.to) == (from, to) {
        return Ok(None);
    }
    let mut relation = old.clone();
    (relation.from, relation.to) = (from, to);
    Ok(Some(Command::UpdateRelation { id, relation }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::sample_family;

    #[test]
    fn scene_keys_name_lines_and_nothing_else() {
        assert_eq!(Line::of_key("union:3"), Some(Line::Union(UnionId(3))));
        assert_eq!(Line::of_key("child:5"), Some(Line::Child(ChildLinkId(5))));
        assert_eq!(Line::of_key("relation:2"), Some(Line::Relation(RelationId(2))));
        for other in ["person:1", "single:1", "household:1", "legend", "title", "union:x"] {
            assert_eq!(Line::of_key(other), None, "{other}");
        }
        for line in [Line::Union(UnionId(3)), Line::Child(ChildLinkId(5)), Line::Relation(RelationId(2))] {
            assert_eq!(Line::of_key(&line.key()), Some(line));
        }
    }

    #[test]
    fn every_drawn_line_of_the_sample_is_a_line_of_the_model() {
        use crate::editor::drawing::draw_genogram;
        use crate::genogram::layout::Pins;
        use crate::genogram::scene::SceneOptions;
        let g = sample_family();
        let opts =
            SceneOptions::new(crate::i18n::Lang::Nl, crate::genogram::model::PartialDate::year_only(2026).unwrap());
        let d = draw_genogram(&g, &Pins::default(), &opts);
        let lines: Vec<Line> = d.scene.items.iter().filter_map(|i| Line::of_key(&i.key)).collect();
        assert!(lines.iter().any(|l| matches!(l, Line::Union(_))));
        assert!(lines.iter().any(|l| matches!(l, Line::Child(_))));
        assert!(lines.iter().any(|l| matches!(l, Line::Relation(_))));
        assert!(lines.iter().all(|l| l.exists_in(&g)));
    }

    #[test]
    fn removing_a_line_is_one_undoable_step_and_keeps_the_persons() {
        let g0 = sample_family();
        let persons = g0.person_count();
        let lines = [
            Line::Union(g0.unions().next().unwrap().0),
            Line::Child(g0.child_links().next().unwrap().0),
            Line::Relation(g0.relations().next().unwrap().0),
        ];
        for line in lines {
            let mut g = g0.clone();
            let inverse = g.apply(remove_line(&g, line).expect("a command")).unwrap();
            assert!(!line.exists_in(&g), "{line:?} gone");
            assert_eq!(g.person_count(), persons, "nobody is removed with {line:?}");
            assert_eq!(remove_line(&g, line), None, "gone: nothing to do");
            g.apply(inverse).unwrap();
            assert_eq!(g, g0, "{line:?} undone");
        }
    }

    #[test]
    fn a_relations_ends_move_to_other_persons_keeping_the_rest() {
        let mut g = sample_family();
        let (rid, before) = g.relations().map(|(id, r)| (id, r.clone())).next().unwrap();
        let other = g.person_ids().find(|p| *p != before.from && *p != before.to).unwrap();
        let inverse = g.apply(set_relation_ends(&g, rid, other, before.to).unwrap().unwrap()).unwrap();
        let now = g.relation(rid).unwrap();
        assert_eq!((now.from, now.to), (other, before.to));
        assert_eq!((now.kind, &now.note, now.start), (before.kind, &before.note, before.start), "the rest stays");
        assert_eq!(set_relation_ends(&g, rid, other, before.to), Ok(None), "no change, no step");
        assert_eq!(set_relation_ends(&g, rid, other, other), Err(ActionError::SamePerson));
        assert_eq!(set_relation_ends(&g, rid, PersonId(9999), other), Err(ActionError::NoSuchPerson));
        assert_eq!(set_relation_ends(&g, RelationId(9999), other, before.to), Ok(None), "gone");
        g.apply(inverse).unwrap();
        assert_eq!(*g.relation(rid).unwrap(), before, "one undo puts it back");
    }
}
