// A netwerkkaart next to the genogram of the same casus: the family comes over from the
// genogram in one step, a rename on the map shows in the genogram and the other way
// round; and the map is usable with the keyboard alone (arrows between actors, Enter
// to the form, Delete, undo, Tab through every control).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const actorCount = (kp) => kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]').count();
const status = (kp) => kp.testId('status-message').textContent();
const canvasText = (kp) => kp.testId('canvas-content').textContent();

async function waitSaved(kp) {
  await kp.page.waitForFunction(() => /Opgeslagen om \d\d:\d\d/
    .test(document.querySelector('[data-testid=status-message]').textContent));
}

async function waitStatus(kp, re) {
  await kp.page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-testid=status-message]').textContent), re.source);
}

/** Selects a genogram person by clicking its symbol. */
async function selectPerson(kp, name) {
  await kp.page.locator('[data-testid=canvas-content] g[data-key^="person:"]', { hasText: name }).first().click();
  await kp.testId('field-given-name').waitFor();
}

/** Selects an actor by clicking its symbol on the canvas. */
async function selectActor(kp, name) {
  await kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: name }).first()
    .locator(':scope > :first-child').click({ force: true });
  await kp.page.waitForFunction((n) => document.querySelector('[data-testid=actor-name]')?.value === n, name);
}

/** Opens the library and the document with `title` in it. */
async function openFromLibrary(kp, title) {
  await kp.testId('menu-open').click();
  await kp.testId('library-dialog').waitFor();
  await kp.page.locator('[data-testid=library-row]', { hasText: title }).first().getByTestId('library-open').click();
  await kp.testId('library-dialog').waitFor({ state: 'detached' });
}

/** The name in the actor panel (the selected actor), or null. */
const selectedActor = (kp) => kp.page.evaluate(() => document.querySelector('[data-testid=actor-name]')?.value ?? null);

