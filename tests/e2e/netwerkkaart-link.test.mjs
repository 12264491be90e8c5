// A netwerkkaart next to the genogram of the same casus: the family comes over from the
// genogram in one step, a rename on the map shows in the genogram and the other way
// round; and the map is usable with the keyboard alone (arrows between actors, Enter
// to the form, Delete, undo, Tab through every control).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/** A genogram "Familie De Vries": Sanne (cliënt), partner Mo Bakker, children Lina and Daan. */
async function makeGenogram(kp) {
  const g = kp.genogram;
  await g.create();
  await kp.fill('doc-title', 'Familie De Vries');
  await kp.testId('field-gender').selectOption('female');
  await g.name('Sanne');
  await kp.fill('field-family-name', 'de Vries');
  await g.add('partner', 'Mo');
  await kp.fill('field-family-name', 'Bakker');
  await g.select('Sanne');
  await g.add('daughter', 'Lina');
  await kp.fill('field-family-name', 'de Vries');
  await g.select('Sanne');
  await g.add('son', 'Daan');
  await kp.fill('field-family-name', 'de Vries');
  assert.equal(await g.personCount(), 4);
  await kp.status.save();
}

test('without a genogram in the library the import says so instead of an empty choice', () => withPage(async (kp) => {
  await kp.netwerkkaart.create();
  await kp.testId('genogram-link').waitFor();
  assert.match(await kp.testId('genogram-none').textContent(), /nog geen genogram in deze browser/);
  assert.equal(await kp.testId('genogram-source').count(), 0);
  assert.equal(await kp.testId('genogram-import').count(), 0);
}));

test('the family comes over from the genogram, and a rename in one shows in the other', () => withPage(async (kp) => {
  const { genogram: g, netwerkkaart: map, status } = kp;
  await makeGenogram(kp);

  // A new map around Sanne; the genogram is offered, with the centre as its cliënt.
  await map.create('Sanne');
  assert.equal(await kp.selectedLabel('genogram-source'), 'Familie De Vries');
  assert.equal(await kp.testId('genogram-link-centre').isChecked(), true);
  // Every control of the section is reachable with Tab.
  await kp.testId('centre-name').focus();
  const reached = await kp.tabThrough(12);
  for (const id of ['genogram-source', 'genogram-link-centre', 'genogram-import']) assert.ok(reached.has(id), `${id} reachable by Tab`);

  await kp.testId('genogram-import').click();
  await status.waitFor(/3 personen uit ‘Familie De Vries’ toegevoegd aan familie\. Het midden is gekoppeld aan de cliënt\./);
  assert.equal(await map.actorCount(), 3);
  let text = await kp.canvasText();
  for (const name of ['Mo Bakker', 'Lina de Vries', 'Daan de Vries', 'Sanne de Vries']) assert.ok(text.includes(name), `${name} on the map`);
  assert.ok(text.includes('familie'));
  assert.equal(await kp.testId('genogram-link-centre').count(), 0, 'the linked centre is not offered again');
  await map.select('Lina de Vries');
  assert.equal(await kp.selectedLabel('actor-sector'), 'familie');
  assert.equal(await kp.testId('actor-role').inputValue(), 'dochter');
  assert.match(await kp.testId('actor-linked').textContent(), /Gekoppeld aan ‘Familie De Vries’/);
  await kp.screenshot('netwerkkaart-link-imported');

  // One undo step takes the whole import back (and the centre's link and name), redo restores it.
  await kp.undo();
  assert.equal(await map.actorCount(), 0);
  assert.ok(!(await kp.canvasText()).includes('Sanne de Vries'), 'the centre is Sanne again');
  await kp.redo();
  assert.equal(await map.actorCount(), 3);
  // Importing again adds nobody.
  await kp.testId('genogram-import').click();
  await status.waitFor(/Iedereen uit ‘Familie De Vries’ stond al op de kaart; niemand toegevoegd\./);
  assert.equal(await map.actorCount(), 3);

  // Rename Lina on the map: the stored genogram gets the name at once.
  await map.select('Lina de Vries');
  await kp.fill('actor-name', 'Lina Bakker');
  await status.waitFor(/De nieuwe naam staat ook in het genogram ‘Familie De Vries’\./);
  await status.save();
  await kp.library.openDocument('Familie De Vries');
  await g.select('Lina');
  assert.equal(await kp.testId('field-given-name').inputValue(), 'Lina');
  assert.equal(await kp.testId('field-family-name').inputValue(), 'Bakker', 'renamed in the genogram');

  // Rename Mo in the genogram: the map takes it over when it is opened.
  await g.select('Mo');
  await g.name('Mohammed');
  await kp.library.openDocument('Nieuwe netwerkkaart');
  await status.waitFor(/Namen bijgewerkt uit het genogram: 1\./);
  text = await kp.canvasText();
  assert.ok(text.includes('Mohammed Bakker'), 'renamed on the map');
  assert.ok(text.includes('Lina Bakker'), 'the map\'s own rename stayed');
  await map.select('Mohammed Bakker');
  await kp.screenshot('netwerkkaart-link-renamed');

  // Through a reload nothing changes back.
  await status.save();
  await kp.reload();
  await map.waitForActors(3);
  text = await kp.canvasText();
  assert.ok(text.includes('Mohammed Bakker') && text.includes('Lina Bakker'));
}));

