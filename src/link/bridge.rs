//! The bridge to a genogram of the same casus: fill the familie sector from the
//! genogram, and keep linked names in step both ways.

use crate::genogram::model::roles::kinship_roles;
use crate::genogram::model::{Command as GenogramCommand, Genogram, Person, PersonId, PersonKind};
use crate::i18n::Lang;
use crate::netwerkkaart::model::actor::{Actor, CentreKind, GenogramLink};
use crate::netwerkkaart::model::command::Command;
use crate::netwerkkaart::model::map::Netwerkkaart;
use crate::netwerkkaart::model::sector::{Sector, SectorKind};
use crate::netwerkkaart::model::tie::Tie;
use crate::netwerkkaart::model::vocab::Strength;
use std::collections::{BTreeMap, BTreeSet};

/// The kinship word for every person seen from `focus` (moeder, stiefvader, opa's
/// "grootvader", tante, halfbroer, …) in `lang`; see [`kinship_roles`].
/// On a map the everyday words "opa" and "oma" stand for grandparents.
fn kin_roles(g: &Genogram, focus: Option<PersonId>, lang: Lang) -> BTreeMap<PersonId, &'static str> {
    let mut roles = focus.map(|f| kinship_roles(g, f, lang)).unwrap_or_default();
    for r in roles.values_mut() {
        *r = match *r {
            "grootvader" => "opa",
            "grootmoeder" => "oma",
            other => other,
        };
    }
    roles
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
    ///   the cliënt (see [`Netwerkkaart::import_from_genogram_with_ties`] for a tie
    ///   of a chosen strength). The role is the kinship word (moeder, stiefmoeder,
    ///   grootvader, tante, halfbroer, …) towards the centre's person when the centre is
    ///   linked, else towards the genogram's index person; "familielid" only for
    ///   distant kin or without an index person.
    /// * Without a familie sector, one is added in the same edit.
    ///
    /// Apply the result (through a [`History`](crate::kernel::History) for one undo step).
    pub fn import_from_genogram_in(&self, g: &Genogram, doc_id: &str, lang: Lang) -> Command {
        self.import_from_genogram_with_ties(g, doc_id, lang, None)
    }

    /// [`Netwerkkaart::import_from_genogram_in`], with a tie of strength `tie` from the
    /// centre to every person added (`None`: no ties), so a map made from a genogram
    /// does not start with everyone unconnected.
    pub fn import_from_genogram_with_ties(
        &self,
        g: &Genogram,
        doc_id: &str,
        lang: Lang,
        tie: Option<Strength>,
    ) -> Command {
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
        let roles = kin_roles(g, centre_person.or_else(|| g.index_person()), lang);
        // Checked: after the last free id nothing more is added (a loaded file is
        // renumbered far below u32::MAX, but allocation stays total).
        let mut next = Some(self.next_actor_id().0);
        let mut next_tie = Some(self.next_tie_id().0);
        for (pid, person) in g.persons() {
            let Some(id) = next else { break };
            if Some(pid) == centre_person
                || person.kind != PersonKind::Person
                || person.is_deceased()
                || self.actors().any(|(_, a)| is_link_to(&a.genogram_person, doc_id, pid))
            {
                continue;
            }
            let mut actor = Actor::person(&g.name_of(pid), sector);
            actor.role = roles.get(&pid).map_or_else(|| kin_role_plain(lang), |r| (*r).to_owned());
            actor.genogram_person = Some((doc_id.to_owned(), pid));
            let actor_id = crate::netwerkkaart::model::ids::ActorId(id);
            cmds.push(Command::AddActor { id: actor_id, actor });
            if let Some(strength) = tie {
                let Some(tie_id) = next_tie else { break };
                cmds.push(Command::AddTie {
                    id: crate::netwerkkaart::model::ids::TieId(tie_id),
                    tie: Tie { strength, ..Tie::from_centre(actor_id) },
                });
                next_tie = tie_id.checked_add(1);
            }
            next = id.checked_add(1);
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
                        cmds.push(Command::UpdateCentre {
                            centre: crate::netwerkkaart::Centre { name, ..self.centre.clone() },
                        });
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
        let linked: Vec<(PersonId, String)> =
            self.linked_names().into_iter().filter(|((d, _), _)| d == doc_id).map(|((_, p), name)| (p, name)).collect();
        renames_for_genogram(g, &linked)
    }

    /// Every name on this map that is linked to a genogram person (the centre's and
    /// the actors'), keyed by the link. Comparing this before and after an edit tells
    /// which linked names the user changed (see [`renamed_links`]).
    pub fn linked_names(&self) -> LinkedNames {
        let mut names = LinkedNames::new();
        if let Some(link) = &self.centre.genogram_person {
            names.insert(link.clone(), self.centre.name.clone());
        }
        for (_, a) in self.actors() {
            if let Some(link) = &a.genogram_person {
                names.insert(link.clone(), a.name.clone());
            }
        }
        names
    }

    /// The ids of the genogram documents this map links to, sorted, each once.
    pub fn linked_genograms(&self) -> Vec<String> {
        let ids: BTreeSet<String> = self.linked_names().into_keys().map(|(d, _)| d).collect();
        ids.into_iter().collect()
    }

    /// Whether the centre could be linked to a genogram's index person: it is one
    /// person (a household is not one genogram symbol) and not linked yet.
    pub fn centre_can_link(&self) -> bool {
        self.centre.kind == CentreKind::Person && self.centre.genogram_person.is_none()
    }

    /// The edit that links the centre to the index person (the cliënt) of genogram
    /// `doc_id`, taking the genogram's name for it when the genogram has one (the
    /// genogram is where names are kept; see [`Netwerkkaart::name_updates_from_genogram`]).
    /// `None` when the centre cannot be linked or the genogram has no index person.
    pub fn link_centre_to(&self, g: &Genogram, doc_id: &str) -> Option<Command> {
        if !self.centre_can_link() {
            return None;
        }
        let ip = g.index_person()?;
        let genogram_name = g.person(ip).map(Person::display_name).unwrap_or_default();
        let name = if genogram_name.is_empty() { self.centre.name.clone() } else { genogram_name };
        let centre =
            crate::netwerkkaart::Centre { name, genogram_person: Some((doc_id.to_owned(), ip)), ..self.centre.clone() };
        Some(Command::UpdateCentre { centre })
    }

    /// "Uit genogram overnemen" as one edit (one undo step): optionally link the
    /// centre to the genogram's index person first (so the cliënt is not added as
    /// family and the others get kinship roles), bring names of persons linked
    /// earlier up to date, then add the family (see
    /// [`Netwerkkaart::import_from_genogram_in`]). Each part is planned on a copy
    /// with the parts before it applied, so the batch applies in order.
    pub fn plan_genogram_import(&self, g: &Genogram, doc_id: &str, lang: Lang, link_centre: bool) -> GenogramImport {
        self.plan_genogram_import_with_ties(g, doc_id, lang, link_centre, None)
    }

    /// [`Netwerkkaart::plan_genogram_import`] with a tie of strength `tie` (if any)
    /// from the centre to each person added.
    pub fn plan_genogram_import_with_ties(
        &self,
        g: &Genogram,
        doc_id: &str,
        lang: Lang,
        link_centre: bool,
        tie: Option<Strength>,
    ) -> GenogramImport {
        let mut work = self.clone();
        let mut steps = Vec::new();
        let mut centre_linked = false;
        if link_centre {
            if let Some(cmd) = work.link_centre_to(g, doc_id) {
                centre_linked = work.apply(cmd.clone()).is_ok();
                if centre_linked {
                    steps.push(cmd);
                }
            }
        }
        let renames = work.name_updates_from_genogram(g, doc_id);
        let renamed =
            count_commands(&renames, &|c| matches!(c, Command::UpdateActor { .. } | Command::UpdateCentre { .. }));
        let renamed = if work.apply(renames.clone()).is_ok() {
            steps.push(renames);
            renamed
        } else {
            0
        };
        let import = work.import_from_genogram_with_ties(g, doc_id, lang, tie);
        let added = count_commands(&import, &|c| matches!(c, Command::AddActor { .. }));
        let added = if work.apply(import.clone()).is_ok() {
            steps.push(import);
            added
        } else {
            0
        };
        GenogramImport { command: Command::Batch(steps), added, centre_linked, renamed }
    }
}

