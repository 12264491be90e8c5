// How the genogram is drawn, as a trainer sets it: the legend can be hidden and shown
// again from the header, and "strikte geboortevolgorde" keeps a child who married into
// a family drawn beside theirs in birth order instead of beside the partner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const LEGEND = 'g[data-key="legend"]';

test('the legend can be hidden and shown again', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Noah');
  await g.add('partner', 'Sara');
  await kp.page.locator(LEGEND).waitFor();
  assert.match(await g.legend(), /Legenda/);
  await kp.testId('show-legend').uncheck();
  await kp.page.locator(LEGEND).waitFor({ state: 'detached' });
  assert.equal(await kp.page.locator(LEGEND).count(), 0, 'no legend on the canvas');
  await kp.testId('show-legend').check();
  await kp.page.locator(LEGEND).waitFor();
  assert.match(await g.legend(), /Legenda/);
}));

test('strict birth order keeps a married-in child among their siblings, and undoes', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Kees');
  await kp.fill('field-birth', '1960');
  await g.add('parents');
  await g.select('Kees');
  await g.add('sister', 'Anna');
  await kp.fill('field-birth', '1958');
  await g.select('Kees');
  await g.add('brother', 'Piet');
  await kp.fill('field-birth', '1962');
  await g.select('Kees');
  await g.add('partner', 'Els');
  await g.add('parents');
  // Whether a sibling of Kees stands between him and his wife Els, read in the page.
  const between = () => {
    const x = (name) => {
      const g = [...document.querySelectorAll('[data-testid=canvas-content] g[data-key^="person:"]')]
        .find((el) => el.textContent.includes(name));
      const r = g.getBoundingClientRect();
      return r.x + r.width / 2;
    };
    const [kees, els] = [x('Kees'), x('Els')];
    const [lo, hi] = [Math.min(kees, els), Math.max(kees, els)];
    return ['Anna', 'Piet'].some((n) => x(n) > lo && x(n) < hi);
  };
  assert.equal(await kp.page.evaluate(between), false, 'Kees stands at the edge of his sibship, beside Els');
  // Escape on the canvas deselects: the panel shows the genogram's settings.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  await kp.testId('genogram-settings').waitFor();
  await kp.testId('strict-birth-order').check();
  await kp.page.waitForFunction(between);
  assert.equal(await kp.page.evaluate(between), true, 'in strict order Kees stands between Anna and Piet');
  await kp.testId('undo').click();
  await kp.page.waitForFunction(() => !document.querySelector('[data-testid=strict-birth-order]')?.checked);
  await kp.page.waitForFunction(`!(${between.toString()})()`);
  assert.equal(await kp.page.evaluate(between), false, 'undo puts Kees beside Els again');
}));

test('tags are drawn under the name when shown, with a legend row, kept and exported', () => withPage(async (kp) => {
  const g = kp.genogram;
  await g.create();
  await g.name('Noah');
  await kp.fill('field-tags', 'schulden, steunend');
  await g.add('partner', 'Sara');
  const tagsLine = kp.page.locator('[data-testid=canvas-content] text', { hasText: 'schulden · steunend' });
  assert.equal(await tagsLine.count(), 0, 'tags are kept but not drawn by default');
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  await kp.testId('show-tags').check();
  await tagsLine.waitFor();
  // Under Noah's name, in the muted colour.
  const below = await kp.page.evaluate(() => {
    const texts = [...document.querySelectorAll('[data-testid=canvas-content] text')];
    const name = texts.find((t) => t.textContent === 'Noah');
    const tags = texts.find((t) => t.textContent === 'schulden · steunend');
    return tags.getBoundingClientRect().top >= name.getBoundingClientRect().bottom - 1;
  });
  assert.ok(below, 'the tags line stands under the name');
  assert.match(await g.legend(), /labels \(thema's\)/);
  await kp.page.screenshot({ path: '/tmp/kring-shots/tags-shown.png' });
  // The choice is the document's: kept after a reload, and in the export.
  await kp.status.save();
  await kp.reload();
  await tagsLine.waitFor();
  const { text } = await kp.export.svg();
  assert.match(text, /schulden · steunend/);
  assert.match(text, /labels \(thema's\)/);
}));
