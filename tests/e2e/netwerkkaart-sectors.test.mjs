// Sectors of a netwerkkaart as a wijkteam extends them: add "Kerk", fill it, see its
// wedge, try to remove it while it has actors, empty and remove it, undo, keep it
// through a reload and in the SVG export. Notes on the centre and on a tie stay too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/** Types into a textarea and commits it by leaving the field. */
async function fillNotes(locator, text) {
  await locator.fill(text);
  await locator.press('Tab');
}

test('a custom sector Kerk: add, rename, fill, refuse removal, empty, remove, undo, reload, export', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  const rows = map.sectorRows();
  await map.create('Noah');
  await fillNotes(kp.testId('centre-notes'), 'Woont sinds maart bij oma.\nWil graag weer voetballen.');
  assert.equal(await rows.count(), 4, 'the four standard sectors');
  assert.deepEqual(await kp.testId('sector-name').evaluateAll((els) => els.map((e) => e.value)),
    ['familie', 'vrienden / kennissen', "buren / collega's / school", 'professionals / organisaties']);

  // "+ Sector": a new row named "Nieuwe sector", the cursor in its name, text selected.
  await kp.testId('add-sector').click();
  assert.equal(await rows.count(), 5);
  const kerk = rows.last();
  const sectorId = await kerk.getAttribute('data-sector');
  assert.equal(await kerk.getByTestId('sector-name').inputValue(), 'Nieuwe sector');
  assert.equal(await kp.focusedTestId(), 'sector-name', 'the new sector\'s name has the focus');
  assert.ok((await map.wedge(sectorId).textContent()).includes('Nieuwe sector (0)'), 'a new empty wedge');
  await kp.page.keyboard.type('Kerk');
  await kp.page.keyboard.press('Tab');
  await kp.page.waitForFunction((id) => document.querySelector(`[data-testid=canvas-content] g[data-key="sector:${id}"]`)
    ?.textContent.includes('Kerk (0)'), sectorId);
  // The rename was one step: undo gives the default name back, redo the new one.
  await kp.undo();
  assert.equal(await kerk.getByTestId('sector-name').inputValue(), 'Nieuwe sector');
  await kp.redo();
  assert.equal(await kerk.getByTestId('sector-name').inputValue(), 'Kerk');
  // An empty custom sector is a missing sector like any other.
  assert.ok((await kp.page.locator('[data-testid=finding][data-kind=MissingSector]', { hasText: 'Kerk' }).count()) === 1);

  // Two actors in Kerk through its "+", named for a screen reader after the sector.
  assert.equal(await kerk.getByRole('button', { name: 'Iemand toevoegen in ‘Kerk’' }).count(), 1);
  await map.add(kerk, 'Dominee Bakker');
  assert.equal(await kp.selectedLabel('actor-sector'), 'Kerk', 'the sector choice lists the custom sector');
  await map.add(kerk, 'Koster Wim');
  assert.equal((await kerk.getByTestId('sector-actors').textContent()).trim(), '2');
  assert.equal(await kerk.getByTestId('sector-actors').getAttribute('title'), '2 actoren');
  const label = await map.wedge(sectorId).textContent();
  assert.ok(label.includes('Kerk (2)'), `the wedge is labelled Kerk (2), got ${label}`);
  for (const name of ['Dominee Bakker', 'Koster Wim']) {
    assert.equal(await kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: name }).count(), 1);
  }
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
  assert.equal(await rows.first().getByTestId('sector-remove').isDisabled(), false, 'an empty standard sector may go');

  // Move the dominee to familie and delete the koster: now Kerk can go.
  await map.select('Dominee Bakker');
  await kp.testId('actor-sector').selectOption({ label: 'familie' });
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=actor-sector]').selectedOptions[0].textContent === 'familie');
  await map.select('Koster Wim');
  await kp.testId('delete-actor').click();
  assert.equal(await kerk.getByTestId('sector-actors').getAttribute('title'), '0 actoren');
  assert.equal(await remove.isDisabled(), false);
  await remove.click();
  assert.equal(await rows.count(), 4);
  assert.equal(await map.wedge(sectorId).count(), 0, 'the wedge is gone');
  assert.match(await kp.status.text(), /Sector verwijderd/);
  await kp.undo();
  assert.equal(await rows.count(), 5, 'undo brings it back');
  assert.equal(await rows.last().getByTestId('sector-name').inputValue(), 'Kerk');
  assert.ok((await map.wedge(sectorId).textContent()).includes('Kerk (0)'));

  // A note on the dominee's tie to Noah.
  await map.select('Dominee Bakker');
  await fillNotes(kp.testId('tie-notes').first(), 'Ziet Noah wekelijks na de dienst.');

  // A reload keeps the sector, the centre's notes and the tie's notes.
  await kp.status.waitSaved();
  await kp.reload();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=sector-row]').length === 5);
  assert.equal(await rows.last().getByTestId('sector-name').inputValue(), 'Kerk');
  assert.ok((await map.wedge(sectorId).textContent()).includes('Kerk (0)'));
  assert.equal(await kp.testId('centre-notes').inputValue(), 'Woont sinds maart bij oma.\nWil graag weer voetballen.');
  await map.select('Dominee Bakker');
  assert.equal(await kp.testId('tie-notes').first().inputValue(), 'Ziet Noah wekelijks na de dienst.');

  // The exported SVG carries the sector's name.
  const { text: svg } = await kp.export.svg();
  assert.ok(svg.includes('Kerk (0)'), 'the wedge label in the SVG');
}));

