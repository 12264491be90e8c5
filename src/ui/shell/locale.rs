//! The current UI language, shared through context and kept in local storage.

use crate::i18n::{Lang, Texts};
use crate::storage::browser::BrowserStore;
use crate::storage::Store;
use leptos::prelude::*;

/// localStorage key of the chosen language.
pub const LANG_KEY: &str = "kring.lang";

/// The language signal every component reads its strings through.
#[derive(Clone, Copy)]
pub struct Locale(pub RwSignal<Lang>);

impl Locale {
    /// Reads the stored choice (Dutch when there is none, it is unreadable or storage
    /// is blocked), keeps `<html lang>` in step and stores every later change.
    pub fn install() -> Locale {
        // Never `expect` storage: with site data blocked, merely touching
        // `window.localStorage` throws, and the app must start all the same.
        let stored = BrowserStore::local()
            .ok()
            .and_then(|store| store.get(LANG_KEY))
            .and_then(|code| Lang::from_code(&code))
            .unwrap_or_default();
        let lang = RwSignal::new(stored);
        Effect::new(move |_| {
            let lang = lang.get();
            if let Some(html) = document().document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            // A refused write (private mode, full quota) only means the choice is not
            // remembered; the app keeps working in the chosen language.
            if let Ok(mut store) = BrowserStore::local() {
                let _ = store.set(LANG_KEY, lang.code());
            }
        });
        let locale = Locale(lang);
        provide_context(locale);
        locale
    }
}

/// The current message table; re-evaluates when the language changes.
pub fn use_texts() -> Signal<&'static Texts> {
    let Locale(lang) = expect_context::<Locale>();
    Signal::derive(move || lang.get().texts())
}
