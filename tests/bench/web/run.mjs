// Serves the built benchmark page (target/bench-web, see .ci/bench) on 127.0.0.1, runs it
// in headless Chromium and prints the table: median times of our wasm layout, elkjs
// (layered) and dagre on the same graphs, the ratio ours / faster of the two, and the
// crossing counts. Exits non-zero only when the page fails; missed goals are printed.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../e2e/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const dist = join(root, 'target', 'bench-web');
// elkjs at 10,000 persons alone takes tens of seconds.
const TIMEOUT_MS = 20 * 60 * 1000;
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm' };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dist, path === '/' ? 'index.html' : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end('not found');
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchBrowser();
let result;
try {
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`  [page] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`  [page error] ${e}`));
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.goto(origin + '/');
  await page.waitForFunction(() => window.benchDone !== undefined, null, { timeout: TIMEOUT_MS, polling: 500 });
  result = await page.evaluate(() => window.benchDone);
} finally {
  await browser.close();
  server.close();
}
if (result.error) {
  console.error('benchmark page failed:\n' + result.error);
  process.exit(1);
}

const pad = (v, w) => String(v).padStart(w);
console.log(`\nbrowser: ${result.userAgent}`);
console.log('median ms per layout; crossings counted alike (elk/dagre edges as straight segments)');
console.log('"ours" lays out our prepared input; "ours/graph" starts from the graph object elk and dagre get');
console.log('(stringify, parse, build our input, lay out), and the ratio uses that fair figure');
console.log([pad('persons', 7), pad('nodes', 6), pad('edges', 6), pad('ours', 9), pad('ours/graph', 10), pad('elk', 10), pad('dagre', 10),
  pad('ours/faster', 11), pad('ours ×', 7), pad('elk ×', 7), pad('dagre ×', 8)].join(' '));
let met = true;
for (const r of result.rows) {
  console.log([pad(r.persons, 7), pad(r.nodes, 6), pad(r.edges, 6), pad(r.ours_ms.toFixed(3), 9), pad(r.ours_from_graph_ms.toFixed(3), 10), pad(r.elk_ms.toFixed(1), 10),
    pad(r.dagre_ms.toFixed(1), 10), pad(r.ratio.toFixed(4), 11), pad(r.ours_crossings, 7), pad(r.elk_crossings, 7),
    pad(r.dagre_crossings, 8)].join(' '));
  met &&= r.ratio <= 0.05 && r.ours_crossings <= r.dagre_crossings && r.ours_overlaps === 0;
}
console.log(`runs: ours ${result.rows.map((r) => r.runs.ours).join('/')} (batched), elk and dagre ${result.rows.map((r) => r.runs.others).join('/')}`);
console.log(`goal (ours ≤ 0.05 × faster, no more crossings than dagre, no overlaps): ${met ? 'met' : 'MISSED'}`);

console.log('\nSVG export in the browser (model → layout → scene → SVG), median ms');
console.log([pad('persons', 7), pad('total', 9), pad('min', 9), pad('layout+scene', 12), pad('to_svg', 8), pad('SVG size', 10), pad('goal', 6)].join(' '));
for (const e of result.exports ?? []) {
  const goal = e.persons <= 2000 ? 50 : 500;
  console.log([pad(e.persons, 7), pad(e.median.toFixed(1), 9), pad(e.min.toFixed(1), 9), pad(e.layout_scene.toFixed(1), 12),
    pad(e.to_svg.toFixed(1), 8), pad(`${(e.bytes / 1e6).toFixed(2)} MB`, 10), pad(`${e.median <= goal ? '≤' : '>'}${goal}`, 6)].join(' '));
}
if (result.derive) {
  console.log(`\nkey derivation of an encrypted file in the browser (Argon2id, 19 MiB, 2 passes): median ${result.derive.median.toFixed(1)} ms, min ${result.derive.min.toFixed(1)} ms over ${result.derive.runs} runs`);
}
