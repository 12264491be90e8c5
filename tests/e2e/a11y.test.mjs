// Accessibility audit of the editor with axe-core: no violations of any impact.
// The app's CSP forbids inline scripts, so this one context bypasses it to inject axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist, launchBrowser, KringPage } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function audit(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      rulesPassed: r.passes.length,
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
    };
  });
}

for (const [name, setup] of [
  ['the empty app', async () => {}],
  ['the genogram editor with a person selected', async (kp) => { await kp.newGenogram(); await kp.testId('add-partner').click(); }],
  ['the person form with a pregnancy and a named condition', async (kp) => {
    await kp.newGenogram();
    await kp.testId('add-partner').click();
    await kp.testId('single-add-daughter').click();
    await kp.testId('field-kind').selectOption('pregnancy');
    await kp.testId('add-condition').click();
    await kp.testId('condition-area').selectOption('other');
  }],
  ['the netwerkkaart editor', async (kp) => { await kp.testId('menu-new-netwerkkaart').click(); }],
  ['the netwerkkaart editor with a custom sector and an actor in it', async (kp) => {
    await kp.testId('menu-new-netwerkkaart').click();
    await kp.testId('add-sector').click();
    await kp.page.keyboard.type('Kerk');
    await kp.page.keyboard.press('Tab');
    await kp.testId('sector-row').last().getByTestId('sector-add-actor').click();
    await kp.testId('tie-notes').waitFor();
  }],
]) {
  test(`axe finds no accessibility violation in ${name}`, async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const kp = new KringPage(page, server.origin);
    await kp.goto();
    await setup(kp);
    const { rulesPassed, violations } = await audit(page);
    assert.ok(rulesPassed > 10, `axe ran (${rulesPassed} rules passed)`);
    console.log(`# axe ${name}: ${rulesPassed} rules passed, ${violations.length} violations`);
    for (const v of violations) console.log(`# axe ${name}: ${v.impact} ${v.id} (${v.nodes}×) ${v.help}`);
    // All four impact levels were fixed, so any new violation fails the test.
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
    await context.close();
  });
}
