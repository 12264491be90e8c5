//! A compact text dump of a scene: one block per item, one line per shape.

use std::fmt::Write;

use crate::kernel::scene::Scene;
use crate::kernel::shape::{num, Anchor, Primitive, Shape, Weight};

fn style(s: &Shape) -> String {
    let st = &s.style;
    let mut out = String::new();
    if let Some(c) = st.stroke {
        let _ = write!(out, " stroke={c}/{}", num(st.stroke_width));
    }
    if let Some(d) = st.dash {
        let _ = write!(out, " dash={}", d.replace(' ', ","));
    }
    if let Some(f) = st.fill {
        if !matches!(s.primitive, Primitive::Text { .. }) || f != "#000" {
            let _ = write!(out, " fill={f}");
        }
    }
    if st.opacity < 1.0 {
        let _ = write!(out, " opacity={}", num(st.opacity));
    }
    if let Some(c) = st.class {
        let _ = write!(out, " class={c}");
    }
    out
}

fn pts(p: &[super::Point]) -> String {
    p.iter().map(|q| format!("{},{}", num(q.x), num(q.y))).collect::<Vec<_>>().join(" ")
}

/// One line per shape, geometry rounded to two decimals.
pub(crate) fn shape_line(s: &Shape) -> String {
    let geom = match &s.primitive {
        Primitive::Rect { x, y, width, height, rx } => {
            format!(
                "rect {},{} {}x{}{}",
                num(*x),
                num(*y),
                num(*width),
                num(*height),
                if *rx > 0.0 { format!(" rx={}", num(*rx)) } else { String::new() }
            )
        }
        Primitive::Circle { cx, cy, r } => format!("circle {},{} r={}", num(*cx), num(*cy), num(*r)),
        Primitive::Ellipse { cx, cy, rx, ry } => format!("ellipse {},{} {}x{}", num(*cx), num(*cy), num(*rx), num(*ry)),
        Primitive::Polygon(p) => format!("polygon {}", pts(p)),
        Primitive::Polyline(p) => format!("polyline {}", pts(p)),
        Primitive::Path(d) => {
            if d.len() > 120 {
                format!("path {}… ({} chars)", &d[..d.char_indices().nth(100).map_or(d.len(), |(i, _)| i)], d.len())
            } else {
                format!("path {d}")
            }
        }
        Primitive::Line { x1, y1, x2, y2 } => format!("line {},{} {},{}", num(*x1), num(*y1), num(*x2), num(*y2)),
        Primitive::Text { x, y, text, anchor, size, weight, halo } => format!(
            "text {:?} @{},{} {}{} size={}{}",
            text,
            num(*x),
            num(*y),
            match anchor {
                Anchor::Start => "start",
                Anchor::Middle => "middle",
                Anchor::End => "end",
            },
            if *weight == Weight::Bold { " bold" } else { "" },
            num(*size),
            if *halo { " halo" } else { "" }
        ),
    };
    format!("{geom}{}", style(s))
}

pub(crate) fn dump(scene: &Scene) -> String {
    let b = scene.bounds;
    let mut out = format!(
        "scene {:?} lang={:?} bounds={},{} {}x{}\n",
        scene.title,
        scene.lang,
        num(b.min_x),
        num(b.min_y),
        num(b.width()),
        num(b.height()),
    );
    for item in &scene.items {
        let _ = write!(out, "\n{}", item.key);
        out.push('\n');
        for s in &item.shapes {
            let _ = writeln!(out, "  {}", shape_line(s));
        }
    }
    out
}
