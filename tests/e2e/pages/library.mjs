// The document library: what is stored in localStorage, and the "Openen" dialog with
// its rows, rename, import and messages.

const DOC_PREFIX = 'kring.doc.';

export class LibraryPage {
  constructor(kp) {
    this.kp = kp;
    this.page = kp.page;
    this.dialog = kp.testId('library-dialog');
    this.message = kp.testId('library-message');
  }

  /** Every localStorage entry whose key starts with `prefix`, as { key: value }. */
  stored(prefix = 'kring.') {
    return this.page.evaluate((prefix) => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k.startsWith(prefix)) out[k] = localStorage.getItem(k);
      }
      return out;
    }, prefix);
  }

  /** The stored documents that parse, by id (damaged entries are left out). */
  async documents() {
    return parseDocuments(await this.stored(DOC_PREFIX));
  }

  /** Number of document entries in storage, damaged ones included. */
  async entryCount() {
    return Object.keys(await this.stored(DOC_PREFIX)).length;
  }

  /** Waits until storage holds at least `n` document entries. */
  async waitForEntryCount(n) {
    await this.waitForEntries((entries) => Object.keys(entries).length >= n);
  }

  /**
   * Waits until a stored document satisfies `predicate` (called here, with the parsed
   * document) and returns that document: the way to know autosave wrote a change.
   */
  async waitForDocument(predicate) {
    const entries = await this.waitForEntries((entries) => Object.values(parseDocuments(entries)).some(predicate));
    return Object.values(parseDocuments(entries)).find(predicate);
  }

  /**
   * Waits until the document entries in storage, as { key: text }, satisfy `predicate`
   * (called here); checks now and again whenever they change, and returns them.
   */
  async waitForEntries(predicate) {
    let seen = null;
    for (;;) {
      // Resolves at once the first time, then as soon as the entries differ from `seen`.
      const handle = await this.page.waitForFunction((before) => {
        const out = {};
        for (let i = 0; i < localStorage.length; i++) {
          const k = localStorage.key(i);
          if (k.startsWith('kring.doc.')) out[k] = localStorage.getItem(k);
        }
        const now = JSON.stringify(out);
        return now !== before && now;
      }, seen);
      seen = await handle.jsonValue();
      await handle.dispose();
      const entries = JSON.parse(seen);
      if (predicate(entries)) return entries;
    }
  }

  /** Opens the library dialog from the menu. */
  async open() {
    await this.kp.testId('menu-open').click();
    await this.dialog.waitFor();
  }

  /** Closes the library dialog with its close button. */
  async close() {
    await this.kp.testId('library-close').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** The (first) row of the open dialog whose text includes `title`. */
  row(title) { return this.page.locator('[data-testid=library-row]', { hasText: title }).first(); }

  /** Renames the row with title `from` to `to` (the dialog must be open). */
  async rename(from, to) {
    await this.row(from).getByTestId('library-rename').click();
    await this.kp.testId('library-rename-input').fill(to);
    await this.kp.testId('library-rename-save').click();
    await this.row(to).waitFor();
  }

  /** Opens the library and in it the document with `title`. */
  async openDocument(title) {
    await this.open();
    await this.row(title).getByTestId('library-open').click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** Picks a file with `contents` as the import file (the dialog must be open). */
  async importFile(name, contents) {
    await this.kp.testId('library-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  }

  /** Waits until the dialog's message matches `re`. */
  async waitMessage(re) {
    await this.page.waitForFunction(({ source, flags }) => new RegExp(source, flags)
      .test(document.querySelector('[data-testid=library-message]')?.textContent ?? ''), { source: re.source, flags: re.flags });
  }
}

/** Parses stored document texts, by id; an entry that does not parse is left out. */
function parseDocuments(entries) {
  const docs = {};
  for (const [k, v] of Object.entries(entries)) {
    try { docs[k.slice(DOC_PREFIX.length)] = JSON.parse(v); } catch { /* a damaged entry planted by a test */ }
  }
  return docs;
}
