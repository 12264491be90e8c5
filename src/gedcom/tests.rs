//! GEDCOM tests on small hand-written files, one feature each.

use super::date::{read_date, write_date, DateRead};
use super::error::Problem;
use super::*;
use crate::genogram::model::{
    ChildLinkKind, Gender, Genogram, ParentRef, PartialDate, PersonKind, UnionEventKind, UnionKind,
};
use proptest::prelude::*;

fn read(text: &str) -> Imported {
    import(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

fn person<'a>(g: &'a Genogram, given: &str) -> &'a crate::genogram::model::Person {
    g.persons().map(|(_, p)| p).find(|p| p.given_name == given).unwrap_or_else(|| panic!("no {given}"))
}

fn d(s: &str) -> PartialDate {
    s.parse().unwrap()
}

const FAMILY: &str = "0 HEAD
1 GEDC
2 VERS 5.5.1
1 CHAR UTF-8
0 @I1@ INDI
1 NAME Jan /de Vries/
2 NICK Jantje
1 SEX M
1 BIRT
2 DATE 15 MAR 1950
2 PLAC Utrecht
1 OCCU timmerman
1 RESI
2 PLAC Amersfoort
1 NOTE Eerste regel
2 CONT tweede regel
1 FAMS @F1@
0 @I2@ INDI
1 NAME Marie /Jansen/
1 SEX F
1 DEAT Y
1 FAMS @F1@
0 @I3@ INDI
1 NAME Piet /de Vries/
1 SEX M
1 BIRT
2 DATE ABT 1975
1 FAMC @F1@
0 @I4@ INDI
1 NAME Kees /de Vries/
1 SEX M
1 FAMC @F1@
2 PEDI adopted
1 _UID 1234
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 MARR
2 DATE 1 JUN 1972
1 DIV
2 DATE 1990
1 CHIL @I3@
1 CHIL @I4@
1 SOUR @S1@
0 @S1@ SOUR
1 TITL Burgerlijke stand
0 TRLR
";

#[test]
fn persons_with_names_sex_dates_occupation_residence_and_notes() {
    let i = read(FAMILY);
    let g = &i.genogram;
    assert_eq!(g.person_count(), 4);
    let jan = person(g, "Jan");
    assert_eq!((jan.family_name.as_str(), jan.nickname.as_str()), ("de Vries", "Jantje"));
    assert_eq!(jan.gender, Gender::Male);
    assert_eq!(jan.birth, Some(d("1950-03-15")));
    assert_eq!(jan.occupation, "timmerman");
    assert_eq!(jan.residence, "Amersfoort");
    assert_eq!(jan.notes, "Eerste regel\ntweede regel");
    let marie = person(g, "Marie");
    assert!(marie.deceased && marie.death.is_none(), "DEAT Y: deceased without a date");
    assert_eq!(person(g, "Piet").birth, Some(d("ca. 1975")));
}

#[test]
fn families_with_events_and_child_kinds() {
    let i = read(FAMILY);
    let g = &i.genogram;
    let (uid, u) = g.unions().next().unwrap();
    assert_eq!(u.kind, UnionKind::Marriage);
    let events: Vec<_> = u.events.iter().map(|e| (e.kind, e.date)).collect();
    assert_eq!(
        events,
        vec![(UnionEventKind::Start, Some(d("1972-06-01"))), (UnionEventKind::Divorce, Some(d("1990")))]
    );
    let kinds: Vec<_> = g.child_links().map(|(_, l)| (g.person(l.child).unwrap().given_name.clone(), l.kind)).collect();
    assert_eq!(
        kinds,
        vec![("Piet".to_owned(), ChildLinkKind::Biological), ("Kees".to_owned(), ChildLinkKind::Adopted)]
    );
    assert!(g.child_links().all(|(_, l)| l.parent == ParentRef::Union(uid)));
}

