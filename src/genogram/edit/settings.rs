//! Choices about how the genogram is drawn, as undoable commands.

use crate::genogram::model::{Command, Genogram, GenogramSettings};

/// Turn strict birth order on or off; `None` when it already is as asked.
pub fn set_strict_birth_order(g: &Genogram, on: bool) -> Option<Command> {
    let old = g.settings();
    (old.strict_birth_order != on)
        .then_some(Command::SetSettings { settings: GenogramSettings { strict_birth_order: on } })
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
}
