//! In-browser unit tests (wasm-bindgen-test, headless Chromium) for code that needs
//! web APIs. Natively this file is empty; `.ci/test` runs it in the browser.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

#[wasm_bindgen_test]
fn crash_banner_shows_hostile_message_as_text() {
    let hostile = "<img src=x onerror=alert(1)> \"&' 🧪";
    kring::ui::show_crash_banner(hostile);
    let banner = document().query_selector("[data-testid=crash-banner]").unwrap().expect("banner in page");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    let pre = banner.query_selector("pre").unwrap().unwrap();
    assert_eq!(pre.text_content().as_deref(), Some(hostile));
    assert!(banner.query_selector("img").unwrap().is_none(), "message must not become markup");
}
