// Drawing a netwerkkaart as a wijkteam professional does: name the client, add people
// per sector with one click each, tie them together, qualify ties, drag someone to
// another sector (and undo it), keep it through a reload, export it, and let the
// analysis point at a fragile spot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const ACTORS = {
  family: ['Oma Riet', 'Opa Kees', 'Tante Ans'],
  friends: ['Sanne', 'Mo', 'Lotte'],
  neighbours: ['Buurvrouw Els', 'Juf Anouk', 'Collega Jan'],
  professionals: ['Huisarts Boer', 'Wijkteam Fatima', 'Voedselbank'],
};

const actorCount = (kp) => kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]').count();

/** Starts a new netwerkkaart from the menu and names the centre. */
async function newMap(kp, centre) {
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.testId('centre-panel').waitFor();
  assert.equal(await kp.testId('centre-name').evaluate((el) => el === document.activeElement), true,
    'the centre name is asked for first');
  await kp.fill('centre-name', centre);
}

/** Adds an actor by the sector button and names it; the new actor is selected. */
async function addActor(kp, sector, name) {
  const before = await actorCount(kp);
  await kp.testId(`add-actor-${sector}`).click();
  await kp.testId('actor-panel').waitFor();
  assert.equal(await kp.testId('actor-name').evaluate((el) => el === document.activeElement), true,
    'the new actor\'s name field has the focus');
  await kp.page.keyboard.type(name);
  await kp.page.keyboard.press('Tab');
  assert.equal(await actorCount(kp), before + 1);
}

/** Selects an actor by clicking its symbol on the canvas. */
async function selectActor(kp, name) {
  await kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: name }).first()
    .locator(':scope > :first-child').click({ force: true }); // the formality letter lies on top
  await kp.page.waitForFunction((n) => document.querySelector('[data-testid=actor-name]')?.value === n, name);
}

/** Ties the selected actor to another one through the panel. */
async function tieTo(kp, other) {
  await kp.testId('tie-other').selectOption({ label: other });
  await kp.testId('add-tie-other').click();
}

/** The centre of an actor's symbol on the screen. */
async function symbolCentre(kp, name) {
  const box = await kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: name }).first()
    .locator(':scope > :first-child').boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const selectedLabel = (kp, testId) => kp.testId(testId).evaluate((el) => el.selectedOptions[0]?.textContent);

async function waitSaved(kp) {
  await kp.page.waitForFunction(() => /Opgeslagen om \d\d:\d\d/
    .test(document.querySelector('[data-testid=status-message]').textContent));
}

