//! Folding ("Inklappen") as undoable commands: on and off, the reach, the focus person,
//! and unfolding a branch. Every change is one [`Command::SetFolding`], so it is saved
//! with the document and undone like any edit.

use crate::genogram::folding::visibility;
use crate::genogram::model::{Command, Focus, Folding, Genogram, PersonId};

fn set(g: &Genogram, folding: Option<Folding>) -> Option<Command> {
    (g.folding() != folding.as_ref()).then_some(Command::SetFolding { folding })
}

/// Turn folding on (around the index person, three up and two down) or off; `None`
/// when it already is as asked, or there is nobody to focus on.
pub fn set_folding(g: &Genogram, on: bool) -> Option<Command> {
    if !on {
        return set(g, None);
    }
    if g.folding().is_some() {
        return None;
    }
    let person = g.index_person().or_else(|| g.person_ids().next())?;
    set(g, Some(Folding::new(Focus::on(person))))
}

/// Show `up` generations up and `down` down (at most [`Focus::MAX`]); turns folding on
/// when it is off. Unfolded branches stay unfolded.
pub fn set_reach(g: &Genogram, up: u8, down: u8) -> Option<Command> {
    let mut folding = match g.folding() {
        Some(f) => f.clone(),
        None => Folding::new(Focus::on(g.index_person().or_else(|| g.person_ids().next())?)),
    };
    folding.focus.up = up.min(Focus::MAX);
    folding.focus.down = down.min(Focus::MAX);
    set(g, Some(folding))
}

/// Centre the drawing on this person, keeping the reach; the branches unfolded around
/// the former focus fold again. Turns folding on when it is off.
pub fn focus_on(g: &Genogram, person: PersonId) -> Option<Command> {
    if !g.contains_person(person) {
        return None;
    }
    let focus = match g.folding() {
        Some(f) => Focus { person, ..f.focus },
        None => Focus::on(person),
    };
    set(g, Some(Folding::new(focus)))
}

/// Unfold the branch behind this person's "+N" marker; `None` when folding is off or
/// the person has no folded branch.
pub fn unfold(g: &Genogram, person: PersonId) -> Option<Command> {
    let mut folding = g.folding()?.clone();
    if !visibility(g, &folding).folded.contains_key(&person) {
        return None;
    }
    folding.unfolded.insert(person);
    set(g, Some(folding))
}

/// Fold every unfolded branch again (the focus and reach stay).
pub fn fold_all(g: &Genogram) -> Option<Command> {
    let folding = g.folding()?;
    set(g, Some(Folding::new(folding.focus)))
}

/// Make a hidden person visible (the name search found them): unfold the branch that
/// holds them, or, when no drawn person leads to them, focus on them. `None` when they
/// are drawn already or folding is off.
pub fn reveal(g: &Genogram, person: PersonId) -> Option<Command> {
    let folding = g.folding()?;
    let v = visibility(g, folding);
    if v.is_visible(person) || !g.contains_person(person) {
        return None;
    }
    match v.anchor.get(&person) {
        Some(&anchor) => unfold(g, anchor),
        None => focus_on(g, person),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::sample_family;

    fn by_name(g: &Genogram, name: &str) -> PersonId {
        g.persons().find(|(_, p)| p.given_name == name).map(|(id, _)| id).unwrap()
    }

    #[test]
    fn folding_on_starts_at_the_index_person_and_is_one_undoable_step() {
        let mut g = sample_family();
        assert!(set_folding(&g, false).is_none(), "already off");
        let undo = g.apply(set_folding(&g, true).unwrap()).unwrap();
        let f = g.folding().unwrap().clone();
        assert_eq!(f.focus, Focus { person: by_name(&g, "Noah"), up: 3, down: 2 });
        assert!(set_folding(&g, true).is_none(), "already on");
        g.apply(undo).unwrap();
        assert!(g.folding().is_none());
    }

    #[test]
    fn reach_focus_unfold_and_reveal() {
        let mut g = sample_family();
        let (noah, jan, els) = (by_name(&g, "Noah"), by_name(&g, "Jan"), by_name(&g, "Els"));
        g.apply(set_reach(&g, 0, 0).unwrap()).unwrap();
        assert_eq!((g.folding().unwrap().focus.up, g.folding().unwrap().focus.down), (0, 0));
        assert!(set_reach(&g, 0, 0).is_none());
        assert_eq!(
            set_reach(&g, 200, 1)
                .map(|c| matches!(c, Command::SetFolding { folding: Some(f) } if f.focus.up == Focus::MAX)),
            Some(true)
        );
        // Noah alone: his family hangs behind his marker.
        assert!(unfold(&g, jan).is_none(), "Jan has no marker: he is not drawn");
        let undo = g.apply(unfold(&g, noah).unwrap()).unwrap();
        assert!(visibility(&g, g.folding().unwrap()).is_visible(els));
        g.apply(undo).unwrap();
        // The search finds Els, hidden: revealing her unfolds the branch that holds her.
        g.apply(reveal(&g, els).unwrap()).unwrap();
        assert!(visibility(&g, g.folding().unwrap()).is_visible(els));
        assert!(reveal(&g, els).is_none(), "drawn now");
        // Focusing elsewhere folds the unfolded branches again, keeping the reach.
        g.apply(focus_on(&g, jan).unwrap()).unwrap();
        let f = g.folding().unwrap();
        assert_eq!((f.focus.person, f.focus.up, f.unfolded.len()), (jan, 0, 0));
        assert!(fold_all(&g).is_none(), "nothing unfolded");
        assert!(focus_on(&g, PersonId(999)).is_none());
    }
}
