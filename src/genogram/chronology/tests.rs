//! The chronology's rules: which facts, their order, the index person's age, sorting,
//! and the CSV and print output.

use super::csv::{cell, file_name, to_csv};
use super::print::print_markup;
use super::*;
use crate::cases::build::{date, person, union};
use crate::genogram::model::{
    Command, Condition, ConditionCategory, ConditionStatus, Gender::*, Household, LifeEvent, Move, PersonKind,
    Relation, RelationKind, UnionEventKind as Ev, UnionKind,
};

/// Peter (1975) and Fatima (1978-04) married 2000 and divorced 2010-06; Noah
/// (index, 2005-03-10); grandfather Jan (1940) died 2008; a conflict between Peter and
/// Noah from 2012 to 2015; Noah's life events 2012 "uithuisplaatsing", 2016
/// "schuldsanering" and one without a date; Kees marked deceased without a date.
struct Family {
    g: Genogram,
    peter: PersonId,
    fatima: PersonId,
    noah: PersonId,
    jan: PersonId,
}

fn family() -> Family {
    let mut g = Genogram::new();
    let jan = person(&mut g, "Jan", "Bakker", Male, "1940", |p| p.death = Some(date("2008")));
    let peter = person(&mut g, "Peter", "Bakker", Male, "1975", |_| {});
    let fatima = person(&mut g, "Fatima", "El Amrani", Female, "1978-04", |_| {});
    let noah = person(&mut g, "Noah", "Bakker", Male, "2005-03-10", |p| {
        p.index = true;
        p.life_events = vec![
            LifeEvent::new(Some(date("2016")), "schuldsanering"),
            LifeEvent::new(Some(date("2012")), "uithuisplaatsing"),
            LifeEvent::new(None, "zonder datum"),
        ];
    });
    person(&mut g, "Kees", "", Male, "1950", |p| {
        p.birth = None;
        p.deceased = true;
    });
    union(&mut g, peter, fatima, UnionKind::Marriage, &[(Ev::Start, "2000"), (Ev::Divorce, "2010-06")]);
    let id = g.next_relation_id();
    let mut r = Relation::new(peter, noah, RelationKind::Hostile);
    r.start = Some(date("2012"));
    r.end = Some(date("2015"));
    g.apply(Command::AddRelation { id, relation: r }).unwrap();
    Family { g, peter, fatima, noah, jan }
}

fn lines(facts: &[Fact]) -> Vec<String> {
    facts.iter().map(|f| format!("{} {} | {} | {}", f.date, f.who, f.kind.label(Lang::Nl), f.text)).collect()
}

#[test]
fn every_dated_fact_in_time_order_and_nothing_undated() {
    let f = family();
    let facts = chronology(&f.g, Lang::Nl);
    assert_eq!(
        lines(&facts),
        vec![
            "1940 Jan Bakker | geboorte | geboren",
            "1975 Peter Bakker | geboorte | geboren",
            "1978-04 Fatima El Amrani | geboorte | geboren",
            "2000 Peter Bakker & Fatima El Amrani | partnerrelatie | begin (huwelijk)",
            "2005-03-10 Noah Bakker | geboorte | geboren",
            "2008 Jan Bakker | overlijden | overleden",
            "2010-06 Peter Bakker & Fatima El Amrani | partnerrelatie | echtscheiding (huwelijk)",
            // Equal dates: the relation before the life event, always.
            "2012 Peter Bakker & Noah Bakker | emotionele relatie | vijandig: begin",
            "2012 Noah Bakker | levensgebeurtenis | uithuisplaatsing",
            "2015 Peter Bakker & Noah Bakker | emotionele relatie | vijandig: einde",
            "2016 Noah Bakker | levensgebeurtenis | schuldsanering",
        ]
    );
    // Kees (no dates) and the undated life event are not there.
    assert!(!facts.iter().any(|x| x.who.contains("Kees") || x.text == "zonder datum"));
    // Who a line is about: the partners of a union, both ends of a relation.
    assert_eq!(facts[3].persons, vec![f.peter, f.fatima]);
    assert_eq!(facts[7].persons, vec![f.peter, f.noah]);
    assert_eq!(facts[5].persons, vec![f.jan]);
    assert_eq!(facts[3].kind, FactKind::Union(Ev::Start));
    assert_eq!(facts[9].kind, FactKind::RelationEnd(RelationKind::Hostile));
    assert_eq!(facts[10].year(), 2016);
    // English words.
    let en = chronology(&f.g, Lang::En);
    assert_eq!(en[3].text, "start (marriage)");
    assert_eq!(en[5].kind.label(Lang::En), "death");
    assert_eq!(en[10].kind.label(Lang::En), "life event");
}

