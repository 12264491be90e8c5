// Keeping the library safe from the browser: after the first save Kring asks for
// persistent storage; when the browser refuses it says so once and offers
// "Reservekopie maken"; after 7 days without a backup it reminds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPages } from './harness.mjs';

useApp();

const DAY = 24 * 60 * 60 * 1000;
const doc = { format: 'kring', version: 1, kind: 'genogram', id: 'd1', title: 'Casus Noah', created: 1, modified: 1,
  content: { persons: [{ id: 0, index: true }] } };

test('persistent storage refused: said once, with a backup that is remembered', () => withPages({ persist: false }, async ({ open }) => {
  const kp = await open();
  assert.equal(await kp.testId('backup-notice').count(), 0, 'nothing before anything is saved');
  await kp.genogram.create({ stored: true });
  const notice = kp.testId('backup-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('data-note'), 'maybecleared');
  assert.match(await notice.textContent(), /Deze browser kan de documenten van Kring wissen/);
  assert.equal(await kp.page.evaluate(() => window.__persistCalls), 1);
  const backup = await kp.download(() => kp.testId('backup-make').click());
  assert.match(backup.name, /^kring-bibliotheek-\d{4}-\d\d-\d\d\.kring\.json$/);
  assert.equal(JSON.parse(backup.text).documents.length, 1, 'the backup is the library file');
  assert.equal(await notice.count(), 0, 'the notice goes once the backup is made');
  const stored = await kp.library.stored('kring.backup.');
  assert.ok(Date.now() - Number(stored['kring.backup.last']) < 60_000, 'the backup time is kept');
  assert.ok(stored['kring.backup.persist-warned'], 'the warning is remembered');

  // Said once: not again after a reload and another save.
  await kp.reload();
  await kp.genogram.add('partner');
  await kp.library.waitForDocument((d) => d.content?.persons?.length === 2);
  assert.equal(await kp.page.evaluate(() => window.__persistCalls), 1, 'asked again in the new page');
  assert.equal(await notice.count(), 0, 'but not said again');
}));

test('persistent storage granted: no notice', () => withPages({ persist: true }, async ({ open }) => {
  const kp = await open();
  await kp.genogram.create({ stored: true });
  await kp.page.waitForFunction(() => window.__persistCalls === 1);
  await kp.status.waitSaved();
  assert.equal(await kp.testId('backup-notice').count(), 0);
}));

test('after 7 days without a backup a reminder shows; "Later" hides it', async () => {
  const planted = (lastBackup) => ({
    'kring.doc.d1': JSON.stringify(doc),
    'kring.backup.since': String(Date.now() - 30 * DAY),
    ...(lastBackup ? { 'kring.backup.last': String(lastBackup) } : {}),
  });
  await withPages({ storage: planted(Date.now() - 6 * DAY) }, async ({ open }) => {
    const kp = await open();
    // The reminder is decided while the app starts, before its first drawing.
    assert.equal(await kp.testId('backup-notice').count(), 0, 'six days: no reminder yet');
  });
  await withPages({ storage: planted(Date.now() - 8 * DAY) }, async ({ open }) => {
    const kp = await open();
    const notice = kp.testId('backup-notice');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-note'), 'reminder');
    assert.match(await notice.textContent(), /Al 7 dagen of langer geen reservekopie/);
    await kp.testId('backup-dismiss').click();
    assert.equal(await notice.count(), 0);
  });
  await withPages({ storage: planted(null) }, async ({ open }) => {
    const kp = await open();
    await kp.testId('backup-notice').waitFor();
    assert.equal(await kp.testId('backup-notice').getAttribute('data-note'), 'reminder', 'never backed up, first save 30 days ago');
  });
});
