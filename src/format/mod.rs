//! The Kring file format: a JSON envelope around the document content.
//!
//! ```json
//! { "format": "kring", "version": 3, "kind": "genogram", "id": "…", "title": "…",
//!   "created": 1735689600000, "modified": 1735689600000,
//!   "content": { "persons": [{"id": 0, …}], "unions": […], "child_links": […],
//!                "relations": […], "households": […], "views": […] } }
//! ```
//!
//! `"views"` (version 2) holds the saved views ("Weergaven", [`crate::views`]) of
//! either kind of drawing; it is left out when there are none. A netwerkkaart's
//! `"versions"` holds its kept versions ([`crate::netwerkkaart::versions`]), each a
//! whole map checked by the same rules; left out when there are none. A person's
//! `"life_events"` (version 3) hold the dated events of the chronology ("Levenslijn"),
//! as do its `"moves"` and a condition's `"since"` (optional within version 3).
//!
//! Things are stored as lists with their explicit ids (never graph indices). Reading
//! checks the envelope, converts older versions ([`migrate()`]), refuses newer ones,
//! rebuilds the graph and checks every rule of the model, renumbers ids that leave no
//! room for new ones ([`renumber`]); bad input gives a
//! [`FormatError`] with a Dutch and English message and never panics.

pub mod error;
pub mod exercise;
pub mod migrate;
pub mod renumber;

pub use error::FormatError;
pub use exercise::Exercise;
pub use migrate::migrate;

use crate::genogram::model::content::{GenogramContent, GenogramContentRef};
use crate::genogram::model::Genogram;
use crate::netwerkkaart::versions::MapVersion;
use crate::netwerkkaart::{Netwerkkaart, NetwerkkaartContent};
use crate::views::SavedView;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// The value of the `"format"` field.
pub const FORMAT_NAME: &str = "kring";
/// The file version this program writes and the newest it reads.
pub const CURRENT_VERSION: u64 = 3;
/// The largest input accepted, in bytes (20 MB).
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// What a Kring file holds.
#[derive(Clone, Debug, PartialEq)]
pub enum DocumentContent {
    /// A genogram.
    Genogram(Genogram),
    /// A netwerkkaart (eco-map).
    Netwerkkaart(Netwerkkaart),
}

impl DocumentContent {
    /// The `"kind"` written in the envelope.
    pub fn kind(&self) -> &'static str {
        match self {
            DocumentContent::Genogram(_) => "genogram",
            DocumentContent::Netwerkkaart(_) => "netwerkkaart",
        }
    }

    /// The saved views ("Weergaven"), in order.
    pub fn views(&self) -> &[SavedView] {
        match self {
            DocumentContent::Genogram(g) => g.views(),
            DocumentContent::Netwerkkaart(n) => n.views(),
        }
    }
}

/// A drawing's stored content with the saved views beside its own fields.
#[derive(Serialize)]
struct WithViews<'a, C: Serialize> {
    #[serde(flatten)]
    content: C,
    #[serde(skip_serializing_if = "<[SavedView]>::is_empty")]
    views: &'a [SavedView],
    #[serde(skip_serializing_if = "<[MapVersion]>::is_empty")]
    versions: &'a [MapVersion],
}

/// The version of a Kring envelope (documents and exercises alike), after checking
/// that it is one: a JSON object naming this format, with a version this build reads.
pub(crate) fn envelope_version(value: &Value) -> Result<u64, FormatError> {
    let Some(obj) = value.as_object() else { return Err(FormatError::NotKring { found: None }) };
    match obj.get("format") {
        Some(Value::String(f)) if f == FORMAT_NAME => {}
        Some(Value::String(f)) => return Err(FormatError::NotKring { found: Some(f.clone()) }),
        _ => return Err(FormatError::NotKring { found: None }),
    }
    let version = obj.get("version").and_then(Value::as_u64).ok_or(FormatError::BadVersion)?;
    if version > CURRENT_VERSION {
        return Err(FormatError::TooNew { found: version, supported: CURRENT_VERSION });
    }
    Ok(version)
}

/// Reads JSON with the format's limits: refuses input over [`MAX_INPUT_BYTES`] and
/// nesting deeper than the reader allows, and says where text is not JSON. Shared by
/// documents and library files so both refuse bad input alike.
pub fn parse_json(input: &[u8]) -> Result<Value, FormatError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(FormatError::TooLarge { bytes: input.len(), limit: MAX_INPUT_BYTES });
    }
    serde_json::from_slice(input).map_err(|e| {
        if e.to_string().contains("recursion limit exceeded") {
            FormatError::TooDeep
        } else if e.is_data() {
            FormatError::Malformed { detail: e.to_string() }
        } else {
            FormatError::NotJson { line: e.line(), column: e.column() }
        }
    })
}

/// A Kring document: the envelope fields and the content.
#[derive(Clone, Debug, PartialEq)]
pub struct KringDocument {
    /// A unique id of the document (made by the caller, e.g. from the clock and a counter).
    pub id: String,
    /// The title shown in the document list, e.g. "Casus Noah".
    pub title: String,
    /// When the document was made (unix ms).
    pub created: i64,
    /// When the document was last changed (unix ms).
    pub modified: i64,
    /// The drawing.
    pub content: DocumentContent,
}

