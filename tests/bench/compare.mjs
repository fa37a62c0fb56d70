// Benchmark: Scarguide against a peer, SurveyJS 2.5 (pinned in package.json)
// rendering a two-question quiz, in the same run, interleaved, on a page
// with content below the guide. Prints medians and Scarguide/SurveyJS ratios.
//
// Profiles: a mid-range phone (4x slower CPU, 1.6 Mbit/s, 150 ms round
// trip) and a desktop (4x CPU, no network throttle); every file is served
// gzip by the bench's own server. Pages:
//   scarguide demo   the demo page (dist/index.html), whose HTML carries the
//                    start screen (content/en.snippet.html, EMBED.md)
//   scarguide plain  EMBED.md's plain embed: loader and empty element
//   surveyjs         tests/bench/pages/surveyjs.html
//   host alone       the same page with no guide: the baseline for long tasks
// Measures, read on each page's own clock:
//   start visible    Scarguide's journeys on screen; SurveyJS's first question
//   first question   the quiz's first question on screen with answers to pick
//                    (Scarguide: its quiz button is pressed the frame it shows)
//   long tasks       main-thread tasks over 50 ms that start before the
//                    page's load event, in a load of its own that nobody
//                    touches and no per-frame watcher slows (what loading
//                    the guide costs the host); and
//                    in the timed runs, where the bench presses the quiz
//                    button the frame it shows, often before the load event:
//                    the guide then starts at once, as it should for a visitor
//   layout shift     cumulative, until the quiz's first question (not the
//                    answers' own changes)
//   next question    answer and "Next" → the next question in the DOM, the
//                    frame it is drawn (p95 over every step of every run;
//                    the last answer, which shows the result, apart)
//   transfer         bytes over the wire, gzip, once the quiz is done
//
// Build first (`trunk build --release`). Usage: npm run bench [-- runs|serve]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const runs = Number(process.argv[2] ?? 7);
const root = fileURLToPath(new URL('../..', import.meta.url));
const port = 4192;

