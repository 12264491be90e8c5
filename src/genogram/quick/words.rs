//! The words quick entry knows, in Dutch and English, and the nearest known word for a
//! typing mistake.

use crate::genogram::model::{ChildLinkKind, Gender, PersonKindTag, RelationKind, TwinKind, UnionEventKind, UnionKind};
use crate::i18n::Lang;

/// What a known word means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// A gender marker: m, v, f, x, man, vrouw.
    Gender(Gender),
    /// A kinship word that tells the gender: zoon, moeder, sister, …
    Role(Gender),
    /// cliënt, client, IP.
    Index,
    /// overleden, deceased.
    Deceased,
    /// geadopteerd, pleeg, …
    Link(ChildLinkKind),
    /// tweeling, eeneiig, …
    Twin(TwinKind),
    /// zwanger, miskraam, huisdier, …
    Kind(PersonKindTag),
    /// getrouwd, samenwonend, …
    UnionKind(UnionKind),
    /// gescheiden, uit elkaar, …
    UnionEvent(UnionEventKind),
    /// conflict, nabij, …
    Relation(RelationKind),
    /// huishouden, household.
    Household,
    /// ca, circa.
    Circa,
}

/// Extra words beside the labels of the model's vocabularies.
const EXTRA: &[(&str, Word)] = &[
    ("m", Word::Gender(Gender::Male)),
    ("v", Word::Gender(Gender::Female)),
    ("f", Word::Gender(Gender::Female)),
    ("x", Word::Gender(Gender::NonBinary)),
    ("man", Word::Gender(Gender::Male)),
    ("vrouw", Word::Gender(Gender::Female)),
    ("male", Word::Gender(Gender::Male)),
    ("female", Word::Gender(Gender::Female)),
    ("non-binair", Word::Gender(Gender::NonBinary)),
    ("non-binary", Word::Gender(Gender::NonBinary)),
    ("zoon", Word::Role(Gender::Male)),
    ("son", Word::Role(Gender::Male)),
    ("dochter", Word::Role(Gender::Female)),
    ("daughter", Word::Role(Gender::Female)),
    ("vader", Word::Role(Gender::Male)),
    ("father", Word::Role(Gender::Male)),
    ("moeder", Word::Role(Gender::Female)),
    ("mother", Word::Role(Gender::Female)),
    ("broer", Word::Role(Gender::Male)),
    ("brother", Word::Role(Gender::Male)),
    ("zus", Word::Role(Gender::Female)),
    ("zuster", Word::Role(Gender::Female)),
    ("sister", Word::Role(Gender::Female)),
    ("opa", Word::Role(Gender::Male)),
    ("oma", Word::Role(Gender::Female)),
    ("grandfather", Word::Role(Gender::Male)),
    ("grandmother", Word::Role(Gender::Female)),
    ("oom", Word::Role(Gender::Male)),
    ("uncle", Word::Role(Gender::Male)),
    ("tante", Word::Role(Gender::Female)),
    ("aunt", Word::Role(Gender::Female)),
    ("cliënt", Word::Index),
    ("client", Word::Index),
    ("ip", Word::Index),
    ("indexpersoon", Word::Index),
    ("overleden", Word::Deceased),
    ("deceased", Word::Deceased),
    ("died", Word::Deceased),
    ("geadopteerd", Word::Link(ChildLinkKind::Adopted)),
    ("adopted", Word::Link(ChildLinkKind::Adopted)),
    ("pleeg", Word::Link(ChildLinkKind::Foster)),
    ("pleegkind", Word::Link(ChildLinkKind::Foster)),
    ("foster", Word::Link(ChildLinkKind::Foster)),
    ("biologisch", Word::Link(ChildLinkKind::Biological)),
    ("biological", Word::Link(ChildLinkKind::Biological)),
    ("tweeling", Word::Twin(TwinKind::Unknown)),
    ("drieling", Word::Twin(TwinKind::Unknown)),
    ("twins", Word::Twin(TwinKind::Unknown)),
    ("twin", Word::Twin(TwinKind::Unknown)),
    ("triplets", Word::Twin(TwinKind::Unknown)),
    ("eeneiig", Word::Twin(TwinKind::Identical)),
    ("identical", Word::Twin(TwinKind::Identical)),
    ("twee-eiig", Word::Twin(TwinKind::Fraternal)),
    ("fraternal", Word::Twin(TwinKind::Fraternal)),
    ("zwanger", Word::Kind(PersonKindTag::Pregnancy)),
    ("zwangerschap", Word::Kind(PersonKindTag::Pregnancy)),
    ("pregnancy", Word::Kind(PersonKindTag::Pregnancy)),
    ("pregnant", Word::Kind(PersonKindTag::Pregnancy)),
    ("miskraam", Word::Kind(PersonKindTag::Miscarriage)),
    ("miscarriage", Word::Kind(PersonKindTag::Miscarriage)),
    ("abortus", Word::Kind(PersonKindTag::Abortion)),
    ("abortion", Word::Kind(PersonKindTag::Abortion)),
    ("doodgeboren", Word::Kind(PersonKindTag::Stillbirth)),
    ("stillbirth", Word::Kind(PersonKindTag::Stillbirth)),
    ("huisdier", Word::Kind(PersonKindTag::Pet)),
    ("pet", Word::Kind(PersonKindTag::Pet)),
    ("getrouwd", Word::UnionKind(UnionKind::Marriage)),
    ("gehuwd", Word::UnionKind(UnionKind::Marriage)),
    ("married", Word::UnionKind(UnionKind::Marriage)),
    ("partnerschap", Word::UnionKind(UnionKind::RegisteredPartnership)),
    ("sw", Word::UnionKind(UnionKind::Cohabiting)),
    ("cohabiting", Word::UnionKind(UnionKind::Cohabiting)),
    ("relatie", Word::UnionKind(UnionKind::Relationship)),
    ("lat", Word::UnionKind(UnionKind::Relationship)),
    ("relationship", Word::UnionKind(UnionKind::Relationship)),
    ("gescheiden", Word::UnionEvent(UnionEventKind::Divorce)),
    ("divorced", Word::UnionEvent(UnionEventKind::Divorce)),
    ("separated", Word::UnionEvent(UnionEventKind::Separation)),
    ("weduwe", Word::UnionEvent(UnionEventKind::Widowed)),
    ("weduwnaar", Word::UnionEvent(UnionEventKind::Widowed)),
    ("widowed", Word::UnionEvent(UnionEventKind::Widowed)),
    ("nietig", Word::UnionEvent(UnionEventKind::Annulment)),
    ("annulled", Word::UnionEvent(UnionEventKind::Annulment)),
    ("verzoend", Word::UnionEvent(UnionEventKind::Reconciliation)),
    ("reconciled", Word::UnionEvent(UnionEventKind::Reconciliation)),
    ("conflict", Word::Relation(RelationKind::Discord)),
    ("ruzie", Word::Relation(RelationKind::Discord)),
    ("hecht", Word::Relation(RelationKind::Close)),
    ("breuk", Word::Relation(RelationKind::Cutoff)),
    ("huishouden", Word::Household),
    ("household", Word::Household),
    ("ca", Word::Circa),
    ("circa", Word::Circa),
];

