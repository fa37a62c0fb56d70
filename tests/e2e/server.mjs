// A static file server for the release bundle in dist/, on loopback only.
// Usage: node tests/e2e/server.mjs [port]
//
// It serves two origins, as the web does: `port` plays the widget's static
// host (a CDN: every response allows cross-origin use), and `port + 1` plays
// a spa's own website. Test host pages live in tests/e2e/hosts/ and are
// served under /hosts/ on both; `{{WIDGET}}` in them becomes the widget's
// origin and `{{LANG}}` the `lang` query parameter (a WordPress page in
// another language), and `{{SNIPPET}}` the start screen written ahead of
// time (content/index.snippet.html) when the page is asked `?snippet`. Content made for tests (tests/e2e/global-setup.mjs) is
// served under /test-content/.
//
// Like nginx's `add_header` and Apache's `Header set`, it adds its CORS
// header to successful responses only: a 404 from the other origin makes
// the browser fail the whole fetch, as on most real CDNs.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.argv[3] ?? 'dist');
const hosts = fileURLToPath(new URL('hosts/', import.meta.url));
const testContent = fileURLToPath(new URL('results/test-content/', import.meta.url));
const port = Number(process.argv[2] ?? 4173);
const widgetOrigin = `http://127.0.0.1:${port}`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function locate(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.startsWith('/hosts/')) {
    const file = join(hosts, path.slice('/hosts/'.length));
    return file.startsWith(hosts) ? file : null;
  }
  if (path.startsWith('/test-content/')) {
    const file = join(testContent, path.slice('/test-content/'.length));
    return file.startsWith(testContent) ? file : null;
  }
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  return file.startsWith(root) ? file : null;
}

async function serve(request, response) {
  const url = new URL(request.url, 'http://x');
  const file = locate(url.pathname);
  if (!file) {
    response.writeHead(403).end();
    return;
  }
  try {
    let body = await readFile(file);
    if (file.startsWith(hosts) && file.endsWith('.html')) {
      const lang = /^[A-Za-z0-9-]+$/.test(url.searchParams.get('lang') ?? '') ? url.searchParams.get('lang') : 'en';
      // `?content=name` points a host page at a test content folder (global-setup.mjs).
      const content = /^[a-z0-9-]+$/.test(url.searchParams.get('content') ?? '') ? `test-content/${url.searchParams.get('content')}/` : 'content/';
      // `{{SNIPPET}}`: the start screen a host page prints in its HTML.
      const snippet = url.searchParams.has('snippet') ? await readFile(join(root, 'content', 'index.snippet.html'), 'utf8') : '';
      body = body.toString('utf8').replaceAll('{{SNIPPET}}', snippet).replaceAll('{{CONTENT}}', `{{WIDGET}}/${content}`).replaceAll('{{WIDGET}}', widgetOrigin).replaceAll('{{LANG}}', lang);
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'access-control-allow-origin': '*',
    });
    response.end(body);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

for (const p of [port, port + 1]) {
  createServer(serve).listen(p, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${p}`));
}
