//! Scene tests: snapshots of representative fixtures, coverage of the notation,
//! legend exactness, anonymisation and the layout input.

use std::collections::BTreeSet;

use super::fixtures::{all_kinds, all_relations};
use super::*;
use crate::genogram::layout::{layout, LayoutOptions, Pins, SymbolSize};
use crate::genogram::model::{
    sample_family, AnyId, ChildLinkKind, Command, ConditionArea, ConditionStatus, Gender, Genogram, PartialDate,
    PersonId, RelationKind, UnionEventKind, UnionId, UnionKind,
};
use crate::i18n::Lang;

fn reference() -> PartialDate {
    PartialDate::ymd(2025, 1, 15).unwrap()
}

/// Lays out `g` from scratch and builds its scene.
pub(crate) fn scene_of(g: &Genogram, opts: &SceneOptions) -> Scene {
    let l = layout(&layout_input_for(g, opts.anonymise, opts.lang), &Pins::default(), &LayoutOptions::default());
    build_scene(g, &l, opts)
}

/// The legend entries the scene of `g` draws, in legend order.
fn legend_of(g: &Genogram, opts: &SceneOptions) -> Vec<LegendKey> {
    let l = layout(&layout_input(g), &Pins::default(), &LayoutOptions::default());
    build_scene_and_legend(g, &l, opts).1
}

/// The scene of `g` with every person pinned where `tests/snapshots/pins_{name}.txt`
/// says (written from a fresh layout with `KRING_UPDATE_SNAPSHOTS=1`), so snapshots
/// and golden rasters test the drawing, not the layout engine's placement choices.
pub(crate) fn stable_scene(name: &str, g: &Genogram, opts: &SceneOptions) -> Scene {
    let family = layout_input(g);
    let o = LayoutOptions::default();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(format!("pins_{name}.txt"));
    let mut pins = Pins::default();
    if crate::kernel::snapshot::update_requested() {
        let fresh = layout(&family, &Pins::default(), &o);
        let text: String = fresh.persons.iter().map(|(id, p)| format!("{id} {} {}\n", p.x, p.y)).collect();
        std::fs::write(&path, text).unwrap();
    }
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing pins {}; run with KRING_UPDATE_SNAPSHOTS=1", path.display()));
    for line in text.lines() {
        let v: Vec<&str> = line.split(' ').collect();
        pins.pin(
            v[0].parse().unwrap(),
            crate::genogram::layout::Point::new(v[1].parse().unwrap(), v[2].parse().unwrap()),
        );
    }
    build_scene(g, &layout(&family, &pins, &o), opts)
}

/// Options with a fixed reference date, a title and a date text.
pub(crate) fn options(lang: Lang) -> SceneOptions {
    let mut o = SceneOptions::new(lang, reference());
    o.title = "Genogram".into();
    o.date_text = "15-01-2025".into();
    o
}

/// Compares `actual` with the stored snapshot, or stores it with
/// `KRING_UPDATE_SNAPSHOTS=1`.
pub(crate) fn check_snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    if crate::kernel::snapshot::update_requested() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing snapshot {}; run with KRING_UPDATE_SNAPSHOTS=1", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "snapshot {name} differs at line {}:\n  expected: {:?}\n  actual:   {:?}\n(run with KRING_UPDATE_SNAPSHOTS=1 after review)",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

/// The scene's dump with the legend entries after its first line, so a snapshot also
/// shows which legend rows the scene chose.
fn dump_with_legend(g: &Genogram, scene: &Scene, opts: &SceneOptions) -> String {
    let dump = scene.dump();
    let (head, rest) = dump.split_once('\n').unwrap_or((&dump, ""));
    format!("{head}\nlegend: {:?}\n{rest}", legend_of(g, opts))
}

#[test]
fn snapshot_all_kinds() {
    let (g, o) = (all_kinds(), options(Lang::Nl));
    check_snapshot("scene_all_kinds_nl.txt", &dump_with_legend(&g, &stable_scene("all_kinds", &g, &o), &o));
}

#[test]
fn snapshot_all_relations() {
    let (g, o) = (all_relations(), options(Lang::En));
    check_snapshot("scene_all_relations_en.txt", &dump_with_legend(&g, &stable_scene("all_relations", &g, &o), &o));
}

