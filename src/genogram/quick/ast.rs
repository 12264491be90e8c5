//! What a line of quick entry says, as plain data: persons with the facts written
//! beside their names, couples, children, emotional relations and households.
//!
//! The tree is normalised by the parser (role words become a gender, twins share their
//! birth), so printing it and parsing the text again gives the same tree.

use crate::genogram::model::{ChildLinkKind, Gender, PersonKindTag, RelationKind, TwinKind, UnionEventKind, UnionKind};

/// A byte range inside the whole text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// A year as written: "1965" or "ca. 1965".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearSpec {
    /// The year (1–9999).
    pub year: i32,
    /// Written with "ca.".
    pub approximate: bool,
}

/// How a person is named in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NameSpec {
    /// One or more words ("Peter", "Jan de Vries"), joined by single spaces.
    Named(String),
    /// `?`: a person whose name is not known.
    Unnamed,
}

/// A person as written at one place in the text, with the facts written there. Facts
/// left out are not known *here*; they never clear what the genogram already has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonSpec {
    /// The name.
    pub name: NameSpec,
    /// `#2`: tells namesakes apart (the second Jan).
    pub number: Option<u32>,
    /// From a marker (m/v/x) or a role word (zoon, moeder, …).
    pub gender: Option<Gender>,
    /// Birth year.
    pub birth: Option<YearSpec>,
    /// Age now ("Noah 21"), becomes an approximate birth year.
    pub age: Option<u32>,
    /// `†` or "overleden", with the year when written.
    pub death: Option<Option<YearSpec>>,
    /// Marked "(cliënt)".
    pub index: bool,
    /// A special symbol (pregnancy, miscarriage, pet, …).
    pub kind: Option<PersonKindTag>,
    /// How a child belongs to the parents of this line (adopted, foster).
    pub link: Option<ChildLinkKind>,
    /// Where the person is written (name and facts).
    pub span: Span,
}

impl PersonSpec {
    /// A person with only a name.
    pub fn named(name: &str) -> Self {
        PersonSpec {
            name: NameSpec::Named(name.to_owned()),
            number: None,
            gender: None,
            birth: None,
            age: None,
            death: None,
            index: false,
            kind: None,
            link: None,
            span: Span::default(),
        }
    }
}

/// The operator between two partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoupleOp {
    /// `x`: married (or another formal union).
    Married,
    /// `~`: a relationship without marriage.
    Partners,
}

/// A union event as written: "gescheiden 1998".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventSpec {
    /// What happened.
    pub kind: UnionEventKind,
    /// When, if written.
    pub date: Option<YearSpec>,
}

/// What is written about a couple.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnionSpec {
    /// `x` or `~`.
    pub op: CoupleOp,
    /// A kind word ("samenwonend"), when written.
    pub kind: Option<UnionKind>,
    /// Start year ("getrouwd 1972", or a bare year in the couple's brackets).
    pub start: Option<YearSpec>,
    /// Later events (separation, divorce, …), in the written order.
    pub events: Vec<EventSpec>,
}

/// The parents of a family line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parents {
    /// One person (their children follow; the other parent unknown).
    Single(PersonSpec),
    /// A couple.
    Couple {
        /// The first partner.
        a: PersonSpec,
        /// The second partner.
        b: PersonSpec,
        /// The union between them.
        union: UnionSpec,
    },
}

/// One child, or twins (`Lisa+Eva`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildGroup {
    /// The children of one birth (one unless twins).
    pub members: Vec<PersonSpec>,
    /// The kind of twins, for a group of two or more.
    pub twin: Option<TwinKind>,
}

/// `--` or `==` between two persons.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelationOp {
    /// `--`: by default a conflict.
    Dashes,
    /// `==`: by default close.
    Doubles,
}

/// What one line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Statement {
    /// `Jan x Marie: Peter, Els`, or a person on their own (`Noah 21 m`).
    Family {
        /// The parents (or the one person).
        parents: Parents,
        /// Their children, in the written order.
        children: Vec<ChildGroup>,
    },
    /// `Anna → Sandra`: Anna is a parent of Sandra; the other parent unknown.
    ParentOf {
        /// The parent.
        parent: PersonSpec,
        /// The children.
        children: Vec<ChildGroup>,
    },
    /// `Peter -- Noah: conflict`.
    Relation {
        /// The first person (the actor of a directed kind).
        a: PersonSpec,
        /// The second person.
        b: PersonSpec,
        /// `--` or `==`.
        op: RelationOp,
        /// The kind, when written.
        kind: Option<RelationKind>,
    },
    /// `huishouden: Peter, Fatima, Noah`.
    Household {
        /// Words between "huishouden" and the colon.
        label: String,
        /// Who lives there.
        members: Vec<PersonSpec>,
    },
}

/// A line that was read, with where it stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// The line number, from 1.
    pub number: usize,
    /// What it says.
    pub statement: Statement,
}

impl RelationOp {
    /// The kind a relation line without a kind word gets.
    pub fn default_kind(self) -> RelationKind {
        match self {
            RelationOp::Dashes => RelationKind::Discord,
            RelationOp::Doubles => RelationKind::Close,
        }
    }
}

impl CoupleOp {
    /// The kind of a couple line without a kind word.
    pub fn default_kind(self) -> UnionKind {
        match self {
            CoupleOp::Married => UnionKind::Marriage,
            CoupleOp::Partners => UnionKind::Relationship,
        }
    }
}

impl Statement {
    /// Every person written on the line, in order.
    pub fn persons(&self) -> Vec<&PersonSpec> {
        fn groups(c: &[ChildGroup]) -> Vec<&PersonSpec> {
            c.iter().flat_map(|g| g.members.iter()).collect()
        }
        match self {
            Statement::Family { parents: Parents::Single(p), children } => [vec![p], groups(children)].concat(),
            Statement::Family { parents: Parents::Couple { a, b, .. }, children } => {
                [vec![a, b], groups(children)].concat()
            }
            Statement::ParentOf { parent, children } => [vec![parent], groups(children)].concat(),
            Statement::Relation { a, b, .. } => vec![a, b],
            Statement::Household { members, .. } => members.iter().collect(),
        }
    }

    /// The same statement with every span cleared, for comparing what two texts say.
    pub fn without_spans(&self) -> Statement {
        let mut s = self.clone();
        s.for_each_person(&mut |p| p.span = Span::default());
        s
    }

    fn for_each_person(&mut self, f: &mut impl FnMut(&mut PersonSpec)) {
        let groups = |c: &mut Vec<ChildGroup>, f: &mut dyn FnMut(&mut PersonSpec)| {
            c.iter_mut().flat_map(|g| g.members.iter_mut()).for_each(f)
        };
        match self {
            Statement::Family { parents, children } => {
                match parents {
                    Parents::Single(p) => f(p),
                    Parents::Couple { a, b, .. } => {
                        f(a);
                        f(b)
                    }
                }
                groups(children, f)
            }
            Statement::ParentOf { parent, children } => {
                f(parent);
                groups(children, f)
            }
            Statement::Relation { a, b, .. } => {
                f(a);
                f(b)
            }
            Statement::Household { members, .. } => members.iter_mut().for_each(f),
        }
    }
}
