//! When to remind the user to make a backup ("Reservekopie maken": the whole library
//! exported as a file), and the keys that remember it. A browser may clear a site's
//! storage (under storage pressure, or, in some browsers, after 7 days without a visit),
//! so a file on the user's own disk is the only copy that is sure to last.

use super::store::{Store, StoreError};

/// When the last backup was made (unix ms, decimal).
pub const BACKUP_LAST_KEY: &str = "kring.backup.last";
/// When the first document was saved here (unix ms): the reminder's clock until the
/// first backup.
pub const BACKUP_SINCE_KEY: &str = "kring.backup.since";
/// Set once the user was told that this browser may clear the library (persistent
/// storage refused), so it is said only once.
pub const PERSIST_WARNED_KEY: &str = "kring.backup.persist-warned";
/// How long after the last backup (or the first save) the reminder shows.
pub const REMIND_AFTER_MS: i64 = 7 * 24 * 60 * 60 * 1000;

/// Whether a reminder is due at `now`: at least [`REMIND_AFTER_MS`] since the last
/// backup, or, with none yet, since the first save. A time in the future (a clock put
/// back) counts as now.
pub fn reminder_due(now: i64, last_backup: Option<i64>, first_save: Option<i64>) -> bool {
    last_backup.or(first_save).is_some_and(|t| now.saturating_sub(t) >= REMIND_AFTER_MS)
}

fn read_ms<S: Store>(store: &S, key: &str) -> Option<i64> {
    store.get(key).and_then(|v| v.trim().parse().ok())
}

/// Whether the reminder is due for the library in `store` (see [`reminder_due`]).
pub fn backup_due<S: Store>(store: &S, now: i64) -> bool {
    reminder_due(now, read_ms(store, BACKUP_LAST_KEY), read_ms(store, BACKUP_SINCE_KEY))
}

/// When the last backup was made, if ever.
pub fn last_backup<S: Store>(store: &S) -> Option<i64> {
    read_ms(store, BACKUP_LAST_KEY)
}

/// Records a backup made at `now`.
pub fn record_backup<S: Store>(store: &mut S, now: i64) -> Result<(), StoreError> {
    store.set(BACKUP_LAST_KEY, &now.to_string())
}

/// Records that a document was saved at `now` (only the first time counts). Returns
/// whether this was the first.
pub fn note_saved<S: Store>(store: &mut S, now: i64) -> bool {
    if read_ms(store, BACKUP_SINCE_KEY).is_some() {
        return false;
    }
    store.set(BACKUP_SINCE_KEY, &now.to_string()).is_ok()
}

/// Whether the user was already told that the browser may clear the library.
pub fn persistence_warned<S: Store>(store: &S) -> bool {
    store.get(PERSIST_WARNED_KEY).is_some()
}

/// Remembers that the user was told (at `now`).
pub fn mark_persistence_warned<S: Store>(store: &mut S, now: i64) {
    let _ = store.set(PERSIST_WARNED_KEY, &now.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::MemoryStore;

    const DAY: i64 = 24 * 60 * 60 * 1000;
    const T0: i64 = 1_760_000_000_000;

    #[test]
    fn the_reminder_comes_seven_days_after_the_last_backup() {
        assert!(!reminder_due(T0, None, None), "nothing saved yet: nothing to back up");
        assert!(!reminder_due(T0 + 6 * DAY, Some(T0), None));
        assert!(reminder_due(T0 + 7 * DAY, Some(T0), None));
        assert!(
            !reminder_due(T0 + 8 * DAY, Some(T0 + 2 * DAY), Some(T0)),
            "the last backup counts, not the first save"
        );
        assert!(reminder_due(T0 + 7 * DAY, None, Some(T0)), "never backed up: counted from the first save");
        assert!(!reminder_due(T0, Some(T0 + 30 * DAY), None), "a clock put back is not a reason to nag");
        assert!(!reminder_due(i64::MIN, Some(i64::MAX), None));
    }

    #[test]
    fn the_store_remembers_saves_backups_and_the_warning() {
        let mut store = MemoryStore::default();
        assert!(!backup_due(&store, T0));
        assert!(note_saved(&mut store, T0));
        assert!(!note_saved(&mut store, T0 + DAY), "only the first save starts the clock");
        assert!(!backup_due(&store, T0 + 6 * DAY));
        assert!(backup_due(&store, T0 + 7 * DAY));
        record_backup(&mut store, T0 + 7 * DAY).unwrap();
        assert_eq!(last_backup(&store), Some(T0 + 7 * DAY));
        assert!(!backup_due(&store, T0 + 13 * DAY));
        assert!(backup_due(&store, T0 + 14 * DAY));
        assert!(!persistence_warned(&store));
        mark_persistence_warned(&mut store, T0);
        assert!(persistence_warned(&store));
        store.set(BACKUP_LAST_KEY, "geen getal").unwrap();
        assert!(backup_due(&store, T0 + 7 * DAY), "an unreadable time falls back to the first save");
    }

    #[test]
    fn every_key_is_erased_by_alles_wissen() {
        for key in [BACKUP_LAST_KEY, BACKUP_SINCE_KEY, PERSIST_WARNED_KEY] {
            assert!(key.starts_with(crate::storage::KEY_PREFIX), "{key}");
            assert!(!key.starts_with(crate::storage::DOC_PREFIX), "{key}");
        }
    }
}
