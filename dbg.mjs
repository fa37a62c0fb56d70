import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
await p.goto('http://127.0.0.1:4173/');
const w = p.locator('[data-scarguide]');
await w.locator('.journey[data-journey=quiz]').click();
for (let i = 0; i < 20; i++) {
  const id = await w.locator('form.question').getAttribute('data-question');
  if (id === 'scar-types') break;
  await w.locator('form.question input').first().check();
  await w.locator('form.question button[type=submit]').click();
  await p.waitForFunction((id) => document.querySelector('[data-scarguide]').shadowRoot.querySelector('form.question')?.dataset.question !== id, id);
}
await p.waitForTimeout(500);
const info = await p.evaluate(() => {
  const root = document.querySelector('[data-scarguide]').shadowRoot.querySelector('.root');
  const edge = root.getBoundingClientRect().right;
  return [document.documentElement.scrollWidth, edge, [...root.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > edge + 0.5).slice(0, 8).map((e) => `${e.tagName}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)} w=${Math.round(e.getBoundingClientRect().width)}`)];
});
console.log(JSON.stringify(info, null, 1));
await p.screenshot({ path: '/tmp/scar-types-320.png', fullPage: true });
await b.close();
