// Steps in the Content Studio, as a marketer takes them; shared by the
// studio's own tests and the WordPress plugin's.
import { expect } from '@playwright/test';

export const editor = (page) => page.locator('.cm-content');
export const problems = (page) => page.locator('#problems li');
export const preview = (page) => page.frameLocator('#preview');

/** Opens the studio at `url` and waits for its first check and preview. */
export async function openStudioAt(page, url) {
  if (url) await page.goto(url);
  await expect(page.locator('#status')).toHaveText('Opened the default content.');
  await expect(problems(page)).toHaveText(['No mistakes: the content is ready to publish.']);
  await expect(preview(page).locator('[data-scarguide] .journey').first()).toBeVisible();
}

export async function openFile(page, path) {
  await page.locator('#file-list button', { hasText: new RegExp(`^${path.replace('.', '\\.')}`) }).click();
  await expect(page.locator('#editing')).toHaveText(path);
}

/** Finds `text` with the editor's own search (Ctrl+F), as a person would,
 * and pastes `replacement` over it (pasting, so that the editor's
 * bracket-closing does not add to it). */
export async function replace(page, text, replacement) {
  await editor(page).click();
  await page.keyboard.press('Control+f');
  const search = page.getByRole('textbox', { name: 'Find' });
  await search.pressSequentially(text);
  await search.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.locator('.cm-selectionBackground').first()).toBeAttached();
  const checks = Number(await page.locator('body').getAttribute('data-checked'));
  await page.keyboard.insertText(replacement);
  // Wait for the check that follows the edit.
  await expect(page.locator('body')).not.toHaveAttribute('data-checked', String(checks));
}