#[test]
fn the_index_persons_age_at_each_fact() {
    let f = family();
    let facts = chronology(&f.g, Lang::Nl);
    let age = |i: usize| facts[i].index_age;
    // Before Noah's birth: no age.
    assert_eq!(age(3), None);
    // His own birth: 0, exact.
    assert_eq!(age(4), Some(Age { years: 0, approximate: false }));
    // 2008 (year only): about 3.
    assert_eq!(age(5), Some(Age { years: 3, approximate: true }));
    assert_eq!(facts[5].age_label(Lang::Nl), "ca. 3");
    assert_eq!(facts[5].age_label(Lang::En), "c. 3");
    // 2010-06, after his birthday in March: 5, month known but no day.
    assert_eq!(age(6), Some(Age { years: 5, approximate: false }));
    assert_eq!(age(10).map(|a| a.years), Some(11));
    // Without an index person, or without their birth date: no ages at all.
    let mut g = f.g.clone();
    g.apply(Command::SetIndexPerson { id: None }).unwrap();
    assert!(chronology(&g, Lang::Nl).iter().all(|x| x.index_age.is_none()));
    let mut g = f.g.clone();
    let mut noah = g.person(f.noah).unwrap().clone();
    noah.birth = None;
    g.apply(Command::UpdatePerson { id: f.noah, person: noah }).unwrap();
    let facts = chronology(&g, Lang::Nl);
    assert!(facts.iter().all(|x| x.index_age.is_none()));
    assert_eq!(facts[0].age_label(Lang::Nl), "");
}

#[test]
fn pregnancy_losses_unknown_partners_and_nameless_persons() {
    let mut g = Genogram::new();
    let a = person(&mut g, "", "", Female, "1990", |_| {});
    let m = person(&mut g, "", "", Unknown, "2015", |p| p.kind = PersonKind::Miscarriage);
    let id = g.next_union_id();
    g.apply(Command::AddUnion {
        id,
        union: crate::genogram::model::Union::with_unknown_partner(a, UnionKind::Relationship)
            .with_event(Ev::Separation, Some(date("2014"))),
    })
    .unwrap();
    let facts = chronology(&g, Lang::Nl);
    // Nameless persons go by their id, as everywhere in the app.
    assert_eq!(facts[0].who, format!("{a}"));
    assert_eq!(facts[1].who, format!("{a} & onbekende partner"));
    assert_eq!(facts[1].persons, vec![a]);
    assert_eq!(facts[2].persons, vec![m]);
    assert_eq!(facts[2].text, "miskraam");
    assert!(chronology(&Genogram::new(), Lang::Nl).is_empty());
}

#[test]
fn sorting_by_person_and_kind_keeps_date_order_within() {
    let f = family();
    let mut facts = chronology(&f.g, Lang::Nl);
    sort_facts(&mut facts, SortColumn::Person, true);
    let who: Vec<&str> = facts.iter().map(|x| x.who.as_str()).collect();
    assert_eq!(who[0], "Fatima El Amrani");
    assert_eq!(&who[1..3], ["Jan Bakker"; 2]);
    assert_eq!(&who[3..6], ["Noah Bakker"; 3]);
    // Noah's lines in date order: birth 2005, 2012, 2016.
    assert_eq!(facts[3].text, "geboren");
    assert_eq!(facts[4].text, "uithuisplaatsing");
    sort_facts(&mut facts, SortColumn::Kind, true);
    assert_eq!(facts[0].kind, FactKind::Birth);
    assert_eq!(facts.last().unwrap().text, "schuldsanering");
    sort_facts(&mut facts, SortColumn::Date, false);
    assert_eq!(facts[0].year(), 2016);
    assert_eq!(facts.last().unwrap().year(), 1940);
    sort_facts(&mut facts, SortColumn::Date, true);
    assert_eq!(lines(&facts), lines(&chronology(&f.g, Lang::Nl)));
}

