// With site data blocked, merely touching window.localStorage throws a SecurityError.
// Kring must start all the same, say at once that nothing is kept in this browser, and
// let the user draw and export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPages } from './harness.mjs';

useApp();

/** Runs in the page before the app: localStorage behaves as with site data blocked. */
function blockStorage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError'); },
  });
}

test('blocked storage: the app starts, says nothing is kept, and draws and exports', () => withPages(async ({ open, context }) => {
  await context.addInitScript(blockStorage);
  const kp = await open();
  assert.equal(await kp.page.evaluate(() => { try { return localStorage.length; } catch (e) { return e.name; } }),
    'SecurityError', 'the emulation blocks storage');
  assert.equal(await kp.testId('crash-banner').count(), 0, 'no crash');
  const notice = kp.status.notice;
  await notice.waitFor();
  assert.match(await notice.textContent(), /niets wordt in deze browser bewaard/);
  assert.equal(await kp.testId('save-export').count(), 0, 'nothing to export before a document is open');

  // Drawing works.
  await kp.genogram.create();
  await kp.genogram.name('Noah');
  await kp.genogram.add('daughter', 'Sara');
  assert.equal(await kp.genogram.personCount(), 2);
  assert.match(await notice.textContent(), /niets wordt in deze browser bewaard/, 'still said after drawing');

  // Exporting works: the drawing as SVG and the document as a file.
  const svg = await kp.export.svg();
  assert.match(svg.name, /\.svg$/);
  assert.match(svg.text, /Sara/);
  await kp.page.keyboard.press('Escape');
  const file = await kp.download(() => kp.testId('save-export').click());
  assert.equal(JSON.parse(file.text).content.persons.length, 2);

  // The library says why it is empty instead of pretending there is nothing.
  await kp.library.open();
  await kp.library.waitMessage(/staat opslaan niet toe/);
  await kp.library.close();

  // Starting another document asks first (the drawing would be lost); "no" keeps it.
  kp.page.once('dialog', (d) => d.dismiss());
  await kp.testId('menu-new-genogram').click();
  assert.equal(await kp.genogram.personCount(), 2, 'dismissing keeps the drawing');
  kp.page.once('dialog', (d) => { assert.match(d.message(), /niet opgeslagen/); d.accept(); });
  await kp.testId('menu-new-genogram').click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=canvas-content] g[data-key^="person:"]').length === 1);
  assert.equal(await kp.testId('crash-banner').count(), 0);
}));

test('blocked storage in English: the language choice still works for the session', () => withPages(async ({ open, context }) => {
  await context.addInitScript(blockStorage);
  const kp = await open();
  await kp.testId('lang-select').selectOption('en');
  await kp.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await kp.status.notice.textContent(), /nothing is kept in this browser/);
}));
