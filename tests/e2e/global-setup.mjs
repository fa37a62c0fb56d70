// Builds content that only tests use, with the real content compiler:
// `two-languages` is the shipped content plus a Spanish folder (the English
// words, with one Spanish title to tell them apart), served by server.mjs
// under /test-content/.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = fileURLToPath(new URL('results/test-content-src/', import.meta.url));
const out = fileURLToPath(new URL('results/test-content/', import.meta.url));

export const SPANISH_QUIZ_TITLE = '¿Soy buena candidata?';

export default function globalSetup() {
  rmSync(work, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const source = `${work}two-languages/`;
  cpSync(`${root}public/content/`, source, { recursive: true });
  cpSync(`${source}en/`, `${source}es/`, { recursive: true });
  const ui = `${source}es/ui.toml`;
  const english = readFileSync(ui, 'utf8');
  const spanish = english.replace(/(\[journeys\.quiz\]\ntitle = )"[^"]*"/, `$1"${SPANISH_QUIZ_TITLE}"`);
  if (spanish === english) throw new Error('global-setup: the quiz journey title was not found in ui.toml');
  writeFileSync(ui, spanish);
  mkdirSync(out, { recursive: true });
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'scarguide-content', '--', 'build', source, `${out}two-languages`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
