// Real host languages on a real CDN: WordPress writes region tags
// (`<html lang="en-US">`), and the widget's files sit on another origin that
// sends CORS headers on successful responses only (tests/e2e/server.mjs). The
// widget must find its language without probing: no 404, one content request
// where the content folder is known, and the default language if the
// visitor's fails.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CONTENT, LIVE, UI, widget } from './helpers.mjs';
import { SPANISH_QUIZ_TITLE } from './global-setup.mjs';

/** The spa's page in language `lang`, on the next port (another origin). */
const spaPage = (baseURL, lang) => {
  const url = new URL(`/hosts/lang.html?lang=${lang}`, baseURL);
  url.port = String(Number(url.port) + 1);
  return url.href;
};

/** Records what a visitor's browser would show in its network panel and console. */
function watch(page) {
  const seen = { failed: [], content: [], errors: [], warnings: [] };
  page.on('requestfailed', (request) => seen.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.url()} ${response.status()}`);
    if (/content\//.test(response.url())) seen.content.push(new URL(response.url()).pathname);
  });
  page.on('console', (message) => {
    // Chromium asks every page for /favicon.ico on its own; the test pages have none.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') seen.errors.push(`${message.text()} ${message.location().url}`);
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  return seen;
}

const quizTitle = (page, id) => page.locator(`#${id}`).locator(`${LIVE} .journey[data-journey=quiz] .journey-title`);

/** The shipped content's Spanish words, as compiled. */
const SPANISH_CONTENT = JSON.parse(readFileSync(new URL('../../dist/content/es.json', import.meta.url)));
const SPANISH = SPANISH_CONTENT.ui;
const questionText = (content, id) => content.quiz.question.find((q) => q.id === id).text;

for (const [lang, defaultFolderFile, defaultTitle, twoLanguagesTitle, twoLanguagesFiles] of [
  ['en-US', 'en.bin', UI.journeys.quiz.title, UI.journeys.quiz.title, ['index.bin']],
  ['es-MX', 'es.bin', SPANISH.journeys.quiz.title, SPANISH_QUIZ_TITLE, ['index.bin', 'es.bin']],
  ['pt-BR', 'index.bin', UI.journeys.quiz.title, UI.journeys.quiz.title, ['index.bin']],
]) {
  test(`a ${lang} page shows the guide, in its language where the content has it, with no failed request`, async ({ page, baseURL }) => {
    const seen = watch(page);
    await page.goto(spaPage(baseURL, lang));
    // The content beside the widget holds English and Spanish: a region tag
    // falls back to its language, then to the default.
    await expect(quizTitle(page, 'default-content')).toHaveText(defaultTitle);
    // A folder with English and Spanish: es-MX reads Spanish.
    await expect(quizTitle(page, 'two-languages')).toHaveText(twoLanguagesTitle);
    expect(seen.failed).toEqual([]);
    expect(seen.errors).toEqual([]);
    const files = (folder) => seen.content.filter((path) => path.startsWith(folder)).map((path) => path.split('/').pop());
    // The start screen drawn before the code, in the same language.
    expect(files('/content/')).toEqual([defaultFolderFile.replace('.bin', '.start.html'), defaultFolderFile]);
    expect(files('/test-content/two-languages/')).toEqual(twoLanguagesFiles);
  });
}

test('when the visitor\'s language fails to load, the guide shows the default language', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.route('**/two-languages/es.bin', (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.goto(spaPage(baseURL, 'es-MX'));
  await expect(quizTitle(page, 'two-languages')).toHaveText(UI.journeys.quiz.title);
  expect(seen.warnings.some((text) => text.includes('default language') && text.includes('es.bin'))).toBe(true);
  // The browser's own note on the refused file is the only error.
  expect(seen.errors.filter((text) => !text.endsWith('/two-languages/es.bin'))).toEqual([]);
});

test('when the language file the loader chose fails, the widget tries the default before giving up', async ({ page, baseURL }) => {
  const seen = watch(page);
  await page.route('**/content/en.bin', (route) => route.abort('connectionreset'));
  await page.goto(spaPage(baseURL, 'en-US'));
  await expect(quizTitle(page, 'default-content')).toHaveText(UI.journeys.quiz.title);
  expect(seen.content).toContain('/content/index.bin');
  await expect(widget(page).first().getByRole('alert')).toHaveCount(0);
});

test('the visitor switches language inside the guide; the choice stays for the tab', async ({ page, context }) => {
  await page.goto('/');
  const w = widget(page);
  const section = w.locator(`${LIVE} section.widget`);
  const menu = w.getByRole('combobox', { name: UI.language_label });
  await expect(menu.locator('option')).toHaveText(['English', 'Español']);
  await expect(menu.locator('option[value="es"]')).toHaveAttribute('lang', 'es');
  // Mid-quiz: the same question, now in Spanish, and focus back on the menu.
  await w.getByRole('button', { name: UI.journeys.quiz.title }).click();
  await w.locator('form.question').getByLabel('Yes', { exact: true }).check();
  await w.locator('form.question button[type=submit]').click();
  await expect(w.locator('form.question')).toHaveAttribute('data-question', 'active-acne');
  await menu.selectOption('es');
  await expect(section).toHaveAttribute('lang', 'es');
  const spanishMenu = w.getByRole('combobox', { name: SPANISH.language_label });
  await expect(spanishMenu).toBeFocused();
  await expect(w.locator('form.question')).toHaveAttribute('data-question', 'active-acne');
  await expect(w.locator('form.question h2')).toContainText(questionText(SPANISH_CONTENT, 'active-acne'));
  // Kept across a reload of the tab.
  await page.reload();
  await expect(section).toHaveAttribute('lang', 'es');
  await expect(w.locator('form.question')).toHaveAttribute('data-question', 'active-acne');
  // Another tab starts in the page's language.
  const other = await context.newPage();
  await other.goto('/');
  await expect(widget(other).locator(`${LIVE} section.widget`)).toHaveAttribute('lang', 'en');
  // And back to English.
  await spanishMenu.selectOption('en');
  await expect(section).toHaveAttribute('lang', 'en');
  await expect(w.locator('form.question h2')).toContainText(questionText(CONTENT, 'active-acne'));
});

test('the words shown before the content arrives come in the page\'s language', async ({ page, baseURL }) => {
  // WebAssembly blocked by the page's policy: the loader's own note.
  await page.goto('/hosts/no-wasm.html?lang=es-MX');
  await expect(page.locator('#empty-guide')).toHaveText(SPANISH.errors.unsupported);
  // The iframe option: the frame's title, and the frame page's language.
  await page.goto(spaPage(baseURL, 'es-MX').replace('lang.html', 'frame.html'));
  await expect(page.locator('#framed-guide iframe')).toHaveAttribute('title', SPANISH.label);
  const inside = page.frameLocator('#framed-guide iframe');
  await expect(inside.locator('html')).toHaveAttribute('lang', 'es');
  await expect(inside.locator('[data-scarguide] section.widget')).toHaveAttribute('lang', 'es');
  await page.goto(spaPage(baseURL, 'en-US').replace('lang.html', 'frame.html'));
  await expect(page.locator('#framed-guide iframe')).toHaveAttribute('title', UI.label);
});

// N2 of the second medical review: amounts carry site.toml's currency and
// are written the way the visitor's region writes them, so a Mexican
// visitor never reads dollars as pesos and a Spanish one never reads a
// thousands comma as a decimal. Literal strings: Intl's, checked by eye.
for (const [lang, upTo, over, price] of [
  ['en-US', 'Up to $1,000', 'More than $6,000', /\$200\s?–\s?\$?700 per session/],
  ['en-GB', 'Up to US$1,000', 'More than US$6,000', /US\$200\s?–\s?(US\$)?700 per session/],
  ['es-MX', 'Hasta USD 1,000', 'Más de USD 6,000', /USD\s200\s?[-–]\s?700 por sesión/],
  ['es-ES', 'Hasta 1000 US$', 'Más de 6000 US$', /200\s?[-–]\s?700\sUS\$ por sesión/],
]) {
  test(`a ${lang} visitor reads budgets and prices in dollars, written the ${lang} way`, async ({ page }) => {
    await page.goto(`/hosts/guide.html?lang=${lang}`);
    const w = widget(page);
    const content = lang.startsWith('es') ? SPANISH_CONTENT : CONTENT;
    const budget = content.quiz.question.find((q) => q.id === 'budget');
    await w.getByRole('button', { name: content.ui.journeys.quiz.title }).click();
    const form = w.locator(`${LIVE} form.question`);
    // Through the quiz by each question's first answer, as far as the budget.
    for (let step = 0; step < 40; step++) {
      const id = await form.getAttribute('data-question');
      if (id === 'budget') break;
      await form.locator('input').first().check();
      await form.locator('button[type=submit]').click();
      await expect(form).not.toHaveAttribute('data-question', id);
    }
    await expect(form).toHaveAttribute('data-question', 'budget');
    const labels = form.locator('label.option');
    await expect(labels).toHaveCount(budget.answer.length);
    const norm = (s) => s.replace(/\s/g, ' ').trim();
    const shown = (await labels.allInnerTexts()).map(norm);
    expect(shown[0]).toBe(norm(upTo));
    expect(shown.at(-1)).toBe(norm(over));
    // The comparison: the same currency written the same region's way, and
    // marked as an example while the content says it is one (N3).
    // (A new tab: this one would come back to the quiz where it was.)
    const tab = await page.context().newPage();
    await tab.goto(`/hosts/guide.html?lang=${lang}`);
    await widget(tab).getByRole('button', { name: content.ui.journeys.compare.title }).click();
    const needling = widget(tab).locator(`${LIVE} tr[data-treatment=microneedling]`);
    const prefix = content.ui.compare.example_price.split('{price}')[0];
    await expect(needling).toContainText(prefix);
    expect(norm(await needling.innerText())).toMatch(price);
  });
}
