//! Scene tests: snapshots of representative fixtures, legend exactness, anonymisation,
//! layout input.

use super::fixtures::all_kinds;
use super::*;
use crate::i18n::Lang;
use crate::layout::{layout, LayoutOptions, Pins};
use crate::model::{sample_family, Genogram, PartialDate};

fn reference() -> PartialDate {
    PartialDate::ymd(2025, 1, 15).unwrap()
}

pub(crate) fn scene_of(g: &Genogram, opts: &SceneOptions) -> Scene {
    let l = layout(&layout_input(g), &Pins::default(), &LayoutOptions::default());
    build_scene(g, &l, opts)
}

pub(crate) fn options(lang: Lang) -> SceneOptions {
    let mut o = SceneOptions::new(lang, reference());
    o.title = "Genogram".into();
    o.date_text = "15-01-2025".into();
    o
}

#[test]
fn every_person_union_and_child_line_has_its_item() {
    let g = sample_family();
    let s = scene_of(&g, &options(Lang::Nl));
    for (id, _) in g.persons() {
        let item = s.item(&format!("person:{}", id.get())).expect("person item");
        assert_eq!(item.model, Some(crate::model::AnyId::Person(id)));
        assert!(!item.shapes.is_empty());
    }
    for (id, _) in g.unions() {
        assert!(s.item(&format!("union:{}", id.get())).is_some());
    }
    for (id, _) in g.child_links() {
        assert!(s.item(&format!("child:{}", id.get())).is_some());
    }
    let keys: std::collections::BTreeSet<_> = s.items.iter().map(|i| i.key.clone()).collect();
    assert_eq!(keys.len(), s.items.len(), "keys are unique");
}
