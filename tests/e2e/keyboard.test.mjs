// The three-generation scenario of the editor test again, with the keyboard only:
// Tab and Shift+Tab between controls, Enter on buttons, typing in fields and lists,
// arrows on the canvas. Then undo everything (an empty canvas) and redo it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

test('three generations built with the keyboard only; undo all empties the canvas, redo brings it back', () => withPage(async (kp) => {
  const { page, genogram: g } = kp;
  let keys = 0;
  const press = async (k) => { keys++; await page.keyboard.press(k); };
  const type = async (text) => { keys++; await page.keyboard.type(text); };
  const focused = () => kp.focusedTestId();
  const name = () => kp.testId('field-given-name').inputValue();
  /** Tab (or Shift+Tab) until the control with this test id has the focus. */
  const tabTo = async (id, back = false, nth = 0) => {
    let seen = 0;
    for (let i = 0; i < 80; i++) {
      if (await focused() === id && seen++ === nth) return;
      await press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached ${id}`);
  };
  /** Arrows (already on the canvas) along `path` until `who` is selected. */
  const seek = async (who, path) => {
    for (const k of path) {
      if (await name() === who) break;
      await press(k);
    }
    assert.equal(await name(), who, `arrows reached ${who}`);
  };
  const typeIn = async (id, text, back = false) => { await tabTo(id, back); await type(text); await press('Tab'); };

  await tabTo('menu-new-genogram');
  await press('Enter');
  assert.equal(await focused(), 'field-given-name', 'the client\'s name is typed first');
  await type('Kees');
  await typeIn('field-gender', 'man');
  // Letter keys on the canvas add relatives; the cursor lands in the new name, and
  // Escape goes back to the canvas.
  const add = async (letter, who) => {
    if (await focused() !== 'canvas') await press('Escape');
    assert.equal(await focused(), 'canvas');
    await press(letter);
    assert.equal(await focused(), 'field-given-name');
    await type(who);
  };
  // First marriage, ended by divorce in 2001, with a daughter.
  await add('p', 'Ria');
  await add('d', 'Eva');
  await press('Escape');
  await seek('Kees', ['ArrowUp', 'ArrowLeft', 'ArrowRight', 'ArrowRight']);
  for (let i = 0; i < 3; i++) { await tabTo('add-union-event'); await press('Enter'); }
  // The third event (the divorce) gets the year: its date is just before the button.
  await tabTo('union-event-date', true);
  await type('2001');
  await press('Enter');
  // Second partner, with twin sons and an adopted daughter.
  await add('p', 'Nora');
  await add('t', 'Tim');
  await press('Escape');
  await seek('', ['ArrowRight']);
  await press('Enter');
  await type('Tom');
  await typeIn('field-gender', 'man');
  await add('s', 'Mei');
  await typeIn('child-link-kind', 'geadopteerd');
  // Kees's parents; his father died in 2015.
  await press('Escape');
  await seek('Kees', ['ArrowUp', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight']);
  await add('o', 'Opa Jan');
  await typeIn('field-death', '2015');
  // Two emotional relations, drawn with the relation tool: R, arrows, Enter.
  await press('Escape');
  await seek('Kees', ['ArrowDown']);
  await seek('Eva', ['ArrowDown', 'ArrowLeft', 'ArrowRight', 'ArrowRight']);
  await typeIn('connect-kind', 'vijandig', true);
  await tabTo('canvas');
  await press('r');
  await seek('Nora', ['ArrowUp', 'ArrowRight', 'ArrowRight', 'ArrowRight']);
  await press('Enter');
  assert.equal(await name(), 'Eva', 'the relation is drawn and its first person selected');
  // A list's type-ahead searches on from the current choice: Home starts at the top.
  await tabTo('connect-kind', true);
  await press('Home');
  await type('nabij');
  await press('Tab');
  await tabTo('canvas');
  await press('r');
  await seek('Kees', ['ArrowUp', 'ArrowLeft', 'ArrowRight', 'ArrowRight']);
  await press('Enter');

  assert.equal(await g.personCount(), 9);
  assert.equal(await g.relationCount(), 2);
  const text = await kp.canvasText();
  assert.match(text, /g\. 2001/);
  assert.match(text, /† 2015/);
  const legend = (await g.legend()).split(/(?=[A-Z])|\n/).join(' ');
  for (const entry of ['echtscheiding', 'geadopteerd', 'tweeling', 'vijandig', 'nabij', 'overleden']) assert.ok(legend.includes(entry), entry);
  assert.ok(!legend.includes('nabij-vijandig'), `exactly the two chosen kinds: ${legend}`);
  for (const n of ['Kees', 'Ria', 'Eva', 'Nora', 'Tim', 'Tom', 'Mei', 'Opa Jan']) assert.ok(text.includes(n), n);
  await kp.screenshot('keyboard-three-generations');
  console.log(`# key presses and typed fields for the keyboard-only scenario: ${keys}`);

  // Undo everything: the canvas is empty. Redo everything: the family is back.
  await tabTo('canvas', true);
  // Every drawn item as markup, sorted: redo may re-insert items in another DOM order.
  const items = () => kp.page.$$eval('[data-testid=canvas-content] g[data-key]', (gs) => gs.map((g) => g.outerHTML).sort());
  const before = await items();
  let steps = 0;
  while (await kp.testId('undo').isEnabled() && steps < 200) { await page.keyboard.press('Control+z'); steps++; }
  assert.equal(await g.personCount(), 0, 'an empty canvas');
  assert.equal(await g.relationCount(), 0);
  while (await kp.testId('redo').isEnabled() && steps-- > 0) await page.keyboard.press('Control+y');
  assert.equal(await g.personCount(), 9);
  assert.deepEqual(await items(), before, 'exactly the same drawing');
}));
