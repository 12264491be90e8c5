//! The legend: exactly the symbols, line styles and fills that occur in the drawing.
//!
//! Drawing code registers a [`LegendKey`] whenever it draws something the legend must
//! explain, so the legend cannot list anything absent nor miss anything present.

use std::collections::BTreeSet;

use super::conditions::condition_shapes;
use super::household::HOUSEHOLD;
use super::labels::word;
use super::lines::{
    child_style, engagement_ring, slash_count, slashes, start_abbreviation, union_style, unknown_partner,
};
use super::person::{Outline, INK, OUTLINE};
use super::relation::relation_shapes;
use crate::genogram::model::{
    ChildLinkKind, Condition, ConditionArea, ConditionCategory, ConditionStatus, Gender, RelationKind, UnionEventKind,
    UnionKind,
};
use crate::i18n::Lang;
use crate::kernel::geom::pt;
use crate::kernel::shape::{Anchor, Shape, Style, Weight};

/// One legend entry. The order of the variants is the order in the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LegendKey {
    /// Square, circle or diamond (with "?" for unknown).
    Gender(Gender),
    /// Small marker of the gender assigned at birth.
    Transgender,
    /// Double outline.
    Index,
    /// X through the symbol.
    Deceased,
    /// "° 1950 † 2010" above the symbol.
    Years,
    /// Triangle.
    Pregnancy,
    /// Small filled circle.
    Miscarriage,
    /// Small X.
    Abortion,
    /// Small gender symbol with an X.
    Stillbirth,
    /// Small diamond with a dot.
    Pet,
    /// Dashed diamond with "?" in an unknown partner's place.
    UnknownPartner,
    /// A condition area in a status.
    Condition(ConditionArea, ConditionStatus),
    /// A union line style.
    Union(UnionKind),
    /// A union event (slashes and/or its abbreviation).
    Event(UnionEventKind),
    /// A child line style.
    Child(ChildLinkKind),
    /// Twins from one apex.
    Twins,
    /// Identical twins: a bar between the lines.
    IdenticalTwins,
    /// An emotional relation style.
    Relation(RelationKind),
    /// Dotted outline of a household.
    Household,
}

/// Collects what the legend must explain while the scene is drawn.
#[derive(Clone, Debug, Default)]
pub(crate) struct Legend {
    pub keys: BTreeSet<LegendKey>,
    /// Names of "other" conditions that occur, for their label.
    pub other_names: BTreeSet<String>,
}

impl Legend {
    pub(crate) fn add(&mut self, key: LegendKey) {
        self.keys.insert(key);
    }

    pub(crate) fn add_condition(&mut self, c: &Condition) {
        self.keys.insert(LegendKey::Condition(c.category.area(), c.status));
        if let ConditionCategory::Other(name) = &c.category {
            let name = super::labels::one_line(name);
            if !name.is_empty() {
                self.other_names.insert(name);
            }
        }
    }
}

