//! The pattern lens's rules: theme membership, marks, generation counts and spans, and
//! the lens in the scene.

use super::summary::generations;
use super::*;
use crate::cases::build::{children, condition, date, person, relation, union};
use crate::genogram::layout::{layout, LayoutOptions, Pins};
use crate::genogram::model::{
    ChildLink, ChildLinkKind, Command, ConditionCategory as Cat, ConditionStatus as St, Gender::*, Genogram, ParentRef,
    PersonId, RelationKind, UnionEventKind as Ev, UnionKind,
};
use crate::genogram::scene::{build_scene, layout_input, pattern_texts, Anonymise, SceneOptions};
use crate::i18n::Lang;

/// Jan (1930, alcohol) → Peter (1955, alcohol) → Noah (1980, alcohol), Peter's sister
/// Els without, Noah's wife Sara (tag "steunend"), Noah's daughter Mila (1999: Noah a
/// parent at 19) placed in foster care with Ria; violence from Peter to Noah; Peter and
/// Anna divorced.
struct Family {
    g: Genogram,
    jan: PersonId,
    peter: PersonId,
    els: PersonId,
    noah: PersonId,
    sara: PersonId,
    mila: PersonId,
    ria: PersonId,
}

fn family() -> Family {
    let mut g = Genogram::new();
    let jan = person(&mut g, "Jan", "Bakker", Male, "1930", |p| {
        p.conditions.push(condition(Cat::Alcohol, St::Active, ""));
        p.death = Some(date("1975"));
    });
    let mien = person(&mut g, "Mien", "Bakker", Female, "1932", |_| {});
    let peter = person(&mut g, "Peter", "Bakker", Male, "1955", |p| {
        p.conditions.push(condition(Cat::Alcohol, St::InRecovery, ""));
        p.tags.push("Schulden".into());
    });
    let els = person(&mut g, "Els", "Bakker", Female, "1957", |p| {
        p.conditions.push(condition(Cat::Other("Autisme".into()), St::Active, ""));
    });
    let anna = person(&mut g, "Anna", "Smit", Female, "1956", |_| {});
    let noah = person(&mut g, "Noah", "Bakker", Male, "1980", |p| {
        p.conditions.push(condition(Cat::Alcohol, St::Suspected, ""));
        p.tags.push("schulden".into());
    });
    let sara = person(&mut g, "Sara", "Bakker", Female, "1981", |p| p.tags.push("steunend".into()));
    let mila = person(&mut g, "Mila", "Bakker", Female, "1999", |_| {});
    let ria = person(&mut g, "Ria", "Jansen", Female, "1960", |_| {});
    let u1 = union(&mut g, jan, mien, UnionKind::Marriage, &[]);
    children(&mut g, u1, ChildLinkKind::Biological, &[peter, els]);
    let u2 = union(&mut g, peter, anna, UnionKind::Marriage, &[(Ev::Start, "1978"), (Ev::Divorce, "1990")]);
    children(&mut g, u2, ChildLinkKind::Biological, &[noah]);
    let u3 = union(&mut g, noah, sara, UnionKind::Cohabiting, &[]);
    children(&mut g, u3, ChildLinkKind::Biological, &[mila]);
    let id = g.next_child_link_id();
    g.apply(Command::AddChildLink { id, link: ChildLink::new(ParentRef::Person(ria), mila, ChildLinkKind::Foster) })
        .unwrap();
    relation(&mut g, peter, noah, RelationKind::Violence);
    relation(&mut g, sara, noah, RelationKind::Close);
    Family { g, jan, peter, els, noah, sara, mila, ria }
}

fn has(f: &Family, p: PersonId, t: &Theme) -> bool {
    person_has(&f.g, p, f.g.person(p).unwrap(), t)
}

#[test]
fn condition_theme_picks_its_category_only() {
    let f = family();
    let alcohol = Theme::Condition(Cat::Alcohol);
    assert!(has(&f, f.jan, &alcohol) && has(&f, f.peter, &alcohol) && has(&f, f.noah, &alcohol));
    assert!(!has(&f, f.els, &alcohol) && !has(&f, f.mila, &alcohol));
    assert!(!has(&f, f.jan, &Theme::Condition(Cat::Mental)));
}

#[test]
fn other_condition_matches_its_own_name_case_insensitively() {
    let f = family();
    assert!(has(&f, f.els, &Theme::Condition(Cat::Other("autisme".into()))));
    assert!(!has(&f, f.els, &Theme::Condition(Cat::Other("ADHD".into()))));
}

