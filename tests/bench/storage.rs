//! Storage benchmark: `cargo bench --bench storage`. Prints figures; not a timed test.
//!
//! Builds a 1,000-person genogram (couples with two children each, every person with
//! names, a birth date, a residence and a note), then times, in the in-memory store:
//! save (serialise + write document + update index), load (read + parse + check),
//! reconcile of a library of 20 such documents, and a library export.

use kring::format::KringDocument;
use kring::storage::{Library, MemoryStore, Store};
#[path = "big.rs"]
mod big;
use big::big_genogram;
use std::time::{Duration, Instant};

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[0])
}

fn main() {
    let doc = KringDocument::from_value(big_genogram(1_000)).expect("the generated genogram is valid");
    let persons = doc.genogram().map_or(0, |g| g.person_count());
    let text = doc.to_json();
    println!("document: {persons} persons, {} KiB of JSON", text.len() / 1024);
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let row = |what: &str, (median, min): (Duration, Duration)| {
        println!("{what:<44} median {:>7.2} ms   min {:>7.2} ms", ms(median), ms(min));
    };

    let mut lib = Library::new(MemoryStore::new());
    let mut stamp = lib.save(&doc, None).expect("saves");
    row(
        "save (to_json + write doc + index), goal 10",
        time(40, || {
            stamp = lib.save(&doc, Some(&stamp)).expect("saves");
        }),
    );
    // A changed document, so the write is not skipped as identical.
    let mut n = 0i64;
    let mut changed = doc.clone();
    row(
        "save of a changed document",
        time(40, || {
            n += 1;
            changed.modified = n;
            stamp = lib.save(&changed, Some(&stamp)).expect("saves");
        }),
    );
    row("load (read + parse + check), goal 10", time(40, || lib.load("groot").expect("loads")));
    row("serialise only (to_json)", time(40, || doc.to_json()));
    row("parse only (from_bytes)", time(40, || KringDocument::from_bytes(text.as_bytes()).expect("parses")));

    let mut big = Library::new(MemoryStore::new());
    for i in 0..20 {
        let mut d = doc.clone();
        d.id = format!("d{i}");
        big.save(&d, None).expect("saves");
    }
    row("reconcile 20 docs, index fresh", time(20, || big.reconcile()));
    row(
        "reconcile 20 docs, index lost",
        time(10, || {
            big.store_mut().set("kring.index", "weg").expect("writes");
            big.reconcile()
        }),
    );
    row("export library of 20 docs", time(10, || big.export_all(0)));
}
