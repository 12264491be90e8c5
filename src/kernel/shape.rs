//! Primitive shapes and their one mapping to SVG elements.
//!
//! Both the SVG exporter and the live canvas turn a [`Shape`] into an element through
//! [`Shape::svg_element`], so what is on screen and what is in the file never differ.

pub use super::geometry::Point;

/// How a shape is stroked and filled. Colours are CSS colour literals.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Stroke colour; `None` draws no outline.
    pub stroke: Option<&'static str>,
    /// Stroke width in layout units (ignored without a stroke).
    pub stroke_width: f64,
    /// SVG dash array, e.g. `"6 4"`; `None` for a solid line.
    pub dash: Option<&'static str>,
    /// Fill colour; `None` leaves the inside empty (`fill="none"`).
    pub fill: Option<&'static str>,
    /// Opacity of the whole shape, 0–1.
    pub opacity: f64,
    /// Optional CSS class, for the live canvas (hover, selection).
    pub class: Option<&'static str>,
}

impl Default for Style {
    fn default() -> Self {
        Style { stroke: None, stroke_width: 1.0, dash: None, fill: None, opacity: 1.0, class: None }
    }
}

impl Style {
    /// An outline of the given colour and width, without fill.
    pub fn stroke(colour: &'static str, width: f64) -> Self {
        Style { stroke: Some(colour), stroke_width: width, ..Style::default() }
    }

    /// A fill without outline.
    pub fn fill(colour: &'static str) -> Self {
        Style { fill: Some(colour), ..Style::default() }
    }

    /// The same style with a dash array.
    pub fn dashed(mut self, dash: &'static str) -> Self {
        self.dash = Some(dash);
        self
    }

    /// The same style with a fill.
    pub fn filled(mut self, colour: &'static str) -> Self {
        self.fill = Some(colour);
        self
    }

    /// The same style with an opacity.
    pub fn with_opacity(mut self, opacity: f64) -> Self {
        self.opacity = opacity;
        self
    }

    /// The same style with a CSS class.
    pub fn with_class(mut self, class: &'static str) -> Self {
        self.class = Some(class);
        self
    }
}

/// Horizontal alignment of a text relative to its `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Text starts at `x`.
    Start,
    /// Text is centred on `x`.
    Middle,
    /// Text ends at `x`.
    End,
}

/// Font weight of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Regular.
    Normal,
    /// Bold.
    Bold,
}

/// The geometry of a shape.
#[derive(Clone, Debug, PartialEq)]
pub enum Primitive {
    /// Axis-aligned rectangle with optional rounded corners.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
        /// Corner radius (0 for sharp corners).
        rx: f64,
    },
    /// Circle.
    Circle {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Radius.
        r: f64,
    },
    /// Ellipse.
    Ellipse {
        /// Centre x.
        cx: f64,
        /// Centre y.
        cy: f64,
        /// Horizontal radius.
        rx: f64,
        /// Vertical radius.
        ry: f64,
    },
    /// Closed polygon.
    Polygon(Vec<Point>),
    /// Open polyline.
    Polyline(Vec<Point>),
    /// SVG path data (built by the scene from numbers only, never from user text).
    Path(String),
    /// Straight line segment.
    Line {
        /// Start x.
        x1: f64,
        /// Start y.
        y1: f64,
        /// End x.
        x2: f64,
        /// End y.
        y2: f64,
    },
    /// One line of text; `y` is the baseline.
    Text {
        /// Anchor point x.
        x: f64,
        /// Baseline y.
        y: f64,
        /// The text itself (may be user input: renderers must escape it).
        text: String,
        /// Alignment relative to `x`.
        anchor: Anchor,
        /// Font size in layout units.
        size: f64,
        /// Font weight.
        weight: Weight,
        /// Draw a white halo behind the glyphs so the text stays readable on fills.
        halo: bool,
    },
}

/// One primitive shape with its style.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// The geometry.
    pub primitive: Primitive,
    /// Stroke, fill, dashes, opacity, class.
    pub style: Style,
}