#[test]
fn the_report_counts_and_lists_what_was_skipped() {
    let r = read(FAMILY).report;
    assert_eq!((r.persons, r.families), (4, 1));
    // BIRT ×2, DEAT, MARR, DIV.
    assert_eq!(r.events, 5);
    let skipped: std::collections::HashMap<_, _> = r.skipped.iter().cloned().collect();
    assert_eq!(skipped.get("BIRT.PLAC"), Some(&1));
    assert_eq!(skipped.get("INDI._UID"), Some(&1));
    assert_eq!(skipped.get("FAM.SOUR"), Some(&1));
    assert_eq!(skipped.get("SOUR"), Some(&1));
    assert!(r.skipped_line(crate::i18n::Lang::Nl).unwrap().contains("BIRT.PLAC 1×"));
    assert!(r.attention.is_empty(), "{:?}", r.attention);
}

#[test]
fn gedcom_dates_become_kring_dates() {
    let known = |s: &str| match read_date(s) {
        DateRead::Known { date, rounded } => (date.to_string(), rounded),
        DateRead::Unknown => panic!("{s} not read"),
    };
    assert_eq!(known("15 MAR 1972"), ("1972-03-15".into(), false));
    assert_eq!(known("mar 1972"), ("1972-03".into(), false));
    assert_eq!(known("1972"), ("1972".into(), false));
    for approx in ["ABT 1930", "EST 1930", "CAL 1930", "abt. 1930"] {
        assert_eq!(known(approx), ("ca. 1930".into(), false), "{approx}");
    }
    assert_eq!(known("BEF 1900"), ("ca. 1900".into(), true));
    assert_eq!(known("AFT 12 MAY 1900"), ("ca. 1900-05-12".into(), true));
    assert_eq!(known("BET 1900 AND 1910"), ("ca. 1905".into(), true));
    assert_eq!(known("BET JAN 1900 AND MAR 1900"), ("ca. 1900".into(), true));
    assert_eq!(known("FROM 1950 TO 1960"), ("1950".into(), false));
    assert_eq!(known("TO 1960"), ("ca. 1960".into(), true));
    assert_eq!(known("11 FEB 1731/32"), ("1732-02-11".into(), false));
    assert_eq!(known("1699/00"), ("1700".into(), false));
    assert_eq!(known("INT 1900 (rond de eeuwwisseling)"), ("1900".into(), false));
    assert_eq!(known("@#DJULIAN@ 1 JAN 1600"), ("1600-01-01".into(), false));
    for unknown in ["(onbekend)", "UNKNOWN", "@#DHEBREW@ 5700", "31 FEB 1900", "1900 B.C.", "", "0"] {
        assert_eq!(read_date(unknown), DateRead::Unknown, "{unknown}");
    }
    for s in ["1972", "1972-03", "1972-03-15", "ca. 1930", "ca. 1930-02"] {
        let date = d(s);
        assert_eq!(read_date(&write_date(date)), DateRead::Known { date, rounded: false }, "{s}");
    }
}

#[test]
fn unreadable_dates_and_rounded_ranges_are_reported() {
    let text = "0 HEAD\n0 @I1@ INDI\n1 NAME A /B/\n1 BIRT\n2 DATE (ergens in de zomer)\n1 DEAT\n2 DATE BET 1900 AND 1910\n0 TRLR\n";
    let i = read(text);
    let a = person(&i.genogram, "A");
    assert_eq!((a.birth, a.death), (None, Some(d("ca. 1905"))));
    assert_eq!(i.report.rounded_dates, 1);
    assert_eq!(i.report.attention, vec![Attention::UnreadableDate { line: 5, text: "(ergens in de zomer)".into() }]);
}

#[test]
fn an_empty_death_is_deceased_and_burial_implies_death() {
    let text = "0 HEAD\n0 @I1@ INDI\n1 NAME A //\n1 DEAT\n0 @I2@ INDI\n1 NAME B //\n1 BURI\n2 DATE 1900\n0 @I3@ INDI\n1 NAME C //\n0 TRLR";
    let g = read(text).genogram;
    assert!(person(&g, "A").deceased);
    assert!(person(&g, "B").deceased);
    assert!(!person(&g, "C").is_deceased());
}

