//! The texts around a person's symbol, measured with the drawing font: where they go,
//! and how much room they need (which the layout reserves, so neighbours keep clear).
//!
//! * Years sit above the symbol, McGoldrick's way: the birth year left of the symbol's
//!   centre line, the death year right of it, so the child line coming down onto the
//!   symbol passes between them instead of through them.
//! * The name sits below the symbol, wrapped to at most [`NAME_MAX_LINES`] lines of at
//!   most [`NAME_MAX_WIDTH`] (cut with "…" beyond that), and the due date of a
//!   pregnancy below the name.
//! * When the document shows tags, a person's tags follow as one small line in a
//!   muted colour ("schulden · steunend"), cut with "…" at the name's width.

use std::collections::BTreeMap;

use super::labels::{name_labels, word, year_text};
use super::Anonymise;
use crate::genogram::model::{Genogram, Person, PersonId, PersonKind};
use crate::i18n::Lang;
use crate::kernel::shape::{Anchor, Point, Shape, Weight};
use crate::kernel::text::{self, FontWeight, LINE_SPACING_EM};

/// Font size of names.
pub(crate) const NAME_SIZE: f64 = 11.0;
/// Widest a line of a name may be; longer names wrap.
pub(crate) const NAME_MAX_WIDTH: f64 = 130.0;
/// Most lines a name takes; the rest is cut with an ellipsis.
pub(crate) const NAME_MAX_LINES: usize = 2;
/// Font size of the years above and the due date below.
pub(crate) const SMALL_SIZE: f64 = 10.0;
/// Gap between the symbol's centre line and the years either side of it.
pub(crate) const YEARS_GAP: f64 = 3.0;
/// Colour of the tags line: quieter than a name, still legible on paper.
pub(crate) const TAGS_INK: &str = "#4a4a4a";
/// Between two tags on the tags line.
const TAGS_SEPARATOR: &str = " · ";
/// Baseline of the first line below the symbol, under the symbol's bottom.
const FIRST_BASELINE: f64 = 13.0;
/// Baseline of the years above the symbol's top.
const YEARS_BASELINE: f64 = 6.0;

/// The texts drawn around one person.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct PersonTexts {
    /// Left of the centre line above the symbol: `° 1950`, or a loss's year.
    pub birth: Option<String>,
    /// Right of the centre line above the symbol: `† 2010`.
    pub death: Option<String>,
    /// The name's lines below the symbol.
    pub name: Vec<String>,
    /// The due date of a pregnancy, below the name.
    pub due: Option<String>,
    /// The person's tags as one line, when the document shows tags and there are any.
    pub tags: Option<String>,
    /// Where the line down to the symbol comes in slanting from (a twin's line from
    /// its apex): the years then stand together on the other side of the centre line.
    pub slant: Slant,
}

/// The side a slanting line comes down to a symbol from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Slant {
    /// Straight down (or no line): birth left, death right of the centre line.
    #[default]
    None,
    /// From the upper left: the years stand right of the centre line.
    FromLeft,
    /// From the upper right: the years stand left of the centre line.
    FromRight,
}

fn width(s: &str, size: f64) -> f64 {
    text::text_width(s, size, FontWeight::Normal)
}

impl PersonTexts {
    /// The texts of `p`, whose name label (real, initials or role) is `name`.
    pub fn of(p: &Person, name: &str, lang: Lang, show_tags: bool) -> PersonTexts {
        let (birth, death) = if p.kind.is_pregnancy_loss() {
            (p.birth.or(p.death).map(|d| year_text(&d, lang)), None)
        } else if matches!(p.kind, PersonKind::Pregnancy { .. }) {
            (None, None)
        } else {
            (
                p.birth.as_ref().map(|b| format!("° {}", year_text(b, lang))),
                p.death.as_ref().map(|d| format!("† {}", year_text(d, lang))),
            )
        };
        let due = match &p.kind {
            PersonKind::Pregnancy { due: Some(due) } => {
                Some(format!("{} {}", word(lang, "uitgerekend", "due"), due.label(lang)))
            }
            _ => None,
        };
        let name = text::wrap(name, NAME_SIZE, FontWeight::Normal, NAME_MAX_WIDTH, NAME_MAX_LINES);
        let tags = show_tags.then(|| tags_line(&p.tags)).flatten();
        PersonTexts { birth, death, name, due, tags, slant: Slant::None }
    }

    /// Half the width of the texts below the symbol (name and due date), from the
    /// symbol's centre line: where a line leaving the symbol downwards must keep out.
    pub fn below_half_width(&self) -> f64 {
        let name = text::wrapped_width(&self.name, NAME_SIZE, FontWeight::Normal);
        let due = self.due.as_deref().map_or(0.0, |d| width(d, SMALL_SIZE));
        let tags = self.tags.as_deref().map_or(0.0, |t| width(t, SMALL_SIZE));
        name.max(due).max(tags) / 2.0
    }

