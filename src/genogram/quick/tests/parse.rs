//! The parser: every line kind of the examples, errors with positions, and
//! property tests (no panic on any input; print → parse gives the same tree).

use super::super::ast::*;
use super::super::parse::{normalise_group, parse};
use super::super::print;
use super::super::problem::ProblemKind;
use crate::genogram::model::{ChildLinkKind, Gender, PersonKindTag, RelationKind, TwinKind, UnionEventKind, UnionKind};
use crate::i18n::Lang;
use proptest::prelude::*;

fn one(text: &str) -> Statement {
    let p = parse(text);
    assert!(p.problems.is_empty(), "{text}: {:?}", p.problems);
    assert_eq!(p.lines.len(), 1, "{text}");
    p.lines[0].statement.without_spans()
}

fn year(y: i32) -> Option<YearSpec> {
    Some(YearSpec { year: y, approximate: false })
}

fn named(n: &str) -> PersonSpec {
    PersonSpec::named(n)
}

#[test]
fn a_couple_with_years_death_and_children() {
    let s = one("Jan 1938 †2015 x Marie 1941: Peter 1964, Els 1967");
    let Statement::Family { parents: Parents::Couple { a, b, union }, children } = s else { panic!("{s:?}") };
    assert_eq!(a, PersonSpec { birth: year(1938), death: Some(year(2015)), ..named("Jan") });
    assert_eq!(b, PersonSpec { birth: year(1941), ..named("Marie") });
    assert_eq!(union, UnionSpec { op: CoupleOp::Married, kind: None, start: None, events: vec![] });
    let names: Vec<_> = children.iter().map(|g| (g.members[0].name.clone(), g.members[0].birth)).collect();
    assert_eq!(names, vec![(NameSpec::Named("Peter".into()), year(1964)), (NameSpec::Named("Els".into()), year(1967))]);
}

#[test]
fn circa_divorce_client_and_twins() {
    let s = one("Peter x Sandra ca.1965 (gescheiden 1998): Noah 2003 (cliënt), Lisa+Eva 1990 (tweeling)");
    let Statement::Family { parents: Parents::Couple { b, union, .. }, children } = s else { panic!() };
    assert_eq!(b.birth, Some(YearSpec { year: 1965, approximate: true }));
    assert_eq!(union.events, vec![EventSpec { kind: UnionEventKind::Divorce, date: year(1998) }]);
    assert!(children[0].members[0].index);
    let twins = &children[1];
    assert_eq!(twins.twin, Some(TwinKind::Unknown));
    assert_eq!(twins.members.len(), 2);
    assert!(twins.members.iter().all(|m| m.birth == year(1990)), "twins share the year written once");
}

#[test]
fn partners_cohabiting_with_an_adopted_child() {
    let s = one("Peter ~ Fatima (samenwonend): Kevin 2009 (geadopteerd)");
    let Statement::Family { parents: Parents::Couple { union, .. }, children } = s else { panic!() };
    assert_eq!(union.op, CoupleOp::Partners);
    assert_eq!(union.kind, Some(UnionKind::Cohabiting));
    assert_eq!(children[0].members[0].link, Some(ChildLinkKind::Adopted));
}

#[test]
fn parent_of_with_an_arrow_either_way_of_writing() {
    for text in ["Anna → Sandra", "Anna -> Sandra", "moeder Anna -> Sandra"] {
        let Statement::ParentOf { parent, children } = one(text) else { panic!("{text}") };
        assert_eq!(parent.name, NameSpec::Named("Anna".into()));
        assert_eq!(children[0].members[0].name, NameSpec::Named("Sandra".into()));
    }
    let Statement::ParentOf { parent, .. } = one("moeder Anna -> Sandra") else { panic!() };
    assert_eq!(parent.gender, Some(Gender::Female));
}