#[derive(Serialize)]
struct EnvelopeOut<'a, C: Serialize> {
    format: &'static str,
    version: u64,
    kind: &'static str,
    id: &'a str,
    title: &'a str,
    created: i64,
    modified: i64,
    content: C,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    kind: String,
    id: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    created: i64,
    #[serde(default)]
    modified: i64,
    content: Value,
}

impl KringDocument {
    /// A new document holding a genogram, created and modified at `now_ms`.
    pub fn new_genogram(id: &str, title: &str, genogram: Genogram, now_ms: i64) -> Self {
        KringDocument {
            id: id.to_owned(),
            title: title.to_owned(),
            created: now_ms,
            modified: now_ms,
            content: DocumentContent::Genogram(genogram),
        }
    }

    /// A new document holding a netwerkkaart, created and modified at `now_ms`.
    pub fn new_netwerkkaart(id: &str, title: &str, map: Netwerkkaart, now_ms: i64) -> Self {
        KringDocument {
            id: id.to_owned(),
            title: title.to_owned(),
            created: now_ms,
            modified: now_ms,
            content: DocumentContent::Netwerkkaart(map),
        }
    }

    /// The genogram, if this document holds one.
    pub fn genogram(&self) -> Option<&Genogram> {
        match &self.content {
            DocumentContent::Genogram(g) => Some(g),
            _ => None,
        }
    }

    /// The netwerkkaart, if this document holds one.
    pub fn netwerkkaart(&self) -> Option<&Netwerkkaart> {
        match &self.content {
            DocumentContent::Netwerkkaart(n) => Some(n),
            _ => None,
        }
    }

    /// The document as pretty-printed JSON in the current version.
    pub fn to_json(&self) -> String {
        let views = self.content.views();
        let out = match &self.content {
            DocumentContent::Genogram(g) => serde_json::to_string_pretty(&self.envelope(WithViews {
                content: GenogramContentRef::new(g),
                views,
                versions: &[],
            })),
            DocumentContent::Netwerkkaart(n) => serde_json::to_string_pretty(&self.envelope(WithViews {
                content: n.to_content(),
                views,
                versions: n.versions(),
            })),
        };
        // Serialising plain data with string keys cannot fail.
        out.unwrap_or_default()
    }

    fn envelope<C: Serialize>(&self, content: C) -> EnvelopeOut<'_, C> {
        EnvelopeOut {
            format: FORMAT_NAME,
            version: CURRENT_VERSION,
            kind: self.content.kind(),
            id: &self.id,
            title: &self.title,
            created: self.created,
            modified: self.modified,
            content,
        }
    }

    /// Reads a document from text.
    pub fn from_json(input: &str) -> Result<Self, FormatError> {
        Self::from_bytes(input.as_bytes())
    }

    /// Reads a document from bytes (UTF-8 JSON), refusing input over
    /// [`MAX_INPUT_BYTES`], nesting deeper than the JSON reader's limit, other formats,
    /// newer versions, unknown kinds and contents that break the model's rules.
    pub fn from_bytes(input: &[u8]) -> Result<Self, FormatError> {
        let value = parse_json(input)?;
        Self::from_value(value)
    }

    /// Reads a document from an already parsed JSON value.
    pub fn from_value(value: Value) -> Result<Self, FormatError> {
        let version = envelope_version(&value)?;
        let value = if version < CURRENT_VERSION { migrate(value, version)? } else { value };
        let mut env: EnvelopeIn =
            serde_json::from_value(value).map_err(|e| FormatError::Malformed { detail: e.to_string() })?;
        let malformed = |e: serde_json::Error| FormatError::Malformed { detail: e.to_string() };
        // The views sit beside the drawing's fields; the drawing's own reader ignores them.
        let views: Vec<SavedView> = match env.content.as_object_mut().and_then(|c| c.remove("views")) {
            None | Some(Value::Null) => Vec::new(),
            Some(v) => serde_json::from_value(v).map_err(malformed)?,
        };
        let content = match env.kind.as_str() {
            "genogram" => {
                let c: GenogramContent = serde_json::from_value(env.content).map_err(malformed)?;
                let mut g = renumber::genogram(c.into_genogram()?)?;
                g.views = views;
                DocumentContent::Genogram(g)
            }
            "netwerkkaart" => {
                let versions: Vec<MapVersion> = match env.content.as_object_mut().and_then(|c| c.remove("versions")) {
                    None | Some(Value::Null) => Vec::new(),
                    Some(v) => serde_json::from_value(v).map_err(malformed)?,
                };
                // Each version is a map in its own right: checked by the same rules.
                for v in &versions {
                    v.rebuild().map_err(FormatError::InvalidNetwerkkaart)?;
                }
                let c: NetwerkkaartContent = serde_json::from_value(env.content).map_err(malformed)?;
                let mut n =
                    Netwerkkaart::from_content(renumber::netwerkkaart(c)).map_err(FormatError::InvalidNetwerkkaart)?;
                n.views = views;
                n.versions = versions;
                DocumentContent::Netwerkkaart(n)
            }
            _ => return Err(FormatError::UnknownKind { kind: env.kind }),
        };
        Ok(KringDocument { id: env.id, title: env.title, created: env.created, modified: env.modified, content })
    }
}

#[cfg(test)]
pub(crate) mod tests;
