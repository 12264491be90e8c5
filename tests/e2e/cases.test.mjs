// The example cases ("Voorbeelden"): the list shows every case with a title and a line,
// opening one stores an editable copy in the library, draws it and shows its teaching
// notes, the notes come back on request, and the copy is still there after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';

/** Opens the example cases from the library ("Openen" → "Voorbeelden"). */
async function openCases(kp) {
  await kp.library.open();
  await kp.testId('library-cases').click();
  await kp.library.dialog.waitFor({ state: 'detached' });
  await kp.testId('cases-dialog').waitFor();
}

test('open an example case: a copy in the library, its drawing and its notes', () => withPage(async (kp) => {
  await openCases(kp);
  const dialog = kp.testId('cases-dialog');
  const rows = dialog.locator('li[data-testid^=case-]');
  assert.ok(await rows.count() >= 6, 'at least six cases');
  for (const title of await dialog.getByTestId('case-title').allTextContents()) assert.ok(title.trim().length > 5, title);
  for (const line of await dialog.getByTestId('case-summary').allTextContents()) assert.ok(line.length > 40, line);

  // The notes can be read before opening: nothing is stored for that.
  await kp.testId('case-pleegzorg').getByTestId('case-notes').click();
  const notes = kp.testId('case-notes-dialog');
  await notes.waitFor();
  assert.match(await notes.textContent(), /Jayden in het pleeggezin/);
  await kp.testId('case-notes-close').click();
  assert.equal(await kp.library.entryCount(), 0, 'reading notes stores nothing');

  await openCases(kp);
  await kp.testId('case-verslaving').getByTestId('case-open').click();
  await notes.waitFor();
  assert.equal(await dialog.count(), 0, 'the list closed');
  assert.match(await notes.getByRole('heading', { level: 2 }).textContent(), /Lesnotities: Drie generaties drank/);
  assert.match(await kp.testId('case-story').textContent(), /Jelle Hoekstra/);
  assert.ok(await kp.testId('case-look-for').locator('li').count() >= 3, 'what to look for');
  const questions = await kp.testId('case-questions').locator('li').allTextContents();
  assert.ok(questions.length >= 3 && questions.every((q) => q.trim().endsWith('?')), questions.join('\n'));

  // The drawing is there behind the notes: eleven persons, the client among them.
  assert.equal(await kp.page.locator('g[data-person]').count(), 11);
  assert.equal(await kp.testId('doc-title').inputValue(), 'Voorbeeld: Drie generaties drank');
  await mkdir(SHOTS, { recursive: true });
  await kp.page.screenshot({ path: `${SHOTS}/case-verslaving-notes.png` });
  await kp.page.keyboard.press('Escape');
  assert.equal(await notes.count(), 0, 'Escape closes the notes');
  await kp.page.screenshot({ path: `${SHOTS}/case-verslaving.png` });

  // An editable copy: it takes an edit, and autosave writes it.
  const stored = await kp.library.waitForDocument((d) => d.title === 'Voorbeeld: Drie generaties drank');
  assert.equal(stored.content.persons.length, 11);
  await kp.genogram.select('Jelle');
  await kp.genogram.add('partner');
  await kp.library.waitForDocument((d) => d.id === stored.id && d.content.persons.length === 12);

  // The notes come back from the toolbar.
  await kp.testId('case-notes-reopen').click();
  await notes.waitFor();
  await kp.testId('case-notes-close').click();

  // After a reload the copy is in the library and open again, with its edit.
  await kp.reload();
  assert.equal(await kp.testId('doc-title').inputValue(), 'Voorbeeld: Drie generaties drank');
  assert.equal(await kp.page.locator('g[data-person]').count(), 12);
  await kp.library.open();
  const titles = await kp.testId('library-row').allTextContents();
  assert.ok(titles.some((t) => t.includes('Voorbeeld: Drie generaties drank')), titles.join('\n'));
  await kp.library.close();

  // A case with a netwerkkaart stores both; the genogram opens.
  await openCases(kp);
  await kp.testId('case-mantelzorg-oudere').getByTestId('case-open').click();
  await notes.waitFor();
  await kp.testId('case-notes-close').click();
  await kp.library.waitForEntryCount(3);
  const kinds = Object.values(await kp.library.documents()).map((d) => `${d.kind}:${d.title}`).sort();
  assert.deepEqual(kinds, [
    'genogram:Voorbeeld: Drie generaties drank',
    'genogram:Voorbeeld: Eén dochter draagt alles',
    'netwerkkaart:Voorbeeld: Eén dochter draagt alles (netwerkkaart)',
  ]);
  assert.equal(await kp.testId('doc-title').inputValue(), 'Voorbeeld: Eén dochter draagt alles');
  kp.assertClean();
}));

test('axe finds no accessibility violation in the case list and the teaching notes', () => withPage({ bypassCSP: true }, async (kp) => {
  await openCases(kp);
  for (const [name, next] of [
    ['the case list', async () => {
      await kp.testId('case-jonge-mantelzorger').getByTestId('case-open').click();
      await kp.testId('case-notes-dialog').waitFor();
    }],
    ['the teaching notes over the opened case', async () => {}],
  ]) {
    const { rulesPassed, violations } = await kp.audit();
    assert.ok(rulesPassed > 10, `${name}: axe ran (${rulesPassed} rules passed)`);
    assert.deepEqual(violations, [], `${name}: ${JSON.stringify(violations, null, 1)}`);
    await next();
  }
}));
