// The export dialog: SVG and PNG downloads, optionally anonymised.

export class ExportPage {
  constructor(kp) {
    this.kp = kp;
    this.dialog = kp.testId('export-dialog');
  }

  /** Opens the export dialog from the menu. */
  async open() {
    await this.kp.testId('menu-export').click();
    await this.dialog.waitFor();
  }

  /** Opens the dialog, optionally anonymises (e.g. 'roles'), and downloads the SVG: { name, text }. */
  async svg({ anonymise } = {}) {
    await this.open();
    if (anonymise) await this.kp.testId('export-anonymise').selectOption(anonymise);
    return this.kp.download(() => this.kp.testId('export-svg').click());
  }

  /** Opens the dialog, optionally sets the scale (e.g. '1'), and downloads the PNG: { name, bytes }. */
  async png({ scale } = {}) {
    await this.open();
    if (scale) await this.kp.testId('export-scale').selectOption(scale);
    return this.kp.download(() => this.kp.testId('export-png').click());
  }

  /** Opens the dialog, optionally anonymises, and downloads the PNG: { name, bytes }. */
  async pngAnonymised({ anonymise, scale } = {}) {
    await this.open();
    if (anonymise) await this.kp.testId('export-anonymise').selectOption(anonymise);
    if (scale) await this.kp.testId('export-scale').selectOption(scale);
    return this.kp.download(() => this.kp.testId('export-png').click());
  }

  /**
   * Opens the dialog and downloads the anonymous copy: { name, bytes, text }. `anonymise`
   * picks names ('roles' or 'initials'), `shift` (years) shifts dates instead of keeping
   * years only.
   */
  async copy({ anonymise, shift } = {}) {
    await this.open();
    if (anonymise) await this.kp.testId('export-anonymise').selectOption(anonymise);
    if (shift !== undefined) {
      await this.kp.testId('export-copy-dates').selectOption('shift');
      await this.kp.fill('export-copy-shift', String(shift));
    }
    return this.kp.download(() => this.kp.testId('export-copy').click());
  }
}