#[test]
fn relations_with_and_without_a_kind() {
    assert_eq!(
        one("Peter -- Noah: conflict"),
        Statement::Relation {
            a: named("Peter"),
            b: named("Noah"),
            op: RelationOp::Dashes,
            kind: Some(RelationKind::Discord)
        }
    );
    assert_eq!(
        one("Fatima == Noah: nabij"),
        Statement::Relation {
            a: named("Fatima"),
            b: named("Noah"),
            op: RelationOp::Doubles,
            kind: Some(RelationKind::Close)
        }
    );
    let Statement::Relation { kind, .. } = one("Peter -- Noah: negatief gericht op") else { panic!() };
    assert_eq!(kind, Some(RelationKind::NegativelyFocusedOn));
    let Statement::Relation { kind, .. } = one("Peter -- Noah") else { panic!() };
    assert_eq!(kind, None);
    let Statement::Relation { kind, .. } = one("Peter == Noah: very close") else { panic!() };
    assert_eq!(kind, Some(RelationKind::VeryClose));
}

#[test]
fn households_with_and_without_a_label() {
    let Statement::Household { label, members } = one("huishouden: Peter, Fatima, Noah, Kevin") else { panic!() };
    assert_eq!(label, "");
    assert_eq!(members.len(), 4);
    let Statement::Household { label, members } = one("household Dorpsstraat 4: Peter, Fatima") else { panic!() };
    assert_eq!((label.as_str(), members.len()), ("Dorpsstraat 4", 2));
}

#[test]
fn a_person_alone_with_age_gender_and_words() {
    let s = one("Noah 21 m");
    assert_eq!(
        s,
        Statement::Family {
            parents: Parents::Single(PersonSpec { age: Some(21), gender: Some(Gender::Male), ..named("Noah") }),
            children: vec![]
        }
    );
    let Statement::Family { parents: Parents::Single(p), .. } = one("Kim x (cliënt)") else { panic!() };
    assert_eq!((p.gender, p.index), (Some(Gender::NonBinary), true));
    let Statement::Family { parents: Parents::Single(p), .. } = one("oma Jans 1920-1999") else { panic!() };
    assert_eq!((p.gender, p.birth, p.death), (Some(Gender::Female), year(1920), Some(year(1999))));
    let Statement::Family { parents: Parents::Single(p), .. } = one("Jan de Vries#2 † (miskraam)") else { panic!() };
    assert_eq!(p.name, NameSpec::Named("Jan de Vries".into()));
    assert_eq!((p.number, p.death, p.kind), (Some(2), Some(None), Some(PersonKindTag::Miscarriage)));
    let Statement::Family { parents: Parents::Single(p), .. } = one("\"Jan (oom)\" overleden ca. 2001") else {
        panic!()
    };
    assert_eq!(p.name, NameSpec::Named("Jan (oom)".into()));
    assert_eq!(p.death, Some(Some(YearSpec { year: 2001, approximate: true })));
}

#[test]
fn english_words_read_the_same() {
    let s = one("Peter x Sandra (divorced 1998): Noah 2003 (client), Lisa+Eva 1990 (identical)");
    let Statement::Family { parents: Parents::Couple { union, .. }, children } = s else { panic!() };
    assert_eq!(union.events[0].kind, UnionEventKind::Divorce);
    assert!(children[0].members[0].index);
    assert_eq!(children[1].twin, Some(TwinKind::Identical));
    let Statement::Family { parents: Parents::Single(p), .. } = one("Ann f deceased 2001") else { panic!() };
    assert_eq!((p.gender, p.death), (Some(Gender::Female), Some(year(2001))));
}

#[test]
fn blank_lines_and_comments_are_nothing_and_line_numbers_count_them() {
    let p = parse("# the family\n\nJan x Marie\n   \nPeter -- Jan");
    assert!(p.problems.is_empty());
    assert_eq!(p.lines.iter().map(|l| l.number).collect::<Vec<_>>(), vec![3, 5]);
}

