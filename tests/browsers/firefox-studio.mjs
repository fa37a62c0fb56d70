// The Content Studio in a second engine: Firefox (Debian's firefox-esr,
// driven over WebDriver BiDi by puppeteer-core), over http and opened from
// disk. It opens, checks the default content, shows the real widget in its
// preview, marks a mistake as it is typed, and clears it once undone.
// The Chromium e2e tests (tests/e2e/studio.spec.mjs) cover the rest.
// Usage: node tests/browsers/firefox-studio.mjs   (after trunk build --release)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = 4192;
const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
if (!firefox) throw new Error('Firefox is not installed: run scripts/setup.sh test');

const server = spawn('node', ['tests/e2e/server.mjs', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true });

function check(condition, what) {
  if (!condition) throw new Error(`Firefox: ${what}`);
  console.log(`    ok: ${what}`);
}

try {
  for (const [where, url] of [
    ['over http', `http://127.0.0.1:${port}/studio.html`],
    ['from disk', `file://${root}dist/studio.html`],
  ]) {
    console.log(`  Firefox, ${where}`);
    const page = await browser.newPage();
    await page.setViewport({ width: 1440, height: 1000 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page.waitForSelector('body[data-checked]', { timeout: 30_000 });
    const problems = () => page.$eval('#problems', (list) => list.textContent);
    check((await problems()).includes('No mistakes'), 'the default content checks without mistakes');
    await page.waitForFunction(() => Number(document.body.dataset.previewed) > 0, { timeout: 30_000 });
    check(true, 'the preview shows the widget');
    // A misspelt field at the end of site.toml, then undone.
    await page.click('.cm-content');
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.type('\nacent = 3');
    await page.waitForSelector('#problems li.error', { timeout: 10_000 });
    const said = await problems();
    check(said.includes('site.toml:') && said.includes('unknown field `acent`'), 'a mistake is listed with its file, line and message');
    check((await page.$$('.cm-lintRange-error')).length > 0, 'the mistake is underlined in the editor');
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.querySelector('#problems').textContent.includes('No mistakes'), { timeout: 10_000 });
    check(true, 'undo clears it');
    check(errors.length === 0, `no page errors${errors.length ? `: ${errors.join('; ')}` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
