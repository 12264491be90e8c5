//! The planner: the example lines applied to a new map, names matched, nothing
//! changed twice, refused lines reported while the rest applies, undo through the editor.

use super::super::{parse, plan, ProblemKind};
use crate::editor::quick_entry::{QuickEntry, QuickProblem};
use crate::editor::Editor;
use crate::netwerkkaart::{
    ActorId, ActorKind, Centre, CentreKind, Direction, Formality, Frequency, Netwerkkaart, Quality, Ring, SectorKind,
    Strength, SupportSet, SupportType, TieEnd,
};

use SupportType::{Advice as A, Company as G, Emotional as E, Practical as P};

pub(crate) const EXAMPLE: &str = "cliënt: Noah
familie: moeder Fatima (binnen, sterk, P G E, dagelijks), vader Peter (conflict, ontvangt, maandelijks)
buren: buurvrouw Ans (verbinder, geeft, P A), vrienden: Sem (sterk, G E)
professionals: Wijkteam West (organisatie, binnen, sterk, geeft, A E), huisarts Van Dijk (formeel, zwak, buiten)
kerk: dominee Bos
Fatima -- Peter: stressvol, dagelijks
Ans -- Wijkteam West: A";

pub(crate) fn apply(m: &mut Netwerkkaart, text: &str) -> Vec<super::super::Problem> {
    let parsed = parse(text);
    let planned = plan(m, &parsed);
    if let Some(cmd) = planned.command {
        m.apply(cmd).expect("a plan applies");
    }
    [parsed.problems, planned.problems].concat()
}

pub(crate) fn id(m: &Netwerkkaart, name: &str) -> ActorId {
    let found: Vec<_> = m.actors().filter(|(_, a)| a.display_name() == name).map(|(id, _)| id).collect();
    assert_eq!(found.len(), 1, "{name}: {found:?}");
    found[0]
}

fn new_map() -> Netwerkkaart {
    Netwerkkaart::new(Centre::default())
}

#[test]
fn the_example_becomes_actors_in_their_sectors_with_their_ties() {
    let mut m = new_map();
    let problems = apply(&mut m, EXAMPLE);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(m.centre().name, "Noah");
    assert_eq!(m.actor_count(), 7);
    assert_eq!(m.sector_count(), 5, "the four standard sectors and the new kerk");
    assert_eq!(m.tie_count(), 9, "seven spokes and two ties between actors");

    let sector_of = |name: &str| m.sector(m.actor(id(&m, name)).expect("actor").sector).expect("sector").clone();
    assert_eq!(sector_of("Fatima").kind, SectorKind::Family);
    assert_eq!(sector_of("Ans").kind, SectorKind::Neighbours);
    assert_eq!(sector_of("Sem").kind, SectorKind::Friends);
    assert_eq!(sector_of("Wijkteam West").kind, SectorKind::Professionals);
    assert_eq!(sector_of("Bos").label(crate::i18n::Lang::Nl), "kerk");

    let fatima = id(&m, "Fatima");
    let a = m.actor(fatima).expect("Fatima");
    assert_eq!((a.role.as_str(), a.ring, a.formality), ("moeder", Ring::Inner, Formality::Informal));
    let (_, t) = m.centre_tie(fatima).expect("a spoke");
    assert_eq!(t.strength, Strength::Strong);
    assert_eq!(t.support, SupportSet::of(&[P, G, E]));
    assert_eq!(t.frequency, Some(Frequency::Daily));
    assert_eq!(t.direction, Direction::Mutual);

    // "Peter ontvangt": the centre gives; "Ans geeft": the centre receives.
    assert_eq!(m.centre_tie(id(&m, "Peter")).expect("spoke").1.direction, Direction::Gives);
    assert_eq!(m.centre_tie(id(&m, "Peter")).expect("spoke").1.quality, Quality::Conflict);
    assert_eq!(m.centre_tie(id(&m, "Ans")).expect("spoke").1.direction, Direction::Receives);
    assert!(m.actor(id(&m, "Ans")).expect("Ans").verbinder);

    let wijkteam = m.actor(id(&m, "Wijkteam West")).expect("wijkteam");
    assert_eq!((wijkteam.kind, wijkteam.formality), (ActorKind::Organisation, Formality::Formal));
    let gp = m.actor(id(&m, "Van Dijk")).expect("GP");
    assert_eq!((gp.role.as_str(), gp.ring), ("huisarts", Ring::Outer));

    let between = m.tie_between(TieEnd::Actor(fatima), TieEnd::Actor(id(&m, "Peter"))).expect("Fatima -- Peter");
    let t = m.tie(between).expect("tie");
    assert_eq!((t.quality, t.frequency), (Quality::Stressful, Some(Frequency::Daily)));
    let ans_wt = m.tie_between(TieEnd::Actor(id(&m, "Ans")), TieEnd::Actor(id(&m, "Wijkteam West"))).expect("tie");
    assert_eq!(m.tie(ans_wt).expect("tie").support, SupportSet::of(&[A]));

    // The same text again asks for nothing.
    assert_eq!(plan(&m, &parse(EXAMPLE)).command, None);
}