#[test]
fn half_typed_lines_are_forgiven_where_they_say_something() {
    // A trailing colon or comma while typing: the line so far counts.
    assert!(parse("Jan x Marie:").problems.is_empty());
    assert!(parse("Jan x Marie: Peter,").problems.is_empty());
}

#[test]
fn a_bad_line_has_a_position_a_message_and_a_suggestion_and_the_others_still_count() {
    let text = "Jan x Marie: Peter\nPeter x Sandra (gescheide 1998)\nEls 1967";
    let p = parse(text);
    assert_eq!(p.lines.len(), 2, "the good lines are read");
    let [problem] = &p.problems[..] else { panic!("{:?}", p.problems) };
    assert_eq!(problem.line, 2);
    assert_eq!(&text[problem.span.start..problem.span.end], "gescheide");
    assert_eq!(problem.column(text), 17);
    assert_eq!(problem.kind, ProblemKind::UnknownWord { word: "gescheide".into(), nearest: Some("gescheiden") });
    assert!(problem.message(Lang::Nl).contains("gescheide"));
    assert!(problem.suggestion(Lang::Nl).contains("‘gescheiden’"));
    assert!(problem.suggestion(Lang::En).contains("Did you mean"));
}

#[test]
fn each_kind_of_error_is_named() {
    type Case = (&'static str, fn(&ProblemKind) -> bool, &'static str);
    let cases: &[Case] = &[
        ("Jan ~", |k| matches!(k, ProblemKind::MissingName), ""),
        ("Jan (cliënt", |k| matches!(k, ProblemKind::UnclosedBracket), "("),
        ("Jan 20155", |k| matches!(k, ProblemKind::BadNumber { .. }), "20155"),
        ("Jan 1938 1940", |k| matches!(k, ProblemKind::TwoBirths), "1940"),
        ("Jan x Marie: Lisa (tweeling)", |k| matches!(k, ProblemKind::TwinAlone), "Lisa (tweeling)"),
        ("Peter (gescheiden)", |k| matches!(k, ProblemKind::UnionWordAlone { .. }), "gescheiden"),
        ("Peter (conflict)", |k| matches!(k, ProblemKind::RelationWordAlone { .. }), "conflict"),
        ("Peter -- Noah: cliënt", |k| matches!(k, ProblemKind::NotARelationKind { .. }), "cliënt"),
        (
            "Peter -- Noah: confilct",
            |k| matches!(k, ProblemKind::UnknownWord { nearest: Some("conflict"), .. }),
            "confilct",
        ),
        ("huishouden:", |k| matches!(k, ProblemKind::EmptyHousehold), ""),
        ("Jan x Marie: Peter; Els & Bo", |k| matches!(k, ProblemKind::UnexpectedSign { .. }), "&"),
        ("Jan x Marie: , Els", |k| matches!(k, ProblemKind::MissingName), ","),
    ];
    for (text, is, marked) in cases {
        let p = parse(text);
        let [problem] = &p.problems[..] else { panic!("{text}: {:?}", p.problems) };
        assert!(is(&problem.kind), "{text}: {:?}", problem.kind);
        assert_eq!(&text[problem.span.start..problem.span.end], *marked, "{text}");
        for lang in Lang::ALL {
            assert!(!problem.message(lang).is_empty() && !problem.suggestion(lang).is_empty());
        }
    }
}

