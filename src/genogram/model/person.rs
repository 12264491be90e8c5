//! Persons: the squares, circles and diamonds of a genogram, with what is written in
//! and around them.

use super::date::{Age, PartialDate};
use crate::i18n::Lang;
use crate::kernel::labels::labeled_enum;
use serde::{Deserialize, Serialize};

labeled_enum! {
    /// The gender a symbol shows: man = square, vrouw = circle, non-binair and
    /// onbekend = diamond (with a "?" inside for unknown).
    #[derive(Default)]
    pub enum Gender {
        /// Man: a square.
        Male => ("man", "male"),
        /// Vrouw: a circle.
        Female => ("vrouw", "female"),
        /// Non-binair / anders: a diamond.
        NonBinary => ("non-binair", "non-binary"),
        /// Onbekend: a diamond with a question mark.
        #[default]
        Unknown => ("onbekend", "unknown"),
    }
}

labeled_enum! {
    /// The kind of a condition, which decides which part of the symbol is filled: left
    /// half for physical illness, lower half for alcohol or drugs, upper right for
    /// mental illness.
    pub enum ConditionArea {
        /// Lichamelijk: physical illness (left half).
        Physical => ("lichamelijk", "physical"),
        /// Psychisch: mental illness (upper right).
        Mental => ("psychisch", "mental"),
        /// Alcohol misuse (lower half).
        Alcohol => ("alcohol", "alcohol"),
        /// Drug misuse (lower half).
        Drugs => ("drugs", "drugs"),
        /// Anything else, with its own name.
        Other => ("anders", "other"),
    }
}

/// The category of a condition: one of the fixed areas of the symbol, or another
/// named condition (e.g. "autisme").
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConditionCategory {
    /// Lichamelijk: physical illness.
    Physical,
    /// Psychisch: mental illness.
    Mental,
    /// Alcohol misuse.
    Alcohol,
    /// Drug misuse.
    Drugs,
    /// Another condition, named by the professional.
    Other(String),
}

impl ConditionCategory {
    /// Which part of the symbol this category fills.
    pub fn area(&self) -> ConditionArea {
        match self {
            ConditionCategory::Physical => ConditionArea::Physical,
            ConditionCategory::Mental => ConditionArea::Mental,
            ConditionCategory::Alcohol => ConditionArea::Alcohol,
            ConditionCategory::Drugs => ConditionArea::Drugs,
            ConditionCategory::Other(_) => ConditionArea::Other,
        }
    }

    /// The word for this category; a named other condition shows its own name.
    pub fn label(&self, lang: Lang) -> &str {
        match self {
            ConditionCategory::Other(name) if !name.trim().is_empty() => name,
            other => other.area().label(lang),
        }
    }
}

labeled_enum! {
    /// How certain and how current a condition is: *vermoed* is drawn hatched,
    /// *in herstel* with a lighter fill.
    pub enum ConditionStatus {
        /// Vermoed: suspected, not confirmed.
        Suspected => ("vermoed", "suspected"),
        /// Actief: present now.
        Active => ("actief", "active"),
        /// In herstel: in recovery.
        InRecovery => ("in herstel", "in recovery"),
    }
}

/// A condition of a person (illness, addiction, …) that fills part of their symbol.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Condition {
    /// What kind of condition.
    pub category: ConditionCategory,
    /// Suspected, active or in recovery.
    pub status: ConditionStatus,
    /// A free note (diagnosis, …).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Sinds: when the condition began, as far as known; dates it in the chronology and
    /// hides it in a Peiljaar before that year. Optional, so older files load as they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<PartialDate>,
}

impl Condition {
    /// A condition of a category and status, without note or onset.
    pub fn new(category: ConditionCategory, status: ConditionStatus) -> Self {
        Condition { category, status, note: String::new(), since: None }
    }
}