#[test]
fn csv_cells_are_quoted_and_formulas_stay_text() {
    assert_eq!(cell("gewoon", ';'), "gewoon");
    assert_eq!(cell("a;b", ';'), "\"a;b\"");
    assert_eq!(cell("a,b", ';'), "a,b");
    assert_eq!(cell("a,b", ','), "\"a,b\"");
    assert_eq!(cell("zei \"nee\"", ';'), "\"zei \"\"nee\"\"\"");
    assert_eq!(cell("twee\nregels", ';'), "\"twee\nregels\"");
    for bad in ["=1+1", "+31 6", "-5", "@SUM(A1)", "\tx"] {
        assert_eq!(cell(bad, ';'), format!("'{bad}"), "{bad}");
    }
    // A guarded cell that also needs quotes gets both.
    assert_eq!(cell("=HYPERLINK(\"x\";\"y\")", ';'), "\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"");
}

#[test]
fn the_csv_file_has_a_header_and_a_row_per_fact() {
    let mut f = family();
    let mut noah = f.g.person(f.noah).unwrap().clone();
    noah.life_events.push(LifeEvent::new(Some(date("2019")), "=gevaarlijk; \"citaat\""));
    f.g.apply(Command::UpdatePerson { id: f.noah, person: noah }).unwrap();
    let facts = chronology(&f.g, Lang::Nl);
    let csv = to_csv(&facts, Lang::Nl);
    assert!(csv.starts_with('\u{feff}'));
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), facts.len() + 1);
    assert_eq!(rows[0], "datum;jaar;leeftijd indexpersoon;persoon;soort;omschrijving");
    assert_eq!(rows[5], "10-03-2005;2005;0;Noah Bakker;geboorte;geboren");
    assert_eq!(rows[6], "2008;2008;ca. 3;Jan Bakker;overlijden;overleden");
    assert_eq!(
        rows.last().unwrap(),
        &"2019;2019;ca. 14;Noah Bakker;levensgebeurtenis;\"'=gevaarlijk; \"\"citaat\"\"\""
    );
    let en = to_csv(&chronology(&f.g, Lang::En), Lang::En);
    assert!(en.contains("\r\n2005-03-10,2005,0,Noah Bakker,birth,born\r\n"), "{en}");
    assert_eq!(file_name("Familie Bakker", Lang::Nl), "Familie-Bakker-levenslijn.csv");
    assert_eq!(file_name("  ", Lang::En), "chronology.csv");
    assert_eq!(file_name("a/b", Lang::Nl), "a-b-levenslijn.csv");
}

#[test]
fn the_printed_table_escapes_text_and_is_left_out_when_empty() {
    let mut f = family();
    let mut noah = f.g.person(f.noah).unwrap().clone();
    noah.life_events.push(LifeEvent::new(Some(date("2019")), "<script>x</script> & meer"));
    f.g.apply(Command::UpdatePerson { id: f.noah, person: noah }).unwrap();
    let html = print_markup(&chronology(&f.g, Lang::Nl), Lang::Nl);
    assert!(html.contains("<h2>Levenslijn</h2>"));
    assert!(html.contains("&lt;script&gt;x&lt;/script&gt; &amp; meer"));
    assert!(!html.contains("<script>"));
    assert_eq!(html.matches("<tr>").count(), 13, "a header and 12 facts");
    assert_eq!(print_markup(&[], Lang::Nl), "");
}

#[test]
fn the_anonymous_copy_drops_life_events_like_notes() {
    let f = family();
    let copy = crate::genogram::model::anonymise::anonymous_copy(
        &f.g,
        crate::kernel::Anonymise::Roles,
        crate::kernel::anonymise::DateMode::YearsOnly,
        Lang::Nl,
    );
    assert!(copy.persons().all(|(_, p)| p.life_events.is_empty() && p.notes.is_empty()));
    assert!(!chronology(&copy, Lang::Nl).iter().any(|x| x.kind == FactKind::LifeEvent));
}

/// The family with dated facts of the newer kinds: Peter's alcohol since 2009 (and an
/// undated mental condition), Noah's moves 2012 to Gouda and one without a date, and a
/// household of Noah and Fatima from 2016 to 2019-09.
fn family_with_onsets_moves_and_households() -> Family {
    let mut f = family();
    let mut peter = f.g.person(f.peter).unwrap().clone();
    let mut alcohol = Condition::new(ConditionCategory::Alcohol, ConditionStatus::Active);
    alcohol.since = Some(date("2009"));
    peter.conditions = vec![alcohol, Condition::new(ConditionCategory::Mental, ConditionStatus::Suspected)];
    f.g.apply(Command::UpdatePerson { id: f.peter, person: peter }).unwrap();
    let mut noah = f.g.person(f.noah).unwrap().clone();
    noah.moves = vec![Move::new(Some(date("2012")), "Gouda"), Move::new(None, "Utrecht")];
    f.g.apply(Command::UpdatePerson { id: f.noah, person: noah }).unwrap();
    let id = f.g.next_household_id();
    let mut h = Household::new("Gouda", [f.noah, f.fatima]);
    h.since = Some(date("2016"));
    h.until = Some(date("2019-09"));
    f.g.apply(Command::AddHousehold { id, household: h }).unwrap();
    f
}

