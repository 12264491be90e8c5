//! Layout: wedges, bands, no overlaps, every actor in its own cell, pins, drop cells.

use crate::kernel::Point;
use crate::netwerkkaart::layout::{footprint, layout, polar, NetwerkkaartLayout};
use crate::netwerkkaart::*;
use proptest::prelude::*;
use std::f64::consts::TAU;

/// Checks the layout's promises; returns a description of the first broken one.
fn check(net: &Netwerkkaart, l: &NetwerkkaartLayout) -> Result<(), String> {
    let half = l.params.actor_size / 2.0;
    for (id, a) in net.actors() {
        let place = l.actors.get(&id).ok_or(format!("{id} not placed"))?;
        if l.cell_at(place.pos) != Some((a.sector, a.ring)) || !l.in_cell(place.pos, a.sector, a.ring) {
            return Err(format!("{id} at {:?} outside its cell {:?}/{:?}", place.pos, a.sector, a.ring));
        }
        // The whole symbol stays inside the band and clear of the wedge edges.
        let (r0, r1) = l.band(a.ring);
        let r = place.pos.x.hypot(place.pos.y);
        if r - half < r0 - 1e-6 || r + half > r1 + 1e-6 {
            return Err(format!("{id} symbol crosses its band edge"));
        }
        let w = l.wedge(a.sector).unwrap();
        if w.end - w.start < TAU - 1e-9 {
            let ang = layout_angle(place.pos);
            for edge in [w.start, w.end] {
                let dist = r * (ang - edge).abs().min(std::f64::consts::FRAC_PI_2).sin();
                if dist < half - 1e-6 {
                    return Err(format!("{id} symbol crosses a wedge edge ({dist:.1})"));
                }
            }
        }
    }
    let ids: Vec<ActorId> = net.actors().map(|(id, _)| id).collect();
    let centre = crate::netwerkkaart::layout::centre_footprint(&l.params);
    for (i, a) in ids.iter().enumerate() {
        let fa = footprint(l.actors[a].pos, &l.params);
        // A pin stays where the professional put it, even over the centre's name.
        if !l.actors[a].pinned && fa.overlaps(&centre, 0.0) {
            return Err(format!("{a} overlaps the centre"));
        }
        for b in &ids[i + 1..] {
            // Two pins may overlap: the professional put them there.
            if l.actors[a].pinned && l.actors[b].pinned {
                continue;
            }
            if fa.overlaps(&footprint(l.actors[b].pos, &l.params), 0.0) {
                return Err(format!("{a} overlaps {b}"));
            }
        }
    }
    Ok(())
}

fn layout_angle(p: Point) -> f64 {
    crate::netwerkkaart::layout::angle_of(p)
}

#[test]
fn sample_network_has_no_overlaps_and_everyone_in_their_cell() {
    let n = sample_netwerkkaart();
    let l = layout(&n);
    check(&n, &l).unwrap();
    assert_eq!(l.actors.len(), 12);
    assert_eq!(l, layout(&n), "deterministic");
}

#[test]
fn wedges_follow_sector_order_and_size_with_a_minimum() {
    let mut n = sample_netwerkkaart();
    n.apply(Command::AddSector { id: SectorId(4), sector: Sector::custom("kerk") }).unwrap();
    let l = layout(&n);
    let ids: Vec<u32> = l.wedges.iter().map(|w| w.sector.0).collect();
    assert_eq!(ids, vec![0, 1, 2, 3, 4]);
    assert_eq!(l.wedges[0].start, 0.0);
    assert_eq!(l.wedges[4].end, TAU);
    for pair in l.wedges.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
    }
    let span = |i: usize| l.wedges[i].end - l.wedges[i].start;
    // Familie (4 actors) is wider than vrienden (2); the empty "kerk" still gets the minimum.
    assert!(span(0) > span(1));
    assert!((span(4) - l.params.min_sector_angle).abs() < 1e-9, "{}", span(4));
    // Familie and professionals both have 4 actors: equal wedges.
    assert!((span(0) - span(3)).abs() < 1e-9);
}

#[test]
fn a_crowded_cell_grows_its_band_into_sub_rows() {
    let mut n = Netwerkkaart::new(Centre::person("Noah"));
    for i in 0..16 {
        let id = n.next_actor_id();
        n.apply(Command::AddActor { id, actor: Actor::person(&format!("buur {i}"), SectorId(2)).in_ring(Ring::Inner) })
            .unwrap();
    }
    let l = layout(&n);
    check(&n, &l).unwrap();
    let (r0, r1) = l.band(Ring::Inner);
    assert!(r1 - r0 > l.params.ring_widths[0], "the inner band grew");
    let radii: std::collections::BTreeSet<i64> =
        l.actors.values().map(|p| (p.pos.x.hypot(p.pos.y)).round() as i64).collect();
    assert!(radii.len() > 1, "more than one sub-row");
    // The other bands keep their minimum width.
    let (m0, m1) = l.band(Ring::Middle);
    assert_eq!(m1 - m0, l.params.ring_widths[1]);
}