#[test]
fn snapshot_sample_family_roles() {
    let mut o = options(Lang::Nl);
    o.anonymise = Anonymise::Roles;
    let g = sample_family();
    check_snapshot("scene_sample_roles_nl.txt", &dump_with_legend(&g, &stable_scene("sample", &g, &o), &o));
}

#[test]
fn all_kinds_fixture_covers_the_notation() {
    let have: BTreeSet<LegendKey> = legend_of(&all_kinds(), &options(Lang::Nl)).into_iter().collect();
    let mut want = vec![
        LegendKey::Transgender,
        LegendKey::Index,
        LegendKey::Deceased,
        LegendKey::Years,
        LegendKey::Pregnancy,
        LegendKey::Miscarriage,
        LegendKey::Abortion,
        LegendKey::Stillbirth,
        LegendKey::Pet,
        LegendKey::UnknownPartner,
        LegendKey::Twins,
        LegendKey::IdenticalTwins,
        LegendKey::Household,
        LegendKey::Event(UnionEventKind::Separation),
        LegendKey::Event(UnionEventKind::Divorce),
        LegendKey::Event(UnionEventKind::Widowed),
        LegendKey::Event(UnionEventKind::Annulment),
        LegendKey::Event(UnionEventKind::Reconciliation),
    ];
    want.extend(Gender::ALL.iter().map(|&g| LegendKey::Gender(g)));
    want.extend(UnionKind::ALL.iter().map(|&k| LegendKey::Union(k)));
    want.extend(ChildLinkKind::ALL.iter().map(|&k| LegendKey::Child(k)));
    for k in want {
        assert!(have.contains(&k), "{k:?} missing from the all-kinds scene");
    }
    for area in ConditionArea::ALL {
        assert!(have.iter().any(|k| matches!(k, LegendKey::Condition(a, _) if a == area)), "{area:?}");
    }
    for status in ConditionStatus::ALL {
        assert!(have.iter().any(|k| matches!(k, LegendKey::Condition(_, s) if s == status)), "{status:?}");
    }
    let rel = legend_of(&all_relations(), &options(Lang::En));
    for &k in RelationKind::ALL {
        assert!(rel.contains(&LegendKey::Relation(k)), "{k:?}");
    }
}

/// The shapes of a relation item moved so that its first point is the origin, as text.
fn relation_signature(item: &Item) -> String {
    let first = match &item.shapes[0].primitive {
        Primitive::Line { x1, y1, .. } => (*x1, *y1),
        Primitive::Polyline(p) | Primitive::Polygon(p) => (p[0].x, p[0].y),
        _ => (0.0, 0.0),
    };
    let moved: Vec<Shape> = item
        .shapes
        .iter()
        .map(|s| {
            let mut s = s.clone();
            let m = |p: &mut Point| {
                p.x -= first.0;
                p.y -= first.1;
            };
            match &mut s.primitive {
                Primitive::Line { x1, y1, x2, y2 } => {
                    *x1 -= first.0;
                    *x2 -= first.0;
                    *y1 -= first.1;
                    *y2 -= first.1;
                }
                Primitive::Polyline(p) | Primitive::Polygon(p) => p.iter_mut().for_each(m),
                Primitive::Circle { cx, cy, .. } => {
                    *cx -= first.0;
                    *cy -= first.1;
                }
                Primitive::Path(d) => *d = String::from("path"),
                _ => {}
            }
            s
        })
        .collect();
    format!("{moved:?}")
}

#[test]
fn every_relation_kind_has_its_own_style() {
    let g = all_relations();
    let s = scene_of(&g, &options(Lang::En));
    let mut seen: std::collections::BTreeMap<String, RelationKind> = Default::default();
    for (id, r) in g.relations() {
        let item = s.item(&format!("relation:{}", id.get())).expect("relation drawn");
        assert_eq!(item_of_key(&item.key), Some(AnyId::Relation(id)));
        if let Some(other) = seen.insert(relation_signature(item), r.kind) {
            panic!("{:?} is drawn like {other:?}", r.kind);
        }
    }
    assert_eq!(seen.len(), RelationKind::ALL.len());
}

