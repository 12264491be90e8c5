//! Why a line of quick entry on a netwerkkaart could not be read or applied, in words,
//! with a suggestion.

use super::ast::Span;
use crate::i18n::Lang;

/// What is wrong with a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A word in brackets that is not a known word.
    UnknownWord {
        /// The word as written.
        word: String,
        /// The nearest known word, if one is close.
        nearest: Option<&'static str>,
    },
    /// A header that looks like a mistyped sector word ("famlie").
    UnknownSector {
        /// The header as written.
        name: String,
        /// The sector word it is close to.
        nearest: String,
    },
    /// A sign that has no meaning at this place.
    UnexpectedSign {
        /// The sign as written.
        sign: String,
    },
    /// A name was expected here.
    MissingName,
    /// `(` without `)`.
    UnclosedBracket,
    /// `#0` or a number too large.
    BadNumber {
        /// The number as written.
        number: String,
    },
    /// An actor that is not on the map, written without a sector.
    NoSector {
        /// The name as written.
        name: String,
    },
    /// A tie line names an actor that is not on the map.
    UnknownActor {
        /// The name as written.
        name: String,
    },
    /// A word about an actor (ring, role, …) in a tie line.
    NotATieWord {
        /// The word as written.
        word: String,
    },
    /// "indirect" (no tie with the centre) beside words about that tie.
    IndirectWithTie,
    /// The map refused what the line asks (e.g. a tie of an actor with itself).
    Refused {
        /// The model's own message in Dutch.
        nl: String,
        /// The model's own message in English.
        en: String,
    },
}

