// Saved views ("Weergaven") and presenting a netwerkkaart, as a trainer prepares a
// leerkring on a 1280×720 projector: while presenting, V keeps what is shown (step,
// names, order, pattern lens) in the document under a name; after a reload, W steps
// through the kept views in order and each comes back as it was. A netwerkkaart is
// presented the same way: the centre, then ring by ring and sector by sector, then
// the ties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';
const STAGE = '[data-testid=present-stage]';

/** Waits until the element with `testId` has text matching `re`. */
async function waitText(kp, testId, re) {
  await kp.page.waitForFunction(([id, src]) => new RegExp(src).test(document.querySelector(`[data-testid=${id}]`)?.textContent ?? ''),
    [testId, re.source]);
}

/** The step counter's "Stap k van n" part. */
async function stepOf(kp) {
  return (await kp.testId('present-counter').textContent()).split(' · ')[0];
}

/** How many items of a kind ("actor", "tie", …) the presentation shows. */
function shown(kp, kind) {
  return kp.page.locator(`${STAGE} g[data-key^="${kind}"]`).count();
}

/** Saves what is shown as a view: V, a name (or the offered one), Enter. */
async function saveView(kp, name) {
  await kp.page.keyboard.press('v');
  const field = kp.testId('present-view-name');
  await field.waitFor();
  if (name) await field.fill(name);
  await kp.page.keyboard.press('Enter');
  await field.waitFor({ state: 'detached' });
  await waitText(kp, 'present-note', /^Weergave bewaard/);
}

