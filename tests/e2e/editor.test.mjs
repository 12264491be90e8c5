// Drawing a family as a professional would: new genogram, fill in the client, add
// relatives with one click each, undo and redo, delete with undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';
import { drawScenarioByClicks } from './pages/scenario.mjs';

useApp();

test('a new genogram starts with the client selected and drawn', () => withPage(async (kp) => {
  assert.equal(await kp.testId('canvas-empty').count(), 1, 'empty canvas invites to start');
  await kp.genogram.create();
  assert.equal(await kp.testId('canvas-empty').count(), 0);
  assert.equal(await kp.genogram.personCount(), 1);
  assert.equal(await kp.testId('selection-ring').count(), 1);
  assert.equal(await kp.testId('field-index').isChecked(), true);
  assert.equal(await kp.testId('doc-title').inputValue(), 'Nieuw genogram');
}));

test('three generations by clicks, then undo all and redo all', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await kp.testId('field-gender').selectOption('female');
  await g.name('Sanne');
  await kp.fill('field-family-name', 'de Vries');
  await kp.fill('field-birth', '1990');
  await g.add('partner', 'Mo');
  const clientKey = await kp.page.locator('g[data-person]').first().getAttribute('data-person');
  await g.symbol(clientKey).click();
  await g.add('daughter', 'Lina');
  await g.symbol(clientKey).click();
  await g.add('parents');
  assert.equal(await g.personCount(), 5);
  const text = await kp.canvasText();
  for (const name of ['Sanne', 'Mo', 'Lina']) assert.ok(text.includes(name), `${name} on the canvas`);
  assert.ok(text.includes('1990'), 'birth year drawn');
  await kp.screenshot('editor-three-generations');

  // Undo everything with the keyboard: an empty sheet (the client was the first
  // step), then redo it all.
  await kp.testId('canvas').focus();
  for (let i = 0; i < 40 && await kp.testId('undo').isEnabled(); i++) await kp.page.keyboard.press('Control+z');
  assert.equal(await g.personCount(), 0, 'the canvas is empty');
  assert.equal(await kp.testId('undo').isEnabled(), false);
  assert.equal(await kp.testId('add-person').count(), 1, 'an empty sheet offers to add a person');
  for (let i = 0; i < 40 && await kp.testId('redo').isEnabled(); i++) await kp.page.keyboard.press('Control+Shift+Z');
  assert.equal(await g.personCount(), 5);
  const again = await kp.canvasText();
  for (const name of ['Sanne', 'Mo', 'Lina']) assert.ok(again.includes(name), `${name} back after redo`);
}));

test('delete asks nothing, and the status line offers undo', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.genogram.add('son');
  assert.equal(await kp.genogram.personCount(), 2);
  await kp.testId('delete-person').click();
  assert.equal(await kp.genogram.personCount(), 1);
  assert.match(await kp.status.text(), /Verwijderd/);
  await kp.status.undo();
  assert.equal(await kp.genogram.personCount(), 2);
}));

test('a date Kring cannot read is refused with a message and changes nothing', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.fill('field-birth', 'gisteren');
  assert.equal(await kp.page.locator('.field-error').count(), 1);
  await kp.fill('field-birth', '1985-04');
  assert.equal(await kp.page.locator('.field-error').count(), 0);
  assert.ok((await kp.canvasText()).includes('1985'));
  // Two undo steps in all: the date, then the client itself; the refused text was none.
  await kp.undo();
  assert.equal(await kp.genogram.personCount(), 1);
  assert.ok(!(await kp.canvasText()).includes('1985'));
  await kp.undo();
  assert.equal(await kp.genogram.personCount(), 0);
  assert.equal(await kp.testId('undo').isEnabled(), false, 'the refused date was never applied');
}));