/// Every linked name on a map: (genogram document id, person id) → the name shown.
pub type LinkedNames = BTreeMap<GenogramLink, String>;

/// What [`Netwerkkaart::plan_genogram_import`] would do.
#[derive(Clone, Debug, PartialEq)]
pub struct GenogramImport {
    /// The whole import as one edit (empty when there is nothing to do).
    pub command: Command,
    /// How many persons it adds to the familie sector.
    pub added: usize,
    /// Whether it links the centre to the genogram's index person.
    pub centre_linked: bool,
    /// How many names of already linked actors (or the centre) it updates.
    pub renamed: usize,
}

/// The linked names the user changed between two states of a map, per genogram
/// document: only links present in both whose name differs and is not blank.
///
/// New links are not renames: an actor comes back by undo or import with a name the
/// genogram may have changed since, and pushing that old name would undo the
/// genogram's rename. Blanking a name on the map never blanks a genogram person.
pub fn renamed_links(before: &LinkedNames, after: &LinkedNames) -> BTreeMap<String, Vec<(PersonId, String)>> {
    let mut out: BTreeMap<String, Vec<(PersonId, String)>> = BTreeMap::new();
    for ((doc, pid), name) in after {
        let Some(old) = before.get(&(doc.clone(), *pid)) else { continue };
        if old.trim() != name.trim() && !name.trim().is_empty() {
            out.entry(doc.clone()).or_default().push((*pid, name.trim().to_owned()));
        }
    }
    out
}