test('the import gives kinship roles in the chosen language and a tie to everyone it adds', () => withPage(async (kp) => {
  const { genogram: g, netwerkkaart: map, status } = kp;
  await makeGenogram(kp);
  // Sanne's parents: for the map around Sanne a father and a mother, her children's grandparents.
  await g.select('Sanne');
  await g.add('parents');
  await status.save();
  await kp.testId('lang-select').selectOption('en');
  await map.create('Sanne');
  await kp.testId('genogram-import-tie').selectOption('strong');
  await kp.testId('genogram-import').click();
  await map.waitForActors(5);
  assert.equal(await map.tieCount(), 5, 'a tie from the centre to each person added');
  const roles = await kp.page.evaluate(() => [...document.querySelectorAll('[data-testid=canvas-content] g[data-key^="actor:"]')]
    .map((g) => g.textContent));
  const all = roles.join(' | ');
  for (const role of ['partner', 'daughter', 'son', 'father', 'mother']) assert.ok(all.includes(role), `${role} in ${all}`);
  for (const dutch of ['familielid', 'dochter', 'moeder']) assert.ok(!all.includes(dutch), `${dutch} in English: ${all}`);
  kp.assertClean();
}));

test('a damaged genogram is left alone and the rename on the map says so', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await makeGenogram(kp);
  await map.create('Sanne');
  await kp.testId('genogram-import').click();
  await kp.status.waitFor(/3 personen/);
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
  await map.select('Daan de Vries');
  await kp.fill('actor-name', 'Daan Bakker');
  await kp.status.waitFor(/De nieuwe naam staat niet in het genogram ‘Familie De Vries’: .*Het genogram is gelaten zoals het was\./);
  assert.equal(await kp.status.isError(), true);
  assert.equal(await kp.page.evaluate((k) => localStorage.getItem(k), damaged), '{"format":"kring","version":999,"kind":"genogram"}',
    'the damaged entry is untouched');
  assert.ok((await kp.canvasText()).includes('Daan Bakker'), 'the map keeps its rename');
}));

test('keyboard only: Enter selects the centre, arrows walk between actors, Enter edits, Delete and undo', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create();
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
  assert.equal(await map.actorCount(), 4);

  // Into the canvas: Escape clears, Enter selects the centre.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('actor-panel').count(), 0);
  await kp.page.keyboard.press('Enter');
  await kp.testId('centre-panel').waitFor();

  // The arrows move the selection to the next symbol that way on the screen.
  const visited = new Set();
  let at = await map.selectionAt();
  for (const [key, check] of [
    ['ArrowUp', (a, b) => b.y < a.y], ['ArrowDown', (a, b) => b.y > a.y],
    ['ArrowLeft', (a, b) => b.x < a.x], ['ArrowUp', (a, b) => b.y < a.y],
    ['ArrowRight', (a, b) => b.x > a.x],
  ]) {
    await kp.page.keyboard.press(key);
    await kp.testId('actor-selection-ring').waitFor();
    const next = await map.selectionAt();
    assert.ok(check(at, next), `${key} moved the selection that way (${JSON.stringify(at)} → ${JSON.stringify(next)})`);
    visited.add(await map.selectedActor());
    at = next;
  }
  assert.deepEqual([...visited].sort(), Object.values(names).sort(), 'every actor reached with the arrows');
  assert.equal(await kp.testId('canvas').evaluate((el) => el === document.activeElement), true, 'the canvas keeps the focus');
  await kp.screenshot('netwerkkaart-keyboard');

  // Enter goes to the name field of the selected actor.
  const current = await map.selectedActor();
  await kp.page.keyboard.press('Enter');
  assert.equal(await kp.testId('actor-name').evaluate((el) => el === document.activeElement), true, 'Enter focuses the name');
  // Tab from there reaches every control of the actor and tie panels.
  const reached = await kp.tabThrough(30);
  for (const id of ['actor-role', 'actor-kind', 'actor-sector', 'actor-ring', 'actor-formality', 'actor-verbinder', 'actor-notes',
    'delete-actor', 'tie-select', 'tie-strength', 'tie-quality', 'tie-direction', 'tie-support-P', 'tie-support-E', 'tie-frequency',
    'remove-tie', 'tie-other']) {
    assert.ok(reached.has(id), `${id} reachable by Tab`);
  }

  // Back on the canvas: Delete removes the selected actor, Ctrl+Z brings it back.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Delete');
  assert.equal(await map.actorCount(), 3);
  assert.match(await kp.status.text(), /Verwijderd/);
  assert.ok(!(await kp.canvasText()).includes(current), `${current} is gone`);
  await kp.page.keyboard.press('Control+z');
  assert.equal(await map.actorCount(), 4, 'undo brings it back');
  assert.ok((await kp.canvasText()).includes(current));
  // After the delete nothing is selected: Enter selects the centre again, arrows work on.
  await kp.page.keyboard.press('Enter');
  await kp.testId('centre-panel').waitFor();
  await kp.page.keyboard.press('ArrowDown');
  await kp.testId('actor-selection-ring').waitFor();
}));

test('axe finds no accessibility violation in the import section and a linked actor\'s panel', () => withPage({ bypassCSP: true }, async (kp) => {
  // As in a11y.test.mjs: this context bypasses the CSP to inject axe-core.
  await makeGenogram(kp);
  await kp.netwerkkaart.create('Sanne');
  await kp.testId('genogram-link-centre').waitFor();
  assert.deepEqual((await kp.audit()).violations, [], 'with the genogram choice and the centre checkbox');
  await kp.testId('genogram-import').click();
  await kp.status.waitFor(/3 personen/);
  await kp.netwerkkaart.select('Mo Bakker');
  await kp.testId('actor-linked').waitFor();
  assert.deepEqual((await kp.audit()).violations, [], 'with a linked actor selected');
}));
