//! The parser: every line kind, roles and names, errors with positions, and property
//! tests (no panic on any input; print → parse gives the same tree).

use super::super::ast::*;
use super::super::parse::parse;
use super::super::print;
use super::super::problem::ProblemKind;
use super::super::words::Flow;
use crate::i18n::Lang;
use crate::netwerkkaart::{
    ActorKind, CentreKind, Formality, Frequency, Quality, Ring, SectorKind, Strength, SupportSet, SupportType,
};
use proptest::prelude::*;

use SupportType::{Advice as A, Company as G, Emotional as E, Practical as P};

fn one(text: &str) -> Statement {
    let p = parse(text);
    assert!(p.problems.is_empty(), "{text}: {:?}", p.problems);
    assert_eq!(p.lines.len(), 1, "{text}");
    p.lines[0].statement.without_spans()
}

fn groups(text: &str) -> Vec<SectorGroup> {
    match one(text) {
        Statement::Sectors(g) => g,
        other => panic!("{text}: {other:?}"),
    }
}

fn named(n: &str) -> ActorSpec {
    ActorSpec::named(n)
}

fn problem(text: &str) -> super::super::Problem {
    let p = parse(text);
    assert_eq!(p.problems.len(), 1, "{text}: {:?}", p.problems);
    p.problems[0].clone()
}

/// The text a problem marks.
fn marked<'a>(text: &'a str, p: &super::super::Problem) -> &'a str {
    &text[p.span.start..p.span.end]
}

#[test]
fn the_issue_example_two_sectors_on_one_line() {
    let g = groups("familie: moeder Fatima (sterk, P G E), buren: Ans (verbinder)");
    assert_eq!(g.len(), 2);
    assert_eq!(g[0].sector, SectorRef::Standard(SectorKind::Family));
    let fatima = ActorSpec {
        role: Some("moeder".into()),
        tie: TieSpec {
            strength: Some(Strength::Strong),
            support: Some(SupportSet::of(&[P, G, E])),
            ..TieSpec::default()
        },
        ..named("Fatima")
    };
    assert_eq!(g[0].actors, vec![fatima]);
    assert_eq!(g[1].sector, SectorRef::Standard(SectorKind::Neighbours));
    assert_eq!(g[1].actors, vec![ActorSpec { verbinder: true, ..named("Ans") }]);
}

#[test]
fn the_issue_example_a_formal_professional() {
    let g = groups("professionals: Wijkteam West (formeel)");
    assert_eq!(g[0].sector, SectorRef::Standard(SectorKind::Professionals));
    assert_eq!(g[0].actors, vec![ActorSpec { formality: Some(Formality::Formal), ..named("Wijkteam West") }]);
}

#[test]
fn every_word_in_brackets_dutch_and_english() {
    let a = &groups(
        "familie: Oma (buiten, hybride, organisatie, verbinder, zwak, stressvol, ontvangt, advies, emotioneel, zelden)",
    )[0]
    .actors[0];
    assert_eq!(a.ring, Some(Ring::Outer));
    assert_eq!(a.formality, Some(Formality::Hybrid));
    assert_eq!(a.kind, Some(ActorKind::Organisation));
    assert!(a.verbinder);
    assert_eq!(
        a.tie,
        TieSpec {
            strength: Some(Strength::Weak),
            quality: Some(Quality::Stressful),
            flow: Some(Flow::Receives),
            support: Some(SupportSet::of(&[A, E])),
            frequency: Some(Frequency::Rarely),
        }
    );
    let b = &groups("family: Gran (inner ring, informal, person, strong, positive, gives, PCAE, weekly)")[0].actors[0];
    assert_eq!(b.ring, Some(Ring::Inner));
    assert_eq!(b.formality, Some(Formality::Informal));
    assert_eq!(b.kind, Some(ActorKind::Person));
    assert_eq!(b.tie.flow, Some(Flow::Gives));
    assert_eq!(b.tie.support, Some(SupportSet::of(&[P, G, A, E])), "C is company in English");
    assert_eq!(b.tie.quality, Some(Quality::Positive));
    assert_eq!(b.tie.frequency, Some(Frequency::Weekly));
    // "binnenste ring" is one phrase; "P/G/E" reads as three letters.
    let c = &groups("vrienden: Sem (binnenste ring, P/G/E)")[0].actors[0];
    assert_eq!((c.ring, c.tie.support), (Some(Ring::Inner), Some(SupportSet::of(&[P, G, E]))));
}

