// The WordPress plugin on a real WordPress (tests/wordpress/run.sh starts
// it), used as a spa's administrator and its visitors would: install the
// zip from the dashboard, show the guide with the shortcode and the block,
// replace the content with a Content Studio export made in the plugin's own
// studio, see broken uploads refused, and delete the plugin.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openFile, openStudioAt, problems, replace } from '../e2e/studio-steps.mjs';

test.describe.configure({ mode: 'serial' });

const SITE = process.env.SCARGUIDE_WP_SITE;
const PLUGIN_ZIP = process.env.SCARGUIDE_WP_PLUGIN;
const DEFAULT_TITLE = 'Am I a good candidate?';
const OUR_TITLE = 'Could microneedling suit me?';
const wp = (...args) => execFileSync('php', [new URL('wp.php', import.meta.url).pathname, SITE, ...args], { encoding: 'utf8' }).trim();
const pages = {};
const SCREENS = new URL('../e2e/results/screens/', import.meta.url).pathname;
/** A screenshot for people to look at. */
const shot = (page, name) => page.screenshot({ path: `${SCREENS}wordpress-${name}.png`, fullPage: true, animations: 'disabled' });
let exportZip = null;

async function logIn(page) {
  await page.goto('/wp-login.php');
  await page.locator('#user_login').fill('admin');
  await page.locator('#user_pass').fill('scarguide-admin-password');
  await page.locator('#wp-submit').click();
  await expect(page.locator('#wpadminbar')).toBeVisible();
}

/** Visits a page as a visitor, recording what a network panel would show. */
async function visit(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = { requests: [], failed: [], errors: [] };
  page.on('request', (request) => seen.requests.push(request.url()));
  page.on('requestfailed', (request) => seen.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && seen.failed.push(`${response.url()} ${response.status()}`));
  page.on('console', (message) => message.type() === 'error' && seen.errors.push(message.text()));
  await page.goto(url);
  return { page, seen, context };
}

const quizTitle = (page) => page.locator('[data-scarguide] .root:not([data-early]) .journey[data-journey=quiz] .journey-title');

async function upload(page, file) {
  await page.goto('/wp-admin/options-general.php?page=scarguide');
  await page.locator('#scarguide-zip').setInputFiles(file);
  await page.locator('#scarguide-upload [type=submit]').click();
  return page.locator('#scarguide-notice');
}

test('the plugin installs from its zip through Plugins → Add New → Upload, and activates', async ({ page }) => {
  await logIn(page);
  await page.goto('/wp-admin/plugin-install.php?tab=upload');
  await page.locator('#pluginzip').setInputFiles(PLUGIN_ZIP);
  await page.locator('#install-plugin-submit').click();
  await expect(page.getByText('Plugin installed successfully.')).toBeVisible();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(page.locator('#message')).toContainText('Plugin activated.');
  await expect(page.locator('tr[data-slug="scarguide"] .settings a, tr[data-slug="scarguide"] a', { hasText: 'Settings' })).toBeVisible();

  pages.shortcode = wp('page', 'Acne scar treatments', 'Before you book:\n\n[scarguide]');
  pages.block = wp('page', 'Scar types', '<!-- wp:scarguide/guide {"start":"scars","theme":"dark"} /-->');
  pages.plain = wp('page', 'Visit us', 'Open Tuesday to Saturday.');
});

