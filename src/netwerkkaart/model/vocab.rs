//! The small vocabularies of the netwerkkaart: each word has a stable snake_case name
//! in files and a Dutch and an English label on screen.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

pub(crate) use crate::kernel::labels::labeled_enum;

labeled_enum! {
    /// Whether an actor is a person (drawn as a circle) or an organisation (a rounded
    /// square): the wijkteam, the school, the voedselbank.
    #[derive(Default)]
    pub enum ActorKind {
        /// A person: a circle.
        #[default]
        Person => ("persoon", "person"),
        /// An organisation or service: a rounded square.
        Organisation => ("organisatie", "organisation"),
    }
}

labeled_enum! {
    /// Where an actor stands between the two worlds of care. Informal: family,
    /// friends, neighbours, volunteers. Formal: paid, organised, professional. Hybrid:
    /// both at once (a paid buddy, a neighbour who is also the wijkverpleegkundige) —
    /// the border is thin in practice, so this is a real category.
    #[derive(Default)]
    pub enum Formality {
        /// Informeel: family, friends, neighbours, volunteers.
        #[default]
        Informal => ("informeel", "informal"),
        /// Formeel: paid, organised, professional.
        Formal => ("formeel", "formal"),
        /// Hybride: both.
        Hybrid => ("hybride", "hybrid"),
    }
}

impl Formality {
    /// The letter drawn in the symbol (I, F, H), so the category also reads in black
    /// and white. The same in Dutch and English.
    pub fn letter(self) -> &'static str {
        match self {
            Formality::Informal => "I",
            Formality::Formal => "F",
            Formality::Hybrid => "H",
        }
    }
}

labeled_enum! {
    /// How close an actor stands to the centre: the concentric rings of the map.
    #[derive(Default)]
    pub enum Ring {
        /// Binnenste ring: the closest people, who are there when it matters.
        Inner => ("binnenste ring", "inner ring"),
        /// Middelste ring.
        #[default]
        Middle => ("middelste ring", "middle ring"),
        /// Buitenste ring: further away, occasional.
        Outer => ("buitenste ring", "outer ring"),
    }
}

impl Ring {
    /// 0 for the inner ring, 1 for the middle, 2 for the outer.
    pub fn index(self) -> usize {
        match self {
            Ring::Inner => 0,
            Ring::Middle => 1,
            Ring::Outer => 2,
        }
    }

    /// The ring with this index (0 = inner); anything larger is the outer ring.
    pub fn from_index(i: usize) -> Ring {
        match i {
            0 => Ring::Inner,
            1 => Ring::Middle,
            _ => Ring::Outer,
        }
    }
}

labeled_enum! {
    /// How strong a tie is: thick or double line for sterk, a normal line, a dashed
    /// line for zwak (tenuous).
    #[derive(Default)]
    pub enum Strength {
        /// Sterk: a thick double line.
        Strong => ("sterk", "strong"),
        /// Normaal: a plain solid line.
        #[default]
        Normal => ("normaal", "normal"),
        /// Zwak: a dashed line.
        Weak => ("zwak", "weak"),
    }
}

labeled_enum! {
    /// How a tie feels: a stressful tie costs energy (zigzag), a conflict is drawn as a
    /// red zigzag with a cross-mark.
    #[derive(Default)]
    pub enum Quality {
        /// Positief.
        Positive => ("positief", "positive"),
        /// Neutraal.
        #[default]
        Neutral => ("neutraal", "neutral"),
        /// Stressvol: a zigzag line.
        Stressful => ("stressvol", "stressful"),
        /// Conflict: a red zigzag with a cross-mark.
        Conflict => ("conflict", "conflict"),
    }
}

labeled_enum! {
    /// Which way support (energy, resources) flows along a tie, seen from the first end
    /// of the tie (for ties with the centre: from the centre). Drawn as arrowheads.
    #[derive(Default)]
    pub enum Direction {
        /// Geeft: the first end (the centre) gives to the other.
        Gives => ("geeft", "gives"),
        /// Ontvangt: the first end (the centre) receives from the other.
        Receives => ("ontvangt", "receives"),
        /// Wederzijds: support flows both ways.
        #[default]
        Mutual => ("wederzijds", "mutual"),
    }
}

