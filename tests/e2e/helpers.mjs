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

/** The live widget's root, not the start screen drawn before the code
 *  arrived (`.root[data-early]`), which the two share for a moment. */
export const LIVE = '.root:not([data-early])';

/** The widget's host element; Playwright's locators pierce its open shadow root. */
export const widget = (page) => page.locator('[data-scarguide]');

/** Waits until the widget itself runs the guide: the start screen the page
 *  (or the loader) drew before the code arrived has made way for it. */
export async function widgetReady(page) {
  // The live root shows only once it has taken the early screen's place
  // (which a plain embed may not even have drawn yet).
  await expect(widget(page).locator(`${LIVE} .screen`)).toBeVisible();
  await expect(widget(page).locator('.root[data-early]')).toHaveCount(0);
}

/** Opens the demo page and waits until the widget shows its start screen. */
export async function openStartScreen(page) {
  await page.goto('/');
  await widgetReady(page);
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

/** Makes storage read normally but refuse every write, as Safari's private
 *  mode does (`setItem` throws QuotaExceededError). */
export async function refuseStorageWrites(page) {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
}

/** Values as the widget stores them (src/ui/storage.rs): postcard bytes
 *  written in hex. Enough of postcard for the stored types. */
const varint = (n) => {
  const bytes = [];
  do {
    bytes.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n >>>= 7;
  } while (n);
  return bytes;
};
const text = (s) => {
  const utf8 = [...new TextEncoder().encode(s)];
  return [...varint(utf8.length), ...utf8];
};
const hex = (bytes) => bytes.map((b) => b.toString(16).padStart(2, '0')).join('');

/** A stored `SavedSession` (src/core/navigation.rs); screens by position:
 *  0 start, 1 quiz, 2 scars, 3 compare, anything else unknown. */
export const storedSession = ({ version = 1, screen }) => hex([...varint(version), ...varint(screen)]);

/** A stored quiz `Progress` (src/core/candidacy.rs). */
export function storedProgress({ version = 1, answers = {}, current = null, finished = false }) {
  const entries = Object.entries(answers);
  return hex([
    ...varint(version),
    ...varint(entries.length),
    ...entries.flatMap(([question, chosen]) => [...text(question), ...varint(chosen.length), ...chosen.flatMap(text)]),
    ...(current === null ? [0] : [1, ...text(current)]),
    finished ? 1 : 0,
  ]);
}

/** How far the page or the widget scrolls sideways, in CSS pixels (0 when it fits). */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const pageOverflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    const widgets = [...document.querySelectorAll('[data-scarguide]')].map((host) => {
      const root = host.shadowRoot?.querySelector('.root');
      if (!root) return 0;
      // Past either edge: right to left, text overflows on the left.
      const edge = root.getBoundingClientRect();
      const beyond = [...root.querySelectorAll('*')].flatMap((el) => {
        const box = el.getBoundingClientRect();
        // Boxes with no size (a closed menu's options) show nothing.
        return box.width && box.height ? [box.right - edge.right, edge.left - box.left] : [];
      });
      return Math.max(0, root.scrollWidth - root.clientWidth, ...beyond);
    });
    return Math.max(pageOverflow, ...widgets);
  });
}

/** The locale the widget writes money in: the page's tag when it is the
 *  content's language in a region (es-MX for Spanish content), else the
 *  content's own (src/core/content/locale.rs, `formatting_locale`). */
export function moneyLocale(content, pageLang) {
  const language = (tag) => tag.split('-')[0].toLowerCase();
  return pageLang && language(pageLang) === language(content.locale) ? pageLang : content.locale;
}

/** An answer as the visitor reads it. Budget answers have no words in the
 *  content: the widget writes them from their amounts with Intl (as here,
 *  Node's ICU), in site.toml's currency. */
export function answerLabel(content, answer, pageLang) {
  const up = answer.profile?.budget;
  const over = answer.profile?.budget_over;
  if (up == null && over == null) return answer.text;
  const money = new Intl.NumberFormat(moneyLocale(content, pageLang), {
    style: 'currency',
    currency: content.site.currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(up ?? over);
  const template = up != null ? content.ui.quiz.budget_up_to : content.ui.quiz.budget_over;
  return template.replace('{amount}', money);
}
