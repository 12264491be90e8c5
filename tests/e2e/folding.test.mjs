// Folding ("Inklappen"): a worker imports a large family (1,002 generated persons),
// folds it around the index person, sees a much smaller drawing with "+N" badges,
// clicks one open a step at a time (the drawing grows by one generation, not by the
// whole branch), finds a folded-away person with the name search, and after a reload
// finds the drawing folded as they left it. A mistyped number of generations gets a
// message; the separate parts of the file not drawn are named, with a way to see them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';
const FIXTURE = fileURLToPath(new URL('../fixtures/generated_family.kring.json', import.meta.url));
const TITLE = 'Gegenereerde familie';

/** Ids of the persons drawn. */
async function drawnIds(kp) {
  return kp.page.locator('svg g[data-key^="person:"]').evaluateAll((gs) => gs.map((g) => Number(g.dataset.key.slice(7))));
}

/** The "+N" badges: person id → N. */
async function markers(kp) {
  const pairs = await kp.page.locator('svg g[data-key^="fold:"]').evaluateAll((gs) =>
    gs.map((g) => [Number(g.dataset.key.slice(5)), g.textContent.trim()]));
  return new Map(pairs);
}

/** Waits until exactly `n` persons are drawn. */
async function waitDrawn(kp, n) {
  await kp.page.waitForFunction((n) => document.querySelectorAll('svg g[data-key^="person:"]').length === n, n);
}

