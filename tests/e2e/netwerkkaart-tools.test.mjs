// The tie tool on a netwerkkaart: with an actor selected, "Band tekenen" and a click on
// another actor ties them at once; a pair already tied is refused with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const actor = (kp, name) => kp.page.locator('[data-testid=canvas-content] g[data-key^="actor:"]', { hasText: name }).first()
  .locator(':scope > :first-child');
const ties = (kp) => kp.page.locator('[data-testid=canvas-content] g[data-key^="tie:"]').count();

async function addActor(kp, sector, name) {
  await kp.testId(`add-actor-${sector}`).click();
  await kp.testId('actor-panel').waitFor();
  await kp.page.keyboard.type(name);
  await kp.page.keyboard.press('Tab');
}

test('tie tool: select an actor, Band tekenen, click another; once only', async () => {
  const kp = await KringPage.open(browser, server.origin);
  await kp.testId('menu-new-netwerkkaart').click();
  await kp.testId('centre-panel').waitFor();
  await kp.fill('centre-name', 'Noah');
  await addActor(kp, 'friends', 'Sanne');
  await addActor(kp, 'neighbours', 'Buurvrouw Els');
  const before = await ties(kp);
  assert.equal(await kp.testId('connect-kind').count(), 0, 'no relation kinds on a netwerkkaart');
  assert.equal((await kp.testId('connect-tool').textContent()).trim(), 'Band tekenen');
  await kp.testId('connect-tool').click();
  assert.match(await kp.testId('status-message').textContent(), /tweede/, 'starts from the selected actor');
  await actor(kp, 'Sanne').click({ force: true });
  assert.equal(await ties(kp), before + 1, 'tied at once');
  assert.equal(await kp.testId('connect-tool').getAttribute('aria-pressed'), 'false');
  // The same pair again is refused, with a reason, and nothing changes.
  await kp.testId('connect-tool').click();
  await actor(kp, 'Sanne').click({ force: true });
  assert.equal(await ties(kp), before + 1);
  assert.match(await kp.testId('status-message').textContent(), /al een band/);
  await kp.testId('undo').click();
  assert.equal(await ties(kp), before);
  assert.deepEqual(kp.errors, []);
  await kp.close();
});
