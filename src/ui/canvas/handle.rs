//! What the rest of the app may ask of the canvas: its drawing, its size, zooming and
//! fitting, and focus. The canvas registers one [`CanvasHandle`] with the dispatcher
//! ([`crate::ui::input::dispatch`]) so keys and buttons reach it through intents.

use crate::editor::drawing::Drawing;
use crate::ui::canvas::viewport::{Rect, Viewport};
use leptos::prelude::*;
use leptos::svg;

/// Margin in screen pixels left around the drawing by "passend maken".
const FIT_MARGIN: f64 = 24.0;
/// Height in screen pixels of the toolbar over the canvas, left free by "passend maken".
pub const TOOLBAR_SPACE: f64 = 44.0;

/// The canvas's element, drawing and view. Cheap to copy.
#[derive(Clone, Copy)]
pub struct CanvasHandle {
    /// The `<svg>` element.
    pub svg: NodeRef<svg::Svg>,
    /// The drawn document (model → layout → scene).
    pub drawing: Memo<Option<Drawing>>,
    /// Pan and zoom.
    pub viewport: RwSignal<Viewport>,
}

impl CanvasHandle {
    /// The canvas's size in screen pixels.
    pub fn view_size(&self) -> (f64, f64) {
        self.svg
            .get_untracked()
            .map(|el| (el.client_width() as f64, el.client_height() as f64))
            .unwrap_or((800.0, 600.0))
    }

    /// Zooms by `factor` around the middle of the canvas.
    pub fn zoom_centre(&self, factor: f64) {
        let (w, h) = self.view_size();
        self.viewport.update(|v| *v = v.zoom_at(factor, w / 2.0, h / 2.0));
    }

    /// Shows the whole drawing, clear of the toolbar floating over the top edge.
    pub fn fit(&self) {
        let (w, h) = self.view_size();
        let content = self
            .drawing
            .with_untracked(|d| d.as_ref().map(|d| bounds_rect(&d.scene.bounds)))
            .unwrap_or(Rect { x: 0.0, y: 0.0, width: 0.0, height: 0.0 });
        let fitted = Viewport::fit(content, w, (h - TOOLBAR_SPACE).max(1.0), FIT_MARGIN);
        self.viewport.set(fitted.pan(0.0, TOOLBAR_SPACE));
    }

    /// Moves the keyboard focus to the canvas.
    pub fn focus(&self) {
        if let Some(el) = self.svg.get_untracked() {
            let _ = el.focus();
        }
    }

    /// Whether `el` is the canvas or inside it.
    pub fn contains(&self, el: &web_sys::Element) -> bool {
        self.svg.get_untracked().is_some_and(|svg| {
            let svg: &web_sys::Node = svg.as_ref();
            svg.contains(Some(el.as_ref()))
        })
    }
}

/// A scene's bounds as a viewport rectangle.
pub fn bounds_rect(b: &crate::genogram::layout::Bounds) -> Rect {
    Rect { x: b.min_x, y: b.min_y, width: b.max_x - b.min_x, height: b.max_y - b.min_y }
}
