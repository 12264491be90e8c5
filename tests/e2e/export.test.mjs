// Export as a user does it: the SVG file holds exactly the shapes on screen, has the
// document's title as file name, stays standalone, and anonymising removes the names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/** Per item key, the signature of every shape: tag, attributes, text. */
function shapesByKeyInPage(rootSelector) {
  const out = {};
  for (const g of document.querySelectorAll(`${rootSelector} g[data-key]`)) {
    out[g.getAttribute('data-key')] = [...g.children].map((el) =>
      [el.tagName.toLowerCase(), [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' '), el.textContent].join('|'));
  }
  return out;
}

async function buildFamily(kp) {
  const g = kp.genogram;
  await g.create();
  await kp.testId('field-gender').selectOption('male');
  await g.name('Pieter');
  await kp.fill('field-family-name', 'Bakker');
  await kp.fill('field-birth', '1961');
  await g.add('partner', 'Anneke');
  await g.add('daughter', 'Fleur');
  await kp.fill('doc-title', 'Casus Bakker');
}

test('the exported SVG holds the same shapes as the canvas, under the title', () => withPage(async (kp) => {
  await buildFamily(kp);
  const { name, text } = await kp.export.svg();
  assert.equal(name, 'Casus Bakker.svg');
  assert.match(text, /^<\?xml/);
  assert.match(text, /viewBox="/);
  assert.ok(!/href=|url\(|@import/.test(text), 'no external references');
  const onScreen = await kp.page.evaluate(shapesByKeyInPage, '[data-testid=canvas-content]');
  const inFile = await kp.page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror').textContent };
    const host = document.createElement('div');
    host.id = 'parsed-export';
    host.append(document.importNode(doc.documentElement, true));
    document.body.append(host);
    return null;
  }, text);
  assert.equal(inFile, null, 'the file parses as XML');
  const fileShapes = await kp.page.evaluate(shapesByKeyInPage, '#parsed-export');
  const keys = Object.keys(onScreen).filter((k) => !['legend', 'title'].includes(k));
  assert.ok(keys.filter((k) => k.startsWith('person:')).length === 3, `three persons on screen: ${keys}`);
  for (const key of keys) assert.deepEqual(fileShapes[key], onScreen[key], `item ${key} differs between screen and file`);
  for (const n of ['Pieter', 'Anneke', 'Fleur']) assert.ok(text.includes(n));
}));

test('anonymised export has no real names left', () => withPage(async (kp) => {
  await buildFamily(kp);
  const { text } = await kp.export.svg({ anonymise: 'roles' });
  for (const n of ['Pieter', 'Anneke', 'Fleur', 'Bakker']) assert.ok(!text.includes(n), `${n} must not be in the anonymised file`);
}));

test('PNG export downloads an image of the drawing', () => withPage(async (kp) => {
  await buildFamily(kp);
  const { name, bytes } = await kp.export.png({ scale: '1' });
  assert.equal(name, 'Casus Bakker.png');
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG signature');
  assert.ok(bytes.length > 2000, `a real image (${bytes.length} bytes)`);
  assert.deepEqual(kp.foreignRequests, []);
}));
