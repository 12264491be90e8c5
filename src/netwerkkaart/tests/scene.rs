//! The netwerkkaart scene: snapshot, keys, notation cues and an exact legend.

use crate::i18n::Lang;
use crate::kernel::{Primitive, Scene, Shape};
use crate::netwerkkaart::layout::layout;
use crate::netwerkkaart::scene::legend::{legend_keys, NetwerkkaartLegendKey};
use crate::netwerkkaart::scene::{build_netwerkkaart_scene, item_of_key, NetwerkkaartSceneOptions};
use crate::netwerkkaart::*;

use crate::genogram::scene::tests::check_snapshot;

fn scene(n: &Netwerkkaart, lang: Lang) -> Scene {
    let mut o = NetwerkkaartSceneOptions::new(lang);
    o.date_text = "12-03-2025".into();
    o.author = "wijkteam West".into();
    build_netwerkkaart_scene(n, &layout(n), &o)
}

fn texts(shapes: &[Shape]) -> Vec<&str> {
    shapes
        .iter()
        .filter_map(|s| match &s.primitive {
            Primitive::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

#[test]
fn snapshot_sample_network() {
    check_snapshot("network_sample_nl.txt", &scene(&sample_netwerkkaart(), Lang::Nl).dump());
}

#[test]
fn every_thing_has_an_item_with_a_stable_key() {
    let n = sample_netwerkkaart();
    let s = scene(&n, Lang::Nl);
    let keys: Vec<&str> = s.items.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys.len(), 4 + 3 + 16 + 1 + 12 + 2);
    for (id, _) in n.actors() {
        let key = format!("actor:{}", id.0);
        assert!(s.item(&key).is_some(), "{key}");
        assert_eq!(item_of_key(&key), Some(NetwerkkaartItem::Actor(id)));
    }
    for (id, _) in n.ties() {
        assert_eq!(item_of_key(&format!("tie:{}", id.0)), Some(NetwerkkaartItem::Tie(id)));
        assert!(s.item(&format!("tie:{}", id.0)).is_some());
    }
    for k in ["centre", "legend", "title", "ring:0", "ring:1", "ring:2", "sector:0", "sector:3"] {
        assert!(s.item(k).is_some(), "{k}");
    }
    assert_eq!(item_of_key("ring:1"), None);
    assert_eq!(item_of_key("centre"), Some(NetwerkkaartItem::Centre));
    // Drawing order: sectors behind, then rings, ties, centre, actors, legend, title.
    let pos = |k: &str| keys.iter().position(|x| *x == k).unwrap();
    assert!(pos("sector:3") < pos("ring:0") && pos("ring:2") < pos("tie:0") && pos("tie:15") < pos("centre"));
    assert!(pos("centre") < pos("actor:0") && pos("actor:11") < pos("legend") && pos("legend") < pos("title"));
    // The same scene on the next run (the canvas diffs by key).
    assert_eq!(s, scene(&n, Lang::Nl));
}

fn shapes_of<'a>(s: &'a Scene, key: &str) -> &'a [Shape] {
    &s.item(key).unwrap_or_else(|| panic!("{key}")).shapes
}

fn count(shapes: &[Shape], f: impl Fn(&Shape) -> bool) -> usize {
    shapes.iter().filter(|s| f(s)).count()
}

