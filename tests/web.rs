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

mod crypt {
    use kring::crypt::{open, seal, CryptError};
    use wasm_bindgen_test::*;

    /// The salt and nonce come from crypto.getRandomValues (getrandom's wasm_js backend):
    /// two seals of the same text differ, and each opens with its password only.
    #[wasm_bindgen_test]
    fn sealing_in_the_browser_uses_fresh_randomness_and_round_trips() {
        let a = seal(b"{\"format\":\"kring\"}", "wachtwoord!").expect("seals in the browser");
        let b = seal(b"{\"format\":\"kring\"}", "wachtwoord!").expect("seals in the browser");
        assert_ne!(a[22..50], b[22..50], "salt and nonce differ");
        assert_eq!(open(&a, "wachtwoord!").unwrap(), b"{\"format\":\"kring\"}");
        assert_eq!(open(&b, "wachtwoord?").unwrap_err(), CryptError::WrongPassword);
    }
}

mod storage {
    use kring::editor::Editor;
    use kring::storage::browser::{request_persistence, BrowserStore};
    use kring::storage::{Library, SaveError, Store, StoreError};
    use wasm_bindgen_test::*;

    #[wasm_bindgen_test]
    fn local_storage_round_trips_text_and_lists_keys() {
        let mut store = BrowserStore::local().expect("localStorage in the test page");
        store.set("kring.test.rondje", "ü 🧪 \"\\ \u{0}").unwrap();
        assert_eq!(store.get("kring.test.rondje").as_deref(), Some("ü 🧪 \"\\ \u{0}"));
        assert!(store.keys().iter().any(|k| k == "kring.test.rondje"));
        store.remove("kring.test.rondje");
        assert_eq!(store.get("kring.test.rondje"), None);
        // Unsupported or refused, it never throws, and it always answers.
        request_persistence(|_granted| {});
    }

    #[wasm_bindgen_test]
    fn a_full_local_storage_gives_a_typed_quota_error_and_changes_nothing() {
        let mut store = BrowserStore::local().unwrap();
        let chunk = "x".repeat(1 << 20);
        let mut filler = Vec::new();
        let mut refused = None;
        for i in 0..64 {
            let key = format!("test.vulsel.{i}");
            match store.set(&key, &chunk) {
                Ok(()) => filler.push(key),
                Err(e) => {
                    refused = Some(e);
                    break;
                }
            }
        }
        // Top up with smaller pieces so not even a small document fits.
        let mut size = 1 << 19;
        for _ in 0..400 {
            if size == 0 {
                break;
            }
            let key = format!("test.vulsel.k{}", filler.len());
            if store.set(&key, &"y".repeat(size)).is_ok() {
                filler.push(key);
            } else {
                size /= 2;
            }
        }
        wasm_bindgen_test::console_log!("filled with {} keys, first refusal {:?}", filler.len(), refused);
        let mut lib = Library::new(store.clone());
        let doc = Editor::new_genogram("vol", "Vol", 1).to_document();
        let saved = lib.save(&doc, None);
        let left = store.get("kring.doc.vol");
        for key in &filler {
            store.remove(key);
        }
        assert_eq!(refused, Some(StoreError::Quota));
        assert_eq!(saved, Err(SaveError::Store(StoreError::Quota)));
        assert_eq!(left, None, "nothing half-written");
    }
}
