//! Points and bounds in layout units, shared by both drawings' layouts and scenes.

/// A point in layout units (a genogram symbol is 40 × 40).
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Point {
    /// Horizontal position, growing to the right.
    pub x: f64,
    /// Vertical position, growing downwards.
    pub y: f64,
}

impl Point {
    /// A point.
    pub fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }
}

/// Axis-aligned bounds of everything drawn, labels included.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Bounds {
    /// Left edge.
    pub min_x: f64,
    /// Top edge.
    pub min_y: f64,
    /// Right edge.
    pub max_x: f64,
    /// Bottom edge.
    pub max_y: f64,
}

impl Bounds {
    /// Width of the bounds.
    pub fn width(&self) -> f64 {
        self.max_x - self.min_x
    }

    /// Height of the bounds.
    pub fn height(&self) -> f64 {
        self.max_y - self.min_y
    }
}
