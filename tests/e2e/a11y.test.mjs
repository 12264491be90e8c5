// Accessibility audit of the editor with axe-core: no violations of any impact.
// The app's CSP forbids inline scripts, so these contexts bypass it to inject axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

for (const [name, setup] of [
  ['the empty app', async () => {}],
  ['the genogram editor with a person selected', async (kp) => { await kp.genogram.create(); await kp.genogram.add('partner'); }],
  ['the person form with a pregnancy and a named condition', async (kp) => {
    await kp.genogram.create();
    await kp.genogram.add('partner');
    await kp.testId('single-add-daughter').click();
    await kp.testId('field-kind').selectOption('pregnancy');
    await kp.testId('add-condition').click();
    await kp.testId('condition-area').selectOption('other');
  }],
  ['the netwerkkaart editor', async (kp) => { await kp.netwerkkaart.create(); }],
  ['the netwerkkaart editor with a custom sector and an actor in it', async (kp) => {
    await kp.netwerkkaart.create();
    await kp.testId('add-sector').click();
    await kp.page.keyboard.type('Kerk');
    await kp.page.keyboard.press('Tab');
    await kp.netwerkkaart.sectorRows().last().getByTestId('sector-add-actor').click();
    await kp.testId('tie-notes').waitFor();
  }],
]) {
  test(`axe finds no accessibility violation in ${name}`, () => withPage({ bypassCSP: true }, async (kp) => {
    await setup(kp);
    const { rulesPassed, violations } = await kp.audit();
    assert.ok(rulesPassed > 10, `axe ran (${rulesPassed} rules passed)`);
    console.log(`# axe ${name}: ${rulesPassed} rules passed, ${violations.length} violations`);
    for (const v of violations) console.log(`# axe ${name}: ${v.impact} ${v.id} (${v.nodes.length}×) ${v.help}`);
    // All four impact levels were fixed, so any new violation fails the test.
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  }));
}
