//! The netwerkkaart as a [`Scene`]: the same plain-data shapes the genogram uses, so
//! the same canvas and SVG exporter draw it.
//!
//! Drawing order and item keys:
//! * `"sector:2"` — the wedge (lightly tinted, alternating), its edge and its name
//!   with the number of actors, outside the outer ring;
//! * `"ring:0"` … `"ring:2"` — the outer circle of the inner, middle and outer band,
//!   labelled binnenste / middelste / buitenste;
//! * `"tie:7"` — a tie: double line for sterk, solid for normaal, dashed for zwak;
//!   zigzag for stressvol, red zigzag with a cross-mark for conflict, dark green with a
//!   "+" for positief; arrowheads towards whoever receives support; the support letters
//!   beside the line;
//! * `"centre"` — a double circle for a person, a double rounded square for a
//!   household, with the name below;
//! * `"actor:3"` — a circle for a person, a rounded square for an organisation; the
//!   fill and a letter say informal (white, I), formal (grey, F) or hybrid (light
//!   grey, H); a black diamond marks a verbinder; name and role below;
//! * `"legend"` — exactly what occurs; `"title"` — title, subject, date and author.
//!
//! [`item_of_key`] maps a key back to the netwerkkaart thing for selection.

pub(crate) mod draw;
pub mod legend;
pub mod reveal;
pub(crate) mod ties;

use crate::i18n::Lang;
use crate::kernel::track::Track;
use crate::kernel::{num, Anchor, Item, Primitive, Scene, Shape, Style};
use crate::kernel::{Bounds, Point};
use crate::netwerkkaart::layout::{polar, NetwerkkaartLayout};
use crate::netwerkkaart::model::actor::CentreKind;
use crate::netwerkkaart::model::ids::{ActorId, NetwerkkaartItem, SectorId, TieId};
use crate::netwerkkaart::model::map::Netwerkkaart;
use crate::netwerkkaart::model::tie::TieEnd;
use crate::netwerkkaart::model::vocab::{ActorKind, Formality, Ring};
use draw::{
    fit, pt, rounded, shapes_bounds, text, text_width, wedge_tint, ACTOR_HALF, CENTRE_R, FORMAL_FILL, GREY, GUIDE,
    HYBRID_FILL, INFORMAL_FILL, INK,
};
use legend::{legend_keys, legend_shapes};
use std::f64::consts::TAU;
use ties::{actor_tie_track, tie_shapes_on};

/// What to draw besides the map itself, and in which language.
#[derive(Clone, Debug, PartialEq)]
pub struct NetwerkkaartSceneOptions {
    /// Language of all words in the drawing.
    pub lang: Lang,
    /// Title of the drawing; empty gives "Netwerkkaart – " and the centre's name.
    pub title: String,
    /// Date text for the title block (e.g. "12-03-2025"); empty for none.
    pub date_text: String,
    /// Author for the title block; empty for none.
    pub author: String,
    /// Whether to draw the legend.
    pub show_legend: bool,
}

impl NetwerkkaartSceneOptions {
    /// Options for a language: default title, no date or author, with legend.
    pub fn new(lang: Lang) -> Self {
        NetwerkkaartSceneOptions {
            lang,
            title: String::new(),
            date_text: String::new(),
            author: String::new(),
            show_legend: true,
        }
    }
}

/// The netwerkkaart thing an item key stands for (`"actor:3"` → actor 3), for
/// selection and hit-testing; `None` for rings, legend and title.
pub fn item_of_key(key: &str) -> Option<NetwerkkaartItem> {
    let (kind, id) = key.split_once(':').unwrap_or((key, ""));
    let n = || id.parse::<u32>().ok();
    match kind {
        "centre" => Some(NetwerkkaartItem::Centre),
        "actor" => n().map(|i| NetwerkkaartItem::Actor(ActorId(i))),
        "tie" => n().map(|i| NetwerkkaartItem::Tie(TieId(i))),
        "sector" => n().map(|i| NetwerkkaartItem::Sector(SectorId(i))),
        _ => None,
    }
}

