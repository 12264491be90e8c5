// Runs the layout benchmark in the page: our wasm layout, elkjs (layered) and dagre on
// the same generated families, then shows one table and sets window.benchDone (read by
// run.mjs). Times are medians in ms; "×" columns are crossing counts, all counted by
// our wasm counter (elk's and dagre's routed edges as straight segments).
import init, { bench_graph, bench_ours, bench_ours_from_graph, bench_export, bench_derive, count_crossings_of_segments } from './kring_bench.js';
import { WASM_GZIP_BASE64 } from './kring_wasm.js';

// persons, generations (as the native bench), timed runs of ours and of elk/dagre.
// elk and dagre take seconds to tens of seconds at 10,000 persons: one run there.
const SIZES = [
  { persons: 60, generations: 4, ours: 101, others: 21 },
  { persons: 1000, generations: 6, ours: 31, others: 5 },
  { persons: 10000, generations: 7, ours: 7, others: 1 },
];
const PERSON = 40; // symbol edge, as in our layout
const UNION = 10;

function decode(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const text = atob(b64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (msg) => { console.log(msg); document.getElementById('status').textContent = msg; };

function nodeSize(g, v) { return v < g.persons ? PERSON : UNION; }

/** dagre: build the graph and lay it out; returns the flat segments of routed edges. */
function runDagre(g) {
  const d = new dagre.graphlib.Graph();
  d.setGraph({ rankdir: 'TB' });
  d.setDefaultEdgeLabel(() => ({}));
  const n = g.persons + g.unions;
  for (let v = 0; v < n; v++) d.setNode(String(v), { width: nodeSize(g, v), height: nodeSize(g, v) });
  for (const [a, b] of g.edges) d.setEdge(String(a), String(b));
  dagre.layout(d);
  const flat = [];
  for (const e of d.edges()) {
    const pts = d.edge(e).points;
    for (let i = 0; i + 1 < pts.length; i++) flat.push(pts[i].x, pts[i].y, pts[i + 1].x, pts[i + 1].y);
  }
  return flat;
}

/** elkjs layered: same graph; returns the flat segments of its routed edges. */
async function runElk(g) {
  const elk = new ELK();
  const n = g.persons + g.unions;
  const children = [];
  for (let v = 0; v < n; v++) children.push({ id: 'n' + v, width: nodeSize(g, v), height: nodeSize(g, v) });
  const edges = g.edges.map(([a, b], i) => ({ id: 'e' + i, sources: ['n' + a], targets: ['n' + b] }));
  const out = await elk.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN' },
    children,
    edges,
  });
  const flat = [];
  for (const e of out.edges) {
    for (const s of e.sections ?? []) {
      const pts = [s.startPoint, ...(s.bendPoints ?? []), s.endPoint];
      for (let i = 0; i + 1 < pts.length; i++) flat.push(pts[i].x, pts[i].y, pts[i + 1].x, pts[i + 1].y);
    }
  }
  return flat;
}

/** Median time of `runs` calls (after one warm-up when runs > 1) and the last result. */
async function timeRuns(runs, fn) {
  let last = runs > 1 ? await fn() : null;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), last };
}

async function main() {
  // As public/boot.js: the module is gzipped inside kring_wasm.js.
  const stream = new Blob([decode(WASM_GZIP_BASE64)]).stream().pipeThrough(new DecompressionStream('gzip'));
  await init({ module_or_path: new Response(stream, { headers: { 'Content-Type': 'application/wasm' } }) });
  const rows = [];
  for (const s of SIZES) {
    log(`${s.persons} persons: generating`);
    const g = JSON.parse(bench_graph(s.persons, s.generations));
    log(`${g.persons} persons: ours (${s.ours} runs)`);
    const ours = JSON.parse(bench_ours(s.ours));
    // Fair to the others: from the same graph object they get, converted inside the
    // timed run (stringify here, parse and build our input there), as they build theirs.
    log(`${g.persons} persons: ours from the shared graph (${s.others} runs)`);
    const fair = await timeRuns(s.others, () => JSON.parse(bench_ours_from_graph(JSON.stringify(g), 1)));
    log(`${g.persons} persons: dagre (${s.others} runs)`);
    const dg = await timeRuns(s.others, () => runDagre(g));
    log(`${g.persons} persons: elk (${s.others} runs)`);
    const el = await timeRuns(s.others, () => runElk(g));
    const row = {
      persons: g.persons,
      nodes: g.persons + g.unions,
      edges: g.edges.length,
      ours_ms: ours.median,
      ours_batch: ours.batch,
      ours_from_graph_ms: fair.median,
      elk_ms: el.median,
      dagre_ms: dg.median,
      ratio: fair.median / Math.min(el.median, dg.median),
      ours_crossings: ours.crossings,
      ours_overlaps: ours.overlaps,
      elk_crossings: count_crossings_of_segments(new Float64Array(el.last)),
      dagre_crossings: count_crossings_of_segments(new Float64Array(dg.last)),
      runs: { ours: ours.runs, others: s.others },
    };
    rows.push(row);
    const tr = document.createElement('tr');
    for (const v of [row.persons, row.nodes, row.edges, row.ours_ms.toFixed(3), row.ours_from_graph_ms.toFixed(3), row.elk_ms.toFixed(1), row.dagre_ms.toFixed(1),
      row.ratio.toFixed(4), row.ours_crossings, row.elk_crossings, row.dagre_crossings]) {
      const td = document.createElement('td');
      td.textContent = String(v);
      tr.append(td);
    }
    document.querySelector('#results tbody').append(tr);
    log(`${g.persons} persons: done`);
  }
  // SVG export as the export dialog does it (model → layout → scene → SVG text).
  const exports = [];
  for (const [persons, generations, runs] of [[1000, 5, 9], [10000, 7, 3]]) {
    log(`export of ${persons} persons (${runs} runs)`);
    exports.push(JSON.parse(bench_export(persons, generations, runs)));
  }
  log('key derivation of an encrypted file (Argon2id, 19 MiB, 2 passes)');
  const derive = JSON.parse(bench_derive(7));
  log('done');
  window.benchDone = { rows, exports, derive, userAgent: navigator.userAgent };
}

main().catch((err) => {
  log('failed: ' + err);
  window.benchDone = { error: String(err && err.stack || err) };
});
