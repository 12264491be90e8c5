//! "Versleuteld opslaan" benchmark: `cargo bench --bench crypt`. Prints figures; not a
//! timed test. Times the Argon2id key derivation with the parameters Kring writes
//! (19 MiB, 2 passes, 1 lane), and sealing and opening a 1 MiB file (one derivation
//! each plus AES-256-GCM). The same derivation in Chromium: `make bench` (the web page).

use kring::crypt::{derive, open, seal, KdfParams};
use std::time::{Duration, Instant};

fn median_min(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(times[times.len() / 2]), ms(times[0]))
}

fn time(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    f();
    median_min(
        (0..runs)
            .map(|_| {
                let t = Instant::now();
                f();
                t.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let p = KdfParams::OWASP;
    println!("crypt: Argon2id m={} KiB t={} p={}, native (release)", p.memory_kib, p.passes, p.lanes);
    let (med, min) = time(9, || {
        std::hint::black_box(derive("correct paard batterij", &p, &[7; 16]).expect("derives"));
    });
    println!("crypt: key derivation       median {med:8.1} ms   min {min:8.1} ms");
    let plain: Vec<u8> = (0..1 << 20).map(|i: u32| (i % 97) as u8 + b' ').collect();
    let sealed = seal(&plain, "correct paard batterij").expect("seals");
    let (med, min) = time(5, || {
        std::hint::black_box(seal(&plain, "correct paard batterij").expect("seals"));
    });
    println!("crypt: seal 1 MiB           median {med:8.1} ms   min {min:8.1} ms");
    let (med, min) = time(5, || {
        std::hint::black_box(open(&sealed, "correct paard batterij").expect("opens"));
    });
    println!("crypt: open 1 MiB           median {med:8.1} ms   min {min:8.1} ms");
}
