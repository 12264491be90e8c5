//! Hand-checked analyses of small networks.

use crate::i18n::Lang;
use crate::netwerkkaart::analysis::{analyse, FindingKind, Severity};
use crate::netwerkkaart::*;

/// A tiny builder: a map around "Noah" with the four standard sectors.
struct B(Netwerkkaart);

impl B {
    fn new() -> Self {
        B(Netwerkkaart::new(Centre::person("Noah")))
    }

    fn actor(&mut self, name: &str, sector: u32, f: Formality) -> ActorId {
        let id = self.0.next_actor_id();
        let a = Actor::person(name, SectorId(sector)).with_formality(f);
        self.0.apply(Command::AddActor { id, actor: a }).unwrap();
        id
    }

    fn tie(&mut self, from: TieEnd, to: ActorId, dir: Direction, support: &[SupportType]) {
        let id = self.0.next_tie_id();
        let mut t = Tie::from_centre(to);
        t.from = from;
        t.direction = dir;
        t.support = SupportSet::of(support);
        self.0.apply(Command::AddTie { id, tie: t }).unwrap();
    }
}

use Direction::{Gives, Mutual, Receives};
use Formality::{Formal, Informal};
use SupportType::{Advice as A, Company as G, Emotional as E, Practical as P};
const C: TieEnd = TieEnd::Centre;

fn kinds(a: &analysis::Analysis) -> Vec<FindingKind> {
    a.findings.iter().map(|f| f.kind).collect()
}

#[test]
fn a_single_informal_carer_is_flagged() {
    let mut b = B::new();
    let ans = b.actor("Ans", 0, Informal);
    let ha = b.actor("Huisarts", 3, Formal);
    let wt = b.actor("Wijkteam", 3, Formal);
    b.tie(C, ans, Receives, &[P]);
    b.tie(C, ha, Receives, &[A]);
    b.tie(C, wt, Receives, &[A]);
    let a = analyse(&b.0);
    let f = a.findings.iter().find(|f| f.kind == FindingKind::OnlyInformalSupport).expect("flagged");
    assert_eq!(f.actors, vec![ans]);
    assert_eq!(
        f.message(Lang::Nl),
        "Ans is de enige informele steun van Noah: als Ans wegvalt, blijft alleen formele hulp over."
    );
    assert_eq!(
        f.message(Lang::En),
        "Ans is the only informal support of Noah: if Ans drops out, only formal help is left."
    );
    assert_eq!(f.severity, Severity::Attention);
    // A second informal supporter removes the finding.
    let sem = b.actor("Sem", 1, Informal);
    b.tie(C, sem, Mutual, &[G]);
    assert!(!kinds(&analyse(&b.0)).contains(&FindingKind::OnlyInformalSupport));
}

#[test]
fn conflict_ties_are_no_support_and_none_at_all_is_flagged() {
    let mut b = B::new();
    let peter = b.actor("Peter", 0, Informal);
    let id = b.0.next_tie_id();
    let mut t = Tie::from_centre(peter);
    t.quality = Quality::Conflict;
    b.0.apply(Command::AddTie { id, tie: t }).unwrap();
    let a = analyse(&b.0);
    assert!(kinds(&a).contains(&FindingKind::NoInformalSupport));
    assert!(!kinds(&a).contains(&FindingKind::OnlyInformalSupport));
}

#[test]
fn empty_sectors_and_the_only_link_to_a_sector() {
    let mut b = B::new();
    let sem = b.actor("Sem", 1, Informal);
    let jesse = b.actor("Jesse", 1, Informal);
    let ans = b.actor("Ans", 2, Informal);
    b.tie(C, sem, Mutual, &[G]);
    b.tie(TieEnd::Actor(sem), jesse, Mutual, &[G]);
    b.tie(C, ans, Receives, &[P]);
    let a = analyse(&b.0);
    let empty: Vec<Vec<SectorId>> =
        a.findings.iter().filter(|f| f.kind == FindingKind::MissingSector).map(|f| f.sectors.clone()).collect();
    assert_eq!(empty, vec![vec![SectorId(0)], vec![SectorId(3)]]);
    let links: Vec<_> = a.findings.iter().filter(|f| f.kind == FindingKind::OnlyLinkToSector).collect();
    assert_eq!(links.len(), 2);
    assert_eq!(links[0].actors, vec![sem, jesse]);
    assert_eq!(
        links[0].message(Lang::Nl),
        "Sem is de enige directe schakel naar ‘vrienden / kennissen’ (ook naar Jesse)."
    );
    assert_eq!(links[1].actors, vec![ans]);
    assert!(links[1].message(Lang::En).starts_with("Ans is the only contact in ‘neighbours / colleagues / school’"));
    // Sem is an articulation point: without Sem, Noah loses Jesse.
    let cut = a.findings.iter().find(|f| f.kind == FindingKind::CutVertex).unwrap();
    assert_eq!(cut.actors, vec![sem, jesse]);
    assert_eq!(cut.message(Lang::Nl), "Als Sem wegvalt, verliest Noah ook het contact met Jesse.");
    assert_eq!(a.sectors[1].total(), 2);
    assert_eq!(a.sectors[1].per_ring, [0, 2, 0]);
    assert_eq!(a.rings, [0, 3, 0]);
}

