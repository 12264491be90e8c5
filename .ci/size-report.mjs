// Prints the release build's sizes, raw and gzipped. Usage: node .ci/size-report.mjs dist
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (name, bytes) =>
  console.log(`size: ${name.padEnd(22)} ${kb(bytes.length).padStart(11)} raw ${kb(gzipSync(bytes, { level: 9 }).length).padStart(11)} gzip`);

let total = 0;
for (const f of readdirSync(dir).sort()) {
  const bytes = readFileSync(join(dir, f));
  total += bytes.length;
  if (f === 'kring_wasm.js') {
    const b64 = /"([^"]*)"/.exec(bytes.toString('latin1'))[1];
    row('wasm (decoded)', Buffer.from(b64, 'base64'));
  }
  row(f, bytes);
}
console.log(`size: total shipped ${kb(total)} raw`);
