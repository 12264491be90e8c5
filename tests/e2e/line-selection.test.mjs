// Lines can be selected: a click on (or a few pixels beside) a union line, a child line
// or a relation line selects it, shows it selected and opens its fields in the side
// panel; a relation's ends can be moved to other persons; Delete removes the line; undo
// puts everything back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/** Anna with partner Peter and son Noah, and a hostile relation Anna–Peter. */
async function family(kp) {
  const g = kp.genogram;
  await g.create();
  await g.name('Anna');
  const anna = await g.selectedId();
  await g.add('partner', 'Peter');
  const peter = await g.selectedId();
  await g.selectId(anna);
  await g.add('son', 'Noah');
  const noah = await g.selectedId();
  await g.selectId(anna);
  await g.addRelation('Peter', 'vijandig');
  return { anna, peter, noah };
}

/** The drawn geometry of an item (its visible strokes), to see it move. */
function geometry(kp, key) {
  return kp.page.$eval(`[data-testid=canvas-content] g[data-key="${key}"]`, (g) =>
    [...g.children].filter((el) => !el.classList.contains('hit'))
      .map((el) => ['d', 'points', 'x1', 'y1', 'x2', 'y2'].map((a) => el.getAttribute(a)).join(',')).join(';'));
}

test('a click beside a union, child or relation line opens its panel; Escape deselects', () => withPage(async (kp) => {
  const g = kp.genogram;
  await family(kp);
  const [union] = await g.keys('union:');
  const [child] = await g.keys('child:');
  const [relation] = await g.keys('relation:');

  // A union line, clicked 5 px off its stroke (the bar, away from the child's drop).
  await g.clickLine(union, { fraction: 0.2, offset: 5 });
  assert.equal(await kp.testId('person-panel').count(), 0, 'no person selected');
  assert.equal(await kp.testId('selection-ring').count(), 0);
  assert.equal(await kp.testId('line-selection').getAttribute('data-line'), union, 'shown selected');
  assert.ok(await kp.page.locator('[data-testid=line-selection] > *').count() > 0, 'a halo along the line');
  assert.match(await kp.testId('line-panel').textContent(), /Anna/);
  await kp.testId('union-kind').selectOption({ label: 'samenwonend' });
  assert.equal(await kp.testId('line-panel').getAttribute('data-line'), union, 'the panel stays after an edit');
  await kp.screenshot('line-selection-union');

  // A child line: its kind.
  await g.clickLine(child, { fraction: 0.5, offset: 0 });
  assert.match(await kp.testId('line-child').textContent(), /Noah/);
  await kp.testId('child-link-kind').selectOption({ label: 'geadopteerd' });

  // A relation line: kind, period, note and its ends.
  await g.clickLine(relation, { fraction: 0.5, offset: 4 });
  assert.equal(await kp.testId('relation-kind').evaluate((s) => s.selectedOptions[0].textContent), 'vijandig');
  assert.equal(await kp.testId('relation-details').isVisible(), true, 'opened');
  assert.equal(await kp.testId('relation-from').evaluate((s) => s.selectedOptions[0].textContent), 'Anna');
  assert.equal(await kp.testId('relation-to').evaluate((s) => s.selectedOptions[0].textContent), 'Peter');

  // Escape on the canvas deselects the line.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('line-panel').count(), 0);
  assert.equal(await kp.page.locator('[data-testid=line-selection] > *').count(), 0);
  kp.assertClean();
}));

test('a relation\'s end moves to another person, undo puts it back; Delete removes a line', () => withPage(async (kp) => {
  const g = kp.genogram;
  await family(kp);
  const [relation] = await g.keys('relation:');
  await g.clickLine(relation, { offset: 4 });
  const before = await geometry(kp, relation);
  await kp.testId('relation-to').selectOption({ label: 'Noah' });
  await kp.page.waitForFunction(([key, b]) => {
    const el = document.querySelector(`[data-testid=canvas-content] g[data-key="${key}"]`);
    return el && [...el.children].filter((c) => !c.classList.contains('hit'))
      .map((c) => ['d', 'points', 'x1', 'y1', 'x2', 'y2'].map((a) => c.getAttribute(a)).join(',')).join(';') !== b;
  }, [relation, before]);
  assert.notEqual(await geometry(kp, relation), before, 'the line moved');
  assert.equal(await kp.testId('relation-to').evaluate((s) => s.selectedOptions[0].textContent), 'Noah');
  assert.match(await g.description(), /Noah/);
  await kp.undo();
  assert.equal(await geometry(kp, relation), before, 'undo restores the line');
  assert.equal(await kp.testId('relation-to').evaluate((s) => s.selectedOptions[0].textContent), 'Peter');

  // Delete on the selected line removes it (not the persons); undo brings it back.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Delete');
  assert.equal(await g.relationCount(), 0);
  assert.equal(await g.personCount(), 3);
  assert.equal(await kp.testId('line-panel').count(), 0);
  await kp.undo();
  assert.equal(await g.relationCount(), 1);

  // The panel's button does the same for a union line; the persons stay.
  const [union] = await g.keys('union:');
  await g.clickLine(union, { fraction: 0.2, offset: 5 });
  await kp.testId('delete-line').click();
  assert.equal(await g.unionCount(), 0);
  assert.equal(await g.personCount(), 3);
  await kp.undo();
  assert.equal(await g.unionCount(), 1);
  kp.assertClean();
}));
