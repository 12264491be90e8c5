//! Why a line could not be read or applied, in words, with a suggestion.

use super::ast::Span;
use crate::i18n::Lang;

/// What is wrong with a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A word that is neither a name here nor a known word.
    UnknownWord {
        /// The word as written.
        word: String,
        /// The nearest known word, if one is close.
        nearest: Option<&'static str>,
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
    /// A number that is not a year (1–9999) or an age (up to 130).
    BadNumber {
        /// The number as written.
        number: String,
    },
    /// Two birth years, two ages, or a year and an age for one person.
    TwoBirths,
    /// A twin word for a single child.
    TwinAlone,
    /// A word about a couple (gescheiden, samenwonend) where there is no couple.
    UnionWordAlone {
        /// The word as written.
        word: String,
    },
    /// A relation kind word outside a relation line.
    RelationWordAlone {
        /// The word as written.
        word: String,
    },
    /// A word about a person in a relation line's kind.
    NotARelationKind {
        /// The word as written.
        word: String,
    },
    /// A household line without members.
    EmptyHousehold,
    /// The genogram refused what the line asks (e.g. a third biological parent).
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
            (UnexpectedSign { sign }, Lang::Nl) => format!("Het teken ‘{sign}’ hoort hier niet."),
            (UnexpectedSign { sign }, Lang::En) => format!("The sign ‘{sign}’ does not belong here."),
            (MissingName, Lang::Nl) => "Hier ontbreekt een naam.".to_owned(),
            (MissingName, Lang::En) => "A name is missing here.".to_owned(),
            (UnclosedBracket, Lang::Nl) => "Het haakje ‘(’ wordt niet gesloten.".to_owned(),
            (UnclosedBracket, Lang::En) => "The bracket ‘(’ is not closed.".to_owned(),
            (BadNumber { number }, Lang::Nl) => format!("{number} is geen jaartal en geen leeftijd."),
            (BadNumber { number }, Lang::En) => format!("{number} is neither a year nor an age."),
            (TwoBirths, Lang::Nl) => "Twee geboortejaren of leeftijden voor één persoon.".to_owned(),
            (TwoBirths, Lang::En) => "Two birth years or ages for one person.".to_owned(),
            (TwinAlone, Lang::Nl) => "Een tweeling zijn minstens twee kinderen.".to_owned(),
            (TwinAlone, Lang::En) => "Twins are at least two children.".to_owned(),
            (UnionWordAlone { word }, Lang::Nl) => {
                format!("‘{word}’ zegt iets over een paar, en hier staat geen paar.")
            }
            (UnionWordAlone { word }, Lang::En) => format!("‘{word}’ is about a couple, and there is no couple here."),
            (RelationWordAlone { word }, Lang::Nl) => format!("‘{word}’ is een soort relatie tussen twee personen."),
            (RelationWordAlone { word }, Lang::En) => format!("‘{word}’ is a kind of relation between two persons."),
            (NotARelationKind { word }, Lang::Nl) => format!("‘{word}’ is geen soort relatie."),
            (NotARelationKind { word }, Lang::En) => format!("‘{word}’ is not a kind of relation."),
            (EmptyHousehold, Lang::Nl) => "Dit huishouden heeft geen leden.".to_owned(),
            (EmptyHousehold, Lang::En) => "This household has no members.".to_owned(),
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
                "Namen komen vooraan; de woorden die werken staan op de hulpkaart. Zet een naam met vreemde woorden tussen \"aanhalingstekens\".".to_owned()
            }
            (UnknownWord { .. }, Lang::En) => {
                "Names come first; the words that work are on the help card. Put a name with odd words in \"quotes\".".to_owned()
            }
            (UnexpectedSign { .. }, Lang::Nl) => "Scheid kinderen met komma's: Jan x Marie: Peter, Els".to_owned(),
            (UnexpectedSign { .. }, Lang::En) => "Separate children with commas: Jan x Marie: Peter, Els".to_owned(),
            (MissingName, Lang::Nl) => "Begin met een naam, bijvoorbeeld: Peter 1964 (of ? als de naam onbekend is)".to_owned(),
            (MissingName, Lang::En) => "Start with a name, for example: Peter 1964 (or ? when the name is unknown)".to_owned(),
            (UnclosedBracket, Lang::Nl) => "Zet ‘)’ achter het laatste woord.".to_owned(),
            (UnclosedBracket, Lang::En) => "Put ‘)’ after the last word.".to_owned(),
            (BadNumber { .. }, Lang::Nl) => "Schrijf een jaar met vier cijfers (1964) of een leeftijd (21); ‘#2’ voor een tweede met dezelfde naam.".to_owned(),
            (BadNumber { .. }, Lang::En) => "Write a year in four digits (1964) or an age (21); ‘#2’ for a second person of the same name.".to_owned(),
            (TwoBirths, Lang::Nl) => "Laat één jaartal of leeftijd staan.".to_owned(),
            (TwoBirths, Lang::En) => "Keep one year or age.".to_owned(),
            (TwinAlone, Lang::Nl) => "Schrijf de tweeling met een plus: Lisa+Eva 1990 (tweeling)".to_owned(),
            (TwinAlone, Lang::En) => "Write twins with a plus: Lisa+Eva 1990 (twins)".to_owned(),
            (UnionWordAlone { word }, Lang::Nl) => format!("Zet het achter het paar: Peter x Sandra ({word} 1998)"),
            (UnionWordAlone { word }, Lang::En) => format!("Put it after the couple: Peter x Sandra ({word} 1998)"),
            (RelationWordAlone { word }, Lang::Nl) => format!("Schrijf: Peter -- Noah: {word}"),
            (RelationWordAlone { word }, Lang::En) => format!("Write: Peter -- Noah: {word}"),
            (NotARelationKind { .. }, Lang::Nl) => "Bijvoorbeeld: conflict, nabij, afstandelijk, afgesneden, vijandig.".to_owned(),
            (NotARelationKind { .. }, Lang::En) => "For example: conflict, close, distant, cutoff, hostile.".to_owned(),
            (EmptyHousehold, Lang::Nl) => "Schrijf: huishouden: Peter, Fatima, Noah".to_owned(),
            (EmptyHousehold, Lang::En) => "Write: household: Peter, Fatima, Noah".to_owned(),
            (Refused { .. }, Lang::Nl) => "Pas deze regel aan; de andere regels zijn wel verwerkt.".to_owned(),
            (Refused { .. }, Lang::En) => "Change this line; the other lines were applied.".to_owned(),
        }
    }
}
