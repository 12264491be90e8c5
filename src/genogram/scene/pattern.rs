//! The pattern lens in the scene: marked persons get a ring per theme (its colour, and a
//! dash of its own that survives black-and-white printing), marked relations and lines
//! of descent are drawn heavier in the theme's colour, everything else is dimmed; a
//! summary block with a sample ring per theme goes below the diagram. Keys stay the
//! same: the lens only changes the shapes of existing items and adds one item.

use std::collections::HashMap;

use super::{Item, Scene};
use crate::genogram::model::{Genogram, PersonId};
use crate::genogram::pattern::{summarise, summary_lines, Lens, Marks};
use crate::i18n::Lang;
use crate::kernel::geom::pt;
use crate::kernel::shape::{Anchor, Point, Primitive, Shape, Style, Weight};

/// Opacity of whatever the lens does not pick.
pub(crate) const DIMMED: f64 = 0.25;

/// Colours of problem themes, in lens order (repeating).
const PROBLEM_COLOURS: &[&str] = &["#c0392b", "#1f5fa8", "#8e44ad", "#d35400", "#00838f"];
/// Colour of strength themes.
const STRENGTH_COLOUR: &str = "#2e7d32";
/// The second cue per theme (lens order, repeating): solid, dashed, dotted, dash-dot.
const DASHES: &[Option<&str>] = &[None, Some("7 3"), Some("2 3"), Some("9 3 2 3")];

/// The colour and dash of the theme at `index` of the lens.
pub(crate) fn theme_style(lens: &Lens, index: usize) -> Style {
    let colour = if lens.themes.get(index).is_some_and(|t| t.is_strength()) {
        STRENGTH_COLOUR
    } else {
        PROBLEM_COLOURS[index % PROBLEM_COLOURS.len()]
    };
    let mut s = Style::stroke(colour, 3.0);
    s.dash = DASHES[index % DASHES.len()];
    s
}

fn dim(item: &mut Item) {
    for s in &mut item.shapes {
        s.style.opacity *= DIMMED;
    }
}

fn heavier(item: &mut Item, colour: &'static str) {
    for s in &mut item.shapes {
        if s.style.stroke.is_some() && !matches!(s.primitive, Primitive::Text { .. }) {
            s.style.stroke_width = (s.style.stroke_width * 2.5).max(3.0);
            s.style.stroke = Some(colour);
        }
    }
}

/// Applies the lens to the built items. `at` gives each person's centre and how far the
/// symbol reaches up and down.
pub(crate) fn apply_lens(items: &mut [Item], lens: &Lens, marks: &Marks, at: &HashMap<PersonId, (Point, f64, f64)>) {
    let colour = |t: usize| theme_style(lens, t).stroke.unwrap_or("#000");
    for item in items.iter_mut() {
        let Some((kind, id)) = item.key.split_once(':') else { continue };
        let Ok(n) = id.parse::<u32>() else { continue };
        match kind {
            "person" => {
                let p = PersonId(n);
                let themes = marks.of_person(p);
                if themes.is_empty() {
                    dim(item);
                    continue;
                }
                let Some(&(c, top, bottom)) = at.get(&p) else { continue };
                let base = top.max(bottom) + 5.0;
                for (k, &t) in themes.iter().enumerate() {
                    let style = theme_style(lens, t).with_class("lens-ring");
                    item.shapes.push(Shape::circle(c, base + 5.0 * k as f64, style));
                }
            }
            "relation" => match marks.relations.get(&crate::genogram::model::RelationId(n)) {
                Some(&t) => heavier(item, colour(t)),
                None => dim(item),
            },
            "child" => match marks.descent.get(&crate::genogram::model::ChildLinkId(n)) {
                Some(&t) => heavier(item, colour(t)),
                None => dim(item),
            },
            "union" => match marks.unions.get(&crate::genogram::model::UnionId(n)) {
                Some(&t) => heavier(item, colour(t)),
                None => dim(item),
            },
            "single" => match marks.single_parents.get(&PersonId(n)) {
                Some(&t) => heavier(item, colour(t)),
                None => dim(item),
            },
            "household" => dim(item),
            _ => {}
        }
    }
}

/// The summary block below the diagram whose lowest point is `below` and left edge
/// `left`: a heading, then per theme a sample ring and its sentences.
pub(crate) fn summary_item(
    g: &Genogram,
    lens: &Lens,
    marks: &Marks,
    lang: Lang,
    name: &dyn Fn(PersonId) -> String,
    left: f64,
    below: f64,
) -> Item {
    let summaries = summarise(g, lens, marks);
    let heading = match lang {
        Lang::Nl => "Patroon",
        Lang::En => "Pattern",
    };
    let mut y = below + 36.0;
    let mut shapes = vec![Shape::text(left, y, heading, Anchor::Start, 13.0, Weight::Bold)];
    for s in &summaries {
        let one = Lens::new(vec![lens.themes[s.theme].clone()]);
        let lines =
            summary_lines(&one, &[crate::genogram::pattern::ThemeSummary { theme: 0, ..s.clone() }], lang, name);
        y += 20.0;
        shapes.push(Shape::circle(pt(left + 7.0, y - 4.0), 6.0, theme_style(lens, s.theme)));
        for (k, line) in lines.into_iter().enumerate() {
            if k > 0 {
                y += 16.0;
            }
            shapes.push(Shape::text(left + 20.0, y, line, Anchor::Start, 11.0, Weight::Normal));
        }
    }
    Item { key: "pattern".into(), shapes }
}

/// The summary's sentences as drawn on a scene (for tests and the e2e page).
pub fn pattern_texts(scene: &Scene) -> Vec<String> {
    scene
        .item("pattern")
        .map(|i| {
            i.shapes
                .iter()
                .filter_map(|s| match &s.primitive {
                    Primitive::Text { text, .. } => Some(text.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}
