// The scar guide as visitors use it: open each type, move the needle by
// keyboard and by pointer, choose a treatment's depth, and arrive from the
// quiz. Names and texts are read from the compiled content.
import { expect, test } from '@playwright/test';
import { CONTENT, UI, expectNoAxeViolations, screenshot, widget } from './helpers.mjs';
import { answerByPointer, finish, openQuiz } from './quiz-steps.mjs';

const SCARS = CONTENT.scars.scar;
const TEXTS = UI.scars;
const PRESETS = CONTENT.treatments.treatment.filter((t) => t.reaches_mm != null);

async function openGuide(page) {
  await page.goto('/');
  await widget(page).getByRole('button', { name: UI.journeys.scars.title }).click();
  await expect(detail(page)).toBeVisible();
}

const detail = (page) => widget(page).locator('article.scar');
const slider = (page) => widget(page).getByRole('slider', { name: TEXTS.needle_label });
/** The needle's tip: the lowest y of its outline in the big diagram. */
const needleTip = (page) =>
  detail(page)
    .locator('path.needle')
    .getAttribute('d')
    .then((d) => Math.max(...d.match(/-?[\d.]+/g).map(Number).filter((_, i) => i % 2 === 1)));
const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, name) => values[name]);

test('each scar type opens by pointer with its diagram, checks and sources', async ({ page }, testInfo) => {
  await openGuide(page);
  const picker = widget(page).getByRole('group', { name: TEXTS.pick_type });
  await expect(picker.getByRole('radio')).toHaveCount(SCARS.length);
  for (const scar of SCARS) {
    await picker.getByRole('radio', { name: scar.name }).check();
    const card = detail(page);
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(scar.name);
    await expect(card.getByRole('img', { name: scar.diagram_alt })).toBeVisible();
    await expect(card.locator('text.diagram-label')).toHaveText([TEXTS.epidermis, TEXTS.dermis, TEXTS.fat]);
    await expect(card.locator('.checks li')).toHaveCount(scar.how_to_tell.length);
    await card.getByText(TEXTS.sources).click();
    await expect(card.locator('details.sources li')).toHaveCount(scar.sources.length);
    // Every shape and label stays inside the drawing's box.
    const overflow = await card.locator('svg.diagram').evaluate((svg) => {
      const box = svg.viewBox.baseVal;
      return [...svg.querySelectorAll('path, rect, line, text')]
        .map((shape) => ({ shape, b: shape.getBBox() }))
        .filter(({ b }) => b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.width + 0.5 || b.y + b.height > box.height + 0.5)
        .map(({ shape }) => shape.getAttribute('class'));
    });
    expect(overflow, `${scar.id}: shapes outside the drawing`).toEqual([]);
    await card.screenshot({ path: new URL(`results/screens/${testInfo.project.name}-scar-${scar.id}.png`, import.meta.url).pathname });
  }
  await screenshot(page, testInfo, 'scars');
});

test('the depth view works by keyboard: slider keys move the needle in every drawing', async ({ page }) => {
  await openGuide(page);
  const input = slider(page);
  await input.focus();
  await page.keyboard.press('Home');
  await expect(input).toHaveValue('0.25');
  const shallow = await needleTip(page);
  const thumbnails = widget(page).locator('.scar-option path.needle');
  await expect(thumbnails).toHaveCount(SCARS.length);
  const thumbBefore = await thumbnails.first().getAttribute('d');
  await page.keyboard.press('ArrowRight');
  await expect(input).toHaveValue('0.5');
  await expect(widget(page).locator('.needle-slider output')).toHaveText(fill(TEXTS.needle_value, { depth: '0.5' }));
  expect(await needleTip(page)).toBeGreaterThan(shallow);
  expect(await thumbnails.first().getAttribute('d')).not.toEqual(thumbBefore);
  await page.keyboard.press('End');
  await expect(input).toHaveValue('2.5');
  await expect(detail(page).locator('.needle-reach')).toContainText(fill(TEXTS.reaches_fat, { depth: '2.5' }));

  // Arrow keys move between scar types, as in any radio group.
  const radios = widget(page).getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('ArrowRight');
  await expect(radios.nth(1)).toBeChecked();
  await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(SCARS[1].name);
});

test('the depth view works by pointer: dragging the slider and choosing a treatment', async ({ page }) => {
  await openGuide(page);
  const input = slider(page);
  const box = await input.boundingBox();
  await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
  await expect(input).toHaveValue('2.5');
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(input).toHaveValue('0.25');
  await expect(detail(page).locator('.needle-reach')).toContainText(fill(TEXTS.reaches_dermis, { depth: '0.25' }));

  expect(PRESETS.length).toBeGreaterThan(0);
  const shallowest = PRESETS.reduce((a, b) => (a.reaches_mm < b.reaches_mm ? a : b));
  const chip = widget(page).getByRole('button', { name: shallowest.name });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(widget(page).getByRole('button', { pressed: true })).toHaveCount(1);
  await expect(detail(page).locator('.needle-reach')).toContainText(fill(TEXTS.reaches_epidermis, { depth: String(shallowest.reaches_mm) }));
});

test('the scar guide passes the axe-core audit, in light and dark', async ({ page }) => {
  await openGuide(page);
  await expectNoAxeViolations(page, 'scar guide');
  await widget(page).getByRole('radio', { name: SCARS.at(-2).name }).check();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, 'scar guide (dark)');
  await screenshot(page, test.info(), 'scars-dark');
});

test('the scar guide fits 320 px without sideways scrolling, and the diagram does not shift the page', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openGuide(page);
  await screenshot(page, testInfo, 'scars-320');
  const overflow = await widget(page).locator('.scars-screen').evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The drawing's height follows from its width as soon as it is in the page.
  const frame = detail(page).locator('.diagram-frame');
  const ratio = await frame.evaluate((el) => el.getBoundingClientRect().height / el.getBoundingClientRect().width);
  expect(ratio).toBeGreaterThan(0.3);
});

test('the quiz shows small diagrams for the scar types, and its result leads to the chosen types', async ({ page }, testInfo) => {
  await openQuiz(page);
  const chosen = ['rolling', 'boxcar'];
  let sawFigures = false;
  await finish(page, { 'scar-types': chosen }, async (p, plan) => {
    const form = widget(p).locator('form.question');
    if ((await form.getAttribute('data-question')) === 'scar-types') {
      await expect(form.locator('.scar-figure svg')).toHaveCount(SCARS.length);
      await screenshot(p, testInfo, 'quiz-scar-types-figures');
      sawFigures = true;
    }
    return answerByPointer(p, plan);
  });
  expect(sawFigures).toBe(true);
  const links = widget(page).getByRole('region', { name: UI.quiz.your_scar_types });
  const rolling = SCARS.find((s) => s.id === 'rolling');
  await links.getByRole('button', { name: rolling.name }).click();
  await expect(detail(page).getByRole('heading', { level: 3 })).toHaveText(rolling.name);
  await expect(widget(page).getByRole('radio', { name: rolling.name })).toBeChecked();
  await expect(widget(page).getByRole('heading', { level: 2 })).toBeFocused();
});
