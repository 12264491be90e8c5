// "Done when" of quick entry: the three-generation family of the editor scenario
// (tests/e2e/editor.test.mjs: a divorce and remarriage, half-siblings, twins, an
// adoption, a deceased grandparent and two relations), once drawn by clicks and once
// typed into Snelinvoer, gives the same model. Prints the keystrokes against the
// clicks and fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, withPage } from './harness.mjs';
import { drawScenarioByClicks } from './pages/scenario.mjs';

useApp();

// Only keys on an ordinary keyboard: "client" and "overleden 2015" instead of "cliënt"
// and "†2015", which the notation reads as well.
const FAMILY = [
  'Kees m client x Ria v (begin, uit elkaar, gescheiden 2001): Eva v',
  'Kees x Nora v: Tim m+Tom m tweeling, Mei v geadopteerd',
  'Jan m overleden 2015 x ? v: Kees',
  'Eva -- Nora: vijandig',
  'Eva == Kees: nabij',
].join('\n');

/** The 51 clicks and fields the issue counts for drawing such a family today. */
const TODAY = 51;

/**
 * A stored genogram's content with every id replaced by what it stands for (a person
 * by name and gender, a union by its partners), lists sorted: two documents compare
 * equal exactly when they hold the same persons, unions, child lines, relations,
 * households and settings, whatever their ids.
 */
function normalise(content) {
  const person = new Map(content.persons.map((p) => [p.id, `${p.given_name ?? '?'} ${p.family_name ?? ''}/${p.gender}`]));
  const union = new Map(content.unions.map((u) => [u.id, `${person.get(u.partner_a)} + ${person.get(u.partner_b)}`]));
  const parent = (r) => ('union' in r ? { union: union.get(r.union) } : { person: person.get(r.person) });
  const sorted = (list) => list.map((x) => JSON.stringify(x)).sort().map((s) => JSON.parse(s));
  const known = ['persons', 'unions', 'child_links', 'relations', 'households'];
  return {
    persons: sorted(content.persons.map(({ id, ...p }) => ({ key: person.get(id), ...p }))),
    unions: sorted(content.unions.map(({ id, partner_a, partner_b, ...u }) => ({ a: person.get(partner_a), b: person.get(partner_b), ...u }))),
    child_links: sorted(content.child_links.map(({ id, parent: p, child, ...l }) => ({ parent: parent(p), child: person.get(child), ...l }))),
    relations: sorted(content.relations.map(({ id, from, to, ...r }) => ({ from: person.get(from), to: person.get(to), ...r }))),
    households: sorted(content.households.map(({ id, members, ...h }) => ({ members: members.map((m) => person.get(m)).sort(), ...h }))),
    rest: Object.fromEntries(Object.entries(content).filter(([k]) => !known.includes(k))),
  };
}

/** The stored genogram with this id, once autosave has written `persons` persons and two relations. */
function stored(kp, id, persons) {
  return kp.library.waitForDocument((d) => d.id === id && d.content.persons.length === persons && d.content.relations.length === 2);
}

/** The id of the open document: the one autosave wrote last. */
async function openId(kp) {
  const docs = Object.values(await kp.library.documents());
  return docs.sort((a, b) => b.modified - a.modified)[0].id;
}

test('the editor scenario typed into Snelinvoer gives the same model as drawn by clicks', () => withPage(async (kp) => {
  const g = kp.genogram;
  // By clicks, as in editor.test.mjs (the grandfather named Jan, not "Opa Jan": a
  // word before a name is a role word in the notation).
  let actions = 0;
  const act = async (fn) => { actions++; await fn(); };
  await act(() => g.create({ stored: true }));
  const clickedId = await openId(kp);
  await drawScenarioByClicks(kp, act, 'Jan');
  const clicked = await stored(kp, clickedId, 9);

  // Typed: a new genogram, the panel, the text.
  await g.create({ stored: true });
  const typedId = await openId(kp);
  assert.notEqual(typedId, clickedId);
  await kp.testId('menu-quick-entry').click();
  await kp.testId('quick-entry-text').focus();
  let keystrokes = 0;
  for (const ch of FAMILY) {
    await kp.page.keyboard.type(ch);
    keystrokes++;
  }
  const typed = await stored(kp, typedId, 9);
  assert.equal(await kp.testId('quick-entry-problem').count(), 0, 'every line was read');

  // The same model: persons, genders, dates, unions with their events, child lines
  // with twins and the adoption, relations, households.
  assert.deepEqual(normalise(typed.content), normalise(clicked.content));
  const sameIds = JSON.stringify(typed.content) === JSON.stringify(clicked.content);
  console.log(`# identical content (ids too): ${sameIds}`);
  const legend = (await g.legend()).toLowerCase();
  for (const entry of ['echtscheiding', 'geadopteerd', 'tweeling', 'vijandig', 'nabij', 'overleden']) {
    assert.ok(legend.includes(entry), `legend names ${entry}`);
  }
  await kp.testId('zoom-fit').click();
  await kp.screenshot('quick-entry-scenario');
  // What the click version typed into its fields on top of its actions: the names and years.
  const typedInFields = ['Kees', 'Ria', 'Eva', '2001', 'Nora', 'Tim', 'Tom', 'Mei', 'Jan', '2015'].join('').length;
  console.log(`# keystrokes: ${keystrokes} vs ${TODAY} clicks and fields (this test by clicks: ${actions} actions plus ${typedInFields} characters in fields); quick entry adds 1 click to open Snelinvoer`);
}));
