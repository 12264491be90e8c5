//! The chronology ("Levenslijn"): every dated fact of a genogram in time order, as
//! social-work guidance pairs it with the drawing. Births, deaths, the events of unions
//! (start, separation, divorce, …), the start and end of emotional relations, and the
//! life events the professional adds to a person, the onset of a condition ("sinds"),
//! a person's moves, and when a household began and ended. Undated facts are left out
//! (there is no place for them on a line through time).
//!
//! A pure view over the model: [`chronology`] builds the facts, [`sort_facts`] orders
//! them for the table, [`csv`] and [`print`] write them out.

pub mod csv;
pub mod print;
#[cfg(test)]
mod tests;

use crate::genogram::model::{
    Age, Condition, Genogram, PartialDate, PersonId, PersonKind, RelationKind, UnionEventKind,
};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;

/// What kind of fact a line of the chronology is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactKind {
    /// A birth (or the date of a pregnancy loss, for those symbols).
    Birth,
    /// A death.
    Death,
    /// An event of a union: start, separation, divorce, widowhood, …
    Union(UnionEventKind),
    /// An emotional relation began.
    RelationStart(RelationKind),
    /// An emotional relation ended.
    RelationEnd(RelationKind),
    /// A life event the user wrote down.
    LifeEvent,
    /// A condition began (its "sinds" date).
    ConditionOnset,
    /// A person moved (to the place in the text).
    Move,
    /// The members of a household began living together.
    HouseholdStart,
    /// The members of a household stopped living together.
    HouseholdEnd,
}

impl FactKind {
    /// The short word of the table's "soort" column.
    pub fn label(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (FactKind::Birth, Lang::Nl) => "geboorte",
            (FactKind::Birth, Lang::En) => "birth",
            (FactKind::Death, Lang::Nl) => "overlijden",
            (FactKind::Death, Lang::En) => "death",
            (FactKind::Union(_), Lang::Nl) => "partnerrelatie",
            (FactKind::Union(_), Lang::En) => "union",
            (FactKind::RelationStart(_) | FactKind::RelationEnd(_), Lang::Nl) => "emotionele relatie",
            (FactKind::RelationStart(_) | FactKind::RelationEnd(_), Lang::En) => "emotional relation",
            (FactKind::LifeEvent, Lang::Nl) => "levensgebeurtenis",
            (FactKind::LifeEvent, Lang::En) => "life event",
            (FactKind::ConditionOnset, Lang::Nl) => "aandoening",
            (FactKind::ConditionOnset, Lang::En) => "condition",
            (FactKind::Move, Lang::Nl) => "verhuizing",
            (FactKind::Move, Lang::En) => "move",
            (FactKind::HouseholdStart | FactKind::HouseholdEnd, Lang::Nl) => "huishouden",
            (FactKind::HouseholdStart | FactKind::HouseholdEnd, Lang::En) => "household",
        }
    }

    /// The order of kinds when the table is sorted by kind.
    fn rank(self) -> u8 {
        match self {
            FactKind::Birth => 0,
            FactKind::Death => 1,
            FactKind::Union(_) => 2,
            FactKind::RelationStart(_) | FactKind::RelationEnd(_) => 3,
            FactKind::LifeEvent => 4,
            FactKind::ConditionOnset => 5,
            FactKind::Move => 6,
            FactKind::HouseholdStart | FactKind::HouseholdEnd => 7,
        }
    }
}

/// One line of the chronology.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// When it happened.
    pub date: PartialDate,
    /// Who it is about (one person, or both partners of a union, both ends of a
    /// relation); the first is the one a click selects.
    pub persons: Vec<PersonId>,
    /// Their names as shown ("Jan Jansen & Marie de Vries").
    pub who: String,
    /// What kind of fact.
    pub kind: FactKind,
    /// What happened, in words ("geboren", "echtscheiding (huwelijk)", or the user's text).
    pub text: String,
    /// The index person's age at `date`: `None` without an index person, without their
    /// birth date, or for facts before their birth.
    pub index_age: Option<Age>,
    /// The line's place in date order, which breaks every tie when sorting by another
    /// column, so that a table sorted any way always reads the same.
    pub order: usize,
}

