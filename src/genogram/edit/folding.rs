//! Folding ("Inklappen") as undoable commands: on and off, the reach, the focus person,
//! and unfolding a branch. Every change is one [`Command::SetFolding`], so it is saved
//! with the document and undone like any edit.

use crate::genogram::edit::tie_fields::{Edit, FieldError};
use crate::genogram::folding::{path_to, step, visibility};
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

/// Which of the two reach fields of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// "Generaties omhoog".
    Up,
    /// "Generaties omlaag".
    Down,
}

/// Reads a reach field: a whole number of generations from 0 to [`Focus::MAX`].
/// Empty (what a number field gives for letters), negatives, fractions and larger
/// numbers are refused, so the drawing never changes to something the user did not type.
pub fn parse_reach(text: &str) -> Result<u8, FieldError> {
    let text = text.trim();
    // Digits only: `u8::from_str` would also take a leading '+'.
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(FieldError::BadReach);
    }
    text.parse::<u8>().ok().filter(|&n| n <= Focus::MAX).ok_or(FieldError::BadReach)
}

/// Sets one of the reach fields from its text (see [`parse_reach`]); the other keeps
/// its value. Turns folding on when it is off, like [`set_reach`].
pub fn edit_reach(g: &Genogram, which: Reach, text: &str) -> Edit {
    let n = parse_reach(text)?;
    let (up, down) = g.folding().map_or((Focus::DEFAULT_UP, Focus::DEFAULT_DOWN), |f| (f.focus.up, f.focus.down));
    Ok(match which {
        Reach::Up => set_reach(g, n, down),
        Reach::Down => set_reach(g, up, n),
    })
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

/// One step of unfolding at this person's "+N" marker (a click on it): their folded
/// parents, children, partners and siblings are drawn (see
/// [`crate::genogram::folding::step`]); `None` when folding is off or the person has
/// no folded branch.
pub fn unfold(g: &Genogram, person: PersonId) -> Option<Command> {
    let mut folding = g.folding()?.clone();
    let opened = step(g, &visibility(g, &folding), person);
    if opened.is_empty() {
        return None;
    }
    folding.shown.extend(opened);
    set(g, Some(folding))
}

/// Unfold the whole branch behind this person's "+N" marker at once (the panel's
/// "hele tak"); `None` when folding is off or the person has no folded branch.
pub fn unfold_branch(g: &Genogram, person: PersonId) -> Option<Command> {
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

/// Make a hidden person visible (the name search found them): draw them and the folded
/// relatives that join them to the drawing, nothing more; when no drawn person leads to
/// them, focus on them. `None` when they are drawn already or folding is off.
pub fn reveal(g: &Genogram, person: PersonId) -> Option<Command> {
    let folding = g.folding()?;
    let v = visibility(g, folding);
    if v.is_visible(person) || !g.contains_person(person) {
        return None;
    }
    let path = path_to(g, &v, person);
    if path.is_empty() {
        return focus_on(g, person);
    }
    let mut folding = folding.clone();
    folding.shown.extend(path);
    set(g, Some(folding))
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
        let v = visibility(&g, g.folding().unwrap());
        assert!(v.is_visible(by_name(&g, "Peter")) && v.is_visible(by_name(&g, "Kevin")), "one step: parents, brother");
        assert!(!v.is_visible(els) && !v.is_visible(jan), "grandparents and aunt wait for the next step");
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

    #[test]
    fn a_reach_field_takes_whole_numbers_up_to_the_maximum_and_says_why_not() {
        assert_eq!(parse_reach("3"), Ok(3));
        assert_eq!(parse_reach(" 0 "), Ok(0));
        assert_eq!(parse_reach(&Focus::MAX.to_string()), Ok(Focus::MAX));
        for bad in ["", "  ", "abc", "-1", "+2", "1.5", "21", "300", "99999999999"] {
            assert_eq!(parse_reach(bad), Err(FieldError::BadReach), "{bad:?}");
        }
        // The message names the range the field takes.
        for lang in [crate::i18n::Lang::Nl, crate::i18n::Lang::En] {
            let message = FieldError::BadReach.message(lang);
            assert!(message.contains(" 0 ") && message.contains(&Focus::MAX.to_string()), "{message}");
        }
        // One field changes its own generations only; refused text changes nothing.
        let mut g = sample_family();
        g.apply(edit_reach(&g, Reach::Down, "1").unwrap().unwrap()).unwrap();
        assert_eq!((g.folding().unwrap().focus.up, g.folding().unwrap().focus.down), (Focus::DEFAULT_UP, 1));
        g.apply(edit_reach(&g, Reach::Up, "0").unwrap().unwrap()).unwrap();
        assert_eq!((g.folding().unwrap().focus.up, g.folding().unwrap().focus.down), (0, 1));
        assert_eq!(edit_reach(&g, Reach::Up, "0"), Ok(None), "already so");
        assert_eq!(edit_reach(&g, Reach::Up, "25"), Err(FieldError::BadReach));
        assert_eq!(edit_reach(&g, Reach::Down, "x"), Err(FieldError::BadReach));
    }

    #[test]
    fn folding_everything_again_also_closes_the_steps_opened() {
        let mut g = sample_family();
        let noah = by_name(&g, "Noah");
        g.apply(set_reach(&g, 0, 0).unwrap()).unwrap();
        g.apply(unfold(&g, noah).unwrap()).unwrap();
        assert!(!g.folding().unwrap().shown.is_empty());
        g.apply(fold_all(&g).unwrap()).unwrap();
        assert_eq!(g.folding().unwrap(), &Folding::new(Focus { person: noah, up: 0, down: 0 }));
    }
}
