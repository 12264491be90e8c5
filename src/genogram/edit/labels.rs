//! How persons are named in menus and lists: their name, or for a nameless person the
//! word for their gender and a number, so two unnamed sisters can be told apart.

use crate::genogram::model::{Genogram, PersonId};
use crate::i18n::Lang;

/// A short label for `id`: "Sanne de Vries", or "vrouw 3" when nameless.
pub fn person_label(g: &Genogram, id: PersonId, lang: Lang) -> String {
    match g.person(id) {
        Some(p) => {
            let name = p.display_name();
            if name.trim().is_empty() {
                format!("{} {}", p.gender.label(lang), id.get())
            } else {
                name
            }
        }
        None => format!("? {}", id.get()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{Command, Gender, Person};

    #[test]
    fn named_and_nameless_labels() {
        let mut g = Genogram::new();
        g.apply(Command::AddPerson { id: PersonId(0), person: Person::new("Sanne", "de Vries", Gender::Female) })
            .unwrap();
        g.apply(Command::AddPerson { id: PersonId(1), person: Person { gender: Gender::Female, ..Person::default() } })
            .unwrap();
        assert_eq!(person_label(&g, PersonId(0), Lang::Nl), "Sanne de Vries");
        assert_eq!(person_label(&g, PersonId(1), Lang::Nl), "vrouw 1");
        assert_eq!(person_label(&g, PersonId(1), Lang::En), "female 1");
    }
}
