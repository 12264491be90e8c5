//! The one-way pipeline from a genogram to what is drawn: model → layout → scene.
//! The live canvas and the SVG export both call [`draw`], so they never differ.

use crate::layout::{self, Layout, LayoutOptions, Pins};
use crate::model::Genogram;
use crate::scene::{self, Scene, SceneOptions};

/// A laid-out genogram and its scene.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    /// Where everything is (persons, union lines, child bars).
    pub layout: Layout,
    /// The shapes to draw.
    pub scene: Scene,
}

/// Lays out `g` around the pinned positions and builds its scene.
pub fn draw(g: &Genogram, pins: &Pins, options: &SceneOptions) -> Drawing {
    let family = scene::layout_input(g);
    let layout = layout::layout(&family, pins, &LayoutOptions::default());
    let scene = scene::build_scene(g, &layout, options);
    Drawing { layout, scene }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::{sample_family, AnyId, PartialDate};

    #[test]
    fn every_person_is_laid_out_and_drawn_once() {
        let g = sample_family();
        let d = draw(&g, &Pins::default(), &SceneOptions::new(Lang::Nl, PartialDate::year_only(2026).unwrap()));
        for id in g.person_ids() {
            assert!(d.layout.persons.contains_key(&id.get()), "{id:?} laid out");
            let drawn = d.scene.items.iter().filter(|i| i.model == Some(AnyId::Person(id))).count();
            assert_eq!(drawn, 1, "{id:?} drawn exactly once");
        }
    }
}
