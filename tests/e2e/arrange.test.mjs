// Arranging by hand: drag a person to pin it (kept after a reload), "Opnieuw
// indelen", shift-click and rubber-band selection that move and delete together, and
// the relation tool (pick a kind, click A then B; Esc cancels).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Screen centre of a person's symbol: its selection ring, or its symbol's box. */
async function centreOf(kp, id) {
  const ring = kp.page.locator(`[data-person-ring="${id}"]`);
  const box = (await ring.count()) ? await ring.boundingBox()
    : await kp.page.locator(`g[data-person="${id}"] > :first-child`).boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The symbol's centre x in drawing units (zoom-free): select it, read its ring. */
async function worldX(kp, id) {
  await kp.page.locator(`g[data-person="${id}"]`).click();
  return Number(await kp.page.locator(`[data-person-ring="${id}"]`).getAttribute('x')) + 30;
}

async function selectedId(kp) {
  return kp.page.locator('[data-person-ring]').first().getAttribute('data-person-ring');
}

async function drag(kp, from, dx, dy = 0, modifiers = []) {
  for (const m of modifiers) await kp.page.keyboard.down(m);
  await kp.page.mouse.move(from.x, from.y);
  await kp.page.mouse.down();
  for (let i = 1; i <= 8; i++) await kp.page.mouse.move(from.x + (dx * i) / 8, from.y + (dy * i) / 8);
  await kp.page.mouse.up();
  for (const m of modifiers) await kp.page.keyboard.up(m);
}

/** A client with a partner and three children; returns their ids. */
async function family(kp) {
  await kp.newGenogram();
  await kp.fill('field-given-name', 'Sanne');
  const client = await selectedId(kp);
  await kp.testId('add-partner').click();
  await kp.fill('field-given-name', 'Mo');
  await kp.page.locator(`g[data-person="${client}"]`).click();
  const kids = [];
  for (const [button, name] of [['add-son', 'Ali'], ['add-daughter', 'Bo'], ['add-son', 'Cas']]) {
    await kp.page.locator(`g[data-person="${client}"]`).click();
    await kp.testId(button).click();
    await kp.fill('field-given-name', name);
    kids.push(await selectedId(kp));
  }
  return { client, kids };
}

test('dragging a person pins it along its row, kept after a reload, until Opnieuw indelen', async () => {
  const kp = await KringPage.open(browser, server.origin);
  const { kids } = await family(kp);
  const bo = kids[1];
  assert.equal(await kp.testId('relayout').isDisabled(), true, 'nothing pinned yet');
  const xBefore = await worldX(kp, bo);
  await kp.page.locator(`g[data-person="${bo}"]`).click();
  const start = await centreOf(kp, bo);
  const zoom = (await kp.transform()).zoom;
  await drag(kp, start, 180, 60);
  const end = await centreOf(kp, bo);
  assert.ok(Math.abs(end.x - start.x - 180) < 3, `followed the pointer: ${end.x - start.x}`);
  assert.ok(Math.abs(end.y - start.y) < 1, 'stays on its generation row');
  assert.match(await kp.testId('status-message').textContent(), /vastgezet/);
  assert.equal(await kp.testId('relayout').isEnabled(), true);
  const xMoved = await worldX(kp, bo);
  assert.ok(Math.abs(xMoved - xBefore - 180 / zoom) < 2, `pinned where dropped: ${xBefore} → ${xMoved} at zoom ${zoom}`);

  // One undo takes the whole drag back; redo puts it back.
  await kp.testId('undo').click();
  assert.equal(await worldX(kp, bo), xBefore);
  await kp.testId('redo').click();
  assert.equal(await worldX(kp, bo), xMoved);
  await kp.screenshot('arrange-dragged');

  // Saved with the document.
  await kp.page.waitForTimeout(900);
  await kp.reload();
  assert.equal(await kp.testId('relayout').isEnabled(), true, 'the pin survived the reload');
  assert.equal(await worldX(kp, bo), xMoved);

  await kp.testId('relayout').click();
  assert.equal(await kp.testId('relayout').isDisabled(), true);
  assert.equal(await worldX(kp, bo), xBefore, 'back in its automatic place');
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('shift-click and a rubber band select several; they move and delete together', async () => {
  const kp = await KringPage.open(browser, server.origin);
  const { kids } = await family(kp);
  const [ali, bo, cas] = kids;
  await kp.page.locator(`g[data-person="${ali}"]`).click();
  await kp.page.locator(`g[data-person="${cas}"]`).click({ modifiers: ['Shift'] });
  assert.equal(await kp.testId('group-count').textContent(), '2');
  assert.equal(await kp.testId('selection-ring').count(), 2);

  // Dragging one of them moves both by the same amount.
  const [a0, c0, b0] = [await centreOf(kp, ali), await centreOf(kp, cas), await centreOf(kp, bo)];
  await drag(kp, a0, -120);
  const [a1, c1] = [await centreOf(kp, ali), await centreOf(kp, cas)];
  assert.ok(Math.abs(a1.x - a0.x + 120) < 3 && Math.abs(c1.x - c0.x + 120) < 3, `both moved: ${a1.x - a0.x}, ${c1.x - c0.x}`);
  assert.equal(await kp.testId('group-count').textContent(), '2', 'still both selected');
  await kp.testId('undo').click();

  // Escape clears; a shift-drag over the children's row selects all three.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('selection-ring').count(), 0);
  const left = Math.min(a0.x, b0.x, c0.x) - 50, right = Math.max(a0.x, b0.x, c0.x) + 50;
  await drag(kp, { x: left, y: a0.y - 45 }, right - left, 90, ['Shift']);
  assert.equal(await kp.testId('group-count').textContent(), '3');
  await kp.screenshot('arrange-rubber-band');

  // Delete removes the three as one step.
  const before = await kp.personCount();
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Delete');
  assert.equal(await kp.personCount(), before - 3);
  assert.match(await kp.testId('status-message').textContent(), /Verwijderd/);
  await kp.testId('status-undo').click();
  assert.equal(await kp.personCount(), before);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('relation tool: pick a kind, click A then B, shown at once; Esc cancels', async () => {
  const kp = await KringPage.open(browser, server.origin);
  const { client, kids } = await family(kp);
  const relations = () => kp.page.locator('g[data-key^="relation:"]').count();
  await kp.testId('connect-kind').selectOption({ label: 'vijandig' });
  await kp.page.locator(`g[data-person="${kids[0]}"]`).click();
  await kp.testId('connect-tool').click();
  assert.equal(await kp.testId('connect-tool').getAttribute('aria-pressed'), 'true');
  assert.match(await kp.testId('status-message').textContent(), /tweede/);
  await kp.page.locator(`g[data-person="${kids[2]}"]`).click();
  assert.equal(await relations(), 1, 'drawn at once');
  assert.equal(await kp.testId('connect-tool').getAttribute('aria-pressed'), 'false', 'back to selecting');
  assert.match(await kp.testId('ties-panel').textContent(), /vijandig/);
  const legend = await kp.page.locator('g[data-key="legend"]').textContent();
  assert.match(legend, /vijandig/);

  // Started without a selection, the tool asks for the first person; Esc stops it.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Escape');
  await kp.page.keyboard.press('r');
  assert.match(await kp.testId('status-message').textContent(), /eerste/);
  await kp.page.locator(`g[data-person="${client}"]`).click();
  await kp.page.keyboard.press('Escape');
  assert.equal(await kp.testId('connect-tool').getAttribute('aria-pressed'), 'false');
  await kp.page.locator(`g[data-person="${kids[1]}"]`).click();
  assert.equal(await relations(), 1, 'a cancelled tool draws nothing');
  await kp.testId('undo').click();
  assert.equal(await relations(), 0);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});

test('the keyboard selects several (Shift+arrows), moves them (Alt+arrows) and deletes them', async () => {
  const kp = await KringPage.open(browser, server.origin);
  const { kids } = await family(kp);
  const [ali, bo, cas] = kids;
  const ringX = async (id) => Number(await kp.page.locator(`[data-person-ring="${id}"]`).getAttribute('x'));
  // Leftmost child first: the arrows follow the screen.
  const xs = [];
  for (const id of kids) xs.push(await worldX(kp, id));
  const order = kids.map((id, i) => [xs[i], id]).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  await kp.page.locator(`g[data-person="${order[0]}"]`).click();
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Shift+ArrowRight');
  await kp.page.keyboard.press('Shift+ArrowRight');
  assert.equal(await kp.testId('group-count').textContent(), '3');
  const before = await Promise.all([ali, bo, cas].map(ringX));
  await kp.page.keyboard.press('Alt+ArrowRight');
  await kp.page.keyboard.press('Alt+ArrowRight');
  const after = await Promise.all([ali, bo, cas].map(ringX));
  after.forEach((x, i) => assert.equal(x - before[i], 40, 'each moved two steps along the row'));
  assert.equal(await kp.testId('relayout').isEnabled(), true);
  const count = await kp.personCount();
  await kp.page.keyboard.press('Delete');
  assert.equal(await kp.personCount(), count - 3);
  await kp.page.keyboard.press('Control+z');
  assert.equal(await kp.personCount(), count);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});
