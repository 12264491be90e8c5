// The status line under the workspace (messages, the undo offer after a delete,
// autosave's "Opgeslagen om …") and the notice autosave shows when it cannot save.

/** What autosave and Ctrl+S say after a write, in either language. */
const SAVED = /Opgeslagen om \d\d:\d\d|Saved at \d\d:\d\d/;

export class StatusPage {
  constructor(kp) {
    this.kp = kp;
    this.message = kp.testId('status-message');
    /** Autosave's notice (full storage, another tab's change) with its buttons. */
    this.notice = kp.testId('save-notice');
  }

  /** The message now shown. */
  text() { return this.message.textContent(); }

  /** Whether the message is shown as an error. */
  isError() { return this.message.evaluate((el) => el.classList.contains('error')); }

  /** Waits until the message matches `re`. */
  async waitFor(re) {
    await this.kp.page.waitForFunction(({ source, flags }) => new RegExp(source, flags)
      .test(document.querySelector('[data-testid=status-message]')?.textContent ?? ''), { source: re.source, flags: re.flags });
  }

  /**
   * Waits until the status line says the document was saved. It keeps saying so until
   * another message replaces it, so after an earlier save this may pass at once: use
   * save() or library.waitForDocument() to know that a particular change is stored.
   */
  waitSaved() { return this.waitFor(SAVED); }

  /** Saves now with Ctrl+S (which writes synchronously) and waits for the status line to say so. */
  async save() {
    await this.kp.page.keyboard.press('Control+s');
    await this.waitSaved();
  }

  /** Clicks the "Ongedaan maken" link that follows a delete. */
  undo() { return this.kp.testId('status-undo').click(); }

  /**
   * Waits until no autosave is pending: the page has no short timer left (autosave's
   * debounce is its only one), as counted by the harness's instrumentation.
   */
  async autosaveIdle() {
    await this.kp.page.waitForFunction(() => window.__kringPendingTimers === 0);
  }
}