/** The screen centre of the selection ring (actor) or of the centre symbol. */
async function selectionAt(kp) {
  const ring = kp.testId('actor-selection-ring');
  const box = (await ring.count()) ? await ring.boundingBox()
    : await kp.page.locator('[data-testid=canvas-content] g[data-key="centre"] > :first-child').first().boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A genogram "Familie De Vries": Sanne (cliënt), partner Mo Bakker, children Lina and Daan. */
async function makeGenogram(kp) {
  await kp.newGenogram();
  await kp.fill('doc-title', 'Familie De Vries');
  await kp.testId('field-gender').selectOption('female');
  await kp.fill('field-given-name', 'Sanne');
  await kp.fill('field-family-name', 'de Vries');
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Mo');
  await kp.fill('field-family-name', 'Bakker');
  await selectPerson(kp, 'Sanne');
  await kp.testId('add-daughter').click();
  await kp.fill('field-given-name', 'Lina');
  await kp.fill('field-family-name', 'de Vries');
  await selectPerson(kp, 'Sanne');
  await kp.testId('add-son').click();
  await kp.fill('field-given-name', 'Daan');
  await kp.fill('field-family-name', 'de Vries');
  assert.equal(await kp.personCount(), 4);
  await kp.page.keyboard.press('Control+s');
  await waitSaved(kp);
}

test('without a genogram in the library the import says so instead of an empty choice', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.testId('genogram-link').waitFor();
  assert.match(await kp.testId('genogram-none').textContent(), /nog geen genogram in deze browser/);
  assert.equal(await kp.testId('genogram-source').count(), 0);
  assert.equal(await kp.testId('genogram-import').count(), 0);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('the family comes over from the genogram, and a rename in one shows in the other', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await makeGenogram(kp);

  // A new map around Sanne; the genogram is offered, with the centre as its cliënt.
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.fill('centre-name', 'Sanne');
  assert.equal(await kp.testId('genogram-source').evaluate((el) => el.selectedOptions[0].textContent), 'Familie De Vries');
  assert.equal(await kp.testId('genogram-link-centre').isChecked(), true);
  // Every control of the section is reachable with Tab.
  await kp.testId('centre-name').focus();
  const reached = new Set();
  for (let i = 0; i < 12; i++) {
    await kp.page.keyboard.press('Tab');
    reached.add(await kp.page.evaluate(() => document.activeElement?.getAttribute('data-testid')));
  }
  for (const id of ['genogram-source', 'genogram-link-centre', 'genogram-import']) assert.ok(reached.has(id), `${id} reachable by Tab`);

  await kp.testId('genogram-import').click();
  await waitStatus(kp, /3 personen uit ‘Familie De Vries’ toegevoegd aan familie\. Het midden is gekoppeld aan de cliënt\./);
  assert.equal(await actorCount(kp), 3);
  let text = await canvasText(kp);
  for (const name of ['Mo Bakker', 'Lina de Vries', 'Daan de Vries', 'Sanne de Vries']) assert.ok(text.includes(name), `${name} on the map`);
  assert.ok(text.includes('familie'));
  assert.equal(await kp.testId('genogram-link-centre').count(), 0, 'the linked centre is not offered again');
  await selectActor(kp, 'Lina de Vries');
  assert.equal(await kp.testId('actor-sector').evaluate((el) => el.selectedOptions[0].textContent), 'familie');
  assert.equal(await kp.testId('actor-role').inputValue(), 'dochter');
  assert.match(await kp.testId('actor-linked').textContent(), /Gekoppeld aan ‘Familie De Vries’/);
  await kp.screenshot('netwerkkaart-link-imported');

  // One undo step takes the whole import back (and the centre's link and name), redo restores it.
  await kp.testId('undo').click();
  assert.equal(await actorCount(kp), 0);
  assert.ok(!(await canvasText(kp)).includes('Sanne de Vries'), 'the centre is Sanne again');
  await kp.testId('redo').click();
  assert.equal(await actorCount(kp), 3);
  // Importing again adds nobody.
  await kp.testId('genogram-import').click();
  await waitStatus(kp, /Iedereen uit ‘Familie De Vries’ stond al op de kaart; niemand toegevoegd\./);
  assert.equal(await actorCount(kp), 3);

  // Rename Lina on the map: the stored genogram gets the name at once.
  await selectActor(kp, 'Lina de Vries');
  await kp.fill('actor-name', 'Lina Bakker');
  await waitStatus(kp, /De nieuwe naam staat ook in het genogram ‘Familie De Vries’\./);
  await kp.page.keyboard.press('Control+s');
  await waitSaved(kp);
  await openFromLibrary(kp, 'Familie De Vries');
  await selectPerson(kp, 'Lina');
  assert.equal(await kp.testId('field-given-name').inputValue(), 'Lina');
  assert.equal(await kp.testId('field-family-name').inputValue(), 'Bakker', 'renamed in the genogram');

  // Rename Mo in the genogram: the map takes it over when it is opened.
  await selectPerson(kp, 'Mo');
  await kp.fill('field-given-name', 'Mohammed');
  await openFromLibrary(kp, 'Nieuwe netwerkkaart');
  await waitStatus(kp, /Namen bijgewerkt uit het genogram: 1\./);
  text = await canvasText(kp);
  assert.ok(text.includes('Mohammed Bakker'), 'renamed on the map');
  assert.ok(text.includes('Lina Bakker'), 'the map\'s own rename stayed');
  await selectActor(kp, 'Mohammed Bakker');
  await kp.screenshot('netwerkkaart-link-renamed');

  // Through a reload nothing changes back.
  await kp.page.keyboard.press('Control+s');
  await waitSaved(kp);
  await kp.reload();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=canvas-content] g[data-key^="actor:"]').length === 3);
  text = await canvasText(kp);
  assert.ok(text.includes('Mohammed Bakker') && text.includes('Lina Bakker'));
  assert.deepEqual(kp.errors, []);
  assert.deepEqual(kp.foreignRequests, []);
  await kp.close();
});

