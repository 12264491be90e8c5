// Prints the release build's sizes, raw and gzipped. Usage: node .ci/size-report.mjs dist
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, gunzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (name, bytes) =>
  console.log(`size: ${name.padEnd(34)} ${kb(bytes.length).padStart(11)} raw ${kb(gzipSync(bytes, { level: 9 }).length).padStart(11)} gzip`);

let total = 0;
for (const f of readdirSync(dir).sort()) {
  if (statSync(join(dir, f)).isDirectory()) {
    // The icons: counted in the total, listed as one line.
    const files = readdirSync(join(dir, f)).map((g) => readFileSync(join(dir, f, g)));
    const all = Buffer.concat(files);
    total += all.length;
    row(`${f}/ (${files.length} files)`, all);
    continue;
  }
  const bytes = readFileSync(join(dir, f));
  total += bytes.length;
  if (/^kring_wasm(-[0-9a-f]+)?\.js$/.test(f)) {
    const b64 = /"([^"]*)"/.exec(bytes.toString('latin1'))[1];
    row('wasm (decoded)', gunzipSync(Buffer.from(b64, 'base64')));
  }
  row(f, bytes);
}
console.log(`size: total shipped ${kb(total)} raw`);