test('a page with the shortcode shows the guide from the plugin\'s folder, deferred, with no failed request', async ({ browser }) => {
  const { page, seen, context } = await visit(browser, pages.shortcode);
  await expect(quizTitle(page)).toHaveText(DEFAULT_TITLE);
  // The page's HTML carries the start screen (no layout shift), and the
  // widget takes it over.
  expect(await (await page.request.get(pages.shortcode)).text()).toContain('<template shadowrootmode="open">');
  await expect(page.locator('[data-scarguide] .root[data-early]')).toHaveCount(0);
  const loader = page.locator('script[src*="/wp-content/plugins/scarguide/widget/widget.js"]');
  await expect(loader).toHaveCount(1);
  await expect(loader).toHaveAttribute('defer', '');
  // The clinic's booking link is the fallback inside the element.
  expect(await page.locator('[data-scarguide] > p a').getAttribute('href')).toMatch(/^https:\/\//);
  await page.locator('[data-scarguide] .journey[data-journey=quiz]').click();
  await expect(page.locator('[data-scarguide] form.question')).toBeVisible();
  const origin = new URL(pages.shortcode).origin;
  expect(seen.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
  await context.close();
});

test('the block shows the guide with its settings', async ({ browser }) => {
  const { page, context } = await visit(browser, pages.block);
  await expect(page.locator('[data-scarguide][data-start-view=scars][data-theme=dark] article.scar')).toBeVisible();
  await context.close();
});

test('a page without the guide loads no Scarguide file', async ({ browser }) => {
  const { page, seen, context } = await visit(browser, pages.plain);
  await expect(page.getByText('Open Tuesday to Saturday.')).toBeVisible();
  await page.waitForLoadState('load');
  expect(seen.requests.filter((url) => /scarguide/i.test(url))).toEqual([]);
  expect(await page.content()).not.toMatch(/scarguide/i);
  await context.close();
});

test('the administrator edits the content in the plugin\'s studio, uploads the export, and visitors see it', async ({ page, context, browser }) => {
  await logIn(page);
  await page.goto('/wp-admin/options-general.php?page=scarguide');
  await expect(page.locator('#scarguide-live')).toContainText('example content');
  const [studio] = await Promise.all([context.waitForEvent('page'), page.locator('#scarguide-studio').click()]);
  await openStudioAt(studio, null);
  await openFile(studio, 'en/ui.toml');
  await replace(studio, `title = "${DEFAULT_TITLE}"`, `title = "${OUR_TITLE}"`);
  await expect(problems(studio)).toHaveText(['No mistakes: the content is ready to publish.']);
  const [download] = await Promise.all([studio.waitForEvent('download'), studio.locator('#export').click()]);
  exportZip = join(tmpdir(), `scarguide-content-${process.pid}.zip`);
  await download.saveAs(exportZip);

  const notice = await upload(page, exportZip);
  await expect(notice).toHaveClass(/notice-success/);
  await expect(notice).toContainText('Your content is live, in en, es.');
  await expect(page.locator('#scarguide-live')).toContainText('Your own, uploaded');
  await shot(page, 'settings');

  const { page: visitor, seen, context: visitorContext } = await visit(browser, pages.shortcode);
  await expect(quizTitle(visitor)).toHaveText(OUR_TITLE);
  // The start screen in the page's HTML is the uploaded content's too.
  expect(await (await visitor.request.get(pages.shortcode)).text()).toContain(OUR_TITLE);
  await shot(visitor, 'page');
  expect(await visitor.locator('[data-scarguide]').getAttribute('data-content')).toMatch(/\/wp-content\/uploads\/scarguide\/content-[^/]+\/$/);
  expect(seen.failed).toEqual([]);
  await visitorContext.close();
});

test('broken uploads are refused with the reason, and the live content stays', async ({ page, browser }) => {
  await logIn(page);
  const file = (name, bytes) => {
    const path = join(tmpdir(), `${process.pid}-${name}`);
    writeFileSync(path, bytes);
    return path;
  };
  const exported = unzipSync(readFileSync(exportZip));
  const without = (names) => Object.fromEntries(Object.entries(exported).filter(([name]) => !names.includes(name)));

  const refusals = [
    [file('notes.zip', strToU8('these are my notes, not a zip')), 'is not a zip that WordPress can open'],
    [file('no-index.zip', zipSync(without(['content/index.bin']))), 'has no content/index.bin'],
    [file('script.zip', zipSync({ ...exported, 'content/evil.php': strToU8('<?php echo 1;') })), 'The zip holds "content/evil.php"'],
  ];
  const older = { ...exported };
  for (const name of ['content/index.bin', 'content/en.bin']) {
    older[name] = Uint8Array.from(exported[name]);
    older[name][0] -= 1;
  }
  const format = exported['content/index.bin'][0];
  refusals.push([file('older.zip', zipSync(older)), `exported in content format ${format - 1}, but this plugin`]);

  for (const [path, reason] of refusals) {
    const notice = await upload(page, path);
    await expect(notice).toHaveClass(/notice-error/);
    await expect(notice).toContainText(reason);
  }
  const { page: visitor, context } = await visit(browser, pages.shortcode);
  await expect(quizTitle(visitor)).toHaveText(OUR_TITLE);
  await context.close();
});

test('deleting the plugin removes its setting', async ({ page }) => {
  await logIn(page);
  expect(JSON.parse(wp('option', 'scarguide_content'))).toHaveProperty('folder');
  await page.goto('/wp-admin/plugins.php');
  const row = page.locator('tr[data-slug="scarguide"]');
  await row.getByRole('link', { name: /^Deactivate/ }).click();
  await expect(page.locator('#message')).toContainText('Plugin deactivated.');
  // WordPress deletes by AJAX after a dialog, or (as here, depending on
  // its scripts) on a confirmation page; either way is an administrator's.
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('tr[data-slug="scarguide"]').getByRole('link', { name: /^Delete/ }).click();
  const confirm = page.getByRole('button', { name: 'Yes, delete these files and data' });
  const deleted = page.getByText(/Scarguide was successfully deleted|The selected plugin has been deleted/);
  await expect(confirm.or(deleted)).toBeVisible();
  if (await confirm.isVisible()) await confirm.click();
  await expect(deleted).toBeVisible();
  expect(JSON.parse(wp('option', 'scarguide_content'))).toBe(false);
});