/// The label of a legend entry.
pub(crate) fn label(key: LegendKey, lang: Lang, other_names: &BTreeSet<String>) -> String {
    match key {
        LegendKey::Gender(g) => g.label(lang).to_owned(),
        LegendKey::Transgender => {
            word(lang, "transgender (klein: bij geboorte toegewezen)", "transgender (small: assigned at birth)").into()
        }
        LegendKey::Index => word(lang, "cliënt (indexpersoon)", "client (index person)").into(),
        LegendKey::Deceased => word(lang, "overleden", "deceased").into(),
        LegendKey::Years => {
            word(lang, "° geboren, † overleden; leeftijd in het symbool", "° born, † died; age inside the symbol")
                .into()
        }
        LegendKey::Pregnancy => word(lang, "zwangerschap", "pregnancy").into(),
        LegendKey::Miscarriage => word(lang, "miskraam", "miscarriage").into(),
        LegendKey::Abortion => word(lang, "abortus", "abortion").into(),
        LegendKey::Stillbirth => word(lang, "doodgeboren", "stillbirth").into(),
        LegendKey::Pet => word(lang, "huisdier", "pet").into(),
        LegendKey::UnknownPartner => word(lang, "onbekende partner", "unknown partner").into(),
        LegendKey::Condition(area, status) => {
            let what = match area {
                ConditionArea::Other if !other_names.is_empty() => {
                    format!("{} ({})", area.label(lang), other_names.iter().cloned().collect::<Vec<_>>().join(", "))
                }
                _ => area.label(lang).to_owned(),
            };
            format!("{what}: {}", status.label(lang))
        }
        LegendKey::Union(k) => format!("{} ({})", k.label(lang), start_abbreviation(k, lang)),
        LegendKey::Event(k) => format!("{} ({})", k.label(lang), k.abbreviation(lang)),
        LegendKey::Child(k) => match k {
            ChildLinkKind::Biological => word(lang, "biologisch kind", "biological child").into(),
            ChildLinkKind::Adopted => word(lang, "geadopteerd kind [ ]", "adopted child [ ]").into(),
            ChildLinkKind::Foster => word(lang, "pleegkind", "foster child").into(),
        },
        LegendKey::Twins => word(lang, "tweeling", "twins").into(),
        LegendKey::IdenticalTwins => word(lang, "eeneiige tweeling", "identical twins").into(),
        LegendKey::Relation(k) => k.label(lang).to_owned(),
        LegendKey::Household => word(lang, "huishouden", "household").into(),
    }
}

/// The sample drawing of an entry in the cell `x..x+44`, centred on `y`.
fn swatch(key: LegendKey, x: f64, y: f64) -> Vec<Shape> {
    let c = pt(x + 22.0, y);
    let h = 9.0;
    let ink = Style::stroke(INK, OUTLINE);
    let white = ink.filled("#fff");
    let line = |s: Style| Shape::line(pt(x, y), pt(x + 44.0, y), s);
    match key {
        LegendKey::Gender(g) => {
            let mut v = vec![Outline::of_gender(g).shape(c, h, white)];
            if g == Gender::Unknown {
                v.push(Shape::text(c.x, c.y + 4.0, "?", Anchor::Middle, 11.0, Weight::Bold));
            }
            v
        }
        LegendKey::Transgender => vec![
            Outline::Circle.shape(c, h, white),
            Outline::Square.shape(pt(c.x + h + 5.0, c.y - h + 3.0), 3.5, Style::stroke(INK, 1.2).filled("#fff")),
        ],
        LegendKey::Index => vec![Outline::Square.shape(c, h, white), Outline::Square.shape(c, h + 3.0, ink)],
        LegendKey::Deceased | LegendKey::Stillbirth => {
            let (hh, r) = if key == LegendKey::Stillbirth { (5.0, 7.0) } else { (h, h + 3.0) };
            vec![
                Outline::Square.shape(c, hh, white),
                Shape::line(pt(c.x - r, c.y - r), pt(c.x + r, c.y + r), ink),
                Shape::line(pt(c.x - r, c.y + r), pt(c.x + r, c.y - r), ink),
            ]
        }
        LegendKey::Years => vec![Shape::text(c.x, c.y + 3.5, "° †", Anchor::Middle, 10.0, Weight::Normal)],
        LegendKey::Pregnancy => vec![Outline::Triangle.shape(c, h, white)],
        LegendKey::Miscarriage => vec![Shape::circle(c, 5.0, Style::fill(INK))],
        LegendKey::Abortion => vec![
            Shape::line(pt(c.x - 5.0, c.y - 5.0), pt(c.x + 5.0, c.y + 5.0), Style::stroke(INK, 2.0)),
            Shape::line(pt(c.x - 5.0, c.y + 5.0), pt(c.x + 5.0, c.y - 5.0), Style::stroke(INK, 2.0)),
        ],
        LegendKey::Pet => vec![Outline::Diamond.shape(c, 6.0, white), Shape::circle(c, 1.8, Style::fill(INK))],
        LegendKey::UnknownPartner => unknown_partner(c, h),
        LegendKey::Condition(area, status) => {
            let cond = Condition {
                category: match area {
                    ConditionArea::Physical => ConditionCategory::Physical,
                    ConditionArea::Mental => ConditionCategory::Mental,
                    ConditionArea::Alcohol => ConditionCategory::Alcohol,
                    ConditionArea::Drugs => ConditionCategory::Drugs,
                    ConditionArea::Other => ConditionCategory::Other(String::new()),
                },
                status,
                note: String::new(),
            };
            let r = h + 2.0;
            let poly = vec![pt(c.x - r, c.y - r), pt(c.x + r, c.y - r), pt(c.x + r, c.y + r), pt(c.x - r, c.y + r)];
            let mut v = vec![Outline::Square.shape(c, r, Style::fill("#fff"))];
            v.extend(condition_shapes(&poly, &[cond]));
            v.push(Outline::Square.shape(c, r, ink));
            v
        }
        LegendKey::Union(k) => {
            let mut v = vec![line(union_style(k))];
            if k == UnionKind::Engaged {
                v.push(engagement_ring(c.x, c.y));
            }
            v
        }
        LegendKey::Event(k) => {
            let mut v = vec![line(ink)];
            v.extend(slashes(c.x, c.y, slash_count(Some(k))));
            v
        }
        LegendKey::Child(k) => {
            let mut v = vec![Shape::line(pt(c.x, y - 11.0), pt(c.x, y + 11.0), child_style(k))];
            if k == ChildLinkKind::Adopted {
                v.push(Shape::text(c.x - 10.0, y + 4.0, "[", Anchor::Middle, 12.0, Weight::Normal));
                v.push(Shape::text(c.x + 10.0, y + 4.0, "]", Anchor::Middle, 12.0, Weight::Normal));
            }
            v
        }
        LegendKey::Twins | LegendKey::IdenticalTwins => {
            let apex = pt(c.x, y - 11.0);
            let (l, r) = (pt(c.x - 10.0, y + 11.0), pt(c.x + 10.0, y + 11.0));
            let mut v = vec![Shape::line(apex, l, ink), Shape::line(apex, r, ink)];
            if key == LegendKey::IdenticalTwins {
                v.push(Shape::line(pt(c.x - 5.0, y), pt(c.x + 5.0, y), ink));
            }
            v
        }
        LegendKey::Relation(k) => relation_shapes(k, pt(x, y), pt(x + 44.0, y)),
        LegendKey::Household => {
            vec![Shape::rect(x + 4.0, y - 9.0, 36.0, 18.0, Style::stroke(HOUSEHOLD, 1.5).dashed("2 4"))]
        }
    }
}

