// Households as a professional draws them: a family in a few clicks, "Nieuw huishouden"
// around the client, a label, a grandparent moving in and a son moving out, the dotted
// outline on the canvas, undo/redo, and the household still there after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const outlines = (kp) => kp.page.locator('[data-testid=canvas-content] g[data-key^="household:"]');
const members = (kp) => kp.testId('household-member');

/** The names in the (first) household of the panel, sorted. */
async function memberNames(kp) {
  return (await members(kp).locator('button.link').allTextContents()).map((s) => s.trim()).sort();
}

async function selectPerson(kp, name) {
  await kp.page.locator('g[data-key^="person:"]', { hasText: name }).first().click();
  await kp.page.waitForFunction((n) => document.querySelector('[data-testid=field-given-name]')?.value === n, name);
}

/** Whether the centre of every named person's symbol lies inside the outline's box. */
async function outlineHolds(kp, names) {
  return kp.page.evaluate((names) => {
    const outline = document.querySelector('[data-testid=canvas-content] g[data-key^="household:"]').getBBox();
    const persons = [...document.querySelectorAll('[data-testid=canvas-content] g[data-key^="person:"]')];
    return names.every((name) => {
      const g = persons.find((p) => p.textContent.includes(name));
      if (!g) return false;
      const b = g.getBBox();
      const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
      return x > outline.x && x < outline.x + outline.width && y > outline.y && y < outline.y + outline.height;
    });
  }, names);
}

test('a household: made around the client, renamed, a member in and one out, undo/redo, kept after reload', async () => {
  const kp = await KringPage.open(browser, server.origin);
  // The family: Sanne (client) with partner Mo, daughter Lina, son Tim, and her parents.
  await kp.newGenogram();
  await kp.testId('field-gender').selectOption('female');
  await kp.fill('field-given-name', 'Sanne');
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Mo');
  await selectPerson(kp, 'Sanne');
  await kp.testId('add-daughter').click();
  await kp.fill('field-given-name', 'Lina');
  await selectPerson(kp, 'Sanne');
  await kp.testId('add-son').click();
  await kp.fill('field-given-name', 'Tim');
  await selectPerson(kp, 'Sanne');
  await kp.testId('add-parents').click();
  await kp.fill('field-given-name', 'Henk');
  await selectPerson(kp, 'Sanne');
  assert.equal(await kp.personCount(), 6);

  // No household yet; one click makes Sanne's: her partner and the children at home,
  // not her parents.
  assert.equal(await kp.testId('household-none').count(), 1);
  assert.equal(await outlines(kp).count(), 0);
  await kp.testId('household-new').click();
  assert.equal(await kp.testId('household').count(), 1);
  assert.deepEqual(await memberNames(kp), ['Lina', 'Mo', 'Sanne', 'Tim']);
  assert.equal(await outlines(kp).count(), 1, 'the outline is drawn');
  assert.equal(await outlines(kp).locator('polygon[stroke-dasharray]').count(), 1, 'as a dotted line');
  assert.ok(await outlineHolds(kp, ['Sanne', 'Mo', 'Lina', 'Tim']), 'around the members');
  assert.equal(await outlineHolds(kp, ['Henk']), false, 'not around her father');

  // The same household twice is refused with the reason.
  await kp.testId('household-new').click();
  assert.match(await kp.testId('status-message').textContent(), /al een huishouden met precies deze personen/);
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
  await kp.testId('description').locator('summary').click();
  assert.match(await kp.testId('description-text').innerText(), /Woont samen \(gezin Jansen\): .*Sanne.*Lina/);

  // Undo, step by step, back to no household; then redo it all.
  await kp.testId('undo').click();
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne', 'Tim'], 'Tim is back');
  await kp.testId('undo').click();
  assert.deepEqual(await memberNames(kp), ['Lina', 'Mo', 'Sanne', 'Tim'], 'Henk is out again');
  await kp.testId('undo').click();
  assert.equal(await kp.testId('household-label').inputValue(), '', 'the label is undone');
  await kp.testId('undo').click();
  assert.equal(await kp.testId('household').count(), 0);
  assert.equal(await outlines(kp).count(), 0, 'the outline is gone');
  for (let i = 0; i < 4; i++) await kp.testId('redo').click();
  assert.deepEqual(await memberNames(kp), ['Henk', 'Lina', 'Mo', 'Sanne']);
  assert.equal(await kp.testId('household-label').inputValue(), 'gezin Jansen');
  assert.equal(await outlines(kp).count(), 1);

  // Autosave keeps it through a reload.
  await kp.page.waitForFunction(() => {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (!key.startsWith('kring.doc.')) continue;
      const hh = JSON.parse(localStorage.getItem(key)).content?.households ?? [];
      if (hh.length === 1 && hh[0].label === 'gezin Jansen' && hh[0].members.length === 4) return true;
    }
    return false;
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
  assert.deepEqual(kp.errors, []);
  assert.deepEqual(kp.foreignRequests, []);
  await kp.close();
});

test('a household of one; the last member out takes the household along, in one undo step', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  await kp.fill('field-given-name', 'Ahmed');
  await kp.testId('household-new').click();
  assert.deepEqual(await memberNames(kp), ['Ahmed']);
  assert.equal(await outlines(kp).count(), 1, 'someone living alone is a household too');
  await members(kp).getByTestId('household-remove-member').click();
  assert.equal(await kp.testId('household').count(), 0);
  assert.equal(await kp.testId('household-none').count(), 1);
  assert.equal(await outlines(kp).count(), 0);
  await kp.testId('undo').click();
  assert.deepEqual(await memberNames(kp), ['Ahmed']);
  // Removing the household keeps the person.
  await kp.testId('household-remove').click();
  assert.equal(await outlines(kp).count(), 0);
  assert.equal(await kp.personCount(), 1);
  await kp.testId('undo').click();
  assert.equal(await outlines(kp).count(), 1);
  // In English the section speaks English.
  await kp.testId('lang-select').selectOption('en');
  assert.equal((await kp.testId('household-remove').textContent()).trim(), 'Remove household');
  assert.equal((await kp.testId('household-new').textContent()).trim(), '+ New household');
  assert.equal(await members(kp).getByTestId('household-remove-member').getAttribute('aria-label'), 'Remove from household: Ahmed');
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('axe finds no accessibility violation in the household section', async () => {
  // As in a11y.test.mjs: this one context bypasses the CSP to inject axe-core.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
  const kp = new KringPage(await context.newPage(), server.origin);
  await kp.goto();
  await kp.newGenogram();
  await kp.testId('add-partner').click();
  await kp.testId('household-new').click();
  await kp.fill('household-label', 'Dorpsstraat 12');
  await kp.page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const { passed, violations } = await kp.page.evaluate(async () => {
    const r = await window.axe.run(document.querySelector('[data-testid=household-panel]'), { resultTypes: ['violations'] });
    return { passed: r.passes.length, violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })) };
  });
  assert.ok(passed > 5, `axe ran (${passed} rules passed)`);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await context.close();
});
