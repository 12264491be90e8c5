//! Export benchmark: `cargo bench --bench export`.
//!
//! Generated genograms of 1,000 and 10,000 persons; times the four steps of an SVG
//! export separately (model → layout input, layout, scene, SVG text) and prints the
//! median and minimum in ms and the SVG size.

use std::time::{Duration, Instant};

use kring::export::svg::to_svg;
use kring::genogram::layout::{layout, LayoutOptions, Pins};
use kring::genogram::model::PartialDate;
use kring::genogram::scene::generate::generate_genogram;
use kring::genogram::scene::{build_scene, layout_input, SceneOptions};
use kring::i18n::Lang;

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (T, Duration, Duration) {
    let mut times = Vec::with_capacity(runs);
    let mut out = f();
    for _ in 0..runs {
        let t = Instant::now();
        // black_box: the optimiser may not drop or hoist work whose result looks unused.
        out = std::hint::black_box(f());
        times.push(t.elapsed());
    }
    times.sort();
    (out, times[runs / 2], times[0])
}

fn main() {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let opts = SceneOptions::new(Lang::Nl, PartialDate::ymd(2025, 1, 15).unwrap());
    let lo = LayoutOptions::default();
    println!(
        "{:>7} {:>5} {:>13} {:>13} {:>13} {:>13} {:>13} {:>9} {:>7}",
        "persons", "runs", "input ms", "layout ms", "scene ms", "to_svg ms", "total ms", "svg KiB", "shapes"
    );
    for (size, generations, runs) in [(1_000usize, 6usize, 30usize), (10_000, 7, 8)] {
        let g = generate_genogram(42, size, generations);
        let (family, t_in, m_in) = time(runs, || layout_input(&g));
        let (l, t_lay, m_lay) = time(runs, || layout(&family, &Pins::default(), &lo));
        let (scene, t_sc, m_sc) = time(runs, || build_scene(&g, &l, &opts));
        let (svg, t_svg, m_svg) = time(runs, || to_svg(&scene));
        let shapes: usize = scene.items.iter().map(|i| i.shapes.len()).sum();
        let f = |t: Duration, m: Duration| format!("{:.2} ({:.2})", ms(t), ms(m));
        println!(
            "{:>7} {:>5} {:>13} {:>13} {:>13} {:>13} {:>13.2} {:>9} {:>7}",
            g.person_count(),
            runs,
            f(t_in, m_in),
            f(t_lay, m_lay),
            f(t_sc, m_sc),
            f(t_svg, m_svg),
            ms(t_in + t_lay + t_sc + t_svg),
            svg.len() / 1024,
            shapes
        );
    }
    println!("(median, min in parentheses)");
}
