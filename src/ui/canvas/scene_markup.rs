//! The markup of many canvas items at once, for the first drawing of a large scene:
//! one `innerHTML` write lets the browser's parser build thousands of elements,
//! where creating them one call at a time (element, then each attribute) costs tens of
//! calls per item across the wasm boundary. The markup says exactly what
//! [`super::scene_view`] would build element by element: the same `<g>` per item with
//! the same attributes, the same elements in the same order, the same hit area.

use super::scene_view::{Element, HIT_CLASS};

/// Whether the HTML parser gives back `s` exactly once escaped: it turns a carriage
/// return into a line feed and a NUL into U+FFFD, and other control characters are
/// parse errors, so text holding any of them is built element by element instead.
pub fn parses_back(s: &str) -> bool {
    !s.chars().any(|c| c.is_control() && c != '\t' && c != '\n')
}

/// Appends `s` escaped for text or a double-quoted attribute value: `&`, `<`, `>` and
/// `"` become references, so no name can open or close an element.
pub fn push_escaped(out: &mut String, s: &str) {
    if !s.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"')) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// Appends `elements` as markup.
fn push_elements(out: &mut String, elements: &[Element]) {
    for (name, attrs, text) in elements {
        out.push('<');
        out.push_str(name);
        for (k, v) in attrs {
            out.push(' ');
            out.push_str(k);
            out.push_str("=\"");
            push_escaped(out, v);
            out.push('"');
        }
        match text {
            Some(t) => {
                out.push('>');
                push_escaped(out, t);
                out.push_str("</");
                out.push_str(name);
                out.push('>');
            }
            None => out.push_str("/>"),
        }
    }
}

/// One item's group: its attributes (name, value, in the order the canvas writes them),
/// its elements and, for a line, the copies of its strokes in the hit area.
pub struct GroupMarkup<'a> {
    /// The group's attributes.
    pub attrs: &'a [(&'static str, String)],
    /// The elements inside.
    pub elements: &'a [Element],
    /// The hit area's strokes, for a genogram line.
    pub hit: Option<&'a [Element]>,
}

impl GroupMarkup<'_> {
    /// Whether the markup parses back to exactly this group (see [`parses_back`]).
    pub fn parses_back(&self) -> bool {
        let attrs_ok = |attrs: &[(&'static str, String)]| attrs.iter().all(|(_, v)| parses_back(v));
        attrs_ok(self.attrs)
            && self.elements.iter().all(|(_, a, t)| attrs_ok(a) && t.as_deref().is_none_or(parses_back))
    }

    /// Appends the group as markup; with `empty`, the group alone (its content is built
    /// element by element afterwards).
    pub fn push(&self, out: &mut String, empty: bool) {
        out.push_str("<g");
        for (k, v) in self.attrs {
            out.push(' ');
            out.push_str(k);
            out.push_str("=\"");
            push_escaped(out, v);
            out.push('"');
        }
        out.push('>');
        if !empty {
            push_elements(out, self.elements);
            if let Some(hit) = self.hit {
                out.push_str("<g class=\"");
                out.push_str(HIT_CLASS);
                out.push_str("\">");
                push_elements(out, hit);
                out.push_str("</g>");
            }
        }
        out.push_str("</g>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn el(name: &'static str, attrs: &[(&'static str, &str)], text: Option<&str>) -> Element {
        (name, attrs.iter().map(|(k, v)| (*k, v.to_string())).collect(), text.map(str::to_owned))
    }

    /// A parsed group: its attributes and its elements.
    type Parsed = (Vec<(String, String)>, Vec<Element>);

    /// Parses `markup` (as XML, which for this subset reads as the HTML parser does in
    /// SVG content) back into groups of elements.
    fn parse(markup: &str) -> Vec<Parsed> {
        let text = format!("<root>{markup}</root>");
        let doc = roxmltree::Document::parse(&text).expect("well-formed");
        let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
        doc.root_element()
            .children()
            .map(|g| {
                let attrs = g.attributes().map(|a| (a.name().to_owned(), a.value().to_owned())).collect();
                let els = g
                    .children()
                    .map(|e| {
                        let attrs = e.attributes().map(|a| (leak(a.name()), a.value().to_owned())).collect();
                        (leak(e.tag_name().name()), attrs, e.text().map(str::to_owned))
                    })
                    .collect();
                (attrs, els)
            })
            .collect()
    }

    #[test]
    fn hostile_names_stay_text() {
        let name = "</text></g><script>alert(\"x\")</script> & <g onload=x>";
        let elements = vec![
            el("rect", &[("x", "0"), ("y", "0"), ("fill", "#fff")], None),
            el("text", &[("x", "20"), ("text-anchor", "middle")], Some(name)),
        ];
        let attrs = vec![("data-key", "person:7".to_owned()), ("data-person", "7".to_owned())];
        let g = GroupMarkup { attrs: &attrs, elements: &elements, hit: None };
        assert!(g.parses_back());
        let mut out = String::new();
        g.push(&mut out, false);
        assert!(!out.contains("<script"), "{out}");
        let parsed = parse(&out);
        assert_eq!(parsed.len(), 1, "one group, nothing broke out: {out}");
        assert_eq!(parsed[0].1, elements, "the name comes back as the text it was");
        assert_eq!(parsed[0].0, vec![("data-key".into(), "person:7".into()), ("data-person".into(), "7".into())]);
    }

    #[test]
    fn a_line_carries_its_hit_area_last() {
        let line = vec![el("line", &[("x1", "0"), ("y1", "0"), ("x2", "5"), ("y2", "0")], None)];
        let attrs = vec![("data-key", "union:1".to_owned())];
        let g = GroupMarkup { attrs: &attrs, elements: &line, hit: Some(&line) };
        let mut out = String::new();
        g.push(&mut out, false);
        assert_eq!(out, "<g data-key=\"union:1\"><line x1=\"0\" y1=\"0\" x2=\"5\" y2=\"0\"/><g class=\"hit\"><line x1=\"0\" y1=\"0\" x2=\"5\" y2=\"0\"/></g></g>");
        let mut empty = String::new();
        g.push(&mut empty, true);
        assert_eq!(empty, "<g data-key=\"union:1\"></g>");
    }

    #[test]
    fn control_characters_are_left_to_the_element_path() {
        assert!(parses_back("Anna\tde Vries\nJansen"));
        assert!(!parses_back("Anna\r"));
        assert!(!parses_back("A\0"));
        let elements = vec![el("text", &[], Some("Kees\u{1b}"))];
        let g = GroupMarkup { attrs: &[], elements: &elements, hit: None };
        assert!(!g.parses_back());
    }
}