#[test]
fn printed_examples_read_back_the_same() {
    let text = "Jan 1938 †2015 x Marie 1941: Peter 1964, Els 1967\n\
                Peter x Sandra ca.1965 (gescheiden 1998): Noah 2003 (cliënt), Lisa+Eva 1990 (tweeling)\n\
                Peter ~ Fatima (samenwonend): Kevin 2009 (geadopteerd)\n\
                Anna → Sandra\nPeter -- Noah: conflict\nFatima == Noah: nabij\n\
                huishouden: Peter, Fatima, Noah, Kevin";
    let first = parse(text);
    assert!(first.problems.is_empty(), "{:?}", first.problems);
    for lang in Lang::ALL {
        let printed: Vec<String> = first.lines.iter().map(|l| print::statement(&l.statement, lang)).collect();
        let again = parse(&printed.join("\n"));
        assert!(again.problems.is_empty(), "{printed:?}: {:?}", again.problems);
        let strip = |p: &super::super::Parsed| p.lines.iter().map(|l| l.statement.without_spans()).collect::<Vec<_>>();
        assert_eq!(strip(&first), strip(&again), "{printed:#?}");
    }
}

// ----- property tests ---------------------------------------------------------------

fn name_strategy() -> impl Strategy<Value = NameSpec> {
    prop_oneof![
        Just(NameSpec::Unnamed),
        prop::sample::select(vec!["Jan", "Marie", "Anne-Marie", "Zoë", "O'Neil", "Jan de Vries", "Roos", "Mo"])
            .prop_map(|s| NameSpec::Named(s.to_owned())),
        // Odd names are written in quotes and come back as they were.
        prop::sample::select(vec!["Jan (oom)", "de Boer", "X", "m", "Oma Jans", "Ip", "1e Kind", "Peter -- Noah"])
            .prop_map(|s| NameSpec::Named(s.to_owned())),
    ]
}

fn year_strategy() -> impl Strategy<Value = YearSpec> {
    (1000..=9999i32, any::<bool>()).prop_map(|(year, approximate)| YearSpec { year, approximate })
}

fn person_strategy(child: bool) -> impl Strategy<Value = PersonSpec> {
    (
        name_strategy(),
        prop::option::of(1..50u32),
        prop::option::of(prop::sample::select(Gender::ALL.to_vec())),
        prop_oneof![
            Just((None, None)),
            year_strategy().prop_map(|y| (Some(y), None)),
            (0..=130u32).prop_map(|a| (None, Some(a)))
        ],
        prop::option::of(prop::option::of(year_strategy())),
        any::<bool>(),
        prop::option::of(prop::sample::select(PersonKindTag::ALL[1..].to_vec())),
        prop::option::of(prop::sample::select(ChildLinkKind::ALL.to_vec())),
    )
        .prop_map(move |(name, number, gender, (birth, age), death, index, kind, link)| PersonSpec {
            name,
            number,
            // Unknown gender has no marker: it is what saying nothing means.
            gender: gender.filter(|g| *g != Gender::Unknown),
            birth,
            age,
            death,
            index,
            kind,
            link: if child { link } else { None },
            span: Span::default(),
        })
}

fn group_strategy() -> impl Strategy<Value = ChildGroup> {
    (prop::collection::vec(person_strategy(true), 1..4), prop::sample::select(TwinKind::ALL.to_vec()))
        .prop_map(|(members, twin)| normalise_group(members, Some(twin)))
}

fn union_strategy() -> impl Strategy<Value = UnionSpec> {
    let events = prop::sample::select(UnionEventKind::ALL[1..].to_vec());
    (
        prop::sample::select(vec![CoupleOp::Married, CoupleOp::Partners]),
        prop::option::of((prop::sample::select(UnionKind::ALL.to_vec()), prop::option::of(year_strategy()))),
        prop::collection::vec((events, prop::option::of(year_strategy())), 0..3),
    )
        .prop_map(|(op, kind, events)| UnionSpec {
            op,
            kind: kind.map(|(k, _)| k),
            start: kind.and_then(|(_, s)| s),
            events: events.into_iter().map(|(kind, date)| EventSpec { kind, date }).collect(),
        })
}