#[test]
fn roles_before_the_name_alone_or_in_brackets() {
    let g = groups("professionals: huisarts van Dijk, huisarts, Wijkteam West (\"wijkcoach Lotte\"), buurvrouw \"ans\", ans, Sem (vriend), mentor ?");
    let roles: Vec<_> = g[0].actors.iter().map(|a| (a.role.as_deref(), a.name.as_str())).collect();
    assert_eq!(
        roles,
        vec![
            (Some("huisarts"), "van Dijk"),
            (Some("huisarts"), ""),
            (Some("wijkcoach Lotte"), "Wijkteam West"),
            (Some("buurvrouw"), "ans"),
            (None, "ans"),
            (Some("vriend"), "Sem"),
            (Some("mentor"), ""),
        ]
    );
    // A name with a dot and a namesake number.
    let g = groups("buren: mentor Dhr. Bakker#2");
    assert_eq!(g[0].actors[0], ActorSpec { role: Some("mentor".into()), number: Some(2), ..named("Dhr. Bakker") });
}

#[test]
fn the_centre_line() {
    assert_eq!(one("cliënt: Noah"), Statement::Centre { kind: Some(CentreKind::Person), name: "Noah".into() });
    assert_eq!(
        one("huishouden: Gezin  De Vries"),
        Statement::Centre { kind: Some(CentreKind::Household), name: "Gezin De Vries".into() }
    );
    assert_eq!(one("centre: Noah, 21"), Statement::Centre { kind: None, name: "Noah, 21".into() });
    assert_eq!(one("client:"), Statement::Centre { kind: Some(CentreKind::Person), name: String::new() });
    // Quoted, a centre word is a sector of that name.
    assert_eq!(groups("\"huishouden\": Ans")[0].sector, SectorRef::Named("huishouden".into()));
}

#[test]
fn other_sectors_by_name_and_number() {
    let g = groups("kerk: dominee Bos, sportclub #2: Trainer Kees, \"vrienden\":");
    assert_eq!(g[0].sector, SectorRef::Named("kerk".into()));
    assert_eq!(g[0].actors[0].role.as_deref(), Some("dominee"));
    assert_eq!((g[1].sector.clone(), g[1].number), (SectorRef::Named("sportclub".into()), Some(2)));
    assert_eq!(g[2].sector, SectorRef::Named("vrienden".into()));
    assert!(g[2].actors.is_empty());
    for text in ["vrienden / kennissen: Sem", "buren/collega's/school: Ans", "neighbors: Ans"] {
        assert!(matches!(groups(text)[0].sector, SectorRef::Standard(_)), "{text}");
    }
}

#[test]
fn a_tie_between_two_actors() {
    assert_eq!(
        one("Fatima -- Peter: stressvol, dagelijks"),
        Statement::Tie {
            a: named("Fatima"),
            b: named("Peter"),
            tie: TieSpec { quality: Some(Quality::Stressful), frequency: Some(Frequency::Daily), ..TieSpec::default() },
        }
    );
    let Statement::Tie { a, b, tie } = one("Wijkteam West — \"Buurteam Geldzaken\" (geeft A)") else { panic!() };
    assert_eq!((a.name.as_str(), b.name.as_str()), ("Wijkteam West", "Buurteam Geldzaken"));
    assert_eq!((tie.flow, tie.support), (Some(Flow::Gives), Some(SupportSet::of(&[A]))));
    assert_eq!(one("Sem -- Jesse"), Statement::Tie { a: named("Sem"), b: named("Jesse"), tie: TieSpec::default() });
}

#[test]
fn actors_without_a_sector_and_comments() {
    assert_eq!(
        one("Fatima (binnen), Ans"),
        Statement::Actors(vec![ActorSpec { ring: Some(Ring::Inner), ..named("Fatima") }, named("Ans")])
    );
    assert!(parse("# a note\n\n   ").lines.is_empty());
}

