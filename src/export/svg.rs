//! SVG export: a standalone, valid SVG file of a [`Scene`].
//!
//! The file references nothing outside itself: generic font families only, no
//! external fonts, images, scripts or links. All text from users is escaped; the
//! `svg` crate escapes `&`, `<` and `>` in text and attributes, and characters XML 1.0
//! cannot hold at all (most control characters) are dropped here. Attribute values
//! only ever hold numbers and fixed words (see [`crate::scene::Shape::svg_element`]).

use svg::node::element::{Element, Style as StyleElement};
use svg::node::{Node, Text as TextNode};
use svg::Document;

use crate::scene::{num, Scene};

/// Margin around the scene bounds, in layout units.
pub const MARGIN: f64 = 20.0;

/// The style sheet embedded in every file: generic font families only, nothing fetched.
pub const CSS: &str = "text{font-family:sans-serif;white-space:pre}";

/// Whether XML 1.0 can hold the character (it cannot hold most control characters,
/// not even escaped).
fn xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Text content made safe for XML: characters XML cannot hold are dropped (the `svg`
/// crate escapes `&`, `<`, `>` when writing).
fn clean_text(s: &str) -> String {
    s.chars().filter(|&c| xml_char(c)).collect()
}

/// An attribute value made safe: the `svg` crate writes values in double quotes and
/// does not escape them, so a quote must never reach it. Scene attributes are numbers
/// and fixed words; this is a second line of defence.
fn clean_attr(s: String) -> String {
    if s.chars().all(|c| xml_char(c) && c != '"') {
        s
    } else {
        s.chars().filter(|&c| xml_char(c) && c != '"').collect()
    }
}

/// The scene as a standalone SVG document: XML declaration, `xmlns`, `viewBox` from
/// the bounds plus [`MARGIN`], width and height, `<title>`, embedded style, white
/// background, then one `<g data-key="…">` per item in drawing order.
pub fn to_svg(scene: &Scene) -> String {
    let b = scene.bounds;
    let (x, y) = (b.min_x - MARGIN, b.min_y - MARGIN);
    let (w, h) = ((b.width() + 2.0 * MARGIN).max(1.0), (b.height() + 2.0 * MARGIN).max(1.0));
    let view_box = format!("{} {} {} {}", num(x), num(y), num(w), num(h));
    let mut doc = Document::new()
        .set("viewBox", view_box)
        .set("width", num(w))
        .set("height", num(h))
        .set("xml:lang", scene.lang.code())
        .set("version", "1.1");
    let mut title = Element::new("title");
    title.append(TextNode::new(clean_text(&scene.title)));
    doc.append(title);
    doc.append(StyleElement::new(CSS));
    let mut bg = Element::new("rect");
    for (k, v) in [("x", num(x)), ("y", num(y)), ("width", num(w)), ("height", num(h)), ("fill", "#fff".to_owned())] {
        bg.assign(k, v);
    }
    doc.append(bg);
    for item in &scene.items {
        let mut g = Element::new("g");
        g.assign("data-key", clean_attr(item.key.clone()));
        for shape in &item.shapes {
            let (name, attrs, content) = shape.svg_element();
            let mut e = Element::new(name);
            for (k, v) in attrs {
                e.assign(k, clean_attr(v));
            }
            if let Some(t) = content {
                e.append(TextNode::new(clean_text(&t)));
            }
            g.append(e);
        }
        doc.append(g);
    }
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{doc}\n")
}

/// A safe file name `<title>.svg`: path separators, control characters and characters
/// Windows refuses are removed, whitespace collapsed, leading dots dropped, length
/// limited, device names (CON, …) prefixed; `genogram.svg` when nothing is left.
pub fn file_name(title: &str) -> String {
    let cleaned: String = title
        .chars()
        .map(|c| if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') { ' ' } else { c })
        .collect();
    let mut base = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    base = base.trim_start_matches(['.', ' ']).trim_end_matches(['.', ' ']).to_owned();
    if base.to_lowercase().ends_with(".svg") {
        base.truncate(base.len() - 4);
        base = base.trim_end_matches(['.', ' ']).to_owned();
    }
    let mut base: String = base.chars().take(100).collect();
    base = base.trim_end_matches(['.', ' ']).to_owned();
    // Names Windows reserves for devices, with or without an extension.
    let stem = base.split('.').next().unwrap_or("").to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && stem.as_bytes()[3].is_ascii_digit());
    if base.is_empty() {
        "genogram.svg".to_owned()
    } else if reserved {
        format!("genogram-{base}.svg")
    } else {
        format!("{base}.svg")
    }
}
