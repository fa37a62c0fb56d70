// Checks the release zip the way a web admin meets it:
//
//   node tests/release/check-release.mjs release/scarguide-<version>.zip
//
// - EMBED.md's shell commands, exactly as written: those before "## Updating"
//   install the release into a home folder's public_html; those after
//   update it, and the clinic's content/ must survive the update.
// - The zip holds one scarguide/ folder with what the release promises and
//   nothing of the demo page or the tests.
// - `npm pack --dry-run` in the folder lists exactly the release's files.
// - EMBED.md's npm address names this version.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, sep } from 'node:path';
import assert from 'node:assert/strict';

const zip = process.argv[2];
if (!zip || !existsSync(zip)) throw new Error('usage: check-release.mjs <release zip> (with its .sha256 beside it)');
const root = new URL('../..', import.meta.url).pathname;
const version = readFileSync(join(root, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
assert.equal(basename(zip), `scarguide-${version}.zip`);

const embed = readFileSync(join(root, 'EMBED.md'), 'utf8');
const [installPart, updatePart] = embed.split('\n## Updating\n');
assert.ok(updatePart, 'EMBED.md has an "## Updating" section');
const shellBlocks = (text) => [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
const work = mkdtempSync(join(tmpdir(), 'scarguide-release-'));
const home = join(work, 'home');
const site = join(home, 'public_html', 'scarguide');

/** Runs EMBED.md's blocks in a fresh download folder holding the zip and its checksum. */
function runBlocks(blocks, folder) {
  const downloads = join(work, folder);
  execFileSync('mkdir', ['-p', downloads, home]);
  copyFileSync(zip, join(downloads, basename(zip)));
  copyFileSync(`${zip}.sha256`, join(downloads, `${basename(zip)}.sha256`));
  for (const block of blocks) {
    console.log(`$ ${block.trim().split('\n').join('\n$ ')}`);
    const output = execFileSync('bash', ['-euo', 'pipefail', '-c', block], {
      cwd: downloads,
      env: { ...process.env, HOME: home },
      encoding: 'utf8',
    });
    if (output.trim()) console.log(output.trim());
  }
}

/** Every file under `dir`, as paths inside the installed folder. */
const files = (dir = site) =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [relative(site, full).split(sep).join('/')];
  });

try {
  // Install, as EMBED.md says.
  const install = shellBlocks(installPart);
  assert.ok(install.some((b) => b.includes('sha256sum -c')) && install.some((b) => b.includes('unzip')), 'EMBED.md shows how to check and unzip');
  runBlocks(install, 'download');
  const installed = files().sort();
  for (const needed of ['widget.js', 'frame.html', 'frame.js', 'frame.css', 'studio.html', 'content/index.bin', 'content/en.bin',
    'content/site.toml', 'content/en/quiz.toml', 'content/schema/site.schema.json', 'EMBED.md', 'CONTENT.md', 'CHANGELOG.md',
    'LICENSE', 'README.md', 'package.json']) {
    assert.ok(installed.includes(needed), `the release has ${needed}`);
  }
  assert.equal(installed.filter((f) => /^scarguide-[0-9a-f]+_bg\.wasm$/.test(f)).length, 1, 'one wasm file');
  for (const name of installed) {
    assert.ok(!/(^|\/)(index\.html|demo[^/]*|favicon\.svg)$/.test(name) && !name.startsWith('tests/'), `no demo or test file: ${name}`);
  }

  // The clinic edits its content; then a new release is installed over it.
  const clinicSite = join(site, 'content', 'site.toml');
  writeFileSync(clinicSite, `${readFileSync(clinicSite, 'utf8')}\n# edited by the clinic\n`);
  writeFileSync(join(site, 'widget.js'), '// the old release\n');
  runBlocks(shellBlocks(updatePart), 'update');
  assert.match(readFileSync(clinicSite, 'utf8'), /# edited by the clinic/, 'updating kept the clinic\'s content');
  assert.doesNotMatch(readFileSync(join(site, 'widget.js'), 'utf8'), /the old release/, 'updating replaced widget.js');

  // The folder is an npm package of exactly these files.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: site, encoding: 'utf8', env: { ...process.env, HOME: home, npm_config_update_notifier: 'false' } }));
  const listed = packed[0].files.map((f) => f.path).sort();
  assert.deepEqual(listed, files().sort(), 'npm pack lists exactly the release files');
  assert.equal(packed[0].version, version);

  // EMBED.md's npm CDN address names this release.
  const npmVersions = [...embed.matchAll(/npm\/scarguide@([^/]+)\//g)].map((m) => m[1]);
  assert.ok(npmVersions.length > 0 && npmVersions.every((v) => v === version), `EMBED.md's npm address names ${version}: ${npmVersions}`);
  console.log(`The release zip installs and updates as EMBED.md says; npm pack lists its ${listed.length} files.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
