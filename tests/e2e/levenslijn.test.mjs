// The chronology ("Levenslijn"): a professional writes life events on the client,
// opens the Levenslijn, reads it in time order with the client's age on every line,
// sorts it, clicks a line to select the person, finds the events again after a
// reload, downloads the table as CSV and prints it under the drawing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';

/** Saves a screenshot as /tmp/kring-shots/levenslijn-NAME.png. */
async function shot(kp, name) {
  await mkdir(SHOTS, { recursive: true });
  await kp.page.screenshot({ path: `${SHOTS}/levenslijn-${name}.png` });
}

/** The chronology's rows as [date, age, person, kind, text]. */
async function rows(kp) {
  const cells = ['date', 'age', 'person', 'kind', 'text'];
  return kp.testId('chronology-row').evaluateAll((trs, cells) => trs.map((tr) =>
    cells.map((c) => tr.querySelector(`[data-testid=chronology-${c}]`).textContent.trim())), cells);
}

/** Adds a life event (date and text) to the selected person with the form. */
async function addLifeEvent(kp, date, text) {
  const before = await kp.testId('life-event-row').count();
  await kp.testId('add-life-event').click();
  const row = kp.testId('life-event-row').nth(before);
  await row.waitFor();
  for (const [id, value] of [['life-event-date', date], ['life-event-text', text]]) {
    const field = row.getByTestId(id);
    await field.fill(value);
    await field.press('Enter');
    await field.dispatchEvent('change');
  }
  await kp.page.waitForFunction(([n, t]) =>
    document.querySelectorAll('[data-testid=life-event-text]')[n]?.value === t, [before, text]);
}

test('life events on the client, read in the Levenslijn, kept, downloaded and printed', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create({ stored: true });
  await g.name('Noah');
  await kp.fill('field-family-name', 'Bakker');
  await kp.fill('field-birth', '2005-03-10');
  if (!(await kp.testId('field-index').isChecked())) await kp.testId('field-index').check();
  // Entered out of order: the Levenslijn sorts them.
  await addLifeEvent(kp, '2016', 'schuldsanering');
  await addLifeEvent(kp, '2012-09', 'uithuisplaatsing');
  await addLifeEvent(kp, '2019', '=SOM(1;1)');
  await g.add('parents');
  await kp.fill('field-given-name', 'Peter');
  await kp.fill('field-birth', '1975');
  await g.select('Noah');

  // Open the Levenslijn: time order, the client's age on every line after his birth.
  await kp.testId('chronology-panel').locator('summary').click();
  await kp.testId('chronology-table').waitFor();
  const inOrder = await rows(kp);
  assert.deepEqual(inOrder.map((r) => [r[0], r[1], r[4]]), [
    ['1975', '', 'geboren'],
    ['10-03-2005', '0', 'geboren'],
    ['09-2012', '7', 'uithuisplaatsing'],
    ['2016', 'ca. 11', 'schuldsanering'],
    ['2019', 'ca. 14', '=SOM(1;1)'],
  ]);
  assert.match(inOrder[0][2], /^Peter/);
  assert.equal(inOrder[2][3], 'levensgebeurtenis');
  await shot(kp, 'table');

  // Sorted by person (Noah before Peter), by kind, and back by date newest first.
  await kp.testId('chronology-sort-person').click();
  const byPerson = (await rows(kp)).map((r) => r[2]);
  assert.deepEqual(byPerson.slice(0, 4), ['Noah Bakker', 'Noah Bakker', 'Noah Bakker', 'Noah Bakker']);
  assert.match(byPerson[4], /^Peter/);
  await kp.testId('chronology-sort-kind').click();
  assert.deepEqual((await rows(kp)).map((r) => r[3]).slice(0, 2), ['geboorte', 'geboorte']);
  await kp.testId('chronology-sort-date').click();
  await kp.testId('chronology-sort-date').click();
  assert.equal((await rows(kp))[0][0], '2019', 'newest first after a second click');
  await kp.testId('chronology-sort-date').click();

  // A click on Peter's birth selects Peter on the canvas.
  const peterRow = kp.testId('chronology-row').first();
  const peterId = await peterRow.getAttribute('data-person');
  await peterRow.click();
  await kp.page.locator(`[data-person-ring="${peterId}"]`).waitFor();
  assert.equal(await g.selectedId(), peterId);
  assert.equal(await kp.testId('field-given-name').inputValue(), 'Peter');
  await shot(kp, 'selected');
  // The click also shows the family in that year (the Peiljaar): in 2012 Noah is 7.
  await kp.testId('chronology-row').nth(2).click();
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=year-field]')?.value === '2012');
  assert.ok(await kp.testId('year-on').isChecked(), 'the peiljaar is on');
  await kp.testId('year-panel').locator('summary').click();
  await kp.testId('year-on').uncheck();
  await kp.testId('year-field').waitFor({ state: 'detached' });

  // Kept with the document: after a reload the events are there.
  await kp.library.waitForDocument((d) => (d.content.persons ?? []).some((p) => (p.life_events ?? []).length === 3));
  await kp.reload();
  await kp.testId('chronology-panel').locator('summary').click();
  await kp.testId('chronology-table').waitFor();
  assert.deepEqual(await rows(kp), inOrder, 'the same Levenslijn after a reload');

  // The CSV download: header, one line per fact, the formula kept as text.
  const file = await kp.download(() => kp.testId('chronology-csv').click());
  assert.match(file.name, /levenslijn\.csv$/);
  const lines = file.text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l);
  assert.equal(lines[0], 'datum;jaar;leeftijd indexpersoon;persoon;soort;omschrijving');
  assert.equal(lines.length, 6);
  assert.equal(lines[3], '09-2012;2012;7;Noah Bakker;levensgebeurtenis;uithuisplaatsing');
  assert.equal(lines[5], '2019;2019;ca. 14;Noah Bakker;levensgebeurtenis;"\'=SOM(1;1)"');

  // Printing puts the Levenslijn under the drawing.
  await kp.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = await kp.page.locator('#print-area .chronology-print').textContent();
  assert.ok(printed.includes('Levenslijn') && printed.includes('schuldsanering'), printed);
  await kp.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));

  // In English the table follows.
  await kp.testId('lang-select').selectOption('en');
  await kp.page.locator('[data-testid=chronology-kind]', { hasText: 'life event' }).first().waitFor();
  await shot(kp, 'en');
  kp.assertClean();
}));

