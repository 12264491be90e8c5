//! The legend of a netwerkkaart: exactly the symbols, fills, line styles, arrows and
//! support letters that occur on the map, each drawn as it appears there.

use super::draw::{pt, text, GREY, INK};
use super::ties::tie_shapes;
use super::{actor_symbol, centre_symbol, verbinder_badge};
use crate::i18n::Lang;
use crate::kernel::{Anchor, Shape};
use crate::netwerkkaart::model::actor::CentreKind;
use crate::netwerkkaart::model::ids::ActorId;
use crate::netwerkkaart::model::map::Netwerkkaart;
use crate::netwerkkaart::model::tie::Tie;
use crate::netwerkkaart::model::vocab::{ActorKind, Direction, Formality, Quality, Strength, SupportType};
use std::collections::BTreeSet;

/// One legend entry. The order of the variants is the order in the legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NetwerkkaartLegendKey {
    /// The centre symbol: a person or a household.
    Centre(CentreKind),
    /// Circle for a person, rounded square for an organisation.
    Actor(ActorKind),
    /// Fill and letter for informal, formal, hybrid.
    Formality(Formality),
    /// The verbinder badge.
    Verbinder,
    /// A plain line that is both of normal strength and of neutral quality: one row
    /// instead of two identical samples ("normaal" and "neutraal").
    PlainTie,
    /// Double, solid or dashed line.
    Strength(Strength),
    /// Colour, zigzag and cross-mark of a tie's quality.
    Quality(Quality),
    /// Arrowheads.
    Direction(Direction),
    /// A support letter.
    Support(SupportType),
}

/// The legend entries for a map: exactly what occurs on it, in legend order.
pub fn legend_keys(net: &Netwerkkaart) -> Vec<NetwerkkaartLegendKey> {
    let mut keys = BTreeSet::new();
    keys.insert(NetwerkkaartLegendKey::Centre(net.centre().kind));
    for (_, a) in net.actors() {
        keys.insert(NetwerkkaartLegendKey::Actor(a.kind));
        keys.insert(NetwerkkaartLegendKey::Formality(a.formality));
        if a.verbinder {
            keys.insert(NetwerkkaartLegendKey::Verbinder);
        }
    }
    for (_, t) in net.ties() {
        keys.insert(NetwerkkaartLegendKey::Strength(t.strength));
        keys.insert(NetwerkkaartLegendKey::Quality(t.quality));
        keys.insert(NetwerkkaartLegendKey::Direction(t.direction));
        for s in t.support.iter() {
            keys.insert(NetwerkkaartLegendKey::Support(s));
        }
    }
    // Normal strength and neutral quality are drawn alike (a plain black line): said
    // together, so the legend never shows two identical samples with two words.
    let plain = [NetwerkkaartLegendKey::Strength(Strength::Normal), NetwerkkaartLegendKey::Quality(Quality::Neutral)];
    if plain.iter().all(|k| keys.contains(k)) {
        for k in &plain {
            keys.remove(k);
        }
        keys.insert(NetwerkkaartLegendKey::PlainTie);
    }
    keys.into_iter().collect()
}

impl NetwerkkaartLegendKey {
    /// The explanation written next to the sample.
    pub fn label(self, lang: Lang) -> String {
        use NetwerkkaartLegendKey::*;
        let nl = lang == Lang::Nl;
        match self {
            Centre(k) => {
                if nl {
                    format!("centrum: {}", k.label(lang))
                } else {
                    format!("centre: {}", k.label(lang))
                }
            }
            Actor(k) => k.label(lang).to_owned(),
            Formality(f) => f.label(lang).to_owned(),
            Verbinder => if nl { "verbinder (formeel–informeel)" } else { "broker (formal–informal)" }.to_owned(),
            PlainTie => format!(
                "{}, {}",
                crate::netwerkkaart::model::vocab::Strength::Normal.label(lang),
                crate::netwerkkaart::model::vocab::Quality::Neutral.label(lang)
            ),
            Strength(s) => s.label(lang).to_owned(),
            Quality(q) => q.label(lang).to_owned(),
            Direction(d) => match (d, nl) {
                (crate::netwerkkaart::model::vocab::Direction::Mutual, true) => "wederzijdse steun".to_owned(),
                (crate::netwerkkaart::model::vocab::Direction::Mutual, false) => "mutual support".to_owned(),
                (_, true) => format!("{}: pijl wijst naar wie steun krijgt", d.label(lang)),
                (_, false) => format!("{}: arrow points to who receives support", d.label(lang)),
            },
            Support(t) => t.label(lang).to_owned(),
        }
    }
}

