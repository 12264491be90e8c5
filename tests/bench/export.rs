//! Export benchmark: `cargo bench --bench export`.
fn main() {}