    /// Half the width of the years above the symbol, from its centre line. (The
    /// layout reserves it before it knows of slanting lines, so a twin whose years stand
    /// together on one side may reach further; the label measures see to that.)
    pub fn above_half_width(&self) -> f64 {
        let side = |s: &Option<String>| s.as_deref().map_or(0.0, |s| YEARS_GAP + width(s, SMALL_SIZE));
        side(&self.birth).max(side(&self.death))
    }

    /// The width the layout must keep free for these texts, centred on the symbol.
    pub fn width(&self) -> f64 {
        2.0 * self.below_half_width().max(self.above_half_width())
    }

    /// The text shapes for a symbol centred at `c` reaching `top` above and `bottom`
    /// below its centre.
    pub fn shapes(&self, c: Point, top: f64, bottom: f64) -> Vec<Shape> {
        let mut out = Vec::with_capacity(self.name.len() + 3);
        let y = c.y - top - YEARS_BASELINE;
        let years: Vec<&str> = [&self.birth, &self.death].into_iter().filter_map(|t| t.as_deref()).collect();
        match self.slant {
            Slant::FromLeft if !years.is_empty() => {
                out.push(Shape::text(c.x + YEARS_GAP, y, years.join("  "), Anchor::Start, SMALL_SIZE, Weight::Normal));
            }
            Slant::FromRight if !years.is_empty() => {
                out.push(Shape::text(c.x - YEARS_GAP, y, years.join("  "), Anchor::End, SMALL_SIZE, Weight::Normal));
            }
            _ => {
                if let Some(b) = &self.birth {
                    out.push(Shape::text(c.x - YEARS_GAP, y, b, Anchor::End, SMALL_SIZE, Weight::Normal));
                }
                if let Some(d) = &self.death {
                    out.push(Shape::text(c.x + YEARS_GAP, y, d, Anchor::Start, SMALL_SIZE, Weight::Normal));
                }
            }
        }
        let mut line_y = c.y + bottom + FIRST_BASELINE;
        for line in &self.name {
            out.push(Shape::text(c.x, line_y, line, Anchor::Middle, NAME_SIZE, Weight::Normal));
            line_y += NAME_SIZE * LINE_SPACING_EM;
        }
        if let Some(due) = &self.due {
            out.push(Shape::text(c.x, line_y, due, Anchor::Middle, SMALL_SIZE, Weight::Normal));
            line_y += SMALL_SIZE * LINE_SPACING_EM;
        }
        if let Some(tags) = &self.tags {
            let mut shape = Shape::text(c.x, line_y, tags, Anchor::Middle, SMALL_SIZE, Weight::Normal);
            shape.style = crate::kernel::shape::Style::fill(TAGS_INK);
            out.push(shape);
        }
        out
    }
}

/// A person's tags as one line ("schulden · steunend"), blank ones left out and the
/// line cut with "…" at the name's width; `None` without tags.
fn tags_line(tags: &[String]) -> Option<String> {
    let tags: Vec<&str> = tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).collect();
    if tags.is_empty() {
        return None;
    }
    Some(text::fit_line(&tags.join(TAGS_SEPARATOR), SMALL_SIZE, FontWeight::Normal, NAME_MAX_WIDTH))
}

