// Shared steps for the end-to-end tests.
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';

/** The compiled default content in the bundle under test: tests read the
 *  words from it, so a marketer's edit does not break them. */
export const CONTENT = JSON.parse(readFileSync(new URL('../../dist/content/en.json', import.meta.url)));
export const UI = CONTENT.ui;

/** The journeys: the start screen's button title, and the heading their first screen shows. */
export const JOURNEYS = ['quiz', 'scars', 'compare'].map((key) => ({
  key,
  title: UI.journeys[key].title,
  heading: key === 'quiz' ? CONTENT.quiz.question[0].text : UI.journeys[key].title,
}));

/** The widget's host element; Playwright's locators pierce its open shadow root. */
export const widget = (page) => page.locator('[data-scarguide]');

/** Opens the demo page and waits until the widget shows its start screen. */
export async function openStartScreen(page) {
  await page.goto('/');
  await expect(widget(page).locator('.journey')).toHaveCount(3);
}

/** Waits until the widget's fade-ins have finished. */
async function settle(page) {
  await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('[data-scarguide]')].map((h) => h.shadowRoot)];
    return Promise.all(roots.flatMap((root) => root?.getAnimations() ?? []).map((a) => a.finished));
  });
}

/** Saves a screenshot of the settled page for a person to look at. */
export async function screenshot(page, testInfo, name) {
  await settle(page);
  const dir = new URL('results/screens/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: new URL(`${testInfo.project.name}-${name}.png`, dir).pathname, fullPage: true });
}

/** Runs axe-core (WCAG 2.2 A and AA rules) and fails with a readable list. */
export async function expectNoAxeViolations(page, view) {
  // Judge the settled view, not a frame of its fade-in.
  await settle(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const problems = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('\n    ')}`,
  );
  expect(problems, `axe-core on the ${view} view`).toEqual([]);
}

/** Makes every storage access throw, as private modes and blocked frames do. */
export async function breakStorage(page) {
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
}
