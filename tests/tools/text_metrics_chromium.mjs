// Checks src/kernel/text.rs's label widths against what Chromium draws.
//
// Not run in CI: run it after regenerating the width table (tests/tools/glyph_widths.py) or
// changing the drawing font or text CSS. Needs `npm ci` (playwright-core), Debian's chromium and
// fonts-liberation, and cargo:
//
//     node tests/tools/text_metrics_chromium.mjs            # summary; exit 1 if the target is missed
//     node tests/tools/text_metrics_chromium.mjs --verbose  # every string
//     node tests/tools/text_metrics_chromium.mjs --extra-fonts DIR
//
// --extra-fonts adds the fonts under DIR for this Chromium only (a private fontconfig file), to
// check the conservative widths against real fallback fonts without installing them system-wide,
// e.g. after `apt-get download fonts-noto-color-emoji fonts-droid-fallback fonts-noto-core` and
// `dpkg-deb -x` of each into DIR.
//
// It renders ~200 labels (long Dutch names, diacritics, years with ° and †, union texts, capitals,
// digits) as SVG <text> in FONT_FAMILY at several sizes, normal and bold, reads
// getComputedTextLength(), and compares with text_width() (run through a scratch crate that
// includes text.rs by path). Once with Chromium's default text CSS (kerning on), once with
// TEXT_CSS (kerning off, the drawing's CSS). Target, with TEXT_CSS, for every label whose
// characters are all in the table: within 1 % or 0.5 px, and never underestimated by more.
// Labels with characters outside the table must only never be underestimated.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TEXT_RS = join(ROOT, 'src/kernel/text.rs');
const VERBOSE = process.argv.includes('--verbose');
const EXTRA_FONTS = process.argv.includes('--extra-fonts')
  ? resolve(process.argv[process.argv.indexOf('--extra-fonts') + 1])
  : null;
const SIZES = [11, 12, 13, 16];
const WEIGHTS = ['normal', 'bold'];

