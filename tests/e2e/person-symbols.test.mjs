// The person form edits every attribute a symbol shows: what it stands for (a pregnancy
// with its due date, a miscarriage, …), the transgender marker, and each condition's
// kind, own name, status and note. Each change is one undo step, drawn at once, said in
// the description and kept after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/** The points of the polygons a person's symbol is drawn with (a triangle has 3). */
const polygonCorners = (kp, key) => kp.page.locator(`[data-testid=canvas-content] g[data-key="${key}"] polygon`)
  .evaluateAll((ps) => ps.map((p) => p.getAttribute('points').trim().split(/\s+/).length));

test('a child becomes a pregnancy with a due date, then a miscarriage; undo and reload keep every step', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Sanne');
  await g.add('partner', 'Joost');
  await g.select('Sanne');
  await g.add('daughter');
  const key = await kp.page.locator('[data-testid=selection-ring]').getAttribute('data-person-ring').then((id) => `person:${id}`);

  assert.equal(await kp.testId('field-due').count(), 0, 'no due date on a born person');
  assert.deepEqual(await polygonCorners(kp, key), [], 'a daughter is a circle');
  await kp.testId('field-kind').selectOption('pregnancy');
  const corners = await polygonCorners(kp, key);
  assert.ok(corners.length > 0 && corners.every((n) => n === 3), `a pregnancy is a triangle: ${corners}`);
  await kp.fill('field-due', '2027-03');
  assert.match(await kp.page.locator(`g[data-key="${key}"]`).textContent(), /2027/, 'the due date is written by the triangle');
  assert.match(await g.description(), /\(zwangerschap, uitgerekend 03-2027, vrouw\)/);
  assert.match(await kp.canvasText(), /zwangerschap/, 'the legend names the triangle');

  await kp.testId('field-kind').selectOption('miscarriage');
  assert.equal(await kp.testId('field-due').count(), 0, 'a miscarriage has no due date');
  assert.match(await g.description(), /\(miskraam, vrouw\)/);

  // Each change was one undo step: back to the pregnancy with its due date.
  await kp.undo();
  assert.equal(await kp.testId('field-kind').inputValue(), 'pregnancy');
  assert.equal(await kp.testId('field-due').inputValue(), '2027-03');
  await kp.redo();
  assert.equal(await kp.testId('field-kind').inputValue(), 'miscarriage');

  await kp.status.save();
  await kp.reload();
  assert.match(await g.description(), /\(miskraam, vrouw\)/, 'kept after a reload');
}));

test('a transgender marker and a named condition with a note are drawn, described and kept', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Sam');
  await kp.testId('field-gender').selectOption('female');

  await kp.testId('field-assigned-gender').selectOption('male');
  assert.match(await g.description(), /Sam \(vrouw, transgender \(bij geboorte man\)/);
  assert.match(await kp.canvasText(), /transgender/, 'the legend explains the marker');
  // The lived gender itself is no marker: the choice falls back to "not transgender".
  await kp.testId('field-assigned-gender').selectOption('female');
  assert.equal(await kp.testId('field-assigned-gender').inputValue(), '');
  assert.doesNotMatch(await g.description(), /transgender/);
  await kp.testId('field-assigned-gender').selectOption('male');

  await kp.testId('add-condition').click();
  const row = kp.testId('condition-row');
  assert.equal(await row.count(), 1);
  assert.equal(await kp.testId('condition-name').count(), 0, 'a fixed kind has no name field');
  await kp.testId('condition-area').selectOption('other');
  // Type the name and Tab on: the row stays, so the cursor lands in the note.
  await kp.testId('condition-name').fill('autisme');
  await kp.testId('condition-name').press('Tab');
  assert.equal(await kp.focusedTestId(), 'condition-note');
  await kp.page.keyboard.type('sinds 2019');
  await kp.page.keyboard.press('Tab');
  await kp.testId('condition-status').selectOption('Suspected');
  assert.match(await g.description(), /autisme \(vermoed: sinds 2019\)/);
  assert.match(await kp.canvasText(), /autisme/, 'the legend names the own condition');

  // Undo the status, then the note: one step each.
  await kp.undo();
  assert.match(await g.description(), /autisme \(actief: sinds 2019\)/);
  await kp.undo();
  assert.equal(await kp.testId('condition-note').inputValue(), '');
  await kp.redo(2);

  await kp.status.save();
  await kp.reload();
  await g.select('Sam');
  assert.equal(await kp.testId('field-assigned-gender').inputValue(), 'male');
  assert.equal(await kp.testId('condition-name').inputValue(), 'autisme');
  assert.equal(await kp.testId('condition-note').inputValue(), 'sinds 2019');
  assert.equal(await kp.testId('condition-status').inputValue(), 'Suspected');

  await kp.testId('condition-note').scrollIntoViewIfNeeded();
  await kp.screenshot('person-conditions');
  await kp.testId('condition-remove').click();
  assert.equal(await row.count(), 0);
  assert.doesNotMatch(await g.description(), /autisme/);
  await kp.screenshot('person-symbols');
}));

test('a person with a partner also gets a child with an unknown other parent', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Sanne');
  assert.equal(await kp.testId('single-parent').count(), 0, 'without a partner the add buttons above do this');
  await g.add('partner', 'Joost');
  await g.select('Sanne');
  await kp.testId('single-add-son').click();
  await g.name('Bram');
  await g.select('Sanne');
  await g.add('daughter', 'Lot');
  const text = await g.description();
  assert.match(text, /Kind van Sanne \(alleen\): Bram\./);
  assert.match(text, /Kinderen van (Sanne en Joost|Joost en Sanne): Lot\./);
  assert.equal(await g.personCount(), 4);
  await kp.undo(3);
  assert.doesNotMatch(await g.description(), /Bram/, 'one undo step per child and per name');
}));
