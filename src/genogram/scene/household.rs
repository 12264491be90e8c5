//! Households: a dotted outline around the members' symbols and labels.

use crate::kernel::geom::{convex_hull, pt};
use crate::kernel::shape::{Anchor, Point, Shape, Style, Weight};

/// Colour of household outlines and labels.
pub(crate) const HOUSEHOLD: &str = "#555";

/// A member's box: symbol with years above and name below, `(centre, top, bottom)`.
pub(crate) type MemberBox = (Point, f64, f64);

/// The outline (convex hull of the padded member boxes) and the label at its top left.
pub(crate) fn household_shapes(members: &[MemberBox], label: &str) -> Vec<Shape> {
    let mut corners = Vec::with_capacity(members.len() * 4);
    for &(c, top, bottom) in members {
        let (x0, x1, y0, y1) = (c.x - 34.0, c.x + 34.0, c.y - top - 20.0, c.y + bottom + 24.0);
        corners.extend([pt(x0, y0), pt(x1, y0), pt(x1, y1), pt(x0, y1)]);
    }
    let hull = convex_hull(corners);
    if hull.len() < 3 {
        return Vec::new();
    }
    let (min_x, min_y) = hull.iter().fold((f64::INFINITY, f64::INFINITY), |(x, y), p| (x.min(p.x), y.min(p.y)));
    let mut out = vec![Shape::polygon(hull, Style::stroke(HOUSEHOLD, 1.5).dashed("2 4"))];
    if !label.is_empty() {
        let mut t = Shape::text(min_x + 2.0, min_y - 5.0, label, Anchor::Start, 10.0, Weight::Normal);
        t.style.fill = Some(HOUSEHOLD);
        out.push(t);
    }
    out
}