#[test]
fn either_spouse_unknown_and_single_parents() {
    let text = "0 HEAD
0 @I1@ INDI
1 NAME Moeder //
1 SEX F
0 @I2@ INDI
1 NAME Kind //
1 FAMC @F1@
2 PEDI foster
0 @I3@ INDI
1 NAME Wees //
0 @F1@ FAM
1 WIFE @I1@
1 CHIL @I2@
0 @F2@ FAM
1 CHIL @I3@
0 TRLR
";
    let i = read(text);
    let g = &i.genogram;
    let (_, u) = g.unions().next().unwrap();
    assert_eq!((u.partner_a, u.partner_b), (g.persons().find(|(_, p)| p.given_name == "Moeder").unwrap().0, None));
    let (_, link) = g.child_links().next().unwrap();
    assert_eq!(link.kind, ChildLinkKind::Foster);
    assert_eq!(i.report.attention, vec![Attention::FamilyWithoutParents { line: 14 }]);
}

#[test]
fn annulment_engagement_and_given_name_parts() {
    let text = "0 HEAD
0 @I1@ INDI
1 NAME
2 GIVN Anna
2 SPFX van
2 SURN Dam
1 SEX F
0 @I2@ INDI
1 NAME Bob /Smit/
1 SEX M
0 @I3@ INDI
1 NAME Carl /Smit/
0 @F1@ FAM
1 HUSB @I2@
1 WIFE @I1@
1 MARR Y
1 ANUL
2 DATE 1980
0 @F2@ FAM
1 HUSB @I3@
1 WIFE @I1@
1 ENGA
2 DATE 1985
0 TRLR
";
    let g = read(text).genogram;
    let anna = person(&g, "Anna");
    assert_eq!(anna.family_name, "van Dam");
    let unions: Vec<_> =
        g.unions().map(|(_, u)| (u.kind, u.events.iter().map(|e| e.kind).collect::<Vec<_>>())).collect();
    assert_eq!(
        unions,
        vec![(UnionKind::Marriage, vec![UnionEventKind::Annulment]), (UnionKind::Engaged, vec![UnionEventKind::Start]),]
    );
}

#[test]
fn points_of_attention_child_before_parent_and_duplicates() {
    let text = "0 HEAD
0 @I1@ INDI
1 NAME Oud /Ouder/
1 BIRT
2 DATE 1950
1 FAMS @F1@
0 @I2@ INDI
1 NAME Jong /Kind/
1 BIRT
2 DATE 1940
1 FAMC @F1@
0 @I3@ INDI
1 NAME José /Kind/
1 BIRT
2 DATE 3 MAR 1970
0 @I4@ INDI
1 NAME Jose /Kind/
1 BIRT
2 DATE 1970
0 @F1@ FAM
1 HUSB @I1@
1 CHIL @I2@
0 TRLR
";
    let r = read(text).report;
    assert!(r
        .attention
        .contains(&Attention::ChildBeforeParent { child: "Jong Kind".into(), parent: "Oud Ouder".into() }));
    assert!(r.attention.contains(&Attention::LikelyDuplicate { name: "José Kind".into(), year: 1970 }));
    assert_eq!(r.attention.len(), 2, "{:?}", r.attention);
}

#[test]
fn a_third_birth_parent_is_left_out_and_reported() {
    let text = "0 HEAD
0 @A@ INDI
1 NAME A //
0 @B@ INDI
1 NAME B //
0 @C@ INDI
1 NAME C //
0 @K@ INDI
1 NAME K //
0 @F1@ FAM
1 HUSB @A@
1 WIFE @B@
1 CHIL @K@
0 @F2@ FAM
1 HUSB @C@
1 CHIL @K@
0 TRLR
";
    let i = read(text);
    assert_eq!(i.genogram.child_links().count(), 1);
    assert_eq!(i.report.attention, vec![Attention::ExtraBirthParents { child: "K".into() }]);
}

#[test]
fn a_broken_file_names_its_line() {
    let e = import(b"0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Jan\nthis is not gedcom\n0 TRLR\n").unwrap_err();
    assert_eq!((e.line, &e.problem), (5, &Problem::BadLine));
    assert!(e.message(crate::i18n::Lang::Nl).contains("regel 5"));
    let e = import(b"0 HEAD\n0 @I1@ INDI\n2 DATE 1900\n").unwrap_err();
    assert_eq!((e.line, &e.problem), (3, &Problem::LevelSkipped));
    let e = import(b"{\"format\": \"kring\"}").unwrap_err();
    assert_eq!(e.problem, Problem::NoHeader);
    let e = import(b"").unwrap_err();
    assert_eq!(e.problem, Problem::NoHeader);
}

