//! A plain-language description of a genogram, for screen readers and for pasting into
//! a case report: who is who, who is partnered with whom, whose children they are, who
//! lives together, and the emotional relations. One sentence per line, in Dutch or
//! English.

use crate::genogram::edit::labels::person_label;
use crate::genogram::model::{
    ChildLinkKind, Gender, Genogram, Household, ParentRef, PartialDate, PersonId, PersonKind, UnionEventKind,
};
use crate::i18n::Lang;
use crate::kernel::sort::SortExt;

/// Words that differ per language.
struct Words {
    years: &'static str,
    died: &'static str,
    born: &'static str,
    client: &'static str,
    and: &'static str,
    children_of: &'static str,
    child_of: &'static str,
    twins: &'static str,
    unknown_partner: &'static str,
    single_parent: &'static str,
    lives_together: &'static str,
    lives_alone: &'static str,
    since: &'static str,
    until: &'static str,
    from: &'static str,
    to: &'static str,
    due: &'static str,
    assigned_at_birth: &'static str,
}

const NL: Words = Words {
    years: "jaar",
    died: "overleden",
    born: "geboren",
    client: "cliënt",
    and: "en",
    children_of: "Kinderen van",
    child_of: "Kind van",
    twins: "tweeling",
    unknown_partner: "een onbekende partner",
    single_parent: "alleen",
    lives_together: "Woont samen",
    lives_alone: "Woont alleen",
    since: "sinds",
    until: "tot",
    from: "van",
    to: "tot",
    due: "uitgerekend",
    assigned_at_birth: "bij geboorte",
};

const EN: Words = Words {
    years: "years",
    died: "died",
    born: "born",
    client: "client",
    and: "and",
    children_of: "Children of",
    child_of: "Child of",
    twins: "twins",
    unknown_partner: "an unknown partner",
    single_parent: "alone",
    lives_together: "Living together",
    lives_alone: "Lives alone",
    since: "since",
    until: "until",
    from: "from",
    to: "to",
    due: "due",
    assigned_at_birth: "assigned at birth",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    }
}

/// One line about a person: "Sanne de Vries (vrouw, 36 jaar, cliënt, geboren 1990)."
fn person_line(g: &Genogram, id: PersonId, lang: Lang, today: PartialDate) -> String {
    let w = words(lang);
    let Some(p) = g.person(id) else { return String::new() };
    // A pregnancy, miscarriage, … is said first; its gender only when it is known.
    let mut facts = match p.kind {
        PersonKind::Person => vec![],
        PersonKind::Pregnancy { due: Some(due) } => {
            vec![format!("{}, {} {}", p.kind.label(lang), w.due, due.label(lang))]
        }
        _ => vec![p.kind.label(lang).to_owned()],
    };
    if p.kind == PersonKind::Person || p.gender != Gender::Unknown {
        facts.push(p.gender.label(lang).to_owned());
    }
    if let Some(assigned) = p.assigned_gender.filter(|_| p.is_transgender()) {
        facts.push(format!("transgender ({} {})", w.assigned_at_birth, assigned.label(lang)));
    }
    if let Some(age) = p.shown_age(today) {
        let ca = if age.approximate { "ca. " } else { "" };
        facts.push(format!("{ca}{} {}", age.years, w.years));
    }
    if p.index {
        facts.push(w.client.to_owned());
    }
    if let Some(b) = p.birth {
        facts.push(format!("{} {}", w.born, b.label(lang)));
    }
    if p.is_deceased() {
        facts.push(match p.death {
            Some(d) => format!("{} {}", w.died, d.label(lang)),
            None => w.died.to_owned(),
        });
    }
    for c in &p.conditions {
        let note = if c.note.trim().is_empty() { String::new() } else { format!(": {}", one_line(&c.note)) };
        facts.push(format!("{} ({}{note})", c.category.label(lang), c.status.label(lang)));
    }
    if !p.tags.is_empty() {
        facts.push(p.tags.join(", "));
    }
    format!("{} ({}).", person_label(g, id, lang), facts.join(", "))
}

