// Shared set-up for the end-to-end tests: a static server for the release build in
// dist/, headless Debian Chromium through playwright-core, and a page object.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const distDir = join(root, 'dist');
export const artifactsDir = join(root, 'tests', 'e2e', 'artifacts');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves dist/ on a free loopback port; resolves to { origin, close }. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(distDir, path === '/' ? 'index.html' : path);
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
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page of the app with guards: every request that is not to the app's own origin is
 * aborted and recorded, as are console errors and uncaught exceptions.
 */
export class KringPage {
  constructor(page, origin) {
    this.page = page;
    this.origin = origin;
    this.foreignRequests = [];
    this.errors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') this.errors.push(msg.text()); });
    page.on('pageerror', (err) => this.errors.push(String(err)));
  }

  static async open(browser, origin, { viewport = { width: 1280, height: 800 } } = {}) {
    const context = await browser.newContext({ viewport, locale: 'nl-NL' });
    const page = await context.newPage();
    const kp = new KringPage(page, origin);
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      kp.foreignRequests.push(url);
      return route.abort();
    });
    await kp.goto();
    return kp;
  }

  async goto() {
    await this.page.goto(this.origin + '/');
    await this.page.getByTestId('app').waitFor();
  }

  async reload() {
    await this.page.reload();
    await this.page.getByTestId('app').waitFor();
  }

  testId(id) { return this.page.getByTestId(id); }

  /** The canvas content group's transform as { x, y, zoom }. */
  async transform() {
    const t = await this.testId('canvas-content').getAttribute('transform');
    const m = /translate\(([-\d.]+) ([-\d.]+)\) scale\(([-\d.]+)\)/.exec(t);
    if (!m) throw new Error(`unexpected transform ${t}`);
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  }

  /** Number of persons drawn on the canvas. */
  async personCount() {
    return this.page.locator('[data-testid=canvas-content] g[data-key^="person:"]').count();
  }

  /** Starts a new genogram from the menu; the index person is selected. */
  async newGenogram() {
    await this.testId('menu-new-genogram').click();
    await this.testId('person-panel').waitFor();
  }

  /** Types into a person-panel field and commits it (like leaving the field). */
  async fill(testId, value) {
    const field = this.testId(testId);
    await field.fill(value);
    await field.press('Enter');
    await field.dispatchEvent('change');
  }

  async screenshot(name) {
    await mkdir(artifactsDir, { recursive: true });
    await this.page.screenshot({ path: join(artifactsDir, `${name}.png`) });
  }

  async close() { await this.page.context().close(); }
}
