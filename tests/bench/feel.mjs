// What users feel, in Chromium (not a test; prints figures; issue #19): start-up with the
// last document open, and one click on "+ Dochter" until it is painted. Needs the
// release build in dist/. Run: node tests/bench/feel.mjs
//
// Start-up is timed in the page against the navigation's start (performance.timeOrigin):
// an init script watches the DOM and notes the moment the last document's persons are
// drawn and its title is filled in, which is when a user can work. boot.js's marks split
// it: "kring:boot" (scripts loaded), "kring:module" (module unpacking set up),
// "kring:started" (wasm compiled, instantiated and the app mounted). Every run is a
// fresh page in a fresh browser context, so nothing is warm but the disk cache of the OS.
//
// A click is timed from the click to the next animation frame and a task after it, so
// the figure holds the model edit, layout, scene, canvas patches and the browser's own
// style, layout and paint.
import { serveDist, launchBrowser } from '../e2e/harness.mjs';
import { bigGenogram } from '../e2e/big-family.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(1).padStart(7);

/** Notes, in the page, when `n` persons are drawn and the title is in (see above). */
const watch = (n) => {
  const seen = () => document.querySelectorAll('g[data-person]').length >= n
    && document.querySelector('[data-testid=doc-title]')?.value.startsWith('Groot');
  new MutationObserver((_, obs) => {
    if (window.__kringReady === undefined && seen()) {
      window.__kringReady = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
};

// KRING_DIST=<folder> measures another build (e.g. the one before a change).
const server = await serveDist(process.env.KRING_DIST || undefined);
const browser = await launchBrowser();
try {
  console.log('start-up with the last document open (fresh context per run), ms since navigation start');
  console.log(`${'persons'.padStart(7)} ${'boot'.padStart(7)} ${'started'.padStart(7)} ${'drawn'.padStart(7)}   (median of 7; goal drawn ≤ 300 at 60)`);
  for (const n of [60, 1000]) {
    const doc = JSON.stringify(bigGenogram(n, `feel${n}`));
    const runs = { boot: [], started: [], drawn: [] };
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(([id, doc]) => {
        localStorage.setItem(`kring.doc.${id}`, doc);
        localStorage.setItem('kring.last', id);
      }, [`feel${n}`, doc]);
      await context.addInitScript(watch, n);
      const page = await context.newPage();
      await page.goto(server.origin);
      await page.waitForFunction(() => window.__kringReady !== undefined, null, { timeout: 60_000 });
      const t = await page.evaluate(() => {
        const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { boot: mark('kring:boot'), started: mark('kring:started'), drawn: window.__kringReady };
      });
      for (const k of Object.keys(runs)) runs[k].push(t[k]);
      await context.close();
    }
    console.log(`${String(n).padStart(7)} ${fmt(median(runs.boot))} ${fmt(median(runs.started))} ${fmt(median(runs.drawn))}`);
  }

  console.log('\none click on "+ Dochter" with a person selected, until painted (ms)');
  for (const n of [60, 1000]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(([id, doc]) => {
      localStorage.setItem(`kring.doc.${id}`, doc);
      localStorage.setItem('kring.last', id);
    }, [`click${n}`, JSON.stringify(bigGenogram(n, `click${n}`))]);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.origin);
    await page.waitForFunction((n) => document.querySelectorAll('g[data-person]').length >= n, n);
    const times = [];
    for (let i = 0; i < 12; i++) {
      // A person in the middle of the family, selected by a click on its symbol.
      await page.locator(`g[data-person="${Math.floor(n / 2) + (i % 3)}"]`).click();
      await page.getByTestId('add-daughter').waitFor();
      times.push(await page.evaluate(async () => {
        const before = document.querySelectorAll('g[data-person]').length;
        const t = performance.now();
        document.querySelector('[data-testid=add-daughter]').click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const dt = performance.now() - t;
        if (document.querySelectorAll('g[data-person]').length !== before + 1) throw new Error('no daughter was drawn');
        return dt;
      }));
      await page.keyboard.press('Escape');
    }
    const s = [...times].sort((a, b) => a - b);
    const goal = n <= 60 ? 16.7 : 50;
    console.log(`${String(n).padStart(7)} persons: median ${fmt(median(times))}   p95 ${fmt(s[Math.floor(s.length * 0.95)] ?? s.at(-1))}   (12 clicks; goal ≤ ${goal})`);
    if (errors.length) console.log('page errors:', errors);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
