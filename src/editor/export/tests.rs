//! No name, nickname, place or note of a document survives in any anonymised export:
//! the SVG file, the PNG (drawn from that SVG), the printed markup, the anonymous copy,
//! and all their file names.

use super::*;
use crate::genogram::model::{sample_family, Genogram, PartialDate};
use crate::kernel::anonymise::DateMode;
use crate::netwerkkaart::{sample_netwerkkaart, Command as MapCommand};
use std::collections::BTreeSet;

/// Name particles and forms of address: words that occur in names but also in the
/// drawing's own words ("Netwerk van: cliënt").
const COMMON: [&str; 8] = ["van", "de", "der", "den", "het", "el", "dhr", "mevr"];

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn private(texts: &[String]) -> BTreeSet<String> {
    texts.iter().flat_map(|t| words(t)).filter(|w| w.chars().count() >= 3 && !COMMON.contains(&w.as_str())).collect()
}

/// The sample family with a nickname, a place, an occupation and a note on every
/// person, notes on relations and conditions, and everything it writes in `texts`.
fn family() -> (Genogram, Vec<String>) {
    let g = sample_family();
    let mut texts = Vec::new();
    let persons = g
        .persons()
        .map(|(id, p)| {
            let mut p = p.clone();
            let n = id.get();
            p.nickname = format!("Bijnaam{n}");
            p.residence = format!("Woonplaats{n}");
            p.occupation = format!("Beroep{n}");
            p.notes = format!("Notitiegeheim{n} over Kwartelkoning{n}");
            for c in &mut p.conditions {
                c.note = format!("Diagnosegeheim{n}");
                texts.push(c.note.clone());
            }
            // An "other" condition named after a place: shown in the legend unless anonymised.
            p.conditions.push(crate::genogram::model::Condition {
                category: crate::genogram::model::ConditionCategory::Other(format!("Heimwee naar Woonplaats{n}")),
                status: crate::genogram::model::ConditionStatus::Active,
                note: String::new(),
                since: None,
            });
            texts.extend(
                [&p.given_name, &p.family_name, &p.nickname, &p.residence, &p.occupation, &p.notes].map(String::clone),
            );
            (id, p)
        })
        .collect();
    let relations = g
        .relations()
        .map(|(id, r)| {
            let mut r = r.clone();
            r.note = format!("Relatiegeheim{}", id.get());
            texts.push(r.note.clone());
            (id, r)
        })
        .collect();
    let households = g.households().map(|(id, h)| (id, h.clone())).collect::<Vec<_>>();
    texts.extend(households.iter().map(|(_, h)| h.label.clone()));
    let g = Genogram::from_parts(
        persons,
        g.unions().map(|(id, u)| (id, u.clone())).collect(),
        g.child_links().map(|(id, l)| (id, l.clone())).collect(),
        relations,
        households,
    )
    .unwrap();
    (g, texts)
}

fn genogram_editor() -> (Editor, Vec<String>) {
    let (g, mut texts) = family();
    let title = "Familie Noah de Vries (Woonplaats3)".to_owned();
    texts.push(title.clone());
    let doc = KringDocument::new_genogram("casus-noah", &title, g, 0);
    (Editor::open(doc).unwrap(), texts)
}

/// The sample map with notes on the centre, every actor and every tie.
fn map_editor() -> (Editor, Vec<String>) {
    let mut map = sample_netwerkkaart();
    let mut cmds = Vec::new();
    let mut centre = map.centre.clone();
    centre.notes = "Centrumgeheim Zwolle".into();
    let mut texts = vec![centre.name.clone(), centre.notes.clone()];
    cmds.push(MapCommand::UpdateCentre { centre });
    for (id, a) in map.actors() {
        let mut a = a.clone();
        a.notes = format!("Actorgeheim{}", id.get());
        texts.extend([a.name.clone(), a.notes.clone()]);
        cmds.push(MapCommand::UpdateActor { id, actor: a });
    }
    for (id, t) in map.ties() {
        let mut t = t.clone();
        t.notes = format!("Bandgeheim{}", id.get());
        texts.push(t.notes.clone());
        cmds.push(MapCommand::UpdateTie { id, tie: t });
    }
    map.apply(MapCommand::Batch(cmds)).unwrap();
    let title = format!("Dossier {}", map.centre.name);
    texts.push(title.clone());
    (Editor::open(KringDocument::new_netwerkkaart("map-noah", &title, map, 0)).unwrap(), texts)
}

