//! Browser entry point: install the panic hooks, then mount the app.

fn main() {
    kring::ui::start();
}
