// The treatment comparison as visitors use it: the neutral order with an
// invitation to the quiz, the table (desktop) and cards (phone), picking up
// to three options side by side, and the order after a finished quiz.
import { expect, test } from '@playwright/test';
import { CONTENT, UI, breakStorage, expectNoAxeViolations, refuseStorageWrites, screenshot, widget } from './helpers.mjs';
import { answerByPointer, finish, openQuiz } from './quiz-steps.mjs';

const TEXTS = UI.compare;
const TREATMENTS = CONTENT.treatments.treatment;
const byId = (id) => TREATMENTS.find((t) => t.id === id);

async function openComparison(page) {
  await page.goto('/');
  await widget(page).getByRole('button', { name: UI.journeys.compare.title }).click();
  await expect(table(page)).toBeVisible();
}

const table = (page) => widget(page).getByRole('table', { name: TEXTS.caption });
const rowIds = (page) => table(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.treatment));
const pickBox = (page, id) => widget(page).getByRole('checkbox', { name: TEXTS.pick.replace('{name}', byId(id).name) });

test('without quiz answers: every option in content order, with an invitation to the quiz', async ({ page }, testInfo) => {
  await openComparison(page);
  expect(await rowIds(page)).toEqual(TREATMENTS.map((t) => t.id));
  await expect(widget(page).getByText(TEXTS.neutral)).toBeVisible();
  await expect(table(page).locator('.badge')).toHaveCount(0);
  // Every option shows its figures: downtime, sessions, cost, levels and evidence.
  const needling = table(page).locator('tr[data-treatment="microneedling"]');
  await expect(needling).toContainText(`${byId('microneedling').downtime_days.min}–${byId('microneedling').downtime_days.max}`);
  // A price per session comes with the course it adds up to, so options compare like for like.
  const { price, sessions } = byId('microneedling');
  // Money, numbers and plurals in the content's language, as the browser's Intl writes them.
  const currency = new Intl.NumberFormat(CONTENT.locale, { style: 'currency', currency: CONTENT.site.currency, maximumFractionDigits: 0 });
  const money = (min, max) => currency.formatRange(min, max);
  const perSession = TEXTS.per_session_course
    .replace('{price}', money(price.min, price.max))
    .replace('{total}', money(price.min * sessions.min, price.max * sessions.max))
    .replace('{sessions}', TEXTS.session_count.other.replace('{range}', `${sessions.min}–${sessions.max}`));
  // The shipped prices are examples, and say so (N3 of the medical review).
  expect(price.example).toBe(true);
  await expect(needling).toContainText(TEXTS.example_price.replace('{price}', perSession));
  await screenshot(page, testInfo, 'compare');
  await expectNoAxeViolations(page, 'comparison');
  await widget(page).getByRole('button', { name: TEXTS.take_quiz }).click();
  await expect(widget(page).locator('form.question')).toBeVisible();
});

test('cards stay readable at 320 px without sideways scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openComparison(page);
  await pickBox(page, 'microneedling').check();
  await pickBox(page, 'subcision').check();
  const overflow = await widget(page).locator('.compare-screen').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, testInfo, 'compare-320');
});