#[test]
fn addiction_takes_alcohol_and_drugs_together() {
    let mut f = family();
    let mut mila = f.g.person(f.mila).unwrap().clone();
    mila.conditions.push(condition(Cat::Drugs, St::Active, ""));
    f.g.apply(Command::UpdatePerson { id: f.mila, person: mila }).unwrap();
    assert!(has(&f, f.mila, &Theme::Addiction) && has(&f, f.jan, &Theme::Addiction));
    assert!(!has(&f, f.mila, &Theme::Condition(Cat::Alcohol)));
    assert!(!has(&f, f.els, &Theme::Addiction));
}

#[test]
fn tag_theme_ignores_case_and_spaces() {
    let f = family();
    let t = Theme::Tag(" SCHULDEN ".into());
    assert!(has(&f, f.peter, &t) && has(&f, f.noah, &t));
    assert!(!has(&f, f.jan, &t));
}

#[test]
fn relation_theme_picks_the_relation_and_both_ends() {
    let f = family();
    let t = Theme::Relation(RelationKind::Violence);
    assert!(has(&f, f.peter, &t) && has(&f, f.noah, &t));
    assert!(!has(&f, f.sara, &t));
    let m = marks(&f.g, &Lens::new(vec![t]));
    assert_eq!(m.relations.len(), 1, "only the violent relation, not the close one");
}

#[test]
fn divorce_theme_picks_the_union_and_its_partners() {
    let f = family();
    let m = marks(&f.g, &Lens::new(vec![Theme::Divorce]));
    assert!(has(&f, f.peter, &Theme::Divorce));
    assert!(!has(&f, f.noah, &Theme::Divorce) && !has(&f, f.jan, &Theme::Divorce));
    let u = f.g.unions_of(f.peter)[0];
    assert_eq!(m.unions.get(&u), Some(&0));
}

#[test]
fn derived_facts_parent_before_20_died_before_50_placed_out() {
    let f = family();
    assert!(has(&f, f.noah, &Theme::ParentBefore20), "Noah 1980, Mila 1999");
    assert!(has(&f, f.sara, &Theme::ParentBefore20), "Sara 1981, Mila 1999");
    assert!(!has(&f, f.peter, &Theme::ParentBefore20), "Peter 1955, Noah 1980");
    assert!(has(&f, f.jan, &Theme::DiedBefore50), "Jan 1930–1975");
    assert!(!has(&f, f.peter, &Theme::DiedBefore50), "alive");
    assert!(has(&f, f.mila, &Theme::PlacedOut), "a foster child line");
    assert!(!has(&f, f.noah, &Theme::PlacedOut));
}

#[test]
fn strengths_are_known_words_or_a_plus() {
    assert!(is_strength_tag("steunend") && is_strength_tag("Veerkracht") && is_strength_tag("+ opa"));
    assert!(!is_strength_tag("schulden") && !is_strength_tag("huiselijk geweld"));
    let f = family();
    assert!(has(&f, f.sara, &Theme::Strengths) && !has(&f, f.noah, &Theme::Strengths));
    assert!(Theme::Tag("steunend".into()).is_strength() && !Theme::Tag("schulden".into()).is_strength());
}

#[test]
fn themes_present_lists_what_the_document_has_once() {
    let f = family();
    let themes = themes_present(&f.g);
    for t in [
        Theme::Condition(Cat::Alcohol),
        Theme::Addiction,
        Theme::Tag("Schulden".into()),
        Theme::Tag("steunend".into()),
        Theme::Relation(RelationKind::Violence),
        Theme::Divorce,
        Theme::ParentBefore20,
        Theme::DiedBefore50,
        Theme::PlacedOut,
        Theme::Strengths,
    ] {
        assert!(themes.iter().any(|x| x.code() == t.code()), "{t:?} offered");
    }
    assert_eq!(themes.iter().filter(|t| t.code() == "tag:schulden").count(), 1, "Schulden and schulden are one");
    assert!(!themes.contains(&Theme::Condition(Cat::Mental)), "nobody has a mental condition");
    assert!(themes_present(&Genogram::new()).is_empty());
}

#[test]
fn marks_follow_lines_of_descent_between_marked_persons_only() {
    let f = family();
    let m = marks(&f.g, &Lens::new(vec![Theme::Condition(Cat::Alcohol)]));
    let link_to = |child: PersonId| f.g.parent_links(child)[0].0;
    assert!(m.descent.contains_key(&link_to(f.peter)), "Jan → Peter");
    assert!(m.descent.contains_key(&link_to(f.noah)), "Peter → Noah");
    assert!(!m.descent.contains_key(&link_to(f.els)), "Els has no alcohol");
    assert!(!m.descent.contains_key(&link_to(f.mila)));
    assert_eq!(m.persons.len(), 3);
}