/// The texts of every person as the scene draws them under `anonymise` in `lang`.
///
/// Losses carry a name only when real names are shown and one was given.
pub(crate) fn person_texts(g: &Genogram, anonymise: Anonymise, lang: Lang) -> BTreeMap<PersonId, PersonTexts> {
    let names = name_labels(g, anonymise, lang);
    let show_tags = g.settings().show_tags;
    g.persons()
        .map(|(id, p)| {
            let hide = p.kind.is_pregnancy_loss() && anonymise != Anonymise::Off;
            let name = if hide { "" } else { names.get(&id).map_or("", String::as_str) };
            (id, PersonTexts::of(p, name, lang, show_tags))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{Gender, PartialDate};
    use crate::kernel::Primitive;

    fn person(given: &str, family: &str) -> Person {
        let mut p = Person::new(given, family, Gender::Female);
        p.birth = PartialDate::year_only(1932);
        p.death = PartialDate::year_only(2010);
        p
    }

    #[test]
    fn a_long_name_wraps_to_two_measured_lines() {
        let p = person("Johanna Wilhelmina Petronella", "de Vries");
        let t = PersonTexts::of(&p, &p.display_name(), Lang::Nl, false);
        assert_eq!(t.name.len(), 2, "{:?}", t.name);
        for line in &t.name {
            assert!(width(line, NAME_SIZE) <= NAME_MAX_WIDTH, "{line}");
        }
        assert!(!t.name.concat().contains('…'), "two lines hold it: {:?}", t.name);
        // The reserved width is the widest line's, measured, not 0.6 em per character.
        let widest = t.name.iter().map(|l| width(l, NAME_SIZE)).fold(0.0, f64::max);
        assert!((t.width() - widest).abs() < 1e-9 || t.width() == 2.0 * t.above_half_width());
        assert!(t.width() <= NAME_MAX_WIDTH);
    }

    #[test]
    fn common_long_dutch_names_fit_two_lines_uncut() {
        for name in [
            "Hendrikus Bartholomeus van der Berg",
            "Maria Johanna van der Berg-de Vries",
            "Wilhelmina Theodora Petronella van der Berg",
            "Johannes Cornelis Wilhelmus van der Berg",
        ] {
            let t = PersonTexts::of(&person("", ""), name, Lang::Nl, false);
            let widths: Vec<f64> = t.name.iter().map(|l| width(l, NAME_SIZE)).collect();
            assert!(t.name.len() <= 2 && !t.name.concat().contains('…'), "{:?} {widths:?}", t.name);
        }
    }

    #[test]
    fn a_name_longer_than_two_lines_ends_with_an_ellipsis() {
        let name = "Wilhelmina Theodora Petronella Johanna Maria Cornelia van der Berg-de Vries";
        let t = PersonTexts::of(&person("", ""), name, Lang::Nl, false);
        assert_eq!(t.name.len(), 2);
        assert!(t.name[1].ends_with('…'), "{:?}", t.name);
    }

    #[test]
    fn years_sit_either_side_of_the_centre_line() {
        let p = person("Jan", "Smit");
        let t = PersonTexts::of(&p, "Jan Smit", Lang::Nl, false);
        let shapes = t.shapes(Point::new(100.0, 0.0), 20.0, 20.0);
        let boxes: Vec<_> = shapes.iter().filter_map(crate::kernel::geom::text_box).collect();
        // Birth year ends left of x = 100, death year starts right of it.
        assert!(boxes[0].2 < 100.0 && boxes[1].0 > 100.0, "{boxes:?}");
        assert_eq!(t.birth.as_deref(), Some("° 1932"));
        assert_eq!(t.death.as_deref(), Some("† 2010"));
    }

    #[test]
    fn a_slanting_twin_line_keeps_the_years_on_the_other_side() {
        let p = person("Jan", "Smit");
        for (slant, right) in [(Slant::FromLeft, true), (Slant::FromRight, false)] {
            let t = PersonTexts { slant, ..PersonTexts::of(&p, "Jan Smit", Lang::Nl, false) };
            let shapes = t.shapes(Point::new(100.0, 0.0), 20.0, 20.0);
            let years: Vec<_> = shapes
                .iter()
                .filter(|s| matches!(&s.primitive, crate::kernel::Primitive::Text { text, .. } if text.contains('°')))
                .filter_map(crate::kernel::geom::text_box)
                .collect();
            assert_eq!(years.len(), 1, "birth and death on one line");
            let b = years[0];
            assert!(if right { b.0 > 100.0 } else { b.2 < 100.0 }, "{slant:?}: {b:?}");
        }
    }

    #[test]
    fn tags_make_one_muted_line_under_the_name_and_widen_what_lines_keep_clear_of() {
        let mut p = person("Jan", "Smit");
        p.tags = vec!["schulden".into(), "  ".into(), "steunend".into()];
        let hidden = PersonTexts::of(&p, "Jan Smit", Lang::Nl, false);
        assert_eq!(hidden.tags, None, "tags are drawn only when the document shows them");
        let t = PersonTexts::of(&p, "Jan Smit", Lang::Nl, true);
        assert_eq!(t.tags.as_deref(), Some("schulden · steunend"), "blank tags left out");
        assert!(t.below_half_width() > hidden.below_half_width(), "the line is wider than the name");
        let shapes = t.shapes(Point::new(100.0, 0.0), 20.0, 20.0);
        let last = shapes.last().expect("shapes");
        let Primitive::Text { text, y, .. } = &last.primitive else { panic!("a text") };
        assert_eq!(text, "schulden · steunend");
        let name_y = shapes
            .iter()
            .find_map(|s| match &s.primitive {
                Primitive::Text { text, y, .. } if text == "Jan Smit" => Some(*y),
                _ => None,
            })
            .expect("the name");
        assert!(*y > name_y, "under the name");
        assert_eq!(last.style.fill, Some(TAGS_INK));
        // Many tags are cut at the name's width.
        p.tags = (0..12).map(|i| format!("thema {i}")).collect();
        let t = PersonTexts::of(&p, "Jan Smit", Lang::Nl, true);
        assert!(t.tags.as_deref().is_some_and(|l| l.ends_with('…')));
        assert!(width(t.tags.as_deref().unwrap(), SMALL_SIZE) <= NAME_MAX_WIDTH + 0.01);
        // No tags: no line, whatever the setting.
        p.tags.clear();
        assert_eq!(PersonTexts::of(&p, "Jan Smit", Lang::Nl, true).tags, None);
    }
}
