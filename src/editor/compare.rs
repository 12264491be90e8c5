//! "Vergelijk met uitwerking" as the dialog shows it: the comparison, its sentences and
//! both drawings as SVG, each through the one draw path with the persons concerned
//! ringed ([`crate::genogram::compare::mark`]).

use crate::editor::drawing::{draw_genogram, Placement};
use crate::export::svg::to_svg;
use crate::format::Exercise;
use crate::genogram::compare::{compare, mark::mark_persons, Comparison};
use crate::genogram::edit::arrange::pins_of;
use crate::genogram::model::{Genogram, PartialDate, PersonId};
use crate::genogram::scene::SceneOptions;
use crate::i18n::Lang;
use std::collections::BTreeSet;

/// Everything the comparison dialog shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ComparisonView {
    /// The comparison itself.
    pub comparison: Comparison,
    /// One sentence per difference, in `lang`.
    pub sentences: Vec<String>,
    /// The student's drawing, persons concerned ringed.
    pub student_svg: String,
    /// The reference's drawing, persons concerned ringed.
    pub reference_svg: String,
}

/// One drawing of the comparison: laid out as the canvas would, without legend and
/// title block (the two drawings sit side by side, the dialog captions them), with
/// `marked` ringed.
pub fn marked_svg(g: &Genogram, marked: &BTreeSet<PersonId>, lang: Lang, today: PartialDate) -> String {
    let mut options = SceneOptions::new(lang, today);
    options.title = String::new();
    options.show_legend = false;
    let mut drawing = draw_genogram(g, &pins_of(g), &options);
    if let Placement::Genogram(layout) = &drawing.placement {
        mark_persons(&mut drawing.scene, layout, marked);
    }
    to_svg(&drawing.scene)
}

/// Compares the student's genogram with the exercise's reference and draws both.
pub fn comparison_view(student: &Genogram, exercise: &Exercise, lang: Lang, today: PartialDate) -> ComparisonView {
    let comparison = compare(student, &exercise.reference);
    let sentences =
        comparison.differences.iter().map(|d| d.describe(student, &exercise.reference, lang)).collect::<Vec<_>>();
    let student_svg = marked_svg(student, &comparison.marked(true), lang, today);
    let reference_svg = marked_svg(&exercise.reference, &comparison.marked(false), lang, today);
    ComparisonView { comparison, sentences, student_svg, reference_svg }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{sample_family, Command};

    #[test]
    fn both_drawings_ring_the_persons_a_difference_concerns() {
        let reference = sample_family();
        let mut student = reference.clone();
        let kevin = student.persons().find(|(_, p)| p.given_name == "Kevin").map(|(id, _)| id).unwrap();
        student.apply(Command::RemovePerson { id: kevin }).unwrap();
        let exercise = Exercise {
            id: "e".into(),
            title: "t".into(),
            created: 0,
            case_text: String::new(),
            reference,
            netwerkkaart: None,
        };
        let view = comparison_view(&student, &exercise, Lang::Nl, "2025".parse().unwrap());
        assert_eq!(view.sentences, vec!["Kevin Smit ontbreekt.".to_owned()]);
        assert!(view.comparison.score < 100);
        assert!(view.reference_svg.contains(&format!("data-key=\"compare:{}\"", kevin.get())));
        assert!(!view.student_svg.contains("data-key=\"compare:"), "nothing to ring in the student's drawing");
        assert!(view.reference_svg.contains("Noah"), "the reference is drawn");
        assert!(!view.reference_svg.contains("data-key=\"legend\""), "no legend beside each other");
        assert!(!view.student_svg.contains("data-key=\"title\""), "the dialog captions the drawings");
    }
}