test('a network of twelve in four sectors: ties, drag with undo, reload, SVG export', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await newMap(kp, 'Noah');
  assert.equal(await kp.testId('doc-title').inputValue(), 'Nieuwe netwerkkaart');
  for (const [sector, names] of Object.entries(ACTORS)) {
    for (const name of names) await addActor(kp, sector, name);
  }
  assert.equal(await actorCount(kp), 12, 'twelve actors drawn');
  const text = await kp.testId('canvas-content').textContent();
  for (const name of Object.values(ACTORS).flat()) assert.ok(text.includes(name), `${name} on the canvas`);

  // Ties between actors, chosen in the panel.
  await selectActor(kp, 'Opa Kees');
  await tieTo(kp, 'Oma Riet');
  await selectActor(kp, 'Buurvrouw Els');
  await tieTo(kp, 'Wijkteam Fatima');
  await kp.testId('actor-verbinder').check();
  await selectActor(kp, 'Sanne');
  await tieTo(kp, 'Lotte');
  assert.equal(await kp.page.locator('[data-testid=canvas-content] g[data-key^="tie:"]').count(), 15, '12 spokes and 3 ties');

  // The tie with Tante Ans is stressful; Oma Riet moves to the inner ring.
  await selectActor(kp, 'Tante Ans');
  const tie = kp.testId('network-tie').first();
  await tie.getByTestId('tie-quality').selectOption({ label: 'stressvol' });
  await tie.getByTestId('tie-support-P').check();
  await tie.getByTestId('tie-frequency').selectOption({ label: 'wekelijks' });
  assert.equal(await selectedLabel(kp, 'tie-quality'), 'stressvol');
  await selectActor(kp, 'Oma Riet');
  await kp.testId('actor-ring').selectOption({ label: 'binnenste ring' });
  assert.equal(await selectedLabel(kp, 'actor-ring'), 'binnenste ring');
  // Back on Tante Ans: the panel shows what was stored.
  await selectActor(kp, 'Tante Ans');
  assert.equal(await selectedLabel(kp, 'tie-quality'), 'stressvol');
  assert.equal(await kp.testId('tie-support-P').isChecked(), true);
  assert.ok((await kp.testId('canvas-content').textContent()).includes('stressvol'), 'the legend shows the stressful tie');
  await kp.screenshot('netwerkkaart-twelve');

  // Drag Mo (friends) onto the GP's spot: Mo is now a professional-sector contact.
  await selectActor(kp, 'Mo');
  assert.match(await selectedLabel(kp, 'actor-sector'), /vrienden/);
  const from = await symbolCentre(kp, 'Mo');
  const to = await symbolCentre(kp, 'Huisarts Boer');
  await kp.page.mouse.move(from.x, from.y);
  await kp.page.mouse.down();
  await kp.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  const mid = await kp.page.locator('g[data-key^="actor:"]', { hasText: 'Mo' }).first().getAttribute('transform');
  assert.match(mid ?? '', /^translate\(/, 'the symbol follows the pointer');
  assert.equal(await kp.testId('actor-selection-ring').getAttribute('transform'), mid, 'and so does its selection ring');
  await kp.screenshot('netwerkkaart-dragging');
  await kp.page.mouse.move(to.x, to.y, { steps: 5 });
  await kp.page.mouse.up();
  await kp.page.waitForFunction(() => /professionals/.test(document.querySelector('[data-testid=actor-sector]').selectedOptions[0].textContent));
  assert.equal(await actorCount(kp), 12);
  await kp.screenshot('netwerkkaart-dropped');
  await kp.testId('undo').click();
  await kp.page.waitForFunction(() => /vrienden/.test(document.querySelector('[data-testid=actor-sector]').selectedOptions[0].textContent));

  // Autosave keeps everything through a reload.
  await waitSaved(kp);
  await kp.reload();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=canvas-content] g[data-key^="actor:"]').length === 12);
  await selectActor(kp, 'Tante Ans');
  assert.equal(await selectedLabel(kp, 'tie-quality'), 'stressvol');
  await selectActor(kp, 'Mo');
  assert.match(await selectedLabel(kp, 'actor-sector'), /vrienden/, 'the undone drag stays undone');

  // Export as SVG.
  await kp.testId('menu-export').click();
  await kp.testId('export-dialog').waitFor();
  const [download] = await Promise.all([kp.page.waitForEvent('download'), kp.testId('export-svg').click()]);
  const svg = await readFile(await download.path(), 'utf8');
  for (const name of Object.values(ACTORS).flat()) assert.ok(svg.includes(name), `${name} in the SVG`);
  for (const label of ['familie', 'vrienden / kennissen', 'professionals / organisaties', 'Noah']) {
    assert.ok(svg.includes(label), `${label} in the SVG`);
  }
  const parseError = await kp.page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelector('parsererror')?.textContent ?? null;
  }, svg);
  assert.equal(parseError, null, 'the SVG parses as XML');

  // Anonymised for a leerkring: roles instead of names, no name left in the file.
  await kp.testId('menu-export').click();
  await kp.testId('export-anonymise').selectOption('roles');
  const [anonDownload] = await Promise.all([kp.page.waitForEvent('download'), kp.testId('export-svg').click()]);
  const anon = await readFile(await anonDownload.path(), 'utf8');
  for (const name of [...Object.values(ACTORS).flat(), 'Noah']) {
    const words = name.split(/\s+/).filter((w) => w.length > 2 && w[0] === w[0].toUpperCase());
    for (const w of words) assert.ok(!anon.includes(w), `${w} (of ${name}) must not be in the anonymised SVG`);
  }
  assert.ok(anon.includes('cliënt'), 'the centre is called cliënt');
  assert.deepEqual(kp.errors, []);
  assert.deepEqual(kp.foreignRequests, []);
  await kp.close();
});

test('the analysis flags a single informal carer and points at her on the map', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('empty-new-netwerkkaart').click();
  await kp.fill('centre-name', 'Meneer Jansen');
  await addActor(kp, 'family', 'Dochter Ilse');
  await kp.fill('actor-role', 'mantelzorger');
  await addActor(kp, 'professionals', 'Thuiszorg');
  await addActor(kp, 'professionals', 'Huisarts');
  const finding = kp.page.locator('[data-testid=finding][data-kind=OnlyInformalSupport]');
  await finding.waitFor();
  assert.match(await finding.textContent(), /Dochter Ilse is de enige informele steun van Meneer Jansen/);
  assert.match(await kp.testId('analysis-balance').textContent(), /informeel 1 \(33 %\).*formeel 2 \(67 %\)/);
  await kp.testId('canvas').click({ position: { x: 5, y: 5 } });
  assert.equal(await kp.testId('actor-panel').count(), 0, 'a click on the background deselects');
  await finding.click();
  assert.equal(await kp.testId('highlight-ring').count(), 1, 'her symbol is ringed');
  assert.equal(await kp.testId('actor-name').inputValue(), 'Dochter Ilse', 'and she is selected');
  assert.equal(await kp.testId('actor-selection-ring').count(), 1);
  await kp.screenshot('netwerkkaart-analysis');

  // Keyboard: Escape clears the selection and the highlight, Delete removes the selected actor.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('highlight-ring').count(), 0);
  assert.equal(await kp.testId('actor-panel').count(), 0);
  await selectActor(kp, 'Huisarts');
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Delete');
  assert.equal(await actorCount(kp), 2);
  assert.match(await kp.testId('status-message').textContent(), /Verwijderd/);
  await kp.page.keyboard.press('Control+z');
  assert.equal(await actorCount(kp), 3, 'undo brings the actor back');
  // Every control of the panel is reachable with Tab from the add buttons.
  await kp.testId('add-actor-family').focus();
  const reached = new Set();
  for (let i = 0; i < 60; i++) {
    await kp.page.keyboard.press('Tab');
    const id = await kp.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    if (id) reached.add(id);
  }
  for (const id of ['add-actor-professionals', 'finding']) assert.ok(reached.has(id), `${id} reachable by Tab`);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});
