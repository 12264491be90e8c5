// Export as a user does it: the SVG file holds exactly the shapes on screen, has the
// document's title as file name, stays standalone, and anonymising removes the names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

/**
 * Per item key, the signature of every shape: tag, attributes, text. A line's invisible
 * hit area (`g.hit`, the canvas's own, for clicking it) is no shape and is left out.
 * The canvas draws an item relative to its origin, with the offset in the group's
 * `transform` (so a move rewrites one attribute); the signature moves coordinates back
 * by it, giving what the drawing shows, as the file writes it.
 */
function shapesByKeyInPage(rootSelector) {
  const out = {};
  const round = (v) => String(Math.round(v * 100) / 100 || 0);
  for (const g of document.querySelectorAll(`${rootSelector} g[data-key]`)) {
    const t = (g.getAttribute('transform') ?? '').match(/^translate\(([-\d.e]+) ([-\d.e]+)\)$/);
    const [dx, dy] = t ? [Number(t[1]), Number(t[2])] : [0, 0];
    const moved = (name, value) => {
      if (!t) return value;
      if (['x', 'cx', 'x1', 'x2'].includes(name)) return round(Number(value) + dx);
      if (['y', 'cy', 'y1', 'y2'].includes(name)) return round(Number(value) + dy);
      if (name === 'points') {
        return value.trim().split(/\s+/).map((p) => p.split(',').map(Number)).map(([x, y]) => `${round(x + dx)},${round(y + dy)}`).join(' ');
      }
      return value;
    };
    out[g.getAttribute('data-key')] = [...g.children].filter((el) => !el.classList.contains('hit')).map((el) =>
      [el.tagName.toLowerCase(), [...el.attributes].map((a) => `${a.name}=${moved(a.name, a.value)}`).sort().join(' '), el.textContent].join('|'));
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
  assert.ok(!/class="hit"/.test(text), 'no hit areas in the file');
  assert.ok(await kp.page.locator('[data-testid=canvas-content] g[data-key^="union:"] > g.hit').count() > 0, 'the canvas has them');
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
  const keys = Object.keys(onScreen).filter((k) => k !== 'title');
  assert.ok(keys.filter((k) => k.startsWith('person:')).length === 3, `three persons on screen: ${keys}`);
  assert.ok(keys.includes('legend'), 'the legend is compared too');
  for (const key of keys) assert.deepEqual(fileShapes[key], onScreen[key], `item ${key} differs between screen and file`);
  // The title block: the file adds only the date line to what the screen shows.
  assert.ok(onScreen.title?.length >= 1, 'a title block on screen');
  assert.deepEqual(fileShapes.title.slice(0, onScreen.title.length), onScreen.title, 'title block differs');
  assert.equal(fileShapes.title.length, onScreen.title.length + 1, 'the file adds the date line');
  assert.match(fileShapes.title.at(-1), /\|\d{1,2}-\d{1,2}-\d{4}$/, 'the date line');
  for (const n of ['Pieter', 'Anneke', 'Fleur']) assert.ok(text.includes(n));
}));

test('anonymised export has no real names left', () => withPage(async (kp) => {
  await buildFamily(kp);
  const { text } = await kp.export.svg({ anonymise: 'roles' });
  for (const n of ['Pieter', 'Anneke', 'Fleur', 'Bakker']) assert.ok(!text.includes(n), `${n} must not be in the anonymised file`);
}));

/**
 * In the page: decodes `png` (base64) and reads, for the person symbol `key` of `svg`
 * (its first rect or circle), the darkest pixel on its left outline and the pixel in a
 * corner of the margin, at `scale` image pixels per unit. Resolves to { edge, margin,
 * width, height, size } with [r, g, b, a] pixels and the SVG's own [width, height].
 */
async function symbolPixels(kp, { png, svg, key, scale }) {
  return kp.page.evaluate(async ({ png, svg, key, scale }) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const [vx, vy] = doc.documentElement.getAttribute('viewBox').split(' ').map(Number);
    const shape = doc.querySelector(`g[data-key="${key}"] rect, g[data-key="${key}"] circle`);
    const n = (a) => Number(shape.getAttribute(a));
    const [left, midY] = shape.tagName === 'rect' ? [n('x'), n('y') + n('height') / 2] : [n('cx') - n('r'), n('cy')];
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const at = (x, y) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data];
    const px = (left - vx) * scale;
    const py = (midY - vy) * scale;
    // The darkest of the pixels across the outline (anti-aliasing spreads it).
    const edge = [-2, -1, 0, 1, 2].map((d) => at(px + d, py)).sort((a, b) => a[0] + a[1] + a[2] - (b[0] + b[1] + b[2]))[0];
    const size = ['width', 'height'].map((a) => Number(doc.documentElement.getAttribute(a)));
    return { edge, margin: at(2, 2), width: img.naturalWidth, height: img.naturalHeight, size };
  }, { png, svg, key, scale });
}

