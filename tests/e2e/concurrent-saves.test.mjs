// Two tabs saving the same document at the same moment, many times. Every version a
// tab made must survive: stored (possibly under a later version made on top of it, or
// kept as a copy by the tab that noticed the two writes met), or still held by the tab
// that made it, which says there is a conflict. A version that silently disappears is
// lost; the count must be zero.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPages } from './harness.mjs';

useApp();

const ROUNDS = 30;

/** What a tab shows: its title, and whether its save notice is up. */
function tabState(kp) {
  return kp.page.evaluate(() => ({
    title: document.querySelector('[data-testid=doc-title]')?.value ?? null,
    notice: document.querySelector('[data-testid=save-notice]')?.getAttribute('data-problem') ?? null,
    pending: window.__kringPendingTimers,
  }));
}

/** The title of the stored document `id` (read in `kp`'s page). */
function storedTitle(kp, id) {
  return kp.page.evaluate((key) => JSON.parse(localStorage.getItem(key)).title, `kring.doc.${id}`);
}

/**
 * At the moment `at` (ms since the epoch, the same clock in every tab), appends `mark`
 * to the title like a person typing it and presses Ctrl+S, all in one task.
 */
function editAndSaveAt(kp, at, mark) {
  return kp.page.evaluate(({ at, mark }) => new Promise((done) => {
    setTimeout(() => {
      const input = document.querySelector('[data-testid=doc-title]');
      input.value = `${input.value}|${mark}`;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true }));
      done();
    }, Math.max(0, at - Date.now()));
  }), { at, mark });
}

/**
 * Polls both tabs until each either shows the stored version or holds its own with a
 * notice, and no save is waiting; resolves to the final states and stored title.
 */
async function settle(a, b, id) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const [sa, sb] = await Promise.all([tabState(a), tabState(b)]);
    const stored = await storedTitle(a, id);
    const storedInB = await storedTitle(b, id);
    const ok = (s) => s.pending === 0 && (s.notice !== null || s.title === stored);
    if (stored === storedInB && ok(sa) && ok(sb)) return { sa, sb, stored };
    if (Date.now() > deadline) throw new Error(`tabs never settled: ${JSON.stringify({ sa, sb, stored, storedInB })}`);
  }
}

test('concurrent saves from two tabs lose no version', () => withPages(async ({ open }) => {
  const a = await open();
  await a.genogram.create({ stored: true });
  await a.status.autosaveIdle();
  const b = await open();
  const [id] = Object.keys(await a.library.documents());
  let lost = 0;
  let conflicts = 0;
  const losses = [];
  for (let round = 0; round < ROUNDS; round++) {
    const at = Date.now() + 120;
    const marks = { a: `A${round}`, b: `B${round}` };
    await Promise.all([editAndSaveAt(a, at, marks.a), editAndSaveAt(b, at, marks.b)]);
    const { sa, sb, stored } = await settle(a, b, id);
    for (const [tab, state, mark] of [['a', sa, marks.a], ['b', sb, marks.b]]) {
      const copies = Object.values(await a.library.documents()).map((d) => d.title);
      const kept = stored.split('|').includes(mark) || copies.some((t) => t.split(/[| ]/).includes(mark))
        || (state.notice !== null && state.title.split('|').includes(mark));
      if (!kept) {
        lost += 1;
        losses.push({ round, tab, stored, state });
      }
    }
    // Back to one version in both tabs for the next round: the tab with a conflict
    // takes the stored version ("Herladen").
    for (const [kp, state] of [[a, sa], [b, sb]]) {
      if (state.notice) {
        conflicts += 1;
        await kp.testId('save-reload').click();
      }
    }
    await settle(a, b, id);
  }
  console.log(`# ${ROUNDS} rounds of simultaneous saves: ${conflicts} conflicts reported, ${lost} versions lost`);
  assert.deepEqual(losses, [], 'no version disappears without a conflict being shown');
  assert.ok(conflicts > 0, 'the saves really met (at least one conflict)');
}));
