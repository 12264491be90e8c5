// The document library as a person meets it: work survives a reload, damaged entries are
// kept, a full storage does not lose the open document, two tabs never overwrite each
// other, bad imports change nothing, and export → erase all → import gives everything back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage, withPages } from './harness.mjs';

useApp();

/** A new genogram with the client and a partner, written by autosave. */
async function storedCouple(kp) {
  await kp.genogram.create({ stored: true });
  await kp.genogram.add('partner');
  await kp.library.waitForDocument((doc) => doc.content?.persons?.length === 2);
}

test('reload keeps work: a new genogram, a partner and a new title come back', () => withPage(async (kp) => {
  const lib = kp.library;
  await kp.genogram.create({ stored: true });
  await kp.genogram.add('partner');
  await kp.status.save();
  await lib.open();
  assert.equal(await kp.testId('library-row').count(), 1);
  assert.equal(await kp.testId('library-current').count(), 1, 'the open document is marked');
  await lib.rename('Nieuw genogram', 'Casus Noah');
  await kp.page.keyboard.press('Escape');
  assert.equal(await lib.dialog.count(), 0, 'Escape closes the library');
  await kp.status.waitSaved();

  await kp.reload();
  assert.equal(await kp.testId('doc-title').inputValue(), 'Casus Noah', 'the last document is open again');
  const [doc] = Object.values(await lib.documents());
  assert.equal(doc.title, 'Casus Noah');
  assert.equal(doc.content.persons.length, 2, 'the partner was saved');
  await lib.open();
  const row = kp.testId('library-row');
  assert.match(await row.textContent(), /Casus Noah.*Genogram.*\d\d-\d\d-\d{4} \d\d:\d\d.*\d (B|kB)/s);
  assert.match(await kp.testId('library-usage').textContent(), /B gebruikt van ongeveer 5 MB/);
}));

const planted = {
  'kring.doc.kapot': '{"format": "kring", "version": 1, "kind": "genog\u0000 ✂',
  'kring.doc.toekomst': JSON.stringify({ format: 'kring', version: 99, kind: 'genogram', id: 'toekomst', title: 'Uit de toekomst', content: {} }),
};

test('a corrupt or newer entry is listed as damaged and its bytes stay unchanged', () => withPage({ storage: planted }, async (kp) => {
  const lib = kp.library;
  assert.match(await kp.status.text(), /kan Kring niet lezen/);
  await storedCouple(kp);
  await lib.open();
  const damaged = kp.testId('damaged-row');
  assert.equal(await damaged.count(), 2);
  const reasons = await kp.testId('damaged-reason').allTextContents();
  assert.ok(reasons.some((r) => /nieuwere versie van Kring \(bestandsversie 99/.test(r)), reasons.join('\n'));
  assert.ok(reasons.some((r) => /geen leesbaar Kring-bestand/.test(r)), reasons.join('\n'));
  assert.equal(await kp.testId('library-row').count(), 1, 'the good document is listed normally');
  const raw = await kp.download(() => kp.page.locator('[data-testid=damaged-row][data-key="kring.doc.kapot"]').getByTestId('damaged-download').click());
  assert.equal(raw.text, planted['kring.doc.kapot'], 'the raw download is the stored text');
  // Importing a document with a damaged entry's id makes a copy, never a replacement.
  await lib.importFile('toekomst.kring.json', JSON.stringify({
    format: 'kring', version: 1, kind: 'genogram', id: 'toekomst', title: 'Vervanger', created: 1, modified: 1,
    content: { persons: [{ id: 0, index: true }] } }));
  await kp.testId('import-conflict').waitFor();
  await kp.testId('import-replace').click();
  await lib.row('Vervanger (kopie)').waitFor();
  await kp.reload();
  const after = await lib.stored();
  for (const [k, v] of Object.entries(planted)) assert.equal(after[k], v, `${k} byte-identical`);
}));

test('a full storage says so, keeps the document open and offers export', () => withPage(async (kp) => {
  const filled = await kp.page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`vulsel-${n++}`, chunk); } catch { break; }
      }
    }
    return n;
  });
  assert.ok(filled > 5);
  await kp.testId('menu-new-genogram').click();
  const notice = kp.status.notice;
  await notice.waitFor();
  assert.equal(await notice.getAttribute('data-problem'), 'quota');
  assert.match(await notice.textContent(), /opslag van deze browser is vol/);
  assert.match(await kp.status.text(), /Opslaan lukt niet/);
  // Still open and editable in memory.
  await kp.genogram.add('partner');
  await kp.testId('doc-title').fill('Casus Vol');
  await kp.testId('doc-title').press('Enter');
  // Starting another document now would drop the unsaved one: refused, with the reason.
  await kp.testId('menu-new-genogram').click();
  assert.equal(await kp.testId('doc-title').inputValue(), 'Casus Vol', 'the unsaved document stays open');
  assert.equal(await kp.genogram.personCount(), 2);
  assert.match(await kp.status.text(), /vol/);
  const file = await kp.download(() => kp.testId('save-export').click());
  assert.equal(file.name, 'Casus Vol.kring.json');
  const doc = JSON.parse(file.text);
  assert.equal(doc.format, 'kring');
  assert.equal(doc.content.persons.length, 2);
  assert.deepEqual(Object.keys(await kp.library.documents()), [], 'nothing half-written');
  // Room again: "Opnieuw proberen" saves.
  await kp.page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('vulsel-')) localStorage.removeItem(k); });
  await kp.testId('save-retry').click();
  await kp.status.waitSaved();
  assert.equal(await notice.count(), 0);
  assert.equal(Object.values(await kp.library.documents())[0].title, 'Casus Vol');
}));

