// End-to-end tests: the release bundle in dist/, served on loopback, driven in
// Debian's headless Chromium at phone and desktop widths.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.SCARGUIDE_E2E_PORT ?? 4173);
// Another bundle can be tested instead of dist/ (say, an older build, to see
// a new test fail against it).
const bundle = process.env.SCARGUIDE_E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: '.',
  globalSetup: './global-setup.mjs',
  outputDir: 'results/artifacts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: 'results/report.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // The closed network refuses Chromium's background connections; these
      // flags keep it from trying.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `node tests/e2e/server.mjs ${port} ${bundle}`,
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
