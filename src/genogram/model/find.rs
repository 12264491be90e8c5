//! Finding persons by name: what the search field lists.

use super::{Genogram, PersonId};
use crate::kernel::fold::matches_words;
use crate::kernel::sort::SortExt;

/// The persons whose given name, family name or nickname hold every word of `query`,
/// ignoring case and accents ("jose" finds "José"), best first: a name that starts
/// with the query before one that only contains it, then by name. Empty query: nobody.
pub fn find_by_name(g: &Genogram, query: &str) -> Vec<PersonId> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let first = crate::kernel::fold::fold(query.split_whitespace().next().unwrap_or(""));
    let mut found: Vec<(bool, String, PersonId)> = g
        .persons()
        .filter_map(|(id, p)| {
            let text = format!("{} {} {}", p.given_name, p.family_name, p.nickname);
            matches_words(&text, query).then(|| {
                let folded = crate::kernel::fold::fold(&text);
                let starts = folded.split_whitespace().any(|w| w.starts_with(&first));
                (!starts, p.display_name(), id)
            })
        })
        .collect();
    found.sort_stable();
    found.into_iter().map(|(_, _, id)| id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{Command, Gender, Person};

    #[test]
    fn finds_by_any_name_part_without_accents() {
        let mut g = Genogram::new();
        let mut add = |given: &str, family: &str, nick: &str| {
            let id = g.next_person_id();
            let person = Person { nickname: nick.into(), ..Person::new(given, family, Gender::Female) };
            g.apply(Command::AddPerson { id, person }).unwrap();
            id
        };
        let zoe = add("Zoë", "Sánchez", "");
        let els = add("Elisabeth", "de Vries", "Els");
        let joanna = add("Joanna", "Bakker", "");
        assert_eq!(find_by_name(&g, "zoe"), vec![zoe]);
        assert_eq!(find_by_name(&g, "SANCHEZ"), vec![zoe]);
        assert_eq!(find_by_name(&g, "els"), vec![els]);
        assert_eq!(find_by_name(&g, "vries eli"), vec![els]);
        // "an" starts no name of Joanna… but is inside Joanna and Sánchez.
        assert_eq!(find_by_name(&g, "an").len(), 2);
        assert_eq!(find_by_name(&g, "jo"), vec![joanna]);
        assert!(find_by_name(&g, "  ").is_empty());
        assert!(find_by_name(&g, "xyz").is_empty());
    }
}
