//! Choices stored with a genogram that change how it is drawn, not who is in it.

use serde::{Deserialize, Serialize};

/// How the genogram is drawn. Older files have none of these fields: every one has a
/// serde default, so they load as before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GenogramSettings {
    /// "Strikte geboortevolgorde": every sibship strictly oldest-left, also a child who
    /// married into a family drawn beside theirs (whose union line then passes over
    /// siblings). Off: such a child stands at the edge nearest their partner.
    #[serde(default)]
    pub strict_birth_order: bool,
    /// "Labels tonen": each person's tags (themes such as "schulden", "steunend")
    /// written as one small line under the name, with a legend row. Off: tags are kept
    /// (the pattern lens uses them) but not drawn.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub show_tags: bool,
}

impl GenogramSettings {
    /// True when nothing differs from the defaults (then nothing is written).
    pub fn is_default(&self) -> bool {
        *self == GenogramSettings::default()
    }
}