fn fill_of(f: Formality) -> &'static str {
    match f {
        Formality::Informal => INFORMAL_FILL,
        Formality::Formal => FORMAL_FILL,
        Formality::Hybrid => HYBRID_FILL,
    }
}

/// An actor symbol of half-size `half` at `c`: circle or rounded square, filled by
/// formality, with the formality letter inside when `letter` is set.
pub(crate) fn actor_symbol(
    kind: ActorKind,
    f: Formality,
    c: Point,
    half: f64,
    letter: bool,
    _lang: Lang,
) -> Vec<Shape> {
    let style = Style::stroke(INK, 1.5).filled(fill_of(f));
    let mut shapes = vec![match kind {
        ActorKind::Person => Shape::circle(c, half, style),
        ActorKind::Organisation => rounded(c.x - half, c.y - half, 2.0 * half, 2.0 * half, half * 0.35, style),
    }];
    if letter {
        let size = (half * 0.8).max(8.0);
        shapes.push(Shape::new(
            Primitive::Text {
                x: c.x,
                y: c.y + size * 0.36,
                text: f.letter().to_owned(),
                anchor: Anchor::Middle,
                size,
                weight: crate::kernel::Weight::Bold,
                halo: false,
            },
            Style::fill(INK),
        ));
    }
    shapes
}

/// The centre symbol of radius `r`: a double outline, round for a person, a rounded
/// square for a household (the index-person convention of the genogram).
pub(crate) fn centre_symbol(kind: CentreKind, c: Point, r: f64) -> Vec<Shape> {
    let outer = Style::stroke(INK, 1.8).filled("#fff");
    let inner = Style::stroke(INK, 1.2);
    let gap = (r * 0.18).max(2.5);
    match kind {
        CentreKind::Person => vec![Shape::circle(c, r, outer), Shape::circle(c, r - gap, inner)],
        CentreKind::Household => vec![
            rounded(c.x - r, c.y - r, 2.0 * r, 2.0 * r, r * 0.3, outer),
            rounded(c.x - r + gap, c.y - r + gap, 2.0 * (r - gap), 2.0 * (r - gap), r * 0.25, inner),
        ],
    }
}

/// The verbinder mark: a small black diamond.
pub(crate) fn verbinder_badge(c: Point, s: f64) -> Shape {
    Shape::polygon(
        vec![pt(c.x, c.y - s), pt(c.x + s, c.y), pt(c.x, c.y + s), pt(c.x - s, c.y)],
        Style::stroke("#fff", 1.0).filled(INK),
    )
}

/// The annular wedge between radii `r0` and `r1`, as SVG path data.
fn wedge_path(start: f64, end: f64, r0: f64, r1: f64) -> String {
    let large = if end - start > std::f64::consts::PI { 1 } else { 0 };
    let (a, b, c, d) = (polar(r1, start), polar(r1, end), polar(r0, end), polar(r0, start));
    format!(
        "M{} {} A{} {} 0 {large} 1 {} {} L{} {} A{} {} 0 {large} 0 {} {} Z",
        num(a.x),
        num(a.y),
        num(r1),
        num(r1),
        num(b.x),
        num(b.y),
        num(c.x),
        num(c.y),
        num(r0),
        num(r0),
        num(d.x),
        num(d.y)
    )
}

/// How far from a symbol's centre a tie should stop, along the unit direction `v`.
fn trim(net: &Netwerkkaart, end: TieEnd, v: Point) -> f64 {
    match end {
        TieEnd::Centre => CENTRE_R + 2.0,
        TieEnd::Actor(a) => match net.actor(a).map(|x| x.kind) {
            Some(ActorKind::Organisation) => ACTOR_HALF / v.x.abs().max(v.y.abs()).max(0.5) + 2.0,
            _ => ACTOR_HALF + 2.0,
        },
    }
}

