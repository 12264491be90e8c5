//! Ties between two actors are never drawn through the centre.

use crate::i18n::Lang;
use crate::kernel::{Point, Primitive, Shape};
use crate::netwerkkaart::layout::layout;
use crate::netwerkkaart::model::fixtures::sample_netwerkkaart;
use crate::netwerkkaart::model::vocab::{Direction, Quality, Strength};
use crate::netwerkkaart::scene::{build_netwerkkaart_scene, NetwerkkaartSceneOptions};
use crate::netwerkkaart::*;

/// Points of the lines a shape draws.
fn line_points(s: &Shape) -> Vec<Point> {
    match &s.primitive {
        Primitive::Line { x1, y1, x2, y2 } => vec![Point::new(*x1, *y1), Point::new(*x2, *y2)],
        Primitive::Polyline(p) => p.clone(),
        _ => Vec::new(),
    }
}

/// Ties between two actors whose drawn lines come within `r` of the centre.
pub(crate) fn ties_through_centre(n: &Netwerkkaart, r: f64) -> Vec<TieId> {
    let s = build_netwerkkaart_scene(n, &layout(n), &NetwerkkaartSceneOptions::new(Lang::Nl));
    n.ties()
        .filter(|(_, t)| !t.is_centre_tie())
        .filter(|(id, _)| {
            let item = s.item(&format!("tie:{}", id.0)).expect("every tie is drawn");
            let d = item
                .shapes
                .iter()
                .map(|sh| crate::netwerkkaart::scene::ties::distance_to_centre(&line_points(sh)))
                .fold(f64::INFINITY, f64::min);
            d < r
        })
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn a_tie_between_actors_bends_around_the_centre() {
    let mut n = sample_netwerkkaart();
    let l = layout(&n);
    // Ties across the map, in every line style: each pair's straight line passes the centre.
    let pairs = [(3u32, 6u32), (2, 7), (1, 10), (0, 9), (5, 8)];
    let mut across = 0;
    for (k, &(a, b)) in pairs.iter().enumerate() {
        let (pa, pb) = (l.position(ActorId(a)).unwrap(), l.position(ActorId(b)).unwrap());
        let straight = crate::netwerkkaart::scene::ties::distance_to_centre(&[pa, pb]);
        if straight < crate::netwerkkaart::scene::draw::CENTRE_R {
            across += 1;
        }
        let mut t = Tie::between(ActorId(a), ActorId(b));
        t.strength = [Strength::Strong, Strength::Normal, Strength::Weak][k % 3];
        t.quality = [Quality::Positive, Quality::Conflict, Quality::Stressful, Quality::Neutral][k % 4];
        t.direction = [Direction::Gives, Direction::Mutual, Direction::Receives][k % 3];
        let id = n.next_tie_id();
        n.apply(Command::AddTie { id, tie: t }).unwrap();
    }
    assert!(across >= 3, "the test needs ties whose straight line crosses the centre ({across})");
    let r = crate::netwerkkaart::scene::draw::CENTRE_R + 4.0;
    assert_eq!(ties_through_centre(&n, r), vec![]);
    assert_eq!(ties_through_centre(&sample_netwerkkaart(), r), vec![], "the sample stays clear too");
}
