// Presentation mode ("Presenteren"), as a trainer uses it with a leerkring on a
// 1280×720 projector: open an example case, present it, step through the generations,
// relations and households with a clicker's PageDown/PageUp and the arrows, switch the
// names to roles with one key (remembered, the document unchanged), point at a person,
// clear the rings, and leave with Escape to edit again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';
const STAGE = '[data-testid=present-stage]';

/** How many items of a kind ("person", "relation", …, or "legend") the presentation shows. */
function shown(kp, kind) {
  const key = kind === 'legend' ? '[data-key=legend]' : `[data-key^="${kind}:"]`;
  return kp.page.locator(`${STAGE} g${key}`).count();
}

/** Waits for the step counter to start with `text`. */
async function waitCounter(kp, text) {
  await kp.page.waitForFunction(
    (t) => document.querySelector('[data-testid=present-counter]')?.textContent.startsWith(t), text);
}

test('present an example case step by step, names as roles, a pointer, and back to editing', () =>
  withPage({ viewport: { width: 1280, height: 720 } }, async (kp) => {
    await mkdir(SHOTS, { recursive: true });
    await kp.library.open();
    await kp.testId('library-cases').click();
    await kp.testId('cases-dialog').waitFor();
    await kp.testId('case-samengesteld').getByTestId('case-open').click();
    await kp.testId('case-notes-dialog').waitFor();
    await kp.page.keyboard.press('Escape');
    await kp.testId('case-notes-dialog').waitFor({ state: 'detached' });
    const stored = await kp.library.waitForDocument((d) => d.title === 'Voorbeeld: Twee huizen na de scheiding');
    assert.equal(await kp.page.locator('g[data-person]').count(), 9);

    // F5: the drawing over the whole window, the first generation only.
    await kp.page.keyboard.press('F5');
    const present = kp.testId('present');
    await present.waitFor();
    await waitCounter(kp, 'Stap 1 van 4');
    assert.match(await kp.testId('present-counter').textContent(), /Generaties/);
    const box = await present.boundingBox();
    assert.deepEqual([box.x, box.y, box.width, box.height], [0, 0, 1280, 720], 'the whole window');
    assert.equal(await shown(kp, 'person'), 5, 'the parents\' generation');
    assert.equal(await shown(kp, 'child'), 0);
    assert.equal(await shown(kp, 'relation'), 0);
    assert.equal(await shown(kp, 'household'), 0);
    assert.match(await kp.page.locator(STAGE).textContent(), /Sanne/);
    assert.doesNotMatch(await kp.page.locator(STAGE).textContent(), /Evi/);
    await kp.page.screenshot({ path: `${SHOTS}/present-step1.png` });

    // A clicker's PageDown: the children's generation and the lines down to them.
    await kp.page.keyboard.press('PageDown');
    await waitCounter(kp, 'Stap 2 van 4');
    assert.equal(await shown(kp, 'person'), 9);
    assert.ok(await shown(kp, 'child') >= 4, 'child lines');
    assert.equal(await shown(kp, 'relation'), 0);
    // The arrow: the relations; Space: the households and the legend.
    await kp.page.keyboard.press('ArrowRight');
    await waitCounter(kp, 'Stap 3 van 4');
    assert.match(await kp.testId('present-counter').textContent(), /Relaties/);
    assert.equal(await shown(kp, 'relation'), 4);
    assert.equal(await shown(kp, 'household'), 0);
    await kp.page.keyboard.press(' ');
    await waitCounter(kp, 'Stap 4 van 4');
    assert.equal(await shown(kp, 'household'), 2);
    assert.equal(await shown(kp, 'legend'), 0, 'no legend: the family gets the room');
    await kp.page.screenshot({ path: `${SHOTS}/present-step4.png` });
    await kp.page.keyboard.press('PageDown');
    await waitCounter(kp, 'Stap 4 van 4');
    await kp.page.keyboard.press('PageUp');
    await waitCounter(kp, 'Stap 3 van 4');
    assert.equal(await shown(kp, 'household'), 0, 'back: the households go again');
    await kp.page.keyboard.press('ArrowLeft');
    await waitCounter(kp, 'Stap 2 van 4');
    assert.equal(await shown(kp, 'relation'), 0);
    await kp.page.keyboard.press('PageDown');
    await kp.page.keyboard.press('PageDown');
    await waitCounter(kp, 'Stap 4 van 4');

    // N: initials, then roles; the stored document keeps its names.
    assert.match(await kp.testId('present-names').textContent(), /^Namen/);
    await kp.page.keyboard.press('n');
    await kp.page.waitForFunction(() => /^Initialen/.test(document.querySelector('[data-testid=present-names]').textContent));
    assert.doesNotMatch(await kp.page.locator(STAGE).textContent(), /Sanne|Evi/);
    await kp.page.keyboard.press('n');
    await kp.page.waitForFunction(() => /^Rollen/.test(document.querySelector('[data-testid=present-names]').textContent));
    const roles = await kp.page.locator(STAGE).textContent();
    assert.match(roles, /cliënt/);
    assert.match(roles, /moeder/);
    assert.doesNotMatch(roles, /Sanne|Evi|Verhoef/);
    assert.equal(await shown(kp, 'person'), 9, 'the step stays');
    await kp.page.screenshot({ path: `${SHOTS}/present-roles.png` });
    const view = await kp.page.evaluate((id) => localStorage.getItem(`kring.view.${id}`), stored.id);
    assert.equal(view, 'names=roles;order=oldest', 'remembered for this document');
    const doc = JSON.parse(await kp.page.evaluate((id) => localStorage.getItem(`kring.doc.${id}`), stored.id));
    assert.ok(doc.content.persons.some((p) => p.given_name === 'Evi'), 'the document keeps the names');

    // The pointer: a click on a person rings it; C clears.
    const mother = kp.page.locator(`${STAGE} g[data-key^="person:"]`, { hasText: 'moeder' }).first();
    const motherKey = await mother.getAttribute('data-key');
    const m = await mother.locator('rect, circle, polygon').first().boundingBox();
    await kp.page.mouse.click(m.x + m.width / 2, m.y + m.height / 2);
    const ring = kp.testId('present-ring');
    await ring.waitFor();
    assert.equal(await ring.getAttribute('data-key'), motherKey);
    await kp.page.screenshot({ path: `${SHOTS}/present-pointer.png` });
    await kp.page.mouse.click(5, 5);
    assert.equal(await ring.count(), 1, 'a click on empty paper marks nothing');
    // Nothing edits while presenting.
    await kp.page.keyboard.press('Delete');
    await kp.page.keyboard.press('p');
    await kp.page.keyboard.press('c');
    await ring.waitFor({ state: 'detached' });

    // Escape: back to the editor, which edits again; the drawing there has its names.
    await kp.page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });
    assert.equal(await kp.page.locator('g[data-person]').count(), 9, 'nothing was deleted or added');
    assert.match(await kp.testId('canvas-content').textContent(), /Evi/);
    await kp.genogram.select('Evi');
    await kp.genogram.add('partner');
    await kp.library.waitForDocument((d) => d.id === stored.id && d.content.persons.length === 10);

    // The toolbar's "Presenteren" presents again, with the names as the trainer left them.
    await kp.page.keyboard.press('Escape');
    await kp.testId('present-start').click();
    await present.waitFor();
    await waitCounter(kp, 'Stap 1 van');
    assert.match(await kp.testId('present-names').textContent(), /^Rollen/);
    await kp.page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });
  }));