// FONT_FAMILY and TEXT_CSS straight from text.rs, so the check uses what the app uses.
const src = readFileSync(TEXT_RS, 'utf8');
const FONT_FAMILY = src.match(/pub const FONT_FAMILY: &str = r#"(.*)"#;/)[1];
const TEXT_CSS = src.match(/pub const TEXT_CSS: &str = "(.*)";/)[1];

// --- The corpus -------------------------------------------------------------------------------

const FIRST = [
  'Johanna', 'Wilhelmina', 'Petronella', 'Maria', 'Cornelis', 'Hendrikus', 'Geertruida', 'Adriaan', 'Jacobus',
  'Theodorus', 'Anneke', 'IJsbrand', 'Jeroen', 'Sjoerd', 'Wouter', 'Yvonne', 'Tjitske', 'Aaltje', 'Everdina',
  'Lodewijk', 'Bartholomeus', 'Françoise', 'Chloë', 'Zoë', 'Noël', 'Anaïs', 'Björn', 'Søren', 'Łukasz',
  'Małgorzata', 'Wojciech', 'Şükrü', 'Gülşen', 'Ayşe', 'Ömer', 'Çağla', 'İbrahim', 'Oğuz', 'Jiří', 'Ľubomír',
  'Erzsébet', 'Győző', 'Ștefan', 'Fatima-Zahra', 'Đorđe', 'Ĳsbrand', 'Thijs', 'Fenna', 'Tom', 'Valentijn',
];
const LAST = [
  'van der Berg-de Vries', 'de Vries', 'van den Heuvel', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Vos', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
  'de Graaf', 'van der Meer', 'van der Linden', 'de Haan', 'Vermeulen', 'van den Broek', 'de Bruijn',
  'van Dijk', 'IJzerman', '’t Hart', 'in ’t Veld', 'Van Oranje-Nassau', 'Öztürk', 'Yılmaz', 'Şahin', 'Çelik',
  'Wiśniewski', 'Wójcik', 'Nowak-Żółtowska', 'Müller', 'Groß', 'Ångström', 'Dvořák', 'Țurcanu', 'Łęcka',
  'Tavenier', 'Ypma', 'Wynia', 'Fokkema', 'Terpstra', 'LaTour', 'Vaessen',
];
const YEARS = [
  '° 1955 † 2010', '° 12-03-1955', '† 2010', 'h. 1972', 'g. 1998', 's. 1980', 'h. 1972 – g. 1998', '° ca. 1900',
  '1955–2010', '(45)', '× 1972', '♀ 1980', '♂ 1947', '° 01-01-2000 † 31-12-2099', 'h. 14-02-1981', '†',
  'g. 2003 · h. 2005', '± 1850', '• 1999', '— 1960 —',
];
const SPECIAL = [
  'JOHANNA WILHELMINA PETRONELLA', 'VAN DER BERG-DE VRIES', 'AVATAR TYWAVE', 'LTAVYW', 'WAVY TYPO', 'P. de Vries',
  'T. van Dam', 'Y. Yılmaz', 'W.A. Mozart', 'F. Yvon', 'Tea Towel', 'Yvette Vogel', 'AV Ty Wa LT PA',
  '0123456789', '1111 2222 3333', '31-12-1999', '1/2 ¼ ½ ¾', '“Jo” ‘Pim’', 'Oma’s huis', 'r’ f’', 'zo… dus',
  'Ĳsselmeer', 'ĳverig', 'IJmuiden', 'ÆØÅ æøå', 'ÀÁÂÃÄÅ àáâãäå', 'ÈÉÊË èéêë', 'ÌÍÎÏ ìíîï', 'ÒÓÔÕÖ òóôõö',
  'ÙÚÛÜ ùúûü', 'Ññ Çç Ýý ÿ', 'ĀāĂăĄąĆćĈĉĊċČč', 'ĎďĐđĒēĔĕĖėĘęĚě', 'ĜĝĞğĠġĢģĤĥĦħ', 'ĨĩĪīĬĭĮįİı', 'ĴĵĶķĸĹĺĻļĽľĿŀŁł',
  'ŃńŅņŇňŉŊŋŌōŎŏŐő', 'ŒœŔŕŖŗŘřŚśŜŝŞş', 'ŠšŢţŤťŦŧŨũŪūŬŭŮů', 'ŰűŲųŴŵŶŷŸŹźŻżŽž', 'Γιώργος Παπαδόπουλος',
  'Олександр Шевченко', 'Zoe\u0308 Noe\u0308l', 'Jose\u0301 Rene\u0301e', 'a\u0300 o\u0302 u\u0308 n\u0303 c\u0327',
  'Ŀ l·l Ŀ', 'Ș ș Ț ț', '€ 10 ™ №', 'a — b – c', '‰ ‹›', 'x × y', 'Cœur', '♀ ♂ † ° •', '[Jan] {Piet} <Kees>',
  '!"#$%&\'()*+,-./', ':;<=>?@', '[\\]^_`{|}~', 'ÞþÐð ß',
];
// Characters outside the table: only "never underestimated" is asked of these.
const FALLBACK = [
  '王小明', '山田 太郎', 'محمد علي', 'Emma 😀', '✕ 2001', 'x\u0301 q\u0308', 'Nguyễn Văn Đức', 'Tr\u1ea7n',
  '👨‍👩‍👧 gezin', 'ẞ', '♀\uFE0F', '1\uFE0F\u20E3', '🇳🇱', 'देवनागरी', 'ⓐⓑ', '⚤', '☂ paraplu',
];

function corpus() {
  const out = new Set([...YEARS, ...SPECIAL]);
  for (let i = 0; i < FIRST.length; i++) {
    out.add(`${FIRST[i]} ${LAST[i]}`);
    out.add(`${FIRST[i]} ${FIRST[(i * 7 + 3) % FIRST.length]} ${LAST[(i * 3 + 11) % LAST.length]}`);
    out.add(`${FIRST[i].toUpperCase()} ${LAST[(i * 5 + 1) % LAST.length]}`);
  }
  out.add('Johanna Wilhelmina Petronella');
  out.add('Maria Johanna van der Berg-de Vries');
  return { table: [...out], fallback: FALLBACK };
}

// --- text_width through a scratch crate -------------------------------------------------------

function tableWidths(requests) {
  const dir = join(tmpdir(), 'kring-text-metrics');
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'Cargo.toml'),
    '[package]\nname = "kring-text-metrics"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n',
  );
  writeFileSync(
    join(dir, 'src/main.rs'),
    `#![allow(dead_code)]
#[path = ${JSON.stringify(TEXT_RS)}]
mod text;
use std::io::BufRead;
// Each input line: weight TAB size TAB text; each output line: the width.
fn main() {
    for line in std::io::stdin().lock().lines() {
        let line = line.unwrap();
        let mut parts = line.splitn(3, '\\t');
        let weight = if parts.next() == Some("bold") { text::FontWeight::Bold } else { text::FontWeight::Normal };
        let size: f64 = parts.next().unwrap().parse().unwrap();
        println!("{}", text::text_width(parts.next().unwrap(), size, weight));
    }
}
`,
  );
  const input = requests.map((r) => `${r.weight}\t${r.size}\t${r.text}`).join('\n') + '\n';
  const run = spawnSync('cargo', ['run', '--quiet', '--release'], { cwd: dir, input, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`scratch crate failed:\n${run.stderr}`);
  return run.stdout.trim().split('\n').map(Number);
}