fn assert_clean(what: &str, output: &str, secret: &BTreeSet<String>) {
    let found: Vec<&String> = words(output).iter().filter_map(|w| secret.get(w)).collect();
    assert!(found.is_empty(), "{what} leaks {found:?}");
}

fn today() -> PartialDate {
    PartialDate::year_only(2026).unwrap()
}

#[test]
fn no_anonymised_export_path_holds_a_name_place_or_note() {
    for (kind, (editor, texts)) in [("genogram", genogram_editor()), ("netwerkkaart", map_editor())] {
        let secret = private(&texts);
        assert!(secret.contains("noah") && secret.len() > 20, "{kind}: the fixture has secrets to leak");
        for lang in [Lang::Nl, Lang::En] {
            for mode in [Anonymise::Initials, Anonymise::Roles] {
                let options =
                    DrawOptions { anonymise: mode, date_text: "2-12-2026".into(), ..DrawOptions::new(lang, today()) };
                let e = export_drawing(&editor, &options);
                let case = format!("{kind} {lang:?} {mode:?}");
                assert_clean(&format!("{case} SVG"), &e.svg, &secret);
                assert_clean(&format!("{case} print"), e.print_markup(), &secret);
                assert_clean(&format!("{case} SVG name"), &e.svg_name(), &secret);
                assert_clean(&format!("{case} PNG name"), &e.png_name(), &secret);
                assert!(e.svg_name().contains("anoniem") && e.png_name().ends_with(".png"), "{case}");
                // The title block and <title> are there, only generic.
                let doc = roxmltree::Document::parse(&e.svg).unwrap();
                let title = doc.root_element().children().find(|n| n.has_tag_name("title")).unwrap();
                assert!(title.text().is_some_and(|t| t.contains("anonymis") || t.contains("geanonimiseerd")), "{case}");
                assert!(e.svg.contains("data-key=\"title\""), "{case}: title block drawn");
                match gedcom_file(&editor, mode, lang) {
                    Some(ged) => {
                        assert_clean(&format!("{case} GEDCOM"), &ged.text, &secret);
                        assert_eq!(ged.file_name, "genogram-anoniem.ged", "{case}");
                        assert!(ged.text.starts_with("0 HEAD"), "{case}");
                    }
                    None => assert_eq!(kind, "netwerkkaart", "only a genogram has a GEDCOM export"),
                }
                for dates in [DateMode::YearsOnly, DateMode::ShiftYears(-7)] {
                    let copy = anonymous_copy(&editor, mode, dates, lang, 5);
                    assert_clean(&format!("{case} copy"), &copy.json, &secret);
                    assert_clean(&format!("{case} copy name"), &copy.file_name, &secret);
                    assert_eq!(copy.file_name, format!("{kind}-anoniem.kring.json"));
                }
            }
        }
        // The check can fail: without anonymising the names are all there.
        let plain = export_drawing(&editor, &DrawOptions::new(Lang::Nl, today()));
        assert!(words(&plain.svg).contains("noah"), "{kind}");
        assert_eq!(plain.svg_name(), crate::export::svg::file_name(&editor.title));
        assert!(plain.svg_name().contains("Noah"), "{kind}: the plain file is named after the title");
        if let Some(ged) = gedcom_file(&editor, Anonymise::Off, Lang::Nl) {
            assert!(words(&ged.text).contains("noah") && ged.file_name.contains("Noah"), "{kind}: plain GEDCOM names");
        }
    }
}

