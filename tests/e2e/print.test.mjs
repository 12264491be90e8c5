// Printing shows the drawing on the screen now: the print area is filled just before
// printing (Ctrl+P or the export dialog), emptied after, and emptied by "Alles wissen",
// so no earlier (perhaps erased) client is ever printed. Headless Chromium does not
// print, so the tests fire the browser's beforeprint/afterprint events themselves and
// look at the page with print media emulated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const fire = (kp, type) => kp.page.evaluate((type) => window.dispatchEvent(new Event(type)), type);

/**
 * What a printed page shows: under print media, the text of every element of the body
 * that is displayed (the print area's drawing, or the app when nothing was filled).
 */
async function printedText(kp) {
  await kp.page.emulateMedia({ media: 'print' });
  const text = await kp.page.evaluate(() => [...document.body.children]
    .filter((el) => getComputedStyle(el).display !== 'none')
    .map((el) => el.textContent).join(' '));
  await kp.page.emulateMedia({ media: 'screen' });
  return text;
}

async function client(kp, given, family) {
  await kp.genogram.create({ stored: true });
  await kp.genogram.name(given);
  await kp.fill('field-family-name', family);
  await kp.page.locator('[data-testid=canvas-content]', { hasText: given }).waitFor();
}

test('Ctrl+P prints the client on screen now and leaves nothing behind', () => withPage(async (kp) => {
  await client(kp, 'Anouk', 'Verbeek');
  await fire(kp, 'beforeprint');
  const first = await printedText(kp);
  assert.match(first, /Anouk Verbeek/);
  await kp.page.emulateMedia({ media: 'print' });
  assert.equal(await kp.testId('app').isVisible(), false, 'the app is hidden in print');
  assert.equal(await kp.page.locator('#print-area svg').isVisible(), true, 'the drawing is shown');
  await kp.page.emulateMedia({ media: 'screen' });
  await fire(kp, 'afterprint');
  assert.equal(await kp.page.locator('#print-area').innerHTML(), '', 'emptied after printing');

  // Another client: the next print shows her, never Anouk.
  await client(kp, 'Bram', 'Koster');
  await fire(kp, 'beforeprint');
  const second = await printedText(kp);
  assert.match(second, /Bram Koster/);
  assert.ok(!second.includes('Anouk'), 'no earlier client in the print');
  await fire(kp, 'afterprint');
  kp.assertClean();
}));

test('the export dialog prints its choice, and Alles wissen empties the print area', () => withPage(async (kp) => {
  await client(kp, 'Anouk', 'Verbeek');
  await kp.export.open();
  await kp.testId('export-anonymise').selectOption('roles');
  // window.print() does not print headless; the dialog's choice waits for beforeprint.
  await kp.page.evaluate(() => { window.print = () => window.dispatchEvent(new Event('beforeprint')); });
  await kp.testId('export-print').click();
  await kp.page.locator('#print-area svg').waitFor({ state: 'attached' });
  const printed = await kp.page.locator('#print-area').textContent();
  assert.ok(printed.includes('cliënt') && !printed.includes('Anouk'), `anonymised print: ${printed}`);

  // Erase everything while the print area still holds a drawing.
  await kp.testId('export-close').click();
  await kp.library.open();
  await kp.testId('library-erase-all').click();
  await kp.testId('confirm-step').waitFor();
  await kp.testId('confirm-yes').click();
  await kp.library.waitMessage(/gewist/);
  assert.equal(await kp.page.locator('#print-area').innerHTML(), '', 'nothing of the erased client stays');
  assert.ok(!(await printedText(kp)).includes('Anouk'), 'a print after erasing shows no client');
  // With no document open, printing fills nothing: the page prints as it is.
  await kp.library.close();
  await fire(kp, 'beforeprint');
  assert.equal(await kp.page.locator('#print-area').innerHTML(), '');
  kp.assertClean();
}));
