// Drawing a family as a professional would: new genogram, fill in the client, add
// relatives with one click each, undo and redo, delete with undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a new genogram starts with the client selected and drawn', async () => {
  const kp = await KringPage.open(browser, server.origin);
  assert.equal(await kp.testId('canvas-empty').count(), 1, 'empty canvas invites to start');
  await kp.newGenogram();
  assert.equal(await kp.testId('canvas-empty').count(), 0);
  assert.equal(await kp.personCount(), 1);
  assert.equal(await kp.testId('selection-ring').count(), 1);
  assert.equal(await kp.testId('field-index').isChecked(), true);
  assert.equal(await kp.testId('doc-title').inputValue(), 'Nieuw genogram');
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('three generations by clicks, then undo all and redo all', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  await kp.testId('field-gender').selectOption('female');
  await kp.fill('field-given-name', 'Sanne');
  await kp.fill('field-family-name', 'de Vries');
  await kp.fill('field-birth', '1990');
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Mo');
  const clientKey = await kp.page.locator('g[data-person]').first().getAttribute('data-person');
  await kp.page.locator(`g[data-person="${clientKey}"]`).click();
  await kp.testId('add-daughter').click();
  await kp.fill('field-given-name', 'Lina');
  await kp.page.locator(`g[data-person="${clientKey}"]`).click();
  await kp.testId('add-parents').click();
  assert.equal(await kp.personCount(), 5);
  const text = await kp.testId('canvas-content').textContent();
  for (const name of ['Sanne', 'Mo', 'Lina']) assert.ok(text.includes(name), `${name} on the canvas`);
  assert.ok(text.includes('1990'), 'birth year drawn');
  await kp.screenshot('editor-three-generations');

  // Undo everything with the keyboard: an empty sheet (the client was the first
  // step), then redo it all.
  await kp.testId('canvas').focus();
  for (let i = 0; i < 40 && await kp.testId('undo').isEnabled(); i++) await kp.page.keyboard.press('Control+z');
  assert.equal(await kp.personCount(), 0, 'the canvas is empty');
  assert.equal(await kp.testId('undo').isEnabled(), false);
  assert.equal(await kp.testId('add-person').count(), 1, 'an empty sheet offers to add a person');
  for (let i = 0; i < 40 && await kp.testId('redo').isEnabled(); i++) await kp.page.keyboard.press('Control+Shift+Z');
  assert.equal(await kp.personCount(), 5);
  const again = await kp.testId('canvas-content').textContent();
  for (const name of ['Sanne', 'Mo', 'Lina']) assert.ok(again.includes(name), `${name} back after redo`);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('delete asks nothing, and the status line offers undo', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  await kp.testId('add-son').click();
  assert.equal(await kp.personCount(), 2);
  await kp.testId('delete-person').click();
  assert.equal(await kp.personCount(), 1);
  assert.match(await kp.testId('status-message').textContent(), /Verwijderd/);
  await kp.testId('status-undo').click();
  assert.equal(await kp.personCount(), 2);
  await kp.close();
});

test('a date Kring cannot read is refused with a message and changes nothing', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  await kp.fill('field-birth', 'gisteren');
  assert.equal(await kp.page.locator('.field-error').count(), 1);
  await kp.fill('field-birth', '1985-04');
  assert.equal(await kp.page.locator('.field-error').count(), 0);
  assert.ok((await kp.testId('canvas-content').textContent()).includes('1985'));
  // Two undo steps in all: the date, then the client itself; the refused text was none.
  await kp.testId('undo').click();
  assert.equal(await kp.personCount(), 1);
  assert.ok(!(await kp.testId('canvas-content').textContent()).includes('1985'));
  await kp.testId('undo').click();
  assert.equal(await kp.personCount(), 0);
  assert.equal(await kp.testId('undo').isEnabled(), false, 'the refused date was never applied');
  await kp.close();
});

test('hostile text in a name stays text on the canvas', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  const hostile = '<img src=x onerror=alert(1)>"&\'🧪';
  await kp.fill('field-given-name', hostile);
  assert.ok((await kp.testId('canvas-content').textContent()).includes(hostile));
  assert.equal(await kp.page.locator('[data-testid=canvas-content] img').count(), 0);
  assert.deepEqual(kp.foreignRequests, []);
  await kp.close();
});