/// The genogram edit that gives persons new shown names: the first word becomes the
/// roepnaam (if the person has one) or the voornaam, the rest the achternaam. Unknown
/// persons, blank names and names already shown are skipped; for a person named twice
/// the last name counts.
pub fn renames_for_genogram(g: &Genogram, renames: &[(PersonId, String)]) -> GenogramCommand {
    let last: BTreeMap<PersonId, &str> = renames.iter().map(|(p, n)| (*p, n.trim())).collect();
    let mut cmds = Vec::new();
    for (pid, name) in last {
        let Some(person) = g.person(pid) else { continue };
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

/// How many leaf commands of a (nested) batch satisfy `pred`.
fn count_commands(cmd: &Command, pred: &dyn Fn(&Command) -> bool) -> usize {
    match cmd {
        Command::Batch(v) => v.iter().map(|c| count_commands(c, pred)).sum(),
        c => usize::from(pred(c)),
    }
}

fn kin_role_plain(lang: Lang) -> String {
    match lang {
        Lang::Nl => "familielid".to_owned(),
        Lang::En => "relative".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::edit::family;
    use crate::genogram::model::Command as G;
    use crate::genogram::model::Gender;
    use crate::netwerkkaart::{ActorId, Centre};

    fn name(g: &mut Genogram, id: PersonId, given: &str, family: &str, gender: Gender) {
        let mut p = g.person(id).unwrap().clone();
        p.given_name = given.into();
        p.family_name = family.into();
        p.gender = gender;
        g.apply(G::UpdatePerson { id, person: p }).unwrap();
    }

    /// Noah (index person) with his parents Fatima and Jan and his sister Lina.
    fn family() -> (Genogram, [PersonId; 4]) {
        let mut g = Genogram::new();
        let (cmd, noah) = family::add_index_person(&g);
        g.apply(cmd).unwrap();
        let (cmd, first_parent) = family::add_parents(&g, noah).unwrap();
        g.apply(cmd).unwrap();
        let (cmd, lina) = family::add_sibling(&g, noah, Gender::Female).unwrap();
        g.apply(cmd).unwrap();
        let parents = g.parents(noah);
        let other_parent = *parents.iter().find(|p| **p != first_parent).unwrap();
        name(&mut g, noah, "Noah", "de Vries", Gender::Male);
        name(&mut g, first_parent, "Jan", "de Vries", Gender::Male);
        name(&mut g, other_parent, "Fatima", "el Amrani", Gender::Female);
        name(&mut g, lina, "Lina", "de Vries", Gender::Female);
        (g, [noah, first_parent, other_parent, lina])
    }

    fn actor_linked_to(n: &Netwerkkaart, p: PersonId) -> (ActorId, Actor) {
        n.actors()
            .find(|(_, a)| a.genogram_person.as_ref().map(|l| l.1) == Some(p))
            .map(|(id, a)| (id, a.clone()))
            .unwrap()
    }

    #[test]
    fn import_with_centre_link_is_one_edit_with_kin_roles_and_counts() {
        let (g, [noah, jan, fatima, lina]) = family();
        let mut n = Netwerkkaart::new(Centre::person("Noah"));
        assert!(n.centre_can_link());
        let plan = n.plan_genogram_import(&g, "gen", Lang::Nl, true);
        assert_eq!((plan.added, plan.centre_linked, plan.renamed), (3, true, 0));
        n.apply(plan.command).unwrap();
        assert_eq!(n.centre().genogram_person, Some(("gen".to_owned(), noah)));
        assert_eq!(n.centre().name, "Noah de Vries", "the centre takes the genogram's name");
        assert_eq!(n.actor_count(), 3, "the cliënt is not added as family");
        assert_eq!(actor_linked_to(&n, fatima).1.role, "moeder");
        assert_eq!(actor_linked_to(&n, jan).1.role, "vader");
        assert_eq!(actor_linked_to(&n, lina).1.role, "zus");
        // Again: nothing to add, nothing to link, one empty edit.
        let again = n.plan_genogram_import(&g, "gen", Lang::Nl, true);
        assert_eq!((again.added, again.centre_linked, again.renamed), (0, false, 0));
        assert!(again.command.is_empty());
    }

    #[test]
    fn import_without_centre_link_takes_roles_from_the_index_person() {
        let (g, [noah, jan, fatima, lina]) = family();
        let n = Netwerkkaart::new(Centre::person("Noah"));
        let plan = n.plan_genogram_import(&g, "gen", Lang::Nl, false);
        assert_eq!((plan.added, plan.centre_linked), (4, false));
        let mut m = n.clone();
        m.apply(plan.command).unwrap();
        let role = |p| actor_linked_to(&m, p).1.role;
        assert_eq!([role(noah), role(jan), role(fatima), role(lina)], ["cliënt", "vader", "moeder", "zus"]);
        // Without an index person nobody is anybody's mother: "familielid".
        let mut plain = g.clone();
        let mut p = plain.person(noah).unwrap().clone();
        p.index = false;
        plain.apply(G::UpdatePerson { id: noah, person: p }).unwrap();
        let mut m = n.clone();
        m.apply(n.plan_genogram_import(&plain, "gen", Lang::En, false).command).unwrap();
        assert!(m.actors().all(|(_, a)| a.role == "relative"));
    }

    #[test]
    fn import_gives_wider_kinship_roles_in_the_ui_language_and_optional_ties() {
        let g = crate::genogram::model::sample_family();
        let noah = g.index_person().unwrap();
        let by_name = |name: &str| g.persons().find(|(_, p)| p.given_name == name).unwrap().0;
        for (lang, expected) in [
            (
                Lang::Nl,
                [("Peter", "vader"), ("Marie", "oma"), ("Els", "tante"), ("Lisa", "halfzus"), ("Kevin", "pleegbroer")],
            ),
            (
                Lang::En,
                [
                    ("Peter", "father"),
                    ("Marie", "grandmother"),
                    ("Els", "aunt"),
                    ("Lisa", "half-sister"),
                    ("Kevin", "foster brother"),
                ],
            ),
        ] {
            let mut n = Netwerkkaart::new(Centre::person("Noah"));
            let plan = n.plan_genogram_import_with_ties(&g, "gen", lang, true, Some(Strength::Strong));
            n.apply(plan.command).unwrap();
            assert_eq!(n.centre().genogram_person, Some(("gen".to_owned(), noah)));
            for (name, role) in expected {
                assert_eq!(actor_linked_to(&n, by_name(name)).1.role, role, "{lang:?} {name}");
            }
            // One strong tie from the centre to every person added, none between them.
            assert_eq!(n.tie_count(), plan.added);
            for (id, _) in n.actors() {
                let (_, tie) = n.centre_tie(id).expect("a tie to the centre");
                assert_eq!(tie.strength, Strength::Strong);
            }
        }
        let plain = Netwerkkaart::new(Centre::person("Noah"));
        let mut m = plain.clone();
        m.apply(plain.plan_genogram_import(&g, "gen", Lang::Nl, true).command).unwrap();
        assert_eq!(m.tie_count(), 0, "no tie unless asked for");
    }

    #[test]
    fn a_household_or_linked_centre_is_not_relinked() {
        let (g, _) = family();
        let house = Netwerkkaart::new(Centre::household("Gezin De Vries"));
        assert!(!house.centre_can_link());
        assert!(house.link_centre_to(&g, "gen").is_none());
        let plan = house.plan_genogram_import(&g, "gen", Lang::Nl, true);
        assert!(!plan.centre_linked);
        let mut linked = Centre::person("Noah");
        linked.genogram_person = Some(("other".into(), PersonId(7)));
        assert!(Netwerkkaart::new(linked).link_centre_to(&g, "gen").is_none());
        assert!(
            Netwerkkaart::new(Centre::person("X")).link_centre_to(&Genogram::new(), "gen").is_none(),
            "no index person"
        );
    }

    #[test]
    fn import_brings_older_links_up_to_date_in_the_same_edit() {
        let (mut g, [_, _, fatima, _]) = family();
        let mut n = Netwerkkaart::new(Centre::person("Noah"));
        n.apply(n.plan_genogram_import(&g, "gen", Lang::Nl, true).command).unwrap();
        name(&mut g, fatima, "Fatma", "el Amrani", Gender::Female);
        let plan = n.plan_genogram_import(&g, "gen", Lang::Nl, true);
        assert_eq!((plan.added, plan.renamed), (0, 1));
        n.apply(plan.command).unwrap();
        assert_eq!(actor_linked_to(&n, fatima).1.name, "Fatma el Amrani");
    }

    #[test]
    fn linked_names_and_renamed_links_see_only_renames_of_existing_links() {
        let (g, [noah, _, fatima, lina]) = family();
        let mut n = Netwerkkaart::new(Centre::person("Noah"));
        let before = n.linked_names();
        assert!(before.is_empty());
        n.apply(n.plan_genogram_import(&g, "gen", Lang::Nl, true).command).unwrap();
        let after_import = n.linked_names();
        assert_eq!(after_import.len(), 4, "centre and three actors");
        assert_eq!(after_import[&("gen".to_owned(), noah)], "Noah de Vries");
        assert!(renamed_links(&before, &after_import).is_empty(), "new links are not renames");
        assert_eq!(n.linked_genograms(), vec!["gen".to_owned()]);

        let (id, a) = actor_linked_to(&n, fatima);
        n.apply(Command::UpdateActor { id, actor: Actor { name: " Fatma  el Amrani ".into(), ..a } }).unwrap();
        let (lid, l) = actor_linked_to(&n, lina);
        n.apply(Command::UpdateActor { id: lid, actor: Actor { name: "   ".into(), ..l } }).unwrap();
        let renamed = renamed_links(&after_import, &n.linked_names());
        assert_eq!(renamed.len(), 1);
        assert_eq!(renamed["gen"], vec![(fatima, "Fatma  el Amrani".to_owned())], "blanked Lina is not pushed");
        // Only whitespace around the name changed: no rename.
        let (id, a) = actor_linked_to(&n, fatima);
        let spaced = n.linked_names();
        n.apply(Command::UpdateActor { id, actor: Actor { name: format!("{} ", a.name), ..a } }).unwrap();
        assert!(renamed_links(&spaced, &n.linked_names()).is_empty());
    }

    #[test]
    fn renames_for_genogram_split_names_and_skip_what_matches() {
        let (mut g, [noah, jan, fatima, _]) = family();
        let mut p = g.person(jan).unwrap().clone();
        p.nickname = "Jantje".into();
        g.apply(G::UpdatePerson { id: jan, person: p }).unwrap();
        let cmd = renames_for_genogram(
            &g,
            &[
                (noah, "Noah de Vries".into()),
                (fatima, "Fatma van der Berg".into()),
                (jan, "Jo Jansen".into()),
                (PersonId(99), "X".into()),
                (fatima, "Fatima Bakker".into()),
            ],
        );
        g.apply(cmd).unwrap();
        let f = g.person(fatima).unwrap();
        assert_eq!((f.given_name.as_str(), f.family_name.as_str()), ("Fatima", "Bakker"), "last rename counts");
        let j = g.person(jan).unwrap();
        assert_eq!(
            (j.given_name.as_str(), j.nickname.as_str(), j.family_name.as_str()),
            ("Jan", "Jo", "Jansen"),
            "the roepnaam changes"
        );
        assert!(matches!(renames_for_genogram(&g, &[(noah, "Noah de Vries".into())]), G::Batch(v) if v.is_empty()));
    }
}
