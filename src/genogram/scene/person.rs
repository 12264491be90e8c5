//! Person symbols with their marks and labels.

use super::conditions::condition_shapes;
use super::labels::age_text;
use super::legend::{Legend, LegendKey};
use super::person_labels::PersonTexts;
use crate::genogram::model::{Gender, PartialDate, Person, PersonKind};
use crate::i18n::Lang;
use crate::kernel::geom::{circle_polygon, pt};
use crate::kernel::shape::{Anchor, Point, Primitive, Shape, Style, Weight};

/// Outline colour and width of symbols.
pub(crate) const INK: &str = "#000";
pub(crate) const OUTLINE: f64 = 1.5;
/// Half edge of a normal and a small symbol.
pub(crate) const HALF: f64 = 20.0;
pub(crate) const SMALL_HALF: f64 = 10.0;
/// Diamonds reach further than squares so their area looks alike.
const DIAMOND: f64 = 1.2;
/// Gap between the two outlines of the index person.
const INDEX_GAP: f64 = 4.0;

/// The basic outline of a symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Outline {
    Square,
    Circle,
    Diamond,
    Triangle,
}

impl Outline {
    pub(crate) fn of_gender(g: Gender) -> Self {
        match g {
            Gender::Male => Outline::Square,
            Gender::Female => Outline::Circle,
            Gender::NonBinary | Gender::Unknown => Outline::Diamond,
        }
    }

    /// Distance from the centre to the top and to the bottom of the outline.
    fn extent(self, h: f64) -> (f64, f64) {
        match self {
            Outline::Square | Outline::Circle => (h, h),
            Outline::Diamond => (h * DIAMOND, h * DIAMOND),
            Outline::Triangle => (h, h * 0.75),
        }
    }

    /// A convex polygon of the outline (circles approximated), for clipping fills.
    fn polygon(self, c: Point, h: f64) -> Vec<Point> {
        match self {
            Outline::Square => {
                vec![pt(c.x - h, c.y - h), pt(c.x + h, c.y - h), pt(c.x + h, c.y + h), pt(c.x - h, c.y + h)]
            }
            Outline::Circle => circle_polygon(c, h, 48),
            Outline::Diamond => {
                let d = h * DIAMOND;
                vec![pt(c.x, c.y - d), pt(c.x + d, c.y), pt(c.x, c.y + d), pt(c.x - d, c.y)]
            }
            Outline::Triangle => vec![pt(c.x, c.y - h), pt(c.x + h, c.y + h * 0.75), pt(c.x - h, c.y + h * 0.75)],
        }
    }

    /// The outline as a shape.
    pub(crate) fn shape(self, c: Point, h: f64, style: Style) -> Shape {
        match self {
            Outline::Square => Shape::rect(c.x - h, c.y - h, 2.0 * h, 2.0 * h, style),
            Outline::Circle => Shape::circle(c, h, style),
            Outline::Diamond | Outline::Triangle => Shape::polygon(self.polygon(c, h), style),
        }
    }
}

/// How a person is drawn: outline and half size, or one of the outline-less marks.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Glyph {
    Outline(Outline, f64),
    /// Miscarriage: small filled circle.
    Dot,
    /// Abortion: small X.
    Cross,
}

const DOT_R: f64 = 7.0;

fn glyph(p: &Person) -> Glyph {
    match p.kind {
        PersonKind::Person => Glyph::Outline(Outline::of_gender(p.gender), HALF),
        PersonKind::Pregnancy { .. } => Glyph::Outline(Outline::Triangle, HALF),
        PersonKind::Stillbirth => Glyph::Outline(Outline::of_gender(p.gender), SMALL_HALF),
        PersonKind::Pet => Glyph::Outline(Outline::Diamond, SMALL_HALF),
        PersonKind::Miscarriage => Glyph::Dot,
        PersonKind::Abortion => Glyph::Cross,
    }
}

/// Distance from a person's centre to the top and bottom of everything drawn on the
/// symbol (index outline included): where child lines and union stubs end.
pub(crate) fn extent(p: &Person) -> (f64, f64) {
    let pad = if p.index { INDEX_GAP } else { 0.0 };
    match glyph(p) {
        Glyph::Outline(o, h) => {
            let (t, b) = o.extent(h);
            (t + pad, b + pad)
        }
        Glyph::Dot | Glyph::Cross => (DOT_R, DOT_R),
    }
}

/// Distance from a person's centre to the side of everything drawn on the symbol at
/// its centre height (index outline included): where a line leaving sideways starts.
pub(crate) fn side_reach(p: &Person) -> f64 {
    let pad = if p.index { INDEX_GAP } else { 0.0 };
    match glyph(p) {
        Glyph::Outline(Outline::Diamond, h) => h * DIAMOND + pad,
        // A triangle is h/1.75 wide at its centre height (apex h above, base 0.75 h below).
        Glyph::Outline(Outline::Triangle, h) => h / 1.75 + pad,
        Glyph::Outline(_, h) => h + pad,
        Glyph::Dot | Glyph::Cross => DOT_R,
    }
}

/// Per-drawing context for person symbols.
pub(crate) struct PersonCtx<'a> {
    pub lang: Lang,
    pub reference: PartialDate,
    pub legend: &'a mut Legend,
}