/// A relation's period in words: "sinds 2015", "tot 2020", "van 2010 tot 2015"; `None`
/// when neither end is known. Also the side panel's one-line summary of a relation.
pub fn relation_period(start: Option<PartialDate>, end: Option<PartialDate>, lang: Lang) -> Option<String> {
    let w = words(lang);
    match (start, end) {
        (Some(s), Some(e)) => Some(format!("{} {} {} {}", w.from, s.label(lang), w.to, e.label(lang))),
        (Some(s), None) => Some(format!("{} {}", w.since, s.label(lang))),
        (None, Some(e)) => Some(format!("{} {}", w.until, e.label(lang))),
        (None, None) => None,
    }
}

/// A free note on one line: runs of white space (a pasted line break) become one space.
pub fn one_line(note: &str) -> String {
    note.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn list(names: &[String], lang: Lang) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), words(lang).and),
    }
}

/// The description, one sentence per line: persons (client first, then by generation),
/// couples with their kind and events, children per couple or single parent, the
/// households ("Woont samen: …"), and the emotional relations with their period and
/// note ("Eva – Nora: vijandig, sinds 2015 (ruzie over erfenis).").
pub fn describe(g: &Genogram, lang: Lang, today: PartialDate) -> Vec<String> {
    let w = words(lang);
    let mut lines = Vec::new();
    // Generations once (one walk over the family), not per comparison: the panel
    // redraws this on every edit, also while a person is dragged.
    let gens = g.index_person().map(|ip| g.generations_from(ip)).unwrap_or_default();
    let generation = |p: &PersonId| gens.get(p).copied().unwrap_or(0);
    let mut persons: Vec<PersonId> = g.person_ids().collect();
    persons.sort_stable_by_key(|p| (!g.person(*p).is_some_and(|x| x.index), generation(p), p.get()));
    lines.extend(persons.iter().map(|&p| person_line(g, p, lang, today)));

    let mut unions: Vec<_> = g.unions().map(|(id, u)| (id, u.clone())).collect();
    unions.sort_stable_by_key(|(id, _)| id.get());
    for (uid, u) in &unions {
        let a = person_label(g, u.partner_a, lang);
        let b = u.partner_b.map(|b| person_label(g, b, lang)).unwrap_or_else(|| w.unknown_partner.to_owned());
        let mut facts = vec![u.kind.label(lang).to_owned()];
        for ev in &u.events {
            if ev.kind == UnionEventKind::Start && ev.date.is_none() {
                continue;
            }
            facts.push(match ev.date {
                Some(d) => format!("{} {}", ev.kind.label(lang), d.label(lang)),
                None => ev.kind.label(lang).to_owned(),
            });
        }
        lines.push(format!("{a} {} {b}: {}.", w.and, facts.join(", ")));
        let kids = children(g, ParentRef::Union(*uid), lang);
        if !kids.is_empty() {
            lines.push(format!("{} {a} {} {b}: {}.", w.children_of, w.and, list(&kids, lang)));
        }
    }
    for p in &persons {
        let kids = children(g, ParentRef::Person(*p), lang);
        if !kids.is_empty() {
            let head = if kids.len() == 1 { w.child_of } else { w.children_of };
            lines.push(format!("{head} {} ({}): {}.", person_label(g, *p, lang), w.single_parent, list(&kids, lang)));
        }
    }
    lines.extend(g.households().filter_map(|(_, h)| household_line(g, h, lang, &generation)));
    let mut relations: Vec<_> = g.relations().map(|(id, r)| (id, r.clone())).collect();
    relations.sort_stable_by_key(|(id, _)| id.get());
    for (_, r) in relations {
        let arrow = if r.kind.is_directed() { "→" } else { "–" };
        let mut what = r.kind.label(lang).to_owned();
        if let Some(period) = relation_period(r.start, r.end, lang) {
            what = format!("{what}, {period}");
        }
        let note = one_line(&r.note);
        if !note.is_empty() {
            what = format!("{what} ({note})");
        }
        lines.push(format!("{} {arrow} {}: {what}.", person_label(g, r.from, lang), person_label(g, r.to, lang)));
    }
    lines.into_iter().map(full_stop).collect()
}

/// One full stop at the end of a sentence that ends in an abbreviation ("… en Kevin
/// R." and not "… en Kevin R.."); an ellipsis "..." is left alone.
fn full_stop(mut line: String) -> String {
    if line.ends_with("..") && !line.ends_with("...") {
        line.pop();
    }
    line
}