impl Direction {
    /// Whether the first end receives support (receives or mutual).
    pub fn first_receives(self) -> bool {
        matches!(self, Direction::Receives | Direction::Mutual)
    }

    /// Whether the first end gives support (gives or mutual).
    pub fn first_gives(self) -> bool {
        matches!(self, Direction::Gives | Direction::Mutual)
    }
}

labeled_enum! {
    /// How often there is contact along a tie.
    pub enum Frequency {
        /// Dagelijks.
        Daily => ("dagelijks", "daily"),
        /// Wekelijks.
        Weekly => ("wekelijks", "weekly"),
        /// Maandelijks.
        Monthly => ("maandelijks", "monthly"),
        /// Zelden.
        Rarely => ("zelden", "rarely"),
    }
}

labeled_enum! {
    /// The kinds of support a tie carries, written as letters on the tie:
    /// P praktisch, G gezelschap, A advies/informatie, E emotioneel.
    pub enum SupportType {
        /// Praktisch: boodschappen, vervoer, klusjes, geld.
        Practical => ("praktisch", "practical"),
        /// Gezelschap: company, doing things together.
        Company => ("gezelschap", "company"),
        /// Advies / informatie.
        Advice => ("advies/informatie", "advice/information"),
        /// Emotioneel: a listening ear, comfort.
        Emotional => ("emotioneel", "emotional"),
    }
}

impl SupportType {
    /// The letter written on a tie. Dutch P/G/A/E; English P/C/A/E.
    pub fn letter(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (SupportType::Practical, _) => "P",
            (SupportType::Company, Lang::Nl) => "G",
            (SupportType::Company, Lang::En) => "C",
            (SupportType::Advice, _) => "A",
            (SupportType::Emotional, _) => "E",
        }
    }

    fn bit(self) -> u8 {
        match self {
            SupportType::Practical => 1,
            SupportType::Company => 2,
            SupportType::Advice => 4,
            SupportType::Emotional => 8,
        }
    }
}

/// A set of support types (P, G, A, E). Stored in files as a list of names, e.g.
/// `["practical", "emotional"]`.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(from = "Vec<SupportType>", into = "Vec<SupportType>")]
pub struct SupportSet(u8);

impl SupportSet {
    /// No support.
    pub const EMPTY: SupportSet = SupportSet(0);

    /// The set holding these types.
    pub fn of(types: &[SupportType]) -> Self {
        types.iter().copied().collect()
    }

    /// Whether the set holds this type.
    pub fn contains(self, t: SupportType) -> bool {
        self.0 & t.bit() != 0
    }

    /// Adds a type.
    pub fn insert(&mut self, t: SupportType) {
        self.0 |= t.bit();
    }

    /// Removes a type.
    pub fn remove(&mut self, t: SupportType) {
        self.0 &= !t.bit();
    }

    /// How many types the set holds (0–4).
    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The types in P, G, A, E order.
    pub fn iter(self) -> impl Iterator<Item = SupportType> {
        SupportType::ALL.iter().copied().filter(move |t| self.contains(*t))
    }

    /// The letters as written on a tie, e.g. "PGE"; empty for no support.
    pub fn letters(self, lang: Lang) -> String {
        self.iter().map(|t| t.letter(lang)).collect()
    }
}

impl FromIterator<SupportType> for SupportSet {
    fn from_iter<I: IntoIterator<Item = SupportType>>(iter: I) -> Self {
        let mut s = SupportSet::EMPTY;
        for t in iter {
            s.insert(t);
        }
        s
    }
}

impl From<Vec<SupportType>> for SupportSet {
    fn from(v: Vec<SupportType>) -> Self {
        v.into_iter().collect()
    }
}

impl From<SupportSet> for Vec<SupportType> {
    fn from(s: SupportSet) -> Self {
        s.iter().collect()
    }
}

impl fmt::Debug for SupportSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SupportSet({})", self.letters(Lang::Nl))
    }
}
