//! Netwerkkaart benchmark: `cargo bench --bench netwerkkaart`.
//!
//! Maps of 30, 100 and 300 actors (four sectors, all three rings, a tie from the centre
//! to everyone and one between every third actor and the next), as a large wijkteam map
//! and beyond. Times the layout alone and layout + scene (what one edit costs), median
//! and minimum in ms. Goals from issue #19: layout ≤ 1 / 5 / 30 ms.

#[path = "stats.rs"]
mod stats;
use stats::stats;
use std::time::Instant;

use kring::i18n::Lang;
use kring::netwerkkaart::layout::layout;
use kring::netwerkkaart::scene::{build_netwerkkaart_scene, NetwerkkaartSceneOptions};
use kring::netwerkkaart::{
    Actor, Centre, Command, Direction, Netwerkkaart, Quality, Ring, SectorId, Strength, SupportSet, Tie, TieEnd,
};

/// A map of `n` actors spread over the four standard sectors and the three rings.
fn map(n: usize) -> Netwerkkaart {
    let mut net = Netwerkkaart::new(Centre::person("Noah"));
    let rings = [Ring::Inner, Ring::Middle, Ring::Outer];
    let mut ids = Vec::with_capacity(n);
    for i in 0..n {
        let sector = SectorId((i % 4) as u32);
        let actor = Actor::person(&format!("Persoon {i} met een lange naam"), sector).in_ring(rings[i % 3]);
        let id = net.next_actor_id();
        net.apply(Command::AddActor { id, actor }).expect("actor");
        ids.push(id);
    }
    let add = |net: &mut Netwerkkaart, from: TieEnd, to| {
        let id = net.next_tie_id();
        let tie = Tie {
            from,
            to,
            strength: Strength::Normal,
            quality: Quality::Positive,
            direction: Direction::Mutual,
            support: SupportSet::default(),
            frequency: None,
            notes: String::new(),
        };
        net.apply(Command::AddTie { id, tie }).expect("tie");
    };
    for &a in &ids {
        add(&mut net, TieEnd::Centre, a);
    }
    for w in ids.chunks(3) {
        if let [a, b, ..] = w {
            add(&mut net, TieEnd::Actor(*a), *b);
        }
    }
    net
}

fn main() {
    println!("{:>6} {:>5} {:>19} {:>21} {:>6}", "actors", "runs", "layout ms (min)", "layout+scene ms (min)", "goal");
    let opts = NetwerkkaartSceneOptions::new(Lang::Nl);
    for (n, runs, goal) in [(30usize, 200usize, 1.0), (100, 60, 5.0), (300, 15, 30.0)] {
        let net = map(n);
        let (mut lay, mut all) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
        for _ in 0..runs {
            let t = Instant::now();
            let l = std::hint::black_box(layout(std::hint::black_box(&net)));
            lay.push(t.elapsed());
            let t = Instant::now();
            let l2 = layout(std::hint::black_box(&net));
            std::hint::black_box(build_netwerkkaart_scene(&net, &l2, &opts));
            all.push(t.elapsed());
            drop(l);
        }
        let ((lm, lmin), (am, amin)) = (stats(lay), stats(all));
        let met = if lm <= goal { "≤" } else { ">" };
        println!(
            "{n:>6} {runs:>5} {:>19} {:>21} {met}{goal}",
            format!("{lm:.2} ({lmin:.2})"),
            format!("{am:.2} ({amin:.2})")
        );
    }
}