#[test]
fn a_name_seen_before_is_the_same_actor_and_later_lines_change_it() {
    let mut m = new_map();
    assert!(apply(&mut m, "familie: Fatima\nvrienden: Fatima (binnen)\nFatima (sterk)\nSem#2").len() == 1);
    let fatima = id(&m, "Fatima");
    assert_eq!(m.actor_count(), 1);
    let a = m.actor(fatima).expect("Fatima");
    assert_eq!(m.sector(a.sector).expect("sector").kind, SectorKind::Friends, "written under vrienden: moved there");
    assert_eq!(a.ring, Ring::Inner);
    assert_eq!(m.centre_tie(fatima).expect("spoke").1.strength, Strength::Strong);
    // Namesakes: Jan and Jan#2 are two actors; written again they are the same two.
    apply(&mut m, "buren: Jan, Jan#2 (zwak)");
    apply(&mut m, "buren: Jan (binnen), Jan#2 (buiten)");
    let jans: Vec<_> = m.actors().filter(|(_, a)| a.name == "Jan").map(|(_, a)| a.ring).collect();
    assert_eq!(jans, vec![Ring::Inner, Ring::Outer]);
}

#[test]
fn support_letters_written_replace_and_words_left_out_stay() {
    let mut m = new_map();
    apply(&mut m, "familie: Fatima (sterk, P G E, binnen)");
    apply(&mut m, "familie: Fatima (E)");
    let fatima = id(&m, "Fatima");
    let (_, t) = m.centre_tie(fatima).expect("spoke");
    assert_eq!(t.support, SupportSet::of(&[E]), "the letters written are the support");
    assert_eq!(t.strength, Strength::Strong, "not written: kept");
    assert_eq!(m.actor(fatima).expect("Fatima").ring, Ring::Inner);
}

#[test]
fn the_centre_line_sets_name_and_kind() {
    let mut m = new_map();
    apply(&mut m, "huishouden: Gezin De Vries");
    assert_eq!((m.centre().kind, m.centre().name.as_str()), (CentreKind::Household, "Gezin De Vries"));
    apply(&mut m, "centrum: gezin de vries");
    assert_eq!(m.centre().name, "Gezin De Vries", "the same name in other case changes nothing");
}

#[test]
fn an_existing_tie_is_updated_seen_from_the_actor_written_first() {
    let mut m = crate::netwerkkaart::sample_netwerkkaart();
    // In the demo map the wijkteam's tie with the schuldhulpverlening runs from the wijkteam.
    let (wt, shv) = (id(&m, "Wijkteam West"), id(&m, "Buurteam Geldzaken"));
    let tie = m.tie_between(TieEnd::Actor(wt), TieEnd::Actor(shv)).expect("tie");
    assert_eq!(m.tie(tie).expect("tie").from, TieEnd::Actor(wt));
    apply(&mut m, "Buurteam Geldzaken -- Wijkteam West: geeft");
    assert_eq!(m.tie(tie).expect("tie").direction, Direction::Receives, "the first end, the wijkteam, receives");
    assert_eq!(m.tie_count(), 16, "no second tie");
}

#[test]
fn problems_never_block_the_other_lines() {
    let mut m = new_map();
    let problems =
        apply(&mut m, "familie: Fatima\nFatima -- Peter: stressvol\nAns (binnen)\nFatima -- Fatima\nburen: Ans");
    let kinds: Vec<_> = problems.iter().map(|p| (p.line, p.kind.clone())).collect();
    assert!(matches!(&kinds[0], (2, ProblemKind::UnknownActor { name }) if name == "Peter"), "{kinds:?}");
    assert!(matches!(&kinds[1], (3, ProblemKind::NoSector { name }) if name == "Ans"), "{kinds:?}");
    assert!(matches!(&kinds[2], (4, ProblemKind::Refused { .. })), "{kinds:?}");
    assert_eq!(kinds.len(), 3);
    assert_eq!(m.actor_count(), 2, "Fatima and Ans");
    assert_eq!(m.tie_count(), 2, "their spokes");
}

#[test]
fn through_the_editor_typing_is_one_undo_step_and_replaces_itself() {
    let mut ed = Editor::new_netwerkkaart("doc", "Netwerkkaart", "", 0);
    let before = ed.netwerkkaart().cloned();
    let mut quick = QuickEntry::new();
    // Every prefix, as the debounce may catch any of them ("Fat" before "Fatima").
    let chars: Vec<(usize, char)> = EXAMPLE.char_indices().collect();
    for (i, _) in chars.iter().step_by(3) {
        quick.update(&mut ed, &EXAMPLE[..*i], 2025, 1);
    }
    let problems = quick.update(&mut ed, EXAMPLE, 2025, 1);
    assert!(problems.is_empty(), "{problems:?}");
    let mut direct = new_map();
    apply(&mut direct, EXAMPLE);
    let shown = |m: &Netwerkkaart| super::super::netwerkkaart_text(m, crate::i18n::Lang::Nl);
    assert_eq!(shown(ed.netwerkkaart().expect("map")), shown(&direct), "no leftovers of half-typed names");
    assert_eq!(ed.netwerkkaart().map(Netwerkkaart::actor_count), Some(direct.actor_count()));
    assert_eq!(ed.netwerkkaart().map(Netwerkkaart::tie_count), Some(direct.tie_count()));
    assert_eq!(ed.netwerkkaart().map(Netwerkkaart::sector_count), Some(direct.sector_count()));
    assert!(ed.undo(2));
    assert_eq!(ed.netwerkkaart().cloned(), before);
    // A problem comes back with its place and words.
    let problems = quick.update(&mut ed, "familie: Ans (strek)", 2025, 3);
    let [QuickProblem::Netwerkkaart(p)] = &problems[..] else { panic!("{problems:?}") };
    assert_eq!(p.line, 1);
    assert!(problems[0].suggestion(crate::i18n::Lang::Nl).contains("sterk"));
}