test('a condition with a "sinds" year and a move in the person panel are lines in the Levenslijn', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create({ stored: true });
  await g.name('Noah');
  await kp.fill('field-birth', '2005-03-10');
  if (!(await kp.testId('field-index').isChecked())) await kp.testId('field-index').check();

  // A condition: alcohol, since 2014 (a wrong date first: a message, nothing saved).
  await kp.testId('add-condition').click();
  const condition = kp.testId('condition-row').first();
  await condition.getByTestId('condition-area').selectOption('alcohol');
  const since = condition.getByTestId('condition-since');
  for (const value of ['ooit', '2014']) {
    await since.fill(value);
    await since.press('Enter');
    await since.dispatchEvent('change');
    if (value === 'ooit') await condition.getByRole('alert').waitFor();
  }
  await condition.getByRole('alert').waitFor({ state: 'detached' });

  // A move: 2018 to Gouda.
  await kp.testId('add-move').click();
  const move = kp.testId('move-row').first();
  await move.waitFor();
  for (const [id, value] of [['move-date', '2018'], ['move-place', 'Gouda']]) {
    const field = move.getByTestId(id);
    await field.fill(value);
    await field.press('Enter');
    await field.dispatchEvent('change');
  }
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=move-place]')?.value === 'Gouda');
  await kp.testId('moves').scrollIntoViewIfNeeded();
  await shot(kp, 'person-panel-since-and-move');

  // Both are lines of the Levenslijn, in time order, with the client's age.
  await kp.testId('chronology-panel').locator('summary').click();
  await kp.testId('chronology-table').waitFor();
  const lines = (await rows(kp)).map((r) => [r[0], r[1], r[3], r[4]]);
  assert.deepEqual(lines, [
    ['10-03-2005', '0', 'geboorte', 'geboren'],
    ['2014', 'ca. 9', 'aandoening', 'begin alcohol (actief)'],
    ['2018', 'ca. 13', 'verhuizing', 'verhuisd naar Gouda'],
  ]);
  await kp.testId('chronology-table').scrollIntoViewIfNeeded();
  await shot(kp, 'since-and-move');

  // Kept with the document.
  await kp.library.waitForDocument((d) => (d.content.persons ?? []).some((p) =>
    (p.moves ?? []).some((m) => m.place === 'Gouda' && m.date === '2018')
    && (p.conditions ?? []).some((c) => c.since === '2014')));
  kp.assertClean();
}));
