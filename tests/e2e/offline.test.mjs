// Kring as an installed, offline web app: the first visit caches the app's files, after
// which it starts and saves with the network cut off; it is installable (manifest,
// icons, a service worker that controls the page); a new version on the host is
// announced, and taken only on the user's word, never over unsaved edits; and the
// folder works from a sub-path of a plain static host.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp, withPages, serveDist, launchBrowser, launchProfile, KringPage, distDir, answerPersist } from './harness.mjs';

useApp();

/** Waits until a service worker controls the page and its cache holds the app. */
async function waitForWorker(kp) {
  await kp.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  return kp.page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('kring-')));
    return { keys, cached: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
}

test('after one visit the app starts offline, with its library, and saves an edit', () => withPages(async ({ open, context }) => {
  const kp = await open();
  await kp.genogram.create({ stored: true });
  await kp.genogram.name('Noah');
  await kp.genogram.add('partner', 'Sam');
  await kp.library.waitForDocument((d) => d.content?.persons?.length === 2);
  const { keys, cached } = await waitForWorker(kp);
  assert.equal(keys.length, 1, `one cache of this version: ${keys}`);
  assert.ok(cached.includes('/'), 'the start page is cached');
  assert.ok(cached.some((p) => /^\/kring_wasm-[0-9a-f]{16}\.js$/.test(p)), `the app's module is cached: ${cached}`);
  assert.ok(cached.some((p) => /^\/boot-[0-9a-f]{16}\.js$/.test(p)));

  await context.setOffline(true);
  const fromWorker = [];
  kp.page.on('response', (r) => fromWorker.push([new URL(r.url()).pathname, r.fromServiceWorker()]));
  await kp.reload();
  assert.equal(await kp.page.evaluate(() => navigator.onLine), false, 'really offline');
  assert.ok(fromWorker.length >= 4, `the page loaded its files: ${JSON.stringify(fromWorker)}`);
  for (const [path, viaWorker] of fromWorker) assert.ok(viaWorker, `${path} came from the service worker`);
  assert.equal(await kp.testId('doc-title').inputValue(), 'Nieuw genogram', 'the last document is open again');
  assert.match(await kp.canvasText(), /Noah.*Sam|Sam.*Noah/s);
  await kp.genogram.select('Noah');
  await kp.genogram.add('daughter', 'Lisa');
  const doc = await kp.library.waitForDocument((d) => d.content?.persons?.length === 3);
  assert.match(JSON.stringify(doc.content.persons), /Lisa/, 'the edit is stored');
  await context.setOffline(false);
}));

test('installable: manifest, icons and a service worker that controls the page', async () => {
  // An ordinary profile: Chromium never offers to install from an incognito context,
  // which is what the other tests' contexts are.
  const profile = await mkdtemp(join(tmpdir(), 'kring-profile-'));
  const server = await serveDist();
  const context = await launchProfile(profile, { viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  try {
    await answerPersist(context, true);
    const kp = await KringPage.attach(context.pages()[0] ?? await context.newPage(), server.origin);
    await kp.goto();
    await waitForWorker(kp);
    const scriptURL = await kp.page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
    assert.equal(new URL(scriptURL).pathname, '/sw.js');
    const client = await context.newCDPSession(kp.page);
    const { url, errors, data } = await client.send('Page.getAppManifest');
    assert.equal(new URL(url).pathname, '/manifest.webmanifest');
    assert.deepEqual(errors, [], 'Chromium reads the manifest without errors');
    const manifest = JSON.parse(data);
    assert.equal(manifest.short_name, 'Kring');
    assert.match(manifest.name, /Kring: genogrammen en netwerkkaarten/);
    assert.match(manifest.description, /Alles blijft in deze browser/);
    assert.equal(manifest.lang, 'nl');
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.theme_color, '#0f5c63');
    assert.equal(await kp.page.locator('meta[name=theme-color]').getAttribute('content'), manifest.theme_color);
    const sizes = manifest.icons.map((i) => `${i.sizes} ${i.purpose}`).sort();
    assert.deepEqual(sizes, ['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const res = await fetch(new URL(icon.src, url));
      assert.equal(res.status, 200, icon.src);
      assert.equal(res.headers.get('content-type'), 'image/png');
      const png = Buffer.from(await res.arrayBuffer());
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.equal(`${w}x${h}`, icon.sizes, `${icon.src} has the size it claims`);
    }
    const { installabilityErrors } = await client.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium finds nothing that stops installing');
    kp.assertClean();
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the page may start a worker and read its manifest but still connect nowhere', () => withPages({
  // The refused fetch below is reported on the console; that report is the point.
  allowErrors: [/Content Security Policy|connect-src/],
}, async ({ open }) => {
  const kp = await open();
  await waitForWorker(kp);
  const csp = await kp.page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /worker-src 'self'/);
  assert.match(csp, /manifest-src 'self'/);
  const refused = await kp.page.evaluate(() => fetch('sw.js').then(() => 'fetched', (e) => `refused: ${e.name}`));
  assert.equal(refused, 'refused: TypeError', 'a fetch from the page is refused, worker or not');
}));

/**
 * A plain static host serving a copy of dist/ from the folder /kring/; `bump()` puts a
 * "new version" on it (another sw.js and index.html, as a new build would).
 */
async function hostCopy() {
  const root = await mkdtemp(join(tmpdir(), 'kring-host-'));
  const dir = join(root, 'kring');
  await cp(distDir, dir, { recursive: true });
  const server = await serveDist(root);
  return {
    origin: server.origin,
    base: `${server.origin}/kring/`,
    async bump(mark) {
      const sw = await readFile(join(dir, 'sw.js'), 'utf8');
      await writeFile(join(dir, 'sw.js'), sw.replace(/"version":"([0-9a-f]+)"/, `"version":"$1${mark}"`));
      const html = await readFile(join(dir, 'index.html'), 'utf8');
      await writeFile(join(dir, 'index.html'), html.replace('<title>', `<meta name="kring-build" content="${mark}"><title>`));
    },
    async close() { await server.close(); await rm(root, { recursive: true, force: true }); },
  };
}

/** Opens the copy's app in a fresh context of `browser`. */
async function openHosted(browser, host) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  await answerPersist(context, true);
  const kp = await KringPage.attach(await context.newPage(), host.origin, host.base);
  await kp.goto();
  return kp;
}

