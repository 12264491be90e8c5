//! The chronology's rules: which facts, their order, the index person's age, sorting,
//! and the CSV and print output.

use super::csv::{cell, file_name, to_csv};
use super::print::print_markup;
use super::*;
use crate::cases::build::{date, person, union};
use crate::genogram::model::{
    Command, Gender::*, LifeEvent, PersonKind, Relation, RelationKind, UnionEventKind as Ev, UnionKind,
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