test('two tabs on the same document never overwrite each other', () => withPages(async ({ open }) => {
  const a = await open();
  await a.genogram.create({ stored: true });
  await a.library.open();
  await a.library.rename('Nieuw genogram', 'Basis');
  await a.library.close();
  const b = await open();
  assert.equal(await b.testId('doc-title').inputValue(), 'Basis', 'the second tab opens the same document');
  const [id] = Object.keys(await a.library.documents());

  // A change in one tab reaches the other, which has no changes of its own.
  await a.testId('doc-title').fill('Basis 2');
  await a.testId('doc-title').press('Enter');
  await a.status.waitSaved();
  await b.page.waitForFunction(() => document.querySelector('[data-testid=doc-title]').value === 'Basis 2');
  assert.equal(await b.status.notice.count(), 0);

  // Now both change it before either has saved: B adds a partner (saved after the
  // debounce), A renames and saves at once with Ctrl+S.
  await b.genogram.add('partner');
  await a.testId('doc-title').fill('Versie A');
  await a.testId('doc-title').press('Enter');
  await a.page.keyboard.press('Control+s');
  const loser = await Promise.race([
    a.status.notice.waitFor().then(() => a),
    b.status.notice.waitFor().then(() => b),
  ]);
  const winner = loser === a ? b : a;
  // Until both tabs' debounced autosaves have run, the winner could still be told of a conflict.
  await Promise.all([a.status.autosaveIdle(), b.status.autosaveIdle()]);
  assert.equal(await winner.status.notice.count(), 0, 'only one tab reports a conflict');
  assert.equal(await loser.status.notice.getAttribute('data-problem'), 'conflict');
  assert.match(await loser.status.notice.textContent(), /in een ander tabblad gewijzigd/);
  let docs = await a.library.documents();
  assert.equal(Object.keys(docs).length, 1);
  const winnerDoc = docs[id];
  const loserTitle = await loser.testId('doc-title').inputValue();
  // The stored document is the winner's version, untouched by the loser.
  if (winner === a) {
    assert.deepEqual([winnerDoc.title, winnerDoc.content.persons.length], ['Versie A', 1]);
  } else {
    assert.deepEqual([winnerDoc.title, winnerDoc.content.persons.length], ['Basis 2', 2]);
  }

  await loser.testId('save-copy').click();
  await loser.status.waitSaved();
  docs = await a.library.documents();
  assert.equal(Object.keys(docs).length, 2, 'both versions kept');
  assert.deepEqual(docs[id], winnerDoc, 'the copy did not touch the original');
  const copy = Object.values(docs).find((d) => d.id !== id);
  assert.equal(copy.title, `${loserTitle} (kopie)`);
  assert.equal(await loser.status.notice.count(), 0);
}));

test('bad import files give a clear message and change nothing', () => withPage(async (kp) => {
  const lib = kp.library;
  await storedCouple(kp);
  await lib.open();
  const before = await lib.stored();
  const good = Object.values(await lib.stored('kring.doc.'))[0];
  const goodDoc = JSON.parse(good);
  const dangling = JSON.stringify({ ...goodDoc, id: 'x1', content: { ...goodDoc.content,
    unions: [{ id: 1, partner_a: 0, partner_b: 77, kind: 'marriage' }] } });
  const cases = [
    ['geen-json.kring.json', 'Dit is geen JSON {', /geen leesbaar Kring-bestand/],
    ['ander-formaat.json', JSON.stringify({ format: 'excel', version: 1 }), /van het soort ‘excel’/],
    ['nieuwer.kring.json', JSON.stringify({ ...goodDoc, id: 'n1', version: 5 }), /nieuwere versie van Kring \(bestandsversie 5;/],
    ['bibliotheek-nieuwer.kring.json', JSON.stringify({ format: 'kring-library', version: 9, documents: [] }), /bestandsversie 9;/],
    ['losse-ids.kring.json', dangling, /De inhoud van dit bestand klopt niet/],
    ['bibliotheek-fout.kring.json', JSON.stringify({ format: 'kring-library', version: 1, documents: [{ ...goodDoc, id: 'ok' }, JSON.parse(dangling)] }), /Document 2 in dit bestand/],
  ];
  for (const [name, contents, message] of cases) {
    await lib.importFile(name, contents);
    await lib.waitMessage(message);
    assert.ok(await lib.message.evaluate((el) => el.classList.contains('error')), name);
    assert.deepEqual(await lib.stored(), before, `${name} changed nothing`);
  }
  // 50 MB of junk, dropped onto the dialog: refused by its size before it is read.
  await lib.dialog.evaluate((el) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(50 * 1024 * 1024).fill(120)], 'rommel.kring.json'));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await lib.waitMessage(/te groot \(50 MB\)/);
  assert.deepEqual(await lib.stored(), before, 'the junk changed nothing');
  assert.equal(await kp.testId('library-row').count(), 1);
}));

