//! In-browser layout benchmark (wasm): the page `tests/bench/web/index.html` calls these
//! functions, runs elkjs and dagre on the same graphs and prints one table.
//!
//! Built only with the `bench-web` feature (`.ci/bench`), never by the app or the tests.

use std::cell::RefCell;
use std::fmt::Write;

use kring::genogram::layout::generate::{generate, GenerateOptions};
use kring::genogram::layout::quality::{count_crossings, count_overlaps, count_segment_crossings, Segment};
use kring::genogram::layout::{layout, Family, LayoutOptions, Pins, Point};
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: sub-millisecond, unlike `Date.now()`.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn perf_now() -> f64;
}

thread_local! {
    /// The family of the last [`bench_graph`] call, so timing excludes generation.
    static FAMILY: RefCell<Family> = RefCell::new(Family::default());
}

/// Nothing to start: the page drives the benchmark.
fn main() {}

/// Generate the benchmark family of `persons` persons over `generations` generations
/// (seed 42, as in the native bench), keep it for [`bench_ours`], and return it as a
/// graph for the other engines: `{"persons": P, "unions": U, "edges": [[from, to], …]}`
/// with persons as nodes `0..P`, one node per union after them, edges partner → union
/// node → child, and single parent → child.
#[wasm_bindgen]
pub fn bench_graph(persons: usize, generations: usize) -> String {
    let f = generate(42, &GenerateOptions::sized(persons, generations));
    let index: std::collections::HashMap<u32, usize> = f.persons.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
    let p = f.persons.len();
    let mut edges: Vec<(usize, usize)> = Vec::new();
    for (k, u) in f.unions.iter().enumerate() {
        let node = p + k;
        edges.push((index[&u.partners.0], node));
        if let Some(b) = u.partners.1 {
            edges.push((index[&b], node));
        }
        edges.extend(u.children.iter().map(|c| (node, index[&c.child])));
    }
    edges.extend(f.single_parent_links.iter().map(|l| (index[&l.parent], index[&l.child.child])));
    let mut out = format!("{{\"persons\":{p},\"unions\":{},\"edges\":[", f.unions.len());
    for (i, (a, b)) in edges.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        let _ = write!(out, "{sep}[{a},{b}]");
    }
    out.push_str("]}");
    FAMILY.with(|cell| *cell.borrow_mut() = f);
    out
}

/// Time our layout of the kept family: `runs` timed batches, each of as many layouts as
/// fill about 5 ms (the browser's clock is coarse); returns JSON with the median and
/// minimum time per layout in ms and the layout's crossings and overlaps.
#[wasm_bindgen]
pub fn bench_ours(runs: usize) -> String {
    FAMILY.with(|cell| {
        let f = cell.borrow();
        let o = LayoutOptions::default();
        let pins = Pins::default();
        let t0 = perf_now();
        let mut l = layout(&f, &pins, &o);
        let first = (perf_now() - t0).max(0.005);
        let batch = ((5.0 / first).ceil() as usize).clamp(1, 1000);
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs.max(1) {
            let t = perf_now();
            for _ in 0..batch {
                l = layout(&f, &pins, &o);
            }
            times.push((perf_now() - t) / batch as f64);
        }
        times.sort_by(f64::total_cmp);
        format!(
            "{{\"median\":{},\"min\":{},\"runs\":{},\"batch\":{batch},\"crossings\":{},\"overlaps\":{}}}",
            times[times.len() / 2],
            times[0],
            times.len(),
            count_crossings(&l),
            count_overlaps(&l, &o),
        )
    })
}

/// Time our layout from the same input elkjs and dagre get: the graph of [`bench_graph`]
/// as the page holds it, handed over as JSON text and turned into our [`Family`] inside
/// the timed run (parse, build, lay out), as the others build their graph inside theirs.
/// Birth order is the person's index, as the generator made them. Returns JSON with the
/// median and minimum ms and the runs.
#[wasm_bindgen]
pub fn bench_ours_from_graph(graph: &str, runs: usize) -> String {
    let o = LayoutOptions::default();
    let pins = Pins::default();
    let mut times = Vec::with_capacity(runs.max(1));
    let mut persons = 0;
    for _ in 0..runs.max(1) {
        let t = perf_now();
        let f = family_from_graph(graph);
        persons = f.persons.len();
        std::hint::black_box(layout(&f, &pins, &o));
        times.push(perf_now() - t);
    }
    times.sort_by(f64::total_cmp);
    format!(
        "{{\"median\":{},\"min\":{},\"runs\":{},\"persons\":{persons}}}",
        times[times.len() / 2],
        times[0],
        times.len()
    )
}

