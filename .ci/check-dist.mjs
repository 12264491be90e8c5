// Checks a release folder before it goes to a host: every file the page, the boot script
// and the service worker name exists; scripts and stylesheet carry a content hash; no
// URL is absolute (so any sub-path works); the CSP still forbids connections; and the
// manifest names icons that exist. Usage: node .ci/check-dist.mjs dist
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const problems = [];
const read = (f) => readFileSync(join(dir, f), 'utf8');
const need = (f, from) => { if (!existsSync(join(dir, f))) problems.push(`${from} names ${f}, which is missing`); };

const html = read('index.html');
const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
for (const ref of refs) {
  if (/^(\/|[a-z]+:)/i.test(ref)) problems.push(`index.html: ${ref} is absolute; it must be relative`);
  else need(ref, 'index.html');
}
const boot = refs.find((r) => /^boot-[0-9a-f]{16}\.js$/.test(r));
if (!boot) problems.push('index.html does not load a content-hashed boot-<hash>.js');
if (!refs.some((r) => /^kring-[0-9a-f]{16}\.css$/.test(r))) problems.push('index.html has no content-hashed stylesheet');
const csp = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
for (const rule of ["connect-src 'none'", "default-src 'none'", "worker-src 'self'", "manifest-src 'self'"]) {
  if (!csp.includes(rule)) problems.push(`the CSP lacks ${rule}`);
}
if (boot) {
  const imports = [...read(boot).matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]);
  if (!imports.some((f) => /^kring-[0-9a-f]{16}\.js$/.test(f)) || !imports.some((f) => /^kring_wasm-[0-9a-f]{16}\.js$/.test(f))) {
    problems.push(`${boot} must import kring-<hash>.js and kring_wasm-<hash>.js, found ${imports.join(', ')}`);
  }
  for (const f of imports) need(f, boot);
}
const build = JSON.parse(/^const BUILD = (.*);$/m.exec(read('sw.js'))?.[1] ?? 'null');
if (!build || build.version === 'dev' || !build.files.length) problems.push('sw.js has no build file list');
else for (const f of build.files) need(f, 'sw.js');
const manifest = JSON.parse(read('manifest.webmanifest'));
for (const field of ['name', 'short_name', 'start_url', 'display', 'icons', 'theme_color']) {
  if (!manifest[field]) problems.push(`manifest.webmanifest lacks ${field}`);
}
for (const icon of manifest.icons ?? []) need(icon.src, 'manifest.webmanifest');

if (problems.length) {
  for (const p of problems) console.error(`check-dist: ${p}`);
  process.exit(1);
}
console.log(`check-dist: ${dir}/ is complete: ${refs.length} references, ${build.files.length} cached files, version ${build.version}`);
