//! Plain input and output types of the layout engine.
//!
//! The input ([`Family`]) is deliberately independent of the genogram model so the
//! engine can be built and tested on its own; an adapter from the model fills it.

pub use crate::kernel::geometry::{Bounds, Point};
use std::collections::BTreeMap;

/// How large a person's symbol is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SymbolSize {
    /// A full-size symbol (square, circle, diamond).
    #[default]
    Normal,
    /// A small symbol, e.g. a miscarriage, abortion or pet.
    Small,
}

/// One person (or pregnancy, miscarriage, …) to place.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyPerson {
    /// Stable id, unique within the family.
    pub id: u32,
    /// Symbol size class.
    pub size: SymbolSize,
    /// Sort key among siblings (e.g. birth year × 1000 + day); oldest first.
    /// Siblings without a key keep the order in which their parents list them.
    pub birth_order: Option<i64>,
    /// The width the person's labels need (the widest line of name, years and age
    /// texts), in layout units, measured from the text by the scene side; `None` means
    /// [`LayoutOptions::label_width`]. Neighbours keep clear of each other's labels.
    pub label_width: Option<f64>,
}

impl FamilyPerson {
    /// A normal-size person without a birth-order key.
    pub fn new(id: u32) -> Self {
        FamilyPerson { id, size: SymbolSize::Normal, birth_order: None, label_width: None }
    }

    /// The same person with a birth-order key.
    pub fn born(mut self, key: i64) -> Self {
        self.birth_order = Some(key);
        self
    }

    /// The same person with labels `width` wide.
    pub fn label(mut self, width: f64) -> Self {
        self.label_width = Some(width);
        self
    }

    /// The same person drawn with a small symbol.
    pub fn small(mut self) -> Self {
        self.size = SymbolSize::Small;
        self
    }
}

/// How a child is linked to its parent(s). Every kind is placed as a child.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ChildKind {
    /// Biological child: solid line.
    #[default]
    Biological,
    /// Adopted child.
    Adopted,
    /// Foster child (pleegkind).
    Foster,
}

/// A child below a union or a single parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FamilyChild {
    /// The child's person id.
    pub child: u32,
    /// Kind of link.
    pub kind: ChildKind,
}

impl FamilyChild {
    /// A biological child link.
    pub fn biological(child: u32) -> Self {
        FamilyChild { child, kind: ChildKind::Biological }
    }
}

/// A couple (marriage, cohabitation, affair, …) with its children.
#[derive(Clone, Debug, PartialEq)]
pub struct FamilyUnion {
    /// Stable id, unique among unions.
    pub id: u32,
    /// The two partners; `None` as the second means an unknown partner, who gets a
    /// placeholder slot next to the known one.
    pub partners: (u32, Option<u32>),
    /// Chronological key among the unions of a person (earlier unions are drawn
    /// further left of later ones).
    pub order: i64,
    /// The children of this union.
    pub children: Vec<FamilyChild>,
}

/// A child linked to one parent only (single parent, no union drawn).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SingleParentLink {
    /// The parent's person id.
    pub parent: u32,
    /// The child and the kind of link.
    pub child: FamilyChild,
}

/// Siblings born together; drawn adjacent with lines from one apex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TwinGroup {
    /// The twins' person ids (two or more).
    pub members: Vec<u32>,
    /// Identical (monozygotic) twins get a bar between their lines.
    pub identical: bool,
}

/// The plain description of a family that [`crate::genogram::layout::layout`] places.
///
/// References to ids that are not in `persons` are ignored, so a half-edited model
/// never makes the layout fail.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Family {
    /// Everyone to draw.
    pub persons: Vec<FamilyPerson>,
    /// Couples with their children.
    pub unions: Vec<FamilyUnion>,
    /// Children drawn below one parent.
    pub single_parent_links: Vec<SingleParentLink>,
    /// Twins, triplets, …
    pub twin_groups: Vec<TwinGroup>,
    /// Every sibship strictly oldest-left, also a child who married into a family
    /// drawn beside theirs: the couple is then drawn apart, its union line passing
    /// (lower) under the siblings between them. Off: that child stands at the edge of
    /// their sibship nearest the partner.
    pub strict_birth_order: bool,
}

