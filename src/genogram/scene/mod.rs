//! The scene: plain data describing every shape of a genogram drawing.
//!
//! Computed once from the model, its layout and [`SceneOptions`] by [`build_scene`];
//! drawn by the live canvas and by the SVG exporter ([`crate::export::svg`]), which
//! both map shapes to SVG through [`Shape::svg_element`]. Each [`Item`] has a stable
//! key (`"person:12"`, `"union:3"`, …) so the canvas can update only what changed.
//!
//! Notation choices (all shown in the legend when used):
//! * years above the symbol as `° 1950 † 2010`, age inside, name below;
//! * miscarriage = small filled circle, abortion = small X, stillbirth = small gender
//!   symbol with an X (McGoldrick's convention, as in the model's docs);
//! * conditions: physical = left half, alcohol/drugs = lower half, mental = upper
//!   right quadrant, other named conditions = a band along the top; active = dark fill,
//!   suspected = hatched, in recovery = light grey fill;
//! * adopted children: dashed line *and* brackets around the symbol; foster: dotted.

pub mod at_year;
mod build;
mod conditions;
pub mod fixtures;
pub mod folding;
pub mod generate;
mod household;
pub mod label_quality;
pub(crate) mod labels;
mod layout_input;
mod legend;
mod lines;
mod pattern;
mod person;
pub(crate) mod person_labels;
pub mod quality_routes;
mod relation;
pub mod reveal;
mod route;

#[cfg(test)]
mod at_year_tests;
#[cfg(test)]
mod label_tests;
#[cfg(test)]
pub(crate) mod tests;

pub use crate::kernel::{num, Anchor, Anonymise, Item, Point, Primitive, Scene, Shape, Style, Weight};
pub use build::{build_scene, build_scene_and_legend};
pub use layout_input::{layout_input, layout_input_for};
pub use legend::LegendKey;
pub use pattern::pattern_texts;

use crate::genogram::model::{AnyId, PartialDate};
use crate::i18n::Lang;

/// What to draw besides the family itself, and in which language.
#[derive(Clone, Debug, PartialEq)]
pub struct SceneOptions {
    /// Language of all words in the drawing.
    pub lang: Lang,
    /// Real names, initials or roles.
    pub anonymise: Anonymise,
    /// The date ages are computed at (usually today; the scene never reads a clock).
    pub reference_date: PartialDate,
    /// Title of the drawing (title block and the SVG `<title>`); empty for none.
    /// When anonymising, a title containing a person's name is replaced.
    pub title: String,
    /// Date text for the title block (e.g. "12-03-2025"); empty for none.
    pub date_text: String,
    /// Author for the title block; empty for none.
    pub author: String,
    /// Whether to draw the legend.
    pub show_legend: bool,
    /// The pattern lens ("Patroon"): themes to emphasise, everything else dimmed, with
    /// a summary block; off when it has no themes. A view: the model is not copied.
    pub lens: crate::genogram::pattern::Lens,
    /// The family in a given year ("Peiljaar"): persons born later hidden, deaths,
    /// ages, unions, relations and households as they were that year (see
    /// [`at_year`]). Positions stay those of the whole family. `None`: as it is now.
    pub at_year: Option<i32>,
    /// Folding ("Inklappen"): the "+N" marker to draw beside each person whose branch
    /// is folded, with the number of hidden persons (see [`crate::genogram::folding`]).
    /// Empty: no markers.
    pub folded: std::collections::BTreeMap<crate::genogram::model::PersonId, usize>,
}

impl SceneOptions {
    /// Options for a language and reference date: real names, no title, with legend.
    pub fn new(lang: Lang, reference_date: PartialDate) -> Self {
        SceneOptions {
            lang,
            anonymise: Anonymise::Off,
            reference_date,
            title: String::new(),
            date_text: String::new(),
            author: String::new(),
            show_legend: true,
            lens: crate::genogram::pattern::Lens::default(),
            at_year: None,
            folded: Default::default(),
        }
    }
}

/// The model thing a scene item's key names (`"person:12"` → person 12; `"single:7"`,
/// the children of single parent 7, → person 7), for selection and hit-testing.
pub fn item_of_key(key: &str) -> Option<AnyId> {
    use crate::genogram::model::{ChildLinkId, HouseholdId, PersonId, RelationId, UnionId};
    let (kind, id) = key.split_once(':')?;
    let n: u32 = id.parse().ok()?;
    match kind {
        "person" | "single" => Some(AnyId::Person(PersonId(n))),
        "union" => Some(AnyId::Union(UnionId(n))),
        "child" => Some(AnyId::ChildLink(ChildLinkId(n))),
        "relation" => Some(AnyId::Relation(RelationId(n))),
        "household" => Some(AnyId::Household(HouseholdId(n))),
        _ => None,
    }
}

/// Lays out `g` around `pins` and builds its scene, making each person's texts (their
/// measured, wrapped names and years) once for both: the path of every drawing.
pub fn lay_out_and_build(
    g: &crate::genogram::model::Genogram,
    pins: &crate::genogram::layout::Pins,
    opts: &SceneOptions,
) -> (crate::genogram::layout::Layout, Scene) {
    let texts = person_labels::person_texts(g, opts.anonymise, opts.lang);
    let family = layout_input::layout_input_from_texts(g, &texts);
    let layout = crate::genogram::layout::layout(&family, pins, &crate::genogram::layout::LayoutOptions::default());
    let scene = build::build_scene_from_texts(g, &layout, opts, texts).0;
    (layout, scene)
}
