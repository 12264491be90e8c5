// Every attribute of an emotional relation (kind, since, until, note, direction) and of
// a parent line (donor or surrogate, birth order) is edited in the side panel, each
// change one undo step, kept after a reload; text Kring cannot read is refused inline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const selectPerson = (kp, name) => kp.page.locator('g[data-key^="person:"]', { hasText: name }).first().click();

/** Kees (the client) and Ria with their daughter Eva; Eva is selected. */
async function family(kp) {
  await kp.newGenogram();
  await kp.testId('field-gender').selectOption('male');
  await kp.fill('field-given-name', 'Kees');
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Ria');
  await selectPerson(kp, 'Kees');
  await kp.testId('add-daughter').click();
  await kp.fill('field-given-name', 'Eva');
}

/** The plain-language description, opened once. */
async function description(kp) {
  if (!(await kp.testId('description').evaluate((d) => d.open))) await kp.testId('description').locator('summary').click();
  return kp.testId('description-text').innerText();
}

/** The horizontal centre of a person's symbol on the screen. */
const x = async (kp, name) => {
  const box = await kp.page.locator('g[data-key^="person:"]', { hasText: name }).first().boundingBox();
  return box.x + box.width / 2;
};
const relationLine = async (kp) => (await description(kp)).split('\n').find((l) => /Eva|Ria/.test(l) && /controlerend/.test(l));
const fieldValues = async (kp) => Promise.all(['relation-start', 'relation-end', 'relation-note'].map((t) => kp.testId(t).inputValue()));

test('a relation gets a period and a note, turns round, and all of it is undone, redone and kept', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await family(kp);
  await kp.testId('new-relation-other').selectOption({ label: 'Ria' });
  await kp.testId('new-relation-kind').selectOption({ label: 'controlerend' });
  await kp.testId('add-relation').click();
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
    await kp.testId('undo').click();
    assert.equal(await kp.page.locator('[data-testid=relation] .tie-name').innerText(), label);
    assert.deepEqual(await fieldValues(kp), values);
  }
  assert.equal(await relationLine(kp), 'Eva → Ria: controlerend.');
  await kp.testId('undo').click();
  assert.equal(await kp.testId('relation').count(), 0, 'the next undo removes the relation itself');
  for (let i = 0; i < 6; i++) await kp.testId('redo').click();
  assert.equal(await kp.testId('redo').isEnabled(), false);
  assert.equal(await relationLine(kp), 'Ria → Eva: controlerend, van 2015 tot 2020 (ruzie over erfenis).');
  const kind = await kp.testId('relation-kind').evaluate((s) => s.selectedOptions[0].textContent);
  assert.equal(kind, 'controlerend');

  // Closed, the row sums up period and note; after a reload everything is still there.
  await kp.page.waitForTimeout(900);
  await kp.reload();
  await selectPerson(kp, 'Eva');
  assert.equal(await kp.page.locator('[data-testid=relation] .tie-name').innerText(), '← Ria');
  assert.equal(await kp.testId('relation-summary').innerText(), 'van 2015 tot 2020 · ruzie over erfenis');
  await kp.testId('relation').scrollIntoViewIfNeeded();
  await kp.screenshot('ties-relation-closed');
  await kp.testId('relation-more').click();
  assert.deepEqual(await fieldValues(kp), ['2015', '2020', 'ruzie over erfenis']);
  assert.equal(await relationLine(kp), 'Ria → Eva: controlerend, van 2015 tot 2020 (ruzie over erfenis).');
  assert.deepEqual(kp.errors, []);
  assert.deepEqual(kp.foreignRequests, []);
  await kp.close();
});

test('a mutual relation offers no direction to turn', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await family(kp);
  await kp.testId('new-relation-other').selectOption({ label: 'Ria' });
  await kp.testId('new-relation-kind').selectOption({ label: 'nabij' });
  await kp.testId('add-relation').click();
  await kp.testId('relation-more').click();
  assert.equal(await kp.testId('relation-reverse').count(), 0);
  await kp.testId('relation-kind').selectOption({ label: 'gericht op' });
  assert.equal(await kp.testId('relation-reverse').count(), 1, 'a directed kind can be turned');
  await kp.close();
});

