//! Labels in drawn genograms: names measured and wrapped, their width reserved by the
//! layout, lines kept out of them (the measures of [`super::label_quality`]).

use super::fixtures::{all_kinds, long_names};
use super::label_quality::{label_quality, LabelQuality};
use super::tests::{options, scene_of};
use crate::genogram::model::sample_family;
use crate::i18n::Lang;

fn quality_of(g: &crate::genogram::model::Genogram) -> LabelQuality {
    label_quality(&scene_of(g, &options(Lang::Nl)))
}

#[test]
fn label_figures_of_the_fixtures() {
    for (name, g) in [("long_names", long_names()), ("all_kinds", all_kinds()), ("sample", sample_family())] {
        let q = quality_of(&g);
        println!("{name}: {q:?}");
    }
    // Before names were measured, long names ran into each other and lines through them.
    let q = quality_of(&long_names());
    assert!(q.label_label_overlaps > 0 && q.label_line_overlaps > 0, "{q:?}");
}