#[test]
fn ties_follow_the_eco_map_notation() {
    let s = scene(&sample_netwerkkaart(), Lang::Nl);
    let is_line = |s: &Shape| matches!(s.primitive, Primitive::Line { .. });
    let is_zigzag = |s: &Shape| matches!(s.primitive, Primitive::Polyline(_));
    let is_arrow = |s: &Shape| matches!(s.primitive, Primitive::Polygon(_));
    // T0 Fatima: sterk, positief, wederzijds, PGE → double line, arrows both ends, "+ PGE".
    let t0 = shapes_of(&s, "tie:0");
    assert_eq!(count(t0, is_line), 2);
    assert_eq!(count(t0, is_arrow), 2);
    assert_eq!(texts(t0), vec!["+ PGE"]);
    // T1 Peter: conflict, Noah gives → red zigzag, a cross-mark, one arrow.
    let t1 = shapes_of(&s, "tie:1");
    assert_eq!(count(t1, is_zigzag), 1);
    assert!(t1.iter().any(|x| is_zigzag(x) && x.style.stroke == Some("#c62828")));
    assert_eq!(count(t1, is_line), 2, "the cross-mark");
    assert_eq!(count(t1, is_arrow), 1);
    // T3 Marie: zwak → dashed; Noah receives → one arrow, at Noah's end.
    let t3 = shapes_of(&s, "tie:3");
    assert!(t3.iter().any(|x| is_line(x) && x.style.dash.is_some()));
    let arrow_tip = t3.iter().find_map(|x| match &x.primitive {
        Primitive::Polygon(p) => Some(p[0]),
        _ => None,
    });
    let tip = arrow_tip.unwrap();
    assert!(tip.x.hypot(tip.y) < 40.0, "arrow points at the centre: {tip:?}");
    // T8 schuldhulp: stressvol → zigzag, not red.
    let t8 = shapes_of(&s, "tie:8");
    assert!(t8.iter().any(|x| is_zigzag(x) && x.style.stroke != Some("#c62828")));
    assert_eq!(texts(t8), vec!["PA"]);
    // English letters: gezelschap is C(ompany).
    let en = scene(&sample_netwerkkaart(), Lang::En);
    assert_eq!(texts(shapes_of(&en, "tie:0")), vec!["+ PCE"]);
}

#[test]
fn actors_read_in_black_and_white() {
    let s = scene(&sample_netwerkkaart(), Lang::Nl);
    // A0 Fatima: informal person → circle with "I", name and role.
    let a0 = shapes_of(&s, "actor:0");
    assert!(matches!(a0[0].primitive, Primitive::Circle { r, .. } if r == 20.0));
    assert_eq!(texts(a0), vec!["I", "Fatima", "moeder"]);
    // A8 wijkteam: formal organisation → rounded square, grey, "F".
    let a8 = shapes_of(&s, "actor:8");
    assert!(matches!(a8[0].primitive, Primitive::Rect { rx, .. } if rx > 0.0));
    assert_eq!(a8[0].style.fill, Some("#bdbdbd"));
    assert_eq!(texts(a8)[0], "F");
    // A11 maatje: hybrid → "H"; A6 Ans: verbinder → a diamond badge.
    assert_eq!(texts(shapes_of(&s, "actor:11"))[0], "H");
    assert_eq!(count(shapes_of(&s, "actor:6"), |x| matches!(x.primitive, Primitive::Polygon(_))), 1);
    assert_eq!(count(shapes_of(&s, "actor:0"), |x| matches!(x.primitive, Primitive::Polygon(_))), 0);
    // Sector names carry their size; the centre is a double circle.
    assert!(texts(shapes_of(&s, "sector:0")).contains(&"familie (4)"));
    assert_eq!(count(shapes_of(&s, "centre"), |x| matches!(x.primitive, Primitive::Circle { .. })), 2);
    assert_eq!(texts(shapes_of(&s, "ring:0")), vec!["binnenste"]);
    assert_eq!(
        texts(shapes_of(&s, "title")),
        vec!["Netwerkkaart – Noah", "Netwerk van: Noah · 12-03-2025 · wijkteam West"]
    );
}

