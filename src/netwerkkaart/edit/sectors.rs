//! Sector edits of a netwerkkaart, each one undoable command: a new custom sector with
//! a name that is not taken yet, a rename, and removing an empty sector. The side
//! panel's "Sectoren" list shows [`sector_rows`] and calls these; whether a sector may
//! go is the model's own rule ([`Netwerkkaart::sector_removal_refusal`]).

use crate::i18n::Lang;
use crate::netwerkkaart::{Command, Netwerkkaart, NetwerkkaartError, Sector, SectorId, SectorKind};

/// One line of the sector list: the sector, its name as shown, how many actors it has,
/// and why it may not be removed (if so).
#[derive(Clone, Debug, PartialEq)]
pub struct SectorRow {
    /// The sector.
    pub id: SectorId,
    /// Its name on the map in the UI language.
    pub label: String,
    /// How many actors are in it.
    pub actors: usize,
    /// The model's reason why it cannot be removed now; `None` when it can.
    pub removal_refusal: Option<NetwerkkaartError>,
    /// The digit key that adds someone in it on the canvas (see [`sector_for_key`]).
    pub key: Option<char>,
}

/// The sectors in drawing order, for the side panel.
pub fn sector_rows(map: &Netwerkkaart, lang: Lang) -> Vec<SectorRow> {
    map.sectors()
        .enumerate()
        .map(|(i, (id, s))| SectorRow {
            id,
            label: s.label(lang),
            actors: map.actors_in(id).len(),
            removal_refusal: map.sector_removal_refusal(id),
            key: u32::try_from(i + 1).ok().filter(|n| *n <= 9).and_then(|n| char::from_digit(n, 10)),
        })
        .collect()
}

/// Whether `name` is already what some sector is called, in either language and
/// regardless of case ("Kerk" and "kerk" would read as the same wedge).
fn name_taken(map: &Netwerkkaart, name: &str) -> bool {
    let wanted = name.trim().to_lowercase();
    map.sectors().any(|(_, s)| Lang::ALL.iter().any(|&lang| s.label(lang).to_lowercase() == wanted))
}

/// A name for a new sector: `base` ("Nieuwe sector") if no sector is called that yet,
/// else `base 2`, `base 3`, … — so two new sectors are never indistinguishable on the
/// map before the user names them.
pub fn new_sector_name(map: &Netwerkkaart, base: &str) -> String {
    let base = base.trim();
    if !name_taken(map, base) {
        return base.to_owned();
    }
    (2..).map(|n| format!("{base} {n}")).find(|name| !name_taken(map, name)).unwrap_or_default()
}

/// A new custom sector named after `base` (see [`new_sector_name`]), drawn after the
/// others. Returns the command and the new sector's id (to focus its name).
pub fn add_sector(map: &Netwerkkaart, base: &str) -> (Command, SectorId) {
    let id = map.next_sector_id();
    (Command::AddSector { id, sector: Sector::custom(&new_sector_name(map, base)) }, id)
}

/// Renames a sector to what the user typed in `lang`. A standard sector given an empty
/// name, or exactly its standard word, goes back to the standard name (stored empty, so
/// it keeps speaking both languages). A custom sector cannot lose its name: `None`, as
/// for no change or an unknown sector. The kind stays, so a renamed "familie" still
/// counts as the family sector.
pub fn rename_sector(map: &Netwerkkaart, id: SectorId, name: &str, lang: Lang) -> Option<Command> {
    let old = map.sector(id)?;
    let name = name.trim();
    let standard = old.kind != SectorKind::Other && (name.is_empty() || name == old.kind.label(lang));
    if name.is_empty() && !standard {
        return None;
    }
    let sector = Sector { kind: old.kind, name: if standard { String::new() } else { name.to_owned() } };
    (sector != *old).then_some(Command::UpdateSector { id, sector })
}

