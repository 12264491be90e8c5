// The network over time, as a wijkteam reports on it: keep the map at intake, change
// it (someone leaves, someone moves closer, a new volunteer comes), keep a second
// version, reload, and compare: who came, who left, who moved, and the figures side by
// side with both maps drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const SHOTS = '/tmp/kring-shots';

test('versions of a netwerkkaart are kept, survive a reload and compare who came, left and moved', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create();
  await kp.fill('centre-name', 'Noah');
  await map.add('family', 'Oma Riet');
  await map.add('friends', 'Sanne');
  await map.add('professionals', 'Wijkteam Fatima');

  const panel = kp.testId('versions-panel');
  await panel.locator('summary').click();
  await kp.testId('version-new-name').fill('intake');
  await kp.testId('version-keep').click();
  await kp.testId('version-row').first().waitFor();
  assert.equal(await kp.testId('version-name').first().inputValue(), 'intake');

  // Half a year later: Sanne left, Oma Riet is closer, a buddy came.
  await map.select('Sanne');
  await kp.testId('delete-actor').click();
  await map.waitForActors(2);
  await map.select('Oma Riet');
  await kp.testId('actor-ring').selectOption({ label: 'binnenste ring' });
  await map.add('neighbours', 'Maatje Joost');
  // An empty name keeps "Versie 2".
  await kp.testId('version-keep').click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=version-row]').length === 2);
  assert.equal(await kp.testId('version-name').last().inputValue(), 'Versie 2');

  // Kept in the document: after a reload both are there, and the map is the latest.
  await kp.status.save();
  await kp.reload();
  await map.waitForActors(3);
  await kp.testId('versions-panel').locator('summary').click();
  assert.equal(await kp.testId('version-row').count(), 2);

  // Compare the intake with now.
  await kp.testId('version-compare').first().click();
  const dialog = kp.testId('versions-dialog');
  await dialog.waitFor();
  const changes = await kp.testId('versions-change').allTextContents();
  assert.ok(changes.includes('Maatje Joost is erbij gekomen.'), changes.join(' | '));
  assert.ok(changes.includes('Sanne is uit het netwerk.'), changes.join(' | '));
  assert.ok(changes.some((c) => c.startsWith('Oma Riet staat dichterbij')), changes.join(' | '));
  // The figures side by side: three actors on both sides, one more in the inner ring.
  const figures = await kp.testId('versions-figures').locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.querySelector('th').textContent, [...r.querySelectorAll('td')].map((td) => td.textContent)])));
  assert.deepEqual(figures['Betrokkenen'], ['3', '3']);
  assert.equal(Number(figures['Binnenste ring'][1]), Number(figures['Binnenste ring'][0]) + 1);
  assert.match(await kp.testId('versions-drawing-before').textContent(), /Sanne/);
  assert.doesNotMatch(await kp.testId('versions-drawing-after').textContent(), /Sanne/);
  await kp.page.screenshot({ path: `${SHOTS}/versions-compare.png` });
  // Two kept versions against each other: the second is the map as it is now.
  await kp.testId('versions-before').selectOption('1');
  await kp.testId('versions-no-changes').waitFor();
  await kp.testId('versions-close').click();
  await dialog.waitFor({ state: 'detached' });

  // Removing a version is one undo step.
  await kp.testId('version-remove').first().click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=version-row]').length === 1);
  await kp.testId('undo').click();
  await kp.page.waitForFunction(() => document.querySelectorAll('[data-testid=version-row]').length === 2);
  assert.equal(await kp.testId('version-name').first().inputValue(), 'intake');
}));
