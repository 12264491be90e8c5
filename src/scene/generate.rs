//! Generated genograms for the benchmark and large tests.
