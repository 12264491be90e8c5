//! The key-value store the library is kept in: `localStorage` in the browser, a map in
//! native tests.

use std::collections::BTreeMap;
use std::fmt;

/// Why a write was refused. A refused write changes nothing in the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage is full (`QuotaExceededError`).
    Quota,
    /// Storage cannot be used at all (blocked by settings, private mode, …).
    Unavailable(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Quota => f.write_str("storage quota exceeded"),
            StoreError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A string key-value store with the semantics of `localStorage`: a `set` either
/// happens whole or not at all.
pub trait Store {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key` (nothing happens when it is absent).
    fn remove(&mut self, key: &str);
    /// Every key in the store, in no particular order.
    fn keys(&self) -> Vec<String>;
}

/// An in-memory [`Store`] with an optional size limit, counted like browsers do: UTF-16
/// code units of keys plus values.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    map: BTreeMap<String, String>,
    limit: Option<usize>,
}

impl MemoryStore {
    /// An empty store without a limit.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty store that refuses writes past `units` UTF-16 code units in total.
    pub fn with_limit(units: usize) -> Self {
        MemoryStore { map: BTreeMap::new(), limit: Some(units) }
    }

    /// Total size in UTF-16 code units of every key and value.
    pub fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| utf16_len(k) + utf16_len(v)).sum()
    }

    /// A copy of every entry, for comparing states in tests.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.clone()
    }
}

/// Length of `s` in UTF-16 code units (what `String.length` says in JavaScript).
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(limit) = self.limit {
            let old = self.map.get(key).map_or(0, |v| utf16_len(key) + utf16_len(v));
            if self.used() - old + utf16_len(key) + utf16_len(value) > limit {
                return Err(StoreError::Quota);
            }
        }
        self.map.insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.map.remove(key);
    }

    fn keys(&self) -> Vec<String> {
        self.map.keys().cloned().collect()
    }
}

impl<S: Store + ?Sized> Store for &mut S {
    fn get(&self, key: &str) -> Option<String> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) {
        (**self).remove(key)
    }
    fn keys(&self) -> Vec<String> {
        (**self).keys()
    }
}
