// Twins of a child and deleting a partner, as a professional meets them: "+ Tweelingbroer
// / -zus" on a child adds a sibling of the same birth (not twin children), "Tweeling met"
// offers only full siblings, and deleting a partner leaves no marriage to nobody behind
// (asking first when children hang from it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

test('a twin brother of a child shares parents and birth date; a half-brother is no twin', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await kp.testId('field-gender').selectOption('male');
  await g.name('Kees');
  await g.add('partner', 'Ria');
  await g.add('son', 'Noah');
  await kp.fill('field-birth', '2015-06-03');
  assert.equal(await kp.testId('add-twin-sibling').count(), 1, 'a child is offered a twin brother or sister');
  await g.addTwinSibling('Tim');
  assert.equal(await g.personCount(), 4, 'one sibling added, no twin children of Noah');
  const timBirth = await kp.testId('field-birth').inputValue();
  assert.equal(await g.twinOf(), 'Noah');
  await g.select('Noah');
  assert.equal(timBirth, await kp.testId('field-birth').inputValue(), "the twin has Noah's birth date");
  assert.notEqual(timBirth, '');
  await g.select('Tim');
  assert.equal(await g.twinOf(), 'Noah');
  // Kees remarries and has Sam: a half-brother of Noah, never offered as his twin.
  await g.select('Kees');
  assert.equal(await kp.testId('add-twin-sibling').count(), 0, 'no parents drawn: no twin sibling');
  await g.add('partner', 'Nora');
  await g.add('son', 'Sam');
  await g.select('Noah');
  assert.deepEqual(await g.twinOptions(), ['Tim']);
  assert.match(await g.legend(), /tweeling/);
}));

test('deleting a partner takes the marriage along, or asks when children hang from it', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Kees');
  await g.add('partner', 'Ria');
  assert.equal(await g.unionCount(), 1);
  assert.equal(await g.deletePerson(), false, 'no question without children');
  assert.equal(await g.personCount(), 1);
  assert.equal(await g.unionCount(), 0, 'no marriage with an unknown partner left behind');
  await kp.status.undo();
  assert.equal(await g.personCount(), 2);
  assert.equal(await g.unionCount(), 1);

  await g.select('Ria');
  await g.add('daughter', 'Eva');
  await g.select('Ria');
  assert.equal(await g.deletePerson('cancel'), true, 'asked: the union has a child');
  assert.equal(await g.personCount(), 3, 'cancel deletes nothing');
  assert.equal(await kp.testId('delete-question').count(), 0);
  assert.equal(await g.deletePerson('keep'), true);
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=canvas-content] g[data-key^="person:"]').length === 2);
  assert.equal(await g.unionCount(), 1, 'Eva keeps the couple line, with an unknown partner');
}));
