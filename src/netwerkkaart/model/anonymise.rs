//! A netwerkkaart with its names taken out, for exports shared in a leerkring: actors
//! become initials or their role ("huisarts", or "familie 2" when no role is known),
//! the centre becomes "cliënt", and free notes are dropped.

use crate::i18n::Lang;
use crate::kernel::anonymise::initials;
use crate::kernel::Anonymise;
use crate::netwerkkaart::{Command, Netwerkkaart};

/// A copy of `map` without real names under `mode` (`Off` returns it unchanged), and a
/// safe title: `title` itself, unless it contains a word of a real name.
pub fn anonymise(map: &Netwerkkaart, title: &str, mode: Anonymise, lang: Lang) -> (Netwerkkaart, String) {
    if mode == Anonymise::Off {
        return (map.clone(), title.to_owned());
    }
    let mut out = map.clone();
    let mut cmds = Vec::new();
    let mut per_sector: std::collections::BTreeMap<_, u32> = Default::default();
    for (id, actor) in map.actors() {
        let mut a = actor.clone();
        a.name = match mode {
            Anonymise::Initials => initials(&actor.name),
            _ if !actor.role.trim().is_empty() => actor.role.trim().to_owned(),
            _ => {
                let n = per_sector.entry(actor.sector).or_insert(0);
                *n += 1;
                let sector = map.sector(actor.sector).map(|s| s.label(lang)).unwrap_or_default();
                format!("{sector} {n}")
            }
        };
        a.notes.clear();
        cmds.push(Command::UpdateActor { id, actor: a });
    }
    let mut centre = map.centre.clone();
    centre.name = match mode {
        Anonymise::Initials => initials(&map.centre.name),
        _ => match lang {
            Lang::Nl => "cliënt".to_owned(),
            Lang::En => "client".to_owned(),
        },
    };
    centre.notes.clear();
    cmds.push(Command::UpdateCentre { centre });
    // Renaming existing actors and the centre cannot break a rule of the map.
    let _ = out.apply(Command::Batch(cmds));

    let names: Vec<String> = std::iter::once(&map.centre.name)
        .chain(map.actors().map(|(_, a)| &a.name))
        .flat_map(|n| {
            n.split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().count() > 1)
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect();
    let leaks = title.split(|c: char| !c.is_alphanumeric()).any(|w| names.contains(&w.to_lowercase()));
    let safe_title = if leaks {
        match lang {
            Lang::Nl => "Netwerkkaart (geanonimiseerd)".to_owned(),
            Lang::En => "Network map (anonymised)".to_owned(),
        }
    } else {
        title.to_owned()
    };
    (out, safe_title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::sample_netwerkkaart;

    #[test]
    fn no_real_name_survives_and_roles_or_initials_take_their_place() {
        let map = sample_netwerkkaart();
        let real: Vec<String> = map.actors().map(|(_, a)| a.name.clone()).chain([map.centre.name.clone()]).collect();
        for mode in [Anonymise::Initials, Anonymise::Roles] {
            let (anon, title) = anonymise(&map, &format!("Netwerk van {}", map.centre.name), mode, Lang::Nl);
            assert_eq!(title, "Netwerkkaart (geanonimiseerd)");
            assert_eq!(anon.actor_count(), map.actor_count());
            for (_, a) in anon.actors() {
                assert!(!real.iter().any(|r| r.len() > 2 && a.name.contains(r.as_str())), "{mode:?} leaks {}", a.name);
                assert!(a.notes.is_empty());
            }
            assert!(!anon.centre.name.contains(&map.centre.name));
        }
        let (same, title) = anonymise(&map, "Casus 12", Anonymise::Off, Lang::Nl);
        assert_eq!((same, title.as_str()), (map.clone(), "Casus 12"));
        let (_, kept) = anonymise(&map, "Casus 12", Anonymise::Roles, Lang::Nl);
        assert_eq!(kept, "Casus 12", "a title without names stays");
    }
}