#[test]
fn lens_off_marks_nothing_and_toggling_keeps_order() {
    let f = family();
    assert_eq!(marks(&f.g, &Lens::default()), Marks::default());
    let l = Lens::default().toggled(&Theme::Divorce, true).toggled(&Theme::Addiction, true);
    assert_eq!(l.themes, vec![Theme::Divorce, Theme::Addiction]);
    assert_eq!(l.toggled(&Theme::Divorce, false).themes, vec![Theme::Addiction]);
    assert!(!Lens::default().is_on() && l.is_on());
}

#[test]
fn generations_count_from_the_top_of_each_family() {
    let f = family();
    let gens = generations(&f.g);
    assert_eq!(gens[&f.jan], 1);
    assert_eq!(gens[&f.peter], 2);
    assert_eq!(gens[&f.els], 2);
    assert_eq!(gens[&f.noah], 3);
    assert_eq!(gens[&f.mila], 4);
    assert_eq!(gens[&f.ria], 3, "the foster mother stands one above Mila");
}

#[test]
fn summary_counts_per_generation() {
    let f = family();
    let lens = Lens::new(vec![Theme::Condition(Cat::Alcohol)]);
    let s = &summarise(&f.g, &lens, &marks(&f.g, &lens))[0];
    assert_eq!(s.total, 3);
    let counts: Vec<(u32, usize)> = s.generations.iter().map(|c| (c.generation, c.with)).collect();
    assert_eq!(counts, vec![(1, 1), (2, 1), (3, 1)]);
    // Generation 2: Peter, Els, Anna.
    assert_eq!(s.generations[1].of, 3);
}

#[test]
fn span_follows_the_longest_chain_of_descent() {
    let f = family();
    let lens = Lens::new(vec![Theme::Condition(Cat::Alcohol), Theme::Tag("schulden".into())]);
    let all = summarise(&f.g, &lens, &marks(&f.g, &lens));
    assert_eq!(all[0].chain, vec![f.jan, f.peter, f.noah]);
    assert!(all[0].is_intergenerational());
    assert_eq!(all[1].span(), 2, "schulden: Peter → Noah");
    assert!(!all[1].is_intergenerational());
}

#[test]
fn span_does_not_jump_over_an_unmarked_generation() {
    let mut f = family();
    // Peter stops being marked: Jan and Noah are two generations apart, not consecutive.
    let mut peter = f.g.person(f.peter).unwrap().clone();
    peter.conditions.clear();
    f.g.apply(Command::UpdatePerson { id: f.peter, person: peter }).unwrap();
    let lens = Lens::new(vec![Theme::Condition(Cat::Alcohol)]);
    let s = &summarise(&f.g, &lens, &marks(&f.g, &lens))[0];
    assert_eq!(s.total, 2);
    assert_eq!(s.span(), 1);
    assert_eq!(s.generations.len(), 2);
}

#[test]
fn summary_sentences_in_dutch_and_english() {
    let f = family();
    let lens = Lens::new(vec![Theme::Condition(Cat::Alcohol), Theme::Condition(Cat::Mental)]);
    let s = summarise(&f.g, &lens, &marks(&f.g, &lens));
    let name = |p| summary::short_name(&f.g, p, Lang::Nl);
    let nl = summary_lines(&lens, &s, Lang::Nl, &name);
    assert!(
        nl.contains(&"alcohol in 3 opeenvolgende generaties: Jan → Peter → Noah (intergenerationeel).".into()),
        "{nl:?}"
    );
    assert!(nl[0].starts_with("alcohol: 3 personen in 3 generaties (generatie 1: 1 van 2;"), "{nl:?}");
    assert!(nl.contains(&"psychisch: bij niemand.".into()), "{nl:?}");
    let en = summary_lines(&lens, &s, Lang::En, &name);
    assert!(
        en.contains(&"alcohol in 3 consecutive generations: Jan → Peter → Noah (intergenerational).".into()),
        "{en:?}"
    );
}

fn scene_with(f: &Family, lens: Lens, anonymise: Anonymise) -> crate::genogram::scene::Scene {
    let l = layout(&layout_input(&f.g), &Pins::default(), &LayoutOptions::default());
    let mut o = SceneOptions::new(Lang::Nl, date("2026"));
    o.lens = lens;
    o.anonymise = anonymise;
    build_scene(&f.g, &l, &o)
}

