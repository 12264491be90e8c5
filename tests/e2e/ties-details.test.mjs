// Every attribute of an emotional relation (kind, since, until, note, direction) and of
// a parent line (donor or surrogate, birth order) is edited in the side panel, each
// change one undo step, kept after a reload; text Kring cannot read is refused inline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/** Kees (the client) and Ria with their daughter Eva; Eva is selected. */
async function family(kp) {
  const g = kp.genogram;
  await g.create();
  await kp.testId('field-gender').selectOption('male');
  await g.name('Kees');
  await g.add('partner', 'Ria');
  await g.select('Kees');
  await g.add('daughter', 'Eva');
}

const relationLine = async (kp) => (await kp.genogram.description()).split('\n').find((l) => /Eva|Ria/.test(l) && /controlerend/.test(l));
const fieldValues = async (kp) => Promise.all(['relation-start', 'relation-end', 'relation-note'].map((t) => kp.testId(t).inputValue()));

test('a relation gets a period and a note, turns round, and all of it is undone, redone and kept', () => withPage(async (kp) => {
  await family(kp);
  await kp.genogram.addRelation('Ria', 'controlerend');
  assert.equal(await kp.testId('relation').count(), 1);
  assert.equal(await kp.page.locator('[data-testid=relation] .tie-name').innerText(), '→ Ria');
  assert.equal(await relationLine(kp), 'Eva → Ria: controlerend.');

  // The row is compact until opened; the button says what it opens and for whom.
  const more = kp.testId('relation-more');
  assert.equal(await kp.testId('relation-details').isVisible(), false);
  assert.equal(await more.getAttribute('aria-label'), 'Details van de relatie: Ria');
  await more.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.equal(await kp.testId('relation-details').isVisible(), true);

  await kp.fill('relation-start', '2015');
  await kp.fill('relation-end', '2010');
  assert.match(await kp.testId('problems').innerText(), /Eva en Ria eindigt vóór ze begint/, 'the model warns');
  await kp.fill('relation-end', '2020');
  assert.equal(await kp.testId('problems').count(), 0, 'the warning is gone');

  // A date Kring cannot read: a message under the field, nothing applied.
  const before = await relationLine(kp);
  await kp.fill('relation-start', 'gisteren');
  assert.equal(await kp.testId('relation-start-error').innerText(), 'Deze datum kan Kring niet lezen');
  assert.equal(await kp.testId('relation-start').getAttribute('aria-invalid'), 'true');
  assert.equal(await relationLine(kp), before);
  await kp.fill('relation-start', '2015');
  assert.equal(await kp.testId('relation-start-error').count(), 0, 'a readable date clears the message');

  await kp.fill('relation-note', 'ruzie over erfenis');
  assert.equal(await relationLine(kp), 'Eva → Ria: controlerend, van 2015 tot 2020 (ruzie over erfenis).');
  await kp.testId('relation-reverse').click();
  assert.equal(await kp.page.locator('[data-testid=relation] .tie-name').innerText(), '← Ria');
  assert.equal(await relationLine(kp), 'Ria → Eva: controlerend, van 2015 tot 2020 (ruzie over erfenis).');
  assert.equal(await more.getAttribute('aria-expanded'), 'true', 'the row stays open while it is edited');
  await kp.testId('relation-details').scrollIntoViewIfNeeded();
  await kp.screenshot('ties-relation-details');

  // Undo one step at a time: direction, note, until (twice), since; the refused date
  // and the repeated 2015 were no steps.
  const steps = [
    ['→ Ria', ['2015', '2020', 'ruzie over erfenis']],
    ['→ Ria', ['2015', '2020', '']],
    ['→ Ria', ['2015', '2010', '']],
    ['→ Ria', ['2015', '', '']],
    ['→ Ria', ['', '', '']],
  ];
  for (const [label, values] of steps) {
    await kp.undo();
    assert.equal(await kp.page.locator('[data-testid=relation] .tie-name').innerText(), label);
    assert.deepEqual(await fieldValues(kp), values);
  }
  assert.equal(await relationLine(kp), 'Eva → Ria: controlerend.');
  await kp.undo();
  assert.equal(await kp.testId('relation').count(), 0, 'the next undo removes the relation itself');
  await kp.redo(6);
  assert.equal(await kp.testId('redo').isEnabled(), false);
  assert.equal(await relationLine(kp), 'Ria → Eva: controlerend, van 2015 tot 2020 (ruzie over erfenis).');
  const kind = await kp.selectedLabel('relation-kind');
  assert.equal(kind, 'controlerend');

  // Closed, the row sums up period and note; after a reload everything is still there.
  await kp.library.waitForDocument((doc) => {
    const ria = doc.content.persons.find((p) => p.given_name === 'Ria')?.id;
    return doc.content.relations.some((r) => r.from === ria && r.start && r.end && r.note === 'ruzie over erfenis');
  });
  await kp.reload();
  await kp.genogram.select('Eva');
  assert.equal(await kp.page.locator('[data-testid=relation] .tie-name').innerText(), '← Ria');
  assert.equal(await kp.testId('relation-summary').innerText(), 'van 2015 tot 2020 · ruzie over erfenis');
  await kp.testId('relation').scrollIntoViewIfNeeded();
  await kp.screenshot('ties-relation-closed');
  await kp.testId('relation-more').click();
  assert.deepEqual(await fieldValues(kp), ['2015', '2020', 'ruzie over erfenis']);
  assert.equal(await relationLine(kp), 'Ria → Eva: controlerend, van 2015 tot 2020 (ruzie over erfenis).');
}));

