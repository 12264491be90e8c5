// One keymap, one modal: the help dialog lists the keys from the keymap's table, and
// every modal dialog keeps the focus inside while open and gives it back on close.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

test('help lists the keys from the keymap, in both languages', () => withPage(async (kp) => {
  await kp.testId('menu-help').click();
  const rows = kp.testId('help-key');
  const texts = await rows.allTextContents();
  assert.ok(texts.length >= 25, `one row per binding (${texts.length})`);
  for (const [keys, what] of [['Ctrl+Z', 'Ongedaan maken'], ['Ctrl+S', 'Nu opslaan'], ['P', 'Partner'],
    ['Z', 'Zoon'], ['R', 'Relatie tekenen'], ['1 … 9', 'sector'], ['Tab, Shift+Tab', 'focus blijft']]) {
    assert.ok(texts.some((t) => t.startsWith(keys) && t.includes(what)), `${keys}: ${what}`);
  }
  await kp.page.keyboard.press('Escape');
  // The letters follow the language: in English S is son.
  await kp.testId('lang-select').selectOption('en');
  await kp.testId('menu-help').click();
  const en = await kp.testId('help-key').allTextContents();
  assert.ok(en.some((t) => t.startsWith('S') && t.includes('Son')), 'S for son in English');
  assert.ok(en.some((t) => t.startsWith('A') && t.includes('Parents')), 'A for parents in English');
}));

test('a modal dialog traps the focus and returns it to its opener', () => withPage(async (kp) => {
  const { page } = kp;
  const opener = kp.testId('menu-help');
  await opener.focus();
  await page.keyboard.press('Enter');
  assert.equal(await kp.testId('help-dialog').count(), 1);
  assert.equal(await kp.focusedTestId(), 'help-close', 'the focus moves into the dialog');
  // Its only control: Tab and Shift+Tab stay on it instead of leaving the dialog.
  for (const key of ['Tab', 'Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    assert.equal(await kp.focusedTestId(), 'help-close', `${key} stays in the dialog`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await kp.testId('help-dialog').count(), 0);
  assert.equal(await kp.focusedTestId(), 'menu-help', 'the focus returns to the opener');

  // The export dialog: Tab goes round its controls and never leaves it.
  await kp.testId('menu-new-genogram').click();
  await kp.testId('menu-export').focus();
  await page.keyboard.press('Enter');
  const dialog = kp.testId('export-dialog');
  const inside = () => dialog.evaluate((d) => d.contains(document.activeElement));
  assert.ok(await inside(), 'focus starts inside');
  const seen = new Set();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    assert.ok(await inside(), `Tab ${i + 1} stays inside`);
    seen.add(await kp.focusedTestId());
  }
  assert.ok(seen.has('export-close') && seen.has('export-anonymise'), `went round: ${[...seen]}`);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Shift+Tab');
    assert.ok(await inside(), `Shift+Tab ${i + 1} stays inside`);
  }
  // Keys of the editor do not reach the drawing behind the dialog.
  await page.keyboard.press('Delete');
  assert.equal(await kp.testId('export-dialog').count(), 1);
  await page.keyboard.press('Escape');
  assert.equal(await kp.testId('export-dialog').count(), 0);
  assert.equal(await kp.focusedTestId(), 'menu-export', 'back on the button that opened it');
  assert.match(await kp.canvasText(), /./, 'the drawing is still there');

  // The library: Escape closes it and the focus goes back to "Openen".
  await kp.testId('menu-open').focus();
  await page.keyboard.press('Enter');
  assert.equal(await kp.focusedTestId(), 'library-search');
  await page.keyboard.press('Shift+Tab');
  assert.ok(await kp.testId('library-dialog').evaluate((d) => d.contains(document.activeElement)));
  await page.keyboard.press('Escape');
  assert.equal(await kp.testId('library-dialog').count(), 0);
  assert.equal(await kp.focusedTestId(), 'menu-open');
}));