/// What a person symbol stands for. Most symbols are people; the others are the
/// special symbols of the notation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PersonKind {
    /// A born person.
    #[default]
    Person,
    /// Zwangerschap: a triangle, with the due date.
    Pregnancy {
        /// Uitgerekende datum: the expected date of birth.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        due: Option<PartialDate>,
    },
    /// Miskraam: a small filled circle.
    Miscarriage,
    /// Abortus: a small X.
    Abortion,
    /// Doodgeboren: a small gender symbol with an X.
    Stillbirth,
    /// Huisdier: a small diamond (optional in genograms).
    Pet,
}

labeled_enum! {
    /// The kinds of [`PersonKind`] without their data, for menus.
    pub enum PersonKindTag {
        /// A born person.
        Person => ("persoon", "person"),
        /// Zwangerschap.
        Pregnancy => ("zwangerschap", "pregnancy"),
        /// Miskraam.
        Miscarriage => ("miskraam", "miscarriage"),
        /// Abortus.
        Abortion => ("abortus", "abortion"),
        /// Doodgeboren.
        Stillbirth => ("doodgeboren", "stillbirth"),
        /// Huisdier.
        Pet => ("huisdier", "pet"),
    }
}

impl PersonKindTag {
    /// A fresh kind of this tag, with no data (a pregnancy without a due date).
    pub fn fresh(self) -> PersonKind {
        match self {
            PersonKindTag::Person => PersonKind::Person,
            PersonKindTag::Pregnancy => PersonKind::Pregnancy { due: None },
            PersonKindTag::Miscarriage => PersonKind::Miscarriage,
            PersonKindTag::Abortion => PersonKind::Abortion,
            PersonKindTag::Stillbirth => PersonKind::Stillbirth,
            PersonKindTag::Pet => PersonKind::Pet,
        }
    }
}

impl PersonKind {
    /// The kind without its data.
    pub fn tag(&self) -> PersonKindTag {
        match self {
            PersonKind::Person => PersonKindTag::Person,
            PersonKind::Pregnancy { .. } => PersonKindTag::Pregnancy,
            PersonKind::Miscarriage => PersonKindTag::Miscarriage,
            PersonKind::Abortion => PersonKindTag::Abortion,
            PersonKind::Stillbirth => PersonKindTag::Stillbirth,
            PersonKind::Pet => PersonKindTag::Pet,
        }
    }

    /// The word for this kind.
    pub fn label(&self, lang: Lang) -> &'static str {
        self.tag().label(lang)
    }

    /// Whether the symbol is one of the small pregnancy-loss symbols (no age, no name row).
    pub fn is_pregnancy_loss(&self) -> bool {
        matches!(self, PersonKind::Miscarriage | PersonKind::Abortion | PersonKind::Stillbirth)
    }
}

/// A life event of a person ("levensgebeurtenis"): a date and a free text, e.g. 2016
/// "schuldsanering". The date may still be empty while the user fills in the row; such
/// an event is kept but left out of the chronology.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LifeEvent {
    /// When it happened, as far as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// What happened, in the professional's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

impl LifeEvent {
    /// An event with a date and a text (trimmed).
    pub fn new(date: Option<PartialDate>, text: &str) -> Self {
        LifeEvent { date, text: text.trim().to_owned() }
    }
}

/// A move of a person ("verhuizing"): when, and to which place. Like a life event, the
/// date may still be empty while the row is filled in; such a move is kept but left out
/// of the chronology. [`Person::residence`] stays the place the person lives now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Move {
    /// When the person moved, as far as known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// Where to (a town, an address, "opvang", …).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
}

impl Move {
    /// A move with a date and a place (trimmed).
    pub fn new(date: Option<PartialDate>, place: &str) -> Self {
        Move { date, place: place.trim().to_owned() }
    }
}