#[test]
fn a_family_that_makes_someone_their_own_ancestor_is_refused() {
    let text = "0 HEAD\n0 @A@ INDI\n1 NAME A //\n0 @B@ INDI\n1 NAME B //\n0 @F1@ FAM\n1 HUSB @A@\n1 CHIL @B@\n0 @F2@ FAM\n1 HUSB @B@\n1 CHIL @A@\n0 TRLR\n";
    let e = import(text.as_bytes()).unwrap_err();
    assert!(matches!(e.problem, Problem::OwnAncestor { .. }), "{e:?}");
}

#[test]
fn line_ends_cr_lf_and_crlf_and_a_utf8_bom() {
    let lf = "0 HEAD\n0 @I1@ INDI\n1 NAME Zoë /Ærts/\n0 TRLR\n";
    for text in [lf.to_owned(), lf.replace('\n', "\r"), lf.replace('\n', "\r\n"), format!("\u{feff}{lf}")] {
        let g = read(&text).genogram;
        assert_eq!(person(&g, "Zoë").family_name, "Ærts");
    }
}

#[test]
fn utf16_with_and_without_bom() {
    let text = "0 HEAD\n1 CHAR UNICODE\n0 @I1@ INDI\n1 NAME Zoë /Çelik/\n0 TRLR\n";
    let le: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let be: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    for bytes in [le, be, bare] {
        assert!(looks_like_gedcom(&bytes));
        let g = import(&bytes).unwrap().genogram;
        assert_eq!(person(&g, "Zoë").family_name, "Çelik");
    }
}

#[test]
fn ansel_diacritics_and_special_letters() {
    // "Zoë Müller-Łęcka Ørsted": ANSEL puts the mark (0xE8 umlaut, 0xF1 ogonek) before
    // the letter; Ł and Ø are letters of their own.
    let mut bytes =
        b"0 HEAD\n1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME Zo\xE8e /M\xE8uller-\xA1\xF1ecka \xA2rsted/\n0 TRLR\n".to_vec();
    let g = import(&bytes).unwrap().genogram;
    assert_eq!(person(&g, "Zoë").family_name, "Müller-Łęcka Ørsted");
    // A mark without a precomposed letter stays a combining character.
    bytes = b"0 HEAD\n1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME \xE8q //\n0 TRLR\n".to_vec();
    let g = import(&bytes).unwrap().genogram;
    assert_eq!(g.persons().next().unwrap().1.given_name, "q\u{308}");
}

#[test]
fn ansi_is_windows_1252() {
    let bytes = b"0 HEAD\n1 CHAR ANSI\n0 @I1@ INDI\n1 NAME Ren\xE9 /Fran\xE7ois\x80/\n0 TRLR\n";
    let g = import(bytes).unwrap().genogram;
    assert_eq!(person(&g, "René").family_name, "François€");
}

#[test]
fn notes_by_reference_conc_and_escaped_at_signs() {
    let text = "0 HEAD
0 @I1@ INDI
1 NAME A //
1 NOTE @N1@
1 NOTE mail: a@@b.nl
0 @N1@ NOTE Lange notitie die
1 CONC  doorloopt
1 CONT en verder gaat
0 TRLR
";
    let g = read(text).genogram;
    assert_eq!(person(&g, "A").notes, "Lange notitie die doorloopt\nen verder gaat\n\nmail: a@b.nl");
}

#[test]
fn a_torture_file_of_odd_but_valid_constructs() {
    // Indented lines, tabs, lower-case tags, a missing TRLR, custom records, a
    // pointer to nothing, the christening as birth, GEDCOM 7 sex X and _FREL.
    let text = "0 HEAD\r\n  1 GEDC\r\n    2 VERS 7.0\r\n0 @I1@ INDI\r\n1 name Ada /Byron/\r\n1 sex X\r\n1 CHR\r\n2 DATE 10 DEC 1815\r\n1 FAMS @F9@\r\n0 @I2@ INDI\r\n1 NAME Kind /Byron/\r\n0 @F1@ FAM\r\n1 WIFE @I1@\r\n1 HUSB @I404@\r\n1 CHIL @I2@\r\n2 _FREL Adopted\r\n2 _MREL Natural\r\n0 @X1@ _LOC\r\n1 NAME Ergens\r\n";
    let i = read(text);
    let ada = person(&i.genogram, "Ada");
    assert_eq!(ada.gender, Gender::NonBinary);
    assert_eq!(ada.birth, Some(d("ca. 1815-12-10")));
    assert_eq!(i.genogram.child_links().next().unwrap().1.kind, ChildLinkKind::Adopted);
    assert!(i.report.attention.contains(&Attention::MissingRecord { line: 14, id: "I404".into() }));
    assert!(i.report.skipped.iter().any(|(t, _)| t == "_LOC"));
}