const build = (kp) => kp.page.evaluate(() => document.querySelector('meta[name=kring-build]')?.content ?? 'A');

test('a new version on the host: the banner asks, the reload keeps the library', async () => {
  const host = await hostCopy();
  const browser = await launchBrowser();
  try {
    const kp = await openHosted(browser, host);
    await kp.genogram.create({ stored: true });
    await kp.genogram.name('Noah');
    await kp.library.waitForDocument((d) => JSON.stringify(d).includes('Noah'));
    const first = await waitForWorker(kp);
    assert.ok(first.cached.includes('/kring/'), `served from a sub-path: ${first.cached}`);
    assert.equal(await kp.testId('update-banner').count(), 0, 'no banner without a new version');

    await host.bump('B');
    await kp.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await kp.testId('update-banner').waitFor();
    assert.match(await kp.testId('update-banner').textContent(), /Nieuwe versie beschikbaar.*Herladen/s);
    assert.equal(await build(kp), 'A', 'nothing reloads by itself');
    // An edit still waiting for autosave's debounce is written before the reload.
    await kp.genogram.add('partner', 'Sam');
    await Promise.all([kp.page.waitForEvent('load'), kp.testId('update-reload').click()]);
    await kp.testId('app').waitFor();
    assert.equal(await build(kp), 'B', 'the new version runs');
    const docs = Object.values(await kp.library.documents());
    assert.equal(docs.length, 1);
    assert.match(JSON.stringify(docs[0]), /Noah.*Sam|Sam.*Noah/s, 'the library and the last edit survived');
    const after = await waitForWorker(kp);
    assert.deepEqual(after.keys.length, 1, 'the old version\'s cache is gone');
    assert.notDeepEqual(after.keys, first.keys);
    assert.equal(await kp.testId('update-banner').count(), 0);
    kp.assertClean();
    await kp.close();
  } finally {
    await browser.close();
    await host.close();
  }
});

test('"Herladen" waits while edits cannot be stored, and "Later" hides the banner', async () => {
  const host = await hostCopy();
  const browser = await launchBrowser();
  try {
    const kp = await openHosted(browser, host);
    await kp.genogram.create({ stored: true });
    await waitForWorker(kp);
    await host.bump('C');
    await kp.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await kp.testId('update-banner').waitFor();
    // Fill the storage so the next edit cannot be saved.
    await kp.page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const chunk = 'x'.repeat(size);
        for (;;) { try { localStorage.setItem(`vulsel-${n++}`, chunk); } catch { break; } }
      }
      window.__stillHere = true;
    });
    await kp.genogram.add('partner', 'Sam');
    await kp.status.notice.waitFor();
    await kp.testId('update-reload').click();
    await kp.testId('update-unsaved').waitFor();
    assert.match(await kp.testId('update-unsaved').textContent(), /Herladen kan pas als alles is opgeslagen/);
    assert.equal(await kp.page.evaluate(() => window.__stillHere), true, 'the page did not reload');
    assert.equal(await build(kp), 'A');
    await kp.testId('update-later').click();
    assert.equal(await kp.testId('update-banner').count(), 0);
    await kp.close();
  } finally {
    await browser.close();
    await host.close();
  }
});
