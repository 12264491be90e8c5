//! What the native benches share: the median and minimum of timed runs.

use std::time::Duration;

/// Median and minimum of `times`, in ms.
pub fn stats(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (ms(times[times.len() / 2]), ms(times[0]))
}