#[test]
fn the_header_file_name_is_the_title() {
    let i = read("0 HEAD\n1 FILE C:\\stamboom\\Familie Jansen.ged\n0 TRLR\n");
    assert_eq!(i.title.as_deref(), Some("Familie Jansen"));
    assert!(looks_like_gedcom(b"\xEF\xBB\xBF0 HEAD\r\n"));
    assert!(!looks_like_gedcom(b"{\"format\":\"kring\"}"));
}

fn kinship_summary(g: &Genogram) -> Vec<String> {
    let name = |p| g.person(p).map(|p| p.display_name()).unwrap_or_default();
    let mut out: Vec<String> = g
        .persons()
        .map(|(_, p)| {
            format!(
                "person {} {} {} {:?} {:?} {:?} {:?} {} {} {} {} {:?} {}",
                p.given_name,
                p.family_name,
                p.nickname,
                p.gender,
                p.birth,
                p.death,
                p.deceased,
                p.occupation,
                p.residence,
                p.notes,
                p.index,
                p.kind,
                p.is_deceased()
            )
        })
        .collect();
    for (_, u) in g.unions() {
        let mut partners: Vec<String> = u.partners().map(name).collect();
        partners.sort();
        out.push(format!("union {partners:?} {:?} {:?}", u.kind, u.events));
    }
    for (_, l) in g.child_links() {
        let mut parents: Vec<String> = g.parent_persons(l.parent).into_iter().map(name).collect();
        parents.sort();
        let single = matches!(l.parent, ParentRef::Person(_));
        out.push(format!("child {} of {parents:?} {:?} single={single}", name(l.child), l.kind));
    }
    out.sort();
    out
}

#[test]
fn round_trip_keeps_everything_gedcom_holds() {
    let mut g = crate::genogram::model::sample_family();
    // Make sure the odd cases are in: a pregnancy, a non-binary person, a long note.
    let extra = crate::genogram::model::Person {
        given_name: "Sam".into(),
        gender: Gender::NonBinary,
        notes: format!("{}\nregel twee @ thuis", "lang ".repeat(80)),
        ..Default::default()
    };
    let id = g.next_person_id();
    g.apply(crate::genogram::model::Command::AddPerson { id, person: extra }).unwrap();
    let pregnancy = crate::genogram::model::Person {
        kind: PersonKind::Pregnancy { due: Some(d("2025-05")) },
        ..Default::default()
    };
    let id = g.next_person_id();
    g.apply(crate::genogram::model::Command::AddPerson { id, person: pregnancy }).unwrap();
    let exported = export(&g);
    assert!(exported.text.starts_with("0 HEAD\n"));
    assert!(exported.text.lines().all(|l| l.len() < 255), "GEDCOM lines stay short");
    let back = import(exported.text.as_bytes()).unwrap();
    assert_eq!(kinship_summary(&back.genogram), kinship_summary(&g));
    assert!(back.report.skipped.is_empty(), "{:?}", back.report.skipped);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = import(&bytes);
        let mut with_head = b"0 HEAD\n".to_vec();
        with_head.extend(&bytes);
        let _ = import(&with_head);
    }

    #[test]
    fn gedcom_like_lines_never_panic(lines in proptest::collection::vec(
        (0u8..5, prop::sample::select(vec!["INDI", "FAM", "NAME", "HUSB", "WIFE", "CHIL", "FAMC", "FAMS", "BIRT", "DEAT", "DATE", "PEDI", "CONT", "CONC", "NOTE", "MARR", "DIV"]),
         prop::option::of(0u8..6), ".{0,12}"), 0..60)) {
        let mut text = String::from("0 HEAD\n");
        for (level, tag, xref, value) in lines {
            let xref = xref.map(|x| format!("@X{x}@ ")).unwrap_or_default();
            text.push_str(&format!("{level} {xref}{tag} {value}\n"));
        }
        let _ = import(text.as_bytes());
    }

    #[test]
    fn any_date_text_never_panics(s in ".{0,40}") {
        let _ = read_date(&s);
    }
}

