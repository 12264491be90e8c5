// Quick entry ("Snelinvoer"): a family typed as text grows on the canvas as it is
// typed; a line that cannot be read says why and what to write; undo takes it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const FAMILY = [
  'Jan 1938 †2015 x Marie 1941: Peter 1964, Els 1967',
  'Peter x Sandra ca.1965 (gescheiden 1998): Noah 2003 (cliënt), Lisa+Eva 1990 (tweeling)',
  'Peter ~ Fatima (samenwonend): Kevin 2009 (geadopteerd)',
  'Anna → Sandra',
  'Peter -- Noah: conflict',
  'Fatima == Noah: nabij',
  'huishouden: Peter, Fatima, Noah, Kevin',
].join('\n');

/** Waits until the canvas shows `n` persons (the text is applied after typing rests). */
async function persons(kp, n) {
  await kp.page.waitForFunction((n) => document.querySelectorAll('g[data-person]').length === n, n);
  return kp.genogram.personCount();
}

test('typing the example family draws it, a bad line says why, undo takes it back', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.testId('menu-quick-entry').click();
  const area = kp.testId('quick-entry-text');
  assert.equal(await area.inputValue(), '', 'a new genogram starts with an empty text');
  await area.focus();
  await kp.page.keyboard.type(FAMILY);
  // Eleven persons: the new genogram's blank cliënt became Noah.
  assert.equal(await persons(kp, 11), 11);
  assert.equal(await kp.genogram.relationCount(), 2);
  const text = await kp.canvasText();
  for (const name of ['Jan', 'Marie', 'Peter', 'Els', 'Sandra', 'Noah', 'Lisa', 'Eva', 'Fatima', 'Kevin', 'Anna']) {
    assert.ok(text.includes(name), `${name} on the canvas`);
  }
  assert.match(text, /g\. 1998/, 'the divorce year on the union line');
  assert.equal(await kp.testId('quick-entry-problem').count(), 0);
  const legend = (await kp.genogram.legend()).toLowerCase();
  for (const entry of ['echtscheiding', 'geadopteerd', 'tweeling', 'nabij']) assert.ok(legend.includes(entry), entry);
  console.log(`# keystrokes for the example family by quick entry: ${FAMILY.length} (plus 1 click to open the panel)`);
  await kp.screenshot('quick-entry-family');

  // A line that cannot be read is marked with a message and a suggestion; the rest stays.
  await kp.page.keyboard.type('\nBo x Ria (gescheide 2001)');
  const problem = kp.testId('quick-entry-problem');
  await problem.waitFor();
  const said = await problem.textContent();
  assert.match(said, /Regel 8/);
  assert.match(said, /gescheide/);
  assert.match(said, /Bedoelt u ‘gescheiden’\?/);
  assert.equal(await kp.testId('quick-entry-mark').textContent(), 'gescheide', 'underlined in the text');
  assert.equal(await kp.genogram.personCount(), 11, 'the bad line added nobody, the others stay');
  // Fixing the line applies it.
  await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.type('n 2001)');
  await problem.waitFor({ state: 'detached' });
  assert.equal(await persons(kp, 13), 13);

  // One undo takes the whole typing session back to the blank cliënt.
  await kp.undo();
  assert.equal(await persons(kp, 1), 1);
  assert.ok(!(await kp.canvasText()).includes('Peter'));
}));

test('the help card shows the notation in Dutch and in English', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.testId('menu-quick-entry').click();
  const help = kp.testId('quick-entry-help');
  await help.locator('summary').click();
  assert.match(await help.textContent(), /huishouden: Peter, Fatima, Noah, Kevin/);
  await kp.testId('lang-select').selectOption('en');
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=quick-entry-help]').textContent.includes('household:'));
  assert.match(await help.textContent(), /Peter x Sandra ca\.1965 \(divorced 1998\)/);
}));

test('an existing genogram opens as text; an edit there changes only that', () => withPage(async (kp) => {
  await kp.genogram.create();
  await kp.testId('menu-quick-entry').click();
  const area = kp.testId('quick-entry-text');
  await area.focus();
  await kp.page.keyboard.type('Jan x Marie: Peter 1964 (cliënt)');
  assert.equal(await persons(kp, 3), 3);
  // Close and open again: the panel shows the genogram as text.
  await kp.testId('quick-entry-close').click();
  await kp.testId('menu-quick-entry').click();
  const shown = await area.inputValue();
  assert.match(shown, /Jan x Marie: Peter 1964 \(cliënt\)/);
  await area.focus();
  await kp.page.keyboard.press('End');
  await kp.page.keyboard.press('Control+End');
  await kp.page.keyboard.type('Peter x Sandra: Noah');
  assert.equal(await persons(kp, 5), 5);
}));
