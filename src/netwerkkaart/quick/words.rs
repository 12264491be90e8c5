//! The words quick entry knows on a netwerkkaart, in Dutch and English: what stands in
//! an actor's brackets (the tie with the centre, the ring, formal or informal, a role),
//! the words that name a sector, and the words that start a centre line.

use crate::i18n::Lang;
use crate::netwerkkaart::{
    ActorKind, CentreKind, Direction, Formality, Frequency, Quality, Ring, RoleSuggestion, SectorKind, Strength,
    SupportType,
};

/// What a known word in brackets means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    /// sterk, normaal, zwak.
    Strength(Strength),
    /// positief, neutraal, stressvol, conflict.
    Quality(Quality),
    /// geeft, ontvangt, wederzijds, read with the actor written before it as the
    /// subject: "Ans (geeft)" is Ans giving support to the centre.
    Gives(Flow),
    /// One kind of support: P, G (or C), A, E, or the word for it.
    Support(SupportType),
    /// dagelijks, wekelijks, maandelijks, zelden.
    Frequency(Frequency),
    /// binnen, midden, buiten (and the rings' full names).
    Ring(Ring),
    /// formeel, informeel, hybride.
    Formality(Formality),
    /// persoon, organisatie.
    Kind(ActorKind),
    /// verbinder: brokers between the formal and the informal world.
    Verbinder,
    /// indirect: no tie with the centre (reached only through others).
    Indirect,
}

/// Which way support flows, seen from the actor the word is written beside (or the
/// first actor of a tie line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// The actor gives support.
    Gives,
    /// The actor receives support.
    Receives,
    /// Both ways.
    Mutual,
}

impl Flow {
    /// The model's direction of a tie whose first end is the *other* end (the centre, for
    /// an actor in a sector line): "Ans geeft" is "the centre receives".
    pub fn seen_from_other(self) -> Direction {
        match self {
            Flow::Gives => Direction::Receives,
            Flow::Receives => Direction::Gives,
            Flow::Mutual => Direction::Mutual,
        }
    }

    /// The model's direction of a tie whose first end is this actor.
    pub fn seen_from_self(self) -> Direction {
        match self {
            Flow::Gives => Direction::Gives,
            Flow::Receives => Direction::Receives,
            Flow::Mutual => Direction::Mutual,
        }
    }

    /// The flow that a model direction means for the end that is not the tie's first.
    pub fn of_other(d: Direction) -> Flow {
        match d {
            Direction::Gives => Flow::Receives,
            Direction::Receives => Flow::Gives,
            Direction::Mutual => Flow::Mutual,
        }
    }

    /// The flow that a model direction means for the tie's first end.
    pub fn of_first(d: Direction) -> Flow {
        match d {
            Direction::Gives => Flow::Gives,
            Direction::Receives => Flow::Receives,
            Direction::Mutual => Flow::Mutual,
        }
    }
}

/// Extra words beside the labels of the model's vocabularies.
const EXTRA: &[(&str, Word)] = &[
    ("strong", Word::Strength(Strength::Strong)),
    ("sterke", Word::Strength(Strength::Strong)),
    ("zwakke", Word::Strength(Strength::Weak)),
    ("stress", Word::Quality(Quality::Stressful)),
    ("stressvolle", Word::Quality(Quality::Stressful)),
    ("ruzie", Word::Quality(Quality::Conflict)),
    ("geeft", Word::Gives(Flow::Gives)),
    ("gives", Word::Gives(Flow::Gives)),
    ("helpt", Word::Gives(Flow::Gives)),
    ("helps", Word::Gives(Flow::Gives)),
    ("ontvangt", Word::Gives(Flow::Receives)),
    ("receives", Word::Gives(Flow::Receives)),
    ("krijgt", Word::Gives(Flow::Receives)),
    ("wederzijds", Word::Gives(Flow::Mutual)),
    ("mutual", Word::Gives(Flow::Mutual)),
    ("p", Word::Support(SupportType::Practical)),
    ("g", Word::Support(SupportType::Company)),
    ("c", Word::Support(SupportType::Company)),
    ("a", Word::Support(SupportType::Advice)),
    ("e", Word::Support(SupportType::Emotional)),
    ("advies", Word::Support(SupportType::Advice)),
    ("informatie", Word::Support(SupportType::Advice)),
    ("info", Word::Support(SupportType::Advice)),
    ("advice", Word::Support(SupportType::Advice)),
    ("information", Word::Support(SupportType::Advice)),
    ("emotionele", Word::Support(SupportType::Emotional)),
    ("praktische", Word::Support(SupportType::Practical)),
    ("binnen", Word::Ring(Ring::Inner)),
    ("binnenste", Word::Ring(Ring::Inner)),
    ("inner", Word::Ring(Ring::Inner)),
    ("midden", Word::Ring(Ring::Middle)),
    ("middelste", Word::Ring(Ring::Middle)),
    ("middle", Word::Ring(Ring::Middle)),
    ("buiten", Word::Ring(Ring::Outer)),
    ("buitenste", Word::Ring(Ring::Outer)),
    ("outer", Word::Ring(Ring::Outer)),
    ("organization", Word::Kind(ActorKind::Organisation)),
    ("org", Word::Kind(ActorKind::Organisation)),
    ("verbinder", Word::Verbinder),
    ("broker", Word::Verbinder),
    ("connector", Word::Verbinder),
    ("indirect", Word::Indirect),
    ("geen band", Word::Indirect),
    ("no tie", Word::Indirect),
];

