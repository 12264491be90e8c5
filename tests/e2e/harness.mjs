// Shared set-up for the end-to-end tests: a static server for the release build in
// dist/, headless Debian Chromium through playwright-core, withPage() that gives each
// test a fresh guarded page and always closes it, and the KringPage page object with one
// page object per area of the app (pages/). A test file calls useApp() once; each of its
// tests then runs its body in withPage().
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { GenogramPage } from './pages/genogram.mjs';
import { NetwerkkaartPage } from './pages/netwerkkaart.mjs';
import { LibraryPage } from './pages/library.mjs';
import { StatusPage } from './pages/status.mjs';
import { ExportPage } from './pages/export.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = join(root, 'dist');
export const artifactsDir = join(root, 'tests', 'e2e', 'artifacts');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `dir` (dist/ unless told) on a free loopback port the way a plain static host
 * does: files only (a folder URL gives its index.html), no CSP or other special headers,
 * and `no-store`, so the browser's HTTP cache never stands in for the service worker's
 * own; resolves to { origin, close }.
 */
export async function serveDist(dir = distDir) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Launches headless Debian Chromium with the flags this machine needs. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export function launchBrowser() {
  return chromium.launch(CHROMIUM);
}

/**
 * Headless Chromium with an ordinary (not incognito) profile in `userDataDir`: a
 * context, like a person's own browser, where a web app can be installed.
 */
export function launchProfile(userDataDir, options = {}) {
  return chromium.launchPersistentContext(userDataDir, { ...CHROMIUM, ...options });
}

/** The static server and the browser shared by the tests of one file (one process). */
const shared = {};

/**
 * Registers this test file's hooks: the static server and the browser start before its
 * first test and close after its last. Call it once, at the top level of a test file.
 */