/// One line about a household: "Woont samen (gezin Jansen): Kees, Ria en Eva.", its
/// members from the oldest generation down; "Woont alleen" for one member; `None` when
/// it has no members left.
fn household_line(g: &Genogram, h: &Household, lang: Lang, generation: &dyn Fn(&PersonId) -> i32) -> Option<String> {
    let w = words(lang);
    let mut members: Vec<PersonId> = h.members.iter().copied().filter(|p| g.contains_person(*p)).collect();
    if members.is_empty() {
        return None;
    }
    members.sort_stable_by_key(|p| (generation(p), p.get()));
    let names: Vec<String> = members.iter().map(|&p| person_label(g, p, lang)).collect();
    let head = if names.len() == 1 { w.lives_alone } else { w.lives_together };
    let label = h.label.split_whitespace().collect::<Vec<_>>().join(" ");
    let label = if label.is_empty() { String::new() } else { format!(" ({label})") };
    Some(format!("{head}{label}: {}.", list(&names, lang)))
}

/// The children hanging from `parent`, in birth order, each with how they are linked.
fn children(g: &Genogram, parent: ParentRef, lang: Lang) -> Vec<String> {
    let w = words(lang);
    g.children_of(parent)
        .into_iter()
        .map(|(lid, c)| {
            let link = g.child_link(lid);
            let mut name = person_label(g, c, lang);
            let mut notes = Vec::new();
            if let Some(kind) = link.map(|l| l.kind).filter(|k| *k != ChildLinkKind::Biological) {
                notes.push(kind.label(lang).to_owned());
            }
            if link.is_some_and(|l| l.twin.is_some()) {
                notes.push(w.twins.to_owned());
            }
            if !notes.is_empty() {
                name = format!("{name} ({})", notes.join(", "));
            }
            name
        })
        .collect()
}

