//! Reading a netwerkkaart the way a wijkteam does: how big is the network and where,
//! how formal, how reciprocal, where is it fragile, who connects the formal and the
//! informal world, which areas of life are empty, and who carries too much.
//!
//! The numbers come first ([`Analysis`]); the [`Finding`]s put the noteworthy ones in
//! plain Dutch and English, each naming the actors and sectors involved by id so the
//! UI can highlight them. Findings are prompts for the conversation with the cliënt,
//! not verdicts.
//!
//! The rules:
//!
//! * **Lege sector** — a sector without actors.
//! * **Enige schakel naar een sector** — a sector reached through exactly one actor
//!   with a tie to the centre.
//! * **Enige informele steun** — exactly one informal actor from whom the centre
//!   receives support (a tie "ontvangt" or "wederzijds" that is not a conflict); none
//!   at all is its own finding.
//! * **Kwetsbare schakel** — an actor whose loss cuts the centre off from others (an
//!   articulation point of the network graph separating them from the centre).
//! * **Geen verbinding** — actors without any path to the centre.
//! * **Verbinder** — the actor with the highest formal–informal betweenness (Brandes,
//!   on the network without the centre, counting only shortest paths between a formal
//!   and an informal actor: who joins the two worlds besides the cliënt), and every
//!   actor marked as verbinder, saying whether they actually touch both worlds.
//! * **Werelden los** — formal and informal actors present but, without the centre,
//!   never connected: the cliënt is the only bridge.
//! * **Vooral formeel** — at least 60 % of at least three actors formal.
//! * **Geen wederkerigheid** — the centre receives along two or more ties and gives
//!   along none.
//! * **Overbelast** — an actor giving the centre three or more of P/G/A/E, or at least
//!   half of all support the centre receives (counted as support types per tie, with
//!   at least four in total).

mod centrality;

use crate::i18n::Lang;
use crate::kernel::sort::SortExt;
use crate::netwerkkaart::model::ids::{ActorId, NetwerkkaartItem, SectorId};
use crate::netwerkkaart::model::map::Netwerkkaart;
use crate::netwerkkaart::model::tie::TieEnd;
use crate::netwerkkaart::model::vocab::{labeled_enum, Formality, Quality, SupportSet};
use centrality::betweenness;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

/// How many actors a sector has, per ring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectorSize {
    /// The sector.
    pub sector: SectorId,
    /// Actors in the inner, middle and outer ring.
    pub per_ring: [usize; 3],
}

impl SectorSize {
    /// All actors of the sector.
    pub fn total(&self) -> usize {
        self.per_ring.iter().sum()
    }
}

/// How many actors are informal, formal and hybrid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Balance {
    /// Informal actors.
    pub informal: usize,
    /// Formal actors.
    pub formal: usize,
    /// Hybrid actors.
    pub hybrid: usize,
}

impl Balance {
    /// All actors.
    pub fn total(&self) -> usize {
        self.informal + self.formal + self.hybrid
    }

    /// The share of formal actors (0 for an empty map).
    pub fn formal_share(&self) -> f64 {
        share(self.formal, self.total())
    }

    /// The share of informal actors (0 for an empty map).
    pub fn informal_share(&self) -> f64 {
        share(self.informal, self.total())
    }

    /// The share of hybrid actors (0 for an empty map).
    pub fn hybrid_share(&self) -> f64 {
        share(self.hybrid, self.total())
    }
}

fn share(part: usize, total: usize) -> f64 {
    if total == 0 {
        0.0
    } else {
        part as f64 / total as f64
    }
}

/// Which way support flows along the centre's ties.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reciprocity {
    /// Ties where only the centre gives.
    pub centre_gives: usize,
    /// Ties where only the centre receives.
    pub centre_receives: usize,
    /// Ties where support flows both ways.
    pub mutual: usize,
}

impl Reciprocity {
    /// All ties of the centre.
    pub fn total(&self) -> usize {
        self.centre_gives + self.centre_receives + self.mutual
    }