/// Formats a coordinate compactly: at most two decimals, no trailing zeros, no "-0".
pub fn num(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 || !r.is_finite() {
        "0".to_owned()
    } else if r == r.trunc() && r.abs() < 1e15 {
        (r as i64).to_string()
    } else {
        r.to_string()
    }
}

fn points_attr(points: &[Point]) -> String {
    let mut s = String::with_capacity(points.len() * 12);
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&num(p.x));
        s.push(',');
        s.push_str(&num(p.y));
    }
    s
}

impl Shape {
    /// A shape from its geometry and style.
    pub fn new(primitive: Primitive, style: Style) -> Self {
        Shape { primitive, style }
    }

    /// A straight line.
    pub fn line(a: Point, b: Point, style: Style) -> Self {
        Shape::new(Primitive::Line { x1: a.x, y1: a.y, x2: b.x, y2: b.y }, style)
    }

    /// A polyline through the points.
    pub fn polyline(points: Vec<Point>, style: Style) -> Self {
        Shape::new(Primitive::Polyline(points), style)
    }

    /// A closed polygon.
    pub fn polygon(points: Vec<Point>, style: Style) -> Self {
        Shape::new(Primitive::Polygon(points), style)
    }

    /// A circle.
    pub fn circle(c: Point, r: f64, style: Style) -> Self {
        Shape::new(Primitive::Circle { cx: c.x, cy: c.y, r }, style)
    }

    /// A rectangle.
    pub fn rect(x: f64, y: f64, width: f64, height: f64, style: Style) -> Self {
        Shape::new(Primitive::Rect { x, y, width, height, rx: 0.0 }, style)
    }

    /// A text in the default (black) colour.
    pub fn text(x: f64, y: f64, text: impl Into<String>, anchor: Anchor, size: f64, weight: Weight) -> Self {
        Shape::new(Primitive::Text { x, y, text: text.into(), anchor, size, weight, halo: false }, Style::fill("#000"))
    }

    /// A point the shape is drawn from (a corner, centre, first point or anchor), the
    /// origin a live canvas can draw the shape's item relative to; `None` for path
    /// data, whose numbers are not all coordinates.
    pub fn origin(&self) -> Option<Point> {
        match &self.primitive {
            Primitive::Rect { x, y, .. } | Primitive::Text { x, y, .. } => Some(Point { x: *x, y: *y }),
            Primitive::Circle { cx, cy, .. } | Primitive::Ellipse { cx, cy, .. } => Some(Point { x: *cx, y: *cy }),
            Primitive::Polygon(p) | Primitive::Polyline(p) => p.first().copied(),
            Primitive::Line { x1, y1, .. } => Some(Point { x: *x1, y: *y1 }),
            Primitive::Path(_) => None,
        }
    }

    /// The same shape moved by (`dx`, `dy`); `None` for path data.
    pub fn translated(&self, dx: f64, dy: f64) -> Option<Shape> {
        let p = |q: &Point| Point { x: q.x + dx, y: q.y + dy };
        let primitive = match &self.primitive {
            Primitive::Rect { x, y, width, height, rx } => {
                Primitive::Rect { x: x + dx, y: y + dy, width: *width, height: *height, rx: *rx }
            }
            Primitive::Circle { cx, cy, r } => Primitive::Circle { cx: cx + dx, cy: cy + dy, r: *r },
            Primitive::Ellipse { cx, cy, rx, ry } => Primitive::Ellipse { cx: cx + dx, cy: cy + dy, rx: *rx, ry: *ry },
            Primitive::Polygon(pts) => Primitive::Polygon(pts.iter().map(p).collect()),
            Primitive::Polyline(pts) => Primitive::Polyline(pts.iter().map(p).collect()),
            Primitive::Line { x1, y1, x2, y2 } => {
                Primitive::Line { x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy }
            }
            Primitive::Text { x, y, text, anchor, size, weight, halo } => Primitive::Text {
                x: x + dx,
                y: y + dy,
                text: text.clone(),
                anchor: *anchor,
                size: *size,
                weight: *weight,
                halo: *halo,
            },
            Primitive::Path(_) => return None,
        };
        Some(Shape { primitive, style: self.style })
    }