impl Fact {
    /// The year of the fact: the sort key of the line, and the year a "peiljaar" jumps to.
    pub fn year(&self) -> i32 {
        self.date.year()
    }

    /// The index person's age as the table writes it ("12", "ca. 12"), empty when unknown.
    pub fn age_label(&self, lang: Lang) -> String {
        age_label(self.index_age, lang)
    }
}

/// An age as the table writes it: "12", "ca. 12" (NL) or "c. 12" (EN); empty for `None`.
pub fn age_label(age: Option<Age>, lang: Lang) -> String {
    match age {
        None => String::new(),
        Some(Age { years, approximate: false }) => years.to_string(),
        Some(Age { years, approximate: true }) => match lang {
            Lang::Nl => format!("ca. {years}"),
            Lang::En => format!("c. {years}"),
        },
    }
}

/// The name a line shows for a person (a nameless one goes by their id, as elsewhere).
fn name(g: &Genogram, id: PersonId, _lang: Lang) -> String {
    g.name_of(id)
}

fn unknown_partner(lang: Lang) -> &'static str {
    match lang {
        Lang::Nl => "onbekende partner",
        Lang::En => "unknown partner",
    }
}

/// Every dated fact of `g`, sorted by date (a year alone sorts before the months of that
/// year); facts with equal dates keep a fixed order: births, deaths, unions, relations,
/// life events, condition onsets, moves, households, each in id order and within a
/// person in the order entered.
pub fn chronology(g: &Genogram, lang: Lang) -> Vec<Fact> {
    let index_birth = g.index_person().and_then(|i| g.person(i)).and_then(|p| p.birth);
    let age_at = |d: PartialDate| {
        let birth = index_birth?;
        (!d.is_before(&birth)).then(|| birth.years_until(&d)).filter(|a| a.years >= 0)
    };
    let mut facts = Vec::new();
    let mut push = |date: PartialDate, persons: Vec<PersonId>, who: String, kind: FactKind, text: String| {
        facts.push(Fact { date, persons, who, kind, text, index_age: age_at(date), order: 0 });
    };
    for (id, p) in g.persons() {
        if let Some(b) = p.birth {
            let text = match (&p.kind, lang) {
                (k, _) if k.is_pregnancy_loss() => k.label(lang).to_owned(),
                (PersonKind::Pet, _) => p.kind.label(lang).to_owned(),
                (_, Lang::Nl) => "geboren".to_owned(),
                (_, Lang::En) => "born".to_owned(),
            };
            push(b, vec![id], name(g, id, lang), FactKind::Birth, text);
        }
    }
    for (id, p) in g.persons() {
        if let Some(d) = p.death {
            let text = match lang {
                Lang::Nl => "overleden",
                Lang::En => "died",
            };
            push(d, vec![id], name(g, id, lang), FactKind::Death, text.to_owned());
        }
    }
    for (_, u) in g.unions() {
        let persons: Vec<PersonId> = u.partners().collect();
        let who = match u.partner_b {
            Some(b) => format!("{} & {}", name(g, u.partner_a, lang), name(g, b, lang)),
            None => format!("{} & {}", name(g, u.partner_a, lang), unknown_partner(lang)),
        };
        for e in &u.events {
            if let Some(d) = e.date {
                let text = format!("{} ({})", e.kind.label(lang), u.kind.label(lang));
                push(d, persons.clone(), who.clone(), FactKind::Union(e.kind), text);
            }
        }
    }
    for (_, r) in g.relations() {
        let who = format!("{} & {}", name(g, r.from, lang), name(g, r.to, lang));
        let (begins, ends) = match lang {
            Lang::Nl => ("begin", "einde"),
            Lang::En => ("start", "end"),
        };
        if let Some(d) = r.start {
            let text = format!("{}: {begins}", r.kind.label(lang));
            push(d, vec![r.from, r.to], who.clone(), FactKind::RelationStart(r.kind), text);
        }
        if let Some(d) = r.end {
            let text = format!("{}: {ends}", r.kind.label(lang));
            push(d, vec![r.from, r.to], who, FactKind::RelationEnd(r.kind), text);
        }
    }
    for (id, p) in g.persons() {
        for e in &p.life_events {
            if let Some(d) = e.date {
                push(d, vec![id], name(g, id, lang), FactKind::LifeEvent, e.text.clone());
            }
        }
    }
    for (id, p) in g.persons() {
        for c in &p.conditions {
            if let Some(d) = c.since {
                push(d, vec![id], name(g, id, lang), FactKind::ConditionOnset, onset_text(c, lang));
            }
        }
    }
    for (id, p) in g.persons() {
        for m in &p.moves {
            if let Some(d) = m.date {
                push(d, vec![id], name(g, id, lang), FactKind::Move, move_text(&m.place, lang));
            }
        }
    }
    for (_, h) in g.households() {
        let persons: Vec<PersonId> = h.members.iter().copied().collect();
        let who = persons.iter().map(|&id| name(g, id, lang)).collect::<Vec<_>>().join(", ");
        let together = persons.len() > 1;
        if let Some(d) = h.since {
            push(
                d,
                persons.clone(),
                who.clone(),
                FactKind::HouseholdStart,
                household_text(&h.label, true, together, lang),
            );
        }
        if let Some(d) = h.until {
            push(d, persons, who, FactKind::HouseholdEnd, household_text(&h.label, false, together, lang));
        }
    }
    // A stable sort: equal dates keep the order above.
    facts.sort_stable_by_key(|f| f.date.sort_key());
    for (i, f) in facts.iter_mut().enumerate() {
        f.order = i;
    }
    facts
}

