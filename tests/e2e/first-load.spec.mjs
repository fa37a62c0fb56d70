// The widget's download, as gzip: what the first view needs, and all of it.
// Fails above the budgets in budget.mjs; prints a table of the files.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { FIRST_VIEW_BUDGET_KB, WHOLE_WIDGET_BUDGET_KB } from './budget.mjs';
import { widget, widgetReady } from './helpers.mjs';

const dist = new URL(`../../${process.env.SCARGUIDE_E2E_DIST ?? 'dist'}/`, import.meta.url);
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** Notes the widget's own files (not the host page) as they arrive;
 *  `sizes` weighs those arrived so far, from the bundle on disk. */
function recordFiles(page) {
  const paths = new Set();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/hosts/')) paths.add(path);
  });
  return (title, budget) => {
    const rows = [...paths].map((file) => {
      const body = readFileSync(new URL(file.slice(1), dist));
      return { file, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
    const total = rows.reduce((sum, row) => sum + row.gzip, 0);
    const table = rows.map((r) => `  ${r.file.padEnd(48)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.gzip).padStart(7)} KB gzip`);
    console.log(`${title} (${rows.length} files):\n${table.join('\n')}\n  total ${kb(total)} KB gzip, budget ${budget} KB`);
    return { rows, total: total / 1024 };
  };
}

test('the first view fits its budget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the bundle is the same at every width');
  // Only what the start screen asks for before it shows: the code and the
  // content are asked for once it is up.
  await page.route(/\.(wasm|bin)$|\/scarguide-[0-9a-f]+\.js$/, () => {});
  const sizes = recordFiles(page);
  await page.goto('/hosts/below.html');
  await expect(widget(page).locator('.root[data-early] .journey')).toHaveCount(3);
  const { rows, total } = sizes('First view', FIRST_VIEW_BUDGET_KB);
  expect(rows.map((r) => r.file)).toEqual(expect.arrayContaining(['/widget.js', '/content/en.start.html']));
  expect(rows.some((r) => r.file.endsWith('.css')), 'the first view has its stylesheet').toBe(true);
  expect(total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_KB);
});

test('the whole widget fits its budget', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the bundle is the same at every width');
  const sizes = recordFiles(page);
  await page.goto('/hosts/below.html');
  await widgetReady(page);
  const { rows, total } = sizes('Whole widget', WHOLE_WIDGET_BUDGET_KB);
  for (const kind of ['.wasm', '.css', '/content/en.bin', '/content/en.start.html']) {
    expect(rows.some((r) => r.file.endsWith(kind)), `the widget loads ${kind}`).toBe(true);
  }
  expect(total).toBeLessThanOrEqual(WHOLE_WIDGET_BUDGET_KB);
});
