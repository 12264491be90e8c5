//! The planner: the example family applied to a new genogram, names matched,
//! nothing changed twice, refused lines reported while the rest applies, undo.

use super::super::{parse, plan};
use crate::editor::quick_entry::QuickEntry;
use crate::editor::Editor;
use crate::genogram::model::{
    sample_family, ChildLinkKind, Gender, Genogram, ParentRef, PersonId, RelationKind, UnionEventKind, UnionKind,
};

pub(crate) const EXAMPLE: &str = "Jan 1938 †2015 x Marie 1941: Peter 1964, Els 1967
Peter x Sandra ca.1965 (gescheiden 1998): Noah 2003 (cliënt), Lisa+Eva 1990 (tweeling)
Peter ~ Fatima (samenwonend): Kevin 2009 (geadopteerd)
Anna → Sandra
Peter -- Noah: conflict
Fatima == Noah: nabij
huishouden: Peter, Fatima, Noah, Kevin";

const YEAR: i32 = 2025;

fn apply(g: &mut Genogram, text: &str) -> Vec<super::super::Problem> {
    let parsed = parse(text);
    let planned = plan(g, &parsed, YEAR);
    if let Some(cmd) = planned.command {
        g.apply(cmd).expect("a plan applies");
    }
    [parsed.problems, planned.problems].concat()
}

fn id(g: &Genogram, name: &str) -> PersonId {
    let found: Vec<_> = g.persons().filter(|(_, p)| p.display_name() == name).map(|(id, _)| id).collect();
    assert_eq!(found.len(), 1, "{name}: {found:?}");
    found[0]
}

fn new_genogram() -> Editor {
    Editor::new_genogram("doc", "Nieuw genogram", 0)
}

#[test]
fn the_example_family_becomes_persons_unions_children_relations_and_a_household() {
    let mut ed = new_genogram();
    let mut g = ed.genogram().cloned().expect("a genogram");
    let problems = apply(&mut g, EXAMPLE);
    assert!(problems.is_empty(), "{problems:?}");
    // The blank cliënt of the new genogram became Noah: no stray empty person.
    assert_eq!(g.person_count(), 11);
    assert_eq!(g.unions().count(), 3);
    assert_eq!(g.child_links().count(), 7);
    assert_eq!(g.relations().count(), 2);
    assert_eq!(g.households().count(), 1);

    let jan = g.person(id(&g, "Jan")).expect("Jan");
    assert_eq!(jan.birth.map(|d| d.year()), Some(1938));
    assert_eq!(jan.death.map(|d| d.year()), Some(2015));
    let sandra = g.person(id(&g, "Sandra")).expect("Sandra");
    assert!(sandra.birth.is_some_and(|d| d.year() == 1965 && d.is_approximate()));
    let noah = id(&g, "Noah");
    assert_eq!(g.index_person(), Some(noah));
    assert_eq!(g.index_persons().len(), 1);

    let (peter, fatima) = (id(&g, "Peter"), id(&g, "Fatima"));
    let with_sandra = g.unions().find(|(_, u)| u.has_partner(peter) && u.has_partner(id(&g, "Sandra"))).expect("union");
    assert_eq!(with_sandra.1.kind, UnionKind::Marriage);
    assert_eq!(with_sandra.1.current_status(), Some(UnionEventKind::Divorce));
    assert_eq!(with_sandra.1.events[0].date.map(|d| d.year()), Some(1998));
    let with_fatima = g.unions().find(|(_, u)| u.has_partner(peter) && u.has_partner(fatima)).expect("union");
    assert_eq!(with_fatima.1.kind, UnionKind::Cohabiting);

    assert_eq!(g.twins_of(id(&g, "Lisa")), vec![id(&g, "Eva")]);
    let kevin = g.parent_links(id(&g, "Kevin"));
    assert_eq!(kevin[0].1.kind, ChildLinkKind::Adopted);
    let anna_links = g.parent_links(id(&g, "Sandra"));
    assert_eq!(anna_links[0].1.parent, ParentRef::Person(id(&g, "Anna")));
    let kinds: Vec<RelationKind> = g.relations().map(|(_, r)| r.kind).collect();
    assert_eq!(kinds, vec![RelationKind::Discord, RelationKind::Close]);
    let (_, home) = g.households().next().expect("household");
    assert_eq!(home.members.len(), 4);

    // The same text again asks for nothing.
    assert_eq!(plan(&g, &parse(EXAMPLE), YEAR).command, None);

    // Through the editor it is one undo step.
    let before = ed.genogram().cloned();
    let mut quick = QuickEntry::new();
    assert!(quick.update(&mut ed, EXAMPLE, YEAR, 1).is_empty());
    assert_eq!(ed.genogram(), Some(&g));
    assert!(ed.undo(2));
    assert_eq!(ed.genogram().cloned(), before);
}