test('hostile text in a name stays text on the canvas', () => withPage(async (kp) => {
  await kp.genogram.create();
  const hostile = '<img src=x onerror=alert(1)>"&\'🧪';
  await kp.genogram.name(hostile);
  // A long name wraps to two lines (and is cut with "…" beyond them): compare without
  // the line breaks; the markup must be there as text, never as an element.
  const flat = (s) => s.replace(/\s+/g, '');
  const shown = flat(await kp.canvasText());
  for (const part of ['<imgsrc=x', 'onerror=alert(1)>']) assert.ok(shown.includes(part), `${part} in ${shown}`);
  assert.equal(await kp.page.locator('[data-testid=canvas-content] img').count(), 0);
  assert.deepEqual(kp.foreignRequests, []);
}));

test('a divorce and remarriage, half-siblings, twins, an adoption, a deceased grandparent and relations', () => withPage(async (kp) => {
  const g = kp.genogram;
  let actions = 0;
  const act = async (fn) => { actions++; await fn(); };
  await act(() => g.create());
  await drawScenarioByClicks(kp, act, 'Opa Jan');

  assert.equal(await g.personCount(), 9);
  assert.equal(await g.relationCount(), 2);
  const canvasText = await kp.canvasText();
  assert.match(canvasText, /g\. 2001/, 'divorce year on the union line');
  assert.match(canvasText, /† 2015/, 'death year of the grandfather');
  const legend = await g.legend();
  for (const entry of ['echtscheiding', 'geadopteerd', 'tweeling', 'vijandig', 'nabij', 'overleden']) {
    assert.ok(legend.toLowerCase().includes(entry), `legend names ${entry}: ${legend}`);
  }
  await kp.testId('zoom-fit').click();
  await kp.screenshot('editor-full-family');
  console.log(`# user actions for the three-generation scenario: ${actions}`);
}));

test('the keyboard moves the selection between relatives and into the form', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.genogram.add('daughter');
  assert.equal(await kp.testId('field-index').isChecked(), false, 'the new daughter is selected');
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('ArrowUp');
  assert.equal(await kp.testId('field-index').isChecked(), true, 'ArrowUp selects her parent, the client');
  await kp.page.keyboard.press('ArrowDown');
  assert.equal(await kp.testId('field-index').isChecked(), false, 'ArrowDown goes back to the daughter');
  await kp.page.keyboard.press('Enter');
  assert.equal(await kp.focusedTestId(), 'field-given-name');
  await kp.page.keyboard.type('Noor');
  await kp.page.keyboard.press('Tab');
  assert.ok((await kp.canvasText()).includes('Noor'));
  await kp.page.keyboard.press('Escape');
}));

test('the genogram in words: readable in the panel and copied for a case report', () =>
  withPage({ permissions: ['clipboard-read', 'clipboard-write'] }, async (kp) => {
    const g = kp.genogram;
    await g.create();
    await kp.testId('field-gender').selectOption('male');
    await g.name('Kees');
    await g.add('partner', 'Ria');
    const text = await g.description();
    assert.match(text, /Kees \(man, cliënt\)\./);
    assert.match(text, /Kees en Ria: huwelijk\./);
    await kp.testId('description-copy').click();
    await kp.status.waitFor(/gekopieerd/);
    const copied = await kp.page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.includes('Kees en Ria: huwelijk.'), copied);
  }));

test('a child of the chosen couple: the first marriage, not the most recent one', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await kp.testId('field-gender').selectOption('male');
  await g.name('Kees');
  const kees = await g.selectedId();
  await g.add('partner', 'Ria');
  await g.symbol(kees).click();
  await g.add('partner', 'Nora');
  await g.symbol(kees).click();
  assert.equal(await kp.testId('union').count(), 2);
  await kp.testId('union-add-daughter').first().click();
  assert.equal(await kp.focusedTestId(), 'field-given-name', 'ready to type her name');
  await kp.page.keyboard.type('Eva');
  await kp.page.keyboard.press('Tab');
  const text = await g.description();
  assert.match(text, /Kinderen van Kees en Ria: Eva\./);
  assert.ok(!/Kees en Nora: Eva/.test(text));
}));