test('a damaged genogram is left alone and the rename on the map says so', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await makeGenogram(kp);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.fill('centre-name', 'Sanne');
  await kp.testId('genogram-import').click();
  await waitStatus(kp, /3 personen/);
  // Another (newer) Kring wrote something this one cannot read.
  const damaged = await kp.page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith('kring.doc.') && localStorage.getItem(k).includes('"genogram"')) {
        localStorage.setItem(k, '{"format":"kring","version":999,"kind":"genogram"}');
        return k;
      }
    }
    return null;
  });
  assert.ok(damaged);
  await selectActor(kp, 'Daan de Vries');
  await kp.fill('actor-name', 'Daan Bakker');
  await waitStatus(kp, /De nieuwe naam staat niet in het genogram ‘Familie De Vries’: .*Het genogram is gelaten zoals het was\./);
  assert.equal(await kp.testId('status-message').evaluate((el) => el.classList.contains('error')), true);
  assert.equal(await kp.page.evaluate((k) => localStorage.getItem(k), damaged), '{"format":"kring","version":999,"kind":"genogram"}',
    'the damaged entry is untouched');
  assert.ok((await canvasText(kp)).includes('Daan Bakker'), 'the map keeps its rename');
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('keyboard only: Enter selects the centre, arrows walk between actors, Enter edits, Delete and undo', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.testId('centre-name').waitFor();
  await kp.page.keyboard.type('Noah');
  await kp.page.keyboard.press('Tab');
  const names = { family: 'Oma Riet', friends: 'Sanne', neighbours: 'Buurvrouw Els', professionals: 'Huisarts' };
  for (const [sector, name] of Object.entries(names)) {
    await kp.testId(`add-actor-${sector}`).focus();
    await kp.page.keyboard.press('Enter');
    await kp.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'actor-name');
    await kp.page.keyboard.type(name);
    await kp.page.keyboard.press('Tab');
  }
  assert.equal(await actorCount(kp), 4);

  // Into the canvas: Escape clears, Enter selects the centre.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('actor-panel').count(), 0);
  await kp.page.keyboard.press('Enter');
  await kp.testId('centre-panel').waitFor();

  // The arrows move the selection to the next symbol that way on the screen.
  const visited = new Set();
  let at = await selectionAt(kp);
  for (const [key, check] of [
    ['ArrowUp', (a, b) => b.y < a.y], ['ArrowDown', (a, b) => b.y > a.y],
    ['ArrowLeft', (a, b) => b.x < a.x], ['ArrowUp', (a, b) => b.y < a.y],
    ['ArrowRight', (a, b) => b.x > a.x],
  ]) {
    await kp.page.keyboard.press(key);
    await kp.testId('actor-selection-ring').waitFor();
    const next = await selectionAt(kp);
    assert.ok(check(at, next), `${key} moved the selection that way (${JSON.stringify(at)} → ${JSON.stringify(next)})`);
    visited.add(await selectedActor(kp));
    at = next;
  }
  assert.deepEqual([...visited].sort(), Object.values(names).sort(), 'every actor reached with the arrows');
  assert.equal(await kp.testId('canvas').evaluate((el) => el === document.activeElement), true, 'the canvas keeps the focus');
  await kp.screenshot('netwerkkaart-keyboard');

  // Enter goes to the name field of the selected actor.
  const current = await selectedActor(kp);
  await kp.page.keyboard.press('Enter');
  assert.equal(await kp.testId('actor-name').evaluate((el) => el === document.activeElement), true, 'Enter focuses the name');
  // Tab from there reaches every control of the actor and tie panels.
  const reached = new Set();
  for (let i = 0; i < 30; i++) {
    await kp.page.keyboard.press('Tab');
    reached.add(await kp.page.evaluate(() => document.activeElement?.getAttribute('data-testid')));
  }
  for (const id of ['actor-role', 'actor-kind', 'actor-sector', 'actor-ring', 'actor-formality', 'actor-verbinder', 'actor-notes',
    'delete-actor', 'tie-select', 'tie-strength', 'tie-quality', 'tie-direction', 'tie-support-P', 'tie-support-E', 'tie-frequency',
    'remove-tie', 'tie-other']) {
    assert.ok(reached.has(id), `${id} reachable by Tab`);
  }

  // Back on the canvas: Delete removes the selected actor, Ctrl+Z brings it back.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Delete');
  assert.equal(await actorCount(kp), 3);
  assert.match(await status(kp), /Verwijderd/);
  assert.ok(!(await canvasText(kp)).includes(current), `${current} is gone`);
  await kp.page.keyboard.press('Control+z');
  assert.equal(await actorCount(kp), 4, 'undo brings it back');
  assert.ok((await canvasText(kp)).includes(current));
  // After the delete nothing is selected: Enter selects the centre again, arrows work on.
  await kp.page.keyboard.press('Enter');
  await kp.testId('centre-panel').waitFor();
  await kp.page.keyboard.press('ArrowDown');
  await kp.testId('actor-selection-ring').waitFor();
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('axe finds no accessibility violation in the import section and a linked actor\'s panel', async () => {
  // As in a11y.test.mjs: this one context bypasses the CSP to inject axe-core.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const kp = new KringPage(await context.newPage(), server.origin);
  await kp.goto();
  await makeGenogram(kp);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.fill('centre-name', 'Sanne');
  await kp.testId('genogram-link-centre').waitFor();
  const audit = async () => {
    await kp.page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    return kp.page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] }))
      .violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })));
  };
  assert.deepEqual(await audit(), [], 'with the genogram choice and the centre checkbox');
  await kp.testId('genogram-import').click();
  await waitStatus(kp, /3 personen/);
  await selectActor(kp, 'Mo Bakker');
  await kp.testId('actor-linked').waitFor();
  assert.deepEqual(await audit(), [], 'with a linked actor selected');
  // (kp.errors is not checked here: this bare context lets the browser ask for a favicon, a 404.)
  await context.close();
});