impl Family {
    /// Number of persons.
    pub fn len(&self) -> usize {
        self.persons.len()
    }

    /// True when there is nobody to draw.
    pub fn is_empty(&self) -> bool {
        self.persons.is_empty()
    }

    /// The largest person id in use (0 when empty); handy for adding persons.
    pub fn max_person_id(&self) -> u32 {
        self.persons.iter().map(|p| p.id).max().unwrap_or(0)
    }
}

/// Positions the user dragged persons to, keyed by person id.
///
/// A pinned person keeps exactly its pinned centre; everyone else is placed around it.
/// To re-layout *keeping* pins pass the same `Pins` again; to *clear* them pass
/// `Pins::default()` (or call [`Pins::clear`]).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Pins {
    /// Pinned centre per person id.
    pub positions: BTreeMap<u32, Point>,
    /// Pinned horizontal place per person id; the person keeps the row the layout
    /// gives it (how the editor pins a dragged person: generations stay on their row).
    pub columns: BTreeMap<u32, f64>,
}

impl Pins {
    /// No pins.
    pub fn new() -> Self {
        Pins::default()
    }

    /// Pin `person` at `at` (replacing an earlier pin).
    pub fn pin(&mut self, person: u32, at: Point) {
        self.positions.insert(person, at);
    }

    /// Pin only the horizontal place of `person`, leaving its row to the layout
    /// (replacing an earlier pin).
    pub fn pin_column(&mut self, person: u32, x: f64) {
        self.positions.remove(&person);
        self.columns.insert(person, x);
    }

    /// Remove the pin of `person`, if any.
    pub fn unpin(&mut self, person: u32) {
        self.positions.remove(&person);
        self.columns.remove(&person);
    }

    /// Remove all pins.
    pub fn clear(&mut self) {
        self.positions.clear();
        self.columns.clear();
    }

    /// The pin of `person`, if any.
    pub fn get(&self, person: u32) -> Option<Point> {
        self.positions.get(&person).copied()
    }

    /// The pinned horizontal place of `person` (from a full pin or a column pin).
    pub fn column(&self, person: u32) -> Option<f64> {
        self.positions.get(&person).map(|p| p.x).or_else(|| self.columns.get(&person).copied())
    }

    /// True when nothing is pinned.
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty() && self.columns.is_empty()
    }
}

/// Tunable distances of the layout (layout units; a symbol is 40 × 40).
#[derive(Clone, Debug, PartialEq)]
pub struct LayoutOptions {
    /// Minimum distance between the centres of two neighbours on a row; leaves room
    /// for the name label below each symbol.
    pub min_distance: f64,
    /// Vertical distance between generation rows.
    pub row_height: f64,
    /// Edge of a normal symbol.
    pub symbol_size: f64,
    /// Edge of a small symbol (miscarriage, …).
    pub small_symbol_size: f64,
    /// Width of the name label below a symbol (used for bounds and overlap checks).
    pub label_width: f64,
    /// Height of the name label below a symbol.
    pub label_height: f64,
    /// Distance from the partners' centre down to their union line (below the labels).
    pub union_offset: f64,
    /// Extra drop per skipped partner for union lines between non-adjacent partners,
    /// so lines of one person's several unions stay apart.
    pub union_stagger: f64,
    /// Distance from the parents' centre down to the child bar (sibship line).
    pub sibship_offset: f64,
    /// Extra horizontal gap between disconnected parts of the family.
    pub component_gap: f64,
    /// Number of down/up positioning sweeps; more centres parents better.
    pub sweeps: usize,
    /// Scans of the crossing-reducing pass that swaps neighbouring blocks (0 = off).
    /// Components holding pinned persons are not swapped: the pins fix their order.
    pub swap_passes: usize,
}

