//! Editors with small families, built through the one-click edits, for tests.

use super::Editor;
use crate::genogram::edit::family;
use crate::genogram::model::{Gender, PersonId};

/// The client with a partner, a daughter and both parents, built by four clicks as a
/// user makes them: (editor, client, partner, daughter, father).
pub(crate) fn client_with_partner_daughter_and_parents() -> (Editor, PersonId, PersonId, PersonId, PersonId) {
    let mut ed = Editor::new_genogram("g", "Casus", 0);
    let ip = ed.genogram().unwrap().index_person().unwrap();
    let (cmd, partner) = family::add_partner(ed.genogram().unwrap(), ip).unwrap();
    ed.apply(cmd, 1).unwrap();
    let (cmd, child) = family::add_child(ed.genogram().unwrap(), ip, Gender::Female).unwrap();
    ed.apply(cmd, 2).unwrap();
    let (cmd, father) = family::add_parents(ed.genogram().unwrap(), ip).unwrap();
    ed.apply(cmd, 3).unwrap();
    (ed, ip, partner, child, father)
}
