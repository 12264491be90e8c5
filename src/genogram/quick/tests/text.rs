//! The round trip: a genogram as text, applied to itself (nothing changes), to an
//! empty genogram (the same text comes back), and edited (only the edit changes).

use super::super::{genogram_text, parse, plan};
use super::plan::EXAMPLE;
use crate::genogram::model::tests::strategies::arb_genogram;
use crate::genogram::model::{sample_family, Genogram};
use crate::i18n::Lang;
use proptest::prelude::*;

const YEAR: i32 = 2025;

fn apply(g: &mut Genogram, text: &str) {
    let parsed = parse(text);
    assert!(parsed.problems.is_empty(), "{text}\n{:?}", parsed.problems);
    let planned = plan(g, &parsed, YEAR);
    assert!(planned.problems.is_empty(), "{text}\n{:?}", planned.problems);
    if let Some(cmd) = planned.command {
        g.apply(cmd).expect("a plan applies");
    }
}

#[test]
fn the_sample_family_as_text_reads_well_and_applied_to_itself_changes_nothing() {
    let g = sample_family();
    for lang in Lang::ALL {
        let text = genogram_text(&g, lang);
        assert!(
            text.contains("Jan de Vries 1938 †2015 (m) x Marie de Vries-Bakker 1941 (v") || lang == Lang::En,
            "{text}"
        );
        let planned = plan(&g, &parse(&text), YEAR);
        assert!(planned.problems.is_empty(), "{:?}", planned.problems);
        assert_eq!(planned.command, None, "{text}");
    }
}

#[test]
fn text_to_genogram_to_text_gives_the_same_text() {
    for start in [sample_family(), {
        let mut g = Genogram::new();
        apply(&mut g, EXAMPLE);
        g
    }] {
        let text = genogram_text(&start, Lang::Nl);
        let mut rebuilt = Genogram::new();
        apply(&mut rebuilt, &text);
        assert_eq!(genogram_text(&rebuilt, Lang::Nl), text);
        assert_eq!(rebuilt.person_count(), start.person_count());
    }
}

#[test]
fn an_edited_text_changes_only_what_was_edited_and_keeps_what_text_cannot_say() {
    let g = sample_family();
    let text = genogram_text(&g, Lang::Nl);
    let edited = text.replace("Kevin Smit 2009", "Kevin Smit 2010") + "\nNoah de Vries -- Kevin Smit: vriendschap";
    let mut changed = g.clone();
    apply(&mut changed, &edited);
    let kevin = |g: &Genogram| g.persons().find(|(_, p)| p.given_name == "Kevin").map(|(_, p)| p.clone());
    assert_eq!(kevin(&changed).and_then(|p| p.birth).map(|b| b.year()), Some(2010));
    assert_eq!(changed.relations().count(), g.relations().count() + 1);
    // Notes, conditions, occupations and full dates of the others are untouched.
    for (id, p) in g.persons() {
        if p.given_name != "Kevin" {
            assert_eq!(changed.person(id), Some(p));
        }
    }
    assert_eq!(changed.unions().collect::<Vec<_>>(), g.unions().collect::<Vec<_>>());
}

proptest! {
    #![proptest_config(crate::genogram::model::tests::strategies::config(64))]

    /// Any genogram written as text reads back without problems, and applying it to
    /// the same genogram changes nothing.
    #[test]
    fn any_genogram_as_text_applied_to_itself_changes_nothing(g in arb_genogram()) {
        let text = genogram_text(&g, Lang::Nl);
        let parsed = parse(&text);
        prop_assert!(parsed.problems.is_empty(), "{}\n{:?}", text, parsed.problems);
        let planned = plan(&g, &parsed, YEAR);
        prop_assert!(planned.problems.is_empty(), "{}\n{:?}", text, planned.problems);
        prop_assert_eq!(planned.command, None, "{}", text);
    }
}

#[test]
fn a_start_without_a_date_is_written_as_begin_and_kept() {
    let mut g = Genogram::new();
    apply(&mut g, "Kees x Ria (begin, uit elkaar, gescheiden 2001)");
    let text = genogram_text(&g, Lang::Nl);
    assert!(text.contains("(begin, uit elkaar, gescheiden 2001)"), "{text}");
    let planned = plan(&g, &parse(&text), YEAR);
    assert_eq!(planned.command, None, "{text}");
    let u = g.unions().next().map(|(_, u)| u.clone()).expect("a union");
    assert_eq!(u.events.len(), 3);
    assert_eq!(u.start_date(), None);
}

#[test]
fn a_person_called_question_mark_is_not_the_unnamed_one() {
    // Found by the property test above: "?" (quoted, a name) and ? (no name) were one key.
    let mut g = Genogram::new();
    apply(&mut g, "? m\n\"?\" m");
    assert_eq!(g.person_count(), 2);
    let text = genogram_text(&g, Lang::Nl);
    assert_eq!(plan(&g, &parse(&text), YEAR).command, None, "{text}");
}
