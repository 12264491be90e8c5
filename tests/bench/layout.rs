//! Layout benchmark: `cargo bench --bench layout`.
//!
//! Generates families of 60, 1,000 and 10,000 persons, lays each out repeatedly and
//! prints median/min times with the quality measures and the stability figure (mean
//! displacement of everyone else when one child is added).

use std::time::{Duration, Instant};

use kring::genogram::layout::generate::{generate, GenerateOptions};
use kring::genogram::layout::quality::{
    centring_errors, count_crossings, count_overlaps, mean_centring_error, mean_displacement,
};
use kring::genogram::layout::{layout, FamilyChild, FamilyPerson, LayoutOptions, Pins};

fn main() {
    let o = LayoutOptions::default();
    println!(
        "{:>7} {:>6} {:>9} {:>9} {:>10} {:>9} {:>10} {:>8} {:>17} {:>10} {:>9}",
        "persons",
        "runs",
        "median",
        "min",
        "crossings",
        "overlaps",
        "width",
        "centring",
        "p50/p95/max",
        "displaced",
        "count"
    );
    for (size, generations, runs) in [(60usize, 4usize, 400usize), (1_000, 6, 60), (10_000, 7, 12)] {
        let f = generate(42, &GenerateOptions::sized(size, generations));
        let mut times: Vec<Duration> = Vec::with_capacity(runs);
        let mut l = layout(&f, &Pins::default(), &o);
        for _ in 0..runs {
            let t = Instant::now();
            // black_box on input and output: the same family every run must not let the
            // optimiser hoist or drop the work.
            l = std::hint::black_box(layout(std::hint::black_box(&f), &Pins::default(), &o));
            times.push(t.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;

        let t = Instant::now();
        let crossings = count_crossings(&l);
        let overlaps = count_overlaps(&l, &o);
        let count_time = t.elapsed();
        // The tail of the centring error matters more than its mean: one family far from
        // its parents is what a reader notices.
        let mut errs = centring_errors(&l);
        errs.sort_by(f64::total_cmp);
        let pct = |p: f64| errs.get(((errs.len() as f64 - 1.0) * p).round() as usize).copied().unwrap_or(0.0);
        let tail = format!("{:.0}/{:.0}/{:.0}", pct(0.5), pct(0.95), pct(1.0));

        // Stability: one more child for a union in the middle of the list.
        let mut g = f.clone();
        let ui = g.unions.len() / 2;
        let id = g.max_person_id() + 1;
        g.persons.push(FamilyPerson::new(id).born(i64::MAX / 2));
        g.unions[ui].children.push(FamilyChild::biological(id));
        let after = layout(&g, &Pins::default(), &o);

        println!(
            "{:>7} {:>6} {:>7.3}ms {:>7.3}ms {:>10} {:>9} {:>10.0} {:>8.1} {:>17} {:>10.1} {:>7.0}ms",
            f.persons.len(),
            runs,
            ms(times[runs / 2]),
            ms(times[0]),
            crossings,
            overlaps,
            l.bounds.width(),
            mean_centring_error(&l),
            tail,
            mean_displacement(&l, &after),
            ms(count_time),
        );
    }
}
