// Every view at 320 px (a small phone, or a 640 px window at 200% zoom):
// nothing may make the page or the guide scroll sideways.
import { expect, test } from '@playwright/test';
import { CONTENT, UI, screenshot, sidewaysOverflow, widget } from './helpers.mjs';
import { QUIZ, answerByPointer, currentId, currentQuestion } from './quiz-steps.mjs';

test.beforeEach(async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one width, one run');
  await page.setViewportSize({ width: 320, height: 640 });
});

const fits = async (page, view) => expect(await sidewaysOverflow(page), `sideways overflow on ${view}`).toBeLessThanOrEqual(0);

const open = async (page, journey) => {
  await page.goto('/');
  await fits(page, 'the start screen');
  await widget(page).getByRole('button', { name: UI.journeys[journey].title }).click();
};

test('every quiz question and the result fit 320 px', async ({ page }, testInfo) => {
  await open(page, 'quiz');
  // Every scar type ticked, so that every follow-up and figure shows.
  const plan = { 'scar-types': QUIZ.question.find((q) => q.id === 'scar-types').answer.filter((a) => !a.exclusive).map((a) => a.id) };
  for (let step = 0; step < 40 && !(await widget(page).locator('.result').count()); step++) {
    const id = await currentId(page);
    await fits(page, `question ${id}`);
    if (id === 'scar-types') await screenshot(page, testInfo, 'narrow-scar-types');
    await answerByPointer(page, plan);
    await expect(widget(page).locator(`form.question[data-question="${id}"]`)).toHaveCount(0);
  }
  await expect(widget(page).locator('.result')).toBeVisible();
  await fits(page, 'the quiz result');
  await widget(page).getByRole('button', { name: UI.quiz.compare_for_you }).click();
  await expect(widget(page).getByText(UI.compare.personalised)).toBeVisible();
  await fits(page, 'the personalised comparison');
});

test('every scar type fits 320 px', async ({ page }) => {
  await open(page, 'scars');
  const picker = widget(page).getByRole('group', { name: UI.scars.pick_type });
  for (const scar of CONTENT.scars.scar) {
    await picker.getByRole('radio', { name: scar.name }).check();
    await expect(widget(page).locator('article.scar h3')).toHaveText(scar.name);
    await fits(page, `the ${scar.id} scar`);
  }
});

test('the comparison and three options side by side fit 320 px', async ({ page }) => {
  await open(page, 'compare');
  await fits(page, 'the comparison');
  const boxes = widget(page).getByRole('table', { name: UI.compare.caption }).getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  await expect(widget(page).locator('.side-by-side thead th')).toHaveCount(3);
  await fits(page, 'three options side by side');
});

test('the overflow check catches a view that is too wide', async ({ page }) => {
  await open(page, 'quiz');
  await expect(currentQuestion(page)).toBeVisible();
  await widget(page).locator('.root').evaluate((root) => {
    const wide = document.createElement('div');
    wide.style.width = '400px';
    wide.style.height = '1px';
    root.append(wide);
  });
  expect(await sidewaysOverflow(page)).toBeGreaterThan(0);
});