test('a parent line gets a donor and a birth order, undone, redone and kept', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await family(kp);
  await kp.testId('add-sister').click();
  await kp.fill('field-given-name', 'Lisa');
  assert.ok(await x(kp, 'Eva') < await x(kp, 'Lisa'), 'the first child is drawn on the left');
  const children = async () => (await description(kp)).split('\n').find((l) => l.startsWith('Kinderen van'));
  assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  await selectPerson(kp, 'Eva');

  await kp.testId('child-link-aid').selectOption({ label: 'donor' });
  assert.equal(await kp.testId('child-link-aid').evaluate((s) => s.selectedOptions[0].textContent), 'donor');

  // Anything but a whole number from 1 is refused with a message and changes nothing.
  for (const bad of ['twee', '0', '-1', '1.5']) {
    await kp.fill('child-link-order', bad);
    assert.equal(await kp.testId('child-link-order-error').innerText(), 'Vul een heel getal vanaf 1 in, of laat het leeg', bad);
    assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  }
  await kp.fill('child-link-order', '2');
  assert.equal(await kp.testId('child-link-order-error').count(), 0);
  assert.equal(await children(), 'Kinderen van Kees en Ria: Lisa en Eva.', 'Eva is now the second child');
  assert.ok(await x(kp, 'Lisa') < await x(kp, 'Eva'), 'and drawn right of Lisa');
  await kp.testId('parent-line').scrollIntoViewIfNeeded();
  await kp.screenshot('ties-parent-line');

  await kp.testId('undo').click();
  assert.equal(await kp.testId('child-link-order').inputValue(), '');
  assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  await kp.testId('undo').click();
  assert.equal(await kp.testId('child-link-aid').inputValue(), '', 'back to no donor');
  await kp.testId('redo').click();
  await kp.testId('redo').click();
  assert.equal(await kp.testId('child-link-aid').evaluate((s) => s.selectedOptions[0].textContent), 'donor');
  assert.equal(await kp.testId('child-link-order').inputValue(), '2');

  await kp.page.waitForTimeout(900);
  await kp.reload();
  await selectPerson(kp, 'Eva');
  assert.equal(await kp.testId('child-link-aid').evaluate((s) => s.selectedOptions[0].textContent), 'donor');
  assert.equal(await kp.testId('child-link-order').inputValue(), '2');
  assert.equal(await children(), 'Kinderen van Kees en Ria: Lisa en Eva.');
  // Empty returns Eva to the order by date of birth.
  await kp.fill('child-link-order', '');
  assert.equal(await children(), 'Kinderen van Kees en Ria: Eva en Lisa.');
  assert.ok(await x(kp, 'Eva') < await x(kp, 'Lisa'));
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('axe finds no accessibility violation with a relation opened and a field refused', async () => {
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  const kp = new KringPage(await context.newPage(), server.origin);
  await kp.goto();
  await family(kp);
  await kp.testId('new-relation-other').selectOption({ label: 'Ria' });
  await kp.testId('new-relation-kind').selectOption({ label: 'controlerend' });
  await kp.testId('add-relation').click();
  await kp.testId('relation-more').click();
  await kp.fill('relation-start', '2015');
  await kp.fill('relation-end', 'morgen');
  await kp.fill('child-link-order', 'x');
  assert.equal(await kp.page.locator('.field-error').count(), 2);
  await kp.page.addScriptTag({ path: axePath });
  const { rulesPassed, violations } = await kp.page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      rulesPassed: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')), help: v.help })),
    };
  });
  console.log(`# axe relation details: ${rulesPassed} rules passed, ${violations.length} violations`);
  assert.ok(rulesPassed > 10, `axe ran (${rulesPassed} rules passed)`);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await context.close();
});
