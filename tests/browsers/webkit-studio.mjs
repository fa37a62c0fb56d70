// The Content Studio in WebKit, Safari's engine: Debian's WebKitGTK
// (MiniBrowser, driven by WebKitWebDriver through selenium-webdriver) in a
// virtual display, over http and opened from disk. The same checks as the
// Firefox run: it opens, checks the default content, shows the real widget
// in its preview, marks a mistake as it is typed, and clears it once undone;
// with no File System Access API (as in Safari) it offers opening a zip;
// and its export is a zip holding the compiled content and its sources.
// Usage: xvfb-run -a node tests/browsers/webkit-studio.mjs   (after trunk build --release)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { Builder, By, Key, until } from 'selenium-webdriver';

const root = fileURLToPath(new URL('../..', import.meta.url));
const port = 4193;
const driverPort = 4195; // (the test server takes port and port + 1)
const miniBrowser = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'].find(existsSync);
if (!miniBrowser || !existsSync('/usr/bin/WebKitWebDriver')) throw new Error('WebKitGTK is not installed: run scripts/setup.sh test');

const server = spawn('node', ['tests/e2e/server.mjs', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));
const webDriver = spawn('/usr/bin/WebKitWebDriver', [`--port=${driverPort}`, '--host=127.0.0.1'], { stdio: ['ignore', 'inherit', 'inherit'] });
// It prints nothing when ready: wait until it answers.
for (let tries = 0; ; tries++) {
  const ready = await fetch(`http://127.0.0.1:${driverPort}/status`).then((r) => r.ok, () => false);
  if (ready) break;
  if (tries > 100) throw new Error('WebKitWebDriver did not start');
  await new Promise((wait) => setTimeout(wait, 100));
}

const capabilities = {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
};
const driver = await new Builder().usingServer(`http://127.0.0.1:${driverPort}`).withCapabilities(capabilities).build();

function check(condition, what) {
  if (!condition) throw new Error(`WebKit: ${what}`);
  console.log(`    ok: ${what}`);
}

const text = (selector) => driver.executeScript((s) => document.querySelector(s)?.textContent ?? '', selector);
const waitUntil = (script, what, timeout = 30_000) =>
  driver.wait(async () => Boolean(await driver.executeScript(script)), timeout, `WebKit: waited for ${what}`);

try {
  const version = await driver.getCapabilities().then((c) => c.get('browserVersion'));
  console.log(`  WebKitGTK ${version}`);
  for (const [where, url] of [
    ['over http', `http://127.0.0.1:${port}/studio.html`],
    ['from disk', `file://${root}dist/studio.html`],
  ]) {
    console.log(`  WebKit, ${where}`);
    await driver.get(url);
    await driver.wait(until.elementLocated(By.css('body[data-checked]')), 30_000);
    check((await text('#problems')).includes('No mistakes'), 'the default content checks without mistakes');
    await waitUntil('return Number(document.body.dataset.previewed) > 0', 'the preview');
    check(true, 'the preview shows the widget');
    check(
      await driver.executeScript("return !('showDirectoryPicker' in window) && !!document.querySelector('#open-zip')"),
      'without the File System Access API it offers opening a zip',
    );
    // A misspelt field at the end of site.toml, then undone.
    const editor = await driver.findElement(By.css('.cm-content'));
    await editor.click();
    await driver.actions().keyDown(Key.CONTROL).sendKeys(Key.END).keyUp(Key.CONTROL).perform();
    await driver.actions().sendKeys(Key.ENTER, 'acent = 3').perform();
    await waitUntil("return document.querySelector('#problems li.error')", 'the mistake to be listed', 10_000);
    const said = await text('#problems');
    check(said.includes('site.toml:') && said.includes('unknown field `acent`'), 'a mistake is listed with its file, line and message');
    check((await driver.findElements(By.css('.cm-lintRange-error'))).length > 0, 'the mistake is underlined in the editor');
    await driver.actions().keyDown(Key.CONTROL).sendKeys('z').keyUp(Key.CONTROL).perform();
    await waitUntil("return document.querySelector('#problems').textContent.includes('No mistakes')", 'undo to clear it', 10_000);
    check(true, 'undo clears it');
    // Export for website: the zip the browser is handed to save.
    await driver.executeScript(() => {
      const make = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        window.exported = blob;
        return make(blob);
      };
    });
    await driver.findElement(By.id('export')).click();
    // It compiles every language in WebKit's wasm: seconds on a loaded machine.
    await waitUntil('return window.exported', 'the export', 30_000);
    const base64 = await driver.executeAsyncScript((done) => {
      const reader = new FileReader();
      reader.onload = () => done(String(reader.result).split(',')[1]);
      reader.readAsDataURL(window.exported);
    });
    const names = Object.keys(unzipSync(Buffer.from(base64, 'base64')));
    check(['content/index.bin', 'content/en.bin', 'content/site.toml'].every((n) => names.includes(n)), 'Export for website gives a zip with the compiled content and its sources');
  }
  // Safari's visitors: the widget itself on the demo page, into the quiz.
  console.log('  WebKit, the visitors\' widget');
  await driver.get(`http://127.0.0.1:${port}/`);
  const inGuide = (selector) => `return document.querySelector('[data-scarguide]').shadowRoot?.querySelector('${selector}')`;
  await waitUntil(inGuide('.journey[data-journey=quiz]'), 'the start screen');
  check(true, 'the start screen shows in its shadow root');
  await driver.executeScript(`${inGuide('.journey[data-journey=quiz]')}.click()`.replace('return ', ''));
  await waitUntil(inGuide('form.question input'), 'the first question');
  check(true, 'the quiz opens at its first question');
} finally {
  await driver.quit().catch(() => {});
  webDriver.kill();
  server.kill();
}
