// The tie tool on a netwerkkaart: "Band tekenen", then a click on one actor and one on
// another ties those two (the selection is only a provisional start for Enter); a pair
// already tied is refused with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

test('tie tool: Band tekenen, click one actor, then another; once only', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create('Noah');
  await map.add('friends', 'Sanne');
  await map.add('neighbours', 'Buurvrouw Els');
  const before = await map.tieCount();
  assert.equal(await kp.testId('connect-kind').count(), 0, 'no relation kinds on a netwerkkaart');
  assert.equal((await kp.testId('connect-tool').textContent()).trim(), 'Band tekenen');
  await kp.testId('connect-tool').click();
  assert.match(await kp.status.text(), /eerste.*Enter/, 'the selected actor is a provisional start');
  // The clicks decide: Els, then Sanne.
  await map.symbol('Buurvrouw Els').click({ force: true });
  assert.equal(await kp.testId('relation-from-ring').getAttribute('data-chosen'), 'true', 'Els is marked');
  assert.match(await kp.status.text(), /tweede/);
  await map.symbol('Sanne').click({ force: true });
  assert.equal(await map.tieCount(), before + 1, 'tied at once');
  assert.equal(await kp.testId('connect-tool').getAttribute('aria-pressed'), 'false');
  // The same pair again is refused, with a reason, and nothing changes.
  await kp.testId('connect-tool').click();
  await map.symbol('Sanne').click({ force: true });
  await map.symbol('Buurvrouw Els').click({ force: true });
  assert.equal(await map.tieCount(), before + 1);
  assert.match(await kp.status.text(), /al een band/);
  await kp.undo();
  assert.equal(await map.tieCount(), before);
}));
