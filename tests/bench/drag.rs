//! Drag benchmark, native: `cargo bench --bench drag`. Prints figures; not a timed test.
//!
//! What one pointer move of a drag costs before the canvas gets it: pin the dragged
//! person a little further along (the edit), lay the family out around the pins and
//! build the scene, for the generated "Groot" families of 60, 300 and 1,000 persons
//! (the ones the Chromium drag bench drags). Each part is timed on its own, then the
//! whole step, so a change to one of them shows where it lands. Median and minimum in ms.

#[path = "big.rs"]
mod big;
#[path = "stats.rs"]
mod stats;
use big::big_genogram;
use stats::stats;
use std::hint::black_box;
use std::time::{Duration, Instant};

use kring::editor::drawing::draw_genogram;
use kring::genogram::edit::arrange::{pin_persons, pins_of};
use kring::genogram::layout::{layout, LayoutOptions};
use kring::genogram::model::{PartialDate, PersonId};
use kring::genogram::scene::{build_scene, layout_input_for, Anonymise, SceneOptions};
use kring::i18n::Lang;

fn main() {
    println!(
        "{:>7} {:>6} {:>17} {:>17} {:>17} {:>17} {:>17} {:>14}",
        "persons", "moves", "edit ms", "input ms", "layout ms", "scene ms", "whole step ms", "items changed"
    );
    for (n, moves) in [(60usize, 200usize), (300, 60), (761, 30), (1000, 20)] {
        let json = big_genogram(n).to_string();
        let doc = kring::format::KringDocument::from_json(&json).expect("a valid file");
        let mut g = doc.genogram().expect("a genogram").clone();
        let o = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
        let dragged = g.person_ids().nth(n / 2).expect("the middle person");
        let start = draw_genogram(&g, &pins_of(&g), &o).person_centre(dragged.get()).expect("laid out").0;
        let (mut edit, mut input, mut lay, mut scene, mut whole) = (vec![], vec![], vec![], vec![], vec![]);
        let mut changed = Vec::new();
        let mut last = draw_genogram(&g, &pins_of(&g), &o).scene;
        for i in 1..=moves {
            let x = start + (i % 60) as f64 * 5.0;
            let t = Instant::now();
            step(&mut g, dragged, x);
            edit.push(t.elapsed());
            let t = Instant::now();
            let family = black_box(layout_input_for(&g, Anonymise::Off, Lang::Nl));
            input.push(t.elapsed());
            let pins = pins_of(&g);
            let t = Instant::now();
            let l = black_box(layout(&family, &pins, &LayoutOptions::default()));
            lay.push(t.elapsed());
            let t = Instant::now();
            black_box(build_scene(&g, &l, &o));
            scene.push(t.elapsed());
            // The whole step as the canvas runs it, from the next place.
            let t = Instant::now();
            step(&mut g, dragged, x + 2.5);
            let d = black_box(draw_genogram(&g, &pins_of(&g), &o));
            whole.push(t.elapsed());
            // What the canvas has to touch: items that differ from the last move's.
            changed.push(d.scene.items.iter().filter(|i| last.item(&i.key) != Some(*i)).count());
            last = d.scene;
        }
        let s = |t: Vec<Duration>| {
            let (med, min) = stats(t);
            format!("{med:.3} ({min:.3})")
        };
        changed.sort_unstable();
        println!(
            "{n:>7} {moves:>6} {:>17} {:>17} {:>17} {:>17} {:>17} {:>7} of {:>4}",
            s(edit),
            s(input),
            s(lay),
            s(scene),
            s(whole),
            changed[changed.len() / 2],
            last.items.len()
        );
    }
}

/// One pointer move: the dragged person pinned at `x`.
fn step(g: &mut kring::genogram::model::Genogram, id: PersonId, x: f64) {
    if let Some(cmd) = pin_persons(g, &[(id, x)]) {
        g.apply(cmd).expect("a pin applies");
    }
}
