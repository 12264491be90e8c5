// Second half of the Trunk post-build hook (called by .ci/inline-wasm.mjs): gives the
// build's scripts and stylesheet content-hashed names and writes the service worker's
// file list, so that
// - a cache (the browser's, a proxy's or the service worker's) can never pair a new
//   kring.js with an old kring_wasm.js: boot.js imports both by their hashed names and
//   is itself hashed, and index.html names that boot file;
// - every URL is relative, so the folder works from any path of any static host
//   (https://host/, https://host/kring/, http://localhost:8080/);
// - sw.js (fixed name: browsers look for updates at the same URL) changes with every
//   build, which is how a browser learns that a new version is on the host.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, renameSync, readdirSync, statSync } from 'node:fs';
import { join, extname, basename } from 'node:path';

const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Renames `name` in `dir` to name-<hash>.ext; returns the new name. */
function hashName(dir, name) {
  const bytes = readFileSync(join(dir, name));
  const ext = extname(name);
  const hashed = `${basename(name, ext)}-${hash(bytes)}${ext}`;
  renameSync(join(dir, name), join(dir, hashed));
  return hashed;
}

/** Replaces `from` by `to` in `text`; throws when it does not occur (a silent miss would ship a broken build). */
function replaceAll(text, from, to, where) {
  if (!text.includes(from)) throw new Error(`shell-files: ${from} not found in ${where}`);
  return text.split(from).join(to);
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function walk(dir, sub = '') {
  return readdirSync(join(dir, sub)).sort().flatMap((f) => {
    const path = sub ? `${sub}/${f}` : f;
    return statSync(join(dir, path)).isDirectory() ? walk(dir, path) : [path];
  });
}

export function hashShell(dir) {
  const js = hashName(dir, 'kring.js');
  const wasm = hashName(dir, 'kring_wasm.js');
  let boot = readFileSync(join(dir, 'boot.js'), 'utf8');
  boot = replaceAll(boot, "'./kring.js'", `'./${js}'`, 'boot.js');
  boot = replaceAll(boot, "'./kring_wasm.js'", `'./${wasm}'`, 'boot.js');
  writeFileSync(join(dir, 'boot.js'), boot);
  const renamed = { 'boot.js': hashName(dir, 'boot.js'), 'kring.css': hashName(dir, 'kring.css'), 'kring.js': js };

  const htmlPath = join(dir, 'index.html');
  let html = readFileSync(htmlPath, 'utf8');
  for (const [from, to] of Object.entries(renamed)) {
    // Trunk writes href="/kring.css"; index.html has src="boot.js": both become relative.
    html = html.replace(new RegExp(`(href|src)="(?:\\.?/)?${from.replace('.', '\\.')}"`, 'g'), `$1="${to}"`);
  }
  for (const from of Object.keys(renamed)) {
    if (new RegExp(`"(?:\\.?/)?${from.replace('.', '\\.')}"`).test(html)) throw new Error(`shell-files: index.html still names ${from}`);
  }
  if (/(href|src)="\//.test(html)) throw new Error('shell-files: index.html has an absolute path; it would break under a sub-path');
  writeFileSync(htmlPath, html);

  // The worker caches every file but itself; index.html is cached as the folder URL.
  const files = walk(dir).filter((f) => f !== 'sw.js' && f !== 'index.html');
  const version = createHash('sha256');
  for (const f of walk(dir).filter((f) => f !== 'sw.js')) version.update(f).update('\0').update(readFileSync(join(dir, f)));
  const build = { version: version.digest('hex').slice(0, 16), files };
  const swPath = join(dir, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const line = /^const BUILD = .*;$/m;
  if (!line.test(sw)) throw new Error('shell-files: no "const BUILD = …;" line in sw.js');
  writeFileSync(swPath, sw.replace(line, `const BUILD = ${JSON.stringify(build)};`));
  console.log(`shell-files: ${Object.values(renamed).join(', ')}, ${wasm}; sw.js version ${build.version}, ${files.length} files`);
  return build;
}
