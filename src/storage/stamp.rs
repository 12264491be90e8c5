//! A stamp of a stored entry's exact text, to tell whether another tab wrote it since
//! this tab last read or wrote it.

use serde::{Deserialize, Serialize};

/// Length and FNV-1a hash of a stored text. Equal texts have equal stamps; a different
/// text has a different stamp except with negligible chance.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Stamp(String);

impl Stamp {
    /// The stamp of `text`.
    pub fn of(text: &str) -> Stamp {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for &b in text.as_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Stamp(format!("{:x}-{h:016x}", text.len()))
    }

    /// The stamp as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