fn statement_strategy() -> impl Strategy<Value = Statement> {
    let children = || prop::collection::vec(group_strategy(), 0..4);
    prop_oneof![
        (person_strategy(false), children())
            .prop_map(|(p, children)| Statement::Family { parents: Parents::Single(p), children }),
        (person_strategy(false), person_strategy(false), union_strategy(), children()).prop_map(
            |(a, b, union, children)| Statement::Family { parents: Parents::Couple { a, b, union }, children }
        ),
        (person_strategy(false), prop::collection::vec(group_strategy(), 1..4))
            .prop_map(|(parent, children)| Statement::ParentOf { parent, children }),
        (
            person_strategy(false),
            person_strategy(false),
            prop::sample::select(vec![RelationOp::Dashes, RelationOp::Doubles]),
            prop::option::of(prop::sample::select(RelationKind::ALL.to_vec()))
        )
            .prop_map(|(a, b, op, kind)| Statement::Relation { a, b, op, kind }),
        (
            prop::sample::select(vec!["", "Dorpsstraat 4", "gezin Jansen"]),
            prop::collection::vec(person_strategy(false), 1..4)
        )
            .prop_map(|(label, members)| Statement::Household { label: label.to_owned(), members }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn printing_then_parsing_gives_the_same_statement(s in statement_strategy(), en in any::<bool>()) {
        let lang = if en { Lang::En } else { Lang::Nl };
        let text = print::statement(&s, lang);
        let parsed = parse(&text);
        prop_assert!(parsed.problems.is_empty(), "{}: {:?}", text, parsed.problems);
        prop_assert_eq!(parsed.lines.len(), 1, "{}", text);
        prop_assert_eq!(parsed.lines[0].statement.without_spans(), s, "{}", text);
    }

    #[test]
    fn any_text_parses_without_panic_and_spans_stay_inside(text in "\\PC{0,80}(\\n\\PC{0,40}){0,3}") {
        check_spans(&text);
    }

    #[test]
    fn near_notation_parses_without_panic(parts in prop::collection::vec(prop::sample::select(vec![
        "Jan", "x", "~", ":", ",", "+", "(", ")", "--", "==", "->", "→", "†", "ca.", "1990", "21", "#2", "?",
        "\"", "tweeling", "gescheiden", "huishouden", "-", "cliënt", "m", "\n", " ", "Zoë", "9999999999999",
    ]), 0..30)) {
        check_spans(&parts.join(" "));
        check_spans(&parts.concat());
    }
}

fn check_spans(text: &str) {
    let p = parse(text);
    for problem in &p.problems {
        assert!(problem.span.start <= problem.span.end && problem.span.end <= text.len(), "{text:?} {problem:?}");
        assert!(text.is_char_boundary(problem.span.start) && text.is_char_boundary(problem.span.end));
        let _ = (problem.message(Lang::Nl), problem.suggestion(Lang::En), problem.column(text));
    }
    for line in &p.lines {
        for person in line.statement.persons() {
            assert!(person.span.end <= text.len() && text.is_char_boundary(person.span.start));
        }
    }
}

#[test]
fn a_start_without_a_date_and_a_start_year() {
    let Statement::Family { parents: Parents::Couple { union, .. }, .. } =
        one("Kees x Ria (begin, uit elkaar, gescheiden 2001)")
    else {
        panic!()
    };
    assert_eq!(union.start, None);
    let events = vec![
        EventSpec { kind: UnionEventKind::Start, date: None },
        EventSpec { kind: UnionEventKind::Separation, date: None },
        EventSpec { kind: UnionEventKind::Divorce, date: year(2001) },
    ];
    assert_eq!(union.events, events);
    for lang in Lang::ALL {
        let s = Statement::Family {
            parents: Parents::Couple { a: named("Kees"), b: named("Ria"), union: union.clone() },
            children: vec![],
        };
        assert_eq!(one(&print::statement(&s, lang)), s);
    }
    let Statement::Family { parents: Parents::Couple { union, .. }, .. } = one("Kees x Ria (start 1972)") else {
        panic!()
    };
    assert_eq!((union.start, union.events), (year(1972), vec![]));
}
