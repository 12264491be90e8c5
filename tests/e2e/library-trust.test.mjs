// The library never loses work: a damaged entry can be removed after its text was
// offered, leaving asks while the document is not stored, trashing the open document
// keeps its edits, and "Vervangen" keeps the replaced version in the trash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage, withPages } from './harness.mjs';

useApp();

const DAMAGED = '{"format": "kring", "version": 1, "kind": "genog\u0000 ✂';

test('a damaged entry can be deleted, after its raw text is offered', () => withPage({ storage: { 'kring.doc.kapot': DAMAGED } }, async (kp) => {
  const lib = kp.library;
  await kp.genogram.create({ stored: true });
  await lib.open();
  const row = kp.page.locator('[data-testid=damaged-row][data-key="kring.doc.kapot"]');
  await row.getByTestId('damaged-delete').click();
  const question = row.getByTestId('damaged-delete-question');
  assert.match(await question.textContent(), /Download eerst de ruwe tekst/);
  // The question offers the raw text, exactly as stored.
  const raw = await kp.download(() => question.getByTestId('damaged-question-download').click());
  assert.equal(raw.text, DAMAGED);
  // Cancel keeps it; confirming removes it and nothing else.
  await question.getByTestId('damaged-delete-no').click();
  assert.equal(await question.count(), 0);
  assert.equal((await lib.stored())['kring.doc.kapot'], DAMAGED);
  const docsBefore = await lib.documents();
  await row.getByTestId('damaged-delete').click();
  await question.getByTestId('damaged-delete-yes').click();
  await lib.waitMessage(/beschadigde item is verwijderd/);
  assert.equal(await kp.testId('library-damaged').count(), 0, 'the damaged list is gone');
  assert.equal((await lib.stored())['kring.doc.kapot'], undefined);
  assert.deepEqual(await lib.documents(), docsBefore, 'the other documents are untouched');
  assert.equal(await kp.testId('library-row').count(), 1);
}));

/** Fills localStorage up to the last byte. */
function fillStorage(kp) {
  return kp.page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`vulsel-${n++}`, chunk); } catch { break; }
      }
    }
  });
}

/** Closes the page as a person closing the tab would; resolves to the beforeunload dialog's kind, or null. */
async function closeTab(kp) {
  let asked = null;
  kp.page.once('dialog', async (d) => { asked = d.type(); await d.dismiss(); });
  await kp.page.close({ runBeforeUnload: true });
  // A dismissed beforeunload keeps the page open; otherwise it closes.
  await Promise.race([kp.page.waitForEvent('close').catch(() => {}), kp.page.waitForEvent('dialog').catch(() => {}),
    new Promise((ok) => { const t = setInterval(() => { if (asked || kp.page.isClosed()) { clearInterval(t); ok(); } }, 20); })]);
  return asked;
}

test('leaving asks while the document is not stored, and not once it is', () => withPages(async ({ open }) => {
  // Stored: closing asks nothing, even with a change still in the debounce.
  const a = await open();
  await a.genogram.create({ stored: true });
  await a.genogram.add('partner', 'Eva');
  assert.equal(await closeTab(a), null, 'nothing to ask: the pending change is written on the way out');
  const b = await open();
  assert.ok(JSON.stringify(await b.library.documents()).includes('Eva'), 'the last change was stored when leaving');

  // Full storage: the edit lives only in memory, so closing asks.
  await b.genogram.select('Eva');
  await fillStorage(b);
  await b.genogram.add('daughter', 'Sara');
  await b.status.notice.waitFor();
  assert.equal(await closeTab(b), 'beforeunload', 'the browser asks before leaving');
  assert.equal(b.page.isClosed(), false, 'staying keeps the page');
  assert.equal(await b.genogram.personCount(), 3);
  // Room again and saved: leaving asks nothing.
  await b.page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('vulsel-')) localStorage.removeItem(k); });
  await b.testId('save-retry').click();
  await b.status.waitSaved();
  assert.equal(await closeTab(b), null);
}));

test('moving the open document to the trash never drops its unsaved edits', () => withPage(async (kp) => {
  const lib = kp.library;
  await kp.genogram.create({ stored: true });
  await fillStorage(kp);
  await kp.genogram.add('partner', 'Eva');
  await kp.status.notice.waitFor();
  await lib.open();
  await lib.row('Nieuw genogram').getByTestId('library-delete').click();
  await lib.waitMessage(/kon niet eerst worden opgeslagen/);
  assert.equal(await kp.testId('trash-list').count(), 0);
  await lib.close();
  assert.equal(await kp.genogram.personCount(), 2, 'the unsaved partner is still there');
  // With room, trashing stores the edit first.
  await kp.page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('vulsel-')) localStorage.removeItem(k); });
  await lib.open();
  await lib.row('Nieuw genogram').getByTestId('library-delete').click();
  await kp.testId('library-trash-toggle').click();
  await kp.testId('trash-row').waitFor();
  const [doc] = Object.values(await lib.documents());
  assert.ok(JSON.stringify(doc).includes('Eva'), 'the trashed document holds the last edit');
}));

/** A genogram document as stored, with `given` as the client's name. */
function genogram(id, title, modified, given) {
  return JSON.stringify({ format: 'kring', version: 1, kind: 'genogram', id, title, created: 1, modified,
    content: { persons: [{ id: 0, index: true, given_name: given }] } });
}

test('Vervangen says which is newer and keeps the replaced version in the trash', () => withPage({
  storage: { 'kring.doc.casus': genogram('casus', 'Casus Noah', 2_000_000_000_000, 'Lokaal') },
}, async (kp) => {
  const lib = kp.library;
  await lib.open();
  await lib.row('Casus Noah').waitFor();
  await lib.importFile('casus.kring.json', genogram('casus', 'Casus Noah', 1_000_000_000_000, 'Uit bestand'));
  await kp.testId('import-conflict').waitFor();
  assert.equal(await kp.testId('import-conflict-title').getAttribute('data-newer'), 'stored');
  assert.match(await kp.testId('import-conflict-newer').textContent(), /opgeslagen versie is nieuwer/);
  await kp.testId('import-replace').click();
  await lib.waitMessage(/vervangen versies staan in de prullenbak/);
  const docs = await lib.documents();
  assert.equal(docs.casus.content.persons[0].given_name, 'Uit bestand');
  // The stored version is in the trash, and restoring it brings it back beside the import.
  await kp.testId('library-trash-toggle').click();
  assert.equal(await kp.testId('trash-row').count(), 1);
  await kp.testId('trash-restore').click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 2);
  const names = Object.values(await lib.documents()).map((d) => d.content.persons[0].given_name).sort();
  assert.deepEqual(names, ['Lokaal', 'Uit bestand']);
}));
