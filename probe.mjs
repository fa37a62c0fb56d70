import { chromium } from '@playwright/test';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
page.on('pageerror', (e) => console.log('pageerror', e.message));
page.on('console', (m) => { if (m.type() !== 'log') console.log('console', m.type(), m.text()); });
page.on('requestfailed', (r) => console.log('failed', r.url().slice(0, 120)));
await page.goto(url);
await page.waitForSelector('body[data-checked]', { timeout: 20000 });
const frame = page.frameLocator('#preview');
await frame.locator('[data-scarguide]').waitFor();
try {
  await frame.getByRole('button', { name: /How do treatments compare/ }).waitFor({ timeout: 8000 });
  console.log('preview ok');
} catch (e) { console.log('preview not shown', e.message.split('\n')[0]); }
await page.selectOption('#preview-view', 'scars');
await page.waitForTimeout(2500);
await page.screenshot({ path: '/tmp/studio-file.png' });
await browser.close();
