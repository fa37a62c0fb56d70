// The candidacy quiz as visitors take it: by pointer and by keyboard, to
// every outcome, with reloads, forgetting, hostile storage, events and the
// printable summary. Questions and answers are read from the compiled content.
import { expect, test } from '@playwright/test';
import { CONTENT, UI, answerLabel, breakStorage, expectNoAxeViolations, refuseStorageWrites, screenshot, storedProgress, widget } from './helpers.mjs';
import { QUIZ, answerByKeyboard, answerByPointer, choicesFor, currentId, currentQuestion, finish, openQuiz, question } from './quiz-steps.mjs';

/** Answer plans (question id → answer ids; the rest get their first answer) per outcome. */
const PLANS = {
  fine: {},
  mention: { 'cold-sores': ['sometimes'] },
  wait: { 'active-acne': ['yes'], 'cold-sores': ['sometimes'] },
  doctor: { keloids: ['yes'], isotretinoin: ['yes'], 'isotretinoin-when': ['under-six-months'] },
  'under-age': { adult: ['no'], keloids: ['yes'] },
};

for (const [outcome, plan] of Object.entries(PLANS)) {
  test(`pointer: the quiz ends "${outcome}" with every flag explained`, async ({ page }, testInfo) => {
    await openQuiz(page);
    const asked = await finish(page, plan, answerByPointer, { shots: outcome === 'doctor' ? testInfo : null });
    expect(asked.includes('isotretinoin-when')).toBe(plan.isotretinoin?.[0] === 'yes');
    const w = widget(page);
    await expect(w.getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes[outcome].title);
    await expect(w.getByRole('heading', { level: 2 })).toBeFocused();
    const flagged = Object.entries(plan).flatMap(([q, answers]) =>
      answers.map((a) => question(q).answer.find((x) => x.id === a)).filter((a) => a.effect && a.effect !== 'fine'),
    );
    await expect(w.locator('.flag')).toHaveCount(flagged.length);
    for (const answer of flagged) {
      await expect(w.locator('.flag').filter({ hasText: answer.reason })).toContainText(answer.what_to_do);
    }
    await expect(w.locator('.disclaimer')).toBeVisible();
    // Each outcome's own call to action (N1 of the second medical review).
    const action = QUIZ.call_to_action[outcome];
    const book = w.getByRole('link', { name: UI.quiz.book });
    if (action === 'none') {
      // Under 18: nothing to book and no number to call, anywhere.
      await expect(book).toHaveCount(0);
      await expect(w.locator('a[href^="tel:"], [data-booking]')).toHaveCount(0);
      await expect(w.locator('section.book')).toHaveCount(0);
    } else {
      await expect(book).toHaveAttribute('href', CONTENT.site.clinic.booking_url);
      const heading = action === 'after-doctor' ? QUIZ.outcomes[outcome].book_heading : UI.quiz.book_heading;
      await expect(w.locator('#book-heading')).toHaveText(heading);
      // The doctor comes first: booking is the quieter, second step.
      await expect(book).toHaveClass(action === 'after-doctor' ? /secondary/ : /primary/);
    }
    await screenshot(page, testInfo, `quiz-result-${outcome}`);
  });

  test(`keyboard: the quiz ends "${outcome}"`, async ({ page }) => {
    await openQuiz(page);
    await finish(page, plan, answerByKeyboard);
    await expect(widget(page).getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes[outcome].title);
  });
}

test('every step of the quiz passes the axe-core audit', async ({ page }) => {
  test.setTimeout(120_000); // one audit per question
  await openQuiz(page);
  await finish(page, PLANS['under-age'], answerByPointer, { audit: true });
  await expectNoAxeViolations(page, 'quiz result');
});

test('options are at least 44 px tall', async ({ page }) => {
  await openQuiz(page);
  const heights = await currentQuestion(page).locator('label.option, button').evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().height),
  );
  for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
});

