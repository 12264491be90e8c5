//! What an import brought in, what it left out, and what deserves a second look.

use crate::i18n::Lang;

/// Something in the imported family worth checking by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attention {
    /// A child born before one of their parents.
    ChildBeforeParent {
        /// The child's name.
        child: String,
        /// The parent's name.
        parent: String,
    },
    /// Two persons with the same name and year of birth: probably one person twice.
    LikelyDuplicate {
        /// The shared name.
        name: String,
        /// The shared year of birth.
        year: i32,
    },
    /// A date Kring could not read; the event came in without it.
    UnreadableDate {
        /// Line of the date.
        line: usize,
        /// The date as written.
        text: String,
    },
    /// A family without husband or wife: its children came in without parents.
    FamilyWithoutParents {
        /// Line of the family record.
        line: usize,
    },
    /// A child listed as a birth child of a third parent: that link came in as missing.
    ExtraBirthParents {
        /// The child's name.
        child: String,
    },
    /// A pointer to a record that is not in the file.
    MissingRecord {
        /// Line of the pointer.
        line: usize,
        /// The missing id.
        id: String,
    },
}

impl Attention {
    /// A sentence for the professional.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Attention::ChildBeforeParent { child, parent }, Lang::Nl) => {
                format!("{child} is geboren vóór ouder {parent}.")
            }
            (Attention::ChildBeforeParent { child, parent }, Lang::En) => {
                format!("{child} was born before their parent {parent}.")
            }
            (Attention::LikelyDuplicate { name, year }, Lang::Nl) => {
                format!("{name} (geboren {year}) staat er meer dan eens in: mogelijk dubbel.")
            }
            (Attention::LikelyDuplicate { name, year }, Lang::En) => {
                format!("{name} (born {year}) appears more than once: possibly a duplicate.")
            }
            (Attention::UnreadableDate { line, text }, Lang::Nl) => {
                format!("Regel {line}: datum „{text}” niet begrepen, weggelaten.")
            }
            (Attention::UnreadableDate { line, text }, Lang::En) => {
                format!("Line {line}: date “{text}” not understood, left out.")
            }
            (Attention::FamilyWithoutParents { line }, Lang::Nl) => {
                format!("Regel {line}: gezin zonder ouders; de kinderen staan er zonder ouders in.")
            }
            (Attention::FamilyWithoutParents { line }, Lang::En) => {
                format!("Line {line}: family without parents; its children came in without parents.")
            }
            (Attention::ExtraBirthParents { child }, Lang::Nl) => {
                format!("{child} heeft in het bestand meer dan twee biologische ouders; alleen het eerste gezin is overgenomen.")
            }
            (Attention::ExtraBirthParents { child }, Lang::En) => {
                format!("{child} has more than two birth parents in the file; only the first family was kept.")
            }
            (Attention::MissingRecord { line, id }, Lang::Nl) => {
                format!("Regel {line}: verwijzing naar @{id}@, dat niet in het bestand staat.")
            }
            (Attention::MissingRecord { line, id }, Lang::En) => {
                format!("Line {line}: points to @{id}@, which is not in the file.")
            }
        }
    }
}

/// The import report shown after a GEDCOM import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Persons imported.
    pub persons: usize,
    /// Families imported (as unions, or as a single parent with children).
    pub families: usize,
    /// Events imported: births, deaths, marriages, divorces, annulments, …
    pub events: usize,
    /// Dates that were ranges or bounds and became one "ca." date.
    pub rounded_dates: usize,
    /// Tags that were not imported, with how often each occurred (most frequent
    /// first). Nested tags are named with their parent, e.g. `BIRT.PLAC`.
    pub skipped: Vec<(String, usize)>,
    /// Points of attention.
    pub attention: Vec<Attention>,
}

impl ImportReport {
    /// The one-line summary ("124 personen, 40 gezinnen, 310 gebeurtenissen").
    pub fn summary(&self, lang: Lang) -> String {
        let (p, f, e) = (self.persons, self.families, self.events);
        match lang {
            Lang::Nl => format!("{p} personen, {f} gezinnen en {e} gebeurtenissen geïmporteerd."),
            Lang::En => format!("Imported {p} persons, {f} families and {e} events."),
        }
    }

    /// What was skipped, as one line ("Overgeslagen: SOUR 12×, BIRT.PLAC 8×"), or
    /// `None` when nothing was.
    pub fn skipped_line(&self, lang: Lang) -> Option<String> {
        if self.skipped.is_empty() {
            return None;
        }
        let list: Vec<String> = self.skipped.iter().map(|(tag, n)| format!("{tag} {n}×")).collect();
        Some(match lang {
            Lang::Nl => format!("Niet overgenomen (onbekend in een genogram): {}.", list.join(", ")),
            Lang::En => format!("Not imported (no place in a genogram): {}.", list.join(", ")),
        })
    }

    /// The rounded-dates line, or `None`.
    pub fn rounded_line(&self, lang: Lang) -> Option<String> {
        let n = self.rounded_dates;
        (n > 0).then(|| match lang {
            Lang::Nl => format!("{n} datums waren een periode of grens (vóór, na, tussen) en staan nu als „ca.”."),
            Lang::En => format!("{n} dates were a range or bound (before, after, between) and are now “c.” dates."),
        })
    }
}