test('six sectors with people in each read apart on the map', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create('Gezin Yilmaz');
  for (const name of ['kerk / moskee', 'sport / vereniging']) {
    await kp.testId('add-sector').click();
    await kp.page.keyboard.type(name);
    await kp.page.keyboard.press('Tab');
  }
  const people = [['Oma'], ['Sanne', 'Mo'], ['Buurvrouw Els'], ['Huisarts', 'Wijkteam'], ['Imam Yusuf'], ['Trainer Kees', 'Teamgenoot']];
  for (const [i, names] of people.entries()) {
    for (const name of names) await map.add(map.sectorRows().nth(i), name);
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
}));

test('digit keys on the canvas add someone in sector 1 to 9, custom sectors included', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create();
  assert.equal(await kp.testId('add-actor-family').getAttribute('title'), 'Toets 1');
  assert.equal(await kp.testId('add-actor-professionals').getAttribute('aria-keyshortcuts'), '4');
  await kp.testId('add-sector').click();
  assert.equal(await kp.focusedTestId(), 'sector-name', 'the new sector\'s name field has the cursor');
  await kp.page.keyboard.type('Kerk');
  await kp.page.keyboard.press('Tab');
  assert.equal(await map.sectorRows().last().getByTestId('sector-name').inputValue(), 'Kerk', 'no keystroke lost');
  assert.match(await map.sectorRows().last().getByTestId('sector-add-actor').getAttribute('title'), /Kerk.*\(Toets 5\)/);

  // From the canvas: a digit, the name, Escape back to the canvas, the next digit.
  await kp.testId('canvas').focus();
  for (const [key, name] of [['1', 'Oma Riet'], ['4', 'Huisarts Boer'], ['5', 'Dominee Bakker']]) {
    await kp.page.keyboard.press(key);
    assert.equal(await kp.focusedTestId(), 'actor-name', `${key}: the cursor is in the new name`);
    await kp.page.keyboard.type(name);
    await kp.page.keyboard.press('Escape');
    assert.equal(await kp.focusedTestId(), 'canvas', 'Escape returns to the canvas');
    await map.actor(name).waitFor();
  }
  const counts = await kp.testId('sector-actors').allTextContents();
  assert.deepEqual(counts.map(Number), [1, 0, 0, 1, 1], 'familie, vrienden, buren, professionals, Kerk');
  // A digit past the last sector adds nothing.
  await kp.page.keyboard.press('8');
  assert.equal(await map.actorCount(), 3);
  // One undo step per added person and per name.
  await kp.undo(2);
  assert.equal(await kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: 'Dominee Bakker' }).count(), 0);
}));
