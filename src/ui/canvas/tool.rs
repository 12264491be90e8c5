//! The canvas tools as a plain state machine: selecting (the default) and connecting
//! two things (an emotional relation on a genogram, a tie on a netwerkkaart).
//!
//! Connecting works the same by mouse and by keyboard: the tool starts from the
//! selection (or waits for a first click), then the next click or Enter on another
//! person or actor finishes it. Escape cancels. The canvas feeds events in; what they
//! mean is decided here, natively tested.

use crate::genogram::model::PersonId;
use crate::netwerkkaart::NetwerkkaartItem;

/// Something a connection can start or end at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// A genogram person.
    Person(PersonId),
    /// The centre or an actor of a netwerkkaart.
    Netwerkkaart(NetwerkkaartItem),
}

/// The active canvas tool.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tool {
    /// Click selects, drag moves or pans.
    #[default]
    Select,
    /// Drawing a relation or tie: waiting for its first end, or for its second.
    Connect {
        /// The first end, once chosen.
        from: Option<End>,
    },
}

/// What a click (or Enter) on something means for the tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Nothing to do for the tool (the select tool handles the click as usual).
    Pass,
    /// The first end was chosen; the tool waits for the second.
    Wait(Tool),
    /// Both ends are chosen: connect them; the tool goes back to selecting.
    Connect(End, End),
    /// The same thing was chosen twice: keep waiting for a different second end.
    Same,
}

impl Tool {
    /// Starts the connect tool, from `selected` if something is selected.
    pub fn connect_from(selected: Option<End>) -> Tool {
        Tool::Connect { from: selected.filter(End::can_connect) }
    }

    /// Whether connecting is under way.
    pub fn is_connecting(&self) -> bool {
        matches!(self, Tool::Connect { .. })
    }

    /// The first end chosen so far.
    pub fn from(&self) -> Option<End> {
        match self {
            Tool::Connect { from } => *from,
            Tool::Select => None,
        }
    }

    /// A click on `target`, or Enter while `target` is selected.
    pub fn choose(&self, target: End) -> Step {
        match self {
            Tool::Select => Step::Pass,
            _ if !target.can_connect() => Step::Same,
            Tool::Connect { from: None } => Step::Wait(Tool::Connect { from: Some(target) }),
            Tool::Connect { from: Some(from) } if *from == target => Step::Same,
            Tool::Connect { from: Some(from) } => Step::Connect(*from, target),
        }
    }
}

impl End {
    /// Ties and sectors are not ends of a connection; persons, actors and the centre are.
    fn can_connect(&self) -> bool {
        !matches!(self, End::Netwerkkaart(NetwerkkaartItem::Tie(_) | NetwerkkaartItem::Sector(_)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::netwerkkaart::ActorId;

    const A: End = End::Person(PersonId(1));
    const B: End = End::Person(PersonId(2));

    #[test]
    fn mouse_click_a_then_b() {
        let tool = Tool::connect_from(None);
        assert!(tool.is_connecting());
        let Step::Wait(tool) = tool.choose(A) else { panic!("waits for the second end") };
        assert_eq!(tool.from(), Some(A));
        assert_eq!(tool.choose(A), Step::Same, "a relation with oneself is not drawn");
        assert_eq!(tool.choose(B), Step::Connect(A, B));
    }

    #[test]
    fn keyboard_starts_from_the_selection() {
        let tool = Tool::connect_from(Some(A));
        assert_eq!(tool.from(), Some(A));
        assert_eq!(tool.choose(B), Step::Connect(A, B));
        assert_eq!(Tool::Select.choose(B), Step::Pass, "the select tool leaves clicks alone");
    }

    #[test]
    fn netwerkkaart_ties_start_at_the_centre_or_an_actor() {
        let centre = End::Netwerkkaart(NetwerkkaartItem::Centre);
        let actor = End::Netwerkkaart(NetwerkkaartItem::Actor(ActorId(3)));
        let tie = End::Netwerkkaart(NetwerkkaartItem::Tie(crate::netwerkkaart::TieId(1)));
        assert_eq!(Tool::connect_from(Some(tie)).from(), None, "a selected tie is no end");
        let tool = Tool::connect_from(Some(centre));
        assert_eq!(tool.choose(tie), Step::Same);
        assert_eq!(tool.choose(actor), Step::Connect(centre, actor));
    }
}