export function useApp() {
  before(async () => {
    shared.server = await serveDist();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
}

/**
 * Runs `body({ open, context })` in a fresh browser context; `open()` opens another tab
 * of the app in it and resolves to its KringPage (for tests with two tabs). The context
 * is always closed. When the body succeeds, every opened page must have logged no
 * console error and thrown no uncaught exception, and must have made no request to
 * another origin (such requests are aborted and recorded).
 *
 * Options: `viewport` (1280×800), `hasTouch` (a touch screen: touch events, a coarse
 * pointer), `locale` ('nl-NL'), `bypassCSP` (for injecting axe-core
 * with audit()), `permissions` (e.g. clipboard access), `storage` (localStorage entries
 * the app finds on its first load, { key: value }), `allowErrors` (regular
 * expressions for console errors the test expects; each use says why), and `persist`:
 * what `navigator.storage.persist()` answers (true unless told; headless Chromium says
 * false, and then the app shows its backup notice, which only tests/e2e/backup.test.mjs
 * is about; 'real' leaves the browser's own answer).
 */
export async function withPages(options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  const { viewport = { width: 1280, height: 800 }, hasTouch = false, locale = 'nl-NL', bypassCSP = false, permissions = [],
    storage, allowErrors = [], persist = true } = options;
  if (!shared.browser) throw new Error('withPage() needs the shared browser: call useApp() at the top of the test file');
  const { origin } = shared.server;
  const storageState = storage && {
    cookies: [],
    origins: [{ origin, localStorage: Object.entries(storage).map(([name, value]) => ({ name, value })) }],
  };
  const context = await shared.browser.newContext({ viewport, hasTouch, locale, bypassCSP, storageState });
  const pages = [];
  try {
    if (persist !== 'real') await answerPersist(context, persist);
    if (permissions.length) await context.grantPermissions(permissions, { origin });
    const open = async () => {
      const kp = await KringPage.attach(await context.newPage(), origin);
      pages.push(kp);
      await kp.goto();
      return kp;
    };
    let result;
    try {
      result = await body({ open, context });
    } catch (e) {
      // What the app logged often explains the failure (a panic, say).
      for (const kp of pages) for (const err of kp.errors) console.log(`# logged by the page: ${err}`);
      throw e;
    }
    for (const kp of pages) kp.assertClean(allowErrors);
    return result;
  } finally {
    await context.close();
  }
}

/** withPages() with one page: runs `body(kp)` on a fresh page of the app. */
export function withPage(options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  return withPages(options, async ({ open }) => body(await open()));
}

/**
 * Makes `navigator.storage.persist()` in every page of `context` answer `granted`, and
 * counts its calls in `window.__persistCalls`.
 */
export function answerPersist(context, granted) {
  return context.addInitScript((granted) => {
    window.__persistCalls = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.__persistCalls++; return granted; };
  }, granted);
}

/**
 * Test instrumentation, run in every page before the app: counts the pending short
 * timers (autosave's 500 ms debounce; not the 30 s clean-up after a download) in
 * `window.__kringPendingTimers`, so a test can wait until autosave has run instead of
 * sleeping. setTimeout and clearTimeout behave exactly as before.
 */
function countPendingTimers() {
  const pending = new Set();
  const { setTimeout: set, clearTimeout: clear } = window;
  window.setTimeout = function setTimeout(handler, delay = 0, ...args) {
    if (typeof handler !== 'function' || delay > 5000) return set.call(window, handler, delay, ...args);
    const id = set.call(window, (...a) => {
      pending.delete(id);
      return handler.apply(window, a);
    }, delay, ...args);
    pending.add(id);
    return id;
  };
  window.clearTimeout = function clearTimeout(id) {
    pending.delete(id);
    return clear.call(window, id);
  };
  Object.defineProperty(window, '__kringPendingTimers', { get: () => pending.size });
}

/**
 * A page of the app with guards: every request that is not to the app's own origin is
 * aborted and recorded, as are console errors and uncaught exceptions. The areas of the
 * app have their own page objects: `genogram`, `netwerkkaart`, `library`, `status` and
 * `export`.
 */
export class KringPage {
  constructor(page, origin, base = `${origin}/`) {
    this.page = page;
    this.origin = origin;
    /** The app's URL: the origin's root unless it is served from a folder. */
    this.base = base;
    this.foreignRequests = [];
    this.errors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') this.errors.push(msg.text()); });
    page.on('pageerror', (err) => this.errors.push(String(err)));
    this.genogram = new GenogramPage(this);
    this.netwerkkaart = new NetwerkkaartPage(this);
    this.library = new LibraryPage(this);
    this.status = new StatusPage(this);
    this.export = new ExportPage(this);
  }

  /**
   * Puts the guards and the timer count on a new page (not yet loaded); `base` is the
   * app's URL when it is not the origin's root.
   */
  static async attach(page, origin, base) {
    const kp = new KringPage(page, origin, base);
    await page.addInitScript(countPendingTimers);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      kp.foreignRequests.push(url);
      return route.abort();
    });
    return kp;
  }

  /** Opens the app in a new context of `browser` (for scripts outside the tests; close() it). */
  static async open(browser, origin, { viewport = { width: 1280, height: 800 } } = {}) {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    await answerPersist(context, true);
    const kp = await KringPage.attach(await context.newPage(), origin);
    await kp.goto();
    return kp;
  }

  /** Closes the page's context (for scripts that used open()). */
  async close() { await this.page.context().close(); }

  /**
   * Asserts that no console error or uncaught exception was logged, other than those
   * matching one of `allowErrors`, and that no request went to another origin.
   */
  assertClean(allowErrors = []) {
    const errors = this.errors.filter((e) => !allowErrors.some((re) => re.test(e)));
    assert.deepEqual(errors, [], `console errors or uncaught exceptions: ${JSON.stringify(errors)}`);
    assert.deepEqual(this.foreignRequests, [], `requests to another origin: ${JSON.stringify(this.foreignRequests)}`);
  }

  async goto() {
    await this.page.goto(this.base);
    await this.page.getByTestId('app').waitFor();
  }

  async reload() {
    await this.page.reload();
    await this.page.getByTestId('app').waitFor();
  }

  testId(id) { return this.page.getByTestId(id); }

  /** Types into a panel field and commits it (like leaving the field). */
  async fill(testId, value) {
    const field = this.testId(testId);
    await field.fill(value);
    await field.press('Enter');
    await field.dispatchEvent('change');
  }

  undo(times = 1) { return this.clickTimes('undo', times); }

  redo(times = 1) { return this.clickTimes('redo', times); }

  async clickTimes(testId, times) {
    for (let i = 0; i < times; i++) await this.testId(testId).click();
  }

  /** The test id of the focused element, or null. */
  focusedTestId() {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  /** Presses Tab `times` times; resolves to the set of test ids that had the focus. */
  async tabThrough(times) {
    const reached = new Set();
    for (let i = 0; i < times; i++) {
      await this.page.keyboard.press('Tab');
      const id = await this.focusedTestId();
      if (id) reached.add(id);
    }
    return reached;
  }

  /** The text of the chosen option of a select (a test id or a locator). */
  selectedLabel(select) {
    const locator = typeof select === 'string' ? this.testId(select) : select;
    return locator.evaluate((el) => el.selectedOptions[0]?.textContent);
  }

  /** Everything drawn on the canvas, as text. */
  canvasText() { return this.testId('canvas-content').textContent(); }

  /** The canvas content group's transform as { x, y, zoom }. */
  async transform() {
    const t = await this.testId('canvas-content').getAttribute('transform');
    const m = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(t);
    if (!m) throw new Error(`unexpected transform ${t}`);
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  }

  /** Runs `action` and resolves to the download it starts: { name, bytes, text }. */
  async download(action) {
    const [dl] = await Promise.all([this.page.waitForEvent('download'), action()]);
    const bytes = await readFile(await dl.path());
    return { name: dl.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  /**
   * Runs axe-core on the page (or on the element matching `selector`); resolves to
   * { rulesPassed, violations: [{ id, impact, nodes, help }] }. The CSP forbids the
   * injected script unless the page was opened with `bypassCSP`.
   */
  async audit(selector = null) {
    await this.page.addScriptTag({ path: axePath });
    return this.page.evaluate(async (selector) => {
      const r = await window.axe.run(selector ? document.querySelector(selector) : document, { resultTypes: ['violations'] });
      return {
        rulesPassed: r.passes.length,
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')), help: v.help })),
      };
    }, selector);
  }

  async screenshot(name) {
    await mkdir(artifactsDir, { recursive: true });
    await this.page.screenshot({ path: join(artifactsDir, `${name}.png`) });
  }
}
