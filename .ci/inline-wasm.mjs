// Trunk post-build hook: moves the wasm module into a same-origin script so the page can
// start under `connect-src 'none'` (a fetch of the .wasm file would be a connection).
// Runs in Trunk's staging directory; touches only the build output.
import { readFileSync, writeFileSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hashShell } from './shell-files.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk hook');
const wasmName = readdirSync(dir).find((f) => /^kring.*_bg\.wasm$/.test(f));
if (!wasmName) throw new Error(`no kring *_bg.wasm in ${dir}`);
const wasm = readFileSync(join(dir, wasmName));
// Gzipped before base64: the browser unpacks it with DecompressionStream while it compiles
// (boot.js). Base64 of plain wasm was 4.4 MB raw and still 1.6 MB after a host's gzip,
// because base64 hides the byte patterns gzip looks for; packed first it is about 1.2 MB
// either way, also on hosts that do not compress.
const packed = gzipSync(wasm, { level: 9 });
writeFileSync(join(dir, 'kring_wasm.js'), `export const WASM_GZIP_BASE64 = "${packed.toString('base64')}";\n`);
rmSync(join(dir, wasmName));

// Drop what points at the .wasm file: a fetch-type preload (that file is gone, and the
// preload would be a blocked connection) and the leftover Trunk directive.
const htmlPath = join(dir, 'index.html');
const html = readFileSync(htmlPath, 'utf8')
  .replace(/<link[^>]*rel="preload"[^>]*\.wasm[^>]*>/g, '')
  .replace(/<link data-trunk[^>]*>/g, '');
writeFileSync(htmlPath, html);
console.log(`inline-wasm: ${wasmName} (${wasm.length} bytes, ${packed.length} gzipped) -> kring_wasm.js`);

// Content-hashed names and the service worker's file list (see shell-files.mjs), for the
// app's build only: the benchmark page (tests/bench/web) has no worker.
if (existsSync(join(dir, 'sw.js'))) hashShell(dir);
