//! Unions: the couple lines between partners, from which their children hang.

use super::date::PartialDate;
use super::ids::PersonId;
use crate::kernel::labels::labeled_enum;
use serde::{Deserialize, Serialize};

labeled_enum! {
    /// The kind of a couple relationship, which decides how the union line is drawn:
    /// solid for marriage and registered partnership, dashed for living together and
    /// relationships, dashed with a mark for engagement, dotted for an affair.
    #[derive(Default)]
    pub enum UnionKind {
        /// Huwelijk (h.): solid line.
        #[default]
        Marriage => ("huwelijk", "marriage"),
        /// Geregistreerd partnerschap: solid line.
        RegisteredPartnership => ("geregistreerd partnerschap", "registered partnership"),
        /// Samenwonend (sw.): dashed line.
        Cohabiting => ("samenwonend", "living together"),
        /// Verloofd: dashed line with a mark.
        Engaged => ("verloofd", "engaged"),
        /// Relatie / LAT (living apart together): dashed line.
        Relationship => ("relatie / LAT", "relationship / LAT"),
        /// Affaire / geheime relatie: dotted line.
        Affair => ("affaire", "affair"),
        /// Kortstondige relatie: a brief relationship, dotted line.
        Brief => ("kortstondig", "brief relationship"),
    }
}

impl UnionKind {
    /// Whether this is a formal, legally registered union (drawn with a solid line).
    pub fn is_formal(self) -> bool {
        matches!(self, UnionKind::Marriage | UnionKind::RegisteredPartnership)
    }
}

labeled_enum! {
    /// Something that happened to a union, written along its line ("h. 1972", "g. 1980").
    pub enum UnionEventKind {
        /// Begin: wedding, registration, moving in together, start of the relationship.
        Start => ("begin", "start"),
        /// Scheiding van tafel en bed / uit elkaar: one slash across the line.
        Separation => ("uit elkaar", "separation"),
        /// Echtscheiding: two slashes across the line.
        Divorce => ("echtscheiding", "divorce"),
        /// Weduwschap: ended by the death of a partner.
        Widowed => ("weduwschap", "widowed"),
        /// Nietigverklaring: the marriage was annulled.
        Annulment => ("nietigverklaring", "annulment"),
        /// Verzoening: back together after a separation (the slash is removed).
        Reconciliation => ("verzoening", "reconciliation"),
    }
}

impl UnionEventKind {
    /// The abbreviation written before the year on the union line (NL / EN), e.g.
    /// "g. 1980" / "d. 1980" for a divorce.
    pub fn abbreviation(self, lang: crate::i18n::Lang) -> &'static str {
        use crate::i18n::Lang::{En, Nl};
        match (self, lang) {
            (UnionEventKind::Start, Nl) => "b.",
            (UnionEventKind::Start, En) => "b.",
            (UnionEventKind::Separation, Nl) => "s.",
            (UnionEventKind::Separation, En) => "sep.",
            (UnionEventKind::Divorce, Nl) => "g.",
            (UnionEventKind::Divorce, En) => "d.",
            (UnionEventKind::Widowed, Nl) => "wed.",
            (UnionEventKind::Widowed, En) => "wid.",
            (UnionEventKind::Annulment, Nl) => "nv.",
            (UnionEventKind::Annulment, En) => "ann.",
            (UnionEventKind::Reconciliation, Nl) => "vz.",
            (UnionEventKind::Reconciliation, En) => "rec.",
        }
    }
}

/// A dated event of a union. The date may be unknown.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UnionEvent {
    /// What happened.
    pub kind: UnionEventKind,
    /// When, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
}

/// A couple: two partners, or one partner and an unknown one, joined by a union line.
/// Children hang from the union. A person may have any number of unions, drawn in
/// chronological order along the row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Union {
    /// The first partner (by convention the one drawn left, often the man).
    pub partner_a: PersonId,
    /// The second partner; `None` when the partner is unknown (e.g. an unknown father).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_b: Option<PersonId>,
    /// Huwelijk, samenwonend, affaire, …
    #[serde(default)]
    pub kind: UnionKind,
    /// Start, separation, divorce and other events, in the order they happened.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<UnionEvent>,
}

impl Union {
    /// A union of two known partners without events.
    pub fn new(a: PersonId, b: PersonId, kind: UnionKind) -> Self {
        Union { partner_a: a, partner_b: Some(b), kind, events: Vec::new() }
    }

    /// A union of one known partner with an unknown partner.
    pub fn with_unknown_partner(a: PersonId, kind: UnionKind) -> Self {
        Union { partner_a: a, partner_b: None, kind, events: Vec::new() }
    }

    /// Adds an event (builder style).
    pub fn with_event(mut self, kind: UnionEventKind, date: Option<PartialDate>) -> Self {
        self.events.push(UnionEvent { kind, date });
        self
    }

    /// The known partners (one or two).
    pub fn partners(&self) -> impl Iterator<Item = PersonId> + '_ {
        std::iter::once(self.partner_a).chain(self.partner_b)
    }

    /// Whether the person is one of the partners.
    pub fn has_partner(&self, p: PersonId) -> bool {
        self.partner_a == p || self.partner_b == Some(p)
    }

    /// The other partner of `p`: `Some(None)` when the other partner is unknown, `None`
    /// when `p` is not a partner at all.
    pub fn other_partner(&self, p: PersonId) -> Option<Option<PersonId>> {
        if self.partner_a == p {
            Some(self.partner_b)
        } else if self.partner_b == Some(p) {
            Some(Some(self.partner_a))
        } else {
            None
        }
    }

    /// The date of the first start event, used to order a person's unions.
    pub fn start_date(&self) -> Option<PartialDate> {
        self.events.iter().find(|e| e.kind == UnionEventKind::Start).and_then(|e| e.date)
    }

    /// The last event that changes whether the couple is together (separation, divorce,
    /// widowhood, annulment or reconciliation), which decides the slashes on the line.
    pub fn current_status(&self) -> Option<UnionEventKind> {
        self.events.iter().rev().map(|e| e.kind).find(|k| *k != UnionEventKind::Start)
    }

    /// Whether the couple is no longer together (ended and not reconciled since).
    pub fn has_ended(&self) -> bool {
        matches!(
            self.current_status(),
            Some(
                UnionEventKind::Separation
                    | UnionEventKind::Divorce
                    | UnionEventKind::Widowed
                    | UnionEventKind::Annulment
            )
        )
    }
}
