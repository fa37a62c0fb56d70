// Every citation in every journey opens its record in a new tab, and says
// so to screen readers. Common-practice notes, which no record holds, are
// the only citations without a link, and they are shown as text.
import { expect, test } from '@playwright/test';
import { CONTENT, UI, widget } from './helpers.mjs';
import { answerByPointer, finish, openQuiz } from './quiz-steps.mjs';

const byCitation = new Map(CONTENT.sources.map((s) => [s.citation, s]));

/** Checks every citation inside `scope`; returns how many were links. */
async function expectCitationsOpenTheirRecords(scope) {
  const items = scope.locator('.citations li');
  const count = await items.count();
  expect(count, 'citations shown').toBeGreaterThan(0);
  let links = 0;
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    const link = item.getByRole('link');
    const text = (await item.innerText()).replace(UI.navigation.new_tab, '').trim();
    const source = byCitation.get(text);
    expect(source, `"${text}" is a source in the content`).toBeTruthy();
    if (!source.url) {
      await expect(link).toHaveCount(0);
      continue;
    }
    links++;
    await expect(link).toHaveAttribute('href', source.url);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAccessibleName(`${source.citation} ${UI.navigation.new_tab}`);
  }
  return links;
}

test('the quiz result\'s citations are links to their records', async ({ page }) => {
  await openQuiz(page);
  await finish(page, { keloids: ['yes'], 'cold-sores': ['sometimes'], 'skin-type': ['never-burns'] }, answerByPointer);
  const result = widget(page).locator('.result');
  for (const summary of await result.locator('details.sources > summary').all()) await summary.click();
  expect(await expectCitationsOpenTheirRecords(result)).toBeGreaterThan(0);
});

test('the scar guide\'s citations are links to their records', async ({ page }) => {
  await page.goto('/');
  await widget(page).getByRole('button', { name: UI.journeys.scars.title }).click();
  const picker = widget(page).getByRole('group', { name: UI.scars.pick_type });
  for (const scar of CONTENT.scars.scar) {
    await picker.getByRole('radio', { name: scar.name }).check();
    const card = widget(page).locator('article.scar');
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(scar.name);
    const sources = card.locator('details.sources');
    // The disclosure stays open from one type to the next.
    if (!(await sources.evaluate((details) => details.open))) await sources.locator('summary').click();
    await expect.poll(() => sources.evaluate((details) => details.open)).toBe(true);
    await expectCitationsOpenTheirRecords(card);
  }
});

test('the comparison\'s citations are links to their records', async ({ page }) => {
  await page.goto('/');
  await widget(page).getByRole('button', { name: UI.journeys.compare.title }).click();
  const boxes = widget(page).getByRole('table', { name: UI.compare.caption }).getByRole('checkbox');
  for (let i = 0; i < 3; i++) await boxes.nth(i).check();
  const row = widget(page).locator('.side-by-side .sources-row');
  await expect(row).toBeVisible();
  expect(await expectCitationsOpenTheirRecords(row)).toBeGreaterThan(0);
});