test('a mutual relation offers no direction to turn', () => withPage(async (kp) => {
  await family(kp);
  await kp.genogram.addRelation('Ria', 'nabij');
  await kp.testId('relation-more').click();
  assert.equal(await kp.testId('relation-reverse').count(), 0);
  await kp.testId('relation-kind').selectOption({ label: 'gericht op' });
  assert.equal(await kp.testId('relation-reverse').count(), 1, 'a directed kind can be turned');
}));

test('a parent line gets a donor and a birth order, undone, redone and kept', () => withPage(async (kp) => {
  const g = kp.genogram;
  await family(kp);
  await g.add('sister', 'Lisa');
  assert.ok(await g.screenX('Eva') < await g.screenX('Lisa'), 'the first child is drawn on the left');
  const children = async () => (await g.description()).split('\n').find((l) => l.startsWith('Kinderen van'));
  assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  await g.select('Eva');

  await kp.testId('child-link-aid').selectOption({ label: 'donor' });
  assert.equal(await kp.selectedLabel('child-link-aid'), 'donor');

  // Anything but a whole number from 1 is refused with a message and changes nothing.
  for (const bad of ['twee', '0', '-1', '1.5']) {
    await kp.fill('child-link-order', bad);
    assert.equal(await kp.testId('child-link-order-error').innerText(), 'Vul een heel getal vanaf 1 in, of laat het leeg', bad);
    assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  }
  await kp.fill('child-link-order', '2');
  assert.equal(await kp.testId('child-link-order-error').count(), 0);
  assert.equal(await children(), 'Kinderen van Kees en Ria: Lisa en Eva.', 'Eva is now the second child');
  assert.ok(await g.screenX('Lisa') < await g.screenX('Eva'), 'and drawn right of Lisa');
  await kp.testId('parent-line').scrollIntoViewIfNeeded();
  await kp.screenshot('ties-parent-line');

  await kp.undo();
  assert.equal(await kp.testId('child-link-order').inputValue(), '');
  assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  await kp.undo();
  assert.equal(await kp.testId('child-link-aid').inputValue(), '', 'back to no donor');
  await kp.redo(2);
  assert.equal(await kp.selectedLabel('child-link-aid'), 'donor');
  assert.equal(await kp.testId('child-link-order').inputValue(), '2');

  await kp.library.waitForDocument((doc) => doc.content.child_links.some((l) => l.aid && l.order === 2));
  await kp.reload();
  await g.select('Eva');
  assert.equal(await kp.selectedLabel('child-link-aid'), 'donor');
  assert.equal(await kp.testId('child-link-order').inputValue(), '2');
  assert.equal(await children(), 'Kinderen van Kees en Ria: Lisa en Eva.');
  // Empty returns Eva to the order by date of birth.
  await kp.fill('child-link-order', '');
  assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  assert.ok(await g.screenX('Eva') < await g.screenX('Lisa'));
}));

test('axe finds no accessibility violation with a relation opened and a field refused', () => withPage({ bypassCSP: true }, async (kp) => {
  await family(kp);
  await kp.genogram.addRelation('Ria', 'controlerend');
  await kp.testId('relation-more').click();
  await kp.fill('relation-start', '2015');
  await kp.fill('relation-end', 'morgen');
  await kp.fill('child-link-order', 'x');
  assert.equal(await kp.page.locator('.field-error').count(), 2);
  const { rulesPassed, violations } = await kp.audit();
  console.log(`# axe relation details: ${rulesPassed} rules passed, ${violations.length} violations`);
  assert.ok(rulesPassed > 10, `axe ran (${rulesPassed} rules passed)`);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
}));
