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

  // Undo everything with the keyboard: back to the lone client, then redo it all.
  await kp.testId('canvas').focus();
  for (let i = 0; i < 40 && await kp.testId('undo').isEnabled(); i++) await kp.page.keyboard.press('Control+z');
  assert.equal(await kp.personCount(), 1);
  assert.equal(await kp.testId('undo').isEnabled(), false);
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
  assert.equal(await kp.testId('undo').isEnabled(), false, 'nothing was applied');
  await kp.fill('field-birth', '1985-04');
  assert.equal(await kp.page.locator('.field-error').count(), 0);
  assert.equal(await kp.testId('undo').isEnabled(), true);
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
