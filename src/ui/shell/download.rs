//! Saving a file to the user's computer without any network: a Blob, an object URL and
//! a click on a temporary `<a download>`.

use wasm_bindgen::JsCast;

/// Offers `bytes` as a download named `file_name` with MIME type `mime`.
/// Returns `false` when the browser refused (the caller tells the user).
pub fn download_bytes(file_name: &str, mime: &str, bytes: &[u8]) -> bool {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    match web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) {
        Ok(blob) => download_blob(file_name, &blob),
        Err(_) => false,
    }
}

/// Offers text (UTF-8) as a download.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    download_bytes(file_name, mime, text.as_bytes())
}

/// Offers a `.kring.json` text as a download.
pub fn download_json(file_name: &str, text: &str) -> bool {
    download_text(file_name, "application/json", text)
}

/// Offers a Blob as a download.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return false };
    let Some(body) = document.body() else { return false };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return false };
    let done = document
        .create_element("a")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(file_name);
            // In the document while clicked: some browsers ignore a click on a detached link.
            let _ = body.append_child(&a);
            a.click();
            let _ = body.remove_child(&a);
        })
        .is_some();
    // The download reads the URL after this click returns; free it a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    done
}
