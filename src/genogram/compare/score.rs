//! The score of a comparison: how much of the reference the student drew right.

use super::diff::Difference;
use crate::genogram::model::{Genogram, UnionEventKind};

/// How many things the reference holds that a student can get right or wrong: persons,
/// their conditions, unions and their events, child lines, relations and households.
pub fn reference_items(reference: &Genogram) -> usize {
    let conditions: usize = reference.persons().map(|(_, p)| p.conditions.len()).sum();
    let events: usize =
        reference.unions().map(|(_, u)| u.events.iter().filter(|e| e.kind != UnionEventKind::Start).count()).sum();
    reference.person_count()
        + conditions
        + reference.unions().count()
        + events
        + reference.child_links().count()
        + reference.relations().count()
        + reference.households().count()
}

/// The score out of 100: each difference costs one item of the reference, rounded down,
/// so any difference gives less than 100 and no drawing gives less than 0.
pub fn score(reference: &Genogram, differences: &[Difference]) -> u32 {
    let total = reference_items(reference);
    let wrong = differences.len();
    if wrong == 0 {
        return 100;
    }
    if total == 0 || wrong >= total {
        return 0;
    }
    ((100 * (total - wrong)) / total) as u32
}
