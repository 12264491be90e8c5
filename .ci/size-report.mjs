// Prints the release build's sizes, raw and gzipped. Usage: node .ci/size-report.mjs dist
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync, brotliCompressSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (name, bytes) =>
  console.log(`size: ${name.padEnd(34)} ${kb(bytes.length).padStart(11)} raw ${kb(gzipSync(bytes, { level: 9 }).length).padStart(11)} gzip`);

let total = 0;
let totalGzip = 0;
let totalBrotli = 0;
for (const f of readdirSync(dir).sort()) {
  if (statSync(join(dir, f)).isDirectory()) {
    // The icons: counted in the total, listed as one line.
    const files = readdirSync(join(dir, f)).map((g) => readFileSync(join(dir, f, g)));
    const all = Buffer.concat(files);
    total += all.length;
    totalGzip += gzipSync(all, { level: 9 }).length;
    totalBrotli += brotliCompressSync(all).length;
    row(`${f}/ (${files.length} files)`, all);
    continue;
  }
  const bytes = readFileSync(join(dir, f));
  total += bytes.length;
  totalGzip += gzipSync(bytes, { level: 9 }).length;
  totalBrotli += brotliCompressSync(bytes).length;
  if (/^kring_wasm(-[0-9a-f]+)?\.js$/.test(f)) {
    const b64 = /"([^"]*)"/.exec(bytes.toString('latin1'))[1];
    const inner = Buffer.from(b64, 'base64');
    // Gzipped since #19 (magic 1f 8b); plain in older builds, which this still reads.
    row('wasm (decoded)', inner[0] === 0x1f && inner[1] === 0x8b ? gunzipSync(inner) : inner);
  }
  row(f, bytes);
}
// What a user downloads: every file as the host sends it (raw, gzip or brotli). The
// wasm module is counted once, inside kring_wasm.js (gzipped before base64 there).
console.log(`size: total shipped ${kb(total)} raw, ${kb(totalGzip)} gzip, ${kb(totalBrotli)} brotli (goal ≤ 400 KiB gzip)`);