/// The line of a condition's onset: "begin alcohol (actief)", "onset of autism (suspected)".
fn onset_text(c: &Condition, lang: Lang) -> String {
    let what = format!("{} ({})", c.category.label(lang), c.status.label(lang));
    match lang {
        Lang::Nl => format!("begin {what}"),
        Lang::En => format!("onset of {what}"),
    }
}

/// The line of a move: "verhuisd naar Gouda"; just "verhuisd" without a place.
fn move_text(place: &str, lang: Lang) -> String {
    let place = place.trim();
    match (lang, place.is_empty()) {
        (Lang::Nl, true) => "verhuisd".to_owned(),
        (Lang::Nl, false) => format!("verhuisd naar {place}"),
        (Lang::En, true) => "moved".to_owned(),
        (Lang::En, false) => format!("moved to {place}"),
    }
}

/// The line of a household's start or end, named by its label when it has one; the
/// verb agrees with the number of members ("gaat"/"gaan").
fn household_text(label: &str, starts: bool, together: bool, lang: Lang) -> String {
    let label = label.trim();
    let named = |word: &str| if label.is_empty() { word.to_owned() } else { format!("{word} {label}") };
    match (lang, starts, together) {
        (Lang::Nl, true, false) => format!("gaat wonen in {}", named("huishouden")),
        (Lang::Nl, true, true) => format!("gaan wonen in {}", named("huishouden")),
        (Lang::Nl, false, false) => format!("verlaat {}", named("huishouden")),
        (Lang::Nl, false, true) => format!("verlaten {}", named("huishouden")),
        (Lang::En, true, false) => format!("starts living in {}", named("household")),
        (Lang::En, true, true) => format!("start living in {}", named("household")),
        (Lang::En, false, false) => format!("leaves {}", named("household")),
        (Lang::En, false, true) => format!("leave {}", named("household")),
    }
}

/// The column a chronology table is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortColumn {
    /// Date, oldest first (the order of [`chronology`]).
    #[default]
    Date,
    /// Person (by name, case-insensitive), then date.
    Person,
    /// Kind (births, deaths, unions, relations, life events, conditions, moves,
    /// households), then date.
    Kind,
}

/// Orders `facts` (as [`chronology`] made them) by `column`, ascending or descending.
/// Ties keep their date order, so the result is always the same.
pub fn sort_facts(facts: &mut [Fact], column: SortColumn, ascending: bool) {
    match column {
        SortColumn::Date => facts.sort_stable_by_key(|f| f.order),
        SortColumn::Person => facts.sort_by_cached_key(|f| (f.who.to_lowercase(), f.order)),
        SortColumn::Kind => facts.sort_stable_by_key(|f| (f.kind.rank(), f.order)),
    }
    if !ascending {
        facts.reverse();
    }
}