#[test]
fn the_legend_lists_exactly_what_occurs() {
    use NetwerkkaartLegendKey::*;
    let mut n = sample_netwerkkaart();
    let keys = legend_keys(&n);
    assert!(keys.contains(&Verbinder));
    assert!(keys.contains(&Quality(crate::netwerkkaart::Quality::Conflict)));
    assert!(keys.contains(&Actor(ActorKind::Organisation)));
    assert_eq!(keys.iter().filter(|k| matches!(k, Support(_))).count(), 4);
    assert_eq!(keys.iter().filter(|k| matches!(k, Direction(_))).count(), 3);
    // A normal, neutral tie is one plain-line row, not two rows with the same sample.
    assert!(keys.contains(&PlainTie));
    assert!(!keys.contains(&Strength(crate::netwerkkaart::Strength::Normal)));
    assert!(!keys.contains(&Quality(crate::netwerkkaart::Quality::Neutral)));
    let legend = texts(shapes_of(&scene(&n, Lang::Nl), "legend")).into_iter().map(str::to_owned).collect::<Vec<_>>();
    for k in &keys {
        assert!(legend.contains(&k.label(Lang::Nl)), "{k:?} missing in {legend:?}");
    }
    // Remove the conflict tie, the verbinder flag and all organisations: they leave the legend.
    n.apply(Command::RemoveTie { id: TieId(1) }).unwrap();
    let mut ans = n.actor(ActorId(6)).unwrap().clone();
    ans.verbinder = false;
    n.apply(Command::UpdateActor { id: ActorId(6), actor: ans }).unwrap();
    n.apply(Command::RemoveActor { id: ActorId(8) }).unwrap();
    n.apply(Command::RemoveActor { id: ActorId(9) }).unwrap();
    let keys = legend_keys(&n);
    assert!(!keys.contains(&Verbinder));
    // With only strong ties the neutral quality is said on its own again.
    let mut strong = n.clone();
    for (id, t) in n.ties() {
        let mut t = t.clone();
        t.strength = crate::netwerkkaart::Strength::Strong;
        strong.apply(Command::UpdateTie { id, tie: t }).unwrap();
    }
    let strong_keys = legend_keys(&strong);
    assert!(!strong_keys.contains(&PlainTie), "{strong_keys:?}");
    assert!(strong_keys.contains(&Quality(crate::netwerkkaart::Quality::Neutral)), "{strong_keys:?}");
    assert!(!keys.contains(&Quality(crate::netwerkkaart::Quality::Conflict)));
    assert!(!keys.contains(&Actor(ActorKind::Organisation)));
    let legend = texts(shapes_of(&scene(&n, Lang::Nl), "legend")).join("|");
    assert!(
        !legend.contains("conflict") && !legend.contains("verbinder") && !legend.contains("organisatie"),
        "{legend}"
    );
}

