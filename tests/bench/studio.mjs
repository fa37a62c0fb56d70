// Content Studio benchmark: its download, the time to its first check, and
// edit → marks and preview updated, for the default content.
// Serves dist/ (build it first: `trunk build --release`) on loopback and
// drives the studio in headless Chromium on this machine (no throttling: the
// studio is a desktop tool). Prints median and p95.
// Usage: npm run bench:studio [-- edits]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const edits = Number(process.argv[2] ?? 30);
const port = 4191;
const root = fileURLToPath(new URL('../..', import.meta.url));
const server = spawn('node', ['tests/e2e/server.mjs', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const size = (file) => readFileSync(`${root}dist/${file}`);
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const file of ['studio.js', 'studio-widget.js']) {
    const bytes = size(file);
    console.log(`${file.padEnd(18)} ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
  }
  const firstChecks = [];
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const started = Date.now();
    await page.goto(`http://127.0.0.1:${port}/studio.html`);
    await page.waitForSelector('body[data-checked]');
    firstChecks.push(Date.now() - started);
    await page.close();
  }
  console.log(`open → first check: median ${percentile(firstChecks, 50)} ms, p95 ${percentile(firstChecks, 95)} ms`);

  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await page.goto(`http://127.0.0.1:${port}/studio.html`);
  await page.waitForSelector('body[data-checked]');
  await page.locator('#file-list button', { hasText: /^treatments\.toml/ }).click();
  // The cursor after `currency = "USD"`: an x there is a mistake.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  await page.getByRole('textbox', { name: 'Find' }).pressSequentially('currency = "USD"');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  const marks = [];
  const previews = [];
  for (let i = 0; i < edits; i++) {
    // Alternate a mistake and its fix, so that marks appear and go.
    const checked = Number(await page.getAttribute('body', 'data-checked'));
    const previewed = Number((await page.getAttribute('body', 'data-previewed')) ?? 0);
    const started = await page.evaluate(() => performance.now());
    await page.keyboard.press(i % 2 ? 'Backspace' : 'x');
    await page.waitForFunction((n) => Number(document.body.dataset.checked) > n, checked);
    marks.push((await page.evaluate(() => performance.now())) - started);
    if (i % 2) {
      // After a fix, the preview shows the good content again.
      await page.waitForFunction((n) => Number(document.body.dataset.previewed) > n, previewed);
      previews.push((await page.evaluate(() => performance.now())) - started);
    }
  }
  const report = (name, values) =>
    console.log(`${name}: median ${Math.round(percentile(values, 50))} ms, p95 ${Math.round(percentile(values, 95))} ms (${values.length} edits)`);
  report('edit → marks updated', marks);
  report('edit → preview updated', previews);
} finally {
  await browser.close();
  server.kill();
}
