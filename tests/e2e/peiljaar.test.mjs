// The family in a given year ("Peiljaar"): what a trainer does with a three-generation
// family. Open the example case, turn on the year view, slide and type to 1998: who was
// born later is gone, ages are those of 1998, the title says the year; step with the
// keyboard; export that view; and the stored family never changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';
const TITLE = 'Voorbeeld: Familie in twee landen';

/** The texts drawn in the person symbol whose name is `name`. */
async function personTexts(kp, name) {
  const g = kp.page.locator('svg g[data-key^="person:"]', { hasText: name });
  assert.equal(await g.count(), 1, `${name} drawn once`);
  return g.locator('text').allTextContents();
}

/** Whether a person with this name is drawn. */
async function drawn(kp, name) {
  return (await kp.page.locator('svg g[data-key^="person:"]', { hasText: name }).count()) > 0;
}

/** The drawing's title block. */
async function title(kp) {
  return (await kp.page.locator('svg g[data-key="title"] text').allTextContents()).join(' | ');
}

test('a trainer looks at a three-generation family in 1998, steps through years and exports it', () => withPage(async (kp) => {
  await kp.library.open();
  await kp.testId('library-cases').click();
  await kp.testId('cases-dialog').waitFor();
  await kp.testId('case-twee-landen').getByTestId('case-open').click();
  await kp.testId('case-notes-dialog').waitFor();
  await kp.page.keyboard.press('Escape');
  const stored = await kp.library.waitForDocument((d) => d.title === TITLE);
  // Today: Zofia (2010) is there, Jan (1955) died in 2020.
  assert.ok(await drawn(kp, 'Zofia'));
  assert.ok((await personTexts(kp, 'Jan')).some((t) => t.includes('† 2020')));

  // Turn the year view on: it starts at this year, the slider spans the family's years.
  const panel = kp.testId('year-panel');
  await panel.locator('summary').click();
  await kp.testId('year-on').check();
  const slider = kp.testId('year-slider');
  assert.equal(await slider.getAttribute('min'), '1955', 'from the earliest birth');
  const thisYear = String(new Date().getUTCFullYear());
  assert.equal(await slider.getAttribute('max'), thisYear);
  assert.equal(await slider.inputValue(), thisYear);
  assert.ok((await title(kp)).includes(`${TITLE}, ${thisYear}`), await title(kp));

  // Slide to 1999, then an arrow key on the slider steps one year back: 1998.
  await slider.fill('1999');
  assert.equal(await kp.testId('year-field').inputValue(), '1999');
  await slider.focus();
  await kp.page.keyboard.press('ArrowLeft');
  assert.equal(await kp.testId('year-field').inputValue(), '1998');
  await kp.page.locator('svg g[data-key="title"] text', { hasText: `${TITLE}, 1998` }).waitFor();

  // In 1998: Zofia (2010) and Kuba (2016) are not drawn, Tomasz and Agnieszka (married
  // 2009) have no union line yet; Jan is alive at ca. 43, Piotr (1985) ca. 13.
  assert.ok(!(await drawn(kp, 'Zofia')) && !(await drawn(kp, 'Kuba')), 'born after 1998: not drawn');
  const jan = await personTexts(kp, 'Jan');
  assert.ok(jan.includes('ca. 43') && !jan.some((t) => t.includes('†')), jan.join(' | '));
  assert.ok((await personTexts(kp, 'Piotr')).includes('ca. 13'));
  assert.ok(!(await kp.canvasText()).includes('2009'), 'no "h. 2009" yet');
  await mkdir(SHOTS, { recursive: true });
  await kp.page.screenshot({ path: `${SHOTS}/peiljaar-1998.png` });

  // Typing a year; a word instead of a year gets a clear message and changes nothing.
  await kp.testId('year-field').fill('2012');
  await kp.testId('year-field').press('Enter');
  await slider.waitFor();
  assert.equal(await slider.inputValue(), '2012');
  assert.ok(await drawn(kp, 'Zofia'), 'born 2010: there in 2012');
  assert.ok((await personTexts(kp, 'Zofia')).includes('ca. 2'));
  await kp.page.screenshot({ path: `${SHOTS}/peiljaar-2012.png` });
  await kp.testId('year-field').fill('');
  await kp.testId('year-field').press('Enter');
  await kp.testId('year-bad').waitFor();
  assert.equal(await slider.inputValue(), '2012', 'still 2012');

  // [ and ] on the canvas step the year.
  await kp.testId('year-field').fill('1999');
  await kp.testId('year-field').press('Enter');
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('[');
  assert.equal(await kp.testId('year-field').inputValue(), '1998');
  await kp.page.keyboard.press(']');
  await kp.page.keyboard.press('[');
  assert.ok((await title(kp)).includes(`${TITLE}, 1998`));

  // The export shows the view, titled with the year.
  const { name, text } = await kp.export.svg();
  assert.ok(name.includes('1998') && name.endsWith('.svg'), name);
  assert.ok(text.includes(`<title>${TITLE}, 1998</title>`), 'the SVG title says the year');
  assert.ok(!text.includes('Zofia') && text.includes('ca. 43'), 'the exported drawing is the view');
  await kp.page.keyboard.press('Escape');

  // Off: the family as it is now, and the stored document never changed.
  await kp.testId('year-on').uncheck();
  assert.ok(await drawn(kp, 'Zofia'));
  assert.ok(!(await title(kp)).includes('1998'));
  const after = (await kp.library.documents())[stored.id];
  assert.deepEqual(after.content, stored.content, 'the year view is a view: the family is unchanged');
}));
