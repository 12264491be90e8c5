// Genealogy files in and out: a GEDCOM file imported through the library becomes a
// genogram with a report, a genogram downloads as GEDCOM, a broken file changes
// nothing, and "Zoeken" finds a person by name and selects them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, withPage } from './harness.mjs';

useApp();

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'small_family.ged');

/** Imports the fixture through the library's file input and opens the new document. */
async function importFixture(kp) {
  const lib = kp.library;
  await lib.open();
  await kp.testId('library-file').setInputFiles({ name: 'familie-bakker.ged', mimeType: 'application/octet-stream', buffer: await readFile(fixture) });
  await kp.testId('gedcom-report').waitFor();
  await lib.waitMessage(/Geïmporteerde documenten: 1/);
  return lib;
}

/** Opens the imported document from the still open library dialog. */
async function openImported(kp) {
  await kp.library.row('familie-bakker').getByTestId('library-open').click();
  await kp.library.dialog.waitFor({ state: 'detached' });
}

test('a GEDCOM file imports as a new genogram with a report', () => withPage(async (kp) => {
  const lib = await importFixture(kp);
  assert.match(await kp.testId('gedcom-report-summary').textContent(), /6 personen, 2 gezinnen en \d+ gebeurtenissen/);
  const skipped = await kp.testId('gedcom-report-skipped').textContent();
  assert.match(skipped, /BIRT\.PLAC 1×/);
  assert.match(skipped, /INDI\._CUSTOM 1×/);
  assert.match(await kp.testId('gedcom-report').textContent(), /periode of grens/, 'the BET … AND date is reported as rounded');
  const doc = await lib.waitForDocument((d) => d.title === 'familie-bakker');
  assert.equal(doc.content.persons.length, 6);
  assert.equal(doc.content.unions.length, 2);
  const noor = doc.content.child_links.find((l) => doc.content.persons.find((p) => p.id === l.child)?.given_name === 'Noor');
  assert.equal(noor.kind, 'adopted');
  await kp.screenshot('gedcom-import-report');
  await openImported(kp);
  assert.equal(await kp.genogram.personCount(), 6, 'all six are drawn');
}));

test('a broken GEDCOM file is refused with its line number and nothing changes', () => withPage(async (kp) => {
  const lib = kp.library;
  await lib.open();
  const before = await lib.entryCount();
  await kp.testId('library-file').setInputFiles({ name: 'kapot.ged', mimeType: 'application/octet-stream',
    buffer: Buffer.from('0 HEAD\n1 CHAR UTF-8\n0 @I1@ INDI\nhier klopt niets van\n0 TRLR\n') });
  await lib.waitMessage(/regel 4/);
  assert.match(await lib.message.textContent(), /Er is niets geïmporteerd/);
  assert.equal(await lib.entryCount(), before);
  assert.equal(await kp.testId('gedcom-report').count(), 0);
}));

test('a genogram downloads as GEDCOM', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.genogram.add('partner');
  await kp.export.open();
  const file = await kp.download(() => kp.testId('export-gedcom').click());
  assert.match(file.name, /\.ged$/);
  assert.ok(file.text.startsWith('0 HEAD'), file.text.slice(0, 40));
  assert.match(file.text, /1 CHAR UTF-8/);
  assert.equal((file.text.match(/ INDI$/gm) ?? []).length, 2);
  assert.match(file.text, /0 TRLR\s*$/);
  // Anonymised, the file is named for nobody.
  await kp.export.open();
  await kp.testId('export-anonymise').selectOption('roles');
  const anon = await kp.download(() => kp.testId('export-gedcom').click());
  assert.equal(anon.name, 'genogram-anoniem.ged');
}));

test('Zoeken finds a person by part of the name, without accents, and selects them', () => withPage(async (kp) => {
  await importFixture(kp);
  await openImported(kp);
  await kp.page.keyboard.press('Control+f');
  await kp.testId('search-dialog').waitFor();
  await kp.testId('search-input').fill('hernan');
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=search-result]').length === 2);
  await kp.testId('search-input').fill('jose hern');
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=search-result]').length === 1);
  const id = await kp.testId('search-result').getAttribute('data-person');
  await kp.testId('search-result').click();
  await kp.testId('search-dialog').waitFor({ state: 'detached' });
  await kp.page.locator(`[data-person-ring="${id}"]`).waitFor();
  assert.equal(await kp.testId('field-given-name').inputValue(), 'José');
  // The button opens the same search; nothing found says so.
  await kp.testId('menu-search').click();
  await kp.testId('search-input').fill('xyz');
  await kp.testId('search-none').waitFor();
  await kp.page.keyboard.press('Escape');
  await kp.testId('search-dialog').waitFor({ state: 'detached' });
  // The key is listed in help, from the one keymap.
  await kp.testId('menu-help').click();
  const keys = await kp.testId('help-key').allTextContents();
  assert.ok(keys.some((t) => t.startsWith('Ctrl+F') && t.includes('Persoon zoeken')), 'Ctrl+F in help');
}));
