// A marketer's edit, end to end: change the TOML, compile it with the content
// command, and the visitor sees the new words, formatting and colour.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openStartScreen, widget } from './helpers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Replaces the first line matching `pattern` in a file, failing if none does. */
function editLine(file, pattern, line) {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} has a line matching ${pattern}`).toMatch(pattern);
  writeFileSync(file, text.replace(pattern, line));
}

test('an edited content file reaches the visitor', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'one round trip is enough');
  const dir = mkdtempSync(join(tmpdir(), 'scarguide-content-'));
  cpSync(join(root, 'public/content'), join(dir, 'content'), { recursive: true });
  editLine(join(dir, 'content/en/ui.toml'), /^title = ".*"$/m, 'title = "Could microneedling help your skin?"');
  editLine(
    join(dir, 'content/en/ui.toml'),
    /^disclaimer = ".*"$/m,
    'disclaimer = "Read **our** [privacy promise](https://lumen-skin.example/privacy)."',
  );
  editLine(join(dir, 'content/site.toml'), /^name = ".*"$/m, 'name = "Harbour Dermatology"');
  editLine(join(dir, 'content/site.toml'), /^accent = ".*"$/m, 'accent = "#7a3b69"');
  execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--bin', 'scarguide-content', '--', 'build', join(dir, 'content'), join(dir, 'out')],
    { cwd: root, stdio: 'pipe' },
  );

  await page.route('**/content/en.bin', (route) => route.fulfill({ path: join(dir, 'out/en.bin') }));
  await openStartScreen(page);
  const w = widget(page);
  await expect(w.getByRole('heading', { level: 2 })).toHaveText('Could microneedling help your skin?');
  await expect(w.getByText('Harbour Dermatology')).toBeVisible();
  await expect(w.locator('.disclaimer strong')).toHaveText('our');
  const link = w.getByRole('link', { name: 'privacy promise' });
  await expect(link).toHaveAttribute('href', 'https://lumen-skin.example/privacy');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(w.locator('.eyebrow')).toHaveCSS('color', 'rgb(122, 59, 105)');
});

test('a broken content file is refused with its file, line and column', async ({}, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'the compiler does not depend on the viewport');
  const dir = mkdtempSync(join(tmpdir(), 'scarguide-content-'));
  cpSync(join(root, 'public/content'), join(dir, 'content'), { recursive: true });
  editLine(join(dir, 'content/site.toml'), /^accent = ".*"$/m, 'acent = "#7a3b69"');
  let output = '';
  try {
    execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'scarguide-content', '--', 'check', join(dir, 'content')], {
      cwd: root,
      stdio: 'pipe',
    });
  } catch (error) {
    output = String(error.stderr);
  }
  expect(output).toContain('error: brand.acent: unknown field `acent`');
  expect(output).toMatch(/site\.toml:\d+:1/);
  expect(output).toContain('did you mean `accent`?');
});
