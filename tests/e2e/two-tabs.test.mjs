// Two tabs on the same document: a change stored by one tab reaches the other while a
// form field there holds text not yet committed. That must never panic and never lose
// the text: it is committed first, and then counts as the other tab's own change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPages } from './harness.mjs';

useApp();

/** Two tabs on one stored genogram whose client is called Noah. */
async function twoTabs(open) {
  const a = await open();
  await a.genogram.create({ stored: true });
  await a.genogram.name('Noah');
  await a.library.waitForDocument((d) => d.content?.persons?.[0]?.given_name === 'Noah');
  await a.status.autosaveIdle();
  const b = await open();
  await b.genogram.select('Noah');
  return { a, b };
}

test('typing in tab B while tab A adds a daughter: no panic, the typed text is kept', () => withPages(async ({ open }) => {
  const { a, b } = await twoTabs(open);
  // B: click the first name and type one character, without leaving the field.
  const field = b.testId('field-given-name');
  await field.click();
  await field.press('End');
  await field.type('x');
  // A: add a daughter (stored after the debounce).
  await a.genogram.select('Noah');
  await a.genogram.add('daughter', 'Sara');
  await a.library.waitForDocument((d) => d.content.persons.length === 2);
  // B hears of it: its pending text is committed, and both versions are kept.
  await b.status.notice.waitFor();
  assert.equal(await b.testId('crash-banner').count(), 0, 'no panic banner');
  assert.equal(await b.status.notice.getAttribute('data-problem'), 'conflict');
  assert.match(await b.canvasText(), /Noahx/, 'the typed character is in B\'s drawing');
  // Saving B's version as a copy keeps both: A's daughter and B's name.
  await b.testId('save-copy').click();
  await b.status.waitSaved();
  const docs = Object.values(await b.library.documents());
  assert.equal(docs.length, 2);
  const texts = docs.map((d) => JSON.stringify(d));
  assert.ok(texts.some((t) => t.includes('Noahx')), 'B\'s text stored');
  assert.ok(texts.some((t) => t.includes('Sara')), 'A\'s daughter stored');
}));

test('a netwerkkaart field with pending text survives another tab\'s save too', () => withPages(async ({ open }) => {
  const a = await open();
  await a.netwerkkaart.create('Fam. Jansen');
  await a.netwerkkaart.add('family', 'Oma');
  await a.library.waitForDocument((d) => JSON.stringify(d).includes('Oma'));
  await a.status.autosaveIdle();
  const b = await open();
  await b.netwerkkaart.select('Oma');
  const name = b.testId('actor-name');
  await name.click();
  await name.press('End');
  await name.type(' Jo');
  // A renames the document: B's open form sits on a document that changes under it.
  await a.testId('doc-title').fill('Kaart A');
  await a.testId('doc-title').press('Enter');
  await a.library.waitForDocument((d) => d.title === 'Kaart A');
  await b.status.notice.waitFor();
  assert.equal(await b.testId('crash-banner').count(), 0, 'no panic banner');
  assert.equal(await b.status.notice.getAttribute('data-problem'), 'conflict');
  assert.match(await b.canvasText(), /Oma Jo/, 'the typed name is kept');
}));

test('without pending text the other tab\'s change is simply shown', () => withPages(async ({ open }) => {
  const { a, b } = await twoTabs(open);
  await a.genogram.select('Noah');
  await a.genogram.add('daughter', 'Sara');
  await a.library.waitForDocument((d) => d.content.persons.length === 2);
  await b.page.waitForFunction(() => /Sara/.test(document.querySelector('[data-testid=canvas-content]').textContent));
  assert.equal(await b.status.notice.count(), 0);
  assert.equal(await b.testId('crash-banner').count(), 0);
}));
