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
    let centre_r = crate::netwerkkaart::scene::draw::CENTRE_R;
    // Pairs of actors whose straight line would pass over the centre circle.
    let ids: Vec<ActorId> = n.actors().map(|(id, _)| id).collect();
    let mut across = Vec::new();
    for (i, &a) in ids.iter().enumerate() {
        for &b in &ids[i + 1..] {
            let (pa, pb) = (l.position(a).unwrap(), l.position(b).unwrap());
            let tied = n.ties().any(|(_, t)| t.touches(a) && t.touches(b) && !t.is_centre_tie());
            if !tied && crate::netwerkkaart::scene::ties::distance_to_centre(&[pa, pb]) < centre_r {
                across.push((a, b));
            }
        }
    }
    assert!(across.len() >= 3, "the test needs ties whose straight line crosses the centre ({across:?})");
    // One tie per line style: double, plain, dashed, zigzag, with arrows either way.
    for (k, &(a, b)) in across.iter().take(6).enumerate() {
        let mut t = Tie::between(a, b);
        t.strength = [Strength::Strong, Strength::Normal, Strength::Weak][k % 3];
        t.quality = [Quality::Positive, Quality::Conflict, Quality::Stressful, Quality::Neutral][k % 4];
        t.direction = [Direction::Gives, Direction::Mutual, Direction::Receives][k % 3];
        let id = n.next_tie_id();
        n.apply(Command::AddTie { id, tie: t }).unwrap();
    }
    let r = centre_r + 4.0;
    assert_eq!(ties_through_centre(&n, r), vec![]);
    assert_eq!(ties_through_centre(&sample_netwerkkaart(), r), vec![], "the sample stays clear too");
}
