//! Marking the persons a difference concerns in a drawing: a coloured ring around each
//! symbol, added to the scene after it is built so both drawings of the comparison go
//! through the one draw path unchanged.

use crate::genogram::layout::Layout;
use crate::genogram::model::PersonId;
use crate::kernel::scene::{Item, Scene};
use crate::kernel::shape::{Primitive, Shape, Style};
use std::collections::BTreeSet;

/// The key prefix of a ring ("compare:3").
pub const MARK_PREFIX: &str = "compare:";
/// The ring's colour (also readable in print without colour: it is a thick ring).
pub const MARK_COLOUR: &str = "#d9480f";
/// The ring's radius: clear of a 40-unit symbol and its decorations.
const RADIUS: f64 = 31.0;

/// Adds a ring around every person of `persons` that `layout` placed, drawn last; the
/// scene's bounds grow to hold the rings.
pub fn mark_persons(scene: &mut Scene, layout: &Layout, persons: &BTreeSet<PersonId>) {
    for id in persons {
        let Some(p) = layout.persons.get(&id.get()) else { continue };
        let style = Style::stroke(MARK_COLOUR, 3.0).with_class("compare-mark");
        scene.items.push(Item {
            key: format!("{MARK_PREFIX}{}", id.get()),
            shapes: vec![Shape::new(Primitive::Circle { cx: p.x, cy: p.y, r: RADIUS }, style)],
        });
        let b = &mut scene.bounds;
        b.min_x = b.min_x.min(p.x - RADIUS - 2.0);
        b.max_x = b.max_x.max(p.x + RADIUS + 2.0);
        b.min_y = b.min_y.min(p.y - RADIUS - 2.0);
        b.max_y = b.max_y.max(p.y + RADIUS + 2.0);
    }
}