#[test]
fn errors_say_where_and_suggest() {
    let text = "familie: Fatima (strek)";
    let p = problem(text);
    assert_eq!(p.kind, ProblemKind::UnknownWord { word: "strek".into(), nearest: Some("sterk") });
    assert_eq!(marked(text, &p), "strek");
    assert_eq!(p.column(text), 18);

    let text = "famlie: Fatima";
    let p = problem(text);
    assert_eq!(p.kind, ProblemKind::UnknownSector { name: "famlie".into(), nearest: "familie".into() });
    assert_eq!(marked(text, &p), "famlie");

    let text = "buren: Ans (verbinder";
    let p = problem(text);
    assert_eq!((p.kind.clone(), marked(text, &p)), (ProblemKind::UnclosedBracket, "("));

    let text = "Fatima -- Peter: binnen";
    let p = problem(text);
    assert_eq!((p.kind.clone(), marked(text, &p)), (ProblemKind::NotATieWord { word: "binnen".into() }, "binnen"));

    let text = "buren: Ans#0";
    assert_eq!(problem(text).kind, ProblemKind::BadNumber { number: "0".into() });

    let text = "familie: Fatima (sterk) Peter";
    let p = problem(text);
    assert_eq!((p.kind.clone(), marked(text, &p)), (ProblemKind::UnexpectedSign { sign: "Peter".into() }, "Peter"));

    let text = "familie: (sterk)";
    assert_eq!(problem(text).kind, ProblemKind::MissingName);

    let text = "vrienden: Jesse (indirect, sterk)";
    let p = problem(text);
    assert_eq!((p.kind.clone(), marked(text, &p)), (ProblemKind::IndirectWithTie, "Jesse (indirect, sterk)"));

    // Messages and suggestions exist in both languages.
    for lang in Lang::ALL {
        assert!(!problem("famlie: Fatima").message(lang).is_empty());
        assert!(problem("famlie: Fatima").suggestion(lang).contains("familie"));
    }
}

#[test]
fn a_bad_line_never_stops_the_others_and_positions_count_from_the_whole_text() {
    let text = "cliënt: Noah\nfamilie: Fatima (strek)\nburen: Ans";
    let p = parse(text);
    assert_eq!(p.lines.iter().map(|l| l.number).collect::<Vec<_>>(), vec![1, 3]);
    assert_eq!(p.problems.len(), 1);
    assert_eq!(p.problems[0].line, 2);
    assert_eq!(&text[p.problems[0].span.start..p.problems[0].span.end], "strek");
    assert_eq!(p.problems[0].column(text), 18);
}

// ----- properties ---------------------------------------------------------------------

const NAMES: &[&str] = &[
    "Fatima",
    "Wijkteam West",
    "van Dijk",
    "Dhr. Bakker",
    "ans",
    "Anne-Marie",
    "Buurt: \"Oost\"",
    "sterk",
    "Jan, Piet",
    "Zoë",
    "3B",
    "huisarts",
];
const ROLES: &[&str] = &["moeder", "huisarts", "wijkcoach Lotte", "kennis (sportschool)", "de buurvrouw", "Mentor"];

fn tie_strategy() -> impl Strategy<Value = TieSpec> {
    (
        prop::option::of(prop::sample::select(Strength::ALL.to_vec())),
        prop::option::of(prop::sample::select(Quality::ALL.to_vec())),
        prop::option::of(prop::sample::select(vec![Flow::Gives, Flow::Receives, Flow::Mutual])),
        prop::option::of(1u8..16),
        prop::option::of(prop::sample::select(Frequency::ALL.to_vec())),
    )
        .prop_map(|(strength, quality, flow, support, frequency)| TieSpec {
            strength,
            quality,
            flow,
            support: support.map(|bits| {
                SupportType::ALL.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, t)| *t).collect()
            }),
            frequency,
        })
}

