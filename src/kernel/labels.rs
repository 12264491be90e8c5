//! A helper macro for the small vocabularies of the notation: each word has a stable
//! snake_case name in files and a Dutch and an English label on screen.

/// Declares a fieldless enum with serde snake_case names, an `ALL` list and
/// `label(self, Lang) -> &'static str` giving the Dutch and English words.
macro_rules! labeled_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident => ($nl:literal, $en:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $crate::kernel::labels::Labeled for $name {
            fn all() -> &'static [Self] {
                Self::ALL
            }

            fn label_in(self, lang: $crate::i18n::Lang) -> &'static str {
                self.label(lang)
            }
        }

        impl $name {
            /// Every value, in the order a menu shows them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word for this value in the given language.
            pub fn label(self, lang: $crate::i18n::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$variant, $crate::i18n::Lang::Nl) => $nl,
                        ($name::$variant, $crate::i18n::Lang::En) => $en,
                    )+
                }
            }
        }
    };
}

pub(crate) use labeled_enum;

/// A vocabulary declared with `labeled_enum!`, for code that handles any of them (the
/// UI's one select over such a type).
pub trait Labeled: Copy + PartialEq + Send + Sync + 'static {
    /// Every value, in the order a menu shows them.
    fn all() -> &'static [Self];
    /// The word for this value in the given language.
    fn label_in(self, lang: crate::i18n::Lang) -> &'static str;
}
