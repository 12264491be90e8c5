// Kring's service worker: keeps the app's own files (the "shell") so that, after one
// visit, the app starts with the network cut off. A new version on the host is fetched
// in the background, waits, and takes over only when the user says so ("Herladen").
//
// What it can see and do: the requests of Kring's own pages for Kring's own files. It
// never sees family data: documents live in localStorage, which a worker cannot read,
// and the page sends it one message only ("activate the new version"). Its own network
// use is fetching this build's files from this origin, listed below.
//
// The post-build hook (.ci/inline-wasm.mjs) replaces the BUILD line with this build's
// version (a hash of every file) and its file list; so a new build is a new sw.js, the
// browser's signal that an update exists.
const BUILD = { version: 'dev', files: [] };

const CACHE = `kring-${BUILD.version}`;
/** The folder the app is served from (its scope), e.g. https://host/kring/. */
const ROOT = new URL('./', self.location.href).href;
/** What is cached: the start page (as the folder URL) and every file of the build. */
const SHELL = [ROOT, ...BUILD.files.map((f) => new URL(f, ROOT).href)];

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so a host's cache headers can never pair a new
  // index.html with an old file (or the other way round) in this version's cache.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(SHELL.map((url) => new Request(url, { cache: 'reload' })))));
  // No skipWaiting() here: an update waits until the page asks (the user's consent).
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('kring-') && key !== CACHE) await caches.delete(key);
    }
    // The first version takes the open page at once, so it works offline from now on.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'kring:activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The start page, with or without index.html and a query: this version's copy.
    const path = url.origin + url.pathname;
    if (path !== ROOT && path !== `${ROOT}index.html`) return;
    event.respondWith(fromCache(ROOT, request));
    return;
  }
  url.search = '';
  url.hash = '';
  if (SHELL.includes(url.href)) event.respondWith(fromCache(url.href, request));
});

/** This version's cached copy of `key`, or the network when it is missing. */
async function fromCache(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) ?? fetch(request);
}
