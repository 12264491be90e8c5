// The genogram editor: persons on the canvas, the person panel's buttons that add a
// relative, emotional relations, the legend and the genogram in words.

const PERSONS = '[data-testid=canvas-content] g[data-key^="person:"]';

export class GenogramPage {
  constructor(kp) {
    this.kp = kp;
    this.page = kp.page;
  }

  /**
   * Starts a new genogram from the menu; the client is selected. With `stored`, also
   * waits until autosave has written it (one more document entry in storage).
   */
  async create({ stored = false } = {}) {
    const before = stored ? await this.kp.library.entryCount() : 0;
    await this.kp.testId('menu-new-genogram').click();
    await this.kp.testId('person-panel').waitFor();
    if (stored) await this.kp.library.waitForEntryCount(before + 1);
  }

  /** The drawn person whose text includes `name` (the first such). */
  person(name) { return this.page.locator(PERSONS, { hasText: name }).first(); }

  /** The drawn person with this id. */
  symbol(id) { return this.page.locator(`g[data-person="${id}"]`); }

  /** Selects a person by clicking its symbol; waits until the form shows that given name. */
  async select(name) {
    await this.person(name).click();
    await this.page.waitForFunction((n) => document.querySelector('[data-testid=field-given-name]')?.value === n, name);
  }

  /** Selects the person with this id by clicking its symbol; waits for its selection ring. */
  async selectId(id) {
    await this.symbol(id).click();
    await this.page.locator(`[data-person-ring="${id}"]`).waitFor();
  }

  /** The id of the (first) selected person. */
  selectedId() { return this.page.locator('[data-person-ring]').first().getAttribute('data-person-ring'); }

  /** Types the selected person's given name and commits it. */
  name(given) { return this.kp.fill('field-given-name', given); }

  /**
   * Adds a relative of the selected person with the panel's button (`relative`: partner,
   * son, daughter, parents, brother, sister); the new person is selected. With `given`,
   * names it too.
   */
  async add(relative, given) {
    await this.kp.testId(`add-${relative}`).click();
    if (given !== undefined) await this.name(given);
  }

  /**
   * "+ Tweelingbroer / -zus" on the selected child: the new twin is selected. With
   * `given`, names it too.
   */
  async addTwinSibling(given) {
    const before = await this.selectedId();
    await this.kp.testId('add-twin-sibling').click();
    await this.page.waitForFunction((b) => document.querySelector('[data-person-ring]')?.getAttribute('data-person-ring') !== b, before);
    if (given !== undefined) await this.name(given);
  }

  /** The names offered under "Tweeling met" for the selected person (without "nobody"). */
  async twinOptions() {
    const options = await this.kp.testId('twin-with').locator('option').evaluateAll(
      (os) => os.filter((o) => o.value !== '').map((o) => o.textContent.trim()));
    return options;
  }

  /** The name selected under "Tweeling met" ('' for nobody). */
  twinOf() {
    return this.kp.testId('twin-with').evaluate((s) => (s.value === '' ? '' : s.selectedOptions[0].textContent.trim()));
  }

  /** Number of union (couple) lines drawn. */
  unionCount() { return this.page.locator('g[data-key^="union:"]').count(); }

  /**
   * Deletes the selected person with the panel's button. When Kring asks (a union with
   * children would keep an unknown partner), answers `answer`: 'keep' or 'cancel';
   * returns whether it asked.
   */
  async deletePerson(answer = 'keep') {
    const count = await this.personCount();
    await this.kp.testId('delete-person').click();
    const question = this.kp.testId('delete-question');
    const asked = await Promise.race([
      question.waitFor().then(() => true),
      this.page.waitForFunction(
        ([sel, n]) => document.querySelectorAll(sel).length !== n, [PERSONS, count]).then(() => false),
    ]);
    if (asked) await this.kp.testId(answer === 'keep' ? 'delete-keep-union' : 'delete-cancel').click();
    return asked;
  }

  /** Adds an emotional relation of the selected person through the panel (labels as shown). */
  async addRelation(other, kind) {
    await this.kp.testId('new-relation-other').selectOption({ label: other });
    await this.kp.testId('new-relation-kind').selectOption({ label: kind });
    await this.kp.testId('add-relation').click();
  }

  /**
   * Screen point on the drawn line `key` (`union:3`, `child:5`, `relation:2`): at
   * `fraction` of the length of its longest stroke, moved `offset` screen pixels down
   * (off the visible stroke, inside its wide hit area).
   */
  linePoint(key, { fraction = 0.5, offset = 0 } = {}) {
    return this.page.evaluate(([key, fraction, offset]) => {
      const strokes = [...document.querySelectorAll(`[data-testid=canvas-content] g[data-key="${key}"] > g.hit > *`)];
      const longest = strokes.sort((a, b) => b.getTotalLength() - a.getTotalLength())[0];
      const p = longest.getPointAtLength(longest.getTotalLength() * fraction);
      const m = longest.getScreenCTM();
      return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f + offset };
    }, [key, fraction, offset]);
  }

  /** Clicks the drawn line `key` (see linePoint) and waits for its panel. */
  async clickLine(key, options) {
    const { x, y } = await this.linePoint(key, options);
    await this.page.mouse.click(x, y);
    await this.page.locator(`[data-testid=line-panel][data-line="${key}"]`).waitFor();
  }

  /** The keys of the drawn items whose key starts with `prefix` (`relation:`). */
  keys(prefix) {
    return this.page.$$eval(`[data-testid=canvas-content] g[data-key^="${prefix}"]`, (gs) => gs.map((g) => g.getAttribute('data-key')));
  }

  /** Number of persons drawn. */
  personCount() { return this.page.locator(PERSONS).count(); }

  /** Number of emotional relations drawn. */
  relationCount() { return this.page.locator('g[data-key^="relation:"]').count(); }

  /** The text of the legend on the canvas. */
  legend() { return this.page.locator('g[data-key="legend"]').textContent(); }

  /** The genogram in words, opened first if it is closed. */
  async description() {
    const details = this.kp.testId('description');
    if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
    return this.kp.testId('description-text').innerText();
  }

  /** Screen centre of a person's symbol: its selection ring, or its symbol's box. */
  async centreOf(id) {
    const ring = this.page.locator(`[data-person-ring="${id}"]`);
    const box = (await ring.count()) ? await ring.boundingBox()
      : await this.page.locator(`g[data-person="${id}"] > :first-child`).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The symbol's centre x in drawing units (zoom-free): selects it and reads its ring. */
  async worldX(id) {
    await this.symbol(id).click();
    return Number(await this.page.locator(`[data-person-ring="${id}"]`).getAttribute('x')) + 30;
  }

  /** The horizontal screen centre of the drawn person with `name`. */
  async screenX(name) {
    const box = await this.person(name).boundingBox();
    return box.x + box.width / 2;
  }
}