/// A person in the genogram, with everything written in and around their symbol.
///
/// Empty strings mean "not filled in".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Person {
    /// Voornaam: given name(s).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub given_name: String,
    /// Achternaam: family name.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub family_name: String,
    /// Roepnaam / bijnaam: the name the person goes by.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub nickname: String,
    /// The lived gender, which decides the symbol.
    pub gender: Gender,
    /// Transgender marker: the gender assigned at birth, drawn as a small marker on the
    /// symbol of the lived gender. `None` when not transgender or not recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assigned_gender: Option<Gender>,
    /// Geboortedatum, written top-left of the symbol.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth: Option<PartialDate>,
    /// Overlijdensdatum, written top-right; setting it implies deceased.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub death: Option<PartialDate>,
    /// Overleden: an X through the symbol, also when the date of death is unknown.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub deceased: bool,
    /// Indexpersoon / cliënt: drawn with a double outline.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub index: bool,
    /// Whether this is a person or a special symbol (pregnancy, miscarriage, pet, …).
    #[serde(skip_serializing_if = "is_default_kind")]
    pub kind: PersonKind,
    /// Aandoeningen: conditions that fill parts of the symbol.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Beroep: occupation.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub occupation: String,
    /// Woonplaats: where the person lives.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub residence: String,
    /// Notities: free notes of the professional.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Free tags for themes of the casus, e.g. "schulden", "uithuiszetting",
    /// "huiselijk geweld".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Levensgebeurtenissen: what happened in this person's life, as the professional
    /// writes it down ("2012 uithuisplaatsing"), for the chronology (format version 3).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub life_events: Vec<LifeEvent>,
    /// Verhuizingen: where the person moved and when, for the chronology; optional, so
    /// format version 3 files without it load unchanged.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<Move>,
    /// Where the user dragged the symbol to along its row (layout units), kept by
    /// every later layout until "Opnieuw indelen". Only the horizontal place is pinned:
    /// the row is the generation, which the family decides, not the mouse.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pinned_x: Option<i32>,
}

fn is_default_kind(k: &PersonKind) -> bool {
    *k == PersonKind::Person
}

/// The highest age shown for someone without a date of death (older than anyone
/// alive); older persons get only their birth year, and a point of attention.
pub const MAX_LIVING_AGE: i32 = 110;

impl Person {
    /// A person with a given name, family name and gender; everything else empty.
    pub fn new(given_name: &str, family_name: &str, gender: Gender) -> Self {
        Person { given_name: given_name.to_owned(), family_name: family_name.to_owned(), gender, ..Person::default() }
    }

    /// Whether the symbol gets the X of death: marked deceased or a date of death known.
    pub fn is_deceased(&self) -> bool {
        self.deceased || self.death.is_some()
    }

    /// Whether the person is transgender (an assigned gender differing from the lived one).
    pub fn is_transgender(&self) -> bool {
        self.assigned_gender.is_some_and(|g| g != self.gender)
    }

    /// The age written inside the symbol: at death for the deceased, otherwise at the
    /// reference date (usually today). `None` when the birth date is unknown, or the
    /// person died at an unknown date.
    pub fn age(&self, reference: PartialDate) -> Option<Age> {
        let birth = self.birth?;
        if self.is_deceased() {
            return self.death.map(|d| birth.years_until(&d));
        }
        Some(birth.years_until(&reference))
    }

    /// The age to show (in the symbol, in descriptions): [`Person::age`], except that
    /// nobody without a death date is shown older than [`MAX_LIVING_AGE`]; past that,
    /// the death was most likely not recorded, so only the birth year is shown.
    pub fn shown_age(&self, reference: PartialDate) -> Option<Age> {
        self.age(reference).filter(|_| !self.past_living_age(reference))
    }

    /// Whether the person has no death (date or mark) but would be older than
    /// [`MAX_LIVING_AGE`] at `reference`: most likely deceased without a recorded date.
    pub fn past_living_age(&self, reference: PartialDate) -> bool {
        !self.is_deceased() && self.birth.is_some_and(|b| b.years_until(&reference).years > MAX_LIVING_AGE)
    }

    /// The name shown under the symbol: nickname or given name, then family name.
    pub fn display_name(&self) -> String {
        let first = if self.nickname.trim().is_empty() { &self.given_name } else { &self.nickname };
        let parts: Vec<&str> = [first.trim(), self.family_name.trim()].into_iter().filter(|s| !s.is_empty()).collect();
        parts.join(" ")
    }

    /// Whether a tag is present (case-insensitive).
    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags.iter().any(|t| t.trim().eq_ignore_ascii_case(tag.trim()))
    }
}