/// Everything drawn for one person centred at `c`: symbol, condition fills, marks
/// (transgender, index, deceased, adoption brackets) and the texts around it.
pub(crate) fn person_shapes(
    p: &Person,
    c: Point,
    texts: &PersonTexts,
    adopted: bool,
    ctx: &mut PersonCtx,
) -> Vec<Shape> {
    let mut out = Vec::with_capacity(8);
    let outline = Style::stroke(INK, OUTLINE);
    let (top, bottom) = extent(p);
    let key = match p.kind {
        PersonKind::Person => LegendKey::Gender(p.gender),
        PersonKind::Pregnancy { .. } => LegendKey::Pregnancy,
        PersonKind::Miscarriage => LegendKey::Miscarriage,
        PersonKind::Abortion => LegendKey::Abortion,
        PersonKind::Stillbirth => LegendKey::Stillbirth,
        PersonKind::Pet => LegendKey::Pet,
    };
    ctx.legend.add(key);
    let mut reach = top; // half size of the box the X and brackets span
    match glyph(p) {
        Glyph::Outline(o, h) => {
            out.push(o.shape(c, h, Style::fill("#fff")));
            if matches!(p.kind, PersonKind::Person) && !p.conditions.is_empty() {
                out.extend(condition_shapes(&o.polygon(c, h), &p.conditions));
                for cond in &p.conditions {
                    ctx.legend.add_condition(cond);
                }
            }
            out.push(o.shape(c, h, outline));
            if p.index {
                // The outer outline keeps the same gap on every shape (diamonds reach 1.2 h).
                out.push(o.shape(c, h + INDEX_GAP / o.extent(1.0).0, outline));
                ctx.legend.add(LegendKey::Index);
            }
            if o == Outline::Diamond && p.kind == PersonKind::Person && p.gender == Gender::Unknown {
                out.push(Shape::text(c.x, c.y + 6.0, "?", Anchor::Middle, 16.0, Weight::Bold));
            }
            if p.kind == PersonKind::Pet {
                out.push(Shape::circle(c, 2.5, Style::fill(INK)));
            }
            reach = o.extent(h).0;
        }
        Glyph::Dot => out.push(Shape::circle(c, DOT_R, Style::fill(INK))),
        Glyph::Cross => {
            let s = Style::stroke(INK, 2.0);
            out.push(Shape::line(pt(c.x - DOT_R, c.y - DOT_R), pt(c.x + DOT_R, c.y + DOT_R), s));
            out.push(Shape::line(pt(c.x - DOT_R, c.y + DOT_R), pt(c.x + DOT_R, c.y - DOT_R), s));
        }
    }

    if p.is_transgender() && matches!(p.kind, PersonKind::Person) {
        if let Some(assigned) = p.assigned_gender {
            let m = pt(c.x + reach + 7.0, c.y - reach + 5.0);
            let o = Outline::of_gender(assigned);
            out.push(o.shape(m, 5.0, Style::stroke(INK, 1.2).filled("#fff")));
            ctx.legend.add(LegendKey::Transgender);
        }
    }
    let x_mark = p.kind == PersonKind::Stillbirth || (p.is_deceased() && matches!(p.kind, PersonKind::Person));
    if x_mark {
        let r = reach + if p.kind == PersonKind::Stillbirth { 3.0 } else { 5.0 };
        let s = Style::stroke(INK, OUTLINE);
        out.push(Shape::line(pt(c.x - r, c.y - r), pt(c.x + r, c.y + r), s));
        out.push(Shape::line(pt(c.x - r, c.y + r), pt(c.x + r, c.y - r), s));
        if p.kind == PersonKind::Person {
            ctx.legend.add(LegendKey::Deceased);
        }
    }
    if adopted {
        // Brackets around the symbol: the second cue of adoption besides the dashed line.
        let (x0, x1, y0, y1) = (c.x - reach - 7.0, c.x + reach + 7.0, c.y - top - 3.0, c.y + bottom + 3.0);
        let s = Style::stroke(INK, 1.2);
        out.push(Shape::polyline(vec![pt(x0 + 4.0, y0), pt(x0, y0), pt(x0, y1), pt(x0 + 4.0, y1)], s));
        out.push(Shape::polyline(vec![pt(x1 - 4.0, y0), pt(x1, y0), pt(x1, y1), pt(x1 - 4.0, y1)], s));
    }

    if (texts.birth.is_some() || texts.death.is_some()) && !p.kind.is_pregnancy_loss() {
        ctx.legend.add(LegendKey::Years);
    }
    if texts.tags.is_some() {
        ctx.legend.add(LegendKey::Tags);
    }
    if let Some(age) = age_text(p, ctx.reference, ctx.lang) {
        let (y, size) = if p.gender == Gender::Unknown { (c.y + 16.0, 9.0) } else { (c.y + 4.0, 11.0) };
        out.push(Shape::new(
            Primitive::Text { x: c.x, y, text: age, anchor: Anchor::Middle, size, weight: Weight::Normal, halo: true },
            Style::fill("#000"),
        ));
    }
    out.extend(texts.shapes(c, top, bottom));
    out
}
