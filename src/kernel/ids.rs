//! The one way ids are declared: a `u32` newtype that never changes and is never an
//! index of the graph library, so ids survive deletes, undo and redo, save and load.

/// Declares a `u32` id newtype with serde as a bare number and a `Display` with a
/// one-letter prefix ("P3"). Used by the genogram's and the netwerkkaart's ids.
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            /// The raw number, as stored in a Kring file.
            pub fn get(self) -> u32 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

pub(crate) use id_type;
