//! Property tests: random edit sequences, including refused ones, undo and redo exactly.

use super::assert_consistent;
use super::strategies::{arb_command, arb_genogram, config};
use crate::genogram::model::*;
use crate::kernel::History;
use proptest::collection::vec;
use proptest::prelude::*;

fn start() -> impl Strategy<Value = Genogram> {
    prop_oneof![Just(Genogram::new()), Just(sample_family())]
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn undo_all_restores_start_and_redo_all_restores_end(
        start in start(),
        cmds in vec(arb_command(14), 1..40),
    ) {
        let mut h = History::new(start.clone());
        let mut applied = 0usize;
        for cmd in cmds {
            let before = h.document().clone();
            match h.apply(cmd) {
                Ok(()) => applied += 1,
                Err(e) => {
                    prop_assert_eq!(h.document(), &before, "refused command changed the document: {:?}", e);
                    prop_assert!(!e.message(crate::i18n::Lang::Nl).is_empty());
                }
            }
            assert_consistent(h.document());
        }
        prop_assert_eq!(h.undo_len(), applied);
        let end = h.document().clone();
        while h.undo().expect("undo never fails") {
            assert_consistent(h.document());
        }
        prop_assert_eq!(h.document(), &start);
        while h.redo().expect("redo never fails") {
            assert_consistent(h.document());
        }
        prop_assert_eq!(h.document(), &end);
    }

    #[test]
    fn transactions_undo_as_one_step_and_abort_rolls_back(
        start in start(),
        first in vec(arb_command(14), 0..10),
        second in vec(arb_command(14), 0..10),
    ) {
        let mut h = History::new(start.clone());
        h.begin();
        for cmd in first {
            let _ = h.apply(cmd);
        }
        let middle = h.document().clone();
        h.begin();
        for cmd in second {
            let _ = h.apply(cmd);
        }
        h.abort();
        prop_assert_eq!(h.document(), &middle);
        h.commit();
        prop_assert!(h.undo_len() <= 1);
        h.undo().unwrap();
        prop_assert_eq!(h.document(), &start);
        h.redo().unwrap();
        prop_assert_eq!(h.document(), &middle);
    }

    #[test]
    fn generated_genograms_are_consistent(g in arb_genogram()) {
        assert_consistent(&g);
        // Warnings never panic and always name their persons.
        for w in g.warnings() {
            prop_assert_eq!(w.persons().len(), w.names.len());
        }
    }
}
