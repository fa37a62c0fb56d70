// Trunk post-build step: writes the widget's loader (widget.js) and the
// iframe option's page into the bundle, and makes the demo page start the
// widget through the loader, the way a host page does, instead of Trunk's
// inline module script (which a strict Content-Security-Policy would block).
// Usage: node scripts/write-loader.mjs [staging dir] (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const staging = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('usage: write-loader.mjs <staging dir>');
const files = readdirSync(staging);
const only = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${staging}, found ${found.length}`);
  return found[0];
};
const glue = only(/^scarguide-[0-9a-f]+\.js$/);
const wasm = only(/^scarguide-[0-9a-f]+_bg\.wasm$/);

const source = new URL('../public/embed/', import.meta.url);
// The locales the default content holds (the compiler has already written
// it: a pre_build hook), so that the loader never probes for one.
const { locales } = JSON.parse(readFileSync(join(staging, 'content', 'index.json'), 'utf8'));
// The words the loader and the iframe page show before (or instead of) the
// content, in every language of the default content: they travel with the
// loader because they are needed when the content cannot be read.
const words = {};
for (const locale of locales) {
  const { ui } = JSON.parse(readFileSync(join(staging, 'content', `${locale}.json`), 'utf8'));
  words[locale] = { label: ui.label, unsupported: ui.errors.unsupported, unavailable: ui.errors.unavailable, crash: ui.errors.crash };
}
// The widget's stylesheet, a file of its own (the code carries no copy): the
// start screen drawn before the code needs it, and the code takes it from
// the loader. Named by its hash, like Trunk's files, so it caches forever.
// Minified by esbuild (a build tool already here for the studio): its
// comments are for people, not phones.
const css = transformSync(readFileSync(new URL('../style/widget.css', import.meta.url), 'utf8'), { loader: 'css', minify: true }).code;
const cssName = `scarguide-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(staging, cssName), css);
const loader = readFileSync(new URL('widget.js', source), 'utf8')
  .replace('__GLUE__', glue)
  .replace('__WASM__', wasm)
  .replace('__CSS__', cssName)
  .replace('__LOCALES__', JSON.stringify(locales))
  .replace('__WORDS__', JSON.stringify(words));
writeFileSync(join(staging, 'widget.js'), loader);
const frameScript = readFileSync(new URL('frame.js', source), 'utf8').replace('__WORDS__', JSON.stringify(words));
writeFileSync(join(staging, 'frame.js'), frameScript);
for (const name of ['frame.html', 'frame.css']) copyFileSync(new URL(name, source), join(staging, name));

const page = join(staging, 'index.html');
const html = readFileSync(page, 'utf8');
const withoutInline = html.replace(/<script type="module">[\s\S]*?<\/script>\s*/g, '');
if (withoutInline === html) throw new Error('Trunk no longer writes the inline module script this step replaces');
// The demo page carries its start screen in its HTML, as EMBED.md shows
// hosts (a declarative shadow root): drawn at first paint, nothing shifts.
const snippet = readFileSync(join(staging, 'content', 'index.snippet.html'), 'utf8');
const host = '<div data-scarguide id="scar-guide">';
if (!withoutInline.includes(host)) throw new Error(`the demo page no longer has ${host}`);
writeFileSync(
  page,
  withoutInline.replace('</head>', '<script src="widget.js" defer></script></head>').replace(host, host + snippet),
);