test('a reload mid-way resumes at the same question with the same answers', async ({ page }) => {
  await openQuiz(page);
  const first = await answerByPointer(page, PLANS.wait);
  const second = await answerByPointer(page, PLANS.wait);
  // The plan's own answer, not a default, is among those that must survive.
  expect(PLANS.wait[second]).toBeDefined();
  const third = await currentId(page);
  await page.reload();
  await expect(currentQuestion(page)).toHaveAttribute('data-question', third);
  for (const id of [second, first]) {
    await currentQuestion(page).getByRole('button', { name: UI.quiz.back }).click();
    await expect(currentQuestion(page)).toHaveAttribute('data-question', id);
    for (const chosen of choicesFor(PLANS.wait, id)) {
      const label = answerLabel(CONTENT, question(id).answer.find((answer) => answer.id === chosen));
      await expect(currentQuestion(page).getByLabel(label, { exact: true })).toBeChecked();
    }
  }
});

test('an answer changed from the result updates the outcome', async ({ page }) => {
  await openQuiz(page);
  await finish(page, PLANS.wait, answerByPointer);
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes.wait.title);
  const acne = w.locator('.flag').filter({ hasText: question('active-acne').text });
  await acne.getByRole('button', { name: UI.quiz.change }).click();
  await expect(currentQuestion(page)).toHaveAttribute('data-question', 'active-acne');
  await currentQuestion(page).getByLabel('No', { exact: true }).check();
  await currentQuestion(page).locator('button[type=submit]').click();
  await expect(w.getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes.mention.title);
});

test('answers stay in the tab unless the visitor asks to be remembered, and forget wipes every trace', async ({ page, context }) => {
  await openQuiz(page);
  await finish(page, PLANS.mention, answerByPointer);
  const w = widget(page);
  const stored = () => page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }));
  expect(Object.keys((await stored()).local)).toEqual([]);
  await w.getByLabel(UI.quiz.remember).check();
  await expect.poll(async () => Object.keys((await stored()).local).length).toBe(1);

  // A new tab on the same device gets the remembered answers.
  const other = await context.newPage();
  await other.goto('/');
  await widget(other).getByRole('button', { name: UI.journeys.quiz.title }).click();
  await expect(widget(other).getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes.mention.title);

  await w.getByRole('button', { name: UI.quiz.forget }).click();
  await expect(w.getByRole('status')).toHaveText(UI.quiz.forgotten);
  await expect(currentQuestion(page)).toHaveAttribute('data-question', QUIZ.question[0].id);
  const after = await stored();
  expect(Object.keys(after.local)).toEqual([]);
  expect(Object.keys(after.session).filter((k) => k.endsWith(':quiz'))).toEqual([]);
});

test('the quiz works when storage throws', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await breakStorage(page);
  await openQuiz(page);
  await finish(page, PLANS.mention, answerByPointer);
  await expect(widget(page).getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes.mention.title);
  expect(errors).toEqual([]);
});

// Stored as the widget stores it (hex postcard, see helpers.mjs). The first
// case shows stored progress is read at all, so the others can fail.
for (const [label, tab, device, resumesAt] of [
  ['this version\'s progress', () => storedProgress({ answers: { [QUIZ.question[0].id]: [QUIZ.question[0].answer[0].id] }, current: QUIZ.question[1].id }), null, 1],
  ['garbage', () => '{"version":1,"answers":{"active-acne":"oops"}', () => '[1,2,3]', 0],
  ['another version', () => storedProgress({ version: 99, answers: { [QUIZ.question[0].id]: [QUIZ.question[0].answer[0].id] }, current: QUIZ.question[1].id }), null, 0],
  ['answers this quiz does not have', () => storedProgress({ answers: { 'no-such-question': ['yes'] }, current: 'no-such-question' }), null, 0],
]) {
  test(`storage holding ${label} for the quiz resumes at question ${resumesAt + 1}`, async ({ page }) => {
    await page.addInitScript(
      ([tabValue, deviceValue]) => {
        sessionStorage.setItem('scarguide:scar-guide:quiz', tabValue);
        if (deviceValue) localStorage.setItem('scarguide:scar-guide:quiz', deviceValue);
      },
      [tab(), device?.()],
    );
    await openQuiz(page);
    await expect(currentQuestion(page)).toHaveAttribute('data-question', QUIZ.question[resumesAt].id);
  });
}

