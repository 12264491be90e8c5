//! Condition fills: parts of a symbol filled, hatched or lightly filled.
//!
//! Regions (fixed, so a reader learns them once): physical = left half, alcohol and
//! drugs = lower half, mental = upper-right quadrant, any other named condition = a
//! band along the top quarter. Active = dark fill, suspected (*vermoed*) = hatching,
//! in recovery (*in herstel*) = light grey fill.

use crate::genogram::model::{Condition, ConditionArea, ConditionStatus};
use crate::kernel::geom::{clip_to_rect, hatch_path};
use crate::kernel::shape::{Point, Primitive, Shape, Style};

/// Dark fill of an active condition.
pub(crate) const ACTIVE: &str = "#333";
/// Light fill of a condition in recovery.
pub(crate) const RECOVERY: &str = "#bdbdbd";

/// The part of the bounding box `[x0, y0]–[x1, y1]` a condition area fills.
fn region(area: ConditionArea, x0: f64, y0: f64, x1: f64, y1: f64) -> (f64, f64, f64, f64) {
    let (mx, my) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    match area {
        ConditionArea::Physical => (x0, y0, mx, y1),
        ConditionArea::Alcohol | ConditionArea::Drugs => (x0, my, x1, y1),
        ConditionArea::Mental => (mx, y0, x1, my),
        ConditionArea::Other => (x0, y0, x1, y0 + (y1 - y0) * 0.25),
    }
}

/// The shapes filling parts of the (convex) symbol outline `poly` for `conditions`:
/// light fills first, then dark fills, then hatching, so stronger marks stay visible.
pub(crate) fn condition_shapes(poly: &[Point], conditions: &[Condition]) -> Vec<Shape> {
    let (x0, y0, x1, y1) = crate::kernel::geom::bounding_box(poly);
    let mut out = Vec::new();
    for pass in [ConditionStatus::InRecovery, ConditionStatus::Active, ConditionStatus::Suspected] {
        for c in conditions.iter().filter(|c| c.status == pass) {
            let (rx0, ry0, rx1, ry1) = region(c.category.area(), x0, y0, x1, y1);
            let part = clip_to_rect(poly, rx0, ry0, rx1, ry1);
            if part.len() < 3 {
                continue;
            }
            out.push(match pass {
                ConditionStatus::InRecovery => Shape::polygon(part, Style::fill(RECOVERY)),
                ConditionStatus::Active => Shape::polygon(part, Style::fill(ACTIVE)),
                ConditionStatus::Suspected => {
                    Shape::new(Primitive::Path(hatch_path(&part, 4.0)), Style::stroke(ACTIVE, 1.0))
                }
            });
        }
    }
    out
}
