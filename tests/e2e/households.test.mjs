// Households as a professional draws them: a family in a few clicks, "Nieuw huishouden"
// around the client, a label, a grandparent moving in and a son moving out, the dotted
// outline on the canvas, undo/redo, and the household still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const outlines = (kp) => kp.page.locator('[data-testid=canvas-content] g[data-key^="household:"]');
const members = (kp) => kp.testId('household-member');

/** The names in the (first) household of the panel, sorted. */
async function memberNames(kp) {
  return (await members(kp).locator('button.link').allTextContents()).map((s) => s.trim()).sort();
}

/** Whether the centre of every named person's symbol lies inside the outline's box. */
async function outlineHolds(kp, names) {
  return kp.page.evaluate((names) => {
    const outline = document.querySelector('[data-testid=canvas-content] g[data-key^="household:"]').getBoundingClientRect();
    const persons = [...document.querySelectorAll('[data-testid=canvas-content] g[data-key^="person:"]')];
    return names.every((name) => {
      const g = persons.find((p) => p.textContent.includes(name));
      if (!g) return false;
      const b = g.getBoundingClientRect();
      const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
      return x > outline.x && x < outline.x + outline.width && y > outline.y && y < outline.y + outline.height;
    });
  }, names);
}

test('a household: made around the client, renamed, a member in and one out, undo/redo, kept after reload', () => withPage(async (kp) => {
  const g = kp.genogram;
  // The family: Sanne (client) with partner Mo, daughter Lina, son Tim, and her parents.
  await g.create();
  await kp.testId('field-gender').selectOption('female');
  await g.name('Sanne');
  await g.add('partner', 'Mo');
  await g.select('Sanne');
  await g.add('daughter', 'Lina');
  await g.select('Sanne');
  await g.add('son', 'Tim');
  await g.select('Sanne');
  await g.add('parents', 'Henk');
  await g.select('Sanne');
  assert.equal(await g.personCount(), 6);

  // No household yet; one click makes Sanne's: her partner and the children at home,
  // not her parents.
  assert.equal(await kp.testId('household-none').count(), 1);
  assert.equal(await outlines(kp).count(), 0);
  await kp.testId('household-new').click();
  assert.equal(await kp.testId('household').count(), 1);
  assert.deepEqual(await memberNames(kp), ['Lina', 'Mo', 'Sanne', 'Tim']);
  assert.equal(await outlines(kp).count(), 1, 'the outline is drawn');
  assert.equal(await outlines(kp).locator(':is(path, polygon)[stroke-dasharray]').count(), 1, 'as one dotted line');
  assert.ok(await outlineHolds(kp, ['Sanne', 'Mo', 'Lina', 'Tim']), 'around the members');
  assert.equal(await outlineHolds(kp, ['Henk']), false, 'not around her father');

  // The same household twice is refused with the reason.
  await kp.testId('household-new').click();
  assert.match(await kp.status.text(), /al een huishouden met precies deze personen/);
  assert.equal(await kp.testId('household').count(), 1);

  // A label, shown with the outline.
  await kp.fill('household-label', 'gezin Jansen');
  await kp.page.waitForFunction(() => document.querySelector('g[data-key^="household:"]')?.textContent.includes('gezin Jansen'));

  // Grandfather Henk moves in, Tim moves out.
  await kp.testId('household-add-member').selectOption({ label: 'Henk' });
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne', 'Tim']);
  assert.equal(await kp.testId('household-add-member').inputValue(), '', 'the select is ready for the next person');
  assert.ok(await outlineHolds(kp, ['Henk']), 'the outline now reaches the grandfather');
  await members(kp).filter({ hasText: 'Tim' }).getByTestId('household-remove-member').click();
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne']);
  const options = await kp.testId('household-add-member').locator('option').allTextContents();
  assert.ok(options.includes('Tim') && !options.includes('Mo'), `only non-members can be added: ${options}`);

  // The genogram in words says who lives together.
  assert.match(await g.description(), /Woont samen \(gezin Jansen\): .*Sanne.*Lina/);

  // Undo, step by step, back to no household; then redo it all.
  await kp.undo();
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne', 'Tim'], 'Tim is back');
  await kp.undo();
  assert.deepEqual(await memberNames(kp), ['Lina', 'Mo', 'Sanne', 'Tim'], 'Henk is out again');
  await kp.undo();
  assert.equal(await kp.testId('household-label').inputValue(), '', 'the label is undone');
  await kp.undo();
  assert.equal(await kp.testId('household').count(), 0);
  assert.equal(await outlines(kp).count(), 0, 'the outline is gone');
  await kp.redo(4);
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne']);
  assert.equal(await kp.testId('household-label').inputValue(), 'gezin Jansen');
  assert.equal(await outlines(kp).count(), 1);

  // Autosave keeps it through a reload.
  await kp.library.waitForDocument((doc) => {
    const hh = doc.content?.households ?? [];
    return hh.length === 1 && hh[0].label === 'gezin Jansen' && hh[0].members.length === 4;
  });
  await kp.reload();
  await kp.testId('household').waitFor();
  assert.equal(await kp.testId('field-given-name').inputValue(), 'Sanne', 'the client is selected again');
  assert.equal(await kp.testId('household-label').inputValue(), 'gezin Jansen');
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne']);
  assert.equal(await outlines(kp).count(), 1);
  assert.ok((await outlines(kp).textContent()).includes('gezin Jansen'));

  await kp.testId('zoom-fit').click();
  await kp.testId('household-panel').scrollIntoViewIfNeeded();
  await kp.screenshot('households');
}));

test('a household of one; the last member out takes the household along, in one undo step', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.genogram.name('Ahmed');
  await kp.testId('household-new').click();
  assert.deepEqual(await memberNames(kp), ['Ahmed']);
  assert.equal(await outlines(kp).count(), 1, 'someone living alone is a household too');
  await members(kp).getByTestId('household-remove-member').click();
  assert.equal(await kp.testId('household').count(), 0);
  assert.equal(await kp.testId('household-none').count(), 1);
  assert.equal(await outlines(kp).count(), 0);
  await kp.undo();
  assert.deepEqual(await memberNames(kp), ['Ahmed']);
  // Removing the household keeps the person.
  await kp.testId('household-remove').click();
  assert.equal(await outlines(kp).count(), 0);
  assert.equal(await kp.genogram.personCount(), 1);
  await kp.undo();
  assert.equal(await outlines(kp).count(), 1);
  // In English the section speaks English.
  await kp.testId('lang-select').selectOption('en');
  assert.equal((await kp.testId('household-remove').textContent()).trim(), 'Remove household');
  assert.equal((await kp.testId('household-new').textContent()).trim(), '+ New household');
  assert.equal(await members(kp).getByTestId('household-remove-member').getAttribute('aria-label'), 'Remove from household: Ahmed');
}));

test('axe finds no accessibility violation in the household section', () => withPage({ bypassCSP: true }, async (kp) => {
  // As in a11y.test.mjs: this context bypasses the CSP to inject axe-core.
  await kp.genogram.create();
  await kp.genogram.add('partner');
  await kp.testId('household-new').click();
  await kp.fill('household-label', 'Dorpsstraat 12');
  const { rulesPassed, violations } = await kp.audit('[data-testid=household-panel]');
  assert.ok(rulesPassed > 5, `axe ran (${rulesPassed} rules passed)`);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
}));
