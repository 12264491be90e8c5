//! Folding benchmark ("Inklappen"): `cargo bench --bench folding`.
//!
//! A generated genogram of 61 persons and tests/fixtures/generated_family.kring.json
//! (the generator's 1,002 persons, index person where folding matters); times the whole
//! pipeline (layout and scene) for the whole
//! family and folded around the index person (three up, two down), interleaved so both
//! see the same machine load, plus the visibility rule alone. Prints median and
//! minimum in ms, persons drawn and the drawing's width.

#[path = "stats.rs"]
mod stats;
use stats::stats;
use std::time::{Duration, Instant};

use kring::editor::drawing::draw_genogram;
use kring::genogram::folding::{folded_copy, visibility};
use kring::genogram::layout::Pins;
use kring::genogram::model::{Command, Focus, Folding, PartialDate};
use kring::genogram::scene::generate::generate_genogram;
use kring::genogram::scene::SceneOptions;
use kring::i18n::Lang;

fn main() {
    println!(
        "{:>7} {:>5} {:>6} {:>17} {:>17} {:>15} {:>15} {:>9} {:>9}",
        "persons", "runs", "shown", "whole ms", "folded ms", "rule ms", "copy ms", "width", "folded w"
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/generated_family.kring.json");
    let file = std::fs::read_to_string(path).expect("the fixture");
    let large = kring::format::KringDocument::from_json(&file).expect("a valid file").genogram().unwrap().clone();
    for (whole, runs) in [(generate_genogram(42, 60, 4), 200usize), (large, 20)] {
        let focus = whole.index_person().expect("the generator marks an index person");
        let mut folded = whole.clone();
        folded.apply(Command::SetFolding { folding: Some(Folding::new(Focus::on(focus))) }).unwrap();
        let o = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
        let f = folded.folding().unwrap().clone();
        let v = visibility(&folded, &f);
        let (mut t_whole, mut t_folded, mut t_rule, mut t_copy) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut w_whole, mut w_folded) = (0.0, 0.0);
        for _ in 0..runs {
            let t = Instant::now();
            w_whole = draw_genogram(&whole, &Pins::default(), &o).scene.bounds.width();
            t_whole.push(t.elapsed());
            let t = Instant::now();
            w_folded = draw_genogram(&folded, &Pins::default(), &o).scene.bounds.width();
            t_folded.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(visibility(&folded, &f));
            t_rule.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(folded_copy(&folded, &v.visible));
            t_copy.push(t.elapsed());
        }
        let s = |t: Vec<Duration>| {
            let (med, min) = stats(t);
            format!("{med:.3} ({min:.3})")
        };
        println!(
            "{:>7} {:>5} {:>6} {:>17} {:>17} {:>15} {:>15} {:>9.0} {:>9.0}",
            whole.person_count(),
            runs,
            v.visible.len(),
            s(t_whole),
            s(t_folded),
            s(t_rule),
            s(t_copy),
            w_whole,
            w_folded,
        );
    }
    println!("(median, min in parentheses; folded: index person, three up, two down)");
}
