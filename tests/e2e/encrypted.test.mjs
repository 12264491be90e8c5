// "Versleuteld opslaan": a document or the whole library leaves the browser as a file
// only its password opens. Export, then import in a browser that has never seen it: a
// wrong password or a changed byte imports nothing; the right one brings it all back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const PASSWORD = 'paard-batterij-nietje';

/** A stored genogram titled `title` with the client Noah and a partner Sam. */
async function storedCouple(kp, title) {
  await kp.genogram.create({ stored: true });
  await kp.genogram.name('Noah');
  await kp.genogram.add('partner', 'Sam');
  await kp.testId('doc-title').fill(title);
  await kp.testId('doc-title').press('Enter');
  await kp.library.waitForDocument((d) => d.title === title && JSON.stringify(d).includes('Sam'));
}

/** Fills the export's password form and saves; resolves to the download. */
async function saveEncrypted(kp, password = PASSWORD, repeat = password) {
  await kp.testId('encrypt-password').fill(password);
  await kp.testId('encrypt-repeat').fill(repeat);
  return kp.download(() => kp.testId('encrypt-save').click());
}

/** Picks `file` for import and answers the password question with `password`. */
async function importWith(kp, file, password) {
  await kp.library.importFile(file.name, file.bytes);
  await kp.testId('decrypt-step').waitFor();
  await kp.testId('decrypt-password').fill(password);
  await kp.testId('decrypt-open').click();
}

test('a document exported encrypted opens elsewhere only with its password', async () => {
  const file = await withPage(async (kp) => {
    await storedCouple(kp, 'Casus Noah');
    await kp.library.open();
    await kp.library.row('Casus Noah').getByTestId('library-export-encrypted').click();
    await kp.testId('encrypt-step').waitFor();
    assert.equal(await kp.testId('encrypt-what').textContent(), 'Casus Noah');
    assert.match(await kp.testId('encrypt-no-recovery').textContent(), /Er is geen herstel.*nooit meer openen/s);
    await kp.testId('encrypt-password').fill('kort');
    await kp.testId('encrypt-repeat').fill('kort');
    await kp.testId('encrypt-save').click();
    assert.match(await kp.testId('encrypt-problem').textContent(), /minstens 8 tekens/);
    await kp.testId('encrypt-repeat').fill('iets anders');
    await kp.testId('encrypt-password').fill('iets andera');
    await kp.testId('encrypt-save').click();
    assert.match(await kp.testId('encrypt-problem').textContent(), /niet gelijk/);
    const dl = await saveEncrypted(kp);
    assert.equal(dl.name, 'Casus Noah.kring.versleuteld');
    assert.equal(dl.bytes.subarray(0, 8).toString('latin1'), 'KRINGENC');
    assert.equal(dl.bytes[8], 1, 'envelope version 1');
    assert.equal(dl.bytes.readUInt32LE(10), 19 * 1024, 'Argon2 memory 19 MiB');
    assert.equal(dl.bytes.readUInt32LE(14), 2, 'two passes');
    for (const word of ['Noah', 'Sam', 'Casus', 'genogram']) assert.ok(!dl.bytes.includes(word), `no "${word}" in the file`);
    await kp.library.waitMessage(/Versleuteld bestand opgeslagen: Casus Noah\.kring\.versleuteld/);
    assert.equal(await kp.testId('encrypt-step').count(), 0, 'the form closed');
    return dl;
  });

  // Another browser (a fresh context: an empty library).
  await withPage(async (kp) => {
    await kp.library.open();
    await kp.library.importFile(file.name, file.bytes);
    await kp.testId('decrypt-step').waitFor();
    assert.match(await kp.testId('decrypt-no-recovery').textContent(), /er is geen herstel/);
    await kp.testId('decrypt-password').fill('raden maar');
    await kp.testId('decrypt-open').click();
    await kp.page.waitForFunction(() => /past niet bij dit bestand/.test(document.querySelector('[data-testid=decrypt-problem]').textContent));
    assert.equal(await kp.testId('decrypt-password').inputValue(), '', 'the wrong password is cleared');
    assert.equal(await kp.testId('library-row').count(), 0, 'nothing imported');
    await kp.testId('decrypt-cancel').click();

    const tampered = { name: file.name, bytes: Buffer.from(file.bytes) };
    tampered.bytes[tampered.bytes.length - 20] ^= 1;
    await importWith(kp, tampered, PASSWORD);
    await kp.page.waitForFunction(() => /beschadigd of na het versleutelen gewijzigd/.test(document.querySelector('[data-testid=decrypt-problem]').textContent));
    assert.equal(await kp.testId('library-row').count(), 0, 'nothing imported from a changed file');
    assert.deepEqual(await kp.library.stored('kring.doc.'), {}, 'storage untouched');
    await kp.testId('decrypt-cancel').click();

    await importWith(kp, file, PASSWORD);
    await kp.library.row('Casus Noah').waitFor();
    assert.equal(await kp.testId('decrypt-step').count(), 0);
    const [doc] = Object.values(await kp.library.documents());
    assert.equal(doc.title, 'Casus Noah');
    assert.match(JSON.stringify(doc.content), /Noah.*Sam|Sam.*Noah/s);
  });
});

test('the whole library encrypted: erase all, import, everything is back and the backup is noted', () => withPage(async (kp) => {
  await storedCouple(kp, 'Eerste');
  await storedCouple(kp, 'Tweede');
  await kp.library.open();
  await kp.testId('library-export-all-encrypted').click();
  assert.equal(await kp.testId('encrypt-what').textContent(), 'Alle documenten in deze browser');
  const file = await saveEncrypted(kp);
  assert.match(file.name, /^kring-bibliotheek-\d{4}-\d\d-\d\d\.kring\.versleuteld$/);
  const noted = Number((await kp.library.stored('kring.backup.last'))['kring.backup.last']);
  assert.ok(Date.now() - noted < 60_000, 'the backup time is kept');

  await kp.testId('library-erase-all').click();
  await kp.testId('confirm-yes').click();
  await kp.page.waitForFunction(() => !document.querySelector('[data-testid=library-row]'));
  await importWith(kp, file, PASSWORD);
  await kp.library.row('Tweede').waitFor();
  const titles = Object.values(await kp.library.documents()).map((d) => d.title).sort();
  assert.deepEqual(titles, ['Eerste', 'Tweede']);
  // Escape backs out of the password question without importing.
  await kp.library.importFile(file.name, file.bytes);
  await kp.testId('decrypt-step').waitFor();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('decrypt-step').count(), 0);
  assert.equal(await kp.library.dialog.count(), 1, 'the dialog stays');
}));
