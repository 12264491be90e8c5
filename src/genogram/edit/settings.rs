//! Choices about how the genogram is drawn, as undoable commands.

use crate::genogram::model::{Command, Genogram, GenogramSettings};

/// Turn strict birth order on or off; `None` when it already is as asked.
pub fn set_strict_birth_order(g: &Genogram, on: bool) -> Option<Command> {
    let old = g.settings();
    (old.strict_birth_order != on)
        .then_some(Command::SetSettings { settings: GenogramSettings { strict_birth_order: on, ..old } })
}

/// Draw the persons' tags or not; `None` when it already is as asked.
pub fn set_show_tags(g: &Genogram, on: bool) -> Option<Command> {
    let old = g.settings();
    (old.show_tags != on).then_some(Command::SetSettings { settings: GenogramSettings { show_tags: on, ..old } })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_birth_order_is_one_undoable_step() {
        let mut g = Genogram::new();
        assert!(set_strict_birth_order(&g, false).is_none(), "already off");
        let cmd = set_strict_birth_order(&g, true).expect("a change");
        let undo = g.apply(cmd).expect("settings always apply");
        assert!(g.settings().strict_birth_order);
        g.apply(undo).expect("undo");
        assert!(!g.settings().strict_birth_order);
    }

    #[test]
    fn showing_tags_is_one_undoable_step_and_keeps_the_other_settings() {
        let mut g = Genogram::new();
        g.apply(set_strict_birth_order(&g, true).unwrap()).unwrap();
        assert!(set_show_tags(&g, false).is_none(), "already off");
        let undo = g.apply(set_show_tags(&g, true).expect("a change")).unwrap();
        assert!(g.settings().show_tags && g.settings().strict_birth_order);
        g.apply(undo).unwrap();
        assert!(!g.settings().show_tags && g.settings().strict_birth_order);
        // And the other way round: strict order keeps the tags shown.
        g.apply(set_show_tags(&g, true).unwrap()).unwrap();
        g.apply(set_strict_birth_order(&g, false).unwrap()).unwrap();
        assert!(g.settings().show_tags);
    }
}
