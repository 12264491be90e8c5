// Exercises ("Oefening"): a trainer makes an exercise from an example case, a student
// imports it, draws the family from the case text with two deliberate mistakes (one
// person left out, one child drawn as adopted) and a misspelled name that must still
// match, and "Vergelijk met uitwerking" lists exactly those two differences; after
// adding the missing person, only the child's kind is left. A broken exercise file is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

// The case "Twee huizen na de scheiding" (samengesteld) drawn by a student: Noor Bos is
// left out, Dylan is drawn as adopted, and Priya's name is misspelled ("Pria").
const LINES = [
  'Pria Ramdin 1985 (v) ~ Rick Hendriks 1983 (m, samenwonend 2010, uit elkaar 2014): Dylan Hendriks 2012 (m, geadopteerd)',
  'Mark Bos 1979 (m) ~ Pria Ramdin (samenwonend 2019)',
  'Mark Bos x Sanne Verhoef 1981 (v, huwelijk 2005, uit elkaar 2016, gescheiden 2017): Tim Bos 2007 (m), Evi Bos 2010 (v, cliënt)',
  'Sanne Verhoef x Erik Kramer 1976 (m, huwelijk 2020)',
  'Mark Bos -- Sanne Verhoef: vijandig',
  'Mark Bos -- Tim Bos: afgesneden',
  'Sanne Verhoef == Tim Bos: nabij',
  'Evi Bos == Tim Bos: nabij',
  'huishouden Mark en Priya: Pria Ramdin, Mark Bos, Dylan Hendriks',
  'huishouden Sanne en Erik: Sanne Verhoef, Erik Kramer',
];
const WITH_MISTAKES = LINES.join('\n');
// The student adds Noor, in the household too.
const NOOR_ADDED = WITH_MISTAKES
  .replace('Mark Bos 1979 (m) ~ Pria Ramdin (samenwonend 2019)', 'Mark Bos 1979 (m) ~ Pria Ramdin (samenwonend 2019): Noor Bos 2021 (v)')
  .replace('Mark Bos, Dylan Hendriks', 'Mark Bos, Dylan Hendriks, Noor Bos');

/** Types the family into quick entry ("Snelinvoer") and waits until `n` persons are drawn. */
async function drawFamily(kp, text, n) {
  const area = kp.testId('quick-entry-text');
  await area.fill(text);
  await kp.page.waitForFunction((n) => document.querySelectorAll('g[data-person]').length === n, n);
  assert.equal(await kp.testId('quick-entry-problem').count(), 0, 'the text reads without problems');
}

/** Opens the comparison from the status line; resolves to { score, differences }. */
async function compare(kp) {
  await kp.testId('exercise-reopen').click();
  await kp.testId('exercise-dialog').waitFor();
  await kp.testId('exercise-compare').click();
  const dialog = kp.testId('exercise-comparison');
  await dialog.waitFor();
  const score = Number(await kp.testId('exercise-score').getAttribute('data-score'));
  const differences = await kp.testId('exercise-difference').allTextContents();
  return { dialog, score, differences };
}

test('make an exercise from a case, draw it with two mistakes, compare, add the missing one, compare again', () => withPage({ bypassCSP: true }, async (kp) => {
  // The trainer: open the example case and make the exercise from its notes.
  await kp.library.open();
  await kp.testId('library-cases').click();
  await kp.testId('cases-dialog').waitFor();
  await kp.testId('case-samengesteld').getByTestId('case-open').click();
  await kp.testId('case-notes-dialog').waitFor();
  const file = await kp.download(() => kp.testId('case-make-exercise').click());
  assert.equal(file.name, 'Twee huizen na de scheiding.oefening.kring.json');
  const exercise = JSON.parse(file.text);
  assert.equal(exercise.kind, 'exercise');
  assert.equal(exercise.content.reference.persons.length, 9);
  assert.match(exercise.content.case_text, /Evi/);
  await kp.testId('case-notes-close').click();

  // The student: import the file; a new document opens with only the cliënt and the text.
  await kp.library.open();
  await kp.library.importFile(file.name, file.text);
  const assignment = kp.testId('exercise-dialog');
  await assignment.waitFor();
  assert.match(await kp.testId('exercise-case-text').textContent(), /Evi/);
  assert.equal(await kp.testId('exercise-drawing-reference').count(), 0, 'the reference is not shown before asking');
  assert.equal(await kp.testId('doc-title').inputValue(), 'Oefening: Twee huizen na de scheiding');
  assert.equal(await kp.page.locator('g[data-person]').count(), 1, 'only the blank cliënt');
  await kp.screenshot('exercise-assignment');
  await kp.testId('exercise-close').click();
  await assignment.waitFor({ state: 'detached' });
  assert.ok(!(await kp.canvasText()).includes('Noor'), 'nothing of the reference on the canvas');

  await kp.testId('menu-quick-entry').click();
  await drawFamily(kp, WITH_MISTAKES, 8);

  let { dialog, score, differences } = await compare(kp);
  assert.deepEqual(differences.sort(), [
    'Dylan Hendriks: getekend als kind (geadopteerd), in de uitwerking biologisch.',
    'Noor Bos ontbreekt.',
  ]);
  assert.ok(score < 100 && score > 50, `score ${score}`);
  // Both drawings, Dylan ringed in the student's, Dylan and Noor in the reference.
  const rings = (side) => kp.testId(`exercise-drawing-${side}`).locator('g[data-key^="compare:"]').count();
  assert.equal(await rings('student'), 1);
  assert.equal(await rings('reference'), 2);
  assert.match(await kp.testId('exercise-drawing-reference').textContent(), /Noor/);
  await kp.page.setViewportSize({ width: 1280, height: 800 });
  await kp.screenshot('exercise-comparison');
  console.log(`# exercise score with two mistakes: ${score}`);
  const { rulesPassed, violations } = await kp.audit('[data-testid=exercise-comparison]');
  console.log(`# axe the comparison dialog: ${rulesPassed} rules passed, ${violations.length} violations`);
  assert.deepEqual(violations, []);
  await kp.testId('exercise-comparison-close').click();
  await dialog.waitFor({ state: 'detached' });

  // Add the missing person: only the child's kind is left, and the score rises.
  await drawFamily(kp, NOOR_ADDED, 9);
  const again = await compare(kp);
  assert.deepEqual(again.differences, ['Dylan Hendriks: getekend als kind (geadopteerd), in de uitwerking biologisch.']);
  assert.ok(again.score > score && again.score < 100, `score ${again.score}`);
  console.log(`# exercise score with one mistake: ${again.score}`);
  await kp.page.keyboard.press('Escape');
  await again.dialog.waitFor({ state: 'detached' });

  // The exercise stays with the document after a reload.
  await kp.reload();
  await kp.testId('exercise-reopen').waitFor();
}));

test('a broken exercise file is refused and says why', () => withPage(async (kp) => {
  await kp.library.open();
  const broken = JSON.stringify({ format: 'kring', version: 1, kind: 'exercise', id: 'x', content: { case_text: 'Tekst' } });
  await kp.library.importFile('kapot.oefening.kring.json', broken);
  await kp.library.waitMessage(/oefenbestand is beschadigd of onvolledig/);
  assert.equal(await kp.library.entryCount(), 0, 'nothing stored');
}));
