// Sectors of a netwerkkaart as a wijkteam extends them: add "Kerk", fill it, see its
// wedge, try to remove it while it has actors, empty and remove it, undo, keep it
// through a reload and in the SVG export. Notes on the centre and on a tie stay too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const rows = (kp) => kp.testId('sector-row');
const wedge = (kp, id) => kp.page.locator(`[data-testid=canvas-content] g[data-key="sector:${id}"]`);
const actorOnCanvas = (kp, name) => kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: name });
const focusedTestId = (kp) => kp.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

/** Selects an actor by clicking its symbol on the canvas. */
async function selectActor(kp, name) {
  await actorOnCanvas(kp, name).first().locator(':scope > :first-child').click({ force: true });
  await kp.page.waitForFunction((n) => document.querySelector('[data-testid=actor-name]')?.value === n, name);
}

/** Types into a textarea and commits it by leaving the field. */
async function fillNotes(kp, locator, text) {
  await locator.fill(text);
  await locator.press('Tab');
}

/** Adds an actor with the "+" of a sector row; its name field has the focus. */
async function addActorIn(kp, row, name) {
  await row.getByTestId('sector-add-actor').click();
  await kp.testId('actor-panel').waitFor();
  assert.equal(await focusedTestId(kp), 'actor-name', 'the new actor\'s name has the focus');
  await kp.page.keyboard.type(name);
  await kp.page.keyboard.press('Tab');
  await actorOnCanvas(kp, name).first().waitFor();
}

async function waitSaved(kp) {
  await kp.page.waitForFunction(() => /Opgeslagen om \d\d:\d\d/
    .test(document.querySelector('[data-testid=status-message]').textContent));
}

test('a custom sector Kerk: add, rename, fill, refuse removal, empty, remove, undo, reload, export', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.testId('centre-panel').waitFor();
  await kp.fill('centre-name', 'Noah');
  await fillNotes(kp, kp.testId('centre-notes'), 'Woont sinds maart bij oma.\nWil graag weer voetballen.');
  assert.equal(await rows(kp).count(), 4, 'the four standard sectors');
  assert.deepEqual(await kp.testId('sector-name').evaluateAll((els) => els.map((e) => e.value)),
    ['familie', 'vrienden / kennissen', "buren / collega's / school", 'professionals / organisaties']);

  // "+ Sector": a new row named "Nieuwe sector", the cursor in its name, text selected.
  await kp.testId('add-sector').click();
  assert.equal(await rows(kp).count(), 5);
  const kerk = rows(kp).last();
  const sectorId = await kerk.getAttribute('data-sector');
  assert.equal(await kerk.getByTestId('sector-name').inputValue(), 'Nieuwe sector');
  assert.equal(await focusedTestId(kp), 'sector-name', 'the new sector\'s name has the focus');
  assert.ok((await wedge(kp, sectorId).textContent()).includes('Nieuwe sector (0)'), 'a new empty wedge');
  await kp.page.keyboard.type('Kerk');
  await kp.page.keyboard.press('Tab');
  await kp.page.waitForFunction((id) => document.querySelector(`[data-testid=canvas-content] g[data-key="sector:${id}"]`)
    ?.textContent.includes('Kerk (0)'), sectorId);
  // The rename was one step: undo gives the default name back, redo the new one.
  await kp.testId('undo').click();
  assert.equal(await kerk.getByTestId('sector-name').inputValue(), 'Nieuwe sector');
  await kp.testId('redo').click();
  assert.equal(await kerk.getByTestId('sector-name').inputValue(), 'Kerk');
  // An empty custom sector is a missing sector like any other.
  assert.ok((await kp.page.locator('[data-testid=finding][data-kind=MissingSector]', { hasText: 'Kerk' }).count()) === 1);

  // Two actors in Kerk through its "+", named for a screen reader after the sector.
  assert.equal(await kerk.getByRole('button', { name: 'Iemand toevoegen in ‘Kerk’' }).count(), 1);
  await addActorIn(kp, kerk, 'Dominee Bakker');
  assert.equal(await kp.testId('actor-sector').evaluate((el) => el.selectedOptions[0].textContent), 'Kerk',
    'the sector choice lists the custom sector');
  await addActorIn(kp, kerk, 'Koster Wim');
  assert.equal((await kerk.getByTestId('sector-actors').textContent()).trim(), '2');
  assert.equal(await kerk.getByTestId('sector-actors').getAttribute('title'), '2 actoren');
  const label = await wedge(kp, sectorId).textContent();
  assert.ok(label.includes('Kerk (2)'), `the wedge is labelled Kerk (2), got ${label}`);
  for (const name of ['Dominee Bakker', 'Koster Wim']) assert.equal(await actorOnCanvas(kp, name).count(), 1);
  const counts = await kp.page.locator('[data-testid=sector-count]', { hasText: 'Kerk' }).textContent();
  assert.match(counts, /Kerk.*2$/, 'the analysis counts the custom sector');
  await kp.screenshot('netwerkkaart-sectors');
  await kp.testId('sectors-panel').scrollIntoViewIfNeeded();
  await kp.screenshot('netwerkkaart-sectors-panel');

  // Not removable while it has actors: disabled, and the tooltip gives the model's reason.
  const remove = kerk.getByTestId('sector-remove');
  assert.equal(await remove.isDisabled(), true);
  assert.equal(await remove.getAttribute('title'), 'Sector ‘Kerk’ heeft nog 2 actoren; verplaats of verwijder die eerst.');
  assert.equal(await remove.getAttribute('aria-label'), 'Sector ‘Kerk’ verwijderen');
  assert.equal(await rows(kp).first().getByTestId('sector-remove').isDisabled(), false, 'an empty standard sector may go');

  // Move the dominee to familie and delete the koster: now Kerk can go.
  await selectActor(kp, 'Dominee Bakker');
  await kp.testId('actor-sector').selectOption({ label: 'familie' });
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=actor-sector]').selectedOptions[0].textContent === 'familie');
  await selectActor(kp, 'Koster Wim');
  await kp.testId('delete-actor').click();
  assert.equal(await kerk.getByTestId('sector-actors').getAttribute('title'), '0 actoren');
  assert.equal(await remove.isDisabled(), false);
  await remove.click();
  assert.equal(await rows(kp).count(), 4);
  assert.equal(await wedge(kp, sectorId).count(), 0, 'the wedge is gone');
  assert.match(await kp.testId('status-message').textContent(), /Sector verwijderd/);
  await kp.testId('undo').click();
  assert.equal(await rows(kp).count(), 5, 'undo brings it back');
  assert.equal(await rows(kp).last().getByTestId('sector-name').inputValue(), 'Kerk');
  assert.ok((await wedge(kp, sectorId).textContent()).includes('Kerk (0)'));

  // A note on the dominee's tie to Noah.
  await selectActor(kp, 'Dominee Bakker');
  await fillNotes(kp, kp.testId('tie-notes').first(), 'Ziet Noah wekelijks na de dienst.');

  // A reload keeps the sector, the centre's notes and the tie's notes.
  await waitSaved(kp);
  await kp.reload();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=sector-row]').length === 5);
  assert.equal(await rows(kp).last().getByTestId('sector-name').inputValue(), 'Kerk');
  assert.ok((await wedge(kp, sectorId).textContent()).includes('Kerk (0)'));
  assert.equal(await kp.testId('centre-notes').inputValue(), 'Woont sinds maart bij oma.\nWil graag weer voetballen.');
  await selectActor(kp, 'Dominee Bakker');
  assert.equal(await kp.testId('tie-notes').first().inputValue(), 'Ziet Noah wekelijks na de dienst.');

  // The exported SVG carries the sector's name.
  await kp.testId('menu-export').click();
  await kp.testId('export-dialog').waitFor();
  const [download] = await Promise.all([kp.page.waitForEvent('download'), kp.testId('export-svg').click()]);
  const svg = await readFile(await download.path(), 'utf8');
  assert.ok(svg.includes('Kerk (0)'), 'the wedge label in the SVG');
  assert.deepEqual(kp.errors, []);
  assert.deepEqual(kp.foreignRequests, []);
  await kp.close();
});

