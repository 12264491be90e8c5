//! The bridge to a genogram of the same casus: fill the familie sector from the
//! genogram, and keep linked names in step both ways.

use super::actor::{Actor, GenogramLink};
use super::command::Command;
use super::model::Netwerkkaart;
use super::sector::{Sector, SectorKind};
use crate::i18n::Lang;
use crate::model::{Command as GenogramCommand, Gender, Genogram, Person, PersonId, PersonKind};

/// The kinship word for `p` seen from `centre` in the genogram, if close family.
fn kin_role(g: &Genogram, centre: PersonId, p: PersonId, lang: Lang) -> String {
    let gender = g.person(p).map(|x| x.gender).unwrap_or_default();
    let pick = |f: &'static str, m: &'static str, x: &'static str| -> &'static str {
        match gender {
            Gender::Female => f,
            Gender::Male => m,
            _ => x,
        }
    };
    let word = if g.partners(centre).contains(&p) {
        "partner"
    } else if g.parents(centre).contains(&p) {
        match lang {
            Lang::Nl => pick("moeder", "vader", "ouder"),
            Lang::En => pick("mother", "father", "parent"),
        }
    } else if g.children(centre).contains(&p) {
        match lang {
            Lang::Nl => pick("dochter", "zoon", "kind"),
            Lang::En => pick("daughter", "son", "child"),
        }
    } else if g.siblings(centre).contains(&p) {
        match lang {
            Lang::Nl => pick("zus", "broer", "broer/zus"),
            Lang::En => pick("sister", "brother", "sibling"),
        }
    } else {
        match lang {
            Lang::Nl => "familielid",
            Lang::En => "relative",
        }
    };
    word.to_owned()
}

fn is_link_to(link: &Option<GenogramLink>, doc_id: &str, p: PersonId) -> bool {
    matches!(link, Some((d, id)) if d == doc_id && *id == p)
}

impl Netwerkkaart {
    /// Fills the familie sector from a genogram of the same casus (roles in Dutch):
    /// see [`Netwerkkaart::import_from_genogram_in`].
    pub fn import_from_genogram(&self, g: &Genogram, doc_id: &str) -> Command {
        self.import_from_genogram_in(g, doc_id, Lang::Nl)
    }

    /// The edit that adds the living persons of a genogram to the familie sector, each
    /// linked to their genogram person so later renames follow.
    ///
    /// * The centre's own person (if the centre is linked to this genogram) and persons
    ///   already on the map are skipped, so importing twice adds nothing new.
    /// * Deceased persons, pregnancies, pregnancy losses and pets are skipped: the map
    ///   shows who can give support now.
    /// * Everyone lands in the middle ring, informal, without ties: being family says
    ///   nothing yet about closeness or support — the professional draws that with
    ///   the cliënt. The role is the kinship word towards the centre's person when
    ///   the centre is linked (moeder, broer, …), otherwise "familielid".
    /// * Without a familie sector, one is added in the same edit.
    ///
    /// Apply the result (through a [`History`](crate::model::History) for one undo step).
    pub fn import_from_genogram_in(&self, g: &Genogram, doc_id: &str, lang: Lang) -> Command {
        let mut cmds = Vec::new();
        let sector = match self.sector_of_kind(SectorKind::Family) {
            Some(s) => s,
            None => {
                let id = self.next_sector_id();
                cmds.push(Command::AddSector { id, sector: Sector::standard(SectorKind::Family) });
                id
            }
        };
        let centre_person = match &self.centre.genogram_person {
            Some((d, p)) if d == doc_id => Some(*p),
            _ => None,
        };
        let mut next = self.next_actor_id().0;
        for (pid, person) in g.persons() {
            if Some(pid) == centre_person
                || person.kind != PersonKind::Person
                || person.is_deceased()
                || self.actors().any(|(_, a)| is_link_to(&a.genogram_person, doc_id, pid))
            {
                continue;
            }
            let mut actor = Actor::person(&g.name_of(pid), sector);
            actor.role = match centre_person {
                Some(c) => kin_role(g, c, pid, lang),
                None => kin_role_plain(lang),
            };
            actor.genogram_person = Some((doc_id.to_owned(), pid));
            cmds.push(Command::AddActor { id: super::ids::ActorId(next), actor });
            next += 1;
        }
        Command::Batch(cmds)
    }

