// The test-only languages at the narrowest phone (320 px): en-xa's accented
// words, 40% longer, and ar-xb's right-to-left letters. A word left in code
// shows up as plain English among them; longer text must wrap, never push the
// guide wider than the screen.
import { expect, test } from '@playwright/test';
import { screenshot, sidewaysOverflow, widget } from './helpers.mjs';
import { compiled, tour } from './tour.mjs';

/** Latin-letter words of three letters or more: code's English among the pseudo-letters. */
const plainWords = (text) => (text.match(/\b[A-Za-z]{3,}\b/g) ?? []);

/** Words shared by every language: the clinic's name and address (site.toml),
 *  the sources' record titles, and each language's name in itself. */
function sharedWords(content) {
  const words = new Set();
  const collect = (value) => {
    if (typeof value === 'string') plainWords(value).forEach((word) => words.add(word));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([content.site, content.sources, content.language_names]);
  return words;
}
const NAMES = sharedWords(compiled('en-xa', 'pseudo'));

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one width, one run');
});

for (const locale of ['en-xa', 'ar-xb']) {
  test(`${locale} at 320 px: every view fits the screen, with no word from code`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const content = compiled(locale, 'pseudo');
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/hosts/guide.html?lang=${locale}&content=pseudo`);
    const host = widget(page);
    await expect(host.locator('section.widget')).toHaveAttribute('lang', locale);
    await expect(host.locator('section.widget')).toHaveAttribute('dir', locale === 'ar-xb' ? 'rtl' : 'ltr');
    await tour(page, content, async (view) => {
      expect(await sidewaysOverflow(page), `${locale} ${view}: sideways overflow at 320 px`).toBeLessThanOrEqual(0);
      const words = plainWords(await host.locator('section.widget').innerText());
      expect(words.filter((word) => !NAMES.has(word)), `${locale} ${view}: words from code`).toEqual([]);
      if (['start', 'scar rolling', 'side by side', 'result', 'comparison for the answers'].includes(view)) {
        await screenshot(page, testInfo, `${locale}-${view.replaceAll(' ', '-')}`);
      }
    });
  });
}
