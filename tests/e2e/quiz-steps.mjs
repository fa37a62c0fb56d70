// The steps of taking the quiz, shared by every spec that needs a visitor
// who has (or has not) finished it.
import { expect } from '@playwright/test';
import { CONTENT, LIVE, UI, answerLabel, expectNoAxeViolations, screenshot, widget } from './helpers.mjs';

export const QUIZ = CONTENT.quiz;
export const question = (id) => QUIZ.question.find((q) => q.id === id);

export async function openQuiz(page) {
  await page.goto('/');
  await widget(page).getByRole('button', { name: UI.journeys.quiz.title }).click();
  await expect(currentQuestion(page)).toBeVisible();
}

export const currentQuestion = (page) => widget(page).locator(`${LIVE} form.question`);

/** The id of the question on screen, once it has settled. */
export async function currentId(page) {
  const form = currentQuestion(page);
  await expect(form).toHaveCount(1);
  return form.getAttribute('data-question');
}

export function choicesFor(plan, id) {
  return plan[id] ?? [question(id).answer[0].id];
}

export async function answerByPointer(page, plan) {
  const id = await currentId(page);
  const q = question(id);
  for (const answerId of choicesFor(plan, id)) {
    const answer = q.answer.find((a) => a.id === answerId);
    await currentQuestion(page).getByLabel(answerLabel(CONTENT, answer), { exact: true }).check();
  }
  await currentQuestion(page).locator('button[type=submit]').click();
  return id;
}

export async function answerByKeyboard(page, plan) {
  const id = await currentId(page);
  const q = question(id);
  const form = currentQuestion(page);
  await expect(form.getByRole('heading', { level: 2 })).toBeFocused();
  const inputs = form.locator('input');
  for (const answerId of choicesFor(plan, id)) {
    const index = q.answer.findIndex((a) => a.id === answerId);
    if (q.multiple) {
      await inputs.nth(index).focus({ timeout: 1000 }).catch(() => {});
      // Reach the checkbox with Tab from the heading, as a keyboard user would.
      await form.getByRole('heading', { level: 2 }).focus();
      for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
      await expect(inputs.nth(index)).toBeFocused();
      await page.keyboard.press('Space');
    } else {
      await page.keyboard.press('Tab');
      await expect(inputs.first()).toBeFocused();
      await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
      await expect(inputs.nth(index)).toBeChecked();
    }
  }
  await page.keyboard.press('Enter');
  return id;
}

/** Answers until the result shows; returns the ids of the questions asked. */
export async function finish(page, plan, answer, { audit = false, shots = null } = {}) {
  const asked = [];
  for (let step = 0; step < 40; step++) {
    if (await widget(page).locator('.result').count()) return asked;
    const id = await currentId(page);
    if (audit) await expectNoAxeViolations(page, `quiz question ${id}`);
    if (shots && (step === 0 || ['allergies', 'scar-types', 'isotretinoin-when'].includes(id))) {
      await screenshot(page, shots, `quiz-${id}`);
    }
    asked.push(await answer(page, plan));
    await expect(widget(page).locator(`form.question[data-question="${id}"]`)).toHaveCount(0);
  }
  throw new Error('the quiz did not end');
}

