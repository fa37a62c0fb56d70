// The release zip as a web admin uses it (tests/e2e/global-setup.mjs unpacks
// it under /test-content/release/ on the widget's origin, a CDN that sends
// CORS headers on successful responses only), with host pages made from
// EMBED.md's own snippet and analytics bridge, on the spa's origin.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CONTENT, LIVE, UI, expectNoAxeViolations } from './helpers.mjs';
import { MICRONEEDLING_BOOKING } from './global-setup.mjs';

test.skip(({ isMobile }) => isMobile, 'about files and events, not layout: once is enough');

const VERSION = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "([^"]+)"/m)[1];
/** What EMBED.md documents each event to carry, and nothing else. */
const DOCUMENTED_KEYS = { opened: ['journey'], question: ['number', 'of'], result: [], booking: [] };

/** A page of the spa's own site: the port after the widget's. */
const spaPage = (baseURL, name) => {
  const url = new URL(`/test-content/release/${name}`, baseURL);
  url.port = String(Number(url.port) + 1);
  return url.href;
};

function watch(page) {
  const seen = { failed: [], errors: [] };
  page.on('requestfailed', (request) => seen.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && seen.failed.push(`${response.url()} ${response.status()}`));
  page.on('console', (message) => {
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') seen.errors.push(message.text());
  });
  return seen;
}

const guide = (page, id) => page.locator(`#${id}`);
const journey = (page, id, key) => guide(page, id).locator(`${LIVE} .journey[data-journey=${key}]`);

test('EMBED.md\'s snippet on an en-US page shows the guide from the unzipped release, with no failed request', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto(spaPage(baseURL, 'snippet.html'));
  await expect(journey(page, 'scar-guide', 'quiz').locator('.journey-title')).toHaveText(UI.journeys.quiz.title);
  await journey(page, 'scar-guide', 'compare').click();
  await expect(guide(page, 'scar-guide').locator('.compare-table')).toBeVisible();
  expect(seen.failed).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('two guides on one page both reach EMBED.md\'s analytics bridge, with the documented keys only', async ({ page, baseURL }) => {
  await page.goto(spaPage(baseURL, 'two-guides.html'));
  await expect(guide(page, 'second-guide').locator('article.scar')).toBeVisible();
  await journey(page, 'scar-guide', 'quiz').click();
  const form = guide(page, 'scar-guide').locator('form.question');
  for (let step = 0; step < 3; step++) {
    const id = await form.getAttribute('data-question');
    await form.locator('input').first().check();
    await form.locator('button[type=submit]').click();
    await expect(guide(page, 'scar-guide').locator(`form.question[data-question="${id}"]`)).toHaveCount(0);
  }
  const calls = await page.evaluate(() => window.calls);
  const of = CONTENT.quiz.question.filter((q) => !q.follow_up).length;
  expect(calls).toEqual([
    ['event', 'scarguide_opened', { guide: 'second-guide', journey: 'scars' }],
    ['event', 'scarguide_opened', { guide: 'scar-guide', journey: 'quiz' }],
    ...[1, 2, 3, 4].map((number) => ['event', 'scarguide_question', { guide: 'scar-guide', number, of }]),
  ]);
  for (const [, name, params] of calls) {
    const { guide: _, ...detail } = params;
    expect(Object.keys(detail).sort()).toEqual(DOCUMENTED_KEYS[name.replace('scarguide_', '')].sort());
  }
});

test('a treatment\'s own booking link is used as written, and counted', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto(spaPage(baseURL, 'booking.html'));
  await page.evaluate(() => {
    window.booked = 0;
    document.addEventListener('scarguide:booking', () => window.booked++);
    // Stay on this page: the link opens the clinic's booking system.
    document.addEventListener('click', (event) => event.composedPath()[0].closest?.('[data-booking]') && event.preventDefault(), true);
  });
  await journey(page, 'scar-guide', 'compare').click();
  const microneedling = CONTENT.treatments.treatment.find((t) => t.id === 'microneedling');
  const link = guide(page, 'scar-guide').getByRole('link', { name: UI.compare.book.replace('{name}', microneedling.name) });
  await expect(link).toHaveAttribute('href', MICRONEEDLING_BOOKING);
  // Only treatments with their own link offer booking.
  await expect(guide(page, 'scar-guide').locator('a[data-booking]')).toHaveCount(1);
  await expectNoAxeViolations(page, 'the comparison with a booking link');
  await link.click();
  await expect.poll(() => page.evaluate(() => window.booked)).toBe(1);
  expect(seen.errors).toEqual([]);
});

test('content of another format keeps the host\'s fallback and names the studio to export with', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.goto(spaPage(baseURL, 'old-format.html'));
  await expect(page.locator('#scar-guide').getByRole('link', { name: 'Book a consultation' })).toBeVisible();
  await expect.poll(() => seen.errors.join('\n')).toContain(`Content Studio of Scarguide ${VERSION}`);
  expect(seen.errors.join("\n")).toMatch(/content format \d+, but this widget \(Scarguide [^)]+\) reads format \d+/);
});