// ---- A static server that sends gzip, as any real host does --------------
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.bin': 'application/octet-stream',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const gzipped = new Map();
function locate(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.startsWith('/bench/')) return join(root, 'tests/bench/pages', path.slice(7));
  if (path.startsWith('/node_modules/survey-')) return join(root, path);
  return join(root, 'dist', path.endsWith('/') ? `${path}index.html` : path);
}
const server = createServer(async (request, response) => {
  const file = locate(new URL(request.url, 'http://x').pathname);
  if (!file.startsWith(root)) return response.writeHead(403).end();
  try {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(await readFile(file), { level: 6 }));
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    response.end(gzipped.get(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((ready) => server.listen(port, '127.0.0.1', ready));
if (process.argv[2] === 'serve') {
  // For other tools (Lighthouse: see README.md), the same pages, served gzip.
  console.log(`serving the bench's pages (gzip) on http://127.0.0.1:${port}/ until stopped`);
  await new Promise(() => {});
}

// ---- What runs in each page ---------------------------------------------
// Watches every frame: when the start screen shows, presses the quiz button
// (Scarguide) and notes when the first question can be answered.
function watch() {
  const bench = (window.bench = { shift: 0, longTasks: [] });
  // Every shift but those a visitor's tap causes (the bench's own press on
  // the quiz button is a script's click, which the browser does not count
  // as input: the 500 ms after it are left out, as a tap's would be).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(bench.pressedAt <= entry.startTime && entry.startTime < bench.pressedAt + 500)) bench.shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  // A load left alone runs no per-frame watcher: its reads force layout
  // in every frame, and alone made a 90-190 ms task on the demo page.
  if (window.benchUntouched) return;
  const shown = (element) => element && element.getBoundingClientRect().height > 0 && element.checkVisibility();
  const frame = () => {
    const now = performance.now();
    const scope = document.querySelector('[data-scarguide]')?.shadowRoot ?? document;
    const journey = scope.querySelector('.journey[data-journey=quiz]');
    const radio = [...scope.querySelectorAll('input[type=radio]')].find((input) => !input.disabled && shown(input.closest('label') ?? input));
    if (!bench.start && (shown(journey) || (!journey && radio))) bench.start = now;
    // A start screen in the page's HTML answers once widget.js has run.
    const early = journey?.closest('.root[data-early]');
    if (shown(journey) && (!early || early.hasAttribute('data-ready')) && !bench.pressedAt) {
      bench.pressedAt = now;
      journey.click();
    }
    if (radio && !bench.answerable) bench.answerable = now;
    if (!bench.answerable) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// Answers every question with its first answer and "Next", timing each step.
async function answerAll() {
  const nextFrame = () => new Promise((done) => requestAnimationFrame(done));
  const host = document.querySelector('[data-scarguide]');
  const scope = () => (host ? host.shadowRoot.querySelector('.root:not([data-early])') : document);
  const question = () =>
    host ? scope()?.querySelector('form.question')?.dataset.question : document.querySelector('.sd-question__title')?.textContent;
  while (!question() || (host && host.shadowRoot.querySelector('.root[data-early]'))) await nextFrame();
  // Shifts until here: the page loading, not the quiz's answers.
  const shift = window.bench.shift;
  const steps = [];
  for (let i = 0; i < 40; i++) {
    const current = question();
    if (!current) break;
    const option = scope().querySelector(host ? 'input[type=radio], input[type=checkbox]' : '.sd-item__control');
    option.click();
    const next = host ? scope().querySelector('form.question [type=submit]') : document.querySelector('.sd-navigation__next-btn, .sd-navigation__complete-btn');
    await nextFrame();
    const started = performance.now();
    next.click();
    while (question() === current) await nextFrame();
    steps.push(performance.now() - started);
  }
  const load = performance.getEntriesByType('navigation')[0];
  const resources = [load, ...performance.getEntriesByType('resource')];
  // The last step shows the result, not a question: timed apart.
  const result = steps.pop();
  return {
    ...window.bench,
    shift,
    result,
    loadEvent: load.loadEventStart,
    steps,
    transfer: resources.reduce((sum, entry) => sum + entry.transferSize, 0),
  };
}

// ---- The runs, interleaved -----------------------------------------------
const profiles = {
  phone: { cpu: 4, network: { latency: 150, downloadThroughput: (1.6e6 / 8) * 1.024 ** 2, uploadThroughput: (750 * 1024) / 8 } },
  desktop: { cpu: 4, network: null },
};
const pages = {
  'host alone': '/bench/host.html',
  'scarguide demo': '/',
  'scarguide plain': '/bench/scarguide.html',
  surveyjs: '/bench/surveyjs.html',
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const results = {};
try {
  for (const [profileName, profile] of Object.entries(profiles)) {
    for (let run = 0; run < runs; run++) {
      for (const [pageName, path] of Object.entries(pages)) {
        const open = async (untouched) => {
          const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
          if (profile.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
          if (untouched) await page.addInitScript(() => (window.benchUntouched = true));
          await page.addInitScript(watch);
          await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
          return { context, page };
        };
        // Loaded and left alone: the long tasks loading the page costs.
        const untouched = await open(true);
        const loadEvent = await untouched.page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventStart);
        const alone = { ...(await untouched.page.evaluate(() => window.bench)), loadEvent };
        await untouched.context.close();
        if (pageName === 'host alone') {
          // The baseline: what the page's own loading costs, without a guide.
          ((results[profileName] ??= {})[pageName] ??= []).push({ untouched: alone });
          continue;
        }
        const { context, page } = await open(false);
        await page
          .waitForFunction(() => window.bench?.answerable, null, { timeout: 60_000, polling: 100 })
          .catch((error) => Promise.reject(new Error(`${pageName} (${profileName}): no question to answer after 60 s`, { cause: error })));
        const result = await page.evaluate(answerAll);
        if (process.env.BENCH_STEPS) console.log(pageName, result.steps.map((t) => t.toFixed(0)).join(' '), 'result', result.result.toFixed(0));
        if (process.env.BENCH_TASKS) console.log(pageName, 'load', result.loadEvent.toFixed(0), 'start', result.start.toFixed(0), 'tasks', JSON.stringify(result.longTasks.map(([a, d]) => [Math.round(a), Math.round(d)])));
        ((results[profileName] ??= {})[pageName] ??= []).push({ ...result, untouched: alone });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---- The table -----------------------------------------------------------
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};
const beforeLoad = (run) => run.longTasks.filter(([at]) => at < run.loadEvent);
const total = (tasks) => tasks.reduce((sum, [, duration]) => sum + duration, 0);
const measures = {
  'start visible (ms)': (r) => median(r.map((x) => x.start)),
  'first question answerable (ms)': (r) => median(r.map((x) => x.answerable)),
  'long tasks before load (count)': (r) => median(r.map((x) => beforeLoad(x.untouched).length)),
  'long tasks before load (ms)': (r) => median(r.map((x) => total(beforeLoad(x.untouched)))),
  '... if tapped at once (count)': (r) => median(r.map((x) => (x.longTasks ? beforeLoad(x).length : NaN))),
  '... if tapped at once (ms)': (r) => median(r.map((x) => (x.longTasks ? total(beforeLoad(x)) : NaN))),
  'layout shift': (r) => median(r.map((x) => x.shift ?? x.untouched.shift)),
  'next question p50 (ms)': (r) => median(r.flatMap((x) => x.steps)),
  'next question p95 (ms)': (r) => p95(r.flatMap((x) => x.steps)),
  'last answer → result (ms)': (r) => median(r.map((x) => x.result)),
  'transfer (KB)': (r) => median(r.map((x) => x.transfer / 1024)),
};
for (const [profileName, byPage] of Object.entries(results)) {
  console.log(`\n${profileName} (${runs} runs each, interleaved; ratio = Scarguide / SurveyJS)`);
  const names = Object.keys(byPage);
  console.log(['measure'.padEnd(32), ...names.map((n) => n.padStart(16)), 'ratio demo'.padStart(11), 'ratio plain'.padStart(12)].join(''));
  for (const [label, measure] of Object.entries(measures)) {
    const values = names.map((n) => {
      const value = measure(byPage[n]);
      return Number.isFinite(value) ? value : NaN;
    });
    const peer = values[names.indexOf('surveyjs')];
    const demo = values[names.indexOf('scarguide demo')];
    const plain = values[names.indexOf('scarguide plain')];
    const ratio = (v) => (peer > 0 && label.endsWith('(ms)') && !/^long|^\.\.\./.test(label) ? (v / peer).toFixed(2) : '');
    const shown = values.map((v) => (Number.isNaN(v) ? '-' : label === 'layout shift' ? v.toFixed(3) : v.toFixed(0)).padStart(16));
    console.log([label.padEnd(32), ...shown, ratio(demo).padStart(11), ratio(plain).padStart(12)].join(''));
  }
}