fn actor_strategy() -> impl Strategy<Value = ActorSpec> {
    (
        prop::option::of(prop::sample::select(NAMES.to_vec())),
        prop::option::of(prop::sample::select(ROLES.to_vec())),
        prop::option::of(2u32..4),
        prop::option::of(prop::sample::select(Ring::ALL.to_vec())),
        prop::option::of(prop::sample::select(Formality::ALL.to_vec())),
        prop::option::of(prop::sample::select(ActorKind::ALL.to_vec())),
        any::<bool>(),
        tie_strategy(),
        any::<bool>(),
    )
        .prop_map(|(name, role, number, ring, formality, kind, verbinder, tie, indirect)| ActorSpec {
            name: name.unwrap_or_default().to_owned(),
            number,
            role: role.map(str::to_owned),
            ring,
            formality,
            kind,
            verbinder,
            // "indirect" never stands beside words about the tie with the centre.
            indirect: indirect && tie.is_empty(),
            tie,
            span: Span::default(),
        })
}

/// An actor as a tie line names it: a name, or a role that can stand before `?`.
fn tie_end_strategy() -> impl Strategy<Value = ActorSpec> {
    (prop::sample::select(NAMES.to_vec()), prop::option::of(2u32..4)).prop_map(|(name, number)| {
        let spec = ActorSpec { number, ..ActorSpec::named(name) };
        print::tie_head(&spec).1
    })
}

fn sector_strategy() -> impl Strategy<Value = SectorRef> {
    prop_oneof![
        prop::sample::select(SectorKind::DEFAULTS.to_vec()).prop_map(SectorRef::Standard),
        prop::sample::select(vec!["kerk", "sportclub", "huishouden", "familie", "school#3", "a: b", "famlie"])
            .prop_map(|n| SectorRef::Named(n.to_owned())),
    ]
}

fn statement_strategy() -> impl Strategy<Value = Statement> {
    prop_oneof![
        (prop::option::of(prop::sample::select(CentreKind::ALL.to_vec())), prop::sample::select(NAMES.to_vec()))
            .prop_map(|(kind, name)| Statement::Centre { kind, name: name.to_owned() }),
        prop::collection::vec(
            (sector_strategy(), prop::option::of(2u32..4), prop::collection::vec(actor_strategy(), 0..4))
                .prop_map(|(sector, number, actors)| SectorGroup { sector, number, actors, span: Span::default() }),
            1..3
        )
        .prop_map(Statement::Sectors),
        (tie_end_strategy(), tie_end_strategy(), tie_strategy()).prop_map(|(a, b, tie)| Statement::Tie { a, b, tie }),
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
        "familie", "buren", "cliënt", "Ans", "moeder", "x", ":", ",", "(", ")", "--", "—", "#2", "#", "?", "\"",
        "sterk", "P", "PGE", "binnen", "verbinder", "geeft", "/", "\n", " ", "Zoë", "9999999999999", "binnenste ring",
    ]), 0..30)) {
        check_spans(&parts.join(" "));
        check_spans(&parts.concat());
    }
}

pub(super) fn check_spans(text: &str) {
    let p = parse(text);
    for problem in &p.problems {
        assert!(problem.span.start <= problem.span.end && problem.span.end <= text.len(), "{text:?} {problem:?}");
        assert!(text.is_char_boundary(problem.span.start) && text.is_char_boundary(problem.span.end));
        let _ = (problem.message(Lang::Nl), problem.suggestion(Lang::En), problem.column(text));
    }
    for line in &p.lines {
        for actor in line.statement.actors() {
            assert!(actor.span.end <= text.len() && text.is_char_boundary(actor.span.start), "{text:?}");
        }
        // Whatever was read prints and reads back the same.
        for lang in Lang::ALL {
            let printed = print::statement(&line.statement.without_spans(), lang);
            let again = parse(&printed);
            assert!(again.problems.is_empty(), "{text:?} → {printed:?}: {:?}", again.problems);
            assert_eq!(
                again.lines.first().map(|l| l.statement.without_spans()),
                Some(normalised(&line.statement)),
                "{text:?} → {printed:?}"
            );
        }
    }
}

/// What a statement reads back as after printing: a tie line drops an unnamed actor's
/// role when it cannot stand before `?`.
fn normalised(s: &Statement) -> Statement {
    match s.without_spans() {
        Statement::Tie { a, b, tie } => Statement::Tie { a: print::tie_head(&a).1, b: print::tie_head(&b).1, tie },
        other => other,
    }
}
