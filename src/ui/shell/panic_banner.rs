//! A panic must never leave the user with a white screen: show what happened.

use crate::i18n::Lang;
use std::panic;

/// Chains `console_error_panic_hook` (message and stack in the console) with a hook
/// that puts a visible banner at the top of the page. The banner is plain DOM, built
/// without Leptos, because the reactive runtime may be what panicked.
pub fn install() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_banner(&info.to_string());
    }));
}

/// Puts the crash banner with `message` at the top of the page (as text, never HTML).
pub fn show_banner(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let texts = lang.texts();
    let Ok(banner) = document.create_element("div") else {
        return;
    };
    banner.set_class_name("crash-banner");
    let _ = banner.set_attribute("role", "alert");
    let _ = banner.set_attribute("data-testid", "crash-banner");
    for (tag, text) in [("strong", texts.crash_title), ("p", texts.crash_advice), ("pre", message)] {
        if let Ok(el) = document.create_element(tag) {
            // text content, never HTML: the message may quote user data
            el.set_text_content(Some(text));
            let _ = banner.append_child(&el);
        }
    }
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&banner);
    }
}