test('a table on wide screens, cards on phones', async ({ page }, testInfo) => {
  await openComparison(page);
  const display = await table(page).locator('tbody tr').first().evaluate((row) => getComputedStyle(row).display);
  const header = table(page).locator('thead');
  if (testInfo.project.name === 'desktop') {
    expect(display).toBe('table-row');
    await expect(header).toBeVisible();
  } else {
    expect(display).toBe('grid');
    // The column names travel with each card instead.
    await expect(table(page).locator('tbody tr').first().locator('.cell-label').first()).toBeVisible();
  }
  const overflow = await widget(page).locator('.compare-screen').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('picking up to three options shows them side by side; a fourth is refused with a reason', async ({ page }, testInfo) => {
  test.setTimeout(90_000); // two axe audits of a long table, and two screenshots
  await openComparison(page);
  const ids = TREATMENTS.slice(0, 4).map((t) => t.id);
  for (const id of ids.slice(0, 3)) await pickBox(page, id).check();
  const side = widget(page).getByRole('region', { name: TEXTS.side_by_side }).first();
  const columns = widget(page).locator('.side-by-side thead th');
  await expect(columns).toHaveText(ids.slice(0, 3).map((id) => byId(id).name));
  // One row per scar type, rated in the scar guide's words.
  for (const scar of CONTENT.scars.scar) {
    await expect(widget(page).locator('.side-by-side tbody th', { hasText: scar.name })).toHaveCount(1);
  }
  // The main risks, each with its level, from the content.
  const risks = widget(page).locator('.side-by-side tbody tr', { has: page.locator('th', { hasText: TEXTS.main_risks }) });
  await expect(risks).toHaveCount(1);
  for (const id of ids.slice(0, 3)) await expect(risks).toContainText(byId(id).main_risks);
  await pickBox(page, ids[3]).click();
  await expect(pickBox(page, ids[3])).not.toBeChecked();
  await expect(widget(page).getByRole('status').filter({ hasText: TEXTS.picks_full.other.replace('{max}', '3') })).toBeVisible();
  await expect(columns).toHaveCount(3);

  await widget(page).locator('.pick-bar button').click();
  await expect(widget(page).getByRole('heading', { name: TEXTS.side_by_side })).toBeFocused();
  await screenshot(page, testInfo, 'compare-side-by-side');
  await expectNoAxeViolations(page, 'side by side');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, testInfo, 'compare-side-by-side-dark');
  await expectNoAxeViolations(page, 'side by side (dark)');
  await page.emulateMedia({ colorScheme: 'light' });

  // Unticking frees a place; Clear empties the view.
  await pickBox(page, ids[0]).uncheck();
  await expect(columns).toHaveCount(2);
  await widget(page).locator('.side-by-side').getByRole('button', { name: TEXTS.clear }).click();
  await expect(widget(page).locator('.side-by-side')).toHaveCount(0);
  await expect(side).toHaveCount(0);
});

test('picking works by keyboard alone', async ({ page }) => {
  await openComparison(page);
  await pickBox(page, 'microneedling').focus();
  await page.keyboard.press('Space');
  await expect(pickBox(page, 'microneedling')).toBeChecked();
  await expect(widget(page).locator('.side-by-side thead th')).toHaveText([byId('microneedling').name]);
});

test('after the quiz, options are ordered for the visitor with reasons from the data', async ({ page }, testInfo) => {
  await openQuiz(page);
  // Rolling scars, up to 3 days of downtime, up to $3,000 for a course, skin that burns.
  await finish(page, { 'scar-types': ['rolling'], downtime: ['three-days'], budget: ['under-3000'] }, answerByPointer);
  // The result leads straight to the comparison in the visitor's order.
  await widget(page).getByRole('button', { name: UI.quiz.compare_for_you }).click();
  await expect(widget(page).getByText(TEXTS.personalised)).toBeVisible();
  await expect(widget(page).getByRole('heading', { level: 2 })).toBeFocused();
  const order = await rowIds(page);
  expect(order).not.toEqual(TREATMENTS.map((t) => t.id));
  const index = (id) => order.indexOf(id);
  // Options not suitable for rolling scars come after every option that suits them.
  const suits = TREATMENTS.filter((t) => t.suits.rolling !== 'not-suitable').map((t) => t.id);
  const unsuitable = TREATMENTS.filter((t) => t.suits.rolling === 'not-suitable').map((t) => t.id);
  for (const good of suits) for (const bad of unsuitable) expect(index(good), `${good} before ${bad}`).toBeLessThan(index(bad));
  // The first option says why: how it suits rolling scars, and its downtime against 3 days.
  const first = table(page).locator('tbody tr').first();
  const rolling = CONTENT.scars.scar.find((s) => s.id === 'rolling').name;
  await expect(first.locator('.reasons li').first()).toContainText(rolling);
  await expect(first.locator('.badge')).toBeVisible();
  const needling = table(page).locator('tr[data-treatment="microneedling"] .reasons');
  await expect(needling).toContainText(TEXTS.downtime_partly.other.replace('{days}', TEXTS.days.other.replace('{range}', '1–7')).replace('{accept}', '3'));
  // A course of 3 to 6 sessions at $200–700 may cost more than $3,000.
  await expect(needling).toContainText(TEXTS.budget_partly);
  // A permanent filler with no price ("ask us") is not lifted above the options
  // the evidence favours, and says why it is lower.
  expect(index('pmma-filler')).toBeGreaterThan(index('microneedling'));
  expect(index('pmma-filler')).toBeGreaterThan(index('subcision'));
  await expect(table(page).locator('tr[data-treatment="pmma-filler"] .reasons')).toContainText(TEXTS.risk_high);
  await screenshot(page, testInfo, 'compare-personalised');
  await expectNoAxeViolations(page, 'personalised comparison');
});

for (const [label, fault] of [
  ['refuses storage', breakStorage],
  ['reads storage but refuses writes', refuseStorageWrites],
]) {
  test(`the personal order survives a browser that ${label}`, async ({ page }) => {
    await fault(page);
    await openQuiz(page);
    await finish(page, { 'scar-types': ['keloid'] }, answerByPointer);
    await widget(page).getByRole('button', { name: UI.quiz.compare_for_you }).click();
    await expect(widget(page).getByText(TEXTS.personalised)).toBeVisible();
    // Nothing suits keloids: every option says so.
    await expect(table(page).locator('.badge').first()).toHaveText(TEXTS.fit_poor);
    // And from the start screen too, as long as the page is open.
    await widget(page).getByRole('button', { name: UI.navigation.back }).click();
    await widget(page).getByRole('button', { name: UI.journeys.compare.title }).click();
    await expect(widget(page).getByText(TEXTS.personalised)).toBeVisible();
  });
}
