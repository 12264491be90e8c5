// The tie tool on a netwerkkaart: with an actor selected, "Band tekenen" and a click on
// another actor ties them at once; a pair already tied is refused with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

test('tie tool: select an actor, Band tekenen, click another; once only', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create('Noah');
  await map.add('friends', 'Sanne');
  await map.add('neighbours', 'Buurvrouw Els');
  const before = await map.tieCount();
  assert.equal(await kp.testId('connect-kind').count(), 0, 'no relation kinds on a netwerkkaart');
  assert.equal((await kp.testId('connect-tool').textContent()).trim(), 'Band tekenen');
  await kp.testId('connect-tool').click();
  assert.match(await kp.status.text(), /tweede/, 'starts from the selected actor');
  await map.symbol('Sanne').click({ force: true });
  assert.equal(await map.tieCount(), before + 1, 'tied at once');
  assert.equal(await kp.testId('connect-tool').getAttribute('aria-pressed'), 'false');
  // The same pair again is refused, with a reason, and nothing changes.
  await kp.testId('connect-tool').click();
  await map.symbol('Sanne').click({ force: true });
  assert.equal(await map.tieCount(), before + 1);
  assert.match(await kp.status.text(), /al een band/);
  await kp.undo();
  assert.equal(await map.tieCount(), before);
}));
