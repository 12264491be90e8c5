//! What changed between two versions of a map, in the terms a wijkteam reports on:
//! who came, who left, who moved rings (or sectors), which ties came, went or changed,
//! and the balance figures of each side.
//!
//! Actors are matched by name (trimmed, case ignored), so someone removed and added
//! again is the same person; the rest by id, so a renamed actor is not counted as one
//! leaving and one coming. Ties are matched by their matched ends.

use std::collections::{BTreeMap, BTreeSet};

use crate::i18n::Lang;
use crate::netwerkkaart::analysis::{analyse, Balance, FindingKind};
use crate::netwerkkaart::model::ids::ActorId;
use crate::netwerkkaart::model::tie::TieEnd;
use crate::netwerkkaart::model::vocab::{Quality, Ring, Strength};
use crate::netwerkkaart::Netwerkkaart;

/// An actor in another ring or sector in the later version.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorMove {
    /// The actor's name (as in the later version).
    pub name: String,
    /// Ring before and after (equal when only the sector changed).
    pub ring: (Ring, Ring),
    /// Sector label before and after (equal when only the ring changed).
    pub sector: (String, String),
}

/// A tie that came, went or changed.
#[derive(Clone, Debug, PartialEq)]
pub enum TieChange {
    /// A tie between these two that was not there before.
    Came(String, String),
    /// A tie between these two that is gone.
    Went(String, String),
    /// A tie whose strength or quality changed: the ends, then (strength, quality)
    /// before and after.
    Changed(String, String, (Strength, Quality), (Strength, Quality)),
}

/// The balance figures of one version.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figures {
    /// Informal, formal and hybrid actors.
    pub balance: Balance,
    /// Actors per ring, inner to outer.
    pub rings: [usize; 3],
    /// Actors per sector, by the sector's label, in the map's order.
    pub sectors: Vec<(String, usize)>,
    /// The names of single points of failure (actors whose loss cuts the centre off
    /// from others).
    pub single_points: Vec<String>,
    /// Ties in all.
    pub ties: usize,
}

impl Figures {
    /// The figures of `map`.
    pub fn of(map: &Netwerkkaart, lang: Lang) -> Figures {
        let a = analyse(map);
        let label = |s| map.sector(s).map(|s| s.label(lang)).unwrap_or_default();
        let single_points = a
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::CutVertex)
            .flat_map(|f| f.actors.iter().map(|&id| map.actor_name(id)))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        Figures {
            balance: a.balance,
            rings: a.rings,
            sectors: a.sectors.iter().map(|s| (label(s.sector), s.total())).collect(),
            single_points,
            ties: map.tie_count(),
        }
    }
}

/// The changes from version `before` to version `after`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapChanges {
    /// Names of actors only in the later version.
    pub came: Vec<String>,
    /// Names of actors only in the earlier version.
    pub left: Vec<String>,
    /// Actors in another ring or sector.
    pub moved: Vec<ActorMove>,
    /// Ties that came, went or changed.
    pub ties: Vec<TieChange>,
    /// The figures before and after.
    pub figures: (Figures, Figures),
}

impl MapChanges {
    /// Whether nothing changed (the figures then agree too).
    pub fn is_empty(&self) -> bool {
        self.came.is_empty() && self.left.is_empty() && self.moved.is_empty() && self.ties.is_empty()
    }