#[test]
fn condition_onsets_moves_and_households_are_dated_lines_with_the_index_age() {
    let f = family_with_onsets_moves_and_households();
    let facts = chronology(&f.g, Lang::Nl);
    let all = lines(&facts);
    let pos = |line: &str| all.iter().position(|l| l == line).unwrap_or_else(|| panic!("{line} not in {all:#?}"));
    // In date order between the other facts; on an equal date after life events.
    let onset = pos("2009 Peter Bakker | aandoening | begin alcohol (actief)");
    assert_eq!(all[onset - 1], "2008 Jan Bakker | overlijden | overleden");
    assert_eq!(all[onset + 1], "2010-06 Peter Bakker & Fatima El Amrani | partnerrelatie | echtscheiding (huwelijk)");
    let moved = pos("2012 Noah Bakker | verhuizing | verhuisd naar Gouda");
    assert_eq!(all[moved - 1], "2012 Noah Bakker | levensgebeurtenis | uithuisplaatsing");
    let start = pos("2016 Fatima El Amrani, Noah Bakker | huishouden | gaan wonen in huishouden Gouda");
    assert_eq!(all[start - 1], "2016 Noah Bakker | levensgebeurtenis | schuldsanering");
    let end = pos("2019-09 Fatima El Amrani, Noah Bakker | huishouden | verlaten huishouden Gouda");
    assert_eq!(end, all.len() - 1);
    // Undated onsets and moves have no line.
    assert!(!all.iter().any(|l| l.contains("psychisch") || l.contains("Utrecht")), "{all:#?}");
    // The index person's age, as for every line; and who a line is about.
    assert_eq!(facts[onset].index_age, Some(Age { years: 4, approximate: true }));
    assert_eq!(facts[moved].age_label(Lang::Nl), "ca. 7");
    assert_eq!(facts[end].index_age.map(|a| a.years), Some(14));
    assert_eq!(facts[onset].persons, vec![f.peter]);
    assert_eq!(facts[start].persons, vec![f.fatima, f.noah]);
    assert_eq!(facts[start].kind, FactKind::HouseholdStart);
    assert_eq!(facts[end].kind, FactKind::HouseholdEnd);
    // English words; a move without a place and a household without a name still read.
    let en = chronology(&f.g, Lang::En);
    assert_eq!(en[onset].text, "onset of alcohol (active)");
    assert_eq!(en[moved].text, "moved to Gouda");
    assert_eq!(en[start].text, "start living in household Gouda");
    assert_eq!(en[end].text, "leave household Gouda");
    assert_eq!(move_text(" ", Lang::Nl), "verhuisd");
    assert_eq!(household_text("", true, false, Lang::Nl), "gaat wonen in huishouden");
    assert_eq!(household_text("", false, false, Lang::En), "leaves household");
    // A named other condition shows its own name.
    let mut c = Condition::new(ConditionCategory::Other("autisme".into()), ConditionStatus::Suspected);
    c.since = Some(date("2010"));
    assert_eq!(onset_text(&c, Lang::Nl), "begin autisme (vermoed)");
}

#[test]
fn the_new_lines_reach_the_csv_and_the_print_and_sort_by_kind_last() {
    let f = family_with_onsets_moves_and_households();
    let facts = chronology(&f.g, Lang::Nl);
    assert_eq!(facts.len(), 11 + 4, "the family's 11 facts and 4 new ones");
    let csv = to_csv(&facts, Lang::Nl);
    assert!(csv.contains("\r\n2009;2009;ca. 4;Peter Bakker;aandoening;begin alcohol (actief)\r\n"), "{csv}");
    assert!(csv.contains("\r\n2012;2012;ca. 7;Noah Bakker;verhuizing;verhuisd naar Gouda\r\n"), "{csv}");
    assert!(
        csv.contains(
            "\r\n2016;2016;ca. 11;Fatima El Amrani, Noah Bakker;huishouden;gaan wonen in huishouden Gouda\r\n"
        ),
        "{csv}"
    );
    let html = print_markup(&facts, Lang::Nl);
    assert_eq!(html.matches("<tr>").count(), 16, "a header and 15 facts");
    assert!(html.contains("verhuisd naar Gouda") && html.contains("begin alcohol (actief)"));
    assert!(html.contains("verlaten huishouden Gouda"));
    let mut sorted = facts.clone();
    sort_facts(&mut sorted, SortColumn::Kind, true);
    let kinds: Vec<FactKind> = sorted.iter().rev().take(4).map(|x| x.kind).collect();
    assert_eq!(kinds, [FactKind::HouseholdEnd, FactKind::HouseholdStart, FactKind::Move, FactKind::ConditionOnset]);
}
