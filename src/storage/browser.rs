//! The browser's `localStorage` as a [`Store`]. Thin: every rule lives in the library.
//! Compiles everywhere; only works in a page.

use super::store::{Store, StoreError};
use wasm_bindgen::{JsCast, JsValue};

/// `window.localStorage`.
#[derive(Clone, Debug)]
pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// The page's local storage, or why it cannot be used (blocked by the browser's
    /// settings, or no page).
    pub fn local() -> Result<BrowserStore, StoreError> {
        let window = web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        // Probe with web-sys first: gloo-storage's handle panics (throws) when the
        // browser blocks site data, and a blocked store must be an answer, not a crash.
        match window.local_storage() {
            Ok(Some(_)) => Ok(BrowserStore { storage: <gloo_storage::LocalStorage as gloo_storage::Storage>::raw() }),
            Ok(None) => Err(StoreError::Unavailable("no localStorage".into())),
            Err(e) => Err(StoreError::Unavailable(error_name(&e).unwrap_or_else(|| "SecurityError".into()))),
        }
    }
}

/// The `name` of a DOM exception (e.g. `QuotaExceededError`).
fn error_name(e: &JsValue) -> Option<String> {
    js_sys::Reflect::get(e, &JsValue::from_str("name")).ok()?.as_string()
}

/// Whether a refused write means "storage full" (named differently by engines).
fn is_quota(e: &JsValue) -> bool {
    matches!(error_name(e).as_deref(), Some("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"))
        || js_sys::Reflect::get(e, &JsValue::from_str("code")).ok().and_then(|c| c.as_f64()) == Some(22.0)
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|e| {
            if is_quota(&e) {
                StoreError::Quota
            } else {
                StoreError::Unavailable(error_name(&e).unwrap_or_else(|| "unknown".into()))
            }
        })
    }

    fn remove(&mut self, key: &str) {
        let _ = self.storage.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let n = self.storage.length().unwrap_or(0);
        (0..n).filter_map(|i| self.storage.key(i).ok().flatten()).collect()
    }
}

/// Asks the browser to keep this site's storage under storage pressure
/// (`navigator.storage.persist()`) and calls `done` with its answer: `true` when the
/// storage is (now) persistent, `false` when the browser said no, has no such API, or
/// failed. Saving works the same either way; the answer only decides whether the user
/// is told that the browser may clear the library.
pub fn request_persistence(done: impl FnOnce(bool) + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    let done = Rc::new(RefCell::new(Some(done)));
    let answer = {
        let done = done.clone();
        move |granted: bool| {
            if let Some(f) = done.borrow_mut().take() {
                f(granted);
            }
        }
    };
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("storage")).ok())
        .filter(|m| m.is_object())
        .and_then(|manager| {
            let persist = js_sys::Reflect::get(&manager, &JsValue::from_str("persist")).ok()?;
            persist.dyn_ref::<js_sys::Function>()?.call0(&manager).ok().filter(|p| p.is_object())
        });
    let Some(promise) = promise else { return answer(false) };
    let on_value = {
        let answer = answer.clone();
        wasm_bindgen::closure::Closure::once_into_js(move |v: JsValue| answer(v.as_bool() == Some(true)))
    };
    let on_error = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| answer(false));
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &on_value, &on_error);
    }
}

/// The name of the one Web Lock every tab of this site takes around each write to the
/// library (a document and the index together), so one tab's read–compare–write never
/// interleaves with another's.
pub const LIBRARY_LOCK: &str = "kring.library";

/// Runs `f` while holding [`LIBRARY_LOCK`] (`navigator.locks.request`), exclusively
/// among every tab of this site; `f` runs later, once the lock is granted, and the lock
/// is released when it returns. Where the browser has no Web Locks (older browsers,
/// no page) or refuses the request, `f` runs at once: the stamp check still refuses a
/// write over a version this tab has not seen.
pub fn with_library_lock(f: impl FnOnce() + 'static) {
    use std::cell::RefCell;
    use std::rc::Rc;
    let f = Rc::new(RefCell::new(Some(f)));
    let run = {
        let f = f.clone();
        move || {
            if let Some(f) = f.borrow_mut().take() {
                f();
            }
        }
    };
    let locks = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("locks")).ok())
        .filter(|l| l.is_object());
    let request = locks
        .as_ref()
        .and_then(|l| js_sys::Reflect::get(l, &JsValue::from_str("request")).ok())
        .and_then(|r| r.dyn_into::<js_sys::Function>().ok());
    let (Some(locks), Some(request)) = (locks, request) else { return run() };
    let granted = {
        let run = run.clone();
        // Returns nothing (not a promise), so the lock is released as soon as it returns.
        wasm_bindgen::closure::Closure::once_into_js(move |_lock: JsValue| run())
    };
    // The request only fails for a bad name or a page being torn down; then write now.
    // (Its promise rejects only if `f` throws, which a Rust panic aborts anyway.)
    if request.call2(&locks, &JsValue::from_str(LIBRARY_LOCK), &granted).is_err() {
        run();
    }
}