/// Removes a sector if the model allows it (it exists and is empty), else the model's
/// reason, for the status line.
pub fn remove_sector(map: &Netwerkkaart, id: SectorId) -> Result<Command, NetwerkkaartError> {
    match map.sector_removal_refusal(id) {
        Some(refusal) => Err(refusal),
        None => Ok(Command::RemoveSector { id }),
    }
}

/// The sector a digit key adds someone to on the map: `1` is the first sector in
/// drawing order (familie on a new map), up to `9`. Digits are the same in every
/// language and reach custom sectors too, where letters would clash with the canvas's
/// other keys.
pub fn sector_for_key(map: &Netwerkkaart, key: &str) -> Option<SectorId> {
    let mut chars = key.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else { return None };
    let n = c.to_digit(10).filter(|n| (1..=9).contains(n))?;
    map.sectors().nth(n as usize - 1).map(|(id, _)| id)
}

/// The digit key of a sector (see [`sector_for_key`]), for its buttons' tooltips;
/// `None` past the ninth.
pub fn sector_key(map: &Netwerkkaart, id: SectorId) -> Option<char> {
    map.sectors().position(|(s, _)| s == id).filter(|&i| i < 9).and_then(|i| char::from_digit(i as u32 + 1, 10))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::edit::actors::add_actor;
    use crate::netwerkkaart::Centre;

    fn map() -> Netwerkkaart {
        Netwerkkaart::new(Centre::person("Noah"))
    }

    #[test]
    fn new_sectors_get_fresh_ids_and_names_that_are_not_taken() {
        let mut m = map();
        let (cmd, first) = add_sector(&m, "Nieuwe sector");
        assert_eq!(first, SectorId(4), "after the four standard sectors");
        m.apply(cmd).unwrap();
        assert_eq!(m.sector(first).unwrap(), &Sector::custom("Nieuwe sector"));
        let (cmd, second) = add_sector(&m, "Nieuwe sector");
        m.apply(cmd).unwrap();
        assert_eq!(second, SectorId(5));
        assert_eq!(m.sector(second).unwrap().name, "Nieuwe sector 2");
        // Case does not make a name different, and a gap is filled.
        m.apply(rename_sector(&m, first, "nieuwe SECTOR 3", Lang::Nl).unwrap()).unwrap();
        assert_eq!(new_sector_name(&m, "Nieuwe sector"), "Nieuwe sector");
        m.apply(rename_sector(&m, first, "Nieuwe sector", Lang::Nl).unwrap()).unwrap();
        assert_eq!(new_sector_name(&m, "Nieuwe sector"), "Nieuwe sector 3");
        // A standard sector's word in the other language counts as taken too.
        assert_eq!(new_sector_name(&m, "family"), "family 2");
        // An undone add does not hand out its id again (redo must give the same one).
        let (cmd, third) = add_sector(&m, "Nieuwe sector");
        let undo = m.apply(cmd).unwrap();
        m.apply(undo).unwrap();
        assert_eq!(add_sector(&m, "Nieuwe sector").1 .0, third.0 + 1);
    }

    #[test]
    fn renaming_keeps_the_kind_and_standard_names_stay_bilingual() {
        let mut m = map();
        let fam = m.sector_of_kind(SectorKind::Family).unwrap();
        m.apply(rename_sector(&m, fam, "  Familie en gezin ", Lang::Nl).unwrap()).unwrap();
        assert_eq!(m.sector(fam).unwrap().kind, SectorKind::Family);
        assert_eq!(m.sector(fam).unwrap().label(Lang::En), "Familie en gezin");
        assert!(rename_sector(&m, fam, "Familie en gezin", Lang::Nl).is_none(), "no change, no step");
        // Typing the standard word (or nothing) gives the standard name back.
        m.apply(rename_sector(&m, fam, "familie", Lang::Nl).unwrap()).unwrap();
        assert_eq!(m.sector(fam).unwrap().label(Lang::En), "family");
        m.apply(rename_sector(&m, fam, "Gezin", Lang::Nl).unwrap()).unwrap();
        m.apply(rename_sector(&m, fam, " ", Lang::Nl).unwrap()).unwrap();
        assert_eq!(m.sector(fam).unwrap(), &Sector::standard(SectorKind::Family));
        // A custom sector keeps a name.
        let (cmd, kerk) = add_sector(&m, "Nieuwe sector");
        m.apply(cmd).unwrap();
        assert!(rename_sector(&m, kerk, "", Lang::Nl).is_none());
        m.apply(rename_sector(&m, kerk, "Kerk", Lang::Nl).unwrap()).unwrap();
        assert_eq!(m.sector(kerk).unwrap(), &Sector::custom("Kerk"));
        assert!(rename_sector(&m, SectorId(99), "X", Lang::Nl).is_none());
    }

    #[test]
    fn only_an_empty_sector_may_be_removed_and_the_rows_say_so() {
        let mut m = map();
        let (cmd, kerk) = add_sector(&m, "Kerk");
        m.apply(cmd).unwrap();
        let (cmd, a) = add_actor(&m, kerk, "Dominee");
        m.apply(cmd).unwrap();
        let row = sector_rows(&m, Lang::Nl).into_iter().find(|r| r.id == kerk).unwrap();
        assert_eq!((row.label.as_str(), row.actors), ("Kerk", 1));
        let refusal = row.removal_refusal.expect("not removable with an actor in it");
        assert_eq!(remove_sector(&m, kerk), Err(refusal.clone()));
        assert_eq!(refusal.message(Lang::Nl), "Sector ‘Kerk’ heeft nog 1 actor; verplaats of verwijder die eerst.");
        m.apply(Command::RemoveActor { id: a }).unwrap();
        let rows = sector_rows(&m, Lang::En);
        assert_eq!(
            rows.iter().map(|r| r.label.as_str()).collect::<Vec<_>>()[..2],
            ["family", "friends / acquaintances"]
        );
        assert!(rows.iter().all(|r| r.removal_refusal.is_none()), "all empty now");
        let undo = m.apply(remove_sector(&m, kerk).unwrap()).unwrap();
        assert!(m.sector(kerk).is_none());
        assert_eq!(remove_sector(&m, kerk), Err(NetwerkkaartError::SectorNotFound(kerk)));
        m.apply(undo).unwrap();
        assert_eq!(m.sector(kerk).unwrap(), &Sector::custom("Kerk"), "undo brings it back under its id");
    }

    #[test]
    fn digit_keys_pick_sectors_in_drawing_order_up_to_nine() {
        let mut m = map();
        let first = m.sectors().next().map(|(id, _)| id).unwrap();
        assert_eq!(sector_for_key(&m, "1"), Some(first));
        assert_eq!(sector_key(&m, first), Some('1'));
        let (cmd, kerk) = add_sector(&m, "Kerk");
        m.apply(cmd).unwrap();
        let n = m.sectors().count();
        assert_eq!(sector_key(&m, kerk), char::from_digit(n as u32, 10), "a custom sector gets the next digit");
        assert_eq!(sector_for_key(&m, &n.to_string()), Some(kerk));
        assert_eq!(sector_for_key(&m, &(n + 1).to_string()), None, "no sector there");
        for key in ["0", "a", "12", "", "Enter"] {
            assert_eq!(sector_for_key(&m, key), None, "{key}");
        }
        while m.sectors().count() < 10 {
            let (cmd, _) = add_sector(&m, "Extra");
            m.apply(cmd).unwrap();
        }
        let tenth = m.sectors().nth(9).map(|(id, _)| id).unwrap();
        assert_eq!(sector_key(&m, tenth), None, "only nine digits");
        let rows = sector_rows(&m, Lang::Nl);
        assert_eq!(
            rows.iter().map(|r| r.key).collect::<Vec<_>>(),
            "123456789".chars().map(Some).chain(std::iter::repeat_n(None, rows.len() - 9)).collect::<Vec<_>>()
        );
    }
}
