//! Why an encrypted file could not be written or opened, in words a professional
//! understands.

use crate::i18n::Lang;
use std::fmt;

/// Why sealing or opening failed. Opening never returns part of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptError {
    /// The bytes are not an encrypted Kring file.
    NotEncrypted,
    /// The file ends before its header and tag are complete.
    Truncated,
    /// The file was made by a newer Kring (a newer envelope version).
    TooNew {
        /// The version in the file.
        found: u8,
    },
    /// The header names a key derivation or parameters this version does not use.
    Unsupported,
    /// The password does not belong to this file.
    WrongPassword,
    /// The password is right but the contents were changed or damaged.
    Damaged,
    /// No password was given.
    EmptyPassword,
    /// The platform gave no random bytes (nothing was written).
    NoRandomness,
}

impl CryptError {
    /// A clear message in Dutch or English. Every one says that nothing changed.
    pub fn message(&self, lang: Lang) -> String {
        let nl = match self {
            CryptError::NotEncrypted => "Dit is geen versleuteld Kring-bestand.",
            CryptError::Truncated => "Dit versleutelde bestand is niet compleet (afgebroken). Er is niets geïmporteerd.",
            CryptError::TooNew { .. } => {
                "Dit versleutelde bestand is gemaakt met een nieuwere versie van Kring. Er is niets geïmporteerd."
            }
            CryptError::Unsupported => {
                "Dit versleutelde bestand gebruikt instellingen die deze versie van Kring niet kent, of de kop is beschadigd. Er is niets geïmporteerd."
            }
            CryptError::WrongPassword => "Dit wachtwoord past niet bij dit bestand. Er is niets geïmporteerd.",
            CryptError::Damaged => {
                "Het wachtwoord klopt, maar het bestand is beschadigd of na het versleutelen gewijzigd. Er is niets geïmporteerd."
            }
            CryptError::EmptyPassword => "Vul een wachtwoord in.",
            CryptError::NoRandomness => {
                "De browser gaf geen willekeurige getallen; er is niets versleuteld of opgeslagen."
            }
        };
        let en = match self {
            CryptError::NotEncrypted => "This is not an encrypted Kring file.",
            CryptError::Truncated => "This encrypted file is incomplete (cut off). Nothing was imported.",
            CryptError::TooNew { .. } => "This encrypted file was made by a newer version of Kring. Nothing was imported.",
            CryptError::Unsupported => {
                "This encrypted file uses settings this version of Kring does not know, or its header is damaged. Nothing was imported."
            }
            CryptError::WrongPassword => "This password does not belong to this file. Nothing was imported.",
            CryptError::Damaged => {
                "The password is right, but the file is damaged or was changed after it was encrypted. Nothing was imported."
            }
            CryptError::EmptyPassword => "Enter a password.",
            CryptError::NoRandomness => "The browser gave no random numbers; nothing was encrypted or saved.",
        };
        let text = match lang {
            Lang::Nl => nl,
            Lang::En => en,
        };
        match (self, lang) {
            (CryptError::TooNew { found }, Lang::Nl) => format!("{text} (Bestandsversie {found}.)"),
            (CryptError::TooNew { found }, Lang::En) => format!("{text} (File version {found}.)"),
            _ => text.to_owned(),
        }
    }
}

impl fmt::Display for CryptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CryptError {}