/// Where a sector's name of width `w` (at size 12) goes outside the outer circle of
/// radius `r_out`, at angle `mid`: the baseline point and the anchor. Beside the circle
/// the text runs away from it; above and below it is centred. A centred name near the
/// top or bottom of a narrow wedge (common with five or more sectors) would dip its
/// corner into the rings, so it moves outwards until its box is clear.
/// The widest a sector name is drawn before it is cut with "…".
pub(crate) const SECTOR_LABEL_WIDTH: f64 = 240.0;

fn sector_label_place(mid: f64, r_out: f64, w: f64) -> (f64, f64, Anchor) {
    const SIZE: f64 = 12.0;
    let anchor = if mid.sin() > 0.35 {
        Anchor::Start
    } else if mid.sin() < -0.35 {
        Anchor::End
    } else {
        Anchor::Middle
    };
    let at = |r: f64| {
        let p = polar(r, mid);
        // Below the circle the text hangs under the point, above it sits on it.
        (p.x, if mid.cos() < 0.0 { p.y + 10.0 } else { p.y })
    };
    // The nearest point of the text's box (as the bounds estimate it) to the centre.
    let clearance = |(x, y): (f64, f64)| {
        let x0 = match anchor {
            Anchor::Start => x,
            Anchor::Middle => x - w / 2.0,
            Anchor::End => x - w,
        };
        let nx = 0f64.clamp(x0, x0 + w);
        let ny = 0f64.clamp(y - SIZE, y + SIZE * 0.3);
        nx.hypot(ny)
    };
    let mut r = r_out + 14.0;
    while clearance(at(r)) < r_out + 6.0 && r < r_out + 80.0 {
        r += 2.0;
    }
    let (x, y) = at(r);
    (x, y, anchor)
}

