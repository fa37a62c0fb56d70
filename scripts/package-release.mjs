// Packs a release build into the zips web admins download:
//
//   node scripts/package-release.mjs [BUNDLE] [OUT]     (default: dist release)
//
// writes OUT/scarguide-<version>.zip and OUT/scarguide-wordpress-<version>.zip
// (the WordPress plugin: wordpress/ with the same files), each with a .sha256.
// scripts/release.sh builds BUNDLE first; the test command packs the bundle
// it has just built. Inside the zip is one `scarguide/` folder: the loader and
// the widget's files, the iframe option's page, content/ (the default
// content compiled, with its TOML sources and their schemas), the Content
// Studio, the guides (README.md, EMBED.md, CONTENT.md), LICENSE and
// CHANGELOG.md, and a package.json that makes the folder an npm package.
// Never the demo page or anything of the tests. The zip is the same bytes
// for the same build (fixed dates, sorted names).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const root = new URL('..', import.meta.url).pathname;
const bundle = process.argv[2] ?? join(root, 'dist');
const out = process.argv[3] ?? join(root, 'release');

const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) throw new Error(`Cargo.toml's version "${version}" is not semver`);

const files = new Map(); // path inside scarguide/ → bytes
const add = (path, bytes) => files.set(path, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });

// The widget: the loader names its glue and wasm (hashed names), and the
// iframe option's page and its two files.
const loader = readFileSync(join(bundle, 'widget.js'), 'utf8');
const bundled = readdirSync(bundle);
const code = bundled.filter((name) => /^scarguide-[0-9a-f]+(_bg\.wasm|\.js|\.css)$/.test(name) && loader.includes(name));
if (code.length !== 3) throw new Error(`${bundle}/widget.js should name one glue file, one wasm file and one stylesheet; found ${code.join(', ')}`);
for (const name of ['widget.js', ...code, 'frame.html', 'frame.js', 'frame.css']) add(name, readFileSync(join(bundle, name)));
// JS the Rust code carries inline (wasm-bindgen writes it to snippets/ and the glue imports it).
if (bundled.includes('snippets')) {
  for (const file of walk(join(bundle, 'snippets'))) add(relative(bundle, file).split(sep).join('/'), readFileSync(file));
}

// The Content Studio (release builds carry it; see Trunk.toml).
const studio = bundled.filter((name) => /^studio(-[a-z]+)?\.(html|js|css)$/.test(name));
if (!studio.includes('studio.html')) throw new Error(`${bundle} has no studio.html: build it with trunk build --release`);
for (const name of studio) add(name, readFileSync(join(bundle, name)));

// The default content: what the compiler wrote into the bundle, plus the
// sources a marketer edits (and the schemas their first lines name), so
// the studio and the command line start from them. The same folder the
// studio's "Export for website" gives.
for (const file of walk(join(bundle, 'content'))) add(`content/${relative(join(bundle, 'content'), file).split(sep).join('/')}`, readFileSync(file));
const sources = join(root, 'public', 'content');
for (const file of walk(sources)) {
  const path = relative(sources, file).split(sep).join('/');
  if (path.endsWith('.toml') || path.startsWith('schema/')) add(`content/${path}`, readFileSync(file));
}

for (const name of ['EMBED.md', 'CONTENT.md', 'CHANGELOG.md', 'LICENSE']) add(name, readFileSync(join(root, name)));
add(
  'README.md',
  `# Scarguide ${version}

A microneedling guide for your clinic's website: a candidacy quiz, acne scar
types explained with diagrams, and treatments compared. It runs entirely in
the visitor's browser.

- **Putting it on your website:** EMBED.md (upload this folder, paste one snippet).
- **Changing its words, prices and colours:** open \`studio.html\` (double-click
  it), then see CONTENT.md.
- **What changed in this release, and whether your content must be exported
  again:** CHANGELOG.md.

What is here: \`widget.js\` (the one script your pages include) and the two
\`scarguide-….js/.wasm\` files it loads; \`frame.html\`, \`frame.js\` and
\`frame.css\` (the iframe option); \`content/\` (the guide's words and
settings: the \`.bin\` files visitors load, and the \`.toml\` files they are
made from); \`studio*.html/js/css\` (the Content Studio, never loaded by
visitors).
`,
);