test('a divorce and remarriage, half-siblings, twins, an adoption, a deceased grandparent and relations', async () => {
  const kp = await KringPage.open(browser, server.origin);
  let actions = 0;
  const act = async (fn) => { actions++; await fn(); };
  const selectPerson = async (name) => act(() => kp.page.locator('g[data-key^="person:"]', { hasText: name }).first().click());
  await act(() => kp.newGenogram());
  await act(() => kp.testId('field-gender').selectOption('male'));
  await act(() => kp.fill('field-given-name', 'Kees'));
  // First marriage, ended by divorce in 2001, with a daughter.
  await act(() => kp.testId('add-partner').click());
  await act(() => kp.fill('field-given-name', 'Ria'));
  await act(() => kp.testId('add-daughter').click());
  await act(() => kp.fill('field-given-name', 'Eva'));
  await selectPerson('Kees');
  await act(() => kp.testId('add-union-event').click()); // start
  await act(() => kp.testId('add-union-event').click()); // separation
  await act(() => kp.testId('add-union-event').click()); // divorce
  await act(() => kp.testId('union-event-date').last().fill('2001'));
  await act(() => kp.testId('union-event-date').last().press('Enter'));
  // Second partner, with twin sons and an adopted daughter.
  await act(() => kp.testId('add-partner').click());
  await act(() => kp.fill('field-given-name', 'Nora'));
  await act(() => kp.testId('add-son').click());
  await act(() => kp.fill('field-given-name', 'Tim'));
  await act(() => kp.testId('add-brother').click());
  await act(() => kp.fill('field-given-name', 'Tom'));
  await act(() => kp.testId('twin-with').selectOption({ label: 'Tim' }));
  await act(() => kp.testId('add-sister').click());
  await act(() => kp.fill('field-given-name', 'Mei'));
  await act(() => kp.testId('child-link-kind').selectOption({ label: 'geadopteerd' }));
  // Kees's parents; his father died.
  await selectPerson('Kees');
  await act(() => kp.testId('add-parents').click());
  await act(() => kp.fill('field-given-name', 'Opa Jan'));
  await act(() => kp.fill('field-death', '2015'));
  // Two emotional relations.
  await selectPerson('Eva');
  await act(() => kp.testId('new-relation-other').selectOption({ label: 'Nora' }));
  await act(() => kp.testId('new-relation-kind').selectOption({ label: 'vijandig' }));
  await act(() => kp.testId('add-relation').click());
  await act(() => kp.testId('new-relation-other').selectOption({ label: 'Kees' }));
  await act(() => kp.testId('new-relation-kind').selectOption({ label: 'nabij' }));
  await act(() => kp.testId('add-relation').click());

  assert.equal(await kp.personCount(), 9);
  assert.equal(await kp.page.locator('g[data-key^="relation:"]').count(), 2);
  const canvasText = await kp.testId('canvas-content').textContent();
  assert.match(canvasText, /g\. 2001/, 'divorce year on the union line');
  assert.match(canvasText, /† 2015/, 'death year of the grandfather');
  const legend = await kp.page.locator('g[data-key="legend"]').textContent();
  for (const entry of ['echtscheiding', 'geadopteerd', 'tweeling', 'vijandig', 'nabij', 'overleden']) {
    assert.ok(legend.toLowerCase().includes(entry), `legend names ${entry}: ${legend}`);
  }
  await kp.testId('zoom-fit').click();
  await kp.screenshot('editor-full-family');
  console.log(`# user actions for the three-generation scenario: ${actions}`);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('the keyboard moves the selection between relatives and into the form', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  await kp.testId('add-daughter').click();
  assert.equal(await kp.testId('field-index').isChecked(), false, 'the new daughter is selected');
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('ArrowUp');
  assert.equal(await kp.testId('field-index').isChecked(), true, 'ArrowUp selects her parent, the client');
  await kp.page.keyboard.press('ArrowDown');
  assert.equal(await kp.testId('field-index').isChecked(), false, 'ArrowDown goes back to the daughter');
  await kp.page.keyboard.press('Enter');
  assert.equal(await kp.page.evaluate(() => document.activeElement?.dataset?.testid), 'field-given-name');
  await kp.page.keyboard.type('Noor');
  await kp.page.keyboard.press('Tab');
  assert.ok((await kp.testId('canvas-content').textContent()).includes('Noor'));
  await kp.page.keyboard.press('Escape');
  await kp.close();
});

test('the genogram in words: readable in the panel and copied for a case report', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const kp = new KringPage(await context.newPage(), server.origin);
  await kp.goto();
  await kp.newGenogram();
  await kp.testId('field-gender').selectOption('male');
  await kp.fill('field-given-name', 'Kees');
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Ria');
  await kp.testId('description').locator('summary').click();
  const text = await kp.testId('description-text').innerText();
  assert.match(text, /Kees \(man, cliënt\)\./);
  assert.match(text, /Kees en Ria: huwelijk\./);
  await kp.testId('description-copy').click();
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=status-message]').textContent.includes('gekopieerd'));
  const copied = await kp.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('Kees en Ria: huwelijk.'), copied);
  await context.close();
});

test('a child of the chosen couple: the first marriage, not the most recent one', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.newGenogram();
  await kp.testId('field-gender').selectOption('male');
  await kp.fill('field-given-name', 'Kees');
  const kees = await kp.page.locator('[data-person-ring]').first().getAttribute('data-person-ring');
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Ria');
  await kp.page.locator(`g[data-person="${kees}"]`).click();
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Nora');
  await kp.page.locator(`g[data-person="${kees}"]`).click();
  assert.equal(await kp.testId('union').count(), 2);
  await kp.testId('union-add-daughter').first().click();
  assert.equal(await kp.page.evaluate(() => document.activeElement?.dataset?.testid), 'field-given-name', 'ready to type her name');
  await kp.page.keyboard.type('Eva');
  await kp.page.keyboard.press('Tab');
  await kp.testId('description').locator('summary').click();
  const text = await kp.testId('description-text').innerText();
  assert.match(text, /Kinderen van Kees en Ria: Eva\./);
  assert.ok(!/Kees en Nora: Eva/.test(text));
  assert.deepEqual(kp.errors, []);
  await kp.close();
});