#[test]
fn scene_rings_marked_persons_and_dims_the_rest() {
    let f = family();
    let plain = scene_with(&f, Lens::default(), Anonymise::Off);
    let lensed = scene_with(&f, Lens::new(vec![Theme::Condition(Cat::Alcohol)]), Anonymise::Off);
    let keys = |s: &crate::genogram::scene::Scene| s.items.iter().map(|i| i.key.clone()).collect::<Vec<_>>();
    let plain_keys = keys(&plain);
    assert_eq!(keys(&lensed).len(), plain_keys.len() + 1, "one item more: the summary");
    for k in &plain_keys {
        assert!(lensed.item(k).is_some(), "{k} kept its key");
    }
    let rings = |id: PersonId| {
        lensed
            .item(&format!("person:{}", id.get()))
            .unwrap()
            .shapes
            .iter()
            .filter(|s| s.style.class == Some("lens-ring"))
            .count()
    };
    assert_eq!(rings(f.jan), 1);
    assert_eq!(rings(f.els), 0);
    let els = lensed.item(&format!("person:{}", f.els.get())).unwrap();
    assert!(els.shapes.iter().all(|s| s.style.opacity < 0.5), "Els dimmed");
    let jan = lensed.item(&format!("person:{}", f.jan.get())).unwrap();
    assert!(jan.shapes.iter().all(|s| s.style.opacity > 0.5), "Jan not dimmed");
    assert!(plain.item("pattern").is_none() && lensed.item("pattern").is_some());
}

#[test]
fn scene_two_themes_differ_in_colour_and_dash() {
    let f = family();
    let lens = Lens::new(vec![Theme::Condition(Cat::Alcohol), Theme::Tag("schulden".into())]);
    let s = scene_with(&f, lens, Anonymise::Off);
    let rings: Vec<_> = s
        .item(&format!("person:{}", f.peter.get()))
        .unwrap()
        .shapes
        .iter()
        .filter(|s| s.style.class == Some("lens-ring"))
        .map(|s| (s.style.stroke, s.style.dash))
        .collect();
    assert_eq!(rings.len(), 2, "Peter has both themes");
    assert_ne!(rings[0].0, rings[1].0, "own colour");
    assert_ne!(rings[0].1, rings[1].1, "own dash, for black-and-white prints");
}

#[test]
fn scene_draws_lines_of_descent_heavier() {
    let f = family();
    let s = scene_with(&f, Lens::new(vec![Theme::Condition(Cat::Alcohol)]), Anonymise::Off);
    let plain = scene_with(&f, Lens::default(), Anonymise::Off);
    let width = |sc: &crate::genogram::scene::Scene, child: PersonId| {
        let cid = f.g.parent_links(child)[0].0;
        sc.item(&format!("child:{}", cid.get())).unwrap().shapes[0].style.stroke_width
    };
    assert!(width(&s, f.noah) > width(&plain, f.noah) * 2.0, "Peter → Noah heavier");
    assert!((width(&s, f.els) - width(&plain, f.els)).abs() < 1e-9, "Jan → Els not heavier");
    let els_line = f.g.parent_links(f.els)[0].0;
    assert!(s.item(&format!("child:{}", els_line.get())).unwrap().shapes[0].style.opacity < 0.5, "and dimmed");
}

#[test]
fn scene_summary_block_reads_the_span() {
    let f = family();
    let s = scene_with(&f, Lens::new(vec![Theme::Condition(Cat::Alcohol)]), Anonymise::Off);
    let texts = pattern_texts(&s);
    assert_eq!(texts[0], "Patroon");
    assert!(
        texts.iter().any(|t| t == "alcohol in 3 opeenvolgende generaties: Jan → Peter → Noah (intergenerationeel)."),
        "{texts:?}"
    );
}

#[test]
fn scene_summary_names_nobody_when_anonymised() {
    let f = family();
    let s = scene_with(&f, Lens::new(vec![Theme::Condition(Cat::Alcohol)]), Anonymise::Roles);
    let texts = pattern_texts(&s).join("\n");
    assert!(texts.contains("3 opeenvolgende generaties"), "{texts}");
    for name in ["Jan", "Peter", "Noah", "Bakker"] {
        assert!(!texts.contains(name), "{name} in {texts}");
    }
}

#[test]
fn the_example_case_shows_addiction_over_three_generations() {
    let case = crate::cases::case("verslaving").unwrap();
    let docs = case.documents(0, || "x".into());
    let crate::format::DocumentContent::Genogram(g) = &docs[0].content else { panic!("a genogram") };
    let lens = Lens::new(vec![Theme::Addiction, Theme::Condition(Cat::Alcohol)]);
    let s = summarise(g, &lens, &marks(g, &lens));
    let name = |p| summary::short_name(g, p, Lang::Nl);
    let lines = summary_lines(&lens, &s, Lang::Nl, &name);
    assert_eq!(s[0].span(), 3, "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("Sjoerd → Klaas → Jelle")), "{lines:?}");
    assert_eq!(s[1].span(), 2, "alcohol itself: Sjoerd → Klaas");
}
