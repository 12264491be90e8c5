// Renders the app icons (public/icons/*.png) from public/icons/kring.svg in headless
// Chromium. Not run by CI: the PNGs are committed; run this after changing the mark.
//   node tests/tools/icons.mjs
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'icons');
const svg = readFileSync(join(dir, 'kring.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-background-networking'] });
const page = await browser.newPage();
// "any" icons keep their rounded corners (transparent outside); the maskable one fills
// the square, since the platform cuts its own shape.
for (const [name, size, maskable] of [['kring-192.png', 192, false], ['kring-512.png', 512, false], ['kring-maskable-512.png', 512, true]]) {
  await page.setViewportSize({ width: size, height: size });
  const sized = svg.replace('width="512" height="512">', `width="${size}" height="${size}">`)
    .replace('rx="96"', maskable ? 'rx="0"' : 'rx="96"');
  await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
  await page.screenshot({ path: join(dir, name), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`icons: ${name} (${size}×${size})`);
}
await browser.close();