/// The pattern lens in sentences, for the description when a lens is on: a heading
/// line ("Patroon:"), then per theme its counts per generation and its consecutive span
/// ("alcohol in 3 opeenvolgende generaties: Jan → Peter → Noah (intergenerationeel).").
/// Empty when the lens is off.
pub fn describe_pattern(g: &Genogram, lens: &crate::genogram::pattern::Lens, lang: Lang) -> Vec<String> {
    use crate::genogram::pattern::{marks, summarise, summary::short_name, summary_lines};
    if !lens.is_on() {
        return Vec::new();
    }
    let summaries = summarise(g, lens, &marks(g, lens));
    let heading = match lang {
        Lang::Nl => "Patroon:",
        Lang::En => "Pattern:",
    };
    std::iter::once(heading.to_owned())
        .chain(summary_lines(lens, &summaries, lang, &|p| short_name(g, p, lang)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::Editor;
    use crate::genogram::edit::family;
    use crate::genogram::model::{Command, Gender, RelationKind, UnionEvent};

    #[test]
    fn a_name_ending_in_an_abbreviation_gets_one_full_stop() {
        let mut ed = Editor::new_genogram("g", "Casus", 0);
        let ip = ed.genogram().unwrap().index_person().unwrap();
        let (cmd, kevin) = family::add_child(ed.genogram().unwrap(), ip, Gender::Male).unwrap();
        ed.apply(cmd, 1).unwrap();
        let mut k = ed.genogram().unwrap().person(kevin).unwrap().clone();
        (k.given_name, k.family_name) = ("Kevin".into(), "R.".into());
        ed.apply(Command::UpdatePerson { id: kevin, person: k }, 2).unwrap();
        let lines = describe(ed.genogram().unwrap(), Lang::Nl, PartialDate::year_only(2026).unwrap());
        assert!(lines.iter().any(|l| l.ends_with("Kevin R.")), "{lines:#?}");
        assert!(lines.iter().all(|l| !l.ends_with("..")), "{lines:#?}");
        assert_eq!(full_stop("Wacht...".into()), "Wacht...");
    }

    #[test]
    fn describes_persons_couples_children_and_relations() {
        let mut ed = Editor::new_genogram("g", "Casus", 0);
        let ip = ed.genogram().unwrap().index_person().unwrap();
        let mut p = ed.genogram().unwrap().person(ip).unwrap().clone();
        p.given_name = "Kees".into();
        p.gender = Gender::Male;
        p.birth = Some(PartialDate::year_only(1960).unwrap());
        ed.apply(Command::UpdatePerson { id: ip, person: p }, 1).unwrap();
        let (cmd, ria) = family::add_partner(ed.genogram().unwrap(), ip).unwrap();
        ed.apply(cmd, 2).unwrap();
        let mut r = ed.genogram().unwrap().person(ria).unwrap().clone();
        r.given_name = "Ria".into();
        ed.apply(Command::UpdatePerson { id: ria, person: r }, 3).unwrap();
        let uid = ed.genogram().unwrap().unions_of(ip)[0];
        let mut u = ed.genogram().unwrap().union(uid).unwrap().clone();
        u.events.push(UnionEvent { kind: UnionEventKind::Divorce, date: PartialDate::year_only(2001) });
        ed.apply(Command::UpdateUnion { id: uid, union: u }, 4).unwrap();
        let (cmd, eva) = family::add_child(ed.genogram().unwrap(), ip, Gender::Female).unwrap();
        ed.apply(cmd, 5).unwrap();
        let cmd = family::add_relation(ed.genogram().unwrap(), eva, ria, RelationKind::Hostile).unwrap();
        ed.apply(cmd, 6).unwrap();

        let today = PartialDate::year_only(2026).unwrap();
        let nl = describe(ed.genogram().unwrap(), Lang::Nl, today);
        assert_eq!(nl[0], "Kees (man, ca. 66 jaar, cliënt, geboren 1960).", "{nl:#?}");
        assert!(nl.contains(&"Kees en Ria: huwelijk, echtscheiding 2001.".to_owned()), "{nl:#?}");
        assert!(nl.contains(&"Kinderen van Kees en Ria: vrouw 2.".to_owned()), "{nl:#?}");
        assert!(nl.contains(&"vrouw 2 – Ria: vijandig.".to_owned()), "{nl:#?}");
        let en = describe(ed.genogram().unwrap(), Lang::En, today);
        assert!(en.contains(&"Kees and Ria: marriage, divorce 2001.".to_owned()), "{en:#?}");
    }

    #[test]
    fn persons_say_their_symbol_kind_transgender_marker_and_condition_notes() {
        use crate::genogram::edit::person_fields;
        use crate::genogram::model::{ConditionArea, Genogram, Person, PersonKindTag};
        let mut g = Genogram::new();
        let mut sam = Person::new("Sam", "", Gender::Female);
        sam.assigned_gender = Some(Gender::Male);
        sam.conditions.push(person_fields::new_condition());
        let sam = person_fields::with_condition_area(&sam, 0, ConditionArea::Other);
        let sam = person_fields::with_condition_name(&sam, 0, "autisme");
        let sam = person_fields::with_condition_note(&sam, 0, "sinds 2019");
        g.apply(Command::AddPerson { id: PersonId(0), person: sam }).unwrap();
        let baby = person_fields::with_kind(&Person::default(), PersonKindTag::Pregnancy);
        let baby = person_fields::with_due_date(&baby, Some("2027-03".parse().unwrap()));
        g.apply(Command::AddPerson { id: PersonId(1), person: baby }).unwrap();
        let lost = person_fields::with_kind(&Person::default(), PersonKindTag::Miscarriage);
        g.apply(Command::AddPerson { id: PersonId(2), person: lost }).unwrap();
        let today = PartialDate::year_only(2026).unwrap();
        let nl = describe(&g, Lang::Nl, today);
        assert!(
            nl.contains(&"Sam (vrouw, transgender (bij geboorte man), autisme (actief: sinds 2019)).".to_owned()),
            "{nl:#?}"
        );
        assert!(nl.iter().any(|l| l.contains("(zwangerschap, uitgerekend ") && l.contains("2027")), "{nl:#?}");
        assert!(nl.iter().any(|l| l.contains("(miskraam)")), "{nl:#?}");
        let en = describe(&g, Lang::En, today);
        assert!(en.iter().any(|l| l.contains("transgender (assigned at birth male)")), "{en:#?}");
    }

    #[test]
    fn relations_mention_their_period_and_note() {
        let mut g = crate::genogram::model::sample_family();
        let (rid, r) = g.relations().map(|(id, r)| (id, r.clone())).next().unwrap();
        let today = PartialDate::year_only(2026).unwrap();
        let year = |y| PartialDate::year_only(y);
        let mut set = |start, end, note: &str| {
            let relation = crate::genogram::model::Relation { start, end, note: note.into(), ..r.clone() };
            g.apply(Command::UpdateRelation { id: rid, relation }).unwrap();
            (describe(&g, Lang::Nl, today), describe(&g, Lang::En, today))
        };
        let (nl, en) = set(year(2015), None, "ruzie over erfenis");
        assert!(
            nl.contains(&"Peter de Vries – Noah de Vries: onenigheid, sinds 2015 (ruzie over erfenis).".to_owned()),
            "{nl:#?}"
        );
        assert!(
            en.contains(&"Peter de Vries – Noah de Vries: discord, since 2015 (ruzie over erfenis).".to_owned()),
            "{en:#?}"
        );
        let (nl, en) = set(year(2010), "2015-03".parse().ok(), "");
        assert!(
            nl.contains(&"Peter de Vries – Noah de Vries: onenigheid, van 2010 tot 03-2015.".to_owned()),
            "{nl:#?}"
        );
        assert!(en.contains(&"Peter de Vries – Noah de Vries: discord, from 2010 to 2015-03.".to_owned()), "{en:#?}");
        let (nl, _) = set(None, year(2020), "  eerst\nnabij  ");
        assert!(
            nl.contains(&"Peter de Vries – Noah de Vries: onenigheid, tot 2020 (eerst nabij).".to_owned()),
            "{nl:#?}"
        );
        let (nl, _) = set(None, None, "");
        assert!(
            nl.contains(&"Peter de Vries – Noah de Vries: onenigheid.".to_owned()),
            "without period or note as before"
        );
    }

    #[test]
    fn households_say_who_lives_together() {
        let g = crate::genogram::model::sample_family();
        let today = PartialDate::year_only(2020).unwrap();
        let nl = describe(&g, Lang::Nl, today);
        assert!(
            nl.contains(&"Woont samen (Gezin De Vries, Utrecht): Peter de Vries, Fatima El Amrani, Noah de Vries en Kevin Smit.".to_owned()),
            "{nl:#?}"
        );
        let en = describe(&g, Lang::En, today);
        assert!(
            en.iter().any(|l| l.starts_with("Living together (Gezin De Vries, Utrecht): Peter de Vries, ")),
            "{en:#?}"
        );

        // One member left: "Woont alleen"; an unlabelled household has no brackets.
        let mut g = g;
        let h = g.households().next().unwrap().0;
        let kevin = crate::genogram::model::PersonId(10);
        g.apply(Command::UpdateHousehold { id: h, household: Household::new("", [kevin]) }).unwrap();
        let nl = describe(&g, Lang::Nl, today);
        assert!(nl.contains(&"Woont alleen: Kevin Smit.".to_owned()), "{nl:#?}");
        g.apply(Command::UpdateHousehold { id: h, household: Household::new("x", []) }).unwrap();
        assert!(
            !describe(&g, Lang::Nl, today).iter().any(|l| l.starts_with("Woont")),
            "an empty household is not described"
        );
    }

    #[test]
    fn pattern_sentences_follow_the_lens() {
        use crate::genogram::model::ConditionCategory;
        use crate::genogram::pattern::{Lens, Theme};
        let g = crate::genogram::model::sample_family();
        assert!(describe_pattern(&g, &Lens::default(), Lang::Nl).is_empty(), "no lens, no sentences");
        let lens = Lens::new(vec![Theme::Condition(ConditionCategory::Mental), Theme::Divorce]);
        let nl = describe_pattern(&g, &lens, Lang::Nl);
        assert_eq!(nl[0], "Patroon:");
        assert!(nl.iter().any(|l| l.starts_with("psychisch")), "{nl:#?}");
        assert!(nl.iter().any(|l| l.starts_with("echtscheiding")), "{nl:#?}");
        let en = describe_pattern(&g, &lens, Lang::En);
        assert_eq!(en[0], "Pattern:");
        assert!(en.iter().any(|l| l.starts_with("mental")), "{en:#?}");
    }
}