#[test]
fn the_broker_between_formal_and_informal_has_the_highest_betweenness() {
    // Noah knows Dochter, Buurman and Vriend (informal); Buurman and Vriend also know
    // Dochter, and only Dochter knows the thuiszorg (formal). Without Noah in between,
    // Dochter lies on the paths from Buurman and Vriend to the thuiszorg.
    let mut b = B::new();
    let dochter = b.actor("Dochter", 0, Informal);
    let buurman = b.actor("Buurman", 2, Informal);
    let vriend = b.actor("Vriend", 1, Informal);
    let tz = b.actor("Thuiszorg", 3, Formal);
    b.tie(C, dochter, Mutual, &[E]);
    b.tie(C, buurman, Receives, &[P]);
    b.tie(C, vriend, Mutual, &[G]);
    b.tie(TieEnd::Actor(buurman), dochter, Mutual, &[]);
    b.tie(TieEnd::Actor(vriend), dochter, Mutual, &[]);
    b.tie(TieEnd::Actor(dochter), tz, Mutual, &[A]);
    let a = analyse(&b.0);
    assert_eq!(a.brokerage[&dochter], 2.0);
    assert_eq!(a.brokerage[&buurman], 0.0);
    assert_eq!(a.brokerage[&tz], 0.0);
    // All pairs with Noah as a node: Dochter is on every shortest path to the
    // thuiszorg, from Noah, Buurman and Vriend; Buurman–Vriend goes via Noah or Dochter.
    assert_eq!(a.betweenness[&dochter], 3.5);
    let f = a.findings.iter().find(|f| f.kind == FindingKind::Broker).unwrap();
    assert_eq!(f.actors, vec![dochter]);
    assert_eq!(
        f.message(Lang::Nl),
        "Dochter verbindt het meest tussen informele en formele zorg (hoogste tussenpositie)."
    );
    assert!(!kinds(&a).contains(&FindingKind::WorldsApart));
    // Dochter is also the only way to the thuiszorg.
    let cut = a.findings.iter().find(|f| f.kind == FindingKind::CutVertex).unwrap();
    assert_eq!(cut.actors, vec![dochter, tz]);
}

#[test]
fn formal_and_informal_apart_when_only_the_centre_joins_them() {
    let mut b = B::new();
    let ans = b.actor("Ans", 2, Informal);
    let wt = b.actor("Wijkteam", 3, Formal);
    b.tie(C, ans, Receives, &[P]);
    b.tie(C, wt, Receives, &[A]);
    let a = analyse(&b.0);
    assert!(kinds(&a).contains(&FindingKind::WorldsApart));
    assert!(!kinds(&a).contains(&FindingKind::Broker));
    // Marked as verbinder but not touching the formal world: said so.
    let mut ans_v = b.0.actor(ans).unwrap().clone();
    ans_v.verbinder = true;
    b.0.apply(Command::UpdateActor { id: ans, actor: ans_v }).unwrap();
    let f = analyse(&b.0).findings.into_iter().find(|f| f.kind == FindingKind::MarkedVerbinder).unwrap();
    assert!(f.message(Lang::Nl).contains("nog geen verbinding met de andere wereld"), "{}", f.message(Lang::Nl));
    // Once Ans knows the wijkteam, the worlds meet and Ans is a real verbinder.
    b.tie(TieEnd::Actor(ans), wt, Mutual, &[A]);
    let a = analyse(&b.0);
    assert!(!kinds(&a).contains(&FindingKind::WorldsApart));
    let f = a.findings.iter().find(|f| f.kind == FindingKind::MarkedVerbinder).unwrap();
    assert_eq!(f.message(Lang::En), "Ans is a broker between the informal and the formal world.");
}

