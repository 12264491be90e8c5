// Storage benchmark in Chromium (not a test; prints figures): save and load of a
// 1,000-person genogram through the app, with the real localStorage.
// Needs the release build in dist/ (trunk build --release). Run: node tests/bench/storage.mjs
//
// Load = click "Openen" on a library row (read + parse + check + open the editor);
// save = Ctrl+S after a change (serialise + write document + update index). Both are
// timed around the synchronous event dispatch, so the figures exclude the redraw that
// follows; the goal is 50 ms each.
import { serveDist, launchBrowser, KringPage } from '../e2e/harness.mjs';
import { bigGenogram } from '../e2e/big-family.mjs';

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1).padStart(6)} ms   min ${s[0].toFixed(1).padStart(6)} ms   (${s.length} runs)`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
const server = await serveDist();
const browser = await launchBrowser();
try {
  const kp = await KringPage.open(browser, server.origin);
  const docs = ['groot1', 'groot2'].map((id) => JSON.stringify(bigGenogram(1000, id), null, 2));
  await kp.page.evaluate((docs) => {
    localStorage.setItem('kring.doc.groot1', docs[0]);
    localStorage.setItem('kring.doc.groot2', docs[1]);
    localStorage.setItem('kring.last', 'groot1');
  }, docs);
  console.log(`document: 1000 persons, ${(docs[0].length / 1024).toFixed(0)} KiB of JSON`);

  const reloads = [];
  for (let i = 0; i < 5; i++) {
    const t = Date.now();
    await kp.reload();
    await kp.page.waitForFunction(() => document.querySelector('[data-testid=doc-title]')?.value.startsWith('Groot'));
    reloads.push(Date.now() - t);
  }

  const loads = [];
  for (let i = 0; i < 12; i++) {
    await kp.testId('menu-open').click();
    await kp.testId('library-dialog').waitFor();
    const target = i % 2 === 0 ? 'groot2' : 'groot1';
    loads.push(await kp.page.evaluate((id) => {
      const button = document.querySelector(`[data-testid=library-row][data-id="${id}"] [data-testid=library-open]`);
      const t = performance.now();
      button.click();
      return performance.now() - t;
    }, target));
    await kp.page.waitForFunction(() => !document.querySelector('[data-testid=library-dialog]'));
  }

  const saves = [];
  for (let i = 0; i < 12; i++) {
    await kp.testId('doc-title').fill(`Groot ${i}`);
    await kp.testId('doc-title').press('Enter');
    saves.push(await kp.page.evaluate(() => {
      const t = performance.now();
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true, bubbles: true, cancelable: true }));
      return performance.now() - t;
    }));
    await kp.page.waitForFunction(() => /Opgeslagen om/.test(document.querySelector('[data-testid=status-message]').textContent));
  }
  const stored = await kp.page.evaluate(() => localStorage.getItem('kring.doc.groot1') ?? localStorage.getItem('kring.doc.groot2'));
  if (!stored.includes('"Groot 11"') && !(await kp.page.evaluate(() => Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('"Groot 11"'))))) {
    throw new Error('the last save is not in localStorage');
  }

  console.log(`chromium load (click Openen → editor open), goal 50 ms: ${stats(loads)}`);
  console.log(`chromium save (Ctrl+S after a change),      goal 50 ms: ${stats(saves)}`);
  console.log(`chromium reload with the document reopened (incl. wasm start): ${stats(reloads)}`);
  if (kp.errors.length) console.log('page errors:', kp.errors);
  await kp.close();
} finally {
  await browser.close();
  await server.close();
}
}
