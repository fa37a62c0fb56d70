// The WordPress plugin's tests: a real WordPress that tests/wordpress/run.sh
// starts (it sets SCARGUIDE_WP_URL), driven in Debian's headless Chromium.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  outputDir: '../e2e/results/wordpress',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.SCARGUIDE_WP_URL,
    viewport: { width: 1280, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
