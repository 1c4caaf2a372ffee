// node /tmp/shot.mjs <dist> <outdir> name:w:h:query ...
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const [root, out, ...specs] = process.argv.slice(2);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.woff2': 'font/woff2', '.geojson': 'application/json', '.svg': 'image/svg+xml', '.csv': 'text/csv' };
const server = createServer((req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': types[extname(p)] ?? 'application/octet-stream' });
  res.end(readFileSync(p));
}).listen(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
for (const spec of specs) {
  const [name, w, h, q = '', key = ''] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: +w, height: +h } });
  page.on('pageerror', (e) => console.log(name, 'PAGEERROR', e.message));
  await page.goto(`http://localhost:${port}/${q}`);
  await page.waitForFunction(() => document.documentElement.dataset.mapReady === 'true', null, { timeout: 120000 });
  if (key.startsWith('@')) {
    const [lon, lat, zoom] = key.slice(1).split(',').map(Number);
    await page.evaluate(([lon, lat, zoom]) => window.__corridor.map.jumpTo({ center: [lon, lat], zoom }), [lon, lat, zoom]);
    await page.waitForTimeout(3000);
  } else if (key.startsWith('click:')) {
    await page.getByRole('button', { name: key.slice(6) }).click();
    await page.waitForTimeout(800);
  } else for (const k of key.split(',').filter(Boolean)) { await page.keyboard.press(k); await page.waitForTimeout(1200); }
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log('shot', name);
  await page.close();
}
await browser.close(); server.close();
