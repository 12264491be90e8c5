//! Exporting a [`crate::kernel::Scene`] to files.

pub mod svg;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