    /// The SVG element name, its attributes (in a fixed order) and, for text, its text
    /// content (unescaped: the renderer escapes it).
    ///
    /// This is the only mapping from shapes to SVG: the exporter and the live canvas
    /// both use it. Attribute values never contain user text, only numbers, colours
    /// and fixed words; user text appears only as the returned text content.
    pub fn svg_element(&self) -> (&'static str, Vec<(&'static str, String)>, Option<String>) {
        let mut a: Vec<(&'static str, String)> = Vec::with_capacity(8);
        let mut content = None;
        let name = match &self.primitive {
            Primitive::Rect { x, y, width, height, rx } => {
                a.push(("x", num(*x)));
                a.push(("y", num(*y)));
                a.push(("width", num(*width)));
                a.push(("height", num(*height)));
                if *rx > 0.0 {
                    a.push(("rx", num(*rx)));
                }
                "rect"
            }
            Primitive::Circle { cx, cy, r } => {
                a.push(("cx", num(*cx)));
                a.push(("cy", num(*cy)));
                a.push(("r", num(*r)));
                "circle"
            }
            Primitive::Ellipse { cx, cy, rx, ry } => {
                a.push(("cx", num(*cx)));
                a.push(("cy", num(*cy)));
                a.push(("rx", num(*rx)));
                a.push(("ry", num(*ry)));
                "ellipse"
            }
            Primitive::Polygon(p) => {
                a.push(("points", points_attr(p)));
                "polygon"
            }
            Primitive::Polyline(p) => {
                a.push(("points", points_attr(p)));
                "polyline"
            }
            Primitive::Path(d) => {
                a.push(("d", d.clone()));
                "path"
            }
            Primitive::Line { x1, y1, x2, y2 } => {
                a.push(("x1", num(*x1)));
                a.push(("y1", num(*y1)));
                a.push(("x2", num(*x2)));
                a.push(("y2", num(*y2)));
                "line"
            }
            Primitive::Text { x, y, text, anchor, size, weight, halo } => {
                a.push(("x", num(*x)));
                a.push(("y", num(*y)));
                a.push(("font-size", num(*size)));
                match anchor {
                    Anchor::Start => {}
                    Anchor::Middle => a.push(("text-anchor", "middle".into())),
                    Anchor::End => a.push(("text-anchor", "end".into())),
                }
                if *weight == Weight::Bold {
                    a.push(("font-weight", "bold".into()));
                }
                if *halo {
                    // The halo is a white stroke painted under the glyphs.
                    a.push(("paint-order", "stroke".into()));
                    a.push(("stroke", "#fff".into()));
                    a.push(("stroke-width", "3".into()));
                    a.push(("stroke-linejoin", "round".into()));
                }
                content = Some(text.clone());
                "text"
            }
        };
        let is_text = matches!(self.primitive, Primitive::Text { .. });
        let s = &self.style;
        a.push(("fill", s.fill.unwrap_or("none").to_owned()));
        if !is_text {
            if let Some(stroke) = s.stroke {
                a.push(("stroke", stroke.to_owned()));
                a.push(("stroke-width", num(s.stroke_width)));
                if let Some(d) = s.dash {
                    a.push(("stroke-dasharray", d.to_owned()));
                }
                if matches!(self.primitive, Primitive::Polyline(_) | Primitive::Path(_)) {
                    a.push(("stroke-linejoin", "round".into()));
                }
            }
        }
        if s.opacity < 1.0 {
            a.push(("opacity", num(s.opacity)));
        }
        if let Some(c) = s.class {
            a.push(("class", c.to_owned()));
        }
        (name, a, content)
    }
}
