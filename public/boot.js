// Starts Kring without any network connection: the wasm module is embedded, base64, in
// kring_wasm.js (written after the build by .ci/inline-wasm.mjs) and compiled from bytes.
import init from './kring.js';
import { WASM_BASE64 } from './kring_wasm.js';

function decode(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const text = atob(b64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

try {
  await init({ module_or_path: decode(WASM_BASE64) });
} catch (err) {
  // A browser without WebAssembly, or a damaged build: say so instead of a white page.
  const banner = document.createElement('div');
  banner.className = 'crash-banner';
  banner.setAttribute('role', 'alert');
  banner.textContent = 'Kring kon niet starten / Kring could not start: ' + err;
  document.body.prepend(banner);
  throw err;
}