#[test]
fn symbols_follow_gender_and_death() {
    let g = all_kinds();
    let s = scene_of(&g, &options(Lang::Nl));
    let first = |id: u32| s.item(&format!("person:{id}")).unwrap().shapes[0].svg_element().0;
    assert_eq!(first(0), "rect", "man: square");
    assert_eq!(first(1), "circle", "vrouw: circle");
    assert_eq!(first(8), "polygon", "non-binary: diamond");
    let foster = s.item("person:15").unwrap();
    assert!(
        foster.shapes.iter().any(|sh| matches!(&sh.primitive, Primitive::Text { text, .. } if text == "?")),
        "unknown: ?"
    );
    // Henk died in 2012 at 72: the X (two lines beyond the symbol), the years and the age.
    let henk = &s.item("person:0").unwrap().shapes;
    let lines = henk.iter().filter(|sh| matches!(sh.primitive, Primitive::Line { .. })).count();
    assert_eq!(lines, 2);
    let texts: Vec<&str> = henk
        .iter()
        .filter_map(|sh| if let Primitive::Text { text, .. } = &sh.primitive { Some(text.as_str()) } else { None })
        .collect();
    assert_eq!(texts, ["72", "° 1940", "† 2012", "Henk Jansen"]);
}

fn sample_with_divorce(divorced: bool) -> Genogram {
    let mut g = sample_family();
    // Union U1 (Peter–Sandra) is separated and divorced in the sample; U2 only starts.
    let id = UnionId(2);
    let mut u = g.union(id).unwrap().clone();
    if divorced {
        u.events.push(crate::genogram::model::UnionEvent {
            kind: UnionEventKind::Divorce,
            date: PartialDate::year_only(2020),
        });
    }
    g.apply(Command::UpdateUnion { id, union: u }).unwrap();
    let id = UnionId(1);
    let mut u = g.union(id).unwrap().clone();
    u.events.retain(|e| e.kind != UnionEventKind::Divorce);
    g.apply(Command::UpdateUnion { id, union: u }).unwrap();
    g
}