test('PNG export draws the symbols where the SVG has them', () => withPage(async (kp) => {
  await buildFamily(kp);
  const { name, bytes } = await kp.export.png({ scale: '2' });
  assert.equal(name, 'Casus Bakker.png');
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'PNG signature');
  const { text: svg } = await kp.export.svg();
  const keys = [...svg.matchAll(/data-key="(person:\d+)"/g)].map((m) => m[1]);
  assert.equal(keys.length, 3);
  for (const key of keys) {
    const p = await symbolPixels(kp, { png: bytes.toString('base64'), svg, key, scale: 2 });
    // The browser rounds the SVG's size to whole pixels before scaling.
    const twice = p.size.map((n) => n * 2);
    assert.ok(Math.abs(p.width - twice[0]) <= 2 && Math.abs(p.height - twice[1]) <= 2, `twice the SVG size: ${p.width}x${p.height}, ${twice}`);
    assert.ok(p.edge[0] + p.edge[1] + p.edge[2] < 3 * 110 && p.edge[3] > 200, `${key}: dark outline, got ${p.edge}`);
    assert.deepEqual(p.margin, [255, 255, 255, 255], 'white margin');
  }
  assert.deepEqual(kp.foreignRequests, []);
}));

test('anonymised files are not named after the client and hold no name', () => withPage(async (kp) => {
  await buildFamily(kp);
  await kp.fill('doc-title', 'Familie Pieter Bakker');
  const secrets = ['Pieter', 'Anneke', 'Fleur', 'Bakker'];
  for (const anonymise of ['roles', 'initials']) {
    const svg = await kp.export.svg({ anonymise });
    assert.equal(svg.name, 'genogram-anoniem.svg');
    for (const n of secrets) assert.ok(!svg.text.includes(n), `${anonymise}: ${n} in the SVG`);
    assert.match(svg.text, /<title>Genogram \(geanonimiseerd\)<\/title>/);
    const png = await kp.export.pngAnonymised({ anonymise, scale: '1' });
    assert.equal(png.name, 'genogram-anoniem.png');
    for (const n of secrets) assert.ok(!png.bytes.includes(Buffer.from(n)), `${anonymise}: ${n} in the PNG`);
  }
}));

test('an anonymous copy downloads without names, places or notes, and imports as a document', () => withPage(async (kp) => {
  await buildFamily(kp);
  await kp.genogram.select('Pieter');
  await kp.fill('field-residence', 'Zwolle');
  await kp.fill('field-notes', 'Schuldsanering sinds 2019');
  const copy = await kp.export.copy({ anonymise: 'roles' });
  assert.equal(copy.name, 'genogram-anoniem.kring.json');
  for (const n of ['Pieter', 'Anneke', 'Fleur', 'Bakker', 'Zwolle', 'Schuldsanering']) {
    assert.ok(!copy.text.includes(n), `${n} in the copy`);
  }
  const doc = JSON.parse(copy.text);
  assert.equal(doc.format, 'kring');
  const names = doc.content.persons.map((p) => p.given_name).sort();
  assert.deepEqual(names, ['cliënt', 'dochter', 'partner']);
  const pieter = doc.content.persons.find((p) => p.given_name === 'cliënt');
  assert.deepEqual(pieter.birth, '1961', 'only the year');
  // Shifted dates: the year moves, nothing else survives either.
  const shifted = JSON.parse((await kp.export.copy({ anonymise: 'initials', shift: -5 })).text);
  assert.equal(shifted.content.persons.find((p) => p.index).birth, '1956');
  // The copy imports as a document of its own, next to the original.
  await kp.library.open();
  await kp.library.importFile(copy.name, copy.text);
  await kp.library.waitMessage(/Geïmporteerde documenten: 1/);
  await kp.library.row('anonieme kopie').waitFor();
  kp.assertClean();
}));