/// Every known phrase (lower case, single spaces) with its meaning: the extra words and
/// every label of the model's vocabularies in both languages.
pub fn vocabulary() -> &'static [(String, Word)] {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<(String, Word)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(String, Word)> = EXTRA.iter().map(|(s, w)| ((*s).to_owned(), *w)).collect();
        let mut add = |label: &str, w: Word| {
            // "relatie / LAT" reads as two words in quick entry; the extra table has them.
            if !label.contains('/') && !table.iter().any(|(s, _)| s == label) {
                table.push((label.to_lowercase(), w));
            }
        };
        for lang in Lang::ALL {
            for k in RelationKind::ALL {
                add(k.label(lang), Word::Relation(*k));
            }
            for k in UnionKind::ALL {
                add(k.label(lang), Word::UnionKind(*k));
            }
            for k in UnionEventKind::ALL {
                // "begin 1972" is the start year; "begin" alone a start without a date
                // (see the parser).
                add(k.label(lang), Word::UnionEvent(*k));
            }
        }
        table
    })
}

/// The meaning of a phrase of words (already lower case), if known.
pub fn lookup(phrase: &str) -> Option<Word> {
    crate::kernel::words::lookup(vocabulary(), phrase)
}

/// The longest known phrase at the start of `words` (lower case): how many words it
/// takes and what it means.
pub fn longest(words: &[String]) -> Option<(usize, Word)> {
    crate::kernel::words::longest(vocabulary(), words)
}

/// The written form of a word in a language, for printing and the help card.
pub fn canonical(word: Word, lang: Lang) -> &'static str {
    use Lang::{En, Nl};
    match (word, lang) {
        (Word::Gender(Gender::Male), _) => "m",
        (Word::Gender(Gender::Female), Nl) => "v",
        (Word::Gender(Gender::Female), En) => "f",
        (Word::Gender(_), _) => "x",
        (Word::Index, Nl) => "cliënt",
        (Word::Index, En) => "client",
        (Word::Deceased, Nl) => "overleden",
        (Word::Deceased, En) => "deceased",
        (Word::Link(k), _) => k.label(lang),
        (Word::Twin(TwinKind::Unknown), Nl) => "tweeling",
        (Word::Twin(TwinKind::Unknown), En) => "twins",
        (Word::Twin(k), _) => k.label(lang),
        (Word::Kind(PersonKindTag::Pregnancy), Nl) => "zwanger",
        (Word::Kind(k), _) => k.label(lang),
        (Word::UnionKind(UnionKind::Relationship), Nl) => "relatie",
        (Word::UnionKind(UnionKind::Relationship), En) => "relationship",
        (Word::UnionKind(k), _) => k.label(lang),
        (Word::UnionEvent(UnionEventKind::Divorce), Nl) => "gescheiden",
        (Word::UnionEvent(UnionEventKind::Divorce), En) => "divorced",
        (Word::UnionEvent(k), _) => k.label(lang),
        (Word::Relation(k), _) => k.label(lang),
        (Word::Role(Gender::Female), Nl) => "dochter",
        (Word::Role(_), Nl) => "zoon",
        (Word::Role(Gender::Female), En) => "daughter",
        (Word::Role(_), En) => "son",
        (Word::Household, Nl) => "huishouden",
        (Word::Household, En) => "household",
        (Word::Circa, _) => "ca.",
    }
}

/// The known phrase nearest to a mistyped word, among those `fits` allows: at most one
/// mistake in four letters (so "gescheide" finds "gescheiden", and "Peter" finds nothing).
pub fn suggest(word: &str, fits: impl Fn(Word) -> bool) -> Option<&'static str> {
    crate::kernel::words::nearest(
        &word.to_lowercase(),
        vocabulary().iter().filter(|(_, w)| fits(*w)).map(|(s, _)| s.as_str()),
    )
}