fn legend_texts(s: &Scene) -> Vec<String> {
    s.item("legend")
        .map(|i| {
            // Labels are left-aligned; the few texts inside swatches are centred.
            i.shapes
                .iter()
                .filter_map(|sh| match &sh.primitive {
                    Primitive::Text { text, anchor: Anchor::Start, .. } => Some(text.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn legend_lists_exactly_what_occurs() {
    let without = scene_of(&sample_with_divorce(false), &options(Lang::Nl));
    let without_keys = legend_of(&sample_with_divorce(false), &options(Lang::Nl));
    assert!(!without_keys.contains(&LegendKey::Event(UnionEventKind::Divorce)));
    assert!(!legend_texts(&without).iter().any(|t| t.starts_with("echtscheiding")));
    let with = scene_of(&sample_with_divorce(true), &options(Lang::Nl));
    let with_keys = legend_of(&sample_with_divorce(true), &options(Lang::Nl));
    assert!(with_keys.contains(&LegendKey::Event(UnionEventKind::Divorce)));
    assert!(legend_texts(&with).contains(&"echtscheiding (g.)".to_owned()));
    // Exactly one key more: nothing else appears or disappears.
    let a: BTreeSet<_> = without_keys.iter().collect();
    let b: BTreeSet<_> = with_keys.iter().collect();
    assert_eq!(b.difference(&a).count(), 1);
    assert_eq!(a.difference(&b).count(), 0);

    // The sample family has no pregnancy, pet or affair, so the legend does not list them.
    let s = scene_of(&sample_family(), &options(Lang::En));
    let keys = legend_of(&sample_family(), &options(Lang::En));
    for k in
        [LegendKey::Pregnancy, LegendKey::Pet, LegendKey::Union(UnionKind::Affair), LegendKey::Gender(Gender::Unknown)]
    {
        assert!(!keys.contains(&k), "{k:?}");
    }
    assert!(legend_texts(&s).contains(&"divorce (d.)".to_owned()));
    // One legend row (swatch + label) per key.
    assert_eq!(legend_texts(&s).len(), keys.len() + 1);
    let mut off = options(Lang::En);
    off.show_legend = false;
    assert!(scene_of(&sample_family(), &off).item("legend").is_none());
}

fn all_text(s: &Scene) -> String {
    s.items
        .iter()
        .flat_map(|i| &i.shapes)
        .filter_map(|sh| if let Primitive::Text { text, .. } = &sh.primitive { Some(text.as_str()) } else { None })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn anonymised_scenes_hold_no_real_names() {
    let g = sample_family();
    for mode in [Anonymise::Initials, Anonymise::Roles] {
        let mut o = options(Lang::Nl);
        o.anonymise = mode;
        o.title = "Casus De Vries".into();
        let text = all_text(&scene_of(&g, &o));
        for (_, p) in g.persons() {
            for w in [&p.given_name, &p.family_name].iter().flat_map(|s| s.split_whitespace()).filter(|w| w.len() >= 3)
            {
                assert!(!text.contains(w), "{mode:?} leaks {w:?}");
            }
        }
        assert!(!text.contains("Utrecht"), "household label is replaced");
    }
    let mut o = options(Lang::Nl);
    o.anonymise = Anonymise::Roles;
    let s = scene_of(&g, &o);
    let name = |id: u32| {
        s.item(&format!("person:{id}"))
            .unwrap()
            .shapes
            .iter()
            .filter_map(|sh| if let Primitive::Text { text, .. } = &sh.primitive { Some(text.clone()) } else { None })
            .next_back()
            .unwrap()
    };
    assert_eq!(name(9), "cliënt");
    assert_eq!(name(2), "vader");
    assert_eq!(name(8), "moeder");
    assert_eq!(name(0), "grootvader");
    o.anonymise = Anonymise::Initials;
    let s = scene_of(&g, &o);
    assert!(all_text(&s).contains("J.d.V."));
}

#[test]
fn layout_input_carries_sizes_orders_unions_and_twins() {
    let g = all_kinds();
    let f = layout_input(&g);
    assert_eq!(f.persons.len(), g.person_count());
    let size = |id: u32| f.persons.iter().find(|p| p.id == id).unwrap().size;
    assert_eq!(size(0), SymbolSize::Normal);
    for small in [11, 12, 13, 17] {
        assert_eq!(size(small), SymbolSize::Small, "P{small}");
    }
    let key = |id: u32| f.persons.iter().find(|p| p.id == id).unwrap().birth_order;
    assert_eq!(key(0), Some(19_400_302));
    assert!(key(8) < key(9), "Sam (2005) before the twins (2008)");
    assert_eq!(key(15), None, "no birth date");
    // Henk's marriage (1963) comes before his affair (1971).
    let order = |id: u32| f.unions.iter().find(|u| u.id == id).unwrap().order;
    assert!(order(0) < order(1));
    assert_eq!(f.unions.iter().find(|u| u.id == 4).unwrap().partners, (5, None), "unknown partner");
    assert!(f.twin_groups.iter().any(|t| t.identical && t.members == [9, 10]));
    assert!(f.twin_groups.iter().any(|t| !t.identical && t.members == [18, 19]));
    assert_eq!(f.single_parent_links.len(), 1);
    assert_eq!(f.single_parent_links[0].parent, 6);
}

#[test]
fn explicit_birth_order_overrides_dates() {
    let mut g = sample_family();
    // Put Daan (1994) before the twins (1990) by explicit order.
    let (cid, link) = g.child_links().find(|(_, l)| l.child == PersonId(7)).map(|(i, l)| (i, l.clone())).unwrap();
    g.apply(Command::UpdateChildLink { id: cid, link: crate::genogram::model::ChildLink { order: Some(1), ..link } })
        .unwrap();
    let f = layout_input(&g);
    let key = |id: u32| f.persons.iter().find(|p| p.id == id).unwrap().birth_order.unwrap();
    assert!(key(7) < key(5) && key(7) < key(6));
    let plain = layout_input(&sample_family());
    let key0 = |id: u32| plain.persons.iter().find(|p| p.id == id).unwrap().birth_order.unwrap();
    assert!(key0(7) > key0(5));
}

#[test]
fn an_explicit_birth_order_is_a_place_among_the_other_children() {
    // Noah (2003) second: after Kevin (2009), whose place comes from his date; the
    // drawing follows the model's order.
    let mut g = sample_family();
    let (noah, kevin) = (PersonId(9), PersonId(10));
    let (cid, link) = g.parent_links(noah).first().map(|(i, l)| (*i, (*l).clone())).unwrap();
    g.apply(Command::UpdateChildLink { id: cid, link: crate::genogram::model::ChildLink { order: Some(2), ..link } })
        .unwrap();
    let children: Vec<PersonId> =
        g.children_of(g.child_link(cid).unwrap().parent).into_iter().map(|(_, c)| c).collect();
    assert_eq!(children, vec![kevin, noah]);
    let f = layout_input(&g);
    let key = |id: PersonId| f.persons.iter().find(|p| p.id == id.get()).unwrap().birth_order.unwrap();
    assert!(key(kevin) < key(noah), "Kevin is drawn left of Noah");
}

#[test]
fn every_item_key_is_unique_and_tied_to_the_model() {
    let g = all_kinds();
    let s = scene_of(&g, &options(Lang::Nl));
    let keys: BTreeSet<_> = s.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys.len(), s.items.len());
    for (id, _) in g.persons() {
        assert_eq!(
            s.item(&format!("person:{}", id.get())).map(|i| item_of_key(&i.key)).unwrap(),
            Some(AnyId::Person(id))
        );
    }
    for (id, _) in g.child_links() {
        assert_eq!(
            s.item(&format!("child:{}", id.get())).map(|i| item_of_key(&i.key)).unwrap(),
            Some(AnyId::ChildLink(id))
        );
    }
    for (id, _) in g.unions() {
        assert_eq!(
            s.item(&format!("union:{}", id.get())).map(|i| item_of_key(&i.key)).unwrap(),
            Some(AnyId::Union(id))
        );
    }
    assert!(s.item("household:0").is_some() && s.item("title").is_some() && s.item("legend").is_some());
    // Bounds hold every shape, legend and title included.
    let mut b = None;
    for sh in s.items.iter().flat_map(|i| &i.shapes) {
        crate::kernel::geom::grow_shape(&mut b, sh);
    }
    assert_eq!(b.unwrap(), s.bounds);
    let legend = s.item("legend").unwrap();
    let mut lb = None;
    legend.shapes.iter().for_each(|sh| crate::kernel::geom::grow_shape(&mut lb, sh));
    assert!(lb.unwrap().max_x <= s.bounds.max_x);
}

#[test]
fn anonymised_title_never_names_a_person() {
    let g = sample_family();
    let mut o = options(Lang::En);
    o.title = "Casus Noah".into();
    assert_eq!(scene_of(&g, &o).title, "Casus Noah");
    o.anonymise = Anonymise::Initials;
    assert_eq!(scene_of(&g, &o).title, "Genogram (anonymised)");
    // Also a title without a name of the genogram: free text may name the cliënt.
    o.title = "Casus 2025-17".into();
    assert_eq!(scene_of(&g, &o).title, "Genogram (anonymised)");
}

#[test]
fn generated_genograms_draw_every_person() {
    let g = generate::generate_genogram(7, 300, 5);
    assert!(g.person_count() >= 300);
    assert!(g.unions().count() > 50 && g.relations().count() > 0 && g.households().count() > 0);
    let s = scene_of(&g, &options(Lang::Nl));
    let persons = s.items.iter().filter(|i| i.key.starts_with("person:")).count();
    assert_eq!(persons, g.person_count());
    assert_eq!(s.items.iter().filter(|i| i.key.starts_with("child:")).count(), g.child_links().count());
}

/// The household's name stands just above its outline, where the parents' child bar
/// often runs: it carries a halo so it stays readable there.
#[test]
fn household_label_has_a_halo() {
    let s = scene_of(&sample_family(), &options(Lang::Nl));
    let item = s.item("household:0").expect("the sample has a household");
    let halo = item.shapes.iter().any(|sh| matches!(&sh.primitive, Primitive::Text { halo: true, .. }));
    assert!(halo, "household label without halo");
}
