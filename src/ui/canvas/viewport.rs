//! Pan and zoom of the drawing canvas, as plain data.
//!
//! Screen point = world point × `zoom` + (`x`, `y`). Kept free of Leptos so the maths is
//! tested natively; the canvas component holds one of these in a signal.

/// Smallest and largest zoom factors: below 5 % nothing is readable, above 800 % a
/// single symbol fills a projector screen.
pub const MIN_ZOOM: f64 = 0.05;
/// See [`MIN_ZOOM`].
pub const MAX_ZOOM: f64 = 8.0;
/// Factor of one zoom step (buttons, keys).
pub const ZOOM_STEP: f64 = 1.25;
/// Distance in screen pixels of one arrow-key pan step.
pub const PAN_STEP: f64 = 40.0;

/// An axis-aligned rectangle in world or screen units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Rect {
    /// Whether `other` lies wholly inside this rectangle.
    pub fn contains(&self, other: &Rect) -> bool {
        other.x >= self.x
            && other.y >= self.y
            && other.x + other.width <= self.x + self.width
            && other.y + other.height <= self.y + self.height
    }

    /// Whether the point lies inside, at least `margin` from every edge.
    pub fn holds(&self, (px, py): (f64, f64), margin: f64) -> bool {
        px >= self.x + margin
            && px <= self.x + self.width - margin
            && py >= self.y + margin
            && py <= self.y + self.height - margin
    }
}

/// Whether the view should fit the drawing again after it changed from `before` to
/// `after`: only when the whole drawing was in view and no longer is (the family grew
/// past the edge). Someone who zoomed in on one branch is left where they are.
pub fn should_refit(before: &Rect, after: &Rect, visible: &Rect) -> bool {
    visible.contains(before) && !visible.contains(after)
}

/// The canvas transform: translation in screen pixels and a uniform zoom factor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    /// Horizontal translation in screen pixels.
    pub x: f64,
    /// Vertical translation in screen pixels.
    pub y: f64,
    /// Screen pixels per layout unit.
    pub zoom: f64,
}

impl Default for Viewport {
    fn default() -> Self {
        Viewport { x: 0.0, y: 0.0, zoom: 1.0 }
    }
}

impl Viewport {
    /// Moves the drawing by a screen-pixel offset (dragging the background, arrow keys).
    pub fn pan(self, dx: f64, dy: f64) -> Viewport {
        Viewport { x: self.x + dx, y: self.y + dy, ..self }
    }

    /// Multiplies the zoom by `factor`, keeping the world point under screen point
    /// (`sx`, `sy`) where it is, so the wheel zooms towards the mouse.
    pub fn zoom_at(self, factor: f64, sx: f64, sy: f64) -> Viewport {
        if !factor.is_finite() || factor <= 0.0 {
            return self;
        }
        let zoom = (self.zoom * factor).clamp(MIN_ZOOM, MAX_ZOOM);
        let (wx, wy) = self.to_world(sx, sy);
        Viewport { x: sx - wx * zoom, y: sy - wy * zoom, zoom }
    }

    /// Maps a screen point to world coordinates.
    pub fn to_world(self, sx: f64, sy: f64) -> (f64, f64) {
        ((sx - self.x) / self.zoom, (sy - self.y) / self.zoom)
    }

    /// The viewport that shows `content` centred in a `view_w` × `view_h` screen with a
    /// margin, never enlarging beyond 100 % (a small family should not fill a projector
    /// with giant squares). Empty or degenerate content resets to the origin at 100 %.
    pub fn fit(content: Rect, view_w: f64, view_h: f64, margin: f64) -> Viewport {
        let avail_w = (view_w - 2.0 * margin).max(1.0);
        let avail_h = (view_h - 2.0 * margin).max(1.0);
        if content.width <= 0.0 || content.height <= 0.0 || !content.width.is_finite() {
            return Viewport { x: view_w / 2.0, y: view_h / 2.0, zoom: 1.0 };
        }
        let zoom = (avail_w / content.width).min(avail_h / content.height).clamp(MIN_ZOOM, 1.0);
        let cx = content.x + content.width / 2.0;
        let cy = content.y + content.height / 2.0;
        Viewport { x: view_w / 2.0 - cx * zoom, y: view_h / 2.0 - cy * zoom, zoom }
    }

    /// The part of the drawing in view on a `view_w` × `view_h` screen whose top `top`
    /// pixels are covered (by the toolbar), in world coordinates.
    pub fn visible(self, view_w: f64, view_h: f64, top: f64) -> Rect {
        let (x, y) = self.to_world(0.0, top);
        Rect { x, y, width: view_w / self.zoom, height: (view_h - top).max(0.0) / self.zoom }
    }

