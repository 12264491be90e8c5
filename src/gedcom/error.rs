//! Why a GEDCOM file could not be read, with the line where it went wrong.

use crate::genogram::model::ModelError;
use crate::i18n::Lang;
use std::fmt;

/// What is wrong at a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The line is not `level [@id@] TAG [value]`.
    BadLine,
    /// The line is more than one level deeper than the line before.
    LevelSkipped,
    /// The file does not start with `0 HEAD`: not a GEDCOM file.
    NoHeader,
    /// The file is larger than Kring reads.
    TooLarge,
    /// The families make someone their own ancestor.
    OwnAncestor {
        /// The person's name.
        name: String,
    },
    /// The persons and families break another rule of a genogram.
    Invalid(ModelError),
}

/// A refused GEDCOM file: nothing was imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GedcomError {
    /// Line number (from 1) where the problem was found.
    pub line: usize,
    /// What is wrong.
    pub problem: Problem,
}

impl GedcomError {
    /// A message for the professional, in Dutch or English.
    pub fn message(&self, lang: Lang) -> String {
        let line = self.line;
        let what = match (&self.problem, lang) {
            (Problem::BadLine, Lang::Nl) => format!("regel {line} is geen GEDCOM-regel (niveau, label, waarde)"),
            (Problem::BadLine, Lang::En) => format!("line {line} is not a GEDCOM line (level, tag, value)"),
            (Problem::LevelSkipped, Lang::Nl) => format!("regel {line} slaat een niveau over"),
            (Problem::LevelSkipped, Lang::En) => format!("line {line} skips a level"),
            (Problem::NoHeader, Lang::Nl) => format!("dit is geen GEDCOM-bestand (regel {line}: geen „0 HEAD”)"),
            (Problem::NoHeader, Lang::En) => format!("this is not a GEDCOM file (line {line}: no “0 HEAD”)"),
            (Problem::TooLarge, Lang::Nl) => "het bestand is te groot".to_owned(),
            (Problem::TooLarge, Lang::En) => "the file is too large".to_owned(),
            (Problem::OwnAncestor { name }, Lang::Nl) => {
                format!("de gezinnen maken {name} (regel {line}) voorouder van zichzelf")
            }
            (Problem::OwnAncestor { name }, Lang::En) => {
                format!("the families make {name} (line {line}) their own ancestor")
            }
            (Problem::Invalid(e), Lang::Nl) => format!("de gezinnen kloppen niet: {}", e.message(lang)),
            (Problem::Invalid(e), Lang::En) => format!("the families do not add up: {}", e.message(lang)),
        };
        match lang {
            Lang::Nl => format!("GEDCOM-bestand niet gelezen: {what}. Er is niets geïmporteerd."),
            Lang::En => format!("GEDCOM file not read: {what}. Nothing was imported."),
        }
    }
}

impl fmt::Display for GedcomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for GedcomError {}
