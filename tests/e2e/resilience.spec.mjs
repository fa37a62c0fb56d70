// The widget keeps its place across reloads, survives hostile storage and
// blocked files, and leaves the host page alone.
import { expect, test } from '@playwright/test';
import { JOURNEYS, UI, breakStorage, openStartScreen, screenshot, storedSession, widget } from './helpers.mjs';

const STORAGE_KEY = 'scarguide:scar-guide'; // the demo host's id

test('a reload returns the visitor to the journey they were on', async ({ page }) => {
  await openStartScreen(page);
  const w = widget(page);
  const scars = UI.journeys.scars.title;
  await w.getByRole('button', { name: scars }).click();
  await expect(w.getByRole('heading', { name: scars })).toBeVisible();
  await page.reload();
  await expect(w.getByRole('heading', { name: scars })).toBeVisible();
  // A reload is not the visitor's navigation: focus stays with the host page.
  await expect(w.getByRole('heading', { name: scars })).not.toBeFocused();
});

// Stored as the widget stores it (hex postcard, see helpers.mjs). The first
// case shows the stored place is read at all, so the others can fail.
for (const [label, stored, shows] of [
  ['this version\'s place', storedSession({ screen: 3 }), 'compare'],
  ['garbage', '{"version":1,"screen":', 'start'],
  ['bytes cut short', storedSession({ screen: 3 }).slice(0, 2), 'start'],
  ['another version', storedSession({ version: 99, screen: 3 }), 'start'],
  ['an unknown screen', storedSession({ screen: 9 }), 'start'],
]) {
  test(`session storage holding ${label} opens the ${shows} screen`, async ({ page }) => {
    await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [STORAGE_KEY, stored]);
    await page.goto('/');
    const w = widget(page);
    if (shows === 'start') {
      await expect(w.locator('.journey')).toHaveCount(3);
    } else {
      await expect(w.getByRole('heading', { name: UI.journeys.compare.title })).toBeVisible();
      await expect(w.locator('.journey')).toHaveCount(0);
    }
  });
}

test('storage that throws leaves the widget working', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await breakStorage(page);
  await openStartScreen(page);
  const w = widget(page);
  await w.getByRole('button', { name: UI.journeys.compare.title }).click();
  await expect(w.getByRole('heading', { name: UI.journeys.compare.title })).toBeVisible();
  expect(errors).toEqual([]);
});

test('when the WebAssembly cannot load, the host fallback stays readable', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('/');
  await expect(page.getByText('Prefer to talk it through?')).toBeVisible();
  await expect(page.getByRole('link', { name: 'book a consultation' })).toBeVisible();
});

test('the widget requests only its own files and leaves the host page alone', async ({ page, baseURL }) => {
  const foreign = [];
  const errors = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL)) foreign.push(request.url());
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await openStartScreen(page);
  const before = await page.evaluate(() => ({
    url: location.href,
    history: history.length,
    headStyles: document.head.querySelectorAll('style').length,
    title: document.title,
  }));
  const w = widget(page);
  for (const { title } of JOURNEYS) {
    await w.getByRole('button', { name: title }).click();
    await w.getByRole('button', { name: UI.navigation.back }).click();
  }
  const after = await page.evaluate(() => ({
    url: location.href,
    history: history.length,
    headStyles: document.head.querySelectorAll('style').length,
    title: document.title,
  }));
  expect(after).toEqual(before);
  expect(before.headStyles).toBe(0);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  // The widget's styles stay inside it: the host page's links keep their colour.
  const linkColour = await page.locator('.site-header nav a').first().evaluate((a) => getComputedStyle(a).color);
  expect(linkColour).toBe('rgb(122, 74, 46)');
});

test('a panic shows a friendly message in the widget and details in the console', async ({ page }, testInfo) => {
  const consoleErrors = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  page.on('pageerror', () => {}); // the aborted wasm call surfaces as a page error too
  await openStartScreen(page);
  // A host script that breaks element creation makes the renderer panic on
  // the next view it builds.
  await page.evaluate(() => {
    Document.prototype.createElement = () => {
      throw new Error('createElement broken by a host script');
    };
  });
  const w = widget(page);
  await w.getByRole('button', { name: UI.journeys.scars.title }).click();
  await expect(w.getByText(UI.errors.crash)).toBeVisible();
  await expect(w.locator('.journey')).toHaveCount(0);
  expect(consoleErrors.some((text) => text.startsWith('Scarguide stopped:'))).toBe(true);
  await screenshot(page, testInfo, 'crash');
});

for (const [label, fault] of [
  ['missing', (route) => route.fulfill({ status: 404, body: 'not found' })],
  ['unreachable', (route) => route.abort('connectionrefused')],
  ['malformed', (route) => route.fulfill({ status: 200, body: Buffer.from([1, 2, 3]) })],
  ['from an older build', (route) => route.fulfill({ status: 200, body: Buffer.from([0, 1, 2, 3]) })],
]) {
  test(`content that is ${label} shows a message and the host's booking link`, async ({ page }, testInfo) => {
    const consoleErrors = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.route('**/content/*.bin', fault);
    await page.goto('/');
    const w = widget(page);
    await expect(w.getByRole('alert')).toContainText('could not be loaded');
    await expect(page.getByRole('link', { name: 'book a consultation' })).toBeVisible();
    expect(consoleErrors.some((text) => text.includes('Scarguide could not load its content'))).toBe(true);
    if (label === 'missing') await screenshot(page, testInfo, 'content-missing');
  });
}