/// Our layout input from the engine-neutral graph: persons `0..P`, union nodes after
/// them (partner → union → child), and single-parent edges person → person.
fn family_from_graph(graph: &str) -> Family {
    use kring::genogram::layout::{FamilyChild, FamilyPerson, FamilyUnion, SingleParentLink};
    let v: serde_json::Value = serde_json::from_str(graph).expect("the page sends the graph of bench_graph");
    let p = v["persons"].as_u64().unwrap_or(0) as usize;
    let u = v["unions"].as_u64().unwrap_or(0) as usize;
    let mut f = Family::default();
    f.persons = (0..p).map(|i| FamilyPerson::new(i as u32).born(i as i64)).collect();
    f.unions = (0..u)
        .map(|k| FamilyUnion { id: k as u32, partners: (u32::MAX, None), order: k as i64, children: Vec::new() })
        .collect();
    for e in v["edges"].as_array().into_iter().flatten() {
        let (a, b) = (e[0].as_u64().unwrap_or(0) as usize, e[1].as_u64().unwrap_or(0) as usize);
        match (a < p, b < p) {
            (true, false) => {
                let union = &mut f.unions[b - p];
                if union.partners.0 == u32::MAX {
                    union.partners.0 = a as u32;
                } else {
                    union.partners.1 = Some(a as u32);
                }
            }
            (false, true) => f.unions[a - p].children.push(FamilyChild::biological(b as u32)),
            _ => f
                .single_parent_links
                .push(SingleParentLink { parent: a as u32, child: FamilyChild::biological(b as u32) }),
        }
    }
    f
}

/// Proper crossings among straight segments given flat as `[ax, ay, bx, by, …]` (the
/// routed edges of elkjs or dagre), counted by the same code as ours.
#[wasm_bindgen]
pub fn count_crossings_of_segments(flat: &[f64]) -> usize {
    let segs: Vec<Segment> = flat
        .chunks_exact(4)
        .map(|c| Segment { a: Point::new(c[0], c[1]), b: Point::new(c[2], c[3]) })
        .filter(|s| (s.a.x - s.b.x).abs() + (s.a.y - s.b.y).abs() > 1e-9)
        .collect();
    count_segment_crossings(&segs)
}

/// Time the whole SVG export of a generated genogram of `persons` persons, as the
/// export dialog does it: model → layout → scene → SVG text. Returns JSON with the
/// median and minimum ms over `runs` runs, the file size in bytes, and the median of
/// each stage.
#[wasm_bindgen]
pub fn bench_export(persons: usize, generations: usize, runs: usize) -> String {
    use kring::editor::drawing::draw_genogram;
    use kring::export::svg::to_svg;
    use kring::genogram::model::PartialDate;
    use kring::genogram::scene::{generate::generate_genogram, SceneOptions};
    use kring::i18n::Lang;
    let g = generate_genogram(42, persons, generations);
    let options = SceneOptions::new(Lang::Nl, PartialDate::year_only(2026).expect("a valid year"));
    let (mut total, mut draw_ms, mut svg_ms) = (Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0;
    for _ in 0..runs.max(1) {
        let t0 = perf_now();
        let drawing = draw_genogram(&g, &Pins::default(), &options);
        let t1 = perf_now();
        let svg = to_svg(&drawing.scene);
        let t2 = perf_now();
        bytes = svg.len();
        draw_ms.push(t1 - t0);
        svg_ms.push(t2 - t1);
        total.push(t2 - t0);
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let min = total.iter().copied().fold(f64::INFINITY, f64::min);
    format!(
        "{{\"persons\":{},\"median\":{},\"min\":{min},\"layout_scene\":{},\"to_svg\":{},\"bytes\":{bytes},\"runs\":{}}}",
        g.person_count(),
        median(&mut total),
        median(&mut draw_ms),
        median(&mut svg_ms),
        total.len()
    )
}

/// Time the Argon2id key derivation of "Versleuteld opslaan" with the parameters Kring
/// writes (19 MiB, 2 passes): returns JSON with the median and minimum ms over `runs`.
#[wasm_bindgen]
pub fn bench_derive(runs: usize) -> String {
    use kring::crypt::{derive, KdfParams};
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = perf_now();
            let key = derive("correct paard batterij", &KdfParams::OWASP, &[7; 16]).expect("derives");
            std::hint::black_box(key);
            perf_now() - t
        })
        .collect();
    times.sort_by(f64::total_cmp);
    format!("{{\"median\":{},\"min\":{},\"runs\":{}}}", times[times.len() / 2], times[0], times.len())
}