/// Row height and width of the legend.
const ROW: f64 = 26.0;

/// The legend block with its top-left corner at `(x, y)`, in columns of at most
/// `max_rows` entries (so a legend beside a low, wide diagram does not tower over it).
pub(crate) fn legend_shapes(legend: &Legend, lang: Lang, x: f64, y: f64, max_rows: usize) -> Vec<Shape> {
    let labels: Vec<(LegendKey, String)> =
        legend.keys.iter().map(|&k| (k, label(k, lang, &legend.other_names))).collect();
    let title = word(lang, "Legenda", "Legend");
    let rows = max_rows.max(1).min(labels.len().max(1));
    let mut body = Vec::new();
    let mut col_x = x + 12.0;
    for column in labels.chunks(rows) {
        let width = column.iter().map(|(_, l)| crate::kernel::geom::text_width(l, 11.0)).fold(0.0, f64::max);
        for (i, (k, l)) in column.iter().enumerate() {
            let cy = y + 34.0 + ROW * (i as f64 + 0.5);
            body.extend(swatch(*k, col_x, cy));
            body.push(Shape::text(col_x + 44.0 + 12.0, cy + 4.0, l.clone(), Anchor::Start, 11.0, Weight::Normal));
        }
        col_x += 44.0 + 12.0 + width + 24.0;
    }
    let width = (col_x - x - 12.0).max(crate::kernel::geom::text_width(title, 13.0) + 24.0);
    let height = 34.0 + ROW * rows as f64 + 6.0;
    let mut out = vec![Shape::rect(x, y, width, height, Style::stroke("#999", 1.0).filled("#fff"))];
    out.push(Shape::text(x + 12.0, y + 22.0, title, Anchor::Start, 13.0, Weight::Bold));
    out.extend(body);
    out
}
