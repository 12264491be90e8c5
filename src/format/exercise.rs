//! An exercise ("oefening"): the case text a student reads and the reference genogram
//! (and optionally a netwerkkaart) a trainer drew, in the ordinary envelope with
//! `"kind": "exercise"`:
//!
//! ```json
//! { "format": "kring", "version": 1, "kind": "exercise", "id": "…", "title": "…",
//!   "created": 1735689600000, "modified": 1735689600000,
//!   "content": { "case_text": "…", "reference": { "persons": […], … },
//!                "netwerkkaart": { … } } }
//! ```
//!
//! The reference is plain JSON, not hidden: an exercise is a teaching aid, not a secret.
//! The app shows it only when the student asks for the comparison.

use super::{parse_json, renumber, FormatError, CURRENT_VERSION, FORMAT_NAME};
use crate::genogram::model::content::{GenogramContent, GenogramContentRef};
use crate::genogram::model::Genogram;
use crate::netwerkkaart::{Netwerkkaart, NetwerkkaartContent};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The `"kind"` of an exercise file.
pub const EXERCISE_KIND: &str = "exercise";
/// What an exercise file's name ends with.
pub const EXERCISE_EXTENSION: &str = ".oefening.kring.json";

/// An exercise: the text to draw from and the worked answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Exercise {
    /// A unique id of the exercise.
    pub id: String,
    /// Its title, e.g. "Drie generaties drank".
    pub title: String,
    /// When it was made (unix ms).
    pub created: i64,
    /// The case as the student reads it.
    pub case_text: String,
    /// The worked answer ("uitwerking").
    pub reference: Genogram,
    /// The worked answer's netwerkkaart, where the case has one.
    pub netwerkkaart: Option<Netwerkkaart>,
}

#[derive(Serialize)]
struct ContentOut<'a> {
    case_text: &'a str,
    reference: GenogramContentRef<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    netwerkkaart: Option<NetwerkkaartContent>,
}

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'static str,
    version: u64,
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    created: i64,
    modified: i64,
    content: ContentOut<'a>,
}

#[derive(Deserialize)]
struct ContentIn {
    case_text: String,
    reference: GenogramContent,
    #[serde(default)]
    netwerkkaart: Option<NetwerkkaartContent>,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    created: i64,
    content: Value,
}

/// Whether parsed JSON is an exercise file (told by its `"kind"`), so an import can
/// send it here instead of to the documents.
pub fn is_exercise(value: &Value) -> bool {
    value.get("format").and_then(Value::as_str) == Some(FORMAT_NAME)
        && value.get("kind").and_then(Value::as_str) == Some(EXERCISE_KIND)
}

impl Exercise {
    /// The exercise as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        let out = EnvelopeOut {
            format: FORMAT_NAME,
            version: CURRENT_VERSION,
            kind: EXERCISE_KIND,
            id: &self.id,
            title: &self.title,
            created: self.created,
            modified: self.created,
            content: ContentOut {
                case_text: &self.case_text,
                reference: GenogramContentRef::new(&self.reference),
                netwerkkaart: self.netwerkkaart.as_ref().map(Netwerkkaart::to_content),
            },
        };
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(&out).unwrap_or_default()
    }

    /// Reads an exercise from bytes, with the same limits and checks as a document: the
    /// envelope, the version, and the reference rebuilt through the model's rules.
    pub fn from_bytes(input: &[u8]) -> Result<Self, FormatError> {
        Self::from_value(parse_json(input)?)
    }

    /// Reads an exercise from parsed JSON.
    pub fn from_value(value: Value) -> Result<Self, FormatError> {
        super::envelope_version(&value)?;
        let Some(obj) = value.as_object() else { return Err(FormatError::NotKring { found: None }) };
        if !is_exercise(&value) {
            let kind = obj.get("kind").and_then(Value::as_str).unwrap_or_default().to_owned();
            return Err(FormatError::BadExercise { detail: format!("kind is \"{kind}\", not \"exercise\"") });
        }
        let bad = |e: serde_json::Error| FormatError::BadExercise { detail: e.to_string() };
        let env: EnvelopeIn = serde_json::from_value(value).map_err(bad)?;
        let content: ContentIn = serde_json::from_value(env.content).map_err(bad)?;
        let reference = renumber::genogram(content.reference.into_genogram()?)?;
        if reference.is_empty() {
            return Err(FormatError::BadExercise { detail: "the reference genogram is empty".into() });
        }
        let netwerkkaart = content
            .netwerkkaart
            .map(|c| Netwerkkaart::from_content(renumber::netwerkkaart(c)).map_err(FormatError::InvalidNetwerkkaart))
            .transpose()?;
        Ok(Exercise {
            id: env.id,
            title: env.title,
            created: env.created,
            case_text: content.case_text,
            reference,
            netwerkkaart,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::sample_family;
    use crate::i18n::Lang;

    fn exercise() -> Exercise {
        Exercise {
            id: "ex-1".into(),
            title: "Drie generaties".into(),
            created: 1_735_689_600_000,
            case_text: "Noah (21) woont bij zijn vader Peter.".into(),
            reference: sample_family(),
            netwerkkaart: None,
        }
    }

    #[test]
    fn an_exercise_round_trips_with_its_reference() {
        let ex = exercise();
        let json = ex.to_json();
        let value: Value = serde_json::from_str(&json).unwrap();
        assert!(is_exercise(&value));
        assert_eq!(value["kind"], "exercise");
        assert_eq!(Exercise::from_bytes(json.as_bytes()).unwrap(), ex);
    }

    #[test]
    fn an_exercise_is_not_read_as_a_document_nor_a_document_as_an_exercise() {
        let json = exercise().to_json();
        let err = crate::format::KringDocument::from_json(&json).unwrap_err();
        assert_eq!(err, FormatError::UnknownKind { kind: "exercise".into() });
        let doc = crate::format::KringDocument::new_genogram("d", "t", sample_family(), 0).to_json();
        let err = Exercise::from_bytes(doc.as_bytes()).unwrap_err();
        assert!(matches!(err, FormatError::BadExercise { .. }));
    }

    #[test]
    fn a_broken_exercise_file_is_refused_with_a_clear_message() {
        let mut value: Value = serde_json::from_str(&exercise().to_json()).unwrap();
        value["content"].as_object_mut().unwrap().remove("reference");
        let err = Exercise::from_value(value).unwrap_err();
        assert!(matches!(err, FormatError::BadExercise { .. }), "{err:?}");
        let nl = err.message(Lang::Nl);
        assert!(nl.starts_with("Dit oefenbestand is beschadigd of onvolledig"), "{nl}");
        assert!(nl.contains("reference"), "{nl}");
        assert!(err.message(Lang::En).starts_with("This exercise file is damaged or incomplete"));

        // A reference that breaks the model's rules (a child line to nobody) is refused too.
        let mut value: Value = serde_json::from_str(&exercise().to_json()).unwrap();
        value["content"]["reference"]["child_links"][0]["child"] = Value::from(999);
        assert!(matches!(Exercise::from_value(value).unwrap_err(), FormatError::Invalid(_)));

        let mut value: Value = serde_json::from_str(&exercise().to_json()).unwrap();
        value["version"] = Value::from(CURRENT_VERSION + 1);
        assert!(matches!(Exercise::from_value(value).unwrap_err(), FormatError::TooNew { .. }));
        assert!(matches!(Exercise::from_bytes(b"{ not json").unwrap_err(), FormatError::NotJson { .. }));
    }
}
