// The Content Studio, used as a marketer would: edit a price and see it in
// the preview, make mistakes and read the command line's own words at their
// lines, export for the website and load the widget from the export, and
// open a zip and a folder.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { expectNoAxeViolations } from './helpers.mjs';
import { editor, openFile, openStudioAt, preview, problems, replace } from './studio-steps.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const exported = fileURLToPath(new URL('results/test-content/exported/', import.meta.url));

test.skip(({ isMobile }) => isMobile, 'the studio is a desktop tool; the preview shows phone widths itself');

/** A screenshot for people to look at (the editor's cursor blinks forever,
 * so the shared helper's wait for animations would never end). */
async function screenshot(page, testInfo, name) {
  const dir = fileURLToPath(new URL('results/screens/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}${testInfo.project.name}-${name}.png` });
}
async function openStudio(page) {
  await openStudioAt(page, '/studio.html');
}

/** What the command line says about the default content with one change. */
function commandLineSays(file, from, to) {
  const dir = mkdtempSync(join(tmpdir(), 'scarguide-studio-'));
  cpSync(`${root}public/content/`, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
  try {
    execFileSync(`${root}target/debug/scarguide-content`, ['check', dir], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return error.stderr.toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a price changed in the editor shows in the preview, and in "What changed"', async ({ page }, testInfo) => {
  await openStudio(page);
  await openFile(page, 'treatments.toml');
  await replace(page, 'price = { min = 200', 'price = { min = 250');
  await expect(problems(page)).toHaveText(['No mistakes: the content is ready to publish.']);
  const frame = preview(page);
  await frame.getByRole('button', { name: /How do treatments compare/ }).click();
  await expect(frame.locator('tr[data-treatment="microneedling"]')).toContainText('$250 – $700');
  await page.locator('#changes').click();
  const row = page.locator('#changes-dialog tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.locator('td')).toHaveText(['treatments.toml', 'treatment[microneedling].price.min', '200', '250']);
  await screenshot(page, testInfo, 'studio-what-changed');
  await page.locator('#close-changes').click();
  await screenshot(page, testInfo, 'studio-price');
});

for (const [name, file, from, to] of [
  ['a colour too light to read', 'site.toml', 'accent = "#2b6a5d"', 'accent = "#8fd6c6"'],
  ['curly quotes from a word processor', 'site.toml', 'name = "Lumen Skin Studio"', 'name = “Lumen Skin Studio”'],
  ['a price with its currency sign', 'treatments.toml', 'price = { min = 200', 'price = { min = $200'],
  ['a misspelt choice', 'treatments.toml', 'evidence = "moderate"', 'evidence = "moderat"'],
  ['a price in a language folder', 'en/treatments.toml', 'name = "Microneedling"', 'name = "Microneedling"\nprice = 250'],
]) {
  test(`${name}: marked at its line with the command line's words`, async ({ page }, testInfo) => {
    const expected = commandLineSays(file, from, to);
    const first = expected.split('\n')[0].replace(/^error: /, '');
    const [, line] = expected.match(/--> .*?:(\d+):\d+/);
    expect(first.length).toBeGreaterThan(10);
    await openStudio(page);
    await openFile(page, file);
    await replace(page, from, to);
    const problem = problems(page).filter({ hasText: first }).first();
    await expect(problem).toContainText(`${file}:${line}:`);
    await expect(page.locator('#preview-note')).toBeVisible();
    // Underlined in the editor, with the message on hover of its line.
    await expect(page.locator('.cm-lintRange-error').first()).toBeVisible();
    // Clicking the problem puts the cursor on its line.
    await problem.getByRole('button').click();
    await expect(page.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText(line);
    await screenshot(page, testInfo, `studio-mistake-${file.replace('/', '-')}`);
  });
}

test('export for the website: the widget runs from the exported folder', async ({ page }) => {
  await openStudio(page);
  await openFile(page, 'en/ui.toml');
  await replace(page, 'title = "Am I a good candidate?"', 'title = "Could microneedling suit me?"');
  await expect(problems(page)).toHaveText(['No mistakes: the content is ready to publish.']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
  expect(download.suggestedFilename()).toBe('scarguide-content.zip');
  // The default content's example prices and contacts: listed while
  // editing, and loudly again on export (N3 of the medical review).
  await expect(page.locator('#examples-note')).toContainText('treatments.toml:45 the price of "microneedling" is an example');
  await expect(page.locator('#status')).toContainText('Warning: 6 example values are still in it (site.toml:30, site.toml:32, treatments.toml:45');
  const zip = unzipSync(readFileSync(await download.path()));
  const names = Object.keys(zip);
  for (const name of ['content/index.bin', 'content/en.bin', 'content/site.toml', 'content/en/quiz.toml']) {
    expect(names).toContain(name);
  }
  rmSync(exported, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(zip)) {
    const path = join(exported, name.replace(/^content\//, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  await page.goto('/hosts/exported.html');
  await expect(page.locator('[data-scarguide]').getByText('Could microneedling suit me?')).toBeVisible();
});

test('a price of the clinic\'s own is no longer an example', async ({ page }) => {
  await openStudio(page);
  await openFile(page, 'treatments.toml');
  await replace(page, 'price = { min = 200, max = 700, per = "session", example = true }', 'price = { min = 250, max = 650, per = "session" }');
  await expect(page.locator('#examples-note')).toContainText('5 example values');
  await expect(page.locator('#examples-note')).not.toContainText('"microneedling"');
  const frame = preview(page);
  await frame.getByRole('button', { name: /How do treatments compare/ }).click();
  const needling = frame.locator('tr[data-treatment="microneedling"]');
  await expect(needling).toContainText('$250 – $650');
  await expect(needling).not.toContainText('Example only');
});

test('opens a zip and a folder, and refuses a folder without site.toml', async ({ page }) => {
  await openStudio(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
  const zipPath = await download.path();
  await page.locator('#open-zip').setInputFiles({ name: 'clinic.zip', mimeType: 'application/zip', buffer: readFileSync(zipPath) });
  await expect(page.locator('#status')).toHaveText('Opened clinic.zip.');
  await expect(page.locator('#file-list button', { hasText: 'en/quiz.toml' })).toBeVisible();
  await page.locator('#open-files').setInputFiles(`${root}tests/fixtures/content`);
  await expect(page.locator('#status')).toHaveText('Opened the folder.');
  await expect(problems(page)).toHaveText(['No mistakes: the content is ready to publish.']);
  await page.locator('#open-files').setInputFiles(`${root}tests/fixtures/content/en`);
  await expect(page.locator('#status')).toContainText('has no site.toml');
});

test('the studio passes the axe-core audit', async ({ page }) => {
  await openStudio(page);
  await expectNoAxeViolations(page, 'studio');
});

test('opened straight from disk (file://), it checks and previews with no network', async ({ page }) => {
  const dist = process.env.SCARGUIDE_E2E_DIST ? `${process.env.SCARGUIDE_E2E_DIST.replace(/\/$/, '')}/` : `${root}dist/`;
  const failed = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('request', (request) => {
    if (!request.url().startsWith('file://') && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) failed.push(`network: ${request.url()}`);
  });
  await page.goto(`file://${dist}studio.html`);
  await expect(page.locator('#status')).toHaveText('Opened the default content.');
  await expect(preview(page).locator('[data-scarguide] .journey').first()).toBeVisible();
  await openFile(page, 'treatments.toml');
  await replace(page, 'min = 200, max = 700', 'min = 260, max = 700');
  await preview(page).getByRole('button', { name: /How do treatments compare/ }).click();
  await expect(preview(page).locator('tr[data-treatment="microneedling"]')).toContainText('$260 – $700');
  expect(failed).toEqual([]);
});

test('the preview opens any journey, light or dark, in any language of the folder', async ({ page }) => {
  await openStudio(page);
  await page.locator('#preview-theme').selectOption('dark');
  await expect(preview(page).locator('[data-scarguide]')).toHaveAttribute('data-theme', 'dark');
  await page.locator('#preview-view').selectOption('compare');
  await expect(preview(page).locator('[data-scarguide] [data-screen="compare"]')).toBeVisible();
  await expect(page.locator('#preview-locale option')).toHaveText(['en', 'es']);
  await page.locator('#preview-locale').selectOption('es');
  await expect(preview(page).locator('[data-scarguide] section.widget')).toHaveAttribute('lang', 'es');
  await expect(preview(page).locator('[data-scarguide] section.widget')).toContainText('¿Cómo se comparan los tratamientos?');
  await page.locator('#preview-width').selectOption('1024');
  await expect(page.locator('#preview')).toHaveCSS('width', '1024px');
});
