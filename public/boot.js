// Starts Kring without any network connection: the wasm module is embedded, gzipped and
// base64, in kring_wasm.js (written after the build by .ci/inline-wasm.mjs); the browser
// unpacks it with DecompressionStream and compiles it while it unpacks. The build renames
// both imports to content-hashed names (.ci/shell-files.mjs), so this file always loads
// the pair it was built with. The performance marks "kring:boot", "kring:module" and
// "kring:started" let tests/bench/feel.mjs say where start-up time goes.
import init from './kring.js';
import { WASM_GZIP_BASE64 } from './kring_wasm.js';

performance.mark('kring:boot');

function decode(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const text = atob(b64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The module as a Response (no request is made): wasm-bindgen then compiles it streaming. */
function wasmResponse() {
  if (typeof DecompressionStream !== 'function') {
    throw new Error('deze browser is te oud (geen DecompressionStream) / this browser is too old');
  }
  const stream = new Blob([decode(WASM_GZIP_BASE64)]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream, { headers: { 'Content-Type': 'application/wasm' } });
}

try {
  const module = wasmResponse();
  performance.mark('kring:module');
  await init({ module_or_path: module });
  performance.mark('kring:started');
} catch (err) {
  // A browser without WebAssembly, or a damaged build: say so instead of a white page.
  const banner = document.createElement('div');
  banner.className = 'crash-banner';
  banner.setAttribute('role', 'alert');
  banner.textContent = 'Kring kon niet starten / Kring could not start: ' + err;
  document.body.prepend(banner);
  throw err;
}

// The service worker (sw.js) keeps the app's files for starting offline. A new version
// on the host installs in the background and then waits; this script tells the app
// (the event "kring:update-ready", and <html data-kring-update="ready"> for an app that
// starts listening later), and the app's banner asks the user. Only when the user agrees,
// and nothing is unsaved, does the app send "kring:apply-update": then the waiting
// version takes over and this tab reloads. Other open tabs keep running as they are.
async function startWorker() {
  // Not available over plain http on another machine (not a secure context), nor where
  // the browser blocks site data: the app then works as before, online only.
  if (!('serviceWorker' in navigator)) return;
  let registration;
  try {
    registration = await navigator.serviceWorker.register('sw.js');
  } catch (err) {
    console.warn('Kring: offline use is not available here:', err);
    return;
  }
  const announce = () => {
    document.documentElement.dataset.kringUpdate = 'ready';
    window.dispatchEvent(new Event('kring:update-ready'));
  };
  // A worker that finishes installing while another one is active is an update.
  const watch = (worker) => worker?.addEventListener('statechange', () => {
    if (worker.state === 'installed' && registration.active) announce();
  });
  if (registration.waiting && registration.active) announce();
  watch(registration.installing);
  registration.addEventListener('updatefound', () => watch(registration.installing));

  window.addEventListener('kring:apply-update', () => {
    const waiting = registration.waiting;
    if (!waiting) {
      // Another tab already let the new version take over: this tab only reloads.
      location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage('kring:activate');
  });

  // A tab left open all day still hears of a new version: ask the host now and then,
  // and when the connection comes back. Offline, the check fails quietly.
  const check = () => registration.update().catch(() => {});
  setInterval(check, 60 * 60 * 1000);
  window.addEventListener('online', check);
}

startWorker();