// --- Chromium -------------------------------------------------------------------------------

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function measure(page, requests, css, zoom = 1) {
  // One SVG per call, styled like the export (white-space: pre), one <text> per request; `zoom`
  // scales it through its viewBox, as the canvas does when zoomed (lengths stay in user units).
  const texts = requests
    .map(
      (r, i) =>
        `<text id="t${i}" x="0" y="${20 + i * 20}" font-size="${r.size}" font-weight="${r.weight}">${escape(r.text)}</text>`,
    )
    .join('');
  const html = `<!doctype html><meta charset="utf-8"><style>text{font-family:${FONT_FAMILY};white-space:pre;${css}}</style>
<svg xmlns="http://www.w3.org/2000/svg" width="${2000 * zoom}" height="${(requests.length * 20 + 40) * zoom}"
  viewBox="0 0 2000 ${requests.length * 20 + 40}">${texts}</svg>`;
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(document.getElementById(`t${i}`).getComputedTextLength());
    return out;
  }, requests.length);
}

// The fonts Chromium actually drew a sample with (to show Liberation Sans is in use).
async function platformFonts(page, text) {
  await page.setContent(
    `<!doctype html><meta charset="utf-8"><svg xmlns="http://www.w3.org/2000/svg"><text id="t" y="20" style="font-family:${FONT_FAMILY.replace(/"/g, "'")}">${escape(text)}</text></svg>`,
  );
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#t' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => `${f.familyName} (${f.glyphCount})`).join(', ');
}

// err = table - measured: negative = underestimated (the label could overflow its box).
function summarise(label, rows, { fallback = false } = {}) {
  let maxRel = 0;
  let sumRel = 0;
  let worstUnder = 0;
  let worstUnderRel = 0;
  let misses = 0;
  for (const r of rows) {
    const err = r.table - r.chromium;
    const rel = Math.abs(err) / Math.max(r.chromium, 1e-9);
    maxRel = Math.max(maxRel, rel);
    sumRel += rel;
    if (err < worstUnder) {
      worstUnder = err;
      worstUnderRel = rel;
    }
    if (!(Math.abs(err) <= 0.5 || rel <= 0.01)) misses++;
  }
  const pct = (x) => `${(x * 100).toFixed(3)} %`;
  const under = `worst under ${worstUnder.toFixed(3)} px (${pct(worstUnderRel)})`;
  if (fallback) {
    // Counted conservatively on purpose: only underestimates matter.
    console.log(`${label.padEnd(30)} n=${String(rows.length).padStart(4)}  mean over ${pct(sumRel / rows.length)}  ${under}`);
  } else {
    const stats = `max ${pct(maxRel).padStart(9)}  mean ${pct(sumRel / rows.length).padStart(9)}`;
    console.log(`${label.padEnd(30)} n=${String(rows.length).padStart(4)}  ${stats}  ${under}  outside target ${misses}`);
  }
  return { misses, worstUnder };
}

