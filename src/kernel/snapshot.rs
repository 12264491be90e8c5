//! Whether a snapshot or golden test may write its file instead of comparing: only on
//! request (`KRING_UPDATE_SNAPSHOTS=1`) and never in CI, where a run that blesses its
//! own output would pass whatever the code draws.

use std::ffi::OsStr;

/// Whether to write snapshots now, from the environment: panics when both
/// `KRING_UPDATE_SNAPSHOTS` and `CI` are set.
pub(crate) fn update_requested() -> bool {
    decide(std::env::var_os("KRING_UPDATE_SNAPSHOTS").as_deref(), std::env::var_os("CI").as_deref())
}

fn decide(update: Option<&OsStr>, ci: Option<&OsStr>) -> bool {
    let update = update.is_some_and(|v| !v.is_empty() && v != "0");
    if update && ci.is_some_and(|v| !v.is_empty()) {
        panic!("KRING_UPDATE_SNAPSHOTS is set in CI: snapshots are blessed only after review on a workstation");
    }
    update
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_only_on_request() {
        assert!(decide(Some(OsStr::new("1")), None));
        assert!(!decide(None, None));
        assert!(!decide(Some(OsStr::new("0")), None));
        assert!(!decide(None, Some(OsStr::new("true"))), "CI alone compares");
    }

    #[test]
    #[should_panic(expected = "set in CI")]
    fn refuses_to_bless_in_ci() {
        decide(Some(OsStr::new("1")), Some(OsStr::new("true")));
    }
}
