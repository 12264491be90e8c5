// The document library as a person meets it: work survives a reload, damaged entries are
// kept, a full storage does not lose the open document, two tabs never overwrite each
// other, bad imports change nothing, and export → erase all → import gives everything back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Every localStorage entry whose key starts with `prefix`, as { key: value }. */
function stored(kp, prefix = 'kring.') {
  return kp.page.evaluate((prefix) => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k.startsWith(prefix)) out[k] = localStorage.getItem(k);
    }
    return out;
  }, prefix);
}

/** The stored documents, parsed, by id. */
async function documents(kp) {
  const docs = {};
  for (const [k, v] of Object.entries(await stored(kp, 'kring.doc.'))) {
    try { docs[k.slice('kring.doc.'.length)] = JSON.parse(v); } catch { /* a damaged entry planted by a test */ }
  }
  return docs;
}

async function waitSaved(kp) {
  await kp.page.waitForFunction(() => /Opgeslagen om \d\d:\d\d|Saved at \d\d:\d\d/
    .test(document.querySelector('[data-testid=status-message]').textContent));
}

/** Starts a new genogram and waits until autosave has stored it. */
async function newGenogram(kp) {
  const before = Object.keys(await documents(kp)).length;
  await kp.testId('menu-new-genogram').click();
  await kp.page.waitForFunction((n) => {
    let c = 0;
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i).startsWith('kring.doc.')) c++;
    return c > n;
  }, before);
}

async function openLibrary(kp) {
  await kp.testId('menu-open').click();
  await kp.testId('library-dialog').waitFor();
}

/** Renames the row with `title` through the library dialog (which must be open). */
async function renameInLibrary(kp, from, to) {
  const row = kp.page.locator('[data-testid=library-row]', { hasText: from }).first();
  await row.getByTestId('library-rename').click();
  await kp.testId('library-rename-input').fill(to);
  await kp.testId('library-rename-save').click();
  await kp.page.locator('[data-testid=library-row]', { hasText: to }).waitFor();
}

async function download(kp, action) {
  const [dl] = await Promise.all([kp.page.waitForEvent('download'), action()]);
  return { name: dl.suggestedFilename(), text: await readFile(await dl.path(), 'utf8') };
}