impl Default for LayoutOptions {
    fn default() -> Self {
        LayoutOptions {
            min_distance: 100.0,
            row_height: 160.0,
            symbol_size: 40.0,
            small_symbol_size: 20.0,
            label_width: 100.0,
            label_height: 30.0,
            union_offset: 60.0,
            union_stagger: 8.0,
            sibship_offset: 110.0,
            component_gap: 100.0,
            sweeps: 3,
            swap_passes: 2,
        }
    }
}

impl LayoutOptions {
    /// Edge length of a symbol of the given size.
    pub fn symbol_edge(&self, size: SymbolSize) -> f64 {
        match size {
            SymbolSize::Normal => self.symbol_size,
            SymbolSize::Small => self.small_symbol_size,
        }
    }
}

/// Where one person is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PersonPlacement {
    /// Centre of the symbol.
    pub x: f64,
    /// Centre of the symbol.
    pub y: f64,
    /// Generation row (0 = top row of its part of the family).
    pub row: u32,
    /// Symbol size class (copied from the input for drawing).
    pub size: SymbolSize,
    /// True when the position comes from a pin.
    pub pinned: bool,
}

impl PersonPlacement {
    /// Centre as a point.
    pub fn centre(&self) -> Point {
        Point::new(self.x, self.y)
    }
}

/// The line from a sibship bar (or a twin apex) down to one child's symbol.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChildDrop {
    /// The child's person id.
    pub child: u32,
    /// Kind of link (solid, dashed, …).
    pub kind: ChildKind,
    /// Upper end: on the bar, or the twin apex.
    pub from: Point,
    /// Lower end: top centre of the child's symbol.
    pub to: Point,
}

/// The apex from which the lines to twins start.
#[derive(Clone, Debug, PartialEq)]
pub struct TwinApex {
    /// The twins under this apex, left to right.
    pub members: Vec<u32>,
    /// Identical twins: draw a bar between their lines.
    pub identical: bool,
    /// The apex point, on the child bar.
    pub apex: Point,
}

/// Lines connecting parents to their children.
#[derive(Clone, Debug, PartialEq)]
pub struct Sibship {
    /// Top of the vertical stem: the union line's midpoint, or the bottom of the single
    /// parent's symbol. The stem runs straight down to `bar_y`.
    pub stem_top: Point,
    /// Height of the horizontal child bar.
    pub bar_y: f64,
    /// Left end of the child bar.
    pub x1: f64,
    /// Right end of the child bar.
    pub x2: f64,
    /// One drop per child, in left-to-right order.
    pub drops: Vec<ChildDrop>,
    /// Twin apexes (their drops start at the apex).
    pub twins: Vec<TwinApex>,
}

/// Geometry of one union.
#[derive(Clone, Debug, PartialEq)]
pub struct UnionGeometry {
    /// The partners as in the input (`None` = unknown partner).
    pub partners: (u32, Option<u32>),
    /// Height of the horizontal union line; each partner has a vertical stub from the
    /// bottom of its symbol down to it.
    pub y: f64,
    /// Left end of the union line.
    pub x1: f64,
    /// Right end of the union line.
    pub x2: f64,
    /// Centre of the slot reserved for an unknown partner (draw a "?" symbol or
    /// nothing there).
    pub unknown_partner: Option<Point>,
    /// The children's lines, if the union has children.
    pub sibship: Option<Sibship>,
}

/// The result of [`crate::genogram::layout::layout`]: everything a renderer needs.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Layout {
    /// Every input person, by id.
    pub persons: BTreeMap<u32, PersonPlacement>,
    /// Every union whose first partner exists, by union id.
    pub unions: BTreeMap<u32, UnionGeometry>,
    /// Children of single parents, keyed by the parent's person id.
    pub single_parents: BTreeMap<u32, Sibship>,
    /// Bounds of the drawing.
    pub bounds: Bounds,
}
