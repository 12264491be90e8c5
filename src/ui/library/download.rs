//! Downloads made in the page: a Blob, an object URL and a clicked `<a download>`.
//! Nothing goes over the network.

use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file named `file_name` of type `mime`.
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(file_name);
    let body = document.body().ok_or_else(|| JsValue::from_str("no body"))?;
    body.append_child(&anchor)?;
    anchor.click();
    body.remove_child(&anchor)?;
    // The download has started; free the blob a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(10),
    );
    Ok(())
}

/// Offers a `.kring.json` text for download.
pub fn download_json(file_name: &str, text: &str) -> Result<(), JsValue> {
    download_text(file_name, text, "application/json")
}
