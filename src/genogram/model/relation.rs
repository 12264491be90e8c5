//! Emotional relations: the lines that show how persons get along.

use super::date::PartialDate;
use super::ids::PersonId;
use crate::kernel::labels::labeled_enum;
use serde::{Deserialize, Serialize};

labeled_enum! {
    /// The kind of an emotional relation, each with its own line style (see the
    /// notation reference): parallel lines for closeness, dotted for distance, a broken
    /// line for cutoff, zigzags for conflict, arrows for focus, control and abuse.
    pub enum RelationKind {
        /// Harmonie: harmonious.
        Harmony => ("harmonie", "harmony"),
        /// Nabij: close (two parallel lines).
        Close => ("nabij", "close"),
        /// Zeer nabij: very close (three parallel lines).
        VeryClose => ("zeer nabij", "very close"),
        /// Versmolten: fused (three parallel lines).
        Fused => ("versmolten", "fused"),
        /// Liefde: love.
        Love => ("liefde", "love"),
        /// Verliefd: in love.
        InLove => ("verliefd", "in love"),
        /// Vriendschap: friendship.
        Friendship => ("vriendschap", "friendship"),
        /// Afstandelijk: distant (dotted line).
        Distant => ("afstandelijk", "distant"),
        /// Onverschillig: indifferent.
        Indifferent => ("onverschillig", "indifferent"),
        /// Nooit ontmoet: never met (light dotted line).
        NeverMet => ("nooit ontmoet", "never met"),
        /// Afgesneden: cutoff (line broken by a gap).
        Cutoff => ("afgesneden", "cutoff"),
        /// Afgesneden-hersteld: cutoff repaired (the gap bridged).
        CutoffRepaired => ("afgesneden-hersteld", "cutoff repaired"),
        /// Onenigheid: discord, conflict (zigzag).
        Discord => ("onenigheid", "discord"),
        /// Vijandig: hostile (heavy zigzag).
        Hostile => ("vijandig", "hostile"),
        /// Afstandelijk-vijandig: distant and hostile.
        DistantHostile => ("afstandelijk-vijandig", "distant-hostile"),
        /// Nabij-vijandig: close and hostile (parallel lines with a zigzag).
        CloseHostile => ("nabij-vijandig", "close-hostile"),
        /// Versmolten-vijandig: fused and hostile (three lines with a zigzag).
        FusedHostile => ("versmolten-vijandig", "fused-hostile"),
        /// Haat: hatred.
        Hate => ("haat", "hate"),
        /// Wantrouwen: distrust.
        Distrust => ("wantrouwen", "distrust"),
        /// Jaloers: jealous (of the other).
        Jealous => ("jaloers", "jealous"),
        /// Gericht op: focused on (arrow toward the focus).
        FocusedOn => ("gericht op", "focused on"),
        /// Negatief gericht op: negatively focused on (arrow with zigzag).
        NegativelyFocusedOn => ("negatief gericht op", "negatively focused on"),
        /// Controlerend: controlling (arrow with a bar).
        Controlling => ("controlerend", "controlling"),
        /// Manipulatief: manipulative (arrow with a bar).
        Manipulative => ("manipulatief", "manipulative"),
        /// Geweld: violence (arrow from perpetrator to victim).
        Violence => ("geweld", "violence"),
        /// Fysiek misbruik: physical abuse (arrow from perpetrator to victim).
        PhysicalAbuse => ("fysiek misbruik", "physical abuse"),
        /// Emotioneel misbruik: emotional abuse (arrow from perpetrator to victim).
        EmotionalAbuse => ("emotioneel misbruik", "emotional abuse"),
        /// Seksueel misbruik: sexual abuse (arrow from perpetrator to victim).
        SexualAbuse => ("seksueel misbruik", "sexual abuse"),
        /// Verwaarlozing: neglect (arrow from the one who neglects to the neglected).
        Neglect => ("verwaarlozing", "neglect"),
        /// Verzorger: caregiver (arrow from carer to the one cared for).
        Caregiver => ("verzorger", "caregiver"),
    }
}

labeled_enum! {
    /// Broad families of relation kinds, for legends and menus.
    pub enum RelationGroup {
        /// Positive, close relations.
        Positive => ("verbonden", "connected"),
        /// Distance and cutoff.
        Distance => ("afstand", "distance"),
        /// Conflict and hostility.
        Conflict => ("conflict", "conflict"),
        /// Focus, control, abuse, neglect and care: one person acting on the other.
        Directed => ("gericht / misbruik", "directed / abuse"),
    }
}

impl RelationKind {
    /// Whether the relation has a direction (from → to), drawn as an arrow: focus,
    /// control, manipulation, abuse, violence, neglect, care and jealousy. The others are
    /// mutual and drawn without an arrow.
    pub fn is_directed(self) -> bool {
        use RelationKind::*;
        matches!(
            self,
            Jealous
                | FocusedOn
                | NegativelyFocusedOn
                | Controlling
                | Manipulative
                | Violence
                | PhysicalAbuse
                | EmotionalAbuse
                | SexualAbuse
                | Neglect
                | Caregiver
        )
    }

    /// Which broad family of relations this kind belongs to.
    pub fn group(self) -> RelationGroup {
        use RelationKind::*;
        match self {
            Harmony | Close | VeryClose | Fused | Love | InLove | Friendship => RelationGroup::Positive,
            Distant | Indifferent | NeverMet | Cutoff | CutoffRepaired => RelationGroup::Distance,
            Discord | Hostile | DistantHostile | CloseHostile | FusedHostile | Hate | Distrust | Jealous => {
                RelationGroup::Conflict
            }
            FocusedOn | NegativelyFocusedOn | Controlling | Manipulative | Violence | PhysicalAbuse
            | EmotionalAbuse | SexualAbuse | Neglect | Caregiver => RelationGroup::Directed,
        }
    }
}

/// An emotional relation line between two persons. For directed kinds `from` is the
/// actor (the one who focuses, controls, abuses or cares) and `to` the one acted on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// The first person (the actor for directed kinds).
    pub from: PersonId,
    /// The second person (the one acted on for directed kinds).
    pub to: PersonId,
    /// What kind of relation.
    pub kind: RelationKind,
    /// A free note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Since when, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PartialDate>,
    /// Until when, if it has ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
}

impl Relation {
    /// A relation without note or period.
    pub fn new(from: PersonId, to: PersonId, kind: RelationKind) -> Self {
        Relation { from, to, kind, note: String::new(), start: None, end: None }
    }

    /// Whether the relation involves the person (at either end).
    pub fn involves(&self, p: PersonId) -> bool {
        self.from == p || self.to == p
    }
}