#[test]
fn a_pinned_actor_keeps_its_position_and_others_make_room() {
    let n0 = sample_netwerkkaart();
    let free = layout(&n0);
    // Pin Kevin (inner ring, familie) exactly where Fatima would go.
    let fatima = free.actors[&ActorId(0)].pos;
    let mut n = n0.clone();
    let mut kevin = n.actor(ActorId(2)).unwrap().clone();
    kevin.pin = Some(NetwerkkaartLayout::pin_at(fatima));
    n.apply(Command::UpdateActor { id: ActorId(2), actor: kevin }).unwrap();
    let l = layout(&n);
    check(&n, &l).unwrap();
    let k = l.actors[&ActorId(2)];
    assert!(k.pinned);
    assert!((k.pos.x - fatima.x.round()).abs() < 1e-9 && (k.pos.y - fatima.y.round()).abs() < 1e-9);
    assert_ne!(l.actors[&ActorId(0)].pos, fatima, "Fatima moved aside");
}

#[test]
fn a_pin_outside_its_cell_is_pulled_inside() {
    let mut n = sample_netwerkkaart();
    let mut marie = n.actor(ActorId(3)).unwrap().clone();
    marie.pin = Some(Pin { x: 0, y: 5 }); // in the centre zone, far from the outer ring
    n.apply(Command::UpdateActor { id: ActorId(3), actor: marie }).unwrap();
    let l = layout(&n);
    check(&n, &l).unwrap();
    assert!(l.actors[&ActorId(3)].pinned);
}

#[test]
fn cell_at_maps_drop_points_to_sector_and_ring() {
    let n = sample_netwerkkaart();
    let l = layout(&n);
    for w in &l.wedges {
        for ring in Ring::ALL {
            let (r0, r1) = l.band(*ring);
            let p = polar((r0 + r1) / 2.0, w.mid());
            assert_eq!(l.cell_at(p), Some((w.sector, *ring)));
        }
    }
    assert_eq!(l.cell_at(Point::new(0.0, -1.0)).map(|c| c.1), Some(Ring::Inner), "centre zone counts as inner");
    assert_eq!(l.cell_at(polar(l.outer_radius() + 500.0, 0.01)), Some((SectorId(0), Ring::Outer)));
    assert_eq!(layout(&Netwerkkaart::bare(Centre::default())).cell_at(Point::new(10.0, 10.0)), None);
}

/// A random map: 1–7 sectors, up to 40 actors with random sector, ring and sometimes a pin.
fn arb_map() -> impl Strategy<Value = Netwerkkaart> {
    (
        1usize..8,
        proptest::collection::vec(
            (0usize..8, 0usize..3, any::<bool>(), proptest::option::weighted(0.15, (-500i32..500, -500i32..500))),
            0..40,
        ),
    )
        .prop_map(|(sectors, actors)| {
            let mut n = Netwerkkaart::bare(Centre::person("C"));
            for i in 0..sectors {
                n.apply(Command::AddSector { id: SectorId(i as u32), sector: Sector::custom("s") }).unwrap();
            }
            for (s, ring, org, pin) in actors {
                let id = n.next_actor_id();
                let mut a = Actor::person("x", SectorId((s % sectors) as u32)).in_ring(Ring::from_index(ring));
                if org {
                    a.kind = ActorKind::Organisation;
                }
                a.pin = pin.map(|(x, y)| Pin { x, y });
                n.apply(Command::AddActor { id, actor: a }).unwrap();
            }
            n
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_maps_lay_out_without_overlaps_inside_their_cells(n in arb_map()) {
        let l = layout(&n);
        if let Err(e) = check(&n, &l) {
            prop_assert!(false, "{}", e);
        }
        prop_assert_eq!(&l, &layout(&n));
    }
}
#[test]
fn a_very_crowded_map_still_fits() {
    // 60 actors in one cell and 60 spread over the rest: no overlaps, bands sized by area.
    let mut n = Netwerkkaart::new(Centre::person("Noah"));
    for i in 0..120u32 {
        let id = n.next_actor_id();
        let (s, r) = if i < 60 { (1, Ring::Inner) } else { (i % 4, Ring::from_index(i as usize % 3)) };
        n.apply(Command::AddActor { id, actor: Actor::person("x", SectorId(s)).in_ring(r) }).unwrap();
    }
    let l = layout(&n);
    check(&n, &l).unwrap();
    assert!(l.radii.iter().all(|r| r.fract() == 0.0), "whole radii: {:?}", l.radii);
}