/** Picks `contents` as the import file. */
async function importFile(kp, name, contents) {
  await kp.testId('library-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
}

test('reload keeps work: a new genogram, a partner and a new title come back', async () => {
  const kp = await KringPage.open(browser, kp0origin());
  await newGenogram(kp);
  await kp.testId('add-partner').click();
  await kp.page.keyboard.press('Control+s');
  await waitSaved(kp);
  await openLibrary(kp);
  assert.equal(await kp.testId('library-row').count(), 1);
  assert.equal(await kp.testId('library-current').count(), 1, 'the open document is marked');
  await renameInLibrary(kp, 'Nieuw genogram', 'Casus Noah');
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('library-dialog').count(), 0, 'Escape closes the library');
  await waitSaved(kp);

  await kp.reload();
  assert.equal(await kp.testId('doc-title').inputValue(), 'Casus Noah', 'the last document is open again');
  const [doc] = Object.values(await documents(kp));
  assert.equal(doc.title, 'Casus Noah');
  assert.equal(doc.content.persons.length, 2, 'the partner was saved');
  await openLibrary(kp);
  const row = kp.testId('library-row');
  assert.match(await row.textContent(), /Casus Noah.*Genogram.*\d\d-\d\d-\d{4} \d\d:\d\d.*\d (B|kB)/s);
  assert.match(await kp.testId('library-usage').textContent(), /B gebruikt van ongeveer 5 MB/);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('a corrupt or newer entry is listed as damaged and its bytes stay unchanged', async () => {
  const kp = await KringPage.open(browser, kp0origin());
  const newer = JSON.stringify({ format: 'kring', version: 99, kind: 'genogram', id: 'toekomst', title: 'Uit de toekomst', content: {} });
  const planted = {
    'kring.doc.kapot': '{"format": "kring", "version": 1, "kind": "genog\u0000 ✂',
    'kring.doc.toekomst': newer,
  };
  await kp.page.evaluate((p) => { for (const [k, v] of Object.entries(p)) localStorage.setItem(k, v); }, planted);
  await kp.reload();
  assert.match(await kp.testId('status-message').textContent(), /kan Kring niet lezen/);
  await newGenogram(kp);
  await kp.testId('add-partner').click();
  await waitSaved(kp);
  await openLibrary(kp);
  const damaged = kp.testId('damaged-row');
  assert.equal(await damaged.count(), 2);
  const reasons = await kp.testId('damaged-reason').allTextContents();
  assert.ok(reasons.some((r) => /nieuwere versie van Kring \(bestandsversie 99/.test(r)), reasons.join('\n'));
  assert.ok(reasons.some((r) => /geen leesbaar Kring-bestand/.test(r)), reasons.join('\n'));
  assert.equal(await kp.testId('library-row').count(), 1, 'the good document is listed normally');
  const raw = await download(kp, () => kp.page.locator('[data-testid=damaged-row][data-key="kring.doc.kapot"]').getByTestId('damaged-download').click());
  assert.equal(raw.text, planted['kring.doc.kapot'], 'the raw download is the stored text');
  // Importing a document with a damaged entry's id makes a copy, never a replacement.
  await importFile(kp, 'toekomst.kring.json', JSON.stringify({
    format: 'kring', version: 1, kind: 'genogram', id: 'toekomst', title: 'Vervanger', created: 1, modified: 1,
    content: { persons: [{ id: 0, index: true }] } }));
  await kp.testId('import-conflict').waitFor();
  await kp.testId('import-replace').click();
  await kp.page.locator('[data-testid=library-row]', { hasText: 'Vervanger (kopie)' }).waitFor();
  await kp.reload();
  const after = await stored(kp);
  for (const [k, v] of Object.entries(planted)) assert.equal(after[k], v, `${k} byte-identical`);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('a full storage says so, keeps the document open and offers export', async () => {
  const kp = await KringPage.open(browser, kp0origin());
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
  const notice = kp.testId('save-notice');
  await notice.waitFor();
  assert.equal(await notice.getAttribute('data-problem'), 'quota');
  assert.match(await notice.textContent(), /opslag van deze browser is vol/);
  assert.match(await kp.testId('status-message').textContent(), /Opslaan lukt niet/);
  // Still open and editable in memory.
  await kp.testId('add-partner').click();
  await kp.testId('doc-title').fill('Casus Vol');
  await kp.testId('doc-title').press('Enter');
  // Starting another document now would drop the unsaved one: refused, with the reason.
  await kp.testId('menu-new-genogram').click();
  assert.equal(await kp.testId('doc-title').inputValue(), 'Casus Vol', 'the unsaved document stays open');
  assert.equal(await kp.page.locator('g[data-key^="person:"]').count(), 2);
  assert.match(await kp.testId('status-message').textContent(), /vol/);
  const file = await download(kp, () => kp.testId('save-export').click());
  assert.equal(file.name, 'Casus Vol.kring.json');
  const doc = JSON.parse(file.text);
  assert.equal(doc.format, 'kring');
  assert.equal(doc.content.persons.length, 2);
  assert.deepEqual(Object.keys(await documents(kp)), [], 'nothing half-written');
  // Room again: "Opnieuw proberen" saves.
  await kp.page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('vulsel-')) localStorage.removeItem(k); });
  await kp.testId('save-retry').click();
  await waitSaved(kp);
  assert.equal(await kp.testId('save-notice').count(), 0);
  assert.equal(Object.values(await documents(kp))[0].title, 'Casus Vol');
  await kp.close();
});

test('two tabs on the same document never overwrite each other', async () => {
  const a = await KringPage.open(browser, kp0origin());
  await newGenogram(a);
  await openLibrary(a);
  await renameInLibrary(a, 'Nieuw genogram', 'Basis');
  await a.testId('library-close').click();
  const b = new KringPage(await a.page.context().newPage(), a.origin);
  await b.goto();
  assert.equal(await b.testId('doc-title').inputValue(), 'Basis', 'the second tab opens the same document');
  const [id] = Object.keys(await documents(a));

  // A change in one tab reaches the other, which has no changes of its own.
  await a.testId('doc-title').fill('Basis 2');
  await a.testId('doc-title').press('Enter');
  await waitSaved(a);
  await b.page.waitForFunction(() => document.querySelector('[data-testid=doc-title]').value === 'Basis 2');
  assert.equal(await b.testId('save-notice').count(), 0);

  // Now both change it before either has saved: B adds a partner (saved after the
  // debounce), A renames and saves at once with Ctrl+S.
  await b.testId('add-partner').click();
  await a.testId('doc-title').fill('Versie A');
  await a.testId('doc-title').press('Enter');
  await a.page.keyboard.press('Control+s');
  const loser = await Promise.race([
    a.testId('save-notice').waitFor().then(() => a),
    b.testId('save-notice').waitFor().then(() => b),
  ]);
  const winner = loser === a ? b : a;
  await new Promise((r) => setTimeout(r, 1200));
  assert.equal(await winner.testId('save-notice').count(), 0, 'only one tab reports a conflict');
  assert.equal(await loser.testId('save-notice').getAttribute('data-problem'), 'conflict');
  assert.match(await loser.testId('save-notice').textContent(), /in een ander tabblad gewijzigd/);
  let docs = await documents(a);
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
  await waitSaved(loser);
  docs = await documents(a);
  assert.equal(Object.keys(docs).length, 2, 'both versions kept');
  assert.deepEqual(docs[id], winnerDoc, 'the copy did not touch the original');
  const copy = Object.values(docs).find((d) => d.id !== id);
  assert.equal(copy.title, `${loserTitle} (kopie)`);
  assert.equal(await loser.testId('save-notice').count(), 0);

  await a.close();
  await b.close();
});

test('bad import files give a clear message and change nothing', async () => {
  const kp = await KringPage.open(browser, kp0origin());
  await newGenogram(kp);
  await kp.testId('add-partner').click();
  await waitSaved(kp);
  await openLibrary(kp);
  const before = await stored(kp);
  const good = Object.values(await stored(kp, 'kring.doc.'))[0];
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
    await importFile(kp, name, contents);
    await kp.page.waitForFunction((src) => new RegExp(src).test(document.querySelector('[data-testid=library-message]').textContent), message.source);
    assert.ok(await kp.testId('library-message').evaluate((el) => el.classList.contains('error')), name);
    assert.deepEqual(await stored(kp), before, `${name} changed nothing`);
  }
  // 50 MB of junk, dropped onto the dialog: refused by its size before it is read.
  await kp.testId('library-dialog').evaluate((el) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(50 * 1024 * 1024).fill(120)], 'rommel.kring.json'));
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await kp.page.waitForFunction(() => /te groot \(50 MB\)/.test(document.querySelector('[data-testid=library-message]').textContent));
  assert.deepEqual(await stored(kp), before, 'the junk changed nothing');
  assert.equal(await kp.testId('library-row').count(), 1);
  await kp.close();
});