    /// The edit that copies changed names from the genogram to the linked actors (and
    /// the linked centre), for one undoable step. Links to persons that no longer exist
    /// are left alone.
    pub fn name_updates_from_genogram(&self, g: &Genogram, doc_id: &str) -> Command {
        let mut cmds = Vec::new();
        if let Some((d, p)) = &self.centre.genogram_person {
            if d == doc_id {
                if let Some(name) = g.person(*p).map(Person::display_name) {
                    if !name.is_empty() && name != self.centre.name {
                        cmds.push(Command::UpdateCentre { centre: super::Centre { name, ..self.centre.clone() } });
                    }
                }
            }
        }
        for (id, actor) in self.actors() {
            let Some((d, p)) = &actor.genogram_person else { continue };
            if d != doc_id {
                continue;
            }
            if let Some(name) = g.person(*p).map(Person::display_name) {
                if !name.is_empty() && name != actor.name {
                    cmds.push(Command::UpdateActor { id, actor: Actor { name, ..actor.clone() } });
                }
            }
        }
        Command::Batch(cmds)
    }

    /// Copies changed names from the genogram to the linked actors and centre right
    /// away (e.g. when a map is opened next to its genogram) and returns the edit that
    /// was applied — an empty batch when nothing changed. For an undoable sync apply
    /// [`Netwerkkaart::name_updates_from_genogram`] through the history instead.
    pub fn sync_names_from_genogram(&mut self, g: &Genogram, doc_id: &str) -> Command {
        let cmd = self.name_updates_from_genogram(g, doc_id);
        match self.apply(cmd.clone()) {
            Ok(_) => cmd,
            // Name updates only touch existing actors and the centre, so this is not
            // reached; report that nothing was applied if it ever is.
            Err(_) => Command::Batch(Vec::new()),
        }
    }

    /// The genogram edit that carries renames made on this map back to the linked
    /// genogram persons: the first word becomes the roepnaam (if the person has one)
    /// or the voornaam, the rest the achternaam. Persons whose shown name already
    /// matches are left alone.
    pub fn name_updates_for_genogram(&self, g: &Genogram, doc_id: &str) -> GenogramCommand {
        let mut linked: Vec<(PersonId, String)> = Vec::new();
        if let Some((d, p)) = &self.centre.genogram_person {
            if d == doc_id {
                linked.push((*p, self.centre.name.clone()));
            }
        }
        for (_, a) in self.actors() {
            if let Some((d, p)) = &a.genogram_person {
                if d == doc_id {
                    linked.push((*p, a.name.clone()));
                }
            }
        }
        let mut cmds = Vec::new();
        for (pid, name) in linked {
            let Some(person) = g.person(pid) else { continue };
            let name = name.trim();
            if name.is_empty() || person.display_name() == name {
                continue;
            }
            let (first, rest) = name.split_once(char::is_whitespace).unwrap_or((name, ""));
            let mut updated = person.clone();
            if person.nickname.trim().is_empty() {
                updated.given_name = first.to_owned();
            } else {
                updated.nickname = first.to_owned();
            }
            updated.family_name = rest.trim().to_owned();
            cmds.push(GenogramCommand::UpdatePerson { id: pid, person: updated });
        }
        GenogramCommand::Batch(cmds)
    }
}

fn kin_role_plain(lang: Lang) -> String {
    match lang {
        Lang::Nl => "familielid".to_owned(),
        Lang::En => "relative".to_owned(),
    }
}