/// Height of one legend row.
const ROW: f64 = 22.0;

/// The legend's shapes with its top-left corner at `(x, y)`.
pub(crate) fn legend_shapes(keys: &[NetwerkkaartLegendKey], x: f64, y: f64, lang: Lang) -> Vec<Shape> {
    let mut shapes =
        vec![text(x, y + 14.0, if lang == Lang::Nl { "Legenda" } else { "Legend" }, Anchor::Start, 13.0, true, INK)];
    let sample_x = x + 22.0;
    let label_x = x + 52.0;
    for (i, key) in keys.iter().enumerate() {
        let cy = y + 24.0 + ROW * i as f64 + ROW / 2.0;
        let c = pt(sample_x, cy);
        match *key {
            NetwerkkaartLegendKey::Centre(k) => shapes.extend(centre_symbol(k, c, 9.0)),
            NetwerkkaartLegendKey::Actor(k) => shapes.extend(actor_symbol(k, Formality::Informal, c, 9.0, false, lang)),
            NetwerkkaartLegendKey::Formality(f) => {
                shapes.extend(actor_symbol(ActorKind::Person, f, c, 9.0, true, lang))
            }
            NetwerkkaartLegendKey::Verbinder => shapes.push(verbinder_badge(c, 5.0)),
            NetwerkkaartLegendKey::PlainTie => {
                let t = Tie { direction: Direction::Gives, ..Tie::from_centre(ActorId(0)) };
                shapes.extend(
                    tie_shapes(&t, pt(x, cy), pt(x + 44.0, cy), 0.0, 0.0, lang).into_iter().filter(|s| !is_arrow(s)),
                );
            }
            NetwerkkaartLegendKey::Strength(s) => {
                let t = Tie { strength: s, direction: Direction::Gives, ..Tie::from_centre(ActorId(0)) };
                shapes.extend(
                    tie_shapes(&t, pt(x, cy), pt(x + 44.0, cy), 0.0, 0.0, lang).into_iter().filter(|s| !is_arrow(s)),
                );
            }
            NetwerkkaartLegendKey::Quality(q) => {
                let t = Tie { quality: q, direction: Direction::Gives, ..Tie::from_centre(ActorId(0)) };
                shapes.extend(
                    tie_shapes(&t, pt(x, cy + 3.0), pt(x + 44.0, cy + 3.0), 0.0, 0.0, lang)
                        .into_iter()
                        .filter(|s| !is_arrow(s)),
                );
            }
            NetwerkkaartLegendKey::Direction(d) => {
                let t = Tie { direction: d, ..Tie::from_centre(ActorId(0)) };
                shapes.extend(tie_shapes(&t, pt(x, cy), pt(x + 44.0, cy), 0.0, 0.0, lang));
            }
            NetwerkkaartLegendKey::Support(t) => {
                shapes.push(text(sample_x, cy + 4.0, t.letter(lang), Anchor::Middle, 11.0, true, INK))
            }
        }
        shapes.push(text(label_x, cy + 4.0, key.label(lang), Anchor::Start, 11.0, false, GREY));
    }
    shapes
}

fn is_arrow(s: &Shape) -> bool {
    matches!(s.primitive, crate::kernel::Primitive::Polygon(_))
}
