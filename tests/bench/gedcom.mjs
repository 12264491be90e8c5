// Genealogy files at size, in Chromium (not a test; prints figures; issue #18): a GEDCOM
// file of 761 and of 2,000 persons imported through the library's file input, its first
// drawing, one edit and one drag step. Needs the release build in dist/.
// Run: node tests/bench/gedcom.mjs
//
// import: from the file input's change event until the import report is shown (read,
//   decode, parse, build the genogram, store it in the library);
// first drawing: from the click on "Openen" until every person is drawn and painted;
// edit: one click on "+ Dochter" until painted;
// drag step: one pointer move of a dragged person until painted (a frame, 16.7 ms, is
//   the floor of this measure; see drag.mjs).
// Goals: import and first drawing ≤ 200 ms, a drag step ≤ 16.7 ms at 761 persons.
import { serveDist, launchBrowser, KringPage } from '../e2e/harness.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]; };
const fmt = (x) => x.toFixed(1).padStart(7);

/** A GEDCOM 5.5.1 file of `n` persons: couples with two children each, over generations,
 *  every person with a name, sex, birth date and place and an occupation. */
export function bigGedcom(n) {
  const out = ['0 HEAD', '1 SOUR Kring-bench', '1 GEDC', '2 VERS 5.5.1', '2 FORM LINEAGE-LINKED', '1 CHAR UTF-8'];
  const persons = [];
  const fams = [];
  const person = (sex, year) => { persons.push({ id: persons.length + 1, sex, year }); return persons.length; };
  const queue = [[person('M', 1800), 1800]];
  while (persons.length < n) {
    const [p, year] = queue.shift();
    const partner = person('F', year + 2);
    const fam = { id: fams.length + 1, husb: p, wife: partner, year: year + 25, children: [] };
    fams.push(fam);
    for (const sex of ['M', 'F']) {
      if (persons.length >= n) break;
      const child = person(sex, year + 25);
      fam.children.push(child);
      queue.push([child, year + 25]);
    }
  }
  const famc = new Map(fams.flatMap((f) => f.children.map((c) => [c, f.id])));
  const fams_of = new Map();
  for (const f of fams) for (const p of [f.husb, f.wife]) fams_of.set(p, [...(fams_of.get(p) ?? []), f.id]);
  for (const p of persons) {
    out.push(`0 @I${p.id}@ INDI`, `1 NAME Voornaam${p.id} /van der Berg-de Vries/`, `1 SEX ${p.sex}`,
      '1 BIRT', `2 DATE 15 MAR ${p.year}`, '2 PLAC Amersfoort', '1 OCCU Timmerman');
    if (p.year < 1900) out.push('1 DEAT', `2 DATE ABT ${p.year + 70}`);
    if (famc.has(p.id)) out.push(`1 FAMC @F${famc.get(p.id)}@`);
    for (const f of fams_of.get(p.id) ?? []) out.push(`1 FAMS @F${f}@`);
  }
  for (const f of fams) {
    out.push(`0 @F${f.id}@ FAM`, `1 HUSB @I${f.husb}@`, `1 WIFE @I${f.wife}@`, '1 MARR', `2 DATE ${f.year - 1}`);
    for (const c of f.children) out.push(`1 CHIL @I${c}@`);
  }
  out.push('0 TRLR');
  return out.join('\r\n') + '\r\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
const server = await serveDist(process.env.KRING_DIST || undefined);
const browser = await launchBrowser();
try {
  console.log(`${'persons'.padStart(7)} ${'import'.padStart(7)} ${'drawn'.padStart(7)} ${'edit'.padStart(7)} ${'drag p50'.padStart(8)} ${'drag p95'.padStart(8)}   (ms; median of 3 imports; goals 200 / 200 / - / 16.7 at 761)`);
  for (const n of [761, 2000]) {
    const file = Buffer.from(bigGedcom(n));
    const runs = { import: [], drawn: [], edit: [], drag: [] };
    for (let run = 0; run < 3; run++) {
      const kp = await KringPage.open(browser, server.origin);
      await kp.page.evaluate(() => {
        // The import starts when the file input reports its file.
        document.addEventListener('change', (e) => {
          if (e.target?.dataset?.testid === 'library-file') window.__importStart = performance.now();
        }, true);
      });
      await kp.library.open();
      const reported = kp.page.evaluate(() => new Promise((resolve) => {
        new MutationObserver((_, obs) => {
          if (document.querySelector('[data-testid=gedcom-report]')) { obs.disconnect(); resolve(performance.now()); }
        }).observe(document, { childList: true, subtree: true });
      }));
      await kp.testId('library-file').setInputFiles({ name: `groot-${n}.ged`, mimeType: 'application/octet-stream', buffer: file });
      const reportAt = await reported;
      runs.import.push(reportAt - await kp.page.evaluate(() => window.__importStart));
      // Open it: click to every person drawn and painted.
      runs.drawn.push(await kp.page.evaluate(async ([id, n]) => {
        const button = document.querySelector(`[data-testid=library-row][data-id="${id}"] [data-testid=library-open]`)
          ?? [...document.querySelectorAll('[data-testid=library-row]')].find((r) => r.textContent.includes(id))?.querySelector('[data-testid=library-open]');
        const t = performance.now();
        button.click();
        while (document.querySelectorAll('g[data-person]').length < n) await new Promise((r) => setTimeout(r, 1));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t;
      }, [`groot-${n}`, n]));
      // One edit: + Dochter on a person found by name.
      const target = Math.floor(n / 2);
      await kp.page.keyboard.press('Control+f');
      await kp.testId('search-input').fill(`Voornaam${target}`);
      await kp.page.locator('[data-testid=search-result]').first().click();
      await kp.testId('add-daughter').waitFor();
      runs.edit.push(await kp.page.evaluate(async () => {
        const t = performance.now();
        document.querySelector('[data-testid=add-daughter]').click();
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t;
      }));
      // A drag of that person: 40 pointer moves.
      const selected = await kp.page.locator('[data-person-ring]').first().getAttribute('data-person-ring');
      runs.drag.push(...await kp.page.evaluate(async (id) => {
        const person = document.querySelector(`g[data-person="${id}"]`);
        const svg = document.querySelector('[data-testid=canvas]');
        const box = person.getBoundingClientRect();
        const at = (x) => ({ bubbles: true, cancelable: true, pointerId: 1, button: 0, buttons: 1, clientX: x, clientY: box.y + box.height / 2 });
        person.dispatchEvent(new PointerEvent('pointerdown', at(box.x + box.width / 2)));
        const times = [];
        for (let i = 1; i <= 40; i++) {
          const t = performance.now();
          svg.dispatchEvent(new PointerEvent('pointermove', at(box.x + box.width / 2 + i * 4)));
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          times.push(performance.now() - t);
        }
        svg.dispatchEvent(new PointerEvent('pointerup', at(box.x + box.width / 2 + 160)));
        return times.slice(2);
      }, selected));
      if (kp.errors.length) console.log('page errors:', kp.errors);
      await kp.close();
    }
    console.log(`${String(n).padStart(7)} ${fmt(median(runs.import))} ${fmt(median(runs.drawn))} ${fmt(median(runs.edit))} ${fmt(median(runs.drag)).padStart(8)} ${fmt(p95(runs.drag)).padStart(8)}`);
  }
} finally {
  await browser.close();
  await server.close();
}
}
