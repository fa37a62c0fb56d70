// First-load benchmark: how long until a visitor sees the start screen.
// Serves dist/ (build it first: `trunk build --release`) on loopback and loads
// two pages repeatedly in headless Chromium, as-is and emulating a mid-range
// phone (4x slower CPU, "slow 4G": 1.6 Mbit/s, 150 ms round trip): the demo
// page, which preloads the guide's files, and a host page with nothing but
// the EMBED.md snippet.
// Usage: npm run bench [-- runs]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] ?? 7);
const port = 4190;
const root = fileURLToPath(new URL('../..', import.meta.url));
const server = spawn('node', ['tests/e2e/server.mjs', String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((ready) => server.stdout.once('data', ready));

const profiles = {
  desktop: null,
  'mid-range phone': { cpu: 4, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8, latency: 150 },
};

const pages = {
  'demo page': '/',
  'snippet only': '/hosts/strict-csp.html',
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const cases = Object.entries(pages).flatMap(([pageName, path]) =>
    Object.entries(profiles).map(([name, profile]) => ({ pageName, path, name, profile })),
  );
  for (const { pageName, path, name, profile } of cases) {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      if (profile) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: profile.latency,
          downloadThroughput: profile.down,
          uploadThroughput: profile.up,
        });
      }
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'commit' });
      // The moment the journeys are in the widget, read on the page's own clock.
      const handle = await page.waitForFunction(
        () => document.querySelector('[data-scarguide]')?.shadowRoot?.querySelector('.journey') && performance.now(),
        null,
        { polling: 'raf', timeout: 60_000 },
      );
      times.push(await handle.jsonValue());
      await context.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    console.log(
      `${pageName.padEnd(13)} ${name.padEnd(16)} start screen visible after ${median.toFixed(0)} ms (median of ${runs}; ` +
        `min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)})`,
    );
  }
} finally {
  await browser.close();
  server.kill();
}