/// Every known phrase in brackets (lower case, single spaces) with its meaning.
pub fn vocabulary() -> &'static [(String, Word)] {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Vec<(String, Word)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(String, Word)> = EXTRA.iter().map(|(s, w)| ((*s).to_owned(), *w)).collect();
        let mut add = |label: &str, w: Word| {
            // "advies/informatie" reads as two words in quick entry; the extra table has them.
            if !label.contains('/') && !table.iter().any(|(s, _)| s == label) {
                table.push((label.to_lowercase(), w));
            }
        };
        for lang in Lang::ALL {
            for k in Strength::ALL {
                add(k.label(lang), Word::Strength(*k));
            }
            for k in Quality::ALL {
                add(k.label(lang), Word::Quality(*k));
            }
            for k in SupportType::ALL {
                add(k.label(lang), Word::Support(*k));
            }
            for k in Frequency::ALL {
                add(k.label(lang), Word::Frequency(*k));
            }
            for k in Ring::ALL {
                add(k.label(lang), Word::Ring(*k));
            }
            for k in Formality::ALL {
                add(k.label(lang), Word::Formality(*k));
            }
            for k in ActorKind::ALL {
                add(k.label(lang), Word::Kind(*k));
            }
        }
        table
    })
}

/// The meaning of a phrase in brackets (already lower case), if known.
pub fn lookup(phrase: &str) -> Option<Word> {
    crate::kernel::words::lookup(vocabulary(), phrase)
}

/// The longest known phrase at the start of `words` (lower case): how many words it
/// takes and what it means.
pub fn longest(words: &[String]) -> Option<(usize, Word)> {
    crate::kernel::words::longest(vocabulary(), words)
}

/// Support letters written together ("PGE"): the types, when every letter is one.
pub fn support_letters(word: &str) -> Option<Vec<SupportType>> {
    if word.chars().count() < 2 || !word.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    word.chars()
        .map(|c| match lookup(&c.to_ascii_lowercase().to_string()) {
            Some(Word::Support(s)) => Some(s),
            _ => None,
        })
        .collect()
}

/// Kinship and role words that stand for a role on their own ("buurvrouw", "huisarts"):
/// the role suggestions of the model in both languages, and a few more.
const ROLES: &[&str] = &[
    "moeder",
    "vader",
    "ouders",
    "zoon",
    "dochter",
    "broer",
    "zus",
    "zuster",
    "oma",
    "opa",
    "oom",
    "tante",
    "neef",
    "nicht",
    "stiefvader",
    "stiefmoeder",
    "pleegmoeder",
    "pleegvader",
    "pleegbroer",
    "pleegzus",
    "vriend",
    "vriendin",
    "buren",
    "mentor",
    "juf",
    "meester",
    "coach",
    "wijkcoach",
    "maatje",
    "mother",
    "father",
    "son",
    "daughter",
    "brother",
    "grandmother",
    "grandfather",
    "uncle",
    "aunt",
    "cousin",
    "neighbour",
    "neighbor",
    "buddy",
];

/// Whether a phrase (lower case, single spaces) is a role on its own.
pub fn is_role(phrase: &str) -> bool {
    ROLES.contains(&phrase)
        || RoleSuggestion::ALL.iter().any(|r| Lang::ALL.iter().any(|&l| r.label(l).to_lowercase() == phrase))
}

/// What the words before a colon name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Header {
    /// A standard sector.
    Sector(SectorKind),
    /// The centre; with a kind when the word says it (cliënt, huishouden).
    Centre(Option<CentreKind>),
}

const HEADERS: &[(&str, Header)] = &[
    ("familie", Header::Sector(SectorKind::Family)),
    ("family", Header::Sector(SectorKind::Family)),
    ("vrienden", Header::Sector(SectorKind::Friends)),
    ("kennissen", Header::Sector(SectorKind::Friends)),
    ("vrienden/kennissen", Header::Sector(SectorKind::Friends)),
    ("friends", Header::Sector(SectorKind::Friends)),
    ("acquaintances", Header::Sector(SectorKind::Friends)),
    ("friends/acquaintances", Header::Sector(SectorKind::Friends)),
    ("buren", Header::Sector(SectorKind::Neighbours)),
    ("collega's", Header::Sector(SectorKind::Neighbours)),
    ("school", Header::Sector(SectorKind::Neighbours)),
    ("buren/collega's/school", Header::Sector(SectorKind::Neighbours)),
    ("neighbours", Header::Sector(SectorKind::Neighbours)),
    ("neighbors", Header::Sector(SectorKind::Neighbours)),
    ("colleagues", Header::Sector(SectorKind::Neighbours)),
    ("neighbours/colleagues/school", Header::Sector(SectorKind::Neighbours)),
    ("professionals", Header::Sector(SectorKind::Professionals)),
    ("organisaties", Header::Sector(SectorKind::Professionals)),
    ("hulpverlening", Header::Sector(SectorKind::Professionals)),
    ("professionals/organisaties", Header::Sector(SectorKind::Professionals)),
    ("organisations", Header::Sector(SectorKind::Professionals)),
    ("organizations", Header::Sector(SectorKind::Professionals)),
    ("professionals/organisations", Header::Sector(SectorKind::Professionals)),
    ("centrum", Header::Centre(None)),
    ("centre", Header::Centre(None)),
    ("center", Header::Centre(None)),
    ("cliënt", Header::Centre(Some(CentreKind::Person))),
    ("client", Header::Centre(Some(CentreKind::Person))),
    ("huishouden", Header::Centre(Some(CentreKind::Household))),
    ("household", Header::Centre(Some(CentreKind::Household))),
];