#[test]
fn typing_letter_by_letter_ends_as_the_whole_text_and_one_undo_takes_it_back() {
    let mut ed = new_genogram();
    let before = ed.genogram().cloned();
    let mut quick = QuickEntry::new();
    // Every prefix, as the debounce may catch any of them ("Pet" before "Peter").
    let chars: Vec<(usize, char)> = EXAMPLE.char_indices().collect();
    for (i, _) in chars.iter().step_by(3) {
        quick.update(&mut ed, &EXAMPLE[..*i], YEAR, 1);
    }
    let problems = quick.update(&mut ed, EXAMPLE, YEAR, 1);
    assert!(problems.is_empty(), "{problems:?}");
    let mut direct = before.clone().expect("genogram");
    apply(&mut direct, EXAMPLE);
    let shown = |g: &Genogram| super::super::genogram_text(g, crate::i18n::Lang::Nl);
    assert_eq!(shown(ed.genogram().expect("g")), shown(&direct), "no leftovers of half-typed names");
    assert_eq!(ed.genogram().map(Genogram::person_count), Some(direct.person_count()));
    assert!(ed.undo(2));
    assert_eq!(ed.genogram().cloned(), before);
}

#[test]
fn an_edit_in_between_is_kept_and_the_text_continues_on_top() {
    let mut ed = new_genogram();
    let mut quick = QuickEntry::new();
    quick.update(&mut ed, "Jan x Marie: Peter", YEAR, 1);
    let peter = id(ed.genogram().expect("g"), "Peter");
    let (cmd, _) =
        crate::genogram::edit::family::add_child(ed.genogram().expect("g"), peter, Gender::Female).expect("a daughter");
    ed.apply(cmd, 2).expect("applies");
    quick.update(&mut ed, "Jan x Marie: Peter, Els", YEAR, 3);
    let g = ed.genogram().expect("g");
    assert_eq!(g.person_count(), 6, "Jan, Marie, Peter, Els, Peter's daughter, the blank cliënt");
    assert_eq!(g.children(peter).len(), 1, "the daughter added by click is still there");
}

#[test]
fn a_refused_line_is_reported_and_the_other_lines_still_apply() {
    let mut g = Genogram::new();
    let text = "Jan x Marie: Peter\nAnna x Bob: Els\nKees x Ria: Peter\nBo 1970";
    let problems = apply(&mut g, text);
    let [p] = &problems[..] else { panic!("{problems:?}") };
    assert_eq!(p.line, 3);
    assert!(p.message(crate::i18n::Lang::Nl).contains("Peter"), "{}", p.message(crate::i18n::Lang::Nl));
    assert!(!p.suggestion(crate::i18n::Lang::Nl).is_empty());
    assert_eq!(&text[p.span.start..p.span.end], "Kees x Ria: Peter");
    // Kees and Ria were not left behind by the refused line; Els after it is there.
    assert!(g.persons().all(|(_, p)| p.given_name != "Kees" && p.given_name != "Ria"));
    assert_eq!(g.person_count(), 7, "Jan, Marie, Peter, Anna, Bob, Els and Bo; not Kees and Ria");
}

#[test]
fn gender_ages_namesakes_and_unknown_names() {
    let mut g = Genogram::new();
    let problems = apply(&mut g, "vader Jan x moeder Marie: Jan#2 21 (zoon), ?\nKim x\nJan -- Jan#2: afstandelijk");
    assert!(problems.is_empty(), "{problems:?}");
    let jans: Vec<_> = g.persons().filter(|(_, p)| p.given_name == "Jan").map(|(id, p)| (id, p.clone())).collect();
    assert_eq!(jans.len(), 2, "a number tells namesakes apart");
    assert!(jans.iter().all(|(_, p)| p.gender == Gender::Male));
    let son = &jans[1].1;
    assert!(son.birth.is_some_and(|b| b.year() == YEAR - 21 && b.is_approximate()), "{:?}", son.birth);
    assert_eq!(g.person(id(&g, "Marie")).map(|p| p.gender), Some(Gender::Female));
    assert_eq!(g.person(id(&g, "Kim")).map(|p| p.gender), Some(Gender::NonBinary));
    assert_eq!(g.persons().filter(|(_, p)| p.display_name().is_empty()).count(), 1, "the unnamed child");
    let (_, r) = g.relations().next().expect("relation");
    assert_eq!((r.from, r.to), (jans[0].0, jans[1].0));
}

#[test]
fn names_of_an_existing_genogram_are_the_same_persons_and_agreeing_facts_change_nothing() {
    let g = sample_family();
    let text = "Peter ~ Fatima: Noah\nPeter -- Noah: onenigheid\nhuishouden: Peter, Fatima, Noah, Kevin";
    let planned = plan(&g, &parse(text), YEAR);
    assert!(planned.problems.is_empty(), "{:?}", planned.problems);
    assert_eq!(planned.command, None, "everything said is already there");
    // A new fact is set; everything not written stays.
    let mut changed = g.clone();
    apply(&mut changed, "Noah 2004");
    let noah = changed.persons().find(|(_, p)| p.given_name == "Noah").map(|(_, p)| p.clone()).expect("Noah");
    assert_eq!(noah.birth.map(|b| b.year()), Some(2004));
    let old = g.persons().find(|(_, p)| p.given_name == "Noah").map(|(_, p)| p.clone()).expect("Noah");
    assert_eq!((noah.notes, noah.conditions, noah.family_name), (old.notes, old.conditions, old.family_name));
    assert_eq!(changed.person_count(), g.person_count());
}