test('export all, erase all, import: the same documents come back byte for byte', () => withPage(async (kp) => {
  const lib = kp.library;
  await kp.genogram.create({ stored: true });
  await kp.genogram.add('partner');
  await kp.genogram.create({ stored: true });
  await lib.open();
  const rows = kp.testId('library-row');
  assert.equal(await rows.count(), 2);
  await lib.rename('Nieuw genogram', 'Familie Jansen');
  // A third one, duplicated and then moved to the trash: not exported.
  await lib.row('Familie Jansen').getByTestId('library-duplicate').click();
  await lib.row('Familie Jansen (kopie)').getByTestId('library-delete').click();
  await kp.testId('library-trash-toggle').click();
  assert.equal(await kp.testId('trash-row').count(), 1);
  // Search by title.
  await kp.testId('library-search').fill('jansen');
  assert.equal(await rows.count(), 1);
  await kp.testId('library-search').fill('');

  const docsBefore = await lib.stored('kring.doc.');
  const file = await kp.download(() => kp.testId('library-export-all').click());
  assert.match(file.name, /^kring-bibliotheek-\d{4}-\d\d-\d\d\.kring\.json$/);
  const exported = JSON.parse(file.text);
  assert.equal(exported.format, 'kring-library');
  assert.equal(exported.documents.length, 2, 'the trash is not exported');

  await kp.testId('library-erase-all').click();
  await kp.testId('confirm-step').waitFor();
  await kp.testId('confirm-yes').click();
  await lib.waitMessage(/gewist/);
  assert.deepEqual(await lib.stored(), {}, 'no Kring data left');
  assert.equal(await kp.testId('library-empty').count(), 1);
  assert.equal(await kp.testId('doc-title').count(), 0, 'the open document was closed');

  await lib.importFile(file.name, file.text);
  await lib.waitMessage(/Geïmporteerde documenten: 2/);
  const docsAfter = await lib.stored('kring.doc.');
  const trashedKey = Object.keys(docsBefore).find((k) => JSON.parse(docsBefore[k]).title.endsWith('(kopie)'));
  delete docsBefore[trashedKey];
  assert.deepEqual(docsAfter, docsBefore, 'byte-identical documents under the same ids');

  // The same file again: asks, and "kopie" keeps both.
  await lib.importFile(file.name, file.text);
  await kp.testId('import-conflict').waitFor();
  assert.equal(await kp.testId('import-conflict-title').count(), 2);
  await kp.testId('import-copy').click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 4);
  assert.deepEqual(Object.fromEntries(Object.entries(await lib.stored('kring.doc.')).filter(([k]) => k in docsBefore)), docsBefore);
  await kp.screenshot('library-nl');
}));

test('a long title never pushes the row\'s buttons out of sight', () => withPage(async (kp) => {
  await kp.genogram.create({ stored: true });
  await kp.fill('doc-title', 'Familie '.repeat(12) + 'Heel-lang-samengesteld-zonder-spaties-'.repeat(4));
  await kp.status.save();
  await kp.library.open();
  const dialog = await kp.testId('library-dialog').boundingBox();
  for (const id of ['library-rename', 'library-duplicate', 'library-export', 'library-delete']) {
    const b = await kp.testId('library-row').first().getByTestId(id).boundingBox();
    assert.ok(b.x >= dialog.x && b.x + b.width <= dialog.x + dialog.width + 0.5, `${id} inside the dialog: ${JSON.stringify(b)}`);
    const cut = await kp.testId('library-row').first().getByTestId(id).evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    assert.equal(cut, false, `${id} shows its whole label`);
  }
}));

test('the library is an accessible dialog: labelled, keyboard reachable, Escape closes', () => withPage(async (kp) => {
  await kp.genogram.create({ stored: true });
  await kp.library.open();
  const dialog = kp.library.dialog;
  assert.equal(await dialog.getAttribute('role'), 'dialog');
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  const labelId = await dialog.getAttribute('aria-labelledby');
  assert.equal(await kp.page.locator(`#${labelId}`).textContent(), 'Documenten in deze browser');
  assert.equal(await kp.focusedTestId(), 'library-search', 'focus starts in the dialog');
  const reached = await kp.tabThrough(12);
  for (const id of ['library-import', 'library-export-all', 'library-open', 'library-rename', 'library-delete']) {
    assert.ok(reached.has(id), `Tab reaches ${id} (${[...reached]})`);
  }
  await kp.page.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0);
}));