    /// One sentence per change, in `lang`.
    pub fn sentences(&self, lang: Lang) -> Vec<String> {
        let nl = lang == Lang::Nl;
        let mut out = Vec::new();
        for n in &self.came {
            out.push(if nl { format!("{n} is erbij gekomen.") } else { format!("{n} joined.") });
        }
        for n in &self.left {
            out.push(if nl { format!("{n} is uit het netwerk.") } else { format!("{n} left the network.") });
        }
        for m in &self.moved {
            if m.ring.0 != m.ring.1 {
                let closer = m.ring.1.index() < m.ring.0.index();
                out.push(match (nl, closer) {
                    (true, true) => {
                        format!("{} staat dichterbij: {} → {}.", m.name, m.ring.0.label(lang), m.ring.1.label(lang))
                    }
                    (true, false) => {
                        format!("{} staat verder weg: {} → {}.", m.name, m.ring.0.label(lang), m.ring.1.label(lang))
                    }
                    (false, true) => {
                        format!("{} moved closer: {} → {}.", m.name, m.ring.0.label(lang), m.ring.1.label(lang))
                    }
                    (false, false) => {
                        format!("{} moved away: {} → {}.", m.name, m.ring.0.label(lang), m.ring.1.label(lang))
                    }
                });
            }
            if m.sector.0 != m.sector.1 {
                out.push(if nl {
                    format!("{} staat in een andere sector: {} → {}.", m.name, m.sector.0, m.sector.1)
                } else {
                    format!("{} is in another sector: {} → {}.", m.name, m.sector.0, m.sector.1)
                });
            }
        }
        for t in &self.ties {
            out.push(match t {
                TieChange::Came(a, b) if nl => format!("Nieuwe band tussen {a} en {b}."),
                TieChange::Came(a, b) => format!("New tie between {a} and {b}."),
                TieChange::Went(a, b) if nl => format!("De band tussen {a} en {b} is weg."),
                TieChange::Went(a, b) => format!("The tie between {a} and {b} is gone."),
                TieChange::Changed(a, b, before, after) => {
                    let words = |(s, q): (Strength, Quality)| format!("{}, {}", s.label(lang), q.label(lang));
                    if nl {
                        format!("De band tussen {a} en {b}: {} → {}.", words(*before), words(*after))
                    } else {
                        format!("The tie between {a} and {b}: {} → {}.", words(*before), words(*after))
                    }
                }
            });
        }
        out
    }
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// The changes from `before` to `after` (see the module docs for the matching).
pub fn compare(before: &Netwerkkaart, after: &Netwerkkaart, lang: Lang) -> MapChanges {
    // after's actor → before's actor.
    let mut matched: BTreeMap<ActorId, ActorId> = BTreeMap::new();
    let mut taken: BTreeSet<ActorId> = BTreeSet::new();
    // By name first: unique names on both sides.
    let by_name = |m: &Netwerkkaart| {
        let mut names: BTreeMap<String, Vec<ActorId>> = BTreeMap::new();
        for (id, a) in m.actors() {
            names.entry(key(&a.display_name())).or_default().push(id);
        }
        names
    };
    let (names_before, names_after) = (by_name(before), by_name(after));
    for (name, ids) in &names_after {
        if let (Some(&[b]), [a]) = (names_before.get(name).map(Vec::as_slice), ids.as_slice()) {
            if !name.is_empty() {
                matched.insert(*a, b);
                taken.insert(b);
            }
        }
    }
    // Then by id: a renamed actor (or one of several with one name) stays itself.
    for (id, _) in after.actors() {
        if !matched.contains_key(&id) && before.actor(id).is_some() && !taken.contains(&id) {
            matched.insert(id, id);
            taken.insert(id);
        }
    }
    let name_after = |id: ActorId| after.actor_name(id);
    let mut changes = MapChanges {
        came: after.actors().filter(|(id, _)| !matched.contains_key(id)).map(|(id, _)| name_after(id)).collect(),
        left: before.actors().filter(|(id, _)| !taken.contains(id)).map(|(id, _)| before.actor_name(id)).collect(),
        ..MapChanges::default()
    };
    let sector = |m: &Netwerkkaart, s| m.sector(s).map(|s| s.label(lang)).unwrap_or_default();
    for (&a_id, &b_id) in &matched {
        let (Some(a), Some(b)) = (after.actor(a_id), before.actor(b_id)) else { continue };
        let (sb, sa) = (sector(before, b.sector), sector(after, a.sector));
        if a.ring != b.ring || sb != sa {
            changes.moved.push(ActorMove { name: name_after(a_id), ring: (b.ring, a.ring), sector: (sb, sa) });
        }
    }
    // Ties by their ends, in before's ids; the centre is the centre.
    let end_after = |e: TieEnd| match e {
        TieEnd::Centre => Some(TieEnd::Centre),
        TieEnd::Actor(a) => matched.get(&a).map(|&b| TieEnd::Actor(b)),
    };
    let pair = |x: TieEnd, y: TieEnd| if x <= y { (x, y) } else { (y, x) };
    let ties_before: BTreeMap<(TieEnd, TieEnd), (Strength, Quality)> =
        before.ties().map(|(_, t)| (pair(t.from, TieEnd::Actor(t.to)), (t.strength, t.quality))).collect();
    let mut seen = BTreeSet::new();
    for (_, t) in after.ties() {
        let ends = (end_after(t.from), end_after(TieEnd::Actor(t.to)));
        let names = (after.name_of(t.from, lang), after.name_of(TieEnd::Actor(t.to), lang));
        let now = (t.strength, t.quality);
        match ends {
            (Some(x), Some(y)) if ties_before.contains_key(&pair(x, y)) => {
                seen.insert(pair(x, y));
                let then = ties_before[&pair(x, y)];
                if then != now {
                    changes.ties.push(TieChange::Changed(names.0, names.1, then, now));
                }
            }
            _ => changes.ties.push(TieChange::Came(names.0, names.1)),
        }
    }
    for (_, t) in before.ties() {
        if !seen.contains(&pair(t.from, TieEnd::Actor(t.to))) {
            changes.ties.push(TieChange::Went(before.name_of(t.from, lang), before.name_of(TieEnd::Actor(t.to), lang)));
        }
    }
    changes.figures = (Figures::of(before, lang), Figures::of(after, lang));
    changes
}
