//! A demo netwerkkaart for tests, the scene snapshot and the UI's example document.

use super::actor::{Actor, Centre};
use super::command::Command;
use super::ids::{ActorId, SectorId};
use super::map::Netwerkkaart;
use super::tie::{Tie, TieEnd};
use super::vocab::{ActorKind, Direction, Formality, Frequency, Quality, Ring, Strength, SupportSet, SupportType};

use SupportType::{Advice as A, Company as G, Emotional as E, Practical as P};

/// Adds an actor to a netwerkkaart (fixtures and the example cases build with these).
pub(crate) fn actor(n: &mut Netwerkkaart, a: Actor) -> ActorId {
    let id = n.next_actor_id();
    n.apply(Command::AddActor { id, actor: a }).expect("fixture actor");
    id
}

/// Adds a tie to a netwerkkaart.
#[allow(clippy::too_many_arguments)]
pub(crate) fn tie(
    n: &mut Netwerkkaart,
    from: TieEnd,
    to: ActorId,
    strength: Strength,
    quality: Quality,
    direction: Direction,
    support: &[SupportType],
    frequency: Frequency,
) {
    let id = n.next_tie_id();
    let tie = Tie {
        from,
        to,
        strength,
        quality,
        direction,
        support: SupportSet::of(support),
        frequency: Some(frequency),
        notes: String::new(),
    };
    n.apply(Command::AddTie { id, tie }).expect("fixture tie");
}

/// The network of Noah (21), the index person of the De Vries casus, as a wijkteam
/// might draw it: 12 actors in the four standard sectors, 16 ties.
///
/// * Familie (S0): moeder Fatima (binnenste, sterk, P/G/E, dagelijks), vader Peter
///   (middelste, conflict), pleegbroer Kevin (binnenste, gezelschap), oma Marie
///   (buitenste, zwak, emotioneel). Fatima and Peter have a stressful tie.
/// * Vrienden / kennissen (S1): vriend Sem (sterk, G/E) and Jesse from the gym, who
///   is only reached through Sem.
/// * Buren / collega's / school (S2): buurvrouw Ans, a *verbinder* who also
///   volunteers at the buurthuis and knows the wijkteam; mentor Bakker of the ROC.
/// * Professionals / organisaties (S3): the wijkteam (binnenste, sterk), the
///   schuldhulpverlening (stressvol), huisarts Van Dijk (buitenste, zwak) and a
///   Humanitas maatje (hybride) whom the wijkteam arranged.
///
/// Ids are given in the order above (Fatima = A0, …, maatje = A11); ties from the
/// centre first.
pub fn sample_netwerkkaart() -> Netwerkkaart {
    let mut centre = Centre::person("Noah");
    centre.notes = "21 jaar, schulden, dreigende uithuiszetting".into();
    let mut n = Netwerkkaart::new(centre);
    let (fam, fr, nb, pro) = (SectorId(0), SectorId(1), SectorId(2), SectorId(3));

    let fatima = actor(&mut n, Actor::person("Fatima", fam).with_role("moeder").in_ring(Ring::Inner));
    let peter = actor(&mut n, Actor::person("Peter", fam).with_role("vader"));
    let kevin = actor(&mut n, Actor::person("Kevin", fam).with_role("pleegbroer").in_ring(Ring::Inner));
    let marie = actor(&mut n, Actor::person("Marie", fam).with_role("oma").in_ring(Ring::Outer));
    let sem = actor(&mut n, Actor::person("Sem", fr).with_role("vriend"));
    let jesse = actor(&mut n, Actor::person("Jesse", fr).with_role("kennis (sportschool)").in_ring(Ring::Outer));
    let mut ans = Actor::person("Ans", nb).with_role("buurvrouw");
    ans.verbinder = true;
    ans.notes = "vrijwilliger in het buurthuis, kent de wijkcoach".into();
    let ans = actor(&mut n, ans);
    let bakker =
        actor(&mut n, Actor::person("Dhr. Bakker", nb).with_role("mentor ROC").with_formality(Formality::Formal));
    let wijkteam =
        actor(&mut n, Actor::organisation("Wijkteam West", pro).with_role("wijkcoach Lotte").in_ring(Ring::Inner));
    let shv = actor(&mut n, Actor::organisation("Buurteam Geldzaken", pro).with_role("schuldhulpverlening"));
    let huisarts = actor(
        &mut n,
        Actor::person("Van Dijk", pro).with_role("huisarts").with_formality(Formality::Formal).in_ring(Ring::Outer),
    );
    let mut maatje =
        Actor::person("Maatje Rob", pro).with_role("vrijwilliger Humanitas").with_formality(Formality::Hybrid);
    maatje.kind = ActorKind::Person;
    let maatje = actor(&mut n, maatje);

    use Direction::{Gives, Mutual, Receives};
    use Frequency::{Daily, Monthly, Rarely, Weekly};
    use Quality::{Conflict, Neutral, Positive, Stressful};
    use Strength::{Normal, Strong, Weak};
    let c = TieEnd::Centre;
    tie(&mut n, c, fatima, Strong, Positive, Mutual, &[P, G, E], Daily);
    tie(&mut n, c, peter, Normal, Conflict, Gives, &[], Monthly);
    tie(&mut n, c, kevin, Normal, Positive, Mutual, &[G], Daily);
    tie(&mut n, c, marie, Weak, Positive, Receives, &[E], Monthly);
    tie(&mut n, c, sem, Strong, Positive, Mutual, &[G, E], Weekly);
    tie(&mut n, c, ans, Normal, Positive, Receives, &[P, A], Weekly);
    tie(&mut n, c, bakker, Normal, Neutral, Receives, &[A], Weekly);
    tie(&mut n, c, wijkteam, Strong, Positive, Receives, &[A, E], Weekly);
    tie(&mut n, c, shv, Normal, Stressful, Receives, &[P, A], Monthly);
    tie(&mut n, c, huisarts, Weak, Neutral, Receives, &[A], Rarely);
    tie(&mut n, c, maatje, Normal, Positive, Mutual, &[P, G], Weekly);
    let a = TieEnd::Actor;
    tie(&mut n, a(fatima), peter, Normal, Stressful, Mutual, &[], Daily);
    tie(&mut n, a(sem), jesse, Normal, Neutral, Mutual, &[G], Weekly);
    tie(&mut n, a(ans), wijkteam, Normal, Positive, Mutual, &[A], Monthly);
    tie(&mut n, a(wijkteam), shv, Normal, Neutral, Gives, &[A], Monthly);
    tie(&mut n, a(wijkteam), maatje, Normal, Positive, Gives, &[A], Monthly);
    n
}