test('views kept while presenting come back, in order, after a reload', () =>
  withPage({ viewport: { width: 1280, height: 720 } }, async (kp) => {
    await mkdir(SHOTS, { recursive: true });
    await kp.library.open();
    await kp.testId('library-cases').click();
    await kp.testId('cases-dialog').waitFor();
    await kp.testId('case-verslaving').getByTestId('case-open').click();
    await kp.testId('case-notes-dialog').waitFor();
    await kp.page.keyboard.press('Escape');
    const stored = await kp.library.waitForDocument((d) => d.title === 'Voorbeeld: Drie generaties drank');
    const present = kp.testId('present');

    // View 1: the first generation, with initials, no lens; the offered name.
    await kp.page.keyboard.press('F5');
    await present.waitFor();
    await waitText(kp, 'present-counter', /^Stap 1 van/);
    assert.match(await kp.testId('present-mode').textContent(), /Stappen/);
    await kp.page.keyboard.press('n');
    await waitText(kp, 'present-names', /^Initialen/);
    const first = await stepOf(kp);
    await saveView(kp, null);
    assert.match(await kp.testId('present-note').textContent(), /Weergave 1/);
    // Typing a name does not step or switch names (the field keeps its letters).
    await kp.page.keyboard.press('v');
    await kp.testId('present-view-name').fill('nw');
    await kp.page.keyboard.press('Escape');
    await kp.testId('present-view-name').waitFor({ state: 'detached' });
    assert.equal(await stepOf(kp), first);
    assert.match(await kp.testId('present-names').textContent(), /^Initialen/);
    await present.waitFor();
    await kp.page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });

    // View 2: the lens on addiction, roles, two steps on.
    await kp.testId('pattern-panel').locator('summary').click();
    await kp.testId('pattern-theme-addiction').check();
    await kp.testId('present-start').click();
    await present.waitFor();
    await kp.page.keyboard.press('n');
    await waitText(kp, 'present-names', /^Rollen/);
    await kp.page.keyboard.press('PageDown');
    await kp.page.keyboard.press('PageDown');
    await waitText(kp, 'present-counter', /^Stap 3 van/);
    const second = await stepOf(kp);
    assert.ok(await kp.page.locator(`${STAGE} circle.lens-ring`).count() > 0, 'the lens is presented');
    await saveView(kp, 'Verslaving in rollen');
    await kp.page.screenshot({ path: `${SHOTS}/present-view-saved.png` });
    await kp.page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });

    // Both are in the document (format version 3, which keeps views since 2), in order.
    const doc = await kp.library.waitForDocument((d) => d.id === stored.id && (d.content.views ?? []).length === 2);
    assert.equal(doc.version, 3);
    assert.deepEqual(doc.content.views.map((v) => [v.name, v.step, v.names, v.lens ?? []]),
      [['Weergave 1', 0, 'initials', []], ['Verslaving in rollen', 2, 'roles', ['addiction']]]);

    // After a reload (the lens is view state: off again), present and step through the views.
    await kp.reload();
    await kp.page.locator('g[data-person]').first().waitFor();
    await kp.page.keyboard.press('F5');
    await present.waitFor();
    await waitText(kp, 'present-counter', /^Stap 1 van/);
    assert.equal(await kp.page.locator(`${STAGE} circle.lens-ring`).count(), 0, 'no lens before the views');
    await kp.page.keyboard.press('w');
    await waitText(kp, 'present-view', /^Weergave 1 van 2 · Weergave 1$/);
    assert.match(await kp.testId('present-mode').textContent(), /Weergaven/);
    assert.equal(await stepOf(kp), first);
    assert.match(await kp.testId('present-names').textContent(), /^Initialen/);
    assert.equal(await kp.page.locator(`${STAGE} circle.lens-ring`).count(), 0);
    await kp.page.keyboard.press('PageDown');
    await waitText(kp, 'present-view', /^Weergave 2 van 2 · Verslaving in rollen$/);
    await waitText(kp, 'present-counter', new RegExp(`^${second}`));
    assert.match(await kp.testId('present-names').textContent(), /^Rollen/);
    assert.ok(await kp.page.locator(`${STAGE} circle.lens-ring`).count() > 0, 'the view brings its lens');
    assert.match(await kp.page.locator(STAGE).textContent(), /cliënt/);
    await kp.page.screenshot({ path: `${SHOTS}/present-view-2.png` });
    await kp.page.keyboard.press('PageDown');
    await waitText(kp, 'present-view', /^Weergave 2 van 2/);
    await kp.page.keyboard.press('PageUp');
    await waitText(kp, 'present-view', /^Weergave 1 van 2 · Weergave 1$/);
    assert.equal(await stepOf(kp), first);
    // Switching names shows the view no longer as saved, and the bar says so; showing
    // a view again (PageDown, PageUp) brings it back as saved.
    await kp.page.keyboard.press('n');
    await waitText(kp, 'present-view', /^Weergave 1 van 2 · Weergave 1 \(gewijzigd\)$/);
    await kp.page.keyboard.press('PageDown');
    await waitText(kp, 'present-view', /^Weergave 2 van 2 · Verslaving in rollen$/);
    await kp.page.keyboard.press('PageUp');
    await waitText(kp, 'present-view', /^Weergave 1 van 2 · Weergave 1$/);
    // W again: back to the steps, from what is shown.
    await kp.page.keyboard.press('w');
    await waitText(kp, 'present-mode', /Stappen/);
    assert.equal(await kp.testId('present-view').count(), 0);
    await kp.page.keyboard.press('PageDown');
    await waitText(kp, 'present-counter', /^Stap 2 van/);
    await kp.page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });

    // The side panel lists the views: rename one, move it down, remove the other.
    const panel = kp.testId('views-panel');
    await panel.locator('summary').click();
    assert.deepEqual(await kp.testId('views-name').evaluateAll((els) => els.map((e) => e.value)),
      ['Weergave 1', 'Verslaving in rollen']);
    await kp.testId('views-name').first().fill('Begin');
    await kp.testId('views-name').first().press('Enter');
    await kp.library.waitForDocument((d) => d.id === stored.id && d.content.views[0].name === 'Begin');
    assert.ok(await kp.testId('views-up').first().isDisabled(), 'the first cannot move up');
    assert.ok(await kp.testId('views-down').last().isDisabled(), 'the last cannot move down');
    const opacity = (l) => l.evaluate((e) => Number(getComputedStyle(e).opacity));
    assert.ok(await opacity(kp.testId('views-up').first()) < 0.6, 'a disabled button looks disabled');
    assert.equal(await opacity(kp.testId('views-down').first()), 1, 'an enabled one does not');
    await kp.testId('views-down').first().click();
    await kp.library.waitForDocument((d) => d.id === stored.id
      && d.content.views.map((v) => v.name).join('|') === 'Verslaving in rollen|Begin');
    await kp.page.screenshot({ path: `${SHOTS}/present-views-panel.png` });
    await kp.testId('views-remove').first().click();
    await kp.library.waitForDocument((d) => d.id === stored.id && d.content.views.length === 1);
    assert.deepEqual(await kp.testId('views-name').evaluateAll((els) => els.map((e) => e.value)), ['Begin']);
  }));

