// Drawing a netwerkkaart as a wijkteam professional does: name the client, add people
// per sector with one click each, tie them together, qualify ties, drag someone to
// another sector (and undo it), keep it through a reload, export it, and let the
// analysis point at a fragile spot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const ACTORS = {
  family: ['Oma Riet', 'Opa Kees', 'Tante Ans'],
  friends: ['Sanne', 'Mo', 'Lotte'],
  neighbours: ['Buurvrouw Els', 'Juf Anouk', 'Collega Jan'],
  professionals: ['Huisarts Boer', 'Wijkteam Fatima', 'Voedselbank'],
};

test('a network of twelve in four sectors: ties, drag with undo, reload, SVG export', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create();
  assert.equal(await kp.testId('centre-name').evaluate((el) => el === document.activeElement), true,
    'the centre name is asked for first');
  await kp.fill('centre-name', 'Noah');
  assert.equal(await kp.testId('doc-title').inputValue(), 'Nieuwe netwerkkaart');
  for (const [sector, names] of Object.entries(ACTORS)) {
    for (const name of names) await map.add(sector, name);
  }
  assert.equal(await map.actorCount(), 12, 'twelve actors drawn');
  const text = await kp.canvasText();
  for (const name of Object.values(ACTORS).flat()) assert.ok(text.includes(name), `${name} on the canvas`);

  // Ties between actors, chosen in the panel.
  await map.select('Opa Kees');
  await map.tieTo('Oma Riet');
  await map.select('Buurvrouw Els');
  await map.tieTo('Wijkteam Fatima');
  await kp.testId('actor-verbinder').check();
  await map.select('Sanne');
  await map.tieTo('Lotte');
  assert.equal(await map.tieCount(), 15, '12 spokes and 3 ties');

  // The tie with Tante Ans is stressful; Oma Riet moves to the inner ring.
  await map.select('Tante Ans');
  const tie = kp.testId('network-tie').first();
  await tie.getByTestId('tie-quality').selectOption({ label: 'stressvol' });
  await tie.getByTestId('tie-support-P').check();
  await tie.getByTestId('tie-frequency').selectOption({ label: 'wekelijks' });
  assert.equal(await kp.selectedLabel('tie-quality'), 'stressvol');
  await map.select('Oma Riet');
  await kp.testId('actor-ring').selectOption({ label: 'binnenste ring' });
  assert.equal(await kp.selectedLabel('actor-ring'), 'binnenste ring');
  // Back on Tante Ans: the panel shows what was stored.
  await map.select('Tante Ans');
  assert.equal(await kp.selectedLabel('tie-quality'), 'stressvol');
  assert.equal(await kp.testId('tie-support-P').isChecked(), true);
  assert.ok((await kp.canvasText()).includes('stressvol'), 'the legend shows the stressful tie');
  await kp.screenshot('netwerkkaart-twelve');

  // Drag Mo (friends) onto the GP's spot: Mo is now a professional-sector contact.
  await map.select('Mo');
  assert.match(await kp.selectedLabel('actor-sector'), /vrienden/);
  const from = await map.symbolCentre('Mo');
  const to = await map.symbolCentre('Huisarts Boer');
  await kp.page.mouse.move(from.x, from.y);
  await kp.page.mouse.down();
  await kp.page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
  const mid = await map.actor('Mo').getAttribute('transform');
  assert.match(mid ?? '', /^translate\(/, 'the symbol follows the pointer');
  assert.equal(await kp.testId('actor-selection-ring').getAttribute('transform'), mid, 'and so does its selection ring');
  await kp.screenshot('netwerkkaart-dragging');
  await kp.page.mouse.move(to.x, to.y, { steps: 5 });
  await kp.page.mouse.up();
  await kp.page.waitForFunction(() => /professionals/.test(document.querySelector('[data-testid=actor-sector]').selectedOptions[0].textContent));
  assert.equal(await map.actorCount(), 12);
  await kp.screenshot('netwerkkaart-dropped');
  await kp.undo();
  await kp.page.waitForFunction(() => /vrienden/.test(document.querySelector('[data-testid=actor-sector]').selectedOptions[0].textContent));

  // Autosave keeps everything through a reload.
  await kp.status.waitSaved();
  await kp.reload();
  await map.waitForActors(12);
  await map.select('Tante Ans');
  assert.equal(await kp.selectedLabel('tie-quality'), 'stressvol');
  await map.select('Mo');
  assert.match(await kp.selectedLabel('actor-sector'), /vrienden/, 'the undone drag stays undone');

  // Export as SVG.
  const { text: svg } = await kp.export.svg();
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
  const { text: anon } = await kp.export.svg({ anonymise: 'roles' });
  for (const name of [...Object.values(ACTORS).flat(), 'Noah']) {
    const words = name.split(/\s+/).filter((w) => w.length > 2 && w[0] === w[0].toUpperCase());
    for (const w of words) assert.ok(!anon.includes(w), `${w} (of ${name}) must not be in the anonymised SVG`);
  }
  assert.ok(anon.includes('cliënt'), 'the centre is called cliënt');
}));

test('the analysis flags a single informal carer and points at her on the map', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await kp.testId('empty-new-netwerkkaart').click();
  await kp.fill('centre-name', 'Meneer Jansen');
  await map.add('family', 'Dochter Ilse');
  await kp.fill('actor-role', 'mantelzorger');
  await map.add('professionals', 'Thuiszorg');
  await map.add('professionals', 'Huisarts');
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
  await map.select('Huisarts');
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Delete');
  assert.equal(await map.actorCount(), 2);
  assert.match(await kp.status.text(), /Verwijderd/);
  await kp.page.keyboard.press('Control+z');
  assert.equal(await map.actorCount(), 3, 'undo brings the actor back');
  // Every control of the panel is reachable with Tab from the add buttons.
  await kp.testId('add-actor-family').focus();
  const reached = await kp.tabThrough(60);
  for (const id of ['add-actor-professionals', 'finding']) assert.ok(reached.has(id), `${id} reachable by Tab`);
}));
