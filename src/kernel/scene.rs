//! The scene: plain data describing every shape of a drawing, in drawing order.
//!
//! Built once per change from a model and its layout (by the genogram's or the
//! netwerkkaart's scene module) and drawn by the live canvas and the SVG exporter, which
//! both map shapes to SVG through [`Shape::svg_element`](super::Shape::svg_element).
//! Each [`Item`] has a stable key so the canvas can update only what changed.

use super::geometry::Bounds;
use super::shape::Shape;
use crate::i18n::Lang;

/// One drawable thing with a stable key, e.g. one person's symbol with its labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Stable key, e.g. `"person:12"`, `"union:3"`, `"actor:4"`, `"legend"`, `"title"`;
    /// each drawing maps its keys back to its own ids (`item_of_key`).
    pub key: String,
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
}

impl Scene {
    /// The item with this key.
    pub fn item(&self, key: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.key == key)
    }

    /// A compact, readable text dump (one block per item), used for snapshot tests.
    pub fn dump(&self) -> String {
        super::dump::dump(self)
    }
}
