// Builds what only tests use, served by server.mjs under /test-content/:
// - `two-languages`: the shipped content (English and Spanish) with another
//   Spanish quiz title, to tell it from the default folder, compiled by the
//   real content compiler;
// - `pseudo`: the shipped content with two test-only languages written from
//   English (pseudo-locale.mjs): en-xa, accented and 40% longer, and ar-xb,
//   right to left, to catch words left in code and text that overflows;
// - `booking`: the shipped content with a treatment's own booking link;
// - `old-format`: the shipped content as an older release wrote it;
// - `release/`: the release zip of the bundle under test, unpacked as a web
//   admin would, with host pages made from EMBED.md's own snippets.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { writePseudoLocales } from './pseudo-locale.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = fileURLToPath(new URL('results/test-content-src/', import.meta.url));
const out = fileURLToPath(new URL('results/test-content/', import.meta.url));

export const SPANISH_QUIZ_TITLE = '¿Soy buena candidata?';
export const MICRONEEDLING_BOOKING = 'https://booking.example/services/microneedling';
const port = Number(process.env.SCARGUIDE_E2E_PORT ?? 4173);
const bundle = process.env.SCARGUIDE_E2E_DIST ?? 'dist';

const compile = (source, folder) =>
  execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'scarguide-content', '--', 'build', source, `${out}${folder}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

/** The text of EMBED.md's fenced blocks in `language`, in order. */
export function embedBlocks(language) {
  const embed = readFileSync(`${root}EMBED.md`, 'utf8');
  return [...embed.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]);
}

export default function globalSetup() {
  rmSync(work, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const source = `${work}two-languages/`;
  cpSync(`${root}public/content/`, source, { recursive: true });
  const ui = `${source}es/ui.toml`;
  const shipped = readFileSync(ui, 'utf8');
  const retitled = shipped.replace(/(\[journeys\.quiz\]\ntitle = )"[^"]*"/, `$1"${SPANISH_QUIZ_TITLE}"`);
  if (retitled === shipped) throw new Error('global-setup: the quiz journey title was not found in es/ui.toml');
  writeFileSync(ui, retitled);
  mkdirSync(out, { recursive: true });
  compile(source, 'two-languages');

  const pseudo = `${work}pseudo/`;
  cpSync(`${root}public/content/`, pseudo, { recursive: true });
  writePseudoLocales(pseudo);
  compile(pseudo, 'pseudo');

  const booking = `${work}booking/`;
  cpSync(`${root}public/content/`, booking, { recursive: true });
  const treatments = readFileSync(`${booking}treatments.toml`, 'utf8');
  const withLink = treatments.replace(/# booking_url = "[^"]*"/, `booking_url = "${MICRONEEDLING_BOOKING}"`);
  if (withLink === treatments) throw new Error('global-setup: the commented booking_url was not found in treatments.toml');
  writeFileSync(`${booking}treatments.toml`, withLink);
  compile(booking, 'booking');

  // Format 9 is one byte (postcard's varint) at the start of each file.
  cpSync(`${out}booking/`, `${out}old-format/`, { recursive: true });
  for (const name of ['index.bin', 'en.bin']) {
    const bytes = readFileSync(`${out}old-format/${name}`);
    bytes[0] -= 1;
    writeFileSync(`${out}old-format/${name}`, bytes);
  }

  unpackRelease();
}

/** The release zip, unpacked, and host pages made from EMBED.md. */
function unpackRelease() {
  const zips = `${work}release-zip/`;
  execFileSync('node', ['scripts/package-release.mjs', bundle, zips], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const version = readFileSync(`${root}Cargo.toml`, 'utf8').match(/^version = "([^"]+)"/m)[1];
  const release = `${out}release/`;
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(`${zips}scarguide-${version}.zip`)))) {
    if (name.endsWith('/')) continue;
    mkdirSync(`${release}${name.slice(0, name.lastIndexOf('/'))}`, { recursive: true });
    writeFileSync(`${release}${name}`, bytes);
  }
  // EMBED.md's snippet, with the release's folder on the widget's origin
  // (a CDN) in place of the example address.
  const snippet = embedBlocks('html').find((block) => block.includes('data-scarguide id="scar-guide">'));
  const folder = `http://127.0.0.1:${port}/test-content/release/scarguide/`;
  const ours = (html) => html.replaceAll('https://yourclinic.example/scarguide/', folder);
  if (!ours(snippet).includes(folder)) throw new Error('global-setup: EMBED.md\'s snippet names no https://yourclinic.example/scarguide/ folder');
  const page = (lang, body, head = '') =>
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>Treatments</title>${head}</head>` +
    `<body><main><h1>Acne scar treatments</h1>\n${body}</main></body></html>\n`;
  writeFileSync(`${release}snippet.html`, page('en-US', ours(snippet)));
  // Two guides and EMBED.md's analytics bridge, reporting to a stand-in gtag.
  writeFileSync(`${release}analytics-bridge.js`, embedBlocks('js').find((block) => block.includes('scarguide:')));
  writeFileSync(`${release}gtag.js`, 'window.calls = []; window.gtag = (...args) => window.calls.push(args);\n');
  const second = ours(snippet).replace(/<script[^>]*><\/script>\n/, '').replace('id="scar-guide"', 'id="second-guide" data-start-view="scars"');
  writeFileSync(
    `${release}two-guides.html`,
    page('en-US', ours(snippet) + second, '<script src="gtag.js"></script><script src="analytics-bridge.js" defer></script>'),
  );
  // A treatment's own booking link, and content in an older format.
  for (const folder of ['booking', 'old-format']) {
    const withContent = ours(snippet).replace('id="scar-guide"', `id="scar-guide" data-content="../${folder}/"`);
    writeFileSync(`${release}${folder}.html`, page('en', withContent));
  }
}
