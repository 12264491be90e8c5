// The netwerkkaart editor: the centre, actors per sector, ties, the sectors panel and
// the wedges on the canvas.
import assert from 'node:assert/strict';

const ACTORS = '[data-testid=canvas-content] g[data-key^="actor:"]';

export class NetwerkkaartPage {
  constructor(kp) {
    this.kp = kp;
    this.page = kp.page;
  }

  /** Starts a new netwerkkaart from the menu; with `centre`, names the centre. */
  async create(centre) {
    await this.kp.testId('menu-new-netwerkkaart').click();
    await this.kp.testId('centre-panel').waitFor();
    if (centre !== undefined) await this.kp.fill('centre-name', centre);
  }

  /** The drawn actor whose text includes `name` (the first such). */
  actor(name) { return this.page.locator(ACTORS, { hasText: name }).first(); }

  /** An actor's symbol (the formality letter lies on top of it). */
  symbol(name) { return this.actor(name).locator(':scope > :first-child'); }

  /** Selects an actor by clicking its symbol; waits until the panel shows that name. */
  async select(name) {
    await this.symbol(name).click({ force: true }); // the formality letter lies on top
    await this.page.waitForFunction((n) => document.querySelector('[data-testid=actor-name]')?.value === n, name);
  }

  /**
   * Adds someone with a sector's "+" (`sector`: a standard sector's key such as
   * 'family', or a row of the sectors panel), types the name and leaves the field; the
   * new actor is selected and drawn.
   */
  async add(sector, name) {
    const before = await this.actorCount();
    const button = typeof sector === 'string' ? this.kp.testId(`add-actor-${sector}`) : sector.getByTestId('sector-add-actor');
    await button.click();
    await this.kp.testId('actor-panel').waitFor();
    assert.equal(await this.kp.focusedTestId(), 'actor-name', 'the new actor\'s name field has the focus');
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    await this.actor(name).waitFor();
    assert.equal(await this.actorCount(), before + 1, `${name} is drawn`);
  }

  /** Ties the selected actor to another one through the panel. */
  async tieTo(other) {
    await this.kp.testId('tie-other').selectOption({ label: other });
    await this.kp.testId('add-tie-other').click();
  }

  /** Number of actors drawn. */
  actorCount() { return this.page.locator(ACTORS).count(); }

  /** Waits until `n` actors are drawn (after a reload, say). */
  async waitForActors(n) {
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid=canvas-content] g[data-key^="actor:"]').length === n, n);
  }

  /** Number of ties drawn, the spokes to the centre included. */
  tieCount() { return this.page.locator('[data-testid=canvas-content] g[data-key^="tie:"]').count(); }

  /** The name in the actor panel (the selected actor), or null. */
  selectedActor() { return this.page.evaluate(() => document.querySelector('[data-testid=actor-name]')?.value ?? null); }

  /** The screen centre of the selection ring (an actor) or of the centre symbol. */
  async selectionAt() {
    const ring = this.kp.testId('actor-selection-ring');
    const box = (await ring.count()) ? await ring.boundingBox()
      : await this.page.locator('[data-testid=canvas-content] g[data-key="centre"] > :first-child').first().boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The screen centre of an actor's symbol. */
  async symbolCentre(name) {
    const box = await this.symbol(name).boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** The rows of the sectors panel. */
  sectorRows() { return this.kp.testId('sector-row'); }

  /** A sector's wedge on the canvas. */
  wedge(id) { return this.page.locator(`[data-testid=canvas-content] g[data-key="sector:${id}"]`); }
}