#[test]
fn exports_to_svg_through_the_shared_exporter() {
    let s = scene(&sample_netwerkkaart(), Lang::En);
    let svg = crate::export::svg::to_svg(&s);
    assert!(svg.contains(r#"data-key="actor:6""#) && svg.contains(r#"data-key="sector:3""#));
    assert!(svg.contains("Network map – Noah"));
    // Bounds hold every shape, legend and title included.
    let b = s.bounds;
    assert!(b.min_x < -300.0 && b.max_x > 500.0 && b.min_y < -450.0);
}

#[test]
fn a_household_centre_and_an_empty_map_draw() {
    let n = Netwerkkaart::new(Centre::household("Gezin De Vries"));
    let s = scene(&n, Lang::Nl);
    assert!(matches!(shapes_of(&s, "centre")[0].primitive, Primitive::Rect { .. }));
    assert_eq!(s.items.iter().filter(|i| i.key.starts_with("sector:")).count(), 4);
    assert!(texts(shapes_of(&s, "sector:1")).contains(&"vrienden / kennissen (0)"));
    assert_eq!(legend_keys(&n), vec![NetwerkkaartLegendKey::Centre(CentreKind::Household)]);
}

/// The estimated box of each sector name on the map.
fn sector_label_boxes(s: &Scene) -> Vec<(String, crate::kernel::Bounds)> {
    s.items
        .iter()
        .filter(|i| i.key.starts_with("sector:"))
        .flat_map(|i| i.shapes.iter().filter(|sh| matches!(sh.primitive, Primitive::Text { .. })))
        .map(|sh| {
            let Primitive::Text { text, .. } = &sh.primitive else { unreachable!() };
            (text.clone(), crate::netwerkkaart::scene::draw::shapes_bounds([sh]).unwrap())
        })
        .collect()
}

#[test]
fn five_to_eight_sectors_have_names_that_do_not_collide() {
    let custom = ["kerk / moskee", "sport / vereniging", "werk", "school en opvang", "online contacten en gaming"];
    // Empty, evenly filled, and one crowded sector squeezing the others to the minimum.
    let fillings: [&dyn Fn(usize) -> usize; 3] = [&|_| 0, &|_| 2, &|i| if i == 1 { 14 } else { 0 }];
    for extra in 1..=4 {
        for (f, fill) in fillings.iter().enumerate() {
            let mut n = Netwerkkaart::new(Centre::person("Noah"));
            for (i, name) in custom.iter().take(extra).enumerate() {
                n.apply(Command::AddSector { id: SectorId(4 + i as u32), sector: Sector::custom(name) }).unwrap();
            }
            let sectors: Vec<SectorId> = n.sectors().map(|(id, _)| id).collect();
            for (i, sector) in sectors.iter().enumerate() {
                for k in 0..fill(i) {
                    let id = n.next_actor_id();
                    n.apply(Command::AddActor { id, actor: Actor::person(&format!("P{k}"), *sector) }).unwrap();
                }
            }
            let l = layout(&n);
            let s = build_netwerkkaart_scene(&n, &l, &NetwerkkaartSceneOptions::new(Lang::Nl));
            let boxes = sector_label_boxes(&s);
            assert_eq!(boxes.len(), 4 + extra);
            let r = l.outer_radius();
            for (i, (ta, a)) in boxes.iter().enumerate() {
                // Clear of the rings: the box's nearest point lies outside the outer circle.
                let nx = 0f64.clamp(a.min_x, a.max_x);
                let ny = 0f64.clamp(a.min_y, a.max_y);
                assert!(nx.hypot(ny) > r, "{ta} overlaps the rings ({} sectors, filling {f})", 4 + extra);
                for (tb, b) in &boxes[i + 1..] {
                    let apart = a.max_x + 4.0 <= b.min_x
                        || b.max_x + 4.0 <= a.min_x
                        || a.max_y + 2.0 <= b.min_y
                        || b.max_y + 2.0 <= a.min_y;
                    assert!(apart, "{ta} and {tb} collide ({} sectors, filling {f})", 4 + extra);
                }
            }
        }
    }
}

#[test]
fn neighbouring_wedges_never_share_a_tint() {
    for k in 2..=8u32 {
        let mut n = Netwerkkaart::bare(Centre::person("Noah"));
        for i in 0..k {
            n.apply(Command::AddSector { id: SectorId(i), sector: Sector::custom(&format!("s{i}")) }).unwrap();
        }
        let s = scene(&n, Lang::Nl);
        let tints: Vec<String> =
            (0..k).map(|i| format!("{:?}", shapes_of(&s, &format!("sector:{i}"))[0].style.fill)).collect();
        for i in 0..k as usize {
            let next = (i + 1) % k as usize;
            assert_ne!(tints[i], tints[next], "wedges {i} and {next} of {k}");
        }
    }
}

#[test]
fn standard_sector_names_are_never_cut() {
    let n = sample_netwerkkaart();
    for lang in [Lang::Nl, Lang::En] {
        let s = scene(&n, lang);
        for (id, sector) in n.sectors() {
            let item = s.item(&format!("sector:{}", id.0)).unwrap();
            let label = texts(&item.shapes).into_iter().find(|t| t.ends_with(')')).unwrap().to_owned();
            assert!(label.starts_with(&sector.label(lang)), "{lang:?}: {label:?} cut");
            assert!(!label.contains('…'), "{label:?}");
        }
    }
}
