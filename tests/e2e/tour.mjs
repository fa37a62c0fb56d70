// A visitor's tour of every view of the guide, in whatever language it shows:
// the start screen, each scar type with its sources, the comparison (list and
// side by side), every quiz question to the result with all answers open, and
// the comparison ordered for those answers. Every label is read from the
// content on screen, so the same tour runs in English, Spanish and the
// pseudo-locales. `visit(name)` is called on each settled view.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { answerLabel } from './helpers.mjs';

/** A compiled language of the bundle under test, or of a test folder. */
export const compiled = (locale, folder = null) =>
  JSON.parse(
    readFileSync(new URL(folder ? `results/test-content/${folder}/${locale}.json` : `../../dist/content/${locale}.json`, import.meta.url)),
  );

/** Answers that fill the result: a flag to wait for, one to mention, rolling
 *  scars, and at most a day of downtime (one day: the singular forms). */
export const TOUR_ANSWERS = {
  'active-acne': ['yes'],
  'cold-sores': ['sometimes'],
  'scar-types': ['rolling'],
  downtime: ['one-day'],
};

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name]);

export async function tour(page, content, visit, widget = page.locator('[data-scarguide]')) {
  const ui = content.ui;
  const open = (journey) => widget.getByRole('button', { name: ui.journeys[journey].title }).click();
  const back = async () => {
    await widget.getByRole('button', { name: ui.navigation.back, exact: true }).click();
    await expect(widget.locator('.journey')).toHaveCount(3);
  };

  await expect(widget.locator('.journey')).toHaveCount(3);
  await visit('start');

  await open('scars');
  const picker = widget.getByRole('group', { name: ui.scars.pick_type });
  for (const scar of content.scars.scar) {
    await picker.getByRole('radio', { name: scar.name, exact: true }).check();
    const card = widget.locator('article.scar');
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(scar.name);
    // The sources stay open from one type to the next once opened.
    if (!(await card.locator('details.sources').evaluate((details) => details.open))) {
      await card.locator('details.sources > summary').click();
    }
    await expect(card.locator('details.sources li').first()).toBeVisible();
    await visit(`scar ${scar.id}`);
  }
  await back();

  await open('compare');
  await expect(widget.locator('[data-screen="compare"]')).toBeVisible();
  await visit('comparison');
  for (const treatment of content.treatments.treatment.slice(0, 3)) {
    await widget.getByRole('checkbox', { name: fill(ui.compare.pick, { name: treatment.name }), exact: true }).check();
  }
  await widget.locator('.pick-bar button').click();
  await expect(widget.locator('.side-by-side')).toBeVisible();
  await visit('side by side');
  await back();

  await open('quiz');
  await takeQuiz(widget, content, visit);
  await widget.locator('.all-answers > summary').click();
  await expect(widget.locator('.all-answers li').first()).toBeVisible();
  await visit('result');

  await widget.getByRole('button', { name: ui.quiz.compare_for_you, exact: true }).click();
  await expect(widget.getByText(ui.compare.personalised, { exact: true })).toBeVisible();
  await visit('comparison for the answers');
}

/** Answers every question with TOUR_ANSWERS (else the first answer) until
 *  the result shows, calling `visit` on each question. */
export async function takeQuiz(widget, content, visit = async () => {}) {
  const pageLang = await widget.page().locator('html').getAttribute('lang');
  for (let step = 0; step < 40; step++) {
    const form = widget.locator('form.question');
    await expect(form.or(widget.locator('.result'))).toHaveCount(1);
    if (await widget.locator('.result').count()) return;
    const id = await form.getAttribute('data-question');
    await visit(`question ${id}`);
    const question = content.quiz.question.find((q) => q.id === id);
    for (const answerId of TOUR_ANSWERS[id] ?? [question.answer[0].id]) {
      const answer = question.answer.find((a) => a.id === answerId);
      await form.getByLabel(answerLabel(content, answer, pageLang), { exact: true }).check();
    }
    await form.locator('button[type=submit]').click();
    await expect(widget.locator(`form.question[data-question="${id}"]`)).toHaveCount(0);
  }
  throw new Error('the quiz did not end');
}
