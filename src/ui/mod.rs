//! Leptos components of the app.
pub fn start() {}
