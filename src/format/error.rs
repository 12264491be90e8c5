//! Why a file could not be opened, in words the professional understands.

use crate::genogram::model::ModelError;
use crate::i18n::Lang;
use crate::netwerkkaart::NetwerkkaartError;
use std::fmt;

/// Why a Kring file was refused. Nothing is ever half-loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    /// The input is larger than the limit.
    TooLarge {
        /// Size of the input in bytes.
        bytes: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// The input nests deeper than the JSON reader allows.
    TooDeep,
    /// The input is not valid JSON (or not UTF-8).
    NotJson {
        /// Line of the first error (1-based).
        line: usize,
        /// Column of the first error (1-based).
        column: usize,
    },
    /// The input is JSON but not a Kring file (`"format"` missing or different).
    NotKring {
        /// The `"format"` value found, if any.
        found: Option<String>,
    },
    /// The `"version"` field is missing or not a whole number.
    BadVersion,
    /// The file was made by a newer Kring and cannot be read safely.
    TooNew {
        /// The version in the file.
        found: u64,
        /// The newest version this program reads.
        supported: u64,
    },
    /// The document kind is not known (e.g. a future kind of drawing).
    UnknownKind {
        /// The `"kind"` value found.
        kind: String,
    },
    /// A field is missing or has the wrong type or value.
    Malformed {
        /// Technical detail from the reader (English).
        detail: String,
    },
    /// Converting an older version failed.
    Migration {
        /// The version being converted from.
        from: u64,
        /// What was wrong (English).
        detail: String,
    },
    /// The contents break a rule of the genogram (dangling or duplicate ids, cycles, …).
    Invalid(ModelError),
    /// The contents break a rule of the netwerkkaart (ties to missing actors, …).
    InvalidNetwerkkaart(NetwerkkaartError),
    /// An exercise file ("oefening") lacks its case text or reference, or is not one.
    BadExercise {
        /// What was wrong (English).
        detail: String,
    },
}

fn short(detail: &str) -> String {
    let mut s: String = detail.chars().take(200).collect();
    if s.len() < detail.len() {
        s.push('…');
    }
    s
}

impl FormatError {
    /// A clear message in Dutch or English.
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (FormatError::TooLarge { bytes, limit }, Lang::Nl) => format!(
                "Dit bestand is te groot ({} MB); Kring opent bestanden tot {} MB.",
                bytes.div_ceil(1 << 20),
                limit / (1 << 20)
            ),
            (FormatError::TooLarge { bytes, limit }, Lang::En) => format!(
                "This file is too large ({} MB); Kring opens files up to {} MB.",
                bytes.div_ceil(1 << 20),
                limit / (1 << 20)
            ),
            (FormatError::TooDeep, Lang::Nl) => "Dit bestand is te diep genest om veilig te lezen; het is geen Kring-bestand of het is beschadigd.".into(),
            (FormatError::TooDeep, Lang::En) => "This file is nested too deeply to read safely; it is not a Kring file or it is damaged.".into(),
            (FormatError::NotJson { line, column }, Lang::Nl) => {
                format!("Dit is geen leesbaar Kring-bestand (fout in regel {line}, kolom {column}). Is het beschadigd of van een ander programma?")
            }
            (FormatError::NotJson { line, column }, Lang::En) => {
                format!("This is not a readable Kring file (error at line {line}, column {column}). Is it damaged or from another program?")
            }
            (FormatError::NotKring { found: Some(f) }, Lang::Nl) => {
                format!("Dit is geen Kring-bestand maar een bestand van het soort ‘{}’.", short(f))
            }
            (FormatError::NotKring { found: Some(f) }, Lang::En) => format!("This is not a Kring file but a ‘{}’ file.", short(f)),
            (FormatError::NotKring { found: None }, Lang::Nl) => "Dit is geen Kring-bestand.".into(),
            (FormatError::NotKring { found: None }, Lang::En) => "This is not a Kring file.".into(),
            (FormatError::BadVersion, Lang::Nl) => "Het versienummer van dit Kring-bestand ontbreekt of is ongeldig.".into(),
            (FormatError::BadVersion, Lang::En) => "The version number of this Kring file is missing or invalid.".into(),
            (FormatError::TooNew { found, supported }, Lang::Nl) => format!(
                "Dit bestand is gemaakt met een nieuwere versie van Kring (bestandsversie {found}; deze Kring leest tot versie {supported}). Werk Kring bij om het te openen."
            ),
            (FormatError::TooNew { found, supported }, Lang::En) => format!(
                "This file was made with a newer version of Kring (file version {found}; this Kring reads up to version {supported}). Update Kring to open it."
            ),
            (FormatError::UnknownKind { kind }, Lang::Nl) => {
                format!("Kring kent dit soort document niet: ‘{}’.", short(kind))
            }
            (FormatError::UnknownKind { kind }, Lang::En) => format!("Kring does not know this kind of document: ‘{}’.", short(kind)),
            (FormatError::Malformed { detail }, Lang::Nl) => {
                format!("Dit Kring-bestand is beschadigd of onvolledig ({}).", short(detail))
            }
            (FormatError::Malformed { detail }, Lang::En) => format!("This Kring file is damaged or incomplete ({}).", short(detail)),
            (FormatError::Migration { from, detail }, Lang::Nl) => {
                format!("Dit oude Kring-bestand (versie {from}) kon niet worden omgezet ({}).", short(detail))
            }
            (FormatError::Migration { from, detail }, Lang::En) => {
                format!("This old Kring file (version {from}) could not be converted ({}).", short(detail))
            }
            (FormatError::Invalid(e), Lang::Nl) => format!("De inhoud van dit bestand klopt niet: {}", e.message(lang)),
            (FormatError::Invalid(e), Lang::En) => format!("The contents of this file are not consistent: {}", e.message(lang)),
            (FormatError::InvalidNetwerkkaart(e), Lang::Nl) => format!("De inhoud van deze netwerkkaart klopt niet: {}", e.message(lang)),
            (FormatError::InvalidNetwerkkaart(e), Lang::En) => format!("The contents of this network map are not consistent: {}", e.message(lang)),
            (FormatError::BadExercise { detail }, Lang::Nl) => {
                format!("Dit oefenbestand is beschadigd of onvolledig ({}).", short(detail))
            }
            (FormatError::BadExercise { detail }, Lang::En) => {
                format!("This exercise file is damaged or incomplete ({}).", short(detail))
            }
        }
    }
}

impl From<ModelError> for FormatError {
    fn from(e: ModelError) -> Self {
        FormatError::Invalid(e)
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FormatError {}
