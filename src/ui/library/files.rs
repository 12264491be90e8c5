//! Reading a file the user picked or dropped, without trusting its size.

use crate::format::{FormatError, MAX_INPUT_BYTES};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Reads `file` as bytes and calls `done` with them. A file over the format's size
/// limit is refused before it is read, so 50 MB of junk never enters memory.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Result<Vec<u8>, FormatError>) + 'static) {
    let size = file.size();
    if size > MAX_INPUT_BYTES as f64 {
        done(Err(FormatError::TooLarge { bytes: size as usize, limit: MAX_INPUT_BYTES }));
        return;
    }
    let promise = file.array_buffer();
    let on_read = Closure::once_into_js(move |buffer: JsValue| done(Ok(js_sys::Uint8Array::new(&buffer).to_vec())));
    let then = js_sys::Reflect::get(&promise, &JsValue::from_str("then"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call1(&promise, &on_read);
    }
}

/// The first file of a file input or a drop, if any.
pub fn first_file(files: Option<web_sys::FileList>) -> Option<web_sys::File> {
    files.and_then(|list| list.get(0))
}