const { table, fallback } = corpus();
const requests = [];
for (const size of SIZES)
  for (const weight of WEIGHTS)
    for (const [set, list] of [['table', table], ['fallback', fallback]])
      for (const text of list) requests.push({ size, weight, set, text });
const expected = tableWidths(requests);

let env = process.env;
if (EXTRA_FONTS) {
  const conf = join(tmpdir(), 'kring-text-metrics', 'fonts.conf');
  writeFileSync(
    conf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>` +
      `<include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${EXTRA_FONTS}</dir></fontconfig>`,
  );
  env = { ...process.env, FONTCONFIG_FILE: conf };
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  env,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage();
console.log(`Chromium ${browser.version()}; font-family: ${FONT_FAMILY}`);
console.log(`fonts drawn for the Latin corpus: ${await platformFonts(page, table.join(' '))}`);
console.log(`fonts drawn for the fallback corpus: ${await platformFonts(page, fallback.join(' '))}`);
console.log(`corpus: ${table.length} labels in the table, ${fallback.length} with characters outside it\n`);

let failed = false;
for (const [mode, css, zoom] of [
  ['default CSS (kerning on)', '', 1],
  [`TEXT_CSS (${TEXT_CSS})`, TEXT_CSS, 1],
  ['TEXT_CSS, drawing zoomed to 37 %', TEXT_CSS, 0.37],
  ['TEXT_CSS, drawing zoomed to 170 %', TEXT_CSS, 1.7],
  ['text-rendering:optimizeSpeed (kerning on?)', 'text-rendering:optimizeSpeed', 1],
]) {
  const measured = await measure(page, requests, css, zoom);
  const rows = requests.map((r, i) => ({ ...r, table: expected[i], chromium: measured[i] }));
  console.log(`== ${mode}`);
  for (const weight of WEIGHTS) {
    const mine = rows.filter((r) => r.set === 'table' && r.weight === weight);
    const { misses } = summarise(`  ${weight}, all sizes`, mine);
    for (const size of SIZES) summarise(`    ${weight} ${size}px`, mine.filter((r) => r.size === size));
    const fb = rows.filter((r) => r.set === 'fallback' && r.weight === weight);
    const { worstUnder } = summarise(`  ${weight}, fallback labels`, fb, { fallback: true });
    if (css === TEXT_CSS && (misses > 0 || worstUnder < -0.5)) failed = true;
  }
  const sorted = rows
    .filter((r) => r.set === 'table')
    .map((r) => ({ ...r, err: r.table - r.chromium }))
    .sort((a, b) => Math.abs(b.err) - Math.abs(a.err));
  const under = sorted.filter((r) => r.err < 0).sort((a, b) => a.err - b.err);
  for (const r of VERBOSE ? sorted : [...sorted.slice(0, 3), ...under.slice(0, 3)]) {
    console.log(
      `    ${r.weight} ${r.size}px  table ${r.table.toFixed(3)}  chromium ${r.chromium.toFixed(3)}  err ${r.err.toFixed(3)}  ${JSON.stringify(r.text)}`,
    );
  }
  for (const r of rows.filter((r) => r.set === 'fallback' && (VERBOSE || r.chromium - r.table > 1 / 64))) {
    console.log(
      `    fallback ${r.weight} ${r.size}px  table ${r.table.toFixed(3)}  chromium ${r.chromium.toFixed(3)}  ${JSON.stringify(r.text)}`,
    );
  }
  console.log('');
}
await browser.close();
console.log(failed ? 'FAILED: TEXT_CSS widths miss the target' : 'OK: TEXT_CSS widths meet the target');
process.exit(failed ? 1 : 0);