// An npm package too: a registry's CDN (jsDelivr, unpkg) can serve the code,
// while the clinic's own content stays on its site through data-content.
const names = [...files.keys()];
const manifest = {
  name: 'scarguide',
  version,
  description: 'A microneedling candidacy quiz, acne scar guide and treatment comparison that clinic websites embed with one script tag.',
  license: 'MIT',
  keywords: ['microneedling', 'acne scars', 'widget', 'quiz', 'webassembly'],
  browser: 'widget.js',
  jsdelivr: 'widget.js',
  unpkg: 'widget.js',
  files: [...new Set(names.map((name) => name.replace(/^(content|snippets)\/.*/, '$1/')))]
    .filter((name) => !['README.md', 'LICENSE', 'package.json'].includes(name))
    .sort(),
};
add('package.json', `${JSON.stringify(manifest, null, 2)}\n`);

mkdirSync(out, { recursive: true });
writeZip(`scarguide-${version}.zip`, files);

// The WordPress plugin: the PHP in wordpress/, with the same widget, default
// content (compiled) and studio in widget/, served from the plugin's folder.
const format = JSON.parse(files.get('content/index.json').toString('utf8')).format;
const plugin = new Map();
const wordpress = join(root, 'wordpress');
for (const file of walk(wordpress)) {
  const path = relative(wordpress, file).split(sep).join('/');
  let text = readFileSync(file, 'utf8');
  if (path === 'scarguide.php') {
    text = text
      .replace(/^( \* Version: +).*$/m, `$1${version}`)
      .replace("define( 'SCARGUIDE_VERSION', '0.0.0-dev' );", `define( 'SCARGUIDE_VERSION', '${version}' );`)
      .replace("define( 'SCARGUIDE_CONTENT_FORMAT', 0 );", `define( 'SCARGUIDE_CONTENT_FORMAT', ${format} );`);
    if (!text.includes(`'${version}'`) || !text.includes(`FORMAT', ${format} )`)) throw new Error('wordpress/scarguide.php no longer has the lines the release writes');
  }
  if (path === 'readme.txt') text = text.replace(/^Stable tag: .*$/m, `Stable tag: ${version}`);
  plugin.set(path, Buffer.from(text));
}
for (const [name, bytes] of files) {
  const visitorContent = name.startsWith('content/') && /(\.(bin|json|svg|png|jpe?g|webp|gif|avif)|\.(start|snippet)\.html)$/.test(name) && !name.startsWith('content/schema/');
  const widget = !name.startsWith('content/') && !/\.md$|^LICENSE$|^package\.json$/.test(name);
  if (visitorContent || widget) plugin.set(`widget/${name}`, bytes);
}
for (const name of ['CHANGELOG.md', 'LICENSE']) plugin.set(name, files.get(name));
writeZip(`scarguide-wordpress-${version}.zip`, plugin);

/** Writes OUT/NAME with everything under scarguide/, and its checksum. */
function writeZip(name, entries) {
  // Fixed dates and sorted names: the same build gives the same zip.
  const mtime = new Date('2000-01-01T00:00:00Z');
  const tree = {};
  for (const path of [...entries.keys()].sort()) tree[`scarguide/${path}`] = [new Uint8Array(entries.get(path)), { mtime }];
  const zip = zipSync(tree, { level: 9 });
  writeFileSync(join(out, name), zip);
  const sum = createHash('sha256').update(zip).digest('hex');
  writeFileSync(join(out, `${name}.sha256`), `${sum}  ${name}\n`);
  console.log(`${join(out, name)}: ${entries.size} files, ${(zip.length / 1024).toFixed(0)} KB, sha256 ${sum}`);
}
