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
use crate::kernel::text::{text_width, FontWeight};

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
    /// A person's tags in a small muted line under the name.
    Tags,
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
        LegendKey::Tags => word(lang, "labels (thema's)", "tags (themes)").into(),
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
        LegendKey::Tags => {
            let mut s = Shape::text(c.x, c.y + 3.5, "a · b", Anchor::Middle, 10.0, Weight::Normal);
            s.style = Style::fill(super::person_labels::TAGS_INK);
            vec![s]
        }
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
                since: None,
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
const ROW: f64 = 24.0;

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
        // Measured with the drawing font's real widths, so columns are no wider than their text.
        let width = column.iter().map(|(_, l)| text_width(l, 11.0, FontWeight::Normal)).fold(0.0, f64::max);
        for (i, (k, l)) in column.iter().enumerate() {
            let cy = y + 30.0 + ROW * (i as f64 + 0.5);
            body.extend(swatch(*k, col_x, cy));
            body.push(Shape::text(col_x + 44.0 + 12.0, cy + 4.0, l.clone(), Anchor::Start, 11.0, Weight::Normal));
        }
        col_x += 44.0 + 12.0 + width + 18.0;
    }
    let width = (col_x - x - 6.0).max(text_width(title, 13.0, FontWeight::Bold) + 24.0);
    let height = 30.0 + ROW * rows as f64 + 6.0;
    let mut out = vec![Shape::rect(x, y, width, height, Style::stroke("#999", 1.0).filled("#fff"))];
    out.push(Shape::text(x + 12.0, y + 22.0, title, Anchor::Start, 13.0, Weight::Bold));
    out.extend(body);
    out
}

/// Gap between the diagram and the legend.
pub(crate) const LEGEND_GAP: f64 = 40.0;

/// Page shapes a drawing is usually shown or printed on: A4 upright and landscape, and
/// a 16:9 screen (width : height).
const PAGE_RATIOS: [f64; 3] = [std::f64::consts::FRAC_1_SQRT_2, std::f64::consts::SQRT_2, 16.0 / 9.0];

/// How far a width : height ratio is from the nearest page shape (0 on a page shape;
/// symmetric in the sense that twice too wide counts as much as twice too tall).
pub(crate) fn page_misfit(width: f64, height: f64) -> f64 {
    if width <= 0.0 || height <= 0.0 {
        return f64::INFINITY;
    }
    let r = width / height;
    PAGE_RATIOS.iter().map(|t| (r / t).ln().abs()).fold(f64::INFINITY, f64::min)
}

/// Where the legend goes relative to the diagram.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LegendPlace {
    /// To the right of the diagram, top aligned.
    Beside,
    /// Under the diagram, left aligned.
    Below,
}

/// Width and height of the legend block in columns of at most `max_rows` entries.
fn legend_size(legend: &Legend, lang: Lang, max_rows: usize) -> (f64, f64) {
    match legend_shapes(legend, lang, 0.0, 0.0, max_rows).first().map(|s| &s.primitive) {
        Some(crate::kernel::shape::Primitive::Rect { width, height, .. }) => (*width, *height),
        _ => (0.0, 0.0),
    }
}

