//! A student's work on an exercise ("oefening"): an ordinary genogram document in the
//! library, with the exercise (case text and reference) kept beside it under its own
//! key (`kring.exercise.<id>`). The document stays a plain genogram that every other
//! part of the app opens, exports and anonymises as usual; the reference is never in
//! it, and "Alles wissen" erases the exercise with the rest.

use super::{Library, SaveError, Stamp, Store, StoreError};
use crate::format::{Exercise, KringDocument};
use crate::genogram::model::Genogram;

/// Prefix of the exercise entries.
pub const EXERCISE_PREFIX: &str = "kring.exercise.";
/// What a student document's title starts with.
pub const STUDENT_TITLE_PREFIX: &str = "Oefening: ";

/// The storage key of the exercise that belongs to document `id`.
pub fn exercise_key(id: &str) -> String {
    format!("{EXERCISE_PREFIX}{id}")
}

/// The exercise of document `id`, if it is a student's work (an entry that cannot be
/// read counts as none: the document itself is unharmed).
pub fn load_exercise(store: &impl Store, id: &str) -> Option<Exercise> {
    Exercise::from_bytes(store.get(&exercise_key(id))?.as_bytes()).ok()
}

/// Keeps `exercise` with document `id`.
pub fn save_exercise(store: &mut impl Store, id: &str, exercise: &Exercise) -> Result<(), StoreError> {
    store.set(&exercise_key(id), &exercise.to_json())
}

/// The document a student starts an exercise with: a genogram holding only the blank
/// index person (de cliënt), like a new genogram, titled "Oefening: <title>".
pub fn student_document(exercise: &Exercise, id: &str, now_ms: i64) -> KringDocument {
    let (cmd, _) = crate::genogram::edit::family::add_index_person(&Genogram::new());
    let mut g = Genogram::new();
    // A fresh genogram accepts its first person; should it not, the sheet stays empty.
    let _ = g.apply(cmd);
    KringDocument::new_genogram(id, &format!("{STUDENT_TITLE_PREFIX}{}", exercise.title), g, now_ms)
}

/// Starts an exercise: stores the exercise, then the student's document (so a stored
/// document never lacks its exercise). Returns the document's stamp.
pub fn start_exercise<S: Store>(
    lib: &mut Library<S>,
    exercise: &Exercise,
    id: &str,
    now_ms: i64,
) -> Result<(KringDocument, Stamp), SaveError> {
    save_exercise(lib.store_mut(), id, exercise).map_err(SaveError::Store)?;
    let doc = student_document(exercise, id, now_ms);
    match lib.save(&doc, None) {
        Ok(stamp) => Ok((doc, stamp)),
        Err(e) => {
            lib.store_mut().remove(&exercise_key(id));
            Err(e)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::sample_family;
    use crate::storage::MemoryStore;

    fn exercise() -> Exercise {
        Exercise {
            id: "ex".into(),
            title: "Drie generaties".into(),
            created: 5,
            case_text: "Noah woont bij zijn vader.".into(),
            reference: sample_family(),
            netwerkkaart: None,
        }
    }

    #[test]
    fn starting_an_exercise_stores_a_blank_genogram_and_keeps_the_reference_beside_it() {
        let mut lib = Library::new(MemoryStore::default());
        let (doc, _) = start_exercise(&mut lib, &exercise(), "s1", 10).unwrap();
        let (stored, _) = lib.load("s1").unwrap();
        assert_eq!(stored, doc);
        assert_eq!(stored.title, "Oefening: Drie generaties");
        let g = stored.genogram().unwrap();
        assert_eq!(g.person_count(), 1, "only the blank cliënt");
        assert!(!lib.raw("s1").unwrap().contains("Noah"), "the reference is not in the document");
        assert_eq!(load_exercise(lib.store(), "s1"), Some(exercise()));
        assert_eq!(load_exercise(lib.store(), "other"), None);
        lib.erase_all();
        assert_eq!(load_exercise(lib.store(), "s1"), None, "Alles wissen erases it");
    }

    #[test]
    fn a_full_store_leaves_neither_half() {
        // Room for the exercise but not for the document after it.
        let room = crate::storage::utf16_len(&exercise_key("s1")) + crate::storage::utf16_len(&exercise().to_json());
        let mut lib = Library::new(MemoryStore::with_limit(room + 50));
        assert!(start_exercise(&mut lib, &exercise(), "s1", 10).is_err());
        assert!(lib.store().keys().is_empty(), "{:?}", lib.store().keys());
    }
}
