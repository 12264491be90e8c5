//! The "+N" markers of folding ("Inklappen"): a small rounded badge right of a person
//! whose branch is folded, with the number of persons it hides. Keyed `fold:<person>`,
//! so the canvas can unfold the branch when the badge is clicked.

use crate::genogram::model::PersonId;
use crate::kernel::{Anchor, Item, Point, Primitive, Shape, Style, Weight};
use std::collections::{BTreeMap, HashMap};

/// Badge colours: a quiet blue that reads as "more here", not as a condition.
const FILL: &str = "#e8f0fb";
const EDGE: &str = "#3a6db5";
const HEIGHT: f64 = 16.0;

/// The key of the marker of this person's folded branch.
pub fn marker_key(p: PersonId) -> String {
    format!("fold:{}", p.get())
}

/// The person whose marker this key names (`"fold:12"` → 12).
pub fn marker_person(key: &str) -> Option<PersonId> {
    key.strip_prefix("fold:")?.parse().ok().map(PersonId)
}

/// One badge per folded person drawn, beside their symbol's right edge at mid height.
/// `at` holds each drawn person's centre and how far their symbol reaches up and down.
pub(crate) fn markers(folded: &BTreeMap<PersonId, usize>, at: &HashMap<PersonId, (Point, f64, f64)>) -> Vec<Item> {
    folded
        .iter()
        .filter(|(_, &n)| n > 0)
        .filter_map(|(&p, &n)| {
            let &(c, up, _) = at.get(&p)?;
            let text = format!("+{n}");
            let width = 8.0 + 6.5 * text.chars().count() as f64;
            // Symbols are as wide as they are high: the badge starts just right of the edge.
            let x = c.x + up.max(5.0) + 4.0;
            let y = c.y - HEIGHT / 2.0;
            let badge = Shape::new(
                Primitive::Rect { x, y, width, height: HEIGHT, rx: HEIGHT / 2.0 },
                Style::stroke(EDGE, 1.2).filled(FILL).with_class("fold-marker"),
            );
            let mut label = Shape::text(x + width / 2.0, c.y + 4.0, text, Anchor::Middle, 11.0, Weight::Bold);
            label.style = Style::fill(EDGE);
            Some(Item { key: marker_key(p), shapes: vec![badge, label] })
        })
        .collect()
}