/// The legend placed beside or below the diagram `(x0, y0, x1, y1)`, whichever leaves
/// the whole drawing closer to a page shape (the smaller drawing when both are equally
/// close): beside, its columns are no taller than the diagram; below, as many columns
/// as fit under the diagram's width.
pub(crate) fn placed_legend(legend: &Legend, lang: Lang, diagram: (f64, f64, f64, f64)) -> (LegendPlace, Vec<Shape>) {
    let (x0, y0, x1, y1) = diagram;
    let (dw, dh) = (x1 - x0, y1 - y0);
    let n = legend.keys.len().max(1);
    // Beside: rows that fit the diagram's height, but not fewer than four.
    let beside_rows = (((dh - 40.0) / ROW).floor().max(4.0) as usize).min(n);
    let (bw, bh) = legend_size(legend, lang, beside_rows);
    // Below: the fewest rows whose columns fit the diagram's width.
    let below_rows = (1..=n).find(|&r| legend_size(legend, lang, r).0 <= dw).unwrap_or(n);
    let (lw, lh) = legend_size(legend, lang, below_rows);
    let beside = (dw + LEGEND_GAP + bw, dh.max(bh));
    let below = (dw.max(lw), dh + LEGEND_GAP + lh);
    let score = |(w, h): (f64, f64)| (page_misfit(w, h), w * h);
    let (sb, sl) = (score(beside), score(below));
    let choose_below = sl.0 < sb.0 - 1e-9 || ((sl.0 - sb.0).abs() <= 1e-9 && sl.1 < sb.1);
    if choose_below {
        (LegendPlace::Below, legend_shapes(legend, lang, x0, y1 + LEGEND_GAP, below_rows))
    } else {
        (LegendPlace::Beside, legend_shapes(legend, lang, x1 + LEGEND_GAP, y0, beside_rows))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::sample_family;
    use crate::genogram::scene::fixtures::Builder;
    use crate::genogram::scene::tests::{options, scene_of};
    use crate::kernel::shape::Primitive;

    fn some_legend() -> Legend {
        let mut l = Legend::default();
        for k in [
            LegendKey::Gender(Gender::Male),
            LegendKey::Gender(Gender::Female),
            LegendKey::Years,
            LegendKey::Union(UnionKind::Marriage),
            LegendKey::Child(ChildLinkKind::Biological),
            LegendKey::Relation(RelationKind::Close),
            LegendKey::Household,
        ] {
            l.add(k);
        }
        l
    }

    fn frame_of(shapes: &[Shape]) -> (f64, f64, f64, f64) {
        match shapes[0].primitive {
            Primitive::Rect { x, y, width, height, .. } => (x, y, width, height),
            _ => panic!("the legend starts with its frame"),
        }
    }

    #[test]
    fn the_page_misfit_is_zero_on_page_shapes_and_grows_away_from_them() {
        assert!(page_misfit(297.0, 210.0) < 1e-3 && page_misfit(1600.0, 900.0) < 1e-9);
        assert!(page_misfit(210.0, 297.0) < 1e-3, "upright A4 is a page too");
        assert!(page_misfit(4000.0, 300.0) > page_misfit(2000.0, 300.0));
        assert!(page_misfit(100.0, 1000.0) > page_misfit(300.0, 1000.0));
    }

    #[test]
    fn a_wide_low_family_gets_its_legend_below_and_a_tall_narrow_one_beside() {
        let l = some_legend();
        // One long row: beside would make a wide strip even wider.
        let (place, shapes) = placed_legend(&l, Lang::Nl, (0.0, 0.0, 1800.0, 220.0));
        assert_eq!(place, LegendPlace::Below);
        let (x, y, w, _) = frame_of(&shapes);
        assert!(x == 0.0 && y >= 220.0 && w <= 1800.0, "below, no wider than the family: {x} {y} {w}");
        // A tall, narrow family (many generations, few per row): beside.
        let (place, shapes) = placed_legend(&l, Lang::Nl, (0.0, 0.0, 300.0, 900.0));
        assert_eq!(place, LegendPlace::Beside);
        let (x, y, _, h) = frame_of(&shapes);
        assert!(x >= 300.0 && y == 0.0 && h <= 900.0, "beside, no taller than the family: {x} {y} {h}");
    }

    #[test]
    fn the_chosen_place_keeps_the_drawing_closest_to_a_page() {
        let l = some_legend();
        for (w, h) in [(400.0, 300.0), (900.0, 400.0), (1600.0, 500.0), (600.0, 700.0), (2500.0, 900.0)] {
            let (place, shapes) = placed_legend(&l, Lang::Nl, (0.0, 0.0, w, h));
            let (x, y, lw, lh) = frame_of(&shapes);
            let chosen = page_misfit((x + lw).max(w), (y + lh).max(h));
            // The other place, built the way placed_legend would.
            let other = match place {
                LegendPlace::Beside => {
                    let rows =
                        (1..=l.keys.len()).find(|&r| legend_size(&l, Lang::Nl, r).0 <= w).unwrap_or(l.keys.len());
                    let (ow, oh) = legend_size(&l, Lang::Nl, rows);
                    page_misfit(w.max(ow), h + LEGEND_GAP + oh)
                }
                LegendPlace::Below => {
                    let rows = (((h - 40.0) / ROW).floor().max(4.0) as usize).min(l.keys.len());
                    let (ow, oh) = legend_size(&l, Lang::Nl, rows);
                    page_misfit(w + LEGEND_GAP + ow, h.max(oh))
                }
            };
            assert!(chosen <= other + 1e-9, "{w}×{h}: {place:?} {chosen} vs {other}");
        }
    }

    #[test]
    fn the_legend_of_a_real_drawing_does_not_outgrow_it() {
        // A couple with eight children: one wide row under a short one.
        let mut b = Builder::new();
        let (p, m) = (
            b.born("Jan", "Smit", Gender::Male, "1950", |_| {}),
            b.born("Els", "Smit", Gender::Female, "1952", |_| {}),
        );
        let u = b.union(crate::genogram::model::Union::new(p, m, UnionKind::Marriage));
        for i in 0..8 {
            let c = b.born(&format!("Kind{i}"), "Smit", [Gender::Male, Gender::Female][i % 2], "1975", |_| {});
            b.child(crate::genogram::model::ChildLink::of_union(u, c));
        }
        for g in [b.g, sample_family()] {
            let with = scene_of(&g, &options(Lang::Nl));
            let mut o = options(Lang::Nl);
            o.show_legend = false;
            let without = scene_of(&g, &o);
            assert!(without.item("legend").is_none());
            let (bw, bh) = (with.bounds.width(), with.bounds.height());
            let (dw, dh) = (without.bounds.width(), without.bounds.height());
            assert!(bw * bh <= dw * dh * 2.2, "the legend at most adds about the family's own area");
            // The legend sits beside or below the family, never over it.
            let frame = with.item("legend").unwrap().shapes[0].clone();
            let Primitive::Rect { x, y, .. } = frame.primitive else { panic!("a frame") };
            let d = without.bounds;
            assert!(x >= d.max_x || y >= d.max_y, "legend at {x},{y} outside {d:?}");
        }
    }
}
