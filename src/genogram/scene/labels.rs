//! The words written in the drawing: names (real, initials or roles), years, ages.
//!
//! Words that the model does not label itself live here in both languages, because
//! they belong to the drawing only.

use std::collections::BTreeMap;

use super::Anonymise;
use crate::genogram::model::{Genogram, PartialDate, Person, PersonId, PersonKind};
use crate::i18n::Lang;

/// Picks the Dutch or English word.
pub(crate) fn word(lang: Lang, nl: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// One line of drawing text: control characters (newlines, tabs, …) become spaces.
pub(crate) fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_owned()
}

/// A year as written above a symbol, "ca." when approximate.
pub(crate) fn year_text(d: &PartialDate, lang: Lang) -> String {
    if d.is_approximate() {
        format!("{} {}", word(lang, "ca.", "c."), d.year())
    } else {
        d.year().to_string()
    }
}

/// The age inside a symbol ("54", "ca. 54"), none for pregnancies and small symbols.
pub(crate) fn age_text(p: &Person, reference: PartialDate, lang: Lang) -> Option<String> {
    if !matches!(p.kind, PersonKind::Person) {
        return None;
    }
    let age = p.shown_age(reference)?;
    if age.years < 0 {
        return None;
    }
    let year_only_reference = reference.month().is_none() && !p.is_deceased();
    Some(if age.approximate && (p.birth.is_none_or(|b| b.month().is_none()) || year_only_reference) {
        // Only a year known (of the birth, or of the date it is counted to, as in the
        // family at a year): the age may be one less; say so.
        format!("{}{}", word(lang, "ca. ", "c. "), age.years)
    } else {
        age.years.to_string()
    })
}

use crate::genogram::model::roles::numbered_roles;
pub(crate) use crate::kernel::anonymise::initials;

/// Name labels for every person under the chosen anonymisation.
pub(crate) fn name_labels(g: &Genogram, mode: Anonymise, lang: Lang) -> BTreeMap<PersonId, String> {
    match mode {
        Anonymise::Off => g.persons().map(|(id, p)| (id, one_line(&p.display_name()))).collect(),
        Anonymise::Initials => g.persons().map(|(id, p)| (id, initials(&one_line(&p.display_name())))).collect(),
        Anonymise::Roles => numbered_roles(g, lang),
    }
}
