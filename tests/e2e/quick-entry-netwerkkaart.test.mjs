// Quick entry ("Snelinvoer") on a netwerkkaart: the network typed as sector lines grows
// on the canvas as it is typed, each actor in its sector with its tie; a line that
// cannot be read says why and what to write; one undo takes the typing back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';

useApp();

const NETWORK = [
  'cliënt: Noah',
  'familie: moeder Fatima (binnen, sterk, P G E, dagelijks), vader Peter (conflict, ontvangt)',
  'buren: buurvrouw Ans (verbinder, geeft, P A), vrienden: Sem (sterk, G E)',
  'professionals: Wijkteam West (organisatie, binnen, sterk, geeft)',
  'kerk: dominee Bos',
  'Fatima -- Peter: stressvol',
].join('\n');

/** The stored map once autosave has written `n` actors: { sectorOf(name), tieOf(name), doc }. */
async function storedMap(kp, n) {
  const doc = await kp.library.waitForDocument((d) => d.kind === 'netwerkkaart' && (d.content.actors ?? []).length === n);
  const sectors = new Map(doc.content.sectors.map((s) => [s.id, s]));
  const actors = new Map(doc.content.actors.map((a) => [a.value?.name ?? a.name, a]));
  const field = (entry, key) => (entry.value ?? entry)[key];
  return {
    doc,
    actor: (name) => actors.get(name),
    sectorOf: (name) => {
      const s = sectors.get(field(actors.get(name), 'sector'));
      return field(s, 'name') || field(s, 'kind');
    },
    spoke: (name) => doc.content.ties.map((t) => t.value ?? t)
      .find((t) => t.from === 'centre' && t.to === actors.get(name).id),
  };
}

test('typing a network draws the actors in their sectors, a bad line says why, undo takes it back', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create();
  await kp.testId('menu-quick-entry').click();
  const area = kp.testId('quick-entry-text');
  assert.equal(await area.inputValue(), '', 'a new map starts with an empty text');
  assert.match(await area.getAttribute('placeholder'), /familie: moeder Fatima/);
  await area.focus();
  await kp.page.keyboard.type(NETWORK);
  await map.waitForActors(6);
  const text = await kp.canvasText();
  for (const name of ['Noah', 'Fatima', 'Peter', 'Ans', 'Sem', 'Wijkteam West', 'Bos', 'kerk']) {
    assert.ok(text.includes(name), `${name} on the canvas`);
  }
  assert.equal(await kp.testId('quick-entry-problem').count(), 0);
  assert.equal(await map.tieCount(), 7, 'six spokes and Fatima -- Peter');

  // Each actor in the sector the text put them in, with the words of their brackets.
  const stored = await storedMap(kp, 6);
  assert.equal(stored.sectorOf('Fatima'), 'family');
  assert.equal(stored.sectorOf('Peter'), 'family');
  assert.equal(stored.sectorOf('Ans'), 'neighbours');
  assert.equal(stored.sectorOf('Sem'), 'friends');
  assert.equal(stored.sectorOf('Wijkteam West'), 'professionals');
  assert.equal(stored.sectorOf('Bos'), 'kerk');
  assert.equal(stored.doc.content.centre.name, 'Noah');
  const fatima = stored.spoke('Fatima');
  assert.equal(fatima.strength, 'strong');
  assert.deepEqual(fatima.support, ['practical', 'company', 'emotional']);
  assert.equal(stored.spoke('Ans').direction, 'receives', 'Ans gives: the centre receives');
  assert.equal(stored.spoke('Peter').direction, 'gives', 'Peter receives: the centre gives');
  const wijkteam = stored.actor('Wijkteam West').value ?? stored.actor('Wijkteam West');
  assert.equal(wijkteam.kind, 'organisation');
  assert.equal(wijkteam.ring, 'inner');
  // What a person sees: the actor panel of Ans.
  await map.select('Ans');
  assert.equal(await kp.testId('actor-role').inputValue(), 'buurvrouw');
  await kp.screenshot('quick-entry-netwerkkaart');

  // A line that cannot be read is marked with a message and a suggestion; the rest stays.
  await area.focus();
  await kp.page.keyboard.press('Control+End');
  await kp.page.keyboard.type('\nvrienden: Jesse (strek)');
  const problem = kp.testId('quick-entry-problem');
  await problem.waitFor();
  const said = await problem.textContent();
  assert.match(said, /Regel 7/);
  assert.match(said, /strek/);
  assert.match(said, /Bedoelt u ‘sterk’\?/);
  assert.equal(await map.actorCount(), 6, 'the bad line added nobody, the others stay');
  // The word is underlined in the text itself, right under where it is typed.
  const mark = kp.testId('quick-entry-mark');
  assert.equal(await mark.textContent(), 'strek');
  const [markBox, areaBox] = [await mark.boundingBox(), await area.boundingBox()];
  assert.ok(markBox.y > areaBox.y && markBox.y + markBox.height < areaBox.y + areaBox.height, 'inside the text area');
  await kp.screenshot('quick-entry-netwerkkaart-problem');
  for (let i = 0; i < 'strek)'.length; i++) await kp.page.keyboard.press('Backspace');
  await kp.page.keyboard.type('sterk)');
  await problem.waitFor({ state: 'detached' });
  await map.waitForActors(7);
  assert.equal(await mark.count(), 0, 'the underline goes with the problem');

  // One undo takes the whole typing session back to the empty map.
  await kp.undo();
  await map.waitForActors(0);
  assert.ok(!(await kp.canvasText()).includes('Fatima'));
  kp.assertClean();
}));

test('a map opens as text in the panel, and the help card shows the network notation', () => withPage(async (kp) => {
  const map = kp.netwerkkaart;
  await map.create('Noah');
  await map.add('family', 'Fatima');
  await kp.testId('menu-quick-entry').click();
  const area = kp.testId('quick-entry-text');
  const shown = await area.inputValue();
  assert.match(shown, /^cliënt: Noah$/m);
  assert.match(shown, /^familie: Fatima$/m);
  assert.match(shown, /^vrienden:$/m);
  // An edit in the text changes only that: Fatima moves inwards, with a strong tie.
  await area.fill(shown.replace('familie: Fatima', 'familie: Fatima (binnen, sterk)'));
  await area.dispatchEvent('input');
  const stored = await kp.library.waitForDocument((d) => d.kind === 'netwerkkaart'
    && (d.content.actors ?? []).some((a) => (a.value ?? a).ring === 'inner'));
  assert.equal(stored.content.actors.length, 1);
  const help = kp.testId('quick-entry-help');
  await help.locator('summary').click();
  assert.match(await help.textContent(), /familie: moeder Fatima \(binnen, sterk, P G E, dagelijks\)/);
  await kp.testId('lang-select').selectOption('en');
  await kp.page.waitForFunction(() => document.querySelector('[data-testid=quick-entry-help]').textContent.includes('neighbours:'));
  assert.match(await help.textContent(), /P practical, C company, A advice, E emotional/);
}));