/// A problem with one line: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The line number, from 1.
    pub line: usize,
    /// The part of the text to mark.
    pub span: Span,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// The column (from 1, in characters) where the marked part starts, within its line.
    pub fn column(&self, text: &str) -> usize {
        crate::kernel::words::column(text, self.span.start)
    }

    /// What is wrong, in words.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match (&self.kind, lang) {
            (UnknownWord { word, .. }, Lang::Nl) => format!("Het woord ‘{word}’ ken ik hier niet."),
            (UnknownWord { word, .. }, Lang::En) => format!("The word ‘{word}’ means nothing here."),
            (UnknownSector { name, .. }, Lang::Nl) => format!("‘{name}’ lijkt op een sector, maar ik ken het niet."),
            (UnknownSector { name, .. }, Lang::En) => format!("‘{name}’ looks like a sector, but I do not know it."),
            (UnexpectedSign { sign }, Lang::Nl) => format!("Het teken ‘{sign}’ hoort hier niet."),
            (UnexpectedSign { sign }, Lang::En) => format!("The sign ‘{sign}’ does not belong here."),
            (MissingName, Lang::Nl) => "Hier ontbreekt een naam.".to_owned(),
            (MissingName, Lang::En) => "A name is missing here.".to_owned(),
            (UnclosedBracket, Lang::Nl) => "Het haakje ‘(’ wordt niet gesloten.".to_owned(),
            (UnclosedBracket, Lang::En) => "The bracket ‘(’ is not closed.".to_owned(),
            (BadNumber { number }, Lang::Nl) => format!("#{number} is geen volgnummer."),
            (BadNumber { number }, Lang::En) => format!("#{number} is not a sequence number."),
            (NoSector { name }, Lang::Nl) => format!("{name} staat nog niet op de kaart, en hier staat geen sector."),
            (NoSector { name }, Lang::En) => format!("{name} is not on the map yet, and there is no sector here."),
            (UnknownActor { name }, Lang::Nl) => format!("{name} staat nog niet op de kaart."),
            (UnknownActor { name }, Lang::En) => format!("{name} is not on the map yet."),
            (NotATieWord { word }, Lang::Nl) => format!("‘{word}’ zegt iets over één persoon, niet over een band."),
            (NotATieWord { word }, Lang::En) => format!("‘{word}’ is about one person, not about a tie."),
            (IndirectWithTie, Lang::Nl) => {
                "‘indirect’ betekent geen band met het midden, en hier staat ook iets over die band.".to_owned()
            }
            (IndirectWithTie, Lang::En) => {
                "‘indirect’ means no tie with the centre, and something is said about that tie here.".to_owned()
            }
            (Refused { nl, .. }, Lang::Nl) => nl.clone(),
            (Refused { en, .. }, Lang::En) => en.clone(),
        }
    }

    /// What to write instead.
    pub fn suggestion(&self, lang: Lang) -> String {
        use ProblemKind::*;
        match (&self.kind, lang) {
            (UnknownWord { nearest: Some(n), .. }, Lang::Nl) => format!("Bedoelt u ‘{n}’?"),
            (UnknownWord { nearest: Some(n), .. }, Lang::En) => format!("Did you mean ‘{n}’?"),
            (UnknownWord { .. }, Lang::Nl) => {
                "Tussen haakjes: sterk/zwak, stressvol/conflict, geeft/ontvangt, P G A E, binnen/buiten, formeel/informeel, verbinder of een \"rol\".".to_owned()
            }
            (UnknownWord { .. }, Lang::En) => {
                "In brackets: strong/weak, stressful/conflict, gives/receives, P C A E, inner/outer, formal/informal, broker or a \"role\".".to_owned()
            }
            (UnknownSector { nearest, .. }, Lang::Nl) => {
                format!("Bedoelt u ‘{nearest}’? Voor een nieuwe sector: zet de naam tussen \"aanhalingstekens\".")
            }
            (UnknownSector { nearest, .. }, Lang::En) => {
                format!("Did you mean ‘{nearest}’? For a new sector, put its name in \"quotes\".")
            }
            (UnexpectedSign { .. }, Lang::Nl) => "Scheid personen met komma's: familie: Fatima, Peter".to_owned(),
            (UnexpectedSign { .. }, Lang::En) => "Separate persons with commas: family: Fatima, Peter".to_owned(),
            (MissingName, Lang::Nl) => "Schrijf een naam na de sector, bijvoorbeeld: buren: Ans".to_owned(),
            (MissingName, Lang::En) => "Write a name after the sector, for example: neighbours: Ans".to_owned(),
            (UnclosedBracket, Lang::Nl) => "Zet ‘)’ achter het laatste woord.".to_owned(),
            (UnclosedBracket, Lang::En) => "Put ‘)’ after the last word.".to_owned(),
            (BadNumber { .. }, Lang::Nl) => "‘#2’ is de tweede met dezelfde naam.".to_owned(),
            (BadNumber { .. }, Lang::En) => "‘#2’ is the second of the same name.".to_owned(),
            (NoSector { name }, Lang::Nl) => format!("Zet er een sector voor: familie: {name}"),
            (NoSector { name }, Lang::En) => format!("Put a sector before it: family: {name}"),
            (UnknownActor { name }, Lang::Nl) => format!("Zet {name} eerst in een sector, bijvoorbeeld: vrienden: {name}"),
            (UnknownActor { name }, Lang::En) => format!("Put {name} in a sector first, for example: friends: {name}"),
            (NotATieWord { .. }, Lang::Nl) => {
                "Schrijf het bij de persoon: buren: Ans (binnen); een band: Fatima -- Peter: stressvol".to_owned()
            }
            (NotATieWord { .. }, Lang::En) => {
                "Write it beside the person: neighbours: Ans (inner); a tie: Fatima -- Peter: stressful".to_owned()
            }
            (IndirectWithTie, Lang::Nl) => "Laat ‘indirect’ weg, of de woorden over de band.".to_owned(),
            (IndirectWithTie, Lang::En) => "Leave out ‘indirect’, or the words about the tie.".to_owned(),
            (Refused { .. }, Lang::Nl) => "Pas deze regel aan; de andere regels zijn wel verwerkt.".to_owned(),
            (Refused { .. }, Lang::En) => "Change this line; the other lines were applied.".to_owned(),
        }
    }
}