test('a browser that reads storage but refuses writes (Safari private mode) keeps the answers while the page is open', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await refuseStorageWrites(page);
  await openQuiz(page);
  for (let i = 0; i < 3; i++) {
    const id = await answerByPointer(page, {});
    await expect(widget(page).locator(`form.question[data-question="${id}"]`)).toHaveCount(0);
  }
  const fourth = await currentId(page);
  const w = widget(page);
  await w.getByRole('button', { name: UI.navigation.back }).click();
  await w.getByRole('button', { name: UI.journeys.quiz.title }).click();
  await expect(currentQuestion(page)).toHaveAttribute('data-question', fourth);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  expect(errors).toEqual([]);
});

// Analytics may learn where the visitor got to, never what they answered:
// the follow-up that the "doctor" plan triggers is not counted, because a
// longer quiz would tell that one was asked.
test('the host hears where the visitor got to, and the outcome only when it opted in', async ({ page }) => {
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['opened', 'question', 'result', 'booking']) {
      document.addEventListener('scarguide:' + name, (event) => {
        window.__events.push({ name, detail: JSON.stringify(event.detail) });
      });
    }
    // The booking link opens a tab; keep it on this page for the test.
    document.addEventListener('click', (event) => event.composedPath()[0].closest?.('[data-booking]') && event.preventDefault(), true);
  });
  await openQuiz(page);
  const asked = await finish(page, PLANS.doctor, answerByPointer);
  const main = QUIZ.question.filter((q) => !q.follow_up);
  expect(asked.some((id) => question(id).follow_up)).toBe(true);
  const events = await page.evaluate(() => window.__events);
  expect(events).toEqual([
    { name: 'opened', detail: '{"journey":"quiz"}' },
    ...main.map((_, i) => ({ name: 'question', detail: JSON.stringify({ number: i + 1, of: main.length }) })),
    { name: 'result', detail: '{}' },
  ]);

  // Opted in: the result carries the outcome level, and nothing else.
  await widget(page).evaluate((host) => host.setAttribute('data-events', 'outcome'));
  await page.evaluate(() => (window.__events = []));
  await widget(page).locator('details.all-answers summary').click();
  await widget(page).getByRole('button', { name: UI.quiz.change }).first().click();
  await currentQuestion(page).locator('button[type=submit]').click();
  await expect(widget(page).getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes.doctor.title);
  await widget(page).getByRole('link', { name: UI.quiz.book }).click();
  expect(await page.evaluate(() => window.__events)).toEqual([
    // The first "Change" is the first flag's: the keloids question.
    { name: 'question', detail: JSON.stringify({ number: main.findIndex((q) => q.id === 'keloids') + 1, of: main.length }) },
    { name: 'result', detail: '{"outcome":"doctor"}' },
    { name: 'booking', detail: '{}' },
  ]);
});

test('the summary prints from its own frame, without the host page', async ({ page }) => {
  await openQuiz(page);
  await finish(page, PLANS.wait, answerByPointer);
  await widget(page).getByRole('button', { name: UI.quiz.print }).click();
  const summary = widget(page).frameLocator('iframe.print-frame');
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText(UI.quiz.summary_title);
  await expect(summary.getByText(question('active-acne').text)).toHaveCount(2);
  await expect(summary.getByText(UI.quiz.questions_to_ask[0])).toHaveCount(1);
  await expect(summary.getByText('Smoother skin, planned together')).toHaveCount(0);
});

test('any answer can be changed from the result, not only the flagged ones', async ({ page }) => {
  await openQuiz(page);
  await finish(page, PLANS.fine, answerByPointer);
  const w = widget(page);
  await w.locator('.all-answers > summary').click();
  const downtime = w.locator('.all-answers li').filter({ hasText: question('downtime').text });
  await downtime.getByRole('button', { name: UI.quiz.change }).click();
  await expect(currentQuestion(page)).toHaveAttribute('data-question', 'downtime');
  await currentQuestion(page).getByLabel('Up to a week').check();
  await currentQuestion(page).locator('button[type=submit]').click();
  await expect(w.getByRole('heading', { level: 2 })).toHaveText(QUIZ.outcomes.fine.title);
  await w.locator('.all-answers > summary').click();
  await expect(w.locator('.all-answers li').filter({ hasText: question('downtime').text })).toContainText('Up to a week');
});
