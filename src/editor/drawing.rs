//! The one-way pipeline from a document to what is drawn: model → layout → scene.
//! The live canvas and the SVG export both call [`draw`], so they never differ.

use crate::editor::Editor;
use crate::genogram::edit::arrange::pins_while_dragging;
use crate::genogram::layout::{Layout, Pins};
use crate::genogram::model::{Genogram, PartialDate};
use crate::genogram::scene::{self, Anonymise, Scene, SceneOptions};
use crate::i18n::Lang;
use crate::netwerkkaart::layout::NetwerkkaartLayout;
use crate::netwerkkaart::scene::{build_netwerkkaart_scene, NetwerkkaartSceneOptions};
use crate::netwerkkaart::{self, ActorId, Netwerkkaart};

/// Where things were placed, per kind of drawing.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// A genogram's layout (persons, union lines, child bars).
    Genogram(Layout),
    /// A netwerkkaart's layout (wedges, rings, actors).
    Netwerkkaart(NetwerkkaartLayout),
}

/// A laid-out document and its scene.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    /// Where everything is.
    pub placement: Placement,
    /// The shapes to draw.
    pub scene: Scene,
}

/// What the user chose for this drawing (the canvas uses the defaults).
#[derive(Clone, Debug, PartialEq)]
pub struct DrawOptions {
    /// Language of the drawing's words.
    pub lang: Lang,
    /// Today, for ages.
    pub today: PartialDate,
    /// Names, initials or roles.
    pub anonymise: Anonymise,
    /// Whether to draw the legend.
    pub show_legend: bool,
    /// Date line of the title block ("" for none).
    pub date_text: String,
    /// The genogram's pattern lens ("Patroon"); off when it has no themes. Both the
    /// canvas and the export draw it.
    pub lens: crate::genogram::pattern::Lens,
    /// The genogram at a year ("Peiljaar"); `None` for the family as it is. Both the
    /// canvas and the export draw it.
    pub at_year: Option<i32>,
    /// Places of persons being dragged, not yet in the document: the canvas draws the
    /// family around them while the pointer moves and writes them into the document
    /// (one edit) when the drag ends, so panels and autosave see one change, not one
    /// per pointer move. Empty when nothing is dragged, and always for an export.
    pub dragged: Vec<(crate::genogram::model::PersonId, f64)>,
}

impl DrawOptions {
    /// Defaults: names shown, legend on, no date line.
    pub fn new(lang: Lang, today: PartialDate) -> Self {
        DrawOptions {
            lang,
            today,
            anonymise: Anonymise::Off,
            show_legend: true,
            date_text: String::new(),
            lens: Default::default(),
            at_year: None,
            dragged: Vec::new(),
        }
    }
}

/// Lays out a genogram around the pinned positions and builds its scene. With folding
/// ("Inklappen") on, only the visible persons are laid out, so the drawing shrinks, and
/// each folded branch gets its "+N" marker (at a year, counting who was born by then).
pub fn draw_genogram(g: &Genogram, pins: &Pins, options: &SceneOptions) -> Drawing {
    if let Some(folding) = g.folding() {
        let v = crate::genogram::folding::visibility(g, folding);
        let copy = crate::genogram::folding::folded_copy(g, &v.visible);
        // At a year ("Peiljaar") a marker counts only who was born by then: a badge
        // promising persons the drawing of that year would not show misleads.
        let folded = match options.at_year {
            None => v.folded,
            Some(x) => {
                let mut counts = std::collections::BTreeMap::new();
                for (&q, &anchor) in &v.anchor {
                    if g.person(q).is_some_and(|p| crate::genogram::scene::at_year::is_born_by(p, x)) {
                        *counts.entry(anchor).or_insert(0) += 1;
                    }
                }
                counts
            }
        };
        let options = SceneOptions { folded, ..options.clone() };
        // Pins are places in the whole family's drawing; kept here they would stretch
        // the smaller one, so the folded view is laid out freely.
        let _ = pins;
        return draw_all(&copy, &Pins::default(), &options);
    }
    draw_all(g, pins, options)
}

/// [`draw_genogram`] of every person in `g`.
fn draw_all(g: &Genogram, pins: &Pins, options: &SceneOptions) -> Drawing {
    let (layout, scene) = scene::lay_out_and_build(g, pins, options);
    Drawing { placement: Placement::Genogram(layout), scene }
}

