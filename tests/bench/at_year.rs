//! Family-in-a-year benchmark ("Peiljaar"): `cargo bench --bench at_year`.
//!
//! Generated genograms of 60 and 1,000 persons; times one scene build as it is now and
//! at the middle year of the family's span, interleaved so both see the same machine
//! load. Prints median and minimum in ms; the year is applied in the scene on the same
//! layout, so "year − now" is its whole cost (a slide re-lays nothing out).

#[path = "stats.rs"]
mod stats;
use stats::stats;
use std::time::Instant;

use kring::genogram::layout::{layout, LayoutOptions, Pins};
use kring::genogram::model::PartialDate;
use kring::genogram::scene::at_year::{is_born_by, year_span};
use kring::genogram::scene::generate::generate_genogram;
use kring::genogram::scene::{build_scene, layout_input, SceneOptions};
use kring::i18n::Lang;

fn main() {
    println!(
        "{:>7} {:>5} {:>6} {:>7} {:>17} {:>17} {:>9}",
        "persons", "runs", "year", "shown", "now ms", "at year ms", "year-now"
    );
    for (size, generations, runs) in [(60usize, 4usize, 400usize), (1_000, 6, 40)] {
        let g = generate_genogram(42, size, generations);
        let l = layout(&layout_input(&g), &Pins::default(), &LayoutOptions::default());
        let now = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
        let (first, last) = year_span(&g, 2025);
        let year = (first + last) / 2;
        let then = SceneOptions { at_year: Some(year), ..now.clone() };
        let shown = g.persons().filter(|(_, p)| is_born_by(p, year)).count();
        let (mut t_now, mut t_then) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let t = Instant::now();
            std::hint::black_box(build_scene(&g, &l, &now));
            t_now.push(t.elapsed());
            let t = Instant::now();
            std::hint::black_box(build_scene(&g, &l, &then));
            t_then.push(t.elapsed());
        }
        let ((now_med, now_min), (then_med, then_min)) = (stats(t_now), stats(t_then));
        println!(
            "{:>7} {:>5} {:>6} {:>7} {:>17} {:>17} {:>+8.1}%",
            g.person_count(),
            runs,
            year,
            shown,
            format!("{now_med:.3} ({now_min:.3})"),
            format!("{then_med:.3} ({then_min:.3})"),
            (then_med - now_med) / now_med * 100.0,
        );
    }
    println!("(median, min in parentheses; year: the middle of the family's span)");
}