test('a large family folds around the index person, a badge and the search unfold, and it stays so', () => withPage(async (kp) => {
  await mkdir(SHOTS, { recursive: true });
  const lib = kp.library;
  await lib.open();
  await lib.importFile('generated_family.kring.json', await readFile(FIXTURE, 'utf8'));
  await lib.waitMessage(/Geïmporteerde documenten: 1/);
  await lib.row(TITLE).getByTestId('library-open').click();
  await lib.dialog.waitFor({ state: 'detached' });
  await waitDrawn(kp, 1002);
  assert.equal((await markers(kp)).size, 0, 'no badges while unfolded');

  // Fold: the index person, three generations up and two down, and their relatives.
  await kp.testId('fold-panel').locator('summary').click();
  await kp.testId('fold-on').check();
  await waitDrawn(kp, 47);
  assert.equal(await kp.testId('fold-up').inputValue(), '3');
  assert.equal(await kp.testId('fold-down').inputValue(), '2');
  assert.match(await kp.testId('fold-count').textContent(), /^47 van 1002 personen getoond$/);
  const folded = await markers(kp);
  assert.ok(folded.size >= 2, `badges: ${[...folded]}`);
  for (const [id, text] of folded) {
    assert.match(text, /^\+\d+$/, 'a badge says how many it hides');
    assert.ok((await drawnIds(kp)).includes(id), 'a badge stands at a drawn person');
  }
  await kp.page.screenshot({ path: `${SHOTS}/folding-folded.png` });
  // Close up: zoomed in on one badge, to see it beside its person's symbol.
  const [firstId] = [...folded][0];
  for (let i = 0; i < 4; i++) await kp.testId('zoom-in').click();
  await kp.page.locator(`svg g[data-key="person:${firstId}"]`).scrollIntoViewIfNeeded().catch(() => {});
  const box = await kp.page.locator(`svg g[data-key="fold:${firstId}"]`).boundingBox();
  if (box) {
    await kp.page.screenshot({ path: `${SHOTS}/folding-badge.png`,
      clip: { x: Math.max(0, box.x - 250), y: Math.max(0, box.y - 150), width: 500, height: 300 } });
  }
  await kp.testId('zoom-fit').click();

  // A click on the biggest badge opens one step: a few more persons, not the whole
  // branch; the rest of it gets badges of its own at the persons just drawn.
  const [bigId, bigText] = [...folded].sort((a, b) => Number(b[1].slice(1)) - Number(a[1].slice(1)))[0];
  const n = Number(bigText.slice(1));
  const before = new Set(await drawnIds(kp));
  await kp.page.locator(`svg g[data-key="fold:${bigId}"]`).click();
  await kp.page.waitForFunction((n) => document.querySelectorAll('svg g[data-key^="person:"]').length > n, 47);
  const afterOne = await drawnIds(kp);
  const step1 = afterOne.length - 47;
  assert.ok(step1 >= 1 && step1 < n / 4, `one step drew ${step1} of a branch of +${n}`);
  const newBadges = [...(await markers(kp))].filter(([id]) => !before.has(id));
  assert.ok(newBadges.length >= 1, 'what lies further is folded behind the persons just drawn');
  const stepStored = await lib.waitForDocument((d) => d.title === TITLE && d.content.folding?.shown?.length === step1);
  assert.equal(stepStored.content.folding.unfolded, undefined, 'no whole branch opened');

  // A second click, on a badge that just appeared: one more step.
  const [nextId] = newBadges.sort((a, b) => Number(b[1].slice(1)) - Number(a[1].slice(1)))[0];
  await kp.page.locator(`svg g[data-key="fold:${nextId}"]`).click();
  await kp.page.waitForFunction((n) => document.querySelectorAll('svg g[data-key^="person:"]').length > n, afterOne.length);
  const twoSteps = (await drawnIds(kp)).length;
  assert.ok(twoSteps < 47 + n, `${twoSteps} drawn after two steps`);
  await kp.page.screenshot({ path: `${SHOTS}/folding-two-steps.png` });
  // Close up on the person of the second click, to see the persons the step drew.
  for (let i = 0; i < 3; i++) await kp.testId('zoom-in').click();
  const near = await kp.page.locator(`svg g[data-key="person:${nextId}"]`).boundingBox();
  if (near) {
    await kp.page.screenshot({ path: `${SHOTS}/folding-two-steps-close.png`,
      clip: { x: Math.min(480, Math.max(0, near.x - 400)), y: Math.min(350, Math.max(0, near.y - 250)), width: 800, height: 450 } });
  }
  await kp.testId('zoom-fit').click();

  // Undo closes the last step, redo opens it: one step each, like any edit.
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Control+z');
  await waitDrawn(kp, afterOne.length);
  await kp.page.keyboard.press('Control+y');
  await waitDrawn(kp, twoSteps);

  // The search finds someone folded away and draws just them, joined to the drawing.
  const stored = await lib.waitForDocument((d) => d.title === TITLE && d.content.folding?.shown?.length === twoSteps - 47);
  const drawn = new Set(await drawnIds(kp));
  // Someone folded away next to a drawn person: a child, parent or partner of one.
  const c = stored.content;
  const partners = new Map(c.unions.map((u) => [u.id, [u.partner_a, u.partner_b].filter((p) => p !== undefined)]));
  const pairs = [...c.unions.map((u) => [u.partner_a, u.partner_b]),
    ...c.child_links.flatMap((l) => (l.parent.union !== undefined ? partners.get(l.parent.union) : [l.parent.person]).map((p) => [p, l.child]))];
  const nextToDrawn = new Set(pairs.flatMap(([a, b]) => (drawn.has(a) && !drawn.has(b) ? [b] : drawn.has(b) && !drawn.has(a) ? [a] : [])));
  const hidden = c.persons.find((p) => nextToDrawn.has(p.id) && p.id >= 100 && p.given_name);
  assert.ok(hidden, 'someone next to the drawing is still folded away');
  await kp.page.keyboard.press('Control+f');
  await kp.testId('search-input').fill(hidden.given_name);
  await kp.page.locator(`[data-testid=search-result][data-person="${hidden.id}"]`).click();
  await kp.testId('search-dialog').waitFor({ state: 'detached' });
  await kp.page.locator(`svg g[data-key="person:${hidden.id}"]`).waitFor();
  const shownAfterSearch = (await drawnIds(kp)).length;
  assert.equal(shownAfterSearch, twoSteps + 1, 'only the person found is added');

  // Stored with the document: after a reload the drawing is folded as it was left.
  const saved = await lib.waitForDocument((d) => d.title === TITLE && d.content.folding?.shown?.length === shownAfterSearch - 47
    && d.modified > stored.modified);
  assert.equal(saved.content.folding.focus.up, 3);
  await kp.reload();
  await waitDrawn(kp, shownAfterSearch);
  await kp.testId('fold-panel').locator('summary').click();
  assert.ok(await kp.testId('fold-on').isChecked());
  await kp.page.screenshot({ path: `${SHOTS}/folding-after-reload.png` });

  // Without a mouse on the badge: a selected person's whole branch unfolds from the
  // panel ("Hele tak uitklappen (+N)"), "Alles weer inklappen" folds everything again,
  // and the focus moves to the selection.
  const [selId, selText] = [...(await markers(kp))].find(([id]) => id !== saved.content.folding.focus.person);
  await kp.genogram.selectId(selId);
  assert.equal(await kp.testId('fold-unfold-branch').textContent(), `Hele tak uitklappen (${selText})`);
  await kp.testId('fold-unfold-branch').click();
  await waitDrawn(kp, shownAfterSearch + Number(selText.slice(1)));
  await kp.testId('fold-all').click();
  await waitDrawn(kp, 47);
  await kp.testId('fold-focus-here').click();
  await kp.page.waitForFunction((id) => document.querySelector('[data-testid=fold-focus]')?.textContent.includes(`Naam${id} `), selId);
  await kp.page.screenshot({ path: `${SHOTS}/folding-new-focus.png` });
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Control+z');
  await waitDrawn(kp, 47);

  // A mistyped number of generations: a message, and the drawing stays as it is.
  for (const bad of ['25', '-1', '']) {
    await kp.testId('fold-up').fill(bad);
    await kp.testId('fold-up').press('Enter');
    assert.match(await kp.testId('fold-up-error').textContent(), /^Typ een heel getal van 0 tot en met 20\.$/);
    assert.equal(await kp.testId('fold-up').getAttribute('aria-invalid'), 'true');
  }
  await waitDrawn(kp, 47);
  await kp.testId('fold-down').fill('30');
  await kp.testId('fold-down').press('Enter');
  await kp.testId('fold-down-error').waitFor();
  // A good number clears the message and redraws.
  await kp.testId('fold-up').fill('1');
  await kp.testId('fold-up').press('Enter');
  await kp.testId('fold-up-error').waitFor({ state: 'detached' });
  await kp.page.waitForFunction(() => document.querySelectorAll('svg g[data-key^="person:"]').length < 47);
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Control+z');
  await waitDrawn(kp, 47);

  // The separate parts of the file, related to nobody drawn, are named with a count;
  // a button focuses on the largest, and undo comes back.
  const note = await kp.testId('fold-unattached').textContent();
  const hiddenInParts = Number(note.match(/^(\d+) personen in losse delen niet getoond/)[1]);
  assert.ok(hiddenInParts > 0 && 47 + hiddenInParts < 1002, note);
  const part = kp.testId('fold-part').first();
  const partPerson = Number(await part.getAttribute('data-person'));
  await part.click();
  await kp.page.locator(`svg g[data-key="person:${partPerson}"]`).waitFor();
  assert.ok(!(await drawnIds(kp)).includes(saved.content.folding.focus.person), 'the other part is drawn now');
  await kp.page.screenshot({ path: `${SHOTS}/folding-other-part.png` });
  await kp.testId('canvas').focus();
  await kp.page.keyboard.press('Control+z');
  await waitDrawn(kp, 47);

  // Off: the whole family again, and the file no longer holds a folding.
  await kp.testId('fold-on').uncheck();
  await waitDrawn(kp, 1002);
  await lib.waitForDocument((d) => d.title === TITLE && d.content.folding === undefined);
}));