/// Lays out a netwerkkaart and builds its scene.
pub fn draw_netwerkkaart(map: &Netwerkkaart, options: &NetwerkkaartSceneOptions) -> Drawing {
    let layout = netwerkkaart::layout::layout(map);
    let scene = build_netwerkkaart_scene(map, &layout, options);
    Drawing { placement: Placement::Netwerkkaart(layout), scene }
}

/// The drawing of whatever the editor holds, titled with the document's title.
pub fn draw(editor: &Editor, options: &DrawOptions) -> Drawing {
    if let Some(map) = editor.netwerkkaart() {
        // Only an export asks for anonymising; the live canvas draws the map itself
        // without copying it on every edit.
        let anonymised;
        let (map, title) = if options.anonymise == Anonymise::Off {
            (map, editor.title.clone())
        } else {
            anonymised = netwerkkaart::model::anonymise::anonymise(map, options.anonymise, options.lang);
            (&anonymised, netwerkkaart::model::anonymise::anonymous_title(options.lang))
        };
        let mut o = NetwerkkaartSceneOptions::new(options.lang);
        o.title = title;
        o.show_legend = options.show_legend;
        o.date_text = options.date_text.clone();
        return draw_netwerkkaart(map, &o);
    }
    let mut o = SceneOptions::new(options.lang, options.today);
    o.title = editor.title.clone();
    o.anonymise = options.anonymise;
    o.show_legend = options.show_legend;
    o.date_text = options.date_text.clone();
    o.lens = options.lens.clone();
    o.at_year = options.at_year;
    let empty = Genogram::new();
    let g = editor.genogram().unwrap_or(&empty);
    if options.anonymise != Anonymise::Off {
        // Names become roles or initials in the scene; free text it would still show goes here.
        let g = crate::genogram::model::anonymise::without_private_labels(g);
        return draw_genogram(&g, &pins_while_dragging(&g, &options.dragged), &o);
    }
    draw_genogram(g, &pins_while_dragging(g, &options.dragged), &o)
}

/// A direction on the screen, for moving the selection with the arrow keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the parents' row.
    Up,
    /// Towards the children's row.
    Down,
    /// Along the row to the left.
    Left,
    /// Along the row to the right.
    Right,
}

impl Drawing {
    /// The genogram person nearest to `from` in direction `dir`: on the screen the next
    /// symbol that way, preferring ones straight ahead over ones far to the side, so
    /// Up goes to a parent, Down to a child and Left/Right to siblings and partners.
    pub fn neighbour(&self, from: u32, dir: Direction) -> Option<u32> {
        let Placement::Genogram(l) = &self.placement else { return None };
        let origin = l.persons.get(&from)?;
        l.persons
            .iter()
            .filter(|(id, _)| **id != from)
            .filter_map(|(id, p)| {
                let (dx, dy) = (p.x - origin.x, p.y - origin.y);
                let (ahead, side) = match dir {
                    Direction::Up => (-dy, dx),
                    Direction::Down => (dy, dx),
                    Direction::Left => (-dx, dy),
                    Direction::Right => (dx, dy),
                };
                // Only things that are really in that direction (not merely beside).
                (ahead > 1.0 && side.abs() <= ahead * 3.0).then(|| (ahead + 2.0 * side.abs(), *id))
            })
            .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
            .map(|(_, id)| id)
    }

    /// The centre of a genogram person's symbol.
    pub fn person_centre(&self, id: u32) -> Option<(f64, f64)> {
        match &self.placement {
            Placement::Genogram(l) => l.persons.get(&id).map(|p| (p.x, p.y)),
            Placement::Netwerkkaart(_) => None,
        }
    }

    /// On a netwerkkaart, the centre or actor next to `from` in direction `dir` on the
    /// screen (see [`NetwerkkaartLayout::neighbour`]); `None` on a genogram.
    pub fn map_neighbour(
        &self,
        from: netwerkkaart::NetwerkkaartItem,
        dir: Direction,
    ) -> Option<netwerkkaart::NetwerkkaartItem> {
        let Placement::Netwerkkaart(l) = &self.placement else { return None };
        let towards = match dir {
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
        };
        l.neighbour(from, towards)
    }