/// A header as compared: lower case, single spaces, no spaces around a slash.
pub fn normal_header(raw: &str) -> String {
    raw.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace(" /", "/").replace("/ ", "/")
}

/// What a (normalised) header means, if it is a known word.
pub fn header(normal: &str) -> Option<Header> {
    HEADERS.iter().find(|(s, _)| *s == normal).map(|(_, h)| *h)
}

/// The known header nearest to a mistyped one: at most one mistake in four letters.
pub fn suggest_header(normal: &str) -> Option<&'static str> {
    crate::kernel::words::nearest(normal, HEADERS.iter().map(|(s, _)| *s))
}

/// The known word in brackets nearest to a mistyped one, among those `fits` allows.
pub fn suggest(word: &str, fits: impl Fn(Word) -> bool) -> Option<&'static str> {
    crate::kernel::words::nearest(
        &word.to_lowercase(),
        vocabulary().iter().filter(|(_, w)| fits(*w)).map(|(s, _)| s.as_str()),
    )
}

/// The written form of a word in a language, for printing and the help card.
pub fn canonical(word: Word, lang: Lang) -> &'static str {
    use Lang::{En, Nl};
    match (word, lang) {
        (Word::Strength(k), _) => k.label(lang),
        (Word::Quality(k), _) => k.label(lang),
        (Word::Gives(Flow::Gives), Nl) => "geeft",
        (Word::Gives(Flow::Gives), En) => "gives",
        (Word::Gives(Flow::Receives), Nl) => "ontvangt",
        (Word::Gives(Flow::Receives), En) => "receives",
        (Word::Gives(Flow::Mutual), Nl) => "wederzijds",
        (Word::Gives(Flow::Mutual), En) => "mutual",
        (Word::Support(k), _) => k.letter(lang),
        (Word::Frequency(k), _) => k.label(lang),
        (Word::Ring(Ring::Inner), Nl) => "binnen",
        (Word::Ring(Ring::Middle), Nl) => "midden",
        (Word::Ring(Ring::Outer), Nl) => "buiten",
        (Word::Ring(Ring::Inner), En) => "inner",
        (Word::Ring(Ring::Middle), En) => "middle",
        (Word::Ring(Ring::Outer), En) => "outer",
        (Word::Formality(k), _) => k.label(lang),
        (Word::Kind(k), _) => k.label(lang),
        (Word::Verbinder, Nl) => "verbinder",
        (Word::Verbinder, En) => "broker",
        (Word::Indirect, _) => "indirect",
    }
}

/// The word that names a standard sector in a header.
pub fn sector_word(kind: SectorKind, lang: Lang) -> &'static str {
    use Lang::{En, Nl};
    match (kind, lang) {
        (SectorKind::Family, Nl) => "familie",
        (SectorKind::Family, En) => "family",
        (SectorKind::Friends, Nl) => "vrienden",
        (SectorKind::Friends, En) => "friends",
        (SectorKind::Neighbours, Nl) => "buren",
        (SectorKind::Neighbours, En) => "neighbours",
        (SectorKind::Professionals, Nl) => "professionals",
        (SectorKind::Professionals, En) => "professionals",
        (SectorKind::Other, Nl) => "overig",
        (SectorKind::Other, En) => "other",
    }
}

/// The word that starts a centre line.
pub fn centre_word(kind: CentreKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (CentreKind::Person, Lang::Nl) => "cliënt",
        (CentreKind::Person, Lang::En) => "client",
        (CentreKind::Household, Lang::Nl) => "huishouden",
        (CentreKind::Household, Lang::En) => "household",
    }
}

/// Dutch and other name particles: a role ends before them ("huisarts van Dijk").
pub fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "van"
            | "de"
            | "den"
            | "der"
            | "ten"
            | "ter"
            | "te"
            | "het"
            | "'t"
            | "op"
            | "in"
            | "la"
            | "le"
            | "du"
            | "da"
            | "di"
            | "von"
            | "el"
            | "al"
            | "bin"
            | "ben"
    )
}