#[test]
fn life_events_moves_and_conditions_with_onsets_round_trip() {
    use crate::genogram::model::{Command, Condition, ConditionCategory, ConditionStatus, LifeEvent, Move};
    let mut g = crate::genogram::model::sample_family();
    let id = g.person_ids().next().unwrap();
    let mut p = g.person(id).unwrap().clone();
    p.residence = "Zwolle".into();
    p.life_events = vec![LifeEvent::new(Some(d("2012")), "uithuisplaatsing"), LifeEvent::new(None, "zonder datum")];
    p.moves =
        vec![Move::new(Some(d("2010-05")), "Gouda"), Move::new(Some(d("2019")), "Zwolle"), Move::new(None, "opvang")];
    let mut alcohol = Condition::new(ConditionCategory::Alcohol, ConditionStatus::InRecovery);
    alcohol.since = Some(d("2009"));
    alcohol.note = "na ontslag".into();
    let mut autism = Condition::new(ConditionCategory::Other("autisme".into()), ConditionStatus::Suspected);
    autism.since = Some(d("2001-03-04"));
    p.conditions = vec![alcohol, autism, Condition::new(ConditionCategory::Mental, ConditionStatus::Active)];
    g.apply(Command::UpdatePerson { id, person: p.clone() }).unwrap();
    let exported = export(&g);
    assert!(exported.text.contains("1 EVEN\n2 TYPE uithuisplaatsing\n2 DATE 2012\n"), "{}", exported.text);
    assert!(exported.text.contains("1 RESI\n2 DATE MAY 2010\n2 PLAC Gouda\n"), "{}", exported.text);
    assert!(exported.text.contains("1 _KRING_CONDITION alcohol\n2 _KRING_STATUS in_recovery\n2 DATE 2009\n"));
    assert!(!exported.left_out.message(crate::i18n::Lang::Nl).unwrap_or_default().contains("aandoening"));
    let back = import(exported.text.as_bytes()).unwrap();
    assert!(back.report.skipped.is_empty(), "{:?}", back.report.skipped);
    let q = back.genogram.persons().find(|(_, q)| q.given_name == p.given_name).unwrap().1;
    assert_eq!(q.life_events, p.life_events);
    assert_eq!(q.moves, p.moves);
    assert_eq!(q.residence, "Zwolle");
    assert_eq!(q.conditions, p.conditions);
    // And the whole sample as before.
    assert_eq!(kinship_summary(&back.genogram), kinship_summary(&g));
}

#[test]
fn other_programs_dated_residences_are_moves_and_the_last_is_where_one_lives() {
    let text = "0 HEAD\n1 GEDC\n2 VERS 5.5.1\n1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME Jan /Smit/\n\
                1 RESI\n2 DATE 1990\n2 PLAC Delft\n1 RESI\n2 DATE ABT 2001\n2 ADDR\n3 CITY Leiden\n\
                1 EVEN Diploma\n2 DATE 1995\n1 _KRING_CONDITION nonsense\n0 TRLR\n";
    let back = read(text);
    let p = person(&back.genogram, "Jan");
    assert_eq!(p.moves.iter().map(|m| m.place.as_str()).collect::<Vec<_>>(), ["Delft", "Leiden"]);
    assert_eq!(p.residence, "Leiden", "no undated residence: the last move");
    assert_eq!(p.life_events, vec![crate::genogram::model::LifeEvent::new(Some(d("1995")), "Diploma")]);
    assert!(p.conditions.is_empty(), "an unknown condition is not guessed");
    assert!(back.report.skipped.contains(&("INDI._KRING_CONDITION".to_owned(), 1)), "{:?}", back.report.skipped);
}