    /// The centre of a netwerkkaart actor's symbol.
    pub fn actor_centre(&self, id: ActorId) -> Option<(f64, f64)> {
        match &self.placement {
            Placement::Netwerkkaart(l) => l.position(id).map(|p| (p.x, p.y)),
            Placement::Genogram(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::genogram::model::{sample_family, AnyId};

    #[test]
    fn every_person_is_laid_out_and_drawn_once() {
        let g = sample_family();
        let d =
            draw_genogram(&g, &Pins::default(), &SceneOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        for id in g.person_ids() {
            assert!(d.person_centre(id.get()).is_some(), "{id:?} laid out");
            let drawn = d.scene.items.iter().filter(|i| i.key == format!("person:{}", id.get())).count();
            assert_eq!(drawn, 1, "{id:?} drawn exactly once");
            assert!(d
                .scene
                .items
                .iter()
                .any(|i| crate::genogram::scene::item_of_key(&i.key) == Some(AnyId::Person(id))));
        }
    }

    #[test]
    fn arrow_keys_reach_parents_children_and_partners() {
        let (ed, ip, partner, child, father) = crate::editor::fixtures::client_with_partner_daughter_and_parents();
        let d = draw(&ed, &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        let up = d.neighbour(ip.get(), Direction::Up).unwrap();
        assert!(ed.genogram().unwrap().parents(ip).iter().any(|p| p.get() == up), "up reaches a parent");
        assert_eq!(d.neighbour(ip.get(), Direction::Down), Some(child.get()));
        let (ipx, px) = (d.person_centre(ip.get()).unwrap().0, d.person_centre(partner.get()).unwrap().0);
        let towards_partner = if px > ipx { Direction::Right } else { Direction::Left };
        assert_eq!(d.neighbour(ip.get(), towards_partner), Some(partner.get()));
        assert_eq!(d.neighbour(father.get(), Direction::Up), None, "nothing above the top row");
    }

    #[test]
    fn map_arrows_step_between_centre_and_actors() {
        use crate::netwerkkaart::NetwerkkaartItem;
        let mut ed = Editor::new_netwerkkaart("n", "Netwerk", "Noah", 0);
        let map = ed.netwerkkaart().unwrap();
        let family = map.sectors().next().unwrap().0;
        let (cmd, oma) = crate::netwerkkaart::edit::actors::add_actor(map, family, "Oma");
        ed.apply(cmd, 1).unwrap();
        let d = draw(&ed, &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        let (x, y) = d.actor_centre(oma).unwrap();
        // The arrow that points from the centre towards Oma reaches her, and back.
        let (there, back) = if y.abs() >= x.abs() {
            if y < 0.0 {
                (Direction::Up, Direction::Down)
            } else {
                (Direction::Down, Direction::Up)
            }
        } else if x < 0.0 {
            (Direction::Left, Direction::Right)
        } else {
            (Direction::Right, Direction::Left)
        };
        assert_eq!(d.map_neighbour(NetwerkkaartItem::Centre, there), Some(NetwerkkaartItem::Actor(oma)));
        assert_eq!(d.map_neighbour(NetwerkkaartItem::Actor(oma), back), Some(NetwerkkaartItem::Centre));
        let g = draw(
            &Editor::new_genogram("g", "Casus", 0),
            &DrawOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()),
        );
        assert_eq!(g.map_neighbour(NetwerkkaartItem::Centre, Direction::Up), None, "not on a genogram");
    }

    #[test]
    fn editor_draws_its_kind_with_its_title() {
        let today = PartialDate::year_only(2026).unwrap();
        let mut ed = Editor::new_netwerkkaart("n", "Netwerk Noah", "Noah", 0);
        let map = ed.netwerkkaart().unwrap();
        let sector = map.sectors().next().unwrap().0;
        let (cmd, oma) = crate::netwerkkaart::edit::actors::add_actor(map, sector, "Oma");
        ed.apply(cmd, 1).unwrap();
        let d = draw(&ed, &DrawOptions::new(Lang::Nl, today));
        assert!(d.actor_centre(oma).is_some());
        assert!(d.scene.item(&format!("actor:{}", oma.get())).is_some());
        assert_eq!(d.scene.title, "Netwerk Noah");
        let g = draw(&Editor::new_genogram("g", "Casus", 0), &DrawOptions::new(Lang::Nl, today));
        assert!(g.person_centre(0).is_some());
        assert_eq!(g.scene.title, "Casus");
    }
}
