// The guide on a Spanish page, as its visitor sees it: every view in Spanish
// with no sentence of the English content left over, plural forms in both
// languages, and the accessibility audit on the Spanish views.
import { expect, test } from '@playwright/test';
import { CONTENT, expectNoAxeViolations, screenshot, widget } from './helpers.mjs';
import { compiled, takeQuiz, tour } from './tour.mjs';

const SPANISH = compiled('es');

/** Every string of a compiled content, Markdown links and emphasis reduced to their words. */
function strings(value, found = []) {
  if (typeof value === 'string') found.push(value.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_]/g, ''));
  else if (value && typeof value === 'object') for (const item of Object.values(value)) strings(item, found);
  return found;
}

/** The English content's sentences (the parts between placeholders, of three
 *  words or more) that the Spanish content does not also hold: the record
 *  titles of the sources, say, are the same in both. */
const spanishText = strings(SPANISH).join('\n');
const ENGLISH_SENTENCES = [
  ...new Set(
    strings(CONTENT)
      .flatMap((text) => text.split(/\{\w+\}/))
      .map((part) => part.trim())
      .filter((part) => (part.match(/\p{L}+/gu) ?? []).length >= 3 && !spanishText.includes(part)),
  ),
];

const AUDITED = ['start', 'scar rolling', 'comparison', 'side by side', 'question adult', 'question scar-types', 'result', 'comparison for the answers'];

test('an es-MX page shows every journey in Spanish, with no English sentence, and passes the audit', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  expect(ENGLISH_SENTENCES.length).toBeGreaterThan(100);
  await page.goto('/hosts/guide.html?lang=es-MX');
  const section = widget(page).locator('section.widget');
  await expect(section).toHaveAttribute('lang', 'es');
  const visited = [];
  await tour(page, SPANISH, async (view) => {
    visited.push(view);
    const shown = await section.innerText();
    const english = ENGLISH_SENTENCES.filter((sentence) => shown.includes(sentence));
    expect(english, `English on the Spanish "${view}" view`).toEqual([]);
    if (AUDITED.includes(view)) {
      await expectNoAxeViolations(page, `Spanish ${view}`);
      await screenshot(page, testInfo, `es-${view.replaceAll(' ', '-')}`);
    }
  });
  expect(visited).toEqual(expect.arrayContaining(AUDITED));

  // The printed summary, in its own frame, is Spanish too.
  await widget(page).getByRole('button', { name: SPANISH.ui.navigation.back, exact: true }).click();
  await widget(page).getByRole('button', { name: SPANISH.ui.journeys.quiz.title }).click();
  await widget(page).getByRole('button', { name: SPANISH.ui.quiz.print, exact: true }).click();
  const summary = widget(page).frameLocator('iframe.print-frame');
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText(SPANISH.ui.quiz.summary_title);
  await expect(summary.locator('html')).toHaveAttribute('lang', 'es');
  const printed = await summary.locator('body').innerText();
  expect(ENGLISH_SENTENCES.filter((sentence) => printed.includes(sentence))).toEqual([]);
});

/** Finishes the tour's quiz at `host` with at most a day of downtime, and reads
 *  microneedling's reasons in the comparison ordered for those answers. */
async function downtimeReason(page, host, content) {
  await page.goto(host);
  const w = widget(page);
  await w.getByRole('button', { name: content.ui.journeys.quiz.title }).click();
  await takeQuiz(w, content);
  await w.getByRole('button', { name: content.ui.quiz.compare_for_you, exact: true }).click();
  return w.locator('tr[data-treatment="microneedling"] .reasons');
}

test('plural forms follow the number, in English and in Spanish', async ({ page, context }) => {
  // At most a day of downtime, against microneedling's 1 to 7 days.
  const english = await downtimeReason(page, '/hosts/guide.html?lang=en-US', CONTENT);
  await expect(english).toContainText('1–7 days of recovery');
  await expect(english).toContainText('the 1 day you can allow');
  await expect(english).not.toContainText('1 days');
  // Another tab: this one keeps the English visitor's answers.
  const spanish = await downtimeReason(await context.newPage(), '/hosts/guide.html?lang=es-MX', SPANISH);
  // Spanish writes the range with a hyphen (Intl's choice for es).
  await expect(spanish).toContainText(/1[–-]7 días de recuperación/);
  await expect(spanish).toContainText('tu máximo de 1 día');
  await expect(spanish).not.toContainText('1 días');
});