test('export all, erase all, import: the same documents come back byte for byte', async () => {
  const kp = await KringPage.open(browser, kp0origin());
  await newGenogram(kp);
  await kp.testId('add-partner').click();
  await newGenogram(kp);
  await openLibrary(kp);
  const rows = kp.testId('library-row');
  assert.equal(await rows.count(), 2);
  await renameInLibrary(kp, 'Nieuw genogram', 'Familie Jansen');
  // A third one, duplicated and then moved to the trash: not exported.
  await kp.page.locator('[data-testid=library-row]', { hasText: 'Familie Jansen' }).getByTestId('library-duplicate').click();
  await kp.page.locator('[data-testid=library-row]', { hasText: 'Familie Jansen (kopie)' }).getByTestId('library-delete').click();
  await kp.testId('library-trash-toggle').click();
  assert.equal(await kp.testId('trash-row').count(), 1);
  // Search by title.
  await kp.testId('library-search').fill('jansen');
  assert.equal(await rows.count(), 1);
  await kp.testId('library-search').fill('');

  const docsBefore = await stored(kp, 'kring.doc.');
  const file = await download(kp, () => kp.testId('library-export-all').click());
  assert.match(file.name, /^kring-bibliotheek-\d{4}-\d\d-\d\d\.kring\.json$/);
  const lib = JSON.parse(file.text);
  assert.equal(lib.format, 'kring-library');
  assert.equal(lib.documents.length, 2, 'the trash is not exported');

  await kp.testId('library-erase-all').click();
  await kp.testId('confirm-step').waitFor();
  await kp.testId('confirm-yes').click();
  await kp.page.waitForFunction(() => /gewist/.test(document.querySelector('[data-testid=library-message]').textContent));
  assert.deepEqual(await stored(kp), {}, 'no Kring data left');
  assert.equal(await kp.testId('library-empty').count(), 1);
  assert.equal(await kp.testId('doc-title').count(), 0, 'the open document was closed');

  await importFile(kp, file.name, file.text);
  await kp.page.waitForFunction(() => /Geïmporteerde documenten: 2/.test(document.querySelector('[data-testid=library-message]').textContent));
  const docsAfter = await stored(kp, 'kring.doc.');
  const trashedKey = Object.keys(docsBefore).find((k) => JSON.parse(docsBefore[k]).title.endsWith('(kopie)'));
  delete docsBefore[trashedKey];
  assert.deepEqual(docsAfter, docsBefore, 'byte-identical documents under the same ids');

  // The same file again: asks, and "kopie" keeps both.
  await importFile(kp, file.name, file.text);
  await kp.testId('import-conflict').waitFor();
  assert.equal(await kp.testId('import-conflict-title').count(), 2);
  await kp.testId('import-copy').click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=library-row]').length === 4);
  assert.deepEqual(Object.fromEntries(Object.entries(await stored(kp, 'kring.doc.')).filter(([k]) => k in docsBefore)), docsBefore);
  await kp.screenshot('library-nl');
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('the library is an accessible dialog: labelled, keyboard reachable, Escape closes', async () => {
  const kp = await KringPage.open(browser, kp0origin());
  await newGenogram(kp);
  await openLibrary(kp);
  const dialog = kp.testId('library-dialog');
  assert.equal(await dialog.getAttribute('role'), 'dialog');
  assert.equal(await dialog.getAttribute('aria-modal'), 'true');
  const labelId = await dialog.getAttribute('aria-labelledby');
  assert.equal(await kp.page.locator(`#${labelId}`).textContent(), 'Documenten in deze browser');
  assert.equal(await kp.page.evaluate(() => document.activeElement.dataset.testid), 'library-search', 'focus starts in the dialog');
  const reached = new Set();
  for (let i = 0; i < 12; i++) {
    await kp.page.keyboard.press('Tab');
    reached.add(await kp.page.evaluate(() => document.activeElement.dataset.testid));
  }
  for (const id of ['library-import', 'library-export-all', 'library-open', 'library-rename', 'library-delete']) {
    assert.ok(reached.has(id), `Tab reaches ${id} (${[...reached]})`);
  }
  await kp.page.keyboard.press('Escape');
  assert.equal(await dialog.count(), 0);
  await kp.close();
});

function kp0origin() { return server.origin; }
