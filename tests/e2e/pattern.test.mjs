// The pattern lens ("Patroon"): what a trainer does with a three-generation addiction
// family. Open the example case, switch on a theme, read the summary in the panel and
// on the drawing, export that view as SVG, read it in English, and switch it off; the
// document itself never changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';
const SPAN_NL = 'verslaving (alcohol of drugs) in 3 opeenvolgende generaties: Sjoerd → Klaas → Jelle (intergenerationeel).';
const SPAN_EN = 'addiction (alcohol or drugs) in 3 consecutive generations: Sjoerd → Klaas → Jelle (intergenerational).';

/** The texts of the drawing's summary block on the canvas. */
async function drawnSummary(kp) {
  return kp.page.locator('svg g[data-key="pattern"] text').allTextContents();
}

test('a trainer follows addiction through three generations, reads and exports it', () => withPage(async (kp) => {
  // Open the example case "Drie generaties drank" and put its notes away.
  await kp.library.open();
  await kp.testId('library-cases').click();
  await kp.testId('cases-dialog').waitFor();
  await kp.testId('case-verslaving').getByTestId('case-open').click();
  await kp.testId('case-notes-dialog').waitFor();
  await kp.page.keyboard.press('Escape');
  const stored = await kp.library.waitForDocument((d) => d.title === 'Voorbeeld: Drie generaties drank');
  assert.equal(await kp.page.locator('g[data-key="pattern"]').count(), 0, 'no lens at first');

  // The panel offers the themes this family has.
  const panel = kp.testId('pattern-panel');
  await panel.locator('summary').click();
  const offered = await kp.testId('pattern-themes').locator('label').allTextContents();
  for (const t of ['verslaving (alcohol of drugs)', 'alcohol', 'drugs', 'vijandig', 'echtscheiding']) {
    assert.ok(offered.some((o) => o.trim() === t), `${t} offered: ${offered.join(' | ')}`);
  }
  assert.ok(!offered.some((o) => o.trim() === 'psychisch'), 'nobody has a mental condition');

  // Switch on addiction: the summary in the panel and on the drawing.
  await kp.testId('pattern-theme-addiction').check();
  const summary = kp.testId('pattern-summary');
  await summary.waitFor();
  const said = await summary.locator('p').allTextContents();
  assert.ok(said.includes(SPAN_NL), said.join('\n'));
  assert.ok(said.some((l) => l.startsWith('verslaving (alcohol of drugs): 4 personen in 3 generaties')), said.join('\n'));
  const drawn = await drawnSummary(kp);
  assert.equal(drawn[0], 'Patroon');
  assert.ok(drawn.includes(SPAN_NL), drawn.join('\n'));

  // Marked persons carry a ring; the others are dimmed.
  const rings = kp.page.locator('g[data-key^="person:"] circle.lens-ring');
  assert.equal(await rings.count(), 4, 'Sjoerd, Klaas, Wiebe and Jelle');
  const dimmed = await kp.page.locator('g[data-key^="person:"]:not(:has(circle.lens-ring)) [opacity]').count();
  assert.ok(dimmed > 0, 'the others are dimmed');

  // The description in words carries the same sentences.
  const description = await kp.genogram.description();
  assert.ok(description.includes(SPAN_NL), description);

  await mkdir(SHOTS, { recursive: true });
  await kp.page.screenshot({ path: `${SHOTS}/pattern-lens.png` });

  // The export shows the lens as on screen.
  const { text } = await kp.export.svg();
  assert.ok(text.includes('opeenvolgende generaties: Sjoerd → Klaas → Jelle'), 'summary in the SVG');
  assert.equal((text.match(/class="lens-ring"/g) ?? []).length, 4, 'rings in the SVG');
  await kp.page.keyboard.press('Escape');

  // A second theme gets its own ring; in English the sentences follow.
  await kp.testId('pattern-theme-condition-alcohol').check();
  assert.equal(await rings.count(), 7, 'four for addiction, three for alcohol');
  await kp.testId('lang-select').selectOption('en');
  await summary.locator('p', { hasText: SPAN_EN }).waitFor();
  assert.ok((await drawnSummary(kp)).includes(SPAN_EN));
  await kp.page.screenshot({ path: `${SHOTS}/pattern-lens-en.png` });

  // Off again: no rings, no summary, and the stored document never changed.
  await kp.testId('pattern-clear').click();
  assert.equal(await rings.count(), 0);
  assert.equal(await kp.page.locator('g[data-key="pattern"]').count(), 0);
  const after = (await kp.library.documents())[stored.id];
  assert.deepEqual(after.content, stored.content, 'the lens is a view: the family is unchanged');
}));
