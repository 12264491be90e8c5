//! SVG export: a standalone, valid SVG file of a [`Scene`].
//!
//! The file references nothing outside itself: installed font families only, no
//! external fonts, images, scripts or links. The `svg` crate writes the document
//! (root, `<title>`, `<style>`, background); the many shapes are written here in one
//! pass. All text is escaped (`&`, `<`, `>`, and `"` in attributes; the `svg` crate
//! does not escape quotes in attributes, so no user text goes into its attributes),
//! and characters XML 1.0 cannot hold at all (most control characters) are dropped.

use svg::node::element::{Element, Style as StyleElement};
use svg::node::{Blob, Node, Text as TextNode};
use svg::Document;

use crate::kernel::{num, Scene};

/// Margin around the scene bounds, in layout units.
pub const MARGIN: f64 = 20.0;

/// The style sheet embedded in every file and in the live canvas: the drawing font
/// ([`crate::kernel::text::FONT_FAMILY`], installed fonts only, nothing fetched) with
/// [`crate::kernel::text::TEXT_CSS`], so labels take the widths the layout measured,
/// on screen and in the file alike.
pub const CSS: &str = "text{font-family:Arial, \"Liberation Sans\", Helvetica, sans-serif;\
font-kerning:none;font-variant-ligatures:none;white-space:pre}";

/// Whether XML 1.0 can hold the character (it cannot hold most control characters,
/// not even escaped).
fn xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Appends `s` escaped for XML text (`&`, `<`, `>`) or, with `attr`, for a
/// double-quoted attribute value (also `"`); characters XML cannot hold are dropped.
fn push_escaped(out: &mut String, s: &str, attr: bool) {
    // Numbers and fixed words (nearly everything) need no escaping.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b) && !matches!(b, b'&' | b'<' | b'>' | b'"')) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            c if xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// Text for the `svg` crate's own nodes, which escape `&`, `<` and `>` themselves:
/// only the characters XML cannot hold are dropped here.
fn clean_text(s: &str) -> String {
    s.chars().filter(|&c| xml_char(c)).collect()
}

/// Writes the items, one `<g data-key="…">` each, with every shape mapped through
/// [`crate::kernel::Shape::svg_element`].
///
/// The `svg` crate builds a node tree with a hash map per element; for the thousands
/// of shapes of a large family that is ten times slower than writing the same
/// elements straight into one string, which the document then holds as a blob.
fn write_items(scene: &Scene, out: &mut String) {
    for item in &scene.items {
        out.push_str("<g data-key=\"");
        push_escaped(out, &item.key, true);
        out.push_str("\">");
        for shape in &item.shapes {
            let (name, attrs, content) = shape.svg_element();
            out.push('<');
            out.push_str(name);
            for (k, v) in &attrs {
                out.push(' ');
                out.push_str(k);
                out.push_str("=\"");
                push_escaped(out, v, true);
                out.push('"');
            }
            match content {
                Some(t) => {
                    out.push('>');
                    push_escaped(out, &t, false);
                    out.push_str("</");
                    out.push_str(name);
                    out.push('>');
                }
                None => out.push_str("/>"),
            }
        }
        out.push_str("</g>\n");
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
    let shapes: usize = scene.items.iter().map(|i| i.shapes.len()).sum();
    let mut items = String::with_capacity(shapes * 120 + 64);
    items.push('\n');
    write_items(scene, &mut items);
    doc.append(Blob::new(items));
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{doc}\n")
}

/// A safe file name `<title>.svg`: path separators, control characters and characters
/// Windows refuses are removed, whitespace collapsed, leading dots dropped, length
/// limited, device names (CON, …) prefixed; `genogram.svg` when nothing is left.
pub fn file_name(title: &str) -> String {
    let cleaned: String =
        title
            .chars()
            .map(|c| {
                if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                    ' '
                } else {
                    c
                }
            })
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
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.as_bytes()[3].is_ascii_digit());
    if base.is_empty() {
        "genogram.svg".to_owned()
    } else if reserved {
        format!("genogram-{base}.svg")
    } else {
        format!("{base}.svg")
    }
}
