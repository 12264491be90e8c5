//! Every shipped case loads through the file format, lays out with no quality defect,
//! and leaves no name, place or note in an anonymised export.

use super::*;
use crate::check::check_json;
use crate::editor::drawing::DrawOptions;
use crate::editor::export::{anonymous_copy, export_drawing};
use crate::editor::Editor;
use crate::genogram::model::PartialDate;
use crate::kernel::anonymise::DateMode;
use crate::kernel::Anonymise;
use std::collections::BTreeSet;

/// Name particles and words the drawing writes itself.
const COMMON: [&str; 8] = ["van", "de", "der", "den", "het", "el", "dhr", "mevr"];

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn today() -> PartialDate {
    PartialDate::year_only(2026).unwrap()
}

/// Every document of every case, read back from its file text.
fn documents() -> Vec<(&'static str, String, KringDocument)> {
    let mut n = 0;
    CASES
        .iter()
        .flat_map(|c| {
            c.documents(1_764_633_600_000, || {
                n += 1;
                format!("case-{n}")
            })
            .into_iter()
            .map(|d| (c.id, d.to_json(), d))
        })
        .collect()
}

/// The private texts of a document: names, places, occupations, notes, labels.
fn private_words(doc: &KringDocument) -> BTreeSet<String> {
    // Not the title: it names the case ("Eén dochter draagt alles"), not a person.
    let mut texts: Vec<String> = Vec::new();
    if let Some(g) = doc.genogram() {
        for (_, p) in g.persons() {
            texts.extend(
                [&p.given_name, &p.family_name, &p.nickname, &p.residence, &p.occupation, &p.notes].map(String::clone),
            );
            texts.extend(p.conditions.iter().map(|c| c.note.clone()));
        }
        texts.extend(g.households().map(|(_, h)| h.label.clone()));
        texts.extend(g.relations().map(|(_, r)| r.note.clone()));
    }
    if let Some(m) = doc.netwerkkaart() {
        texts.push(m.centre().name.clone());
        texts.push(m.centre().notes.clone());
        for (_, a) in m.actors() {
            texts.extend([a.name.clone(), a.notes.clone()]);
        }
    }
    texts
        .iter()
        .flat_map(|t| words(t))
        .filter(|w| w.chars().count() >= 3 && !COMMON.contains(&w.as_str()) && w != "voorbeeld")
        .collect()
}

#[test]
fn at_least_six_cases_with_titles_summaries_and_notes() {
    assert!(CASES.len() >= 6);
    let ids: BTreeSet<&str> = CASES.iter().map(|c| c.id).collect();
    assert_eq!(ids.len(), CASES.len(), "ids are unique");
    for c in &CASES {
        assert!(case(c.id).is_some_and(|f| f.id == c.id));
        for lang in [Lang::Nl, Lang::En] {
            assert!(!c.title(lang).is_empty() && c.summary(lang).len() > 40, "{}", c.id);
        }
        assert_ne!(c.title(Lang::Nl), c.title(Lang::En), "{}: translated", c.id);
        assert!(c.story.len() > 200, "{}: a story to read", c.id);
        assert!((3..=5).contains(&c.look_for.len()), "{}: what to look for", c.id);
        assert!((3..=5).contains(&c.questions.len()), "{}: questions", c.id);
        assert!(c.questions.iter().all(|q| q.ends_with('?')), "{}: questions are questions", c.id);
    }
    assert!(case("no-such-case").is_none());
    // A copy's title leads back to its case; a renamed copy does not.
    for c in &CASES {
        for d in c.documents(0, String::new) {
            assert_eq!(case_of_title(&d.title).map(|f| f.id), Some(c.id), "{}", d.title);
            assert!(case_of_title(&format!("{} (mijn versie)", d.title)).is_none());
        }
    }
    assert!(case_of_title("Voorbeeld: ").is_none() && case_of_title("Genogram").is_none());
}