test('a netwerkkaart is presented: centre, ring by ring and sector by sector, then the ties', () =>
  withPage({ viewport: { width: 1280, height: 720 } }, async (kp) => {
    await mkdir(SHOTS, { recursive: true });
    await kp.library.open();
    await kp.testId('library-cases').click();
    await kp.testId('cases-dialog').waitFor();
    await kp.testId('case-mantelzorg-oudere').getByTestId('case-open').click();
    await kp.testId('case-notes-dialog').waitFor();
    await kp.page.keyboard.press('Escape');
    const title = 'Voorbeeld: Eén dochter draagt alles (netwerkkaart)';
    const map = await kp.library.waitForDocument((d) => d.title === title);
    await kp.library.openDocument(title);
    await kp.page.locator('g[data-key^="actor:"]').first().waitFor();

    // What to expect from the stored map: one step per (ring, sector) that holds actors.
    const rings = { inner: 0, middle: 1, outer: 2 };
    const cells = new Set(map.content.actors.map((a) => `${rings[a.ring ?? 'middle']}/${a.sector}`));
    const actors = map.content.actors.length;
    const ties = map.content.ties.length;
    assert.ok(cells.size >= 3 && ties > 0, 'a map worth presenting');
    const n = 1 + cells.size + 1;

    // The toolbar's ▶ on a map.
    await kp.testId('present-start').click();
    const present = kp.testId('present');
    await present.waitFor();
    await waitText(kp, 'present-counter', new RegExp(`^Stap 1 van ${n} · Centrum$`));
    assert.equal(await shown(kp, 'centre'), 1);
    assert.equal(await shown(kp, 'actor:'), 0, 'the centre alone first');
    assert.equal(await shown(kp, 'tie:'), 0);
    assert.ok(await shown(kp, 'sector:') >= 4, 'in the frame of its sectors');
    assert.match(await kp.testId('present-names').textContent(), /^Namen$/, 'a map has no order to show');
    await kp.page.screenshot({ path: `${SHOTS}/present-map-step1.png` });
    await kp.page.keyboard.press('PageDown');
    await waitText(kp, 'present-counter', new RegExp(`^Stap 2 van ${n} · Binnenste ring · `));
    const inner = await shown(kp, 'actor:');
    assert.ok(inner >= 1 && inner < actors, `the first cell only (${inner})`);
    let before = inner;
    for (let k = 3; k <= n - 1; k++) {
      await kp.page.keyboard.press('PageDown');
      await waitText(kp, 'present-counter', new RegExp(`^Stap ${k} van ${n} · `));
      const now = await shown(kp, 'actor:');
      assert.ok(now > before, `step ${k} adds actors`);
      before = now;
    }
    assert.equal(before, actors, 'every actor before the ties');
    assert.equal(await shown(kp, 'tie:'), 0);
    await kp.page.screenshot({ path: `${SHOTS}/present-map-actors.png` });
    await kp.page.keyboard.press('ArrowRight');
    await waitText(kp, 'present-counter', new RegExp(`^Stap ${n} van ${n} · Banden$`));
    assert.equal(await shown(kp, 'tie:'), ties);

    // Names: initials, then roles; the map has them too.
    const named = await kp.page.locator(STAGE).textContent();
    await kp.page.keyboard.press('n');
    await waitText(kp, 'present-names', /^Initialen/);
    await kp.page.keyboard.press('n');
    await waitText(kp, 'present-names', /^Rollen/);
    assert.notEqual(await kp.page.locator(STAGE).textContent(), named);
    await kp.page.screenshot({ path: `${SHOTS}/present-map-ties.png` });
    // The pointer on a map: a click on an actor rings it; C clears.
    const actor = kp.page.locator(`${STAGE} g[data-key^="actor:"]`).first();
    const actorKey = await actor.getAttribute('data-key');
    const a = await actor.locator('rect, circle').first().boundingBox();
    await kp.page.mouse.click(a.x + a.width / 2, a.y + a.height / 2);
    const ring = kp.testId('present-ring');
    await ring.waitFor();
    assert.equal(await ring.getAttribute('data-key'), actorKey);
    await kp.page.keyboard.press('c');
    await ring.waitFor({ state: 'detached' });
    // Text grows towards the projector size: names at least 12 px on screen.
    const sizes = await kp.page.locator(`${STAGE} g[data-key^="actor:"] text`).evaluateAll((ts) =>
      ts.map((t) => t.getBoundingClientRect().height));
    assert.ok(Math.min(...sizes) >= 12, `names readable on a projector: ${sizes.map((h) => h.toFixed(1))}`);
    // A map keeps views too.
    await saveView(kp, 'Alle banden');
    await kp.library.waitForDocument((d) => d.id === map.id && (d.content.views ?? []).length === 1);
    await kp.page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });
    // Keeping a view was one undo step like any edit.
    await kp.page.keyboard.press('Control+z');
    await kp.library.waitForDocument((d) => d.id === map.id && (d.content.views ?? []).length === 0);
  }));
