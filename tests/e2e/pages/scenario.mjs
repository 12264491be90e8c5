// The editor scenario drawn by clicks, shared by the editor test (which counts the
// actions it takes) and the quick-entry test (which compares it with the same family
// typed): a divorce and remarriage, half-siblings, twins, an adoption, a deceased
// grandparent and two relations, on a genogram just created with its cliënt selected.

/**
 * Draws the scenario from a fresh genogram; `act(fn)` runs (and may count) each user
 * action; `grandfather` is the name typed for Kees's father.
 */
export async function drawScenarioByClicks(kp, act, grandfather) {
  const g = kp.genogram;
  await act(() => kp.testId('field-gender').selectOption('male'));
  await act(() => g.name('Kees'));
  // First marriage, ended by divorce in 2001, with a daughter.
  await act(() => g.add('partner'));
  await act(() => g.name('Ria'));
  await act(() => g.add('daughter'));
  await act(() => g.name('Eva'));
  await act(() => g.select('Kees'));
  await act(() => kp.testId('add-union-event').click()); // start
  await act(() => kp.testId('add-union-event').click()); // separation
  await act(() => kp.testId('add-union-event').click()); // divorce
  await act(() => kp.testId('union-event-date').last().fill('2001'));
  await act(() => kp.testId('union-event-date').last().press('Enter'));
  // Second partner, with twin sons and an adopted daughter.
  await act(() => g.add('partner'));
  await act(() => g.name('Nora'));
  await act(() => g.add('son'));
  await act(() => g.name('Tim'));
  await act(() => g.add('brother'));
  await act(() => g.name('Tom'));
  await act(() => kp.testId('twin-with').selectOption({ label: 'Tim' }));
  await act(() => g.add('sister'));
  await act(() => g.name('Mei'));
  await act(() => kp.testId('child-link-kind').selectOption({ label: 'geadopteerd' }));
  // Kees's parents; his father died.
  await act(() => g.select('Kees'));
  await act(() => g.add('parents'));
  await act(() => g.name(grandfather));
  await act(() => kp.fill('field-death', '2015'));
  // Two emotional relations.
  await act(() => g.select('Eva'));
  await act(() => kp.testId('new-relation-other').selectOption({ label: 'Nora' }));
  await act(() => kp.testId('new-relation-kind').selectOption({ label: 'vijandig' }));
  await act(() => kp.testId('add-relation').click());
  await act(() => kp.testId('new-relation-other').selectOption({ label: 'Kees' }));
  await act(() => kp.testId('new-relation-kind').selectOption({ label: 'nabij' }));
  await act(() => kp.testId('add-relation').click());
}
