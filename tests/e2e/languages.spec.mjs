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