test('six sectors with people in each read apart on the map', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.fill('centre-name', 'Gezin Yilmaz');
  for (const name of ['kerk / moskee', 'sport / vereniging']) {
    await kp.testId('add-sector').click();
    await kp.page.keyboard.type(name);
    await kp.page.keyboard.press('Tab');
  }
  const people = [['Oma'], ['Sanne', 'Mo'], ['Buurvrouw Els'], ['Huisarts', 'Wijkteam'], ['Imam Yusuf'], ['Trainer Kees', 'Teamgenoot']];
  for (const [i, names] of people.entries()) {
    for (const name of names) await addActorIn(kp, rows(kp).nth(i), name);
  }
  // The sector names on the canvas do not overlap one another.
  const boxes = await kp.page.locator('[data-testid=canvas-content] g[data-key^="sector:"] text').evaluateAll(
    (els) => els.map((e) => { const b = e.getBoundingClientRect(); return { t: e.textContent, x0: b.left, x1: b.right, y0: b.top, y1: b.bottom }; }));
  assert.equal(boxes.length, 6);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
      assert.ok(apart, `${a.t} and ${b.t} overlap`);
    }
  }
  await kp.testId('zoom-fit').click();
  await kp.screenshot('netwerkkaart-six-sectors');
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('digit keys on the canvas add someone in sector 1 to 9, custom sectors included', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.testId('centre-panel').waitFor();
  assert.equal(await kp.testId('add-actor-family').getAttribute('title'), 'Toets 1');
  assert.equal(await kp.testId('add-actor-professionals').getAttribute('aria-keyshortcuts'), '4');
  await kp.testId('add-sector').click();
  await kp.page.keyboard.type('Kerk');
  await kp.page.keyboard.press('Tab');
  assert.match(await rows(kp).last().getByTestId('sector-add-actor').getAttribute('title'), /Kerk.*\(Toets 5\)/);

  // From the canvas: a digit, the name, Escape back to the canvas, the next digit.
  await kp.testId('canvas').focus();
  for (const [key, name] of [['1', 'Oma Riet'], ['4', 'Huisarts Boer'], ['5', 'Dominee Bakker']]) {
    await kp.page.keyboard.press(key);
    assert.equal(await focusedTestId(kp), 'actor-name', `${key}: the cursor is in the new name`);
    await kp.page.keyboard.type(name);
    await kp.page.keyboard.press('Escape');
    assert.equal(await focusedTestId(kp), 'canvas', 'Escape returns to the canvas');
    await actorOnCanvas(kp, name).first().waitFor();
  }
  const counts = await kp.testId('sector-actors').allTextContents();
  assert.deepEqual(counts.map(Number), [1, 0, 0, 1, 1], 'familie, vrienden, buren, professionals, Kerk');
  // A digit past the last sector adds nothing.
  await kp.page.keyboard.press('8');
  assert.equal(await kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]').count(), 3);
  // One undo step per added person and per name.
  await kp.testId('undo').click();
  await kp.testId('undo').click();
  assert.equal(await actorOnCanvas(kp, 'Dominee Bakker').count(), 0);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});
