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

mod build;
mod conditions;
mod dump;
mod family;
pub mod fixtures;
pub mod generate;
mod geom;
mod household;
pub(crate) mod labels;
mod legend;
mod lines;
mod person;
mod relation;
mod shape;

#[cfg(test)]
pub(crate) mod tests;

pub use build::build_scene;
pub use family::layout_input;
pub use legend::LegendKey;
pub use shape::{num, Anchor, Point, Primitive, Shape, Style, Weight};

use crate::i18n::Lang;
use crate::layout::Bounds;
use crate::model::{AnyId, PartialDate};

/// How names are shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Anonymise {
    /// Real names.
    #[default]
    Off,
    /// Initials only ("J.d.V.").
    Initials,
    /// Roles relative to the index person ("moeder", "halfbroer", …), or "persoon 7"
    /// when there is no index person or no close kinship.
    Roles,
}

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
        }
    }
}

/// One drawable thing with a stable key, e.g. one person's symbol with its labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Stable key: `"person:12"`, `"union:3"`, `"child:5"`, `"single:7"` (children of
    /// single parent 7), `"relation:7"`, `"household:2"`, `"legend"`, `"title"`.
    pub key: String,
    /// The model element this item belongs to, for selection and hit-testing.
    pub model: Option<AnyId>,
    /// The shapes, in drawing order.
    pub shapes: Vec<Shape>,
}

/// Everything to draw, in drawing order (households behind, legend and title last).
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    /// Bounds of all shapes, legend and title included (text estimated).
    pub bounds: Bounds,
    /// The items, in drawing order.
    pub items: Vec<Item>,
    /// Accessible title of the drawing (the SVG `<title>`).
    pub title: String,
    /// Language of the drawing's words.
    pub lang: Lang,
    /// The legend entries drawn (empty when the legend is off), in legend order.
    pub legend: Vec<LegendKey>,
}

impl Scene {
    /// The item with this key.
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    /// A compact, readable text dump (one block per item), used for snapshot tests.
    pub fn dump(&self) -> String {
        dump::dump(self)
    }
}