    /// The same zoom, panned so world point `p` is in the middle of `visible` (the
    /// world rectangle now in view).
    pub fn centre_on(self, p: (f64, f64), visible: &Rect) -> Viewport {
        let dx = (visible.x + visible.width / 2.0 - p.0) * self.zoom;
        let dy = (visible.y + visible.height / 2.0 - p.1) * self.zoom;
        self.pan(dx, dy)
    }

    /// The SVG `transform` attribute value for the canvas's content group.
    pub fn transform(self) -> String {
        format!("translate({:.2} {:.2}) scale({:.4})", self.x, self.y, self.zoom)
    }

    /// Zoom as a whole percentage for the status line.
    pub fn percent(self) -> u32 {
        (self.zoom * 100.0).round() as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_keeps_point_under_cursor() {
        let v = Viewport { x: 30.0, y: -20.0, zoom: 1.5 };
        let before = v.to_world(200.0, 100.0);
        let after = v.zoom_at(ZOOM_STEP, 200.0, 100.0).to_world(200.0, 100.0);
        assert!((before.0 - after.0).abs() < 1e-9 && (before.1 - after.1).abs() < 1e-9);
    }

    #[test]
    fn zoom_is_clamped_and_rejects_nonsense() {
        let v = Viewport::default();
        assert_eq!(v.zoom_at(1e9, 0.0, 0.0).zoom, MAX_ZOOM);
        assert_eq!(v.zoom_at(1e-9, 0.0, 0.0).zoom, MIN_ZOOM);
        assert_eq!(v.zoom_at(f64::NAN, 0.0, 0.0), v);
        assert_eq!(v.zoom_at(-2.0, 0.0, 0.0), v);
    }

    #[test]
    fn pan_moves_translation_only() {
        let v = Viewport::default().pan(10.0, -5.0);
        assert_eq!(v, Viewport { x: 10.0, y: -5.0, zoom: 1.0 });
        assert_eq!(v.transform(), "translate(10.00 -5.00) scale(1.0000)");
    }

    #[test]
    fn refit_only_when_a_wholly_visible_drawing_grows_out_of_view() {
        let visible = Rect { x: 0.0, y: 0.0, width: 800.0, height: 600.0 };
        let small = Rect { x: 100.0, y: 100.0, width: 300.0, height: 200.0 };
        let grown = Rect { x: 100.0, y: 100.0, width: 900.0, height: 200.0 };
        assert!(should_refit(&small, &grown, &visible));
        assert!(!should_refit(&small, &small, &visible), "no change, no refit");
        assert!(
            !should_refit(&grown, &Rect { width: 1000.0, ..grown }, &visible),
            "already partly out of view: the user zoomed in"
        );
    }

    #[test]
    fn centre_on_brings_a_point_to_the_middle_of_the_view() {
        let v = Viewport { x: 40.0, y: -10.0, zoom: 0.5 };
        let vis = v.visible(800.0, 644.0, 44.0);
        assert!(!vis.holds((5000.0, 100.0), 0.0));
        let moved = v.centre_on((5000.0, 100.0), &vis);
        assert_eq!(moved.zoom, 0.5);
        let now = moved.visible(800.0, 644.0, 44.0);
        assert!(now.holds((5000.0, 100.0), 30.0));
        let (sx, sy) = (5000.0 * moved.zoom + moved.x, 100.0 * moved.zoom + moved.y);
        assert!((sx - 400.0).abs() < 1e-9 && (sy - (44.0 + 300.0)).abs() < 1e-9, "{sx} {sy}");
    }

    #[test]
    fn fit_centres_content_and_never_enlarges() {
        let big = Rect { x: -500.0, y: 0.0, width: 2000.0, height: 400.0 };
        let v = Viewport::fit(big, 1000.0, 600.0, 20.0);
        assert!((v.zoom - 960.0 / 2000.0).abs() < 1e-9);
        let (cx, cy) = v.to_world(500.0, 300.0);
        assert!((cx - 500.0).abs() < 1e-9 && (cy - 200.0).abs() < 1e-9);

        let small = Rect { x: 0.0, y: 0.0, width: 40.0, height: 40.0 };
        assert_eq!(Viewport::fit(small, 1000.0, 600.0, 20.0).zoom, 1.0);
        let empty = Rect { x: 0.0, y: 0.0, width: 0.0, height: 0.0 };
        assert_eq!(Viewport::fit(empty, 1000.0, 600.0, 20.0).zoom, 1.0);
    }
}
