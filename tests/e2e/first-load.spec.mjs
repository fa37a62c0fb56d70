// The first-load transfer: the gzip size of every file the first view needs.
// Fails above the budget in budget.mjs.
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FIRST_LOAD_BUDGET_KB } from './budget.mjs';
import { openStartScreen } from './helpers.mjs';

test('the first view fits the first-load budget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the bundle is the same at every width');
  const bodies = [];
  const record = (response) => bodies.push(response.body().then((body) => [response.url(), body]));
  page.on('response', record);
  await openStartScreen(page);
  page.off('response', record);
  const files = await Promise.all(bodies);
  const rows = files.map(([url, body]) => ({
    file: new URL(url).pathname,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
  }));
  const total = rows.reduce((sum, row) => sum + row.gzip, 0);
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const table = rows.map((r) => `  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.gzip).padStart(7)} KB gzip`);
  console.log(`First load (${rows.length} files):\n${table.join('\n')}\n  total ${kb(total)} KB gzip, budget ${FIRST_LOAD_BUDGET_KB} KB`);
  expect(rows.map((r) => r.file)).toEqual(expect.arrayContaining(['/']));
  for (const kind of ['.wasm', '.js', '/content/en.bin']) {
    expect(rows.some((r) => r.file.endsWith(kind)), `the first view loads ${kind}`).toBe(true);
  }
  expect(total / 1024).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
});