/// Builds the scene of a netwerkkaart from the map and its layout.
pub fn build_netwerkkaart_scene(
    net: &Netwerkkaart,
    layout: &NetwerkkaartLayout,
    opts: &NetwerkkaartSceneOptions,
) -> Scene {
    let lang = opts.lang;
    let mut items = Vec::new();
    let r_in = layout.radii[0];
    let r_out = layout.outer_radius();

    // Sectors.
    let many = layout.wedges.len() > 1;
    for (i, w) in layout.wedges.iter().enumerate() {
        let tint = Style::fill(wedge_tint(i, layout.wedges.len()));
        let mut shapes = Vec::new();
        if w.end - w.start >= TAU - 1e-9 {
            shapes.push(Shape::circle(pt(0.0, 0.0), r_out, tint));
        } else {
            shapes.push(Shape::new(Primitive::Path(wedge_path(w.start, w.end, r_in, r_out)), tint));
        }
        if many {
            shapes.push(Shape::line(polar(r_in, w.start), polar(r_out, w.start), Style::stroke(GUIDE, 1.0)));
        }
        let name = net.sector(w.sector).map(|s| s.label(lang)).unwrap_or_default();
        // Wide enough for every standard sector name in both languages, uncut.
        let label = format!("{} ({})", fit(&name, 12.0, SECTOR_LABEL_WIDTH), net.actors_in(w.sector).len());
        let (x, y, anchor) = sector_label_place(w.mid(), r_out, text_width(&label, 12.0));
        shapes.push(text(x, y, label, anchor, 12.0, true, INK));
        items.push(Item { key: format!("sector:{}", w.sector.0), shapes });
    }

    // Rings.
    for ring in Ring::ALL {
        let (_, r1) = layout.band(*ring);
        let word = ring.label(lang).split_whitespace().next().unwrap_or_default().to_owned();
        let shapes = vec![
            Shape::circle(pt(0.0, 0.0), r1, Style::stroke(GUIDE, 1.0)),
            text(0.0, -r1 + 11.0, word, Anchor::Middle, 9.0, false, GREY),
        ];
        items.push(Item { key: format!("ring:{}", ring.index()), shapes });
    }

    // Ties.
    let pos = |end: TieEnd| match end {
        TieEnd::Centre => Some(pt(0.0, 0.0)),
        TieEnd::Actor(a) => layout.position(a),
    };
    for (id, t) in net.ties() {
        let (Some(a), Some(b)) = (pos(t.from), pos(TieEnd::Actor(t.to))) else { continue };
        // A tie between two actors bends around the centre rather than pass over it.
        let track = match t.from {
            TieEnd::Centre => Track::straight(a, b),
            TieEnd::Actor(_) => actor_tie_track(a, b),
        };
        let (start, end) = (track.at(0.0), track.at(track.len()));
        let (va, vb) = (start.1, end.1);
        let shapes = tie_shapes_on(t, &track, trim(net, t.from, va), trim(net, TieEnd::Actor(t.to), vb), lang);
        items.push(Item { key: format!("tie:{}", id.0), shapes });
    }

    // Centre.
    let centre = net.centre();
    let mut shapes = centre_symbol(centre.kind, pt(0.0, 0.0), CENTRE_R);
    let centre_name =
        if centre.name.trim().is_empty() { net.name_of(TieEnd::Centre, lang) } else { centre.name.clone() };
    shapes.push(text(0.0, CENTRE_R + 15.0, fit(&centre_name, 12.0, 120.0), Anchor::Middle, 12.0, true, INK));
    items.push(Item { key: "centre".into(), shapes });

    // Actors.
    let label_w = layout.params.label_width;
    for (id, a) in net.actors() {
        let Some(p) = layout.position(id) else { continue };
        let mut shapes = actor_symbol(a.kind, a.formality, p, ACTOR_HALF, true, lang);
        if a.verbinder {
            shapes.push(verbinder_badge(pt(p.x + ACTOR_HALF * 0.85, p.y - ACTOR_HALF * 0.85), 6.0));
        }
        shapes.push(text(
            p.x,
            p.y + ACTOR_HALF + 12.0,
            fit(&a.display_name(), 11.0, label_w),
            Anchor::Middle,
            11.0,
            true,
            INK,
        ));
        if !a.role.trim().is_empty() {
            shapes.push(text(
                p.x,
                p.y + ACTOR_HALF + 24.0,
                fit(&a.role, 10.0, label_w),
                Anchor::Middle,
                10.0,
                false,
                GREY,
            ));
        }
        items.push(Item { key: format!("actor:{}", id.0), shapes });
    }

    // Legend, right of the map and its sector names.
    let map_bounds = shapes_bounds(items.iter().flat_map(|i| i.shapes.iter())).unwrap_or(Bounds {
        min_x: -r_out,
        min_y: -r_out,
        max_x: r_out,
        max_y: r_out,
    });
    if opts.show_legend {
        let keys = legend_keys(net);
        let shapes = legend_shapes(&keys, map_bounds.max_x + 40.0, map_bounds.min_y, lang);
        items.push(Item { key: "legend".into(), shapes });
    }

    // Title block, above the map.
    let title = if opts.title.trim().is_empty() {
        match lang {
            Lang::Nl => format!("Netwerkkaart – {centre_name}"),
            Lang::En => format!("Network map – {centre_name}"),
        }
    } else {
        opts.title.trim().to_owned()
    };
    let mut sub = vec![format!(
        "{}: {}",
        match lang {
            Lang::Nl => "Netwerk van",
            Lang::En => "Network of",
        },
        centre_name
    )];
    sub.extend([opts.date_text.trim(), opts.author.trim()].into_iter().filter(|s| !s.is_empty()).map(str::to_owned));
    let top = map_bounds.min_y - 56.0;
    let shapes = vec![
        text(map_bounds.min_x, top, title.clone(), Anchor::Start, 16.0, true, INK),
        text(map_bounds.min_x, top + 18.0, sub.join(" · "), Anchor::Start, 11.0, false, GREY),
    ];
    items.push(Item { key: "title".into(), shapes });

    let bounds = shapes_bounds(items.iter().flat_map(|i| i.shapes.iter())).unwrap_or(map_bounds);
    Scene { bounds, items, title, lang }
}
