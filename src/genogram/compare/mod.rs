//! "Vergelijk met uitwerking": a student's genogram compared with the reference of an
//! exercise ([`crate::format::exercise`]).
//!
//! * [`matcher`]: which student person is which reference person (name, gender,
//!   generation; never ids);
//! * [`diff`]: what is missing, extra or different, each a typed [`Difference`];
//! * [`score`]: a score out of 100;
//! * [`mark`]: the rings that mark the persons concerned in both drawings.

pub mod diff;
pub mod mark;
pub mod matcher;
pub mod score;

#[cfg(test)]
mod tests;

pub use diff::{Difference, Who};
pub use matcher::{match_persons, Matching};

use crate::genogram::model::{Genogram, PersonId};
use std::collections::BTreeSet;

/// The result of comparing a student's genogram with the reference.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Which person is which.
    pub matching: Matching,
    /// What differs, persons first.
    pub differences: Vec<Difference>,
    /// Out of 100.
    pub score: u32,
}

impl Comparison {
    /// The persons of the student's drawing (`student_side`) or of the reference that
    /// some difference concerns: the ones to mark.
    pub fn marked(&self, student_side: bool) -> BTreeSet<PersonId> {
        let all: Vec<Who> = self.differences.iter().flat_map(Difference::persons).collect();
        diff::ids(&all, student_side)
    }
}

/// Compares `student` with `reference`.
pub fn compare(student: &Genogram, reference: &Genogram) -> Comparison {
    let matching = match_persons(student, reference);
    let differences = diff::differences(student, reference, &matching);
    let score = score::score(reference, &differences);
    Comparison { matching, differences, score }
}