    /// Ties where the centre also gives (gives or mutual).
    pub fn centre_also_gives(&self) -> usize {
        self.centre_gives + self.mutual
    }
}

labeled_enum! {
    /// The kind of a finding, for icons and filtering.
    pub enum FindingKind {
        /// A sector without actors.
        MissingSector => ("lege sector", "empty sector"),
        /// The only actor linking the centre to a sector.
        OnlyLinkToSector => ("enige schakel naar een sector", "only link to a sector"),
        /// The only informal supporter.
        OnlyInformalSupport => ("enige informele steun", "only informal support"),
        /// No informal supporter at all.
        NoInformalSupport => ("geen informele steun", "no informal support"),
        /// An actor whose loss cuts the centre off from others.
        CutVertex => ("kwetsbare schakel", "single point of failure"),
        /// Actors without any path to the centre.
        Unconnected => ("geen verbinding", "not connected"),
        /// The strongest broker between formal and informal.
        Broker => ("verbinder", "broker"),
        /// An actor marked as verbinder.
        MarkedVerbinder => ("gemarkeerde verbinder", "marked broker"),
        /// Formal and informal never meet except through the centre.
        WorldsApart => ("werelden los", "worlds apart"),
        /// Mostly formal network.
        MostlyFormal => ("vooral formeel", "mostly formal"),
        /// The centre only receives.
        NoReciprocity => ("geen wederkerigheid", "no reciprocity"),
        /// One actor carries a lot.
        Overloaded => ("overbelast", "overloaded"),
    }
}

/// Whether a finding asks for attention or just informs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Worth discussing: a risk in the network.
    Attention,
    /// Good to know (a strength, or a neutral observation).
    Info,
}

/// One noteworthy thing about the network, in Dutch and English, with the actors and
/// sectors it is about.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What kind of finding.
    pub kind: FindingKind,
    /// Attention or information.
    pub severity: Severity,
    /// The actors involved, the main one first.
    pub actors: Vec<ActorId>,
    /// The sectors involved.
    pub sectors: Vec<SectorId>,
    nl: String,
    en: String,
}

impl Finding {
    /// The finding in words.
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    /// The things to highlight.
    pub fn items(&self) -> Vec<NetwerkkaartItem> {
        self.actors
            .iter()
            .map(|a| NetwerkkaartItem::Actor(*a))
            .chain(self.sectors.iter().map(|s| NetwerkkaartItem::Sector(*s)))
            .collect()
    }
}

/// The analysis of a netwerkkaart: numbers and findings.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// Size of every sector per ring, in sector order.
    pub sectors: Vec<SectorSize>,
    /// Actors per ring (inner, middle, outer).
    pub rings: [usize; 3],
    /// Informal, formal and hybrid actors.
    pub balance: Balance,
    /// Direction of support along the centre's ties.
    pub reciprocity: Reciprocity,
    /// Betweenness of every actor in the whole network (centre included as a node).
    pub betweenness: BTreeMap<ActorId, f64>,
    /// Betweenness on the network without the centre, counting only paths between a
    /// formal and an informal actor.
    pub brokerage: BTreeMap<ActorId, f64>,
    /// The noteworthy things, attention first, in rule order.
    pub findings: Vec<Finding>,
}

