//! A netwerkkaart with its names taken out, for exports and anonymous copies shared in
//! a leerkring: actors become initials or their role ("huisarts", or "familie 2" when
//! no role is known), the centre becomes "cliënt", free notes are dropped, links to a
//! genogram are cut (else the copy would take the real names back from it), and a
//! role or sector name that holds a name or place is replaced.

use crate::genogram::model::roles::translate_kin_word;
use crate::i18n::Lang;
use crate::kernel::anonymise::{initials, PrivateWords};
use crate::kernel::Anonymise;
use crate::netwerkkaart::{Command, Netwerkkaart, RoleSuggestion, Sector};

/// A role in `lang` when it is a kinship word or a suggested role in either language
/// (a map filled from a genogram in Dutch, exported in English, says "mother").
fn role_in(role: &str, lang: Lang) -> String {
    let known = |s: &&RoleSuggestion| {
        s.label(Lang::Nl).eq_ignore_ascii_case(role) || s.label(Lang::En).eq_ignore_ascii_case(role)
    };
    translate_kin_word(role, lang)
        .or_else(|| RoleSuggestion::ALL.iter().find(known).map(|s| s.label(lang)))
        .map_or_else(|| role.to_owned(), str::to_owned)
}

/// The words of the centre's and every actor's name and of the sectors' own names:
/// what an anonymised file must not contain.
pub fn private_words(map: &Netwerkkaart) -> PrivateWords {
    let mut w = PrivateWords::default();
    w.add(&map.centre.name);
    for (_, a) in map.actors() {
        w.add(&a.name);
    }
    w
}

/// The title of every anonymised map: a title is free text and often names the cliënt.
pub fn anonymous_title(lang: Lang) -> String {
    match lang {
        Lang::Nl => "Netwerkkaart (geanonimiseerd)".to_owned(),
        Lang::En => "Network map (anonymised)".to_owned(),
    }
}

/// A copy of `map` without real names under `mode` (`Off` returns it unchanged).
pub fn anonymise(map: &Netwerkkaart, mode: Anonymise, lang: Lang) -> Netwerkkaart {
    if mode == Anonymise::Off {
        return map.clone();
    }
    let private = private_words(map);
    let mut out = map.clone();
    let mut cmds = Vec::new();
    // Sector names the professional typed may name someone ("school van Kevin").
    for (id, s) in map.sectors() {
        if private.leaks(&s.name) {
            cmds.push(Command::UpdateSector { id, sector: Sector { kind: s.kind, name: String::new() } });
        }
    }
    let sector_label =
        |id| map.sector(id).map(|s| if private.leaks(&s.name) { s.kind.label(lang).to_owned() } else { s.label(lang) });
    let mut per_sector: std::collections::BTreeMap<_, u32> = Default::default();
    for (id, actor) in map.actors() {
        let mut a = actor.clone();
        let role = actor.role.trim();
        let role = if private.leaks(role) { String::new() } else { role_in(role, lang) };
        (a.name, a.role) = match mode {
            Anonymise::Initials => (initials(&actor.name), role),
            // The role is the name now: written once, not "vader / vader".
            _ if !role.is_empty() => (role, String::new()),
            _ => {
                let n = per_sector.entry(actor.sector).or_insert(0);
                *n += 1;
                (format!("{} {n}", sector_label(actor.sector).unwrap_or_default()), String::new())
            }
        };
        a.notes.clear();
        a.genogram_person = None;
        cmds.push(Command::UpdateActor { id, actor: a });
    }
    for (id, tie) in map.ties() {
        if !tie.notes.is_empty() {
            let mut t = tie.clone();
            t.notes.clear();
            cmds.push(Command::UpdateTie { id, tie: t });
        }
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
    centre.genogram_person = None;
    cmds.push(Command::UpdateCentre { centre });
    // Renaming existing things and clearing text cannot break a rule of the map.
    let _ = out.apply(Command::Batch(cmds));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::sample_netwerkkaart;

    #[test]
    fn no_real_name_survives_and_roles_or_initials_take_their_place() {
        let map = sample_netwerkkaart();
        let private = private_words(&map);
        for mode in [Anonymise::Initials, Anonymise::Roles] {
            let anon = anonymise(&map, mode, Lang::Nl);
            assert_eq!(anon.actor_count(), map.actor_count());
            for (_, a) in anon.actors() {
                assert!(!private.leaks(&a.name) && !private.leaks(&a.role), "{mode:?} leaks {} / {}", a.name, a.role);
                assert!(a.notes.is_empty() && a.genogram_person.is_none());
                if mode == Anonymise::Roles {
                    assert!(a.role.is_empty(), "a role is written once, as the name: {}", a.name);
                }
            }
            assert!(anon.ties().all(|(_, t)| t.notes.is_empty()));
            assert!(!private.leaks(&anon.centre.name) && anon.centre.genogram_person.is_none());
        }
        assert_eq!(anonymise(&map, Anonymise::Off, Lang::Nl), map);
        // Roles made in Dutch are written in the export's language.
        let en = anonymise(&map, Anonymise::Roles, Lang::En);
        let names: Vec<&str> = en.actors().map(|(_, a)| a.name.as_str()).collect();
        assert!(
            names.contains(&"mother") && names.contains(&"father") && names.contains(&"foster brother"),
            "{names:?}"
        );
        assert!(!names.contains(&"moeder"));
        assert_eq!(anonymous_title(Lang::En), "Network map (anonymised)");
    }

    #[test]
    fn a_role_or_sector_name_holding_a_name_is_replaced() {
        let mut map = sample_netwerkkaart();
        let (sid, _) = map.sectors().next().unwrap();
        let (aid, a) = map.actors().next().map(|(id, a)| (id, a.clone())).unwrap();
        let centre = map.centre.name.clone();
        map.apply(Command::Batch(vec![
            Command::UpdateSector { id: sid, sector: Sector::custom(&format!("school van {centre}")) },
            Command::UpdateActor {
                id: aid,
                actor: crate::netwerkkaart::Actor { role: format!("juf van {centre}"), ..a },
            },
        ]))
        .unwrap();
        let anon = anonymise(&map, Anonymise::Roles, Lang::En);
        let private = private_words(&map);
        assert!(!private.leaks(&anon.sector(sid).unwrap().label(Lang::En)));
        assert!(!private.leaks(&anon.actor(aid).unwrap().name), "{}", anon.actor(aid).unwrap().name);
    }
}
