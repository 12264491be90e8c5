// "Versleuteld opslaan" in Chromium, as a person meets it: the time from the click on
// "Versleuteld opslaan" to the file (one Argon2id derivation, 19 MiB, 2 passes, plus
// AES-256-GCM of a small genogram, plus the form's 30 ms pause to paint "Bezig…"), and
// from "Ontsleutelen en importeren" to the imported row. Prints figures; not a test.
// Needs a release build in dist/ (`trunk build --release`).
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, KringPage } from '../e2e/harness.mjs';

const RUNS = 7;
const PASSWORD = 'correct paard batterij';
const server = await serveDist();
const browser = await launchBrowser();
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
try {
  const kp = await KringPage.open(browser, server.origin);
  await kp.genogram.create({ stored: true });
  await kp.genogram.add('partner');
  await kp.library.open();
  const seal = [];
  let file;
  for (let i = 0; i < RUNS; i++) {
    await kp.testId('library-row').getByTestId('library-export-encrypted').click();
    await kp.testId('encrypt-password').fill(PASSWORD);
    await kp.testId('encrypt-repeat').fill(PASSWORD);
    const t = performance.now();
    const [dl] = await Promise.all([kp.page.waitForEvent('download'), kp.testId('encrypt-save').click()]);
    seal.push(performance.now() - t);
    file = await readFile(await dl.path());
  }
  const open = [];
  for (let i = 0; i < RUNS; i++) {
    await kp.library.importFile('bench.kring.versleuteld', file);
    await kp.testId('decrypt-password').fill(PASSWORD);
    const t = performance.now();
    await kp.testId('decrypt-open').click();
    await kp.testId('import-conflict').waitFor();
    open.push(performance.now() - t);
    await kp.testId('import-cancel').click();
  }
  console.log(`crypt in Chromium (${RUNS} runs, ${file.length} B file): click → encrypted file median ${median(seal).toFixed(0)} ms (min ${Math.min(...seal).toFixed(0)}); ` +
    `click → decrypted and read median ${median(open).toFixed(0)} ms (min ${Math.min(...open).toFixed(0)}); each includes a 30 ms pause to paint "Bezig…"`);
  await kp.close();
} finally {
  await browser.close();
  await server.close();
}