/// Names joined as "A, B en C" / "A, B and C".
fn list(names: &[String], lang: Lang) -> String {
    let and = match lang {
        Lang::Nl => "en",
        Lang::En => "and",
    };
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// The network as a plain undirected graph: node 0 is the centre, then the actors in
/// id order.
struct Graph {
    ids: Vec<ActorId>,
    adj: Vec<Vec<usize>>,
}

impl Graph {
    fn new(net: &Netwerkkaart) -> Self {
        let ids: Vec<ActorId> = net.actors().map(|(id, _)| id).collect();
        let index_of = |end: TieEnd| match end {
            TieEnd::Centre => Some(0),
            TieEnd::Actor(a) => ids.binary_search(&a).ok().map(|i| i + 1),
        };
        let mut adj = vec![Vec::new(); ids.len() + 1];
        for (i, end) in std::iter::once(TieEnd::Centre).chain(ids.iter().map(|a| TieEnd::Actor(*a))).enumerate() {
            let Some(node) = net.node_of(end) else { continue };
            let mut ns: Vec<usize> =
                net.graph.neighbors_undirected(node).filter_map(|m| net.end_of(m)).filter_map(index_of).collect();
            ns.sort_unstable();
            ns.dedup();
            adj[i] = ns;
        }
        Graph { ids, adj }
    }

    /// The nodes reachable from the centre without passing `removed`.
    fn reach_from_centre(&self, removed: Option<usize>) -> Vec<bool> {
        let mut seen = vec![false; self.adj.len()];
        let mut queue = VecDeque::from([0]);
        seen[0] = true;
        if let Some(r) = removed {
            seen[r] = true;
        }
        while let Some(v) = queue.pop_front() {
            for &w in &self.adj[v] {
                if !seen[w] {
                    seen[w] = true;
                    queue.push_back(w);
                }
            }
        }
        if let Some(r) = removed {
            seen[r] = false;
        }
        seen
    }
}

/// Analyses a netwerkkaart.
pub fn analyse(net: &Netwerkkaart) -> Analysis {
    let centre = |lang: Lang| {
        let n = net.centre().name.trim();
        if n.is_empty() {
            match lang {
                Lang::Nl => "de cliënt".to_owned(),
                Lang::En => "the client".to_owned(),
            }
        } else {
            n.to_owned()
        }
    };
    let name = |a: ActorId| net.actor_name(a);
    let names = |v: &[ActorId]| v.iter().map(|a| name(*a)).collect::<Vec<_>>();
    let sector_name = |s: SectorId, lang: Lang| net.sector(s).map(|x| x.label(lang)).unwrap_or_else(|| s.to_string());
    let mut findings = Vec::new();
    let mut push = |kind, severity, actors: Vec<ActorId>, sectors: Vec<SectorId>, nl: String, en: String| {
        findings.push(Finding { kind, severity, actors, sectors, nl, en })
    };

    // ----- numbers ---------------------------------------------------------------------
    let sectors: Vec<SectorSize> = net
        .sectors()
        .map(|(id, _)| {
            let mut per_ring = [0; 3];
            for a in net.actors_in(id) {
                if let Some(actor) = net.actor(a) {
                    per_ring[actor.ring.index()] += 1;
                }
            }
            SectorSize { sector: id, per_ring }
        })
        .collect();
    let mut rings = [0; 3];
    let mut balance = Balance::default();
    for (_, a) in net.actors() {
        rings[a.ring.index()] += 1;
        match a.formality {
            Formality::Informal => balance.informal += 1,
            Formality::Formal => balance.formal += 1,
            Formality::Hybrid => balance.hybrid += 1,
        }
    }
    let mut reciprocity = Reciprocity::default();
    for (_, t) in net.ties_of(TieEnd::Centre) {
        match t.direction {
            super::Direction::Gives => reciprocity.centre_gives += 1,
            super::Direction::Receives => reciprocity.centre_receives += 1,
            super::Direction::Mutual => reciprocity.mutual += 1,
        }
    }
    let graph = Graph::new(net);
    let formality = |i: usize| if i == 0 { None } else { net.actor(graph.ids[i - 1]).map(|a| a.formality) };
    let all = betweenness(&graph.adj, |_, _| true);
    // Brokerage is measured with the centre left out: the cliënt always stands between
    // their own contacts, the question is who *else* joins the two worlds.
    let without_centre: Vec<Vec<usize>> = graph
        .adj
        .iter()
        .enumerate()
        .map(|(v, ns)| if v == 0 { Vec::new() } else { ns.iter().copied().filter(|w| *w != 0).collect() })
        .collect();
    let across = betweenness(&without_centre, |s, t| {
        matches!(
            (formality(s), formality(t)),
            (Some(Formality::Formal), Some(Formality::Informal)) | (Some(Formality::Informal), Some(Formality::Formal))
        )
    });
    let betweenness: BTreeMap<ActorId, f64> = graph.ids.iter().enumerate().map(|(i, a)| (*a, all[i + 1])).collect();
    let brokerage: BTreeMap<ActorId, f64> = graph.ids.iter().enumerate().map(|(i, a)| (*a, across[i + 1])).collect();

    // ----- empty sectors ----------------------------------------------------------------
    for s in sectors.iter().filter(|s| s.total() == 0) {
        push(
            FindingKind::MissingSector,
            Severity::Attention,
            vec![],
            vec![s.sector],
            format!("In de sector ‘{}’ staat niemand.", sector_name(s.sector, Lang::Nl)),
            format!("Nobody is in the sector ‘{}’.", sector_name(s.sector, Lang::En)),
        );
    }

    // ----- only link to a sector ---------------------------------------------------------
    for s in sectors.iter().filter(|s| s.total() > 0) {
        let members = net.actors_in(s.sector);
        let linked: Vec<ActorId> = members.iter().copied().filter(|a| net.centre_tie(*a).is_some()).collect();
        let [only] = linked[..] else { continue };
        let others: Vec<ActorId> = members.iter().copied().filter(|a| *a != only).collect();
        let (nl, en) = if others.is_empty() {
            (
                format!(
                    "{} is het enige contact in ‘{}’: als {} wegvalt, is die sector leeg.",
                    name(only),
                    sector_name(s.sector, Lang::Nl),
                    name(only)
                ),
                format!(
                    "{} is the only contact in ‘{}’: if {} drops out, that sector is empty.",
                    name(only),
                    sector_name(s.sector, Lang::En),
                    name(only)
                ),
            )
        } else {
            (
                format!(
                    "{} is de enige directe schakel naar ‘{}’ (ook naar {}).",
                    name(only),
                    sector_name(s.sector, Lang::Nl),
                    list(&names(&others), Lang::Nl)
                ),
                format!(
                    "{} is the only direct link to ‘{}’ (also to {}).",
                    name(only),
                    sector_name(s.sector, Lang::En),
                    list(&names(&others), Lang::En)
                ),
            )
        };
        let mut actors = vec![only];
        actors.extend(others);
        push(FindingKind::OnlyLinkToSector, Severity::Attention, actors, vec![s.sector], nl, en);
    }

    // ----- informal support ----------------------------------------------------------------
    let informal_supporters: Vec<ActorId> = net
        .ties_of(TieEnd::Centre)
        .into_iter()
        .filter(|(_, t)| t.centre_receives() && t.quality != Quality::Conflict)
        .filter(|(_, t)| net.actor(t.to).is_some_and(|a| a.formality == Formality::Informal))
        .map(|(_, t)| t.to)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    match informal_supporters[..] {
        [] if net.actor_count() > 0 => push(
            FindingKind::NoInformalSupport,
            Severity::Attention,
            vec![],
            vec![],
            format!("{} krijgt geen steun uit het informele netwerk (familie, vrienden, buren).", centre(Lang::Nl)),
            format!(
                "{} receives no support from the informal network (family, friends, neighbours).",
                centre(Lang::En)
            ),
        ),
        [only] => push(
            FindingKind::OnlyInformalSupport,
            Severity::Attention,
            vec![only],
            vec![],
            format!(
                "{} is de enige informele steun van {}: als {} wegvalt, blijft alleen formele hulp over.",
                name(only),
                centre(Lang::Nl),
                name(only)
            ),
            format!(
                "{} is the only informal support of {}: if {} drops out, only formal help is left.",
                name(only),
                centre(Lang::En),
                name(only)
            ),
        ),
        _ => {}
    }

    // ----- single points of failure and unconnected actors ---------------------------------
    let reach = graph.reach_from_centre(None);
    for (i, a) in graph.ids.iter().enumerate() {
        let v = i + 1;
        if !reach[v] {
            continue;
        }
        let without = graph.reach_from_centre(Some(v));
        let lost: Vec<ActorId> = graph
            .ids
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i && reach[j + 1] && !without[j + 1])
            .map(|(_, b)| *b)
            .collect();
        if lost.is_empty() {
            continue;
        }
        let mut actors = vec![*a];
        actors.extend(&lost);
        push(
            FindingKind::CutVertex,
            Severity::Attention,
            actors,
            vec![],
            format!(
                "Als {} wegvalt, verliest {} ook het contact met {}.",
                name(*a),
                centre(Lang::Nl),
                list(&names(&lost), Lang::Nl)
            ),
            format!(
                "If {} drops out, {} also loses contact with {}.",
                name(*a),
                centre(Lang::En),
                list(&names(&lost), Lang::En)
            ),
        );
    }
    let loose: Vec<ActorId> = graph.ids.iter().enumerate().filter(|(i, _)| !reach[i + 1]).map(|(_, a)| *a).collect();
    if !loose.is_empty() {
        push(
            FindingKind::Unconnected,
            Severity::Info,
            loose.clone(),
            vec![],
            format!(
                "{} {} geen verbinding met {}.",
                list(&names(&loose), Lang::Nl),
                if loose.len() == 1 { "heeft" } else { "hebben" },
                centre(Lang::Nl)
            ),
            format!(
                "{} {} no tie to {}.",
                list(&names(&loose), Lang::En),
                if loose.len() == 1 { "has" } else { "have" },
                centre(Lang::En)
            ),
        );
    }

    // ----- brokers between formal and informal ---------------------------------------------
    let top = brokerage
        .iter()
        .filter(|(_, s)| **s > 1e-9)
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(a, s)| (*a, *s));
    if let Some((a, _)) = top {
        push(
            FindingKind::Broker,
            Severity::Info,
            vec![a],
            vec![],
            format!("{} verbindt het meest tussen informele en formele zorg (hoogste tussenpositie).", name(a)),
            format!("{} connects informal and formal care the most (highest betweenness between them).", name(a)),
        );
    }
    let touches = |a: ActorId, f: Formality| {
        net.ties_of(TieEnd::Actor(a)).iter().any(|(_, t)| {
            let other = if t.to == a { t.from.actor() } else { Some(t.to) };
            other.and_then(|o| net.actor(o)).is_some_and(|o| o.formality == f)
        })
    };
    for (a, actor) in net.actors().filter(|(_, x)| x.verbinder) {
        let own = actor.formality;
        let bridges = match own {
            Formality::Informal => touches(a, Formality::Formal),
            Formality::Formal => touches(a, Formality::Informal),
            Formality::Hybrid => true,
        };
        let (nl, en) = if bridges {
            (
                format!("{} is verbinder tussen de informele en de formele wereld.", name(a)),
                format!("{} is a broker between the informal and the formal world.", name(a)),
            )
        } else {
            (
                format!("{} staat als verbinder gemarkeerd, maar heeft op de kaart nog geen verbinding met de andere wereld.", name(a)),
                format!("{} is marked as broker but has no tie to the other world on the map yet.", name(a)),
            )
        };
        push(FindingKind::MarkedVerbinder, Severity::Info, vec![a], vec![], nl, en);
    }
    // Without the centre, do any formal and informal actors meet?
    if balance.formal > 0 && balance.informal > 0 {
        let mut comp = vec![usize::MAX; graph.adj.len()];
        for start in 1..graph.adj.len() {
            if comp[start] != usize::MAX {
                continue;
            }
            comp[start] = start;
            let mut queue = VecDeque::from([start]);
            while let Some(v) = queue.pop_front() {
                for &w in &graph.adj[v] {
                    if w != 0 && comp[w] == usize::MAX {
                        comp[w] = start;
                        queue.push_back(w);
                    }
                }
            }
        }
        let mut kinds: BTreeMap<usize, (bool, bool)> = BTreeMap::new();
        for (v, c) in comp.iter().enumerate().skip(1) {
            let e = kinds.entry(*c).or_default();
            match formality(v) {
                Some(Formality::Formal) => e.0 = true,
                Some(Formality::Informal) => e.1 = true,
                _ => {}
            }
        }
        if !kinds.values().any(|(f, i)| *f && *i) {
            push(
                FindingKind::WorldsApart,
                Severity::Attention,
                vec![],
                vec![],
                format!("Formele en informele zorg raken elkaar nergens: {} is de enige verbinding.", centre(Lang::Nl)),
                format!("Formal and informal care never meet: {} is the only link between them.", centre(Lang::En)),
            );
        }
    }

    // ----- balance -----------------------------------------------------------------------------
    if balance.total() >= 3 && balance.formal_share() >= 0.6 {
        push(
            FindingKind::MostlyFormal,
            Severity::Attention,
            vec![],
            vec![],
            format!(
                "Het netwerk is vooral formeel: {} van de {} actoren zijn professionals of organisaties.",
                balance.formal,
                balance.total()
            ),
            format!(
                "The network is mostly formal: {} of the {} actors are professionals or organisations.",
                balance.formal,
                balance.total()
            ),
        );
    }

    // ----- reciprocity -------------------------------------------------------------------------
    if reciprocity.centre_also_gives() == 0 && reciprocity.centre_receives >= 2 {
        push(
            FindingKind::NoReciprocity,
            Severity::Attention,
            vec![],
            vec![],
            format!(
                "{} ontvangt steun langs {} verbindingen, maar geeft nergens iets terug; wederkerigheid houdt een netwerk in stand.",
                centre(Lang::Nl),
                reciprocity.centre_receives
            ),
            format!(
                "{} receives support along {} ties but gives back along none; reciprocity keeps a network going.",
                centre(Lang::En),
                reciprocity.centre_receives
            ),
        );
    }

    // ----- overloaded supporters ---------------------------------------------------------------
    let received: Vec<(ActorId, SupportSet)> = net
        .ties_of(TieEnd::Centre)
        .into_iter()
        .filter(|(_, t)| t.centre_receives())
        .map(|(_, t)| (t.to, t.support))
        .collect();
    let total_units: usize = received.iter().map(|(_, s)| s.len()).sum();
    for (a, s) in &received {
        let many = s.len() >= 3;
        let most = total_units >= 4 && s.len() * 2 >= total_units;
        if !(many || most) {
            continue;
        }
        let pct = (100.0 * s.len() as f64 / total_units.max(1) as f64).round();
        let (part_nl, part_en) = if most {
            (
                format!(", {pct} % van alle steun aan {}", centre(Lang::Nl)),
                format!(", {pct} % of all support to {}", centre(Lang::En)),
            )
        } else {
            (String::new(), String::new())
        };
        push(
            FindingKind::Overloaded,
            Severity::Attention,
            vec![*a],
            vec![],
            format!(
                "{} draagt veel: {} {} ({}){part_nl}. Kan iemand iets overnemen?",
                name(*a),
                s.len(),
                if s.len() == 1 { "soort steun" } else { "soorten steun" },
                s.letters(Lang::Nl)
            ),
            format!(
                "{} carries a lot: {} {} ({}){part_en}. Could someone take over part?",
                name(*a),
                s.len(),
                if s.len() == 1 { "kind of support" } else { "kinds of support" },
                s.letters(Lang::En)
            ),
        );
    }

    findings.sort_stable_by_key(|f| f.severity);
    Analysis { sectors, rings, balance, reciprocity, betweenness, brokerage, findings }
}