#[test]
fn an_anonymous_copy_loads_keeps_structure_and_can_be_edited() {
    let (editor, _) = genogram_editor();
    let g = editor.genogram().unwrap();
    let copy = anonymous_copy(&editor, Anonymise::Roles, DateMode::YearsOnly, Lang::Nl, 9);
    let doc = KringDocument::from_json(&copy.json).expect("the copy loads");
    assert_ne!(doc.id, editor.id, "importing the copy never replaces the original");
    let c = doc.genogram().unwrap();
    assert_eq!(
        (c.person_count(), c.unions().count(), c.child_links().count(), c.relations().count()),
        (g.person_count(), g.unions().count(), g.child_links().count(), g.relations().count())
    );
    let ip = c.index_person().unwrap();
    assert_eq!(c.person(ip).unwrap().given_name, "cliënt");
    for (id, p) in c.persons() {
        let orig = g.person(id).unwrap();
        assert_eq!(p.birth.map(|d| d.year()), orig.birth.map(|d| d.year()), "years kept");
        assert!(p.birth.is_none_or(|d| d.month().is_none()), "only the year");
        assert!(p.notes.is_empty() && p.residence.is_empty() && p.occupation.is_empty() && p.nickname.is_empty());
        assert_eq!(p.conditions.len(), orig.conditions.len());
    }
    // Editable: the copy opens in an editor and takes an edit.
    let mut ed = Editor::open(doc).unwrap();
    let (cmd, _) =
        crate::genogram::edit::family::add_child(ed.genogram().unwrap(), ip, crate::genogram::model::Gender::Female)
            .unwrap();
    ed.apply(cmd, 10).unwrap();
    assert_eq!(ed.genogram().unwrap().person_count(), g.person_count() + 1);

    // Shifted dates keep intervals and day and month.
    let shifted = anonymous_copy(&editor, Anonymise::Initials, DateMode::ShiftYears(-7), Lang::En, 9);
    let s = KringDocument::from_json(&shifted.json).unwrap();
    for (id, p) in s.genogram().unwrap().persons() {
        let orig = g.person(id).unwrap();
        if let (Some(a), Some(b)) = (p.birth, orig.birth) {
            assert_eq!((a.year(), a.month(), a.is_approximate()), (b.year() - 7, b.month(), b.is_approximate()));
        }
    }

    // A map copy loads and is editable too.
    let (map_editor, _) = map_editor();
    let copy = anonymous_copy(&map_editor, Anonymise::Initials, DateMode::YearsOnly, Lang::Nl, 9);
    let doc = KringDocument::from_json(&copy.json).expect("the map copy loads");
    let mut ed = Editor::open(doc).unwrap();
    let m = ed.netwerkkaart().unwrap();
    assert_eq!(m.actor_count(), map_editor.netwerkkaart().unwrap().actor_count());
    let sector = m.sectors().next().unwrap().0;
    let (cmd, _) = crate::netwerkkaart::edit::actors::add_actor(m, sector, "Nieuw");
    ed.apply(cmd, 10).unwrap();
}

#[test]
fn an_export_at_a_year_shows_that_year_in_its_title_and_file_name() {
    let (editor, _) = genogram_editor();
    let options = DrawOptions { at_year: Some(1998), ..DrawOptions::new(Lang::Nl, today()) };
    let e = export_drawing(&editor, &options);
    let doc = roxmltree::Document::parse(&e.svg).unwrap();
    let title = doc.root_element().children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("Familie Noah de Vries (Woonplaats3), 1998"));
    assert!(e.svg_name().ends_with(" 1998.svg"), "{}", e.svg_name());
    // The same as the canvas draws: born after 1998 (Noah, 2003) is absent.
    let now = export_drawing(&editor, &DrawOptions::new(Lang::Nl, today()));
    let noah = editor.genogram().unwrap().persons().find(|(_, p)| p.given_name == "Noah").unwrap().0;
    let key = format!("data-key=\"person:{}\"", noah.get());
    assert!(now.svg.contains(&key) && !e.svg.contains(&key));
    // A map has no year: its export is unchanged.
    let (map, _) = map_editor();
    let m = export_drawing(&map, &DrawOptions { at_year: Some(1998), ..DrawOptions::new(Lang::Nl, today()) });
    assert_eq!(m, export_drawing(&map, &DrawOptions::new(Lang::Nl, today())));
}