#[test]
fn every_case_holds_a_genogram_first_and_one_has_a_netwerkkaart() {
    let mut maps = 0;
    for c in &CASES {
        let docs = c.documents(0, || "x".into());
        let g = docs[0].genogram().unwrap_or_else(|| panic!("{}: a genogram first", c.id));
        assert!(g.person_count() >= 7, "{}: a family to talk about", c.id);
        assert_eq!(g.index_persons().len(), 1, "{}: one index person", c.id);
        assert!(g.relations().count() >= 2, "{}: emotional relations", c.id);
        maps += docs.iter().filter(|d| d.netwerkkaart().is_some()).count();
    }
    assert!(maps >= 1);
    // The model's features the cases teach are all there somewhere.
    let all: Vec<KringDocument> = documents().into_iter().map(|(_, _, d)| d).collect();
    let gs: Vec<_> = all.iter().filter_map(KringDocument::genogram).collect();
    use crate::genogram::model::{ChildLinkKind, ConditionCategory, UnionEventKind};
    assert!(gs.iter().any(|g| g.child_links().any(|(_, l)| l.kind == ChildLinkKind::Foster)));
    assert!(gs.iter().any(|g| g.unions().any(|(_, u)| u.events.iter().any(|e| e.kind == UnionEventKind::Divorce))));
    assert!(gs
        .iter()
        .any(|g| g.persons().any(|(_, p)| p.conditions.iter().any(|c| c.category == ConditionCategory::Alcohol))));
    assert!(gs.iter().any(|g| g.persons().any(|(_, p)| p.death.is_some())));
    assert!(gs.iter().any(|g| g.households().count() > 0));
}

#[test]
fn every_case_loads_through_the_format_and_lays_out_without_defects() {
    for (id, json, doc) in documents() {
        let read = KringDocument::from_json(&json).unwrap_or_else(|e| panic!("{id}: {e:?}"));
        assert_eq!(read, doc, "{id}: the file holds the case exactly");
        let (r, svg) = check_json(&json, today()).unwrap();
        assert!(svg.contains("<svg"), "{id}");
        // KRING_CASES_SVG_DIR=dir writes the drawings, to look at them.
        if let Ok(dir) = std::env::var("KRING_CASES_SVG_DIR") {
            std::fs::write(format!("{dir}/{id}-{}.svg", doc.id), &svg).unwrap();
        }
        let defects = [
            r.overlapping_persons,
            r.interleaved_sibships,
            r.shared_child_bars,
            r.drop_lines_crossing_bars,
            r.label_label_overlaps,
            r.label_symbol_overlaps,
            r.label_line_overlaps,
            r.non_members_in_households,
            r.relation_line_crossings,
            r.relation_lines_crossing_bars,
        ];
        assert_eq!(defects, [0; 10], "{id} {}: {r:?}", doc.title);
    }
}

#[test]
fn every_case_anonymises_cleanly() {
    for (id, json, doc) in documents() {
        let secret = private_words(&doc);
        assert!(secret.len() >= 5, "{id}: names to hide");
        let editor = Editor::open(KringDocument::from_json(&json).unwrap()).unwrap();
        // The check can fail: the plain drawing names people.
        let plain = export_drawing(&editor, &DrawOptions::new(Lang::Nl, today()));
        assert!(words(&plain.svg).intersection(&secret).next().is_some(), "{id}: plain drawing shows names");
        for lang in [Lang::Nl, Lang::En] {
            for mode in [Anonymise::Initials, Anonymise::Roles] {
                let options = DrawOptions { anonymise: mode, ..DrawOptions::new(lang, today()) };
                let svg = export_drawing(&editor, &options).svg;
                let leaked: Vec<_> = words(&svg).intersection(&secret).cloned().collect();
                assert!(leaked.is_empty(), "{id} {lang:?} {mode:?} SVG leaks {leaked:?}");
                let copy = anonymous_copy(&editor, mode, DateMode::YearsOnly, lang, 7);
                let leaked: Vec<_> = words(&copy.json).intersection(&secret).cloned().collect();
                assert!(leaked.is_empty(), "{id} {lang:?} {mode:?} copy leaks {leaked:?}");
                KringDocument::from_json(&copy.json).expect("the anonymous copy loads");
            }
        }
    }
}

#[test]
fn an_exercise_of_a_case_reads_its_story_and_keeps_its_drawings() {
    use crate::format::Exercise;
    for case in &CASES {
        let docs = case.documents(0, || "d".into());
        let reference = docs[0].genogram().unwrap().clone();
        let ex = super::exercise_of(case, reference.clone(), "ex", 7);
        assert_eq!(ex.case_text, case.story);
        assert_eq!(ex.reference, reference);
        assert_eq!(ex.netwerkkaart.is_some(), docs.len() > 1, "{}", case.id);
        assert_eq!(Exercise::from_bytes(ex.to_json().as_bytes()).unwrap(), ex, "{}", case.id);
    }
}