#[test]
fn balance_reciprocity_and_overload() {
    let mut b = B::new();
    let fatima = b.actor("Fatima", 0, Informal);
    let wt = b.actor("Wijkteam", 3, Formal);
    let shv = b.actor("Schuldhulp", 3, Formal);
    let ha = b.actor("Huisarts", 3, Formal);
    b.tie(C, fatima, Receives, &[P, G, E]);
    b.tie(C, wt, Receives, &[A]);
    b.tie(C, shv, Receives, &[P]);
    b.tie(C, ha, Receives, &[]);
    let a = analyse(&b.0);
    assert_eq!((a.balance.informal, a.balance.formal, a.balance.hybrid), (1, 3, 0));
    assert_eq!(a.balance.formal_share(), 0.75);
    assert_eq!((a.reciprocity.centre_receives, a.reciprocity.centre_also_gives()), (4, 0));
    let k = kinds(&a);
    assert!(k.contains(&FindingKind::MostlyFormal));
    assert!(k.contains(&FindingKind::NoReciprocity));
    let over: Vec<_> = a.findings.iter().filter(|f| f.kind == FindingKind::Overloaded).collect();
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].actors, vec![fatima]);
    assert_eq!(
        over[0].message(Lang::Nl),
        "Fatima draagt veel: 3 soorten steun (PGE), 60 % van alle steun aan Noah. Kan iemand iets overnemen?"
    );
    assert_eq!(over[0].message(Lang::En).split(':').next(), Some("Fatima carries a lot"));
    // Noah giving something back removes the reciprocity finding.
    let t = b.0.centre_tie(fatima).unwrap().0;
    let mut tie = b.0.tie(t).unwrap().clone();
    tie.direction = Gives;
    b.0.apply(Command::UpdateTie { id: t, tie }).unwrap();
    assert!(!kinds(&analyse(&b.0)).contains(&FindingKind::NoReciprocity));
}

#[test]
fn actors_without_a_path_to_the_centre_are_named() {
    let mut b = B::new();
    let x = b.actor("Kim", 1, Informal);
    let a = analyse(&b.0);
    let f = a.findings.iter().find(|f| f.kind == FindingKind::Unconnected).unwrap();
    assert_eq!(f.actors, vec![x]);
    assert_eq!(f.message(Lang::Nl), "Kim heeft geen verbinding met Noah.");
    assert_eq!(f.severity, Severity::Info);
    assert!(
        a.findings.iter().position(|f| f.severity == Severity::Info)
            > a.findings.iter().rposition(|f| f.severity == Severity::Attention)
    );
}

#[test]
fn the_sample_network_reads_as_expected() {
    let n = sample_netwerkkaart();
    let a = analyse(&n);
    let k = kinds(&a);
    let nl: Vec<&str> = a.findings.iter().map(|f| f.message(Lang::Nl)).collect();
    // Sem is the only way to Jesse; Fatima carries P, G and E; Ans is a verbinder.
    assert!(nl.contains(&"Als Sem wegvalt, verliest Noah ook het contact met Jesse."), "{nl:#?}");
    assert!(k.contains(&FindingKind::Overloaded));
    assert!(k.contains(&FindingKind::MarkedVerbinder));
    assert!(!k.contains(&FindingKind::MissingSector));
    assert!(!k.contains(&FindingKind::WorldsApart));
    assert_eq!((a.balance.informal, a.balance.formal, a.balance.hybrid), (7, 4, 1));
    assert_eq!((a.reciprocity.centre_gives, a.reciprocity.centre_receives, a.reciprocity.mutual), (1, 6, 4));
    // Besides Noah, only the wijkteam joins the worlds: it links Ans to the schuldhulp.
    let broker = a.findings.iter().find(|f| f.kind == FindingKind::Broker).unwrap();
    assert_eq!(broker.actors, vec![ActorId(8)]);
    assert_eq!(a.brokerage[&ActorId(8)], 1.0);
    assert_eq!(a.brokerage.values().filter(|v| **v > 0.0).count(), 1);
    // Fatima gives three of four kinds of support, but not most of all support.
    let over = a.findings.iter().find(|f| f.kind == FindingKind::Overloaded).unwrap();
    assert_eq!(over.message(Lang::Nl), "Fatima draagt veel: 3 soorten steun (PGE). Kan iemand iets overnemen?");
}

#[test]
fn custom_sectors_are_counted_and_an_empty_one_is_a_missing_sector() {
    let mut b = B::new();
    b.0.apply(Command::AddSector { id: SectorId(4), sector: Sector::custom("Kerk") }).unwrap();
    b.0.apply(Command::AddSector { id: SectorId(5), sector: Sector::custom("Sport / vereniging") }).unwrap();
    for (name, sector) in [("Oma", 0), ("Sem", 1), ("Els", 2), ("Huisarts", 3), ("Dominee", 4), ("Koster", 4)] {
        let a = b.actor(name, sector, Informal);
        b.tie(C, a, Mutual, &[G]);
    }
    let a = analyse(&b.0);
    assert_eq!(
        a.sectors.iter().map(|s| (s.sector.0, s.total())).collect::<Vec<_>>(),
        [(0, 1), (1, 1), (2, 1), (3, 1), (4, 2), (5, 0)]
    );
    let empty: Vec<_> = a.findings.iter().filter(|f| f.kind == FindingKind::MissingSector).collect();
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].sectors, vec![SectorId(5)]);
    assert_eq!(empty[0].message(Lang::Nl), "In de sector ‘Sport / vereniging’ staat niemand.");
    assert!(a.findings.iter().any(|f| f.kind == FindingKind::OnlyLinkToSector && f.sectors == vec![SectorId(0)]));
    assert!(
        !a.findings.iter().any(|f| f.kind == FindingKind::OnlyLinkToSector && f.sectors == vec![SectorId(4)]),
        "two direct links into ‘Kerk’"
    );
}
