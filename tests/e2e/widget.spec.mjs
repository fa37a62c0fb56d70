// A visitor's first steps: the start screen, the three journeys, by pointer
// and by keyboard, with an accessibility audit of every view.
import { expect, test } from '@playwright/test';
import { CONTENT, JOURNEYS, UI, expectNoAxeViolations, openStartScreen, screenshot, widget } from './helpers.mjs';

test('the start screen offers the three journeys', async ({ page }, testInfo) => {
  await openStartScreen(page);
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText(UI.start.title);
  for (const journey of JOURNEYS) {
    await expect(w.getByRole('button', { name: journey.title })).toBeVisible();
  }
  await expect(w.getByText(UI.notes.privacy)).toBeVisible();
  await expect(w.locator('.disclaimer')).toBeVisible();
  // The shipped content is not yet reviewed: the footer says so, with its author.
  await expect(w.getByText(UI.notes.not_reviewed.replace('{author}', CONTENT.about.author))).toBeVisible();
  // The host's fallback text is replaced by the widget, not shown beside it.
  await expect(page.getByText('Prefer to talk it through?')).toBeHidden();
  await screenshot(page, testInfo, 'start');
});

test('journey buttons are at least 44 px tall', async ({ page }) => {
  await openStartScreen(page);
  for (const box of await widget(page).locator('.journey').evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  )) {
    expect(box).toBeGreaterThanOrEqual(44);
  }
});

test('each journey opens by pointer and leads back', async ({ page }, testInfo) => {
  await openStartScreen(page);
  const w = widget(page);
  for (const journey of JOURNEYS) {
    await w.getByRole('button', { name: journey.title }).click();
    const heading = w.getByRole('heading', { level: 2, name: journey.heading });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await screenshot(page, testInfo, journey.key);
    await w.getByRole('button', { name: UI.navigation.back }).click();
    await expect(w.locator('.journey')).toHaveCount(3);
  }
});

test('a keyboard alone reaches every journey and back', async ({ page }) => {
  await openStartScreen(page);
  const w = widget(page);
  for (const journey of JOURNEYS) {
    const button = w.getByRole('button', { name: journey.title });
    // Tab from wherever focus is until the journey's button has it.
    await expect(async () => {
      await page.keyboard.press('Tab');
      await expect(button).toBeFocused({ timeout: 100 });
    }).toPass({ intervals: [0], timeout: 10_000 });
    await page.keyboard.press('Enter');
    await expect(w.getByRole('heading', { level: 2, name: journey.heading })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(w.getByRole('button', { name: UI.navigation.back })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(w.getByRole('heading', { level: 2, name: UI.start.title })).toBeFocused();
  }
});

test('every view passes the axe-core audit', async ({ page }) => {
  await openStartScreen(page);
  await expectNoAxeViolations(page, 'start');
  const w = widget(page);
  for (const journey of JOURNEYS) {
    await w.getByRole('button', { name: journey.title }).click();
    await expect(w.getByRole('heading', { level: 2, name: journey.heading })).toBeVisible();
    await expectNoAxeViolations(page, journey.key);
    await w.getByRole('button', { name: UI.navigation.back }).click();
  }
});

test('dark mode follows the visitor and passes the audit', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openStartScreen(page);
  const background = await widget(page)
    .locator('.widget')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(20, 24, 25)');
  await expectNoAxeViolations(page, 'start (dark)');
  await screenshot(page, testInfo, 'start-dark');
});

test('the start screen works at 320 px and 200% zoom', async ({ page }, testInfo) => {
  // 200% zoom of a 640 px window lays out like a 320 px one.
  await page.setViewportSize({ width: 320, height: 640 });
  await openStartScreen(page);
  const overflow = await widget(page).evaluate((host) => host.scrollWidth - host.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'start-320');
});
