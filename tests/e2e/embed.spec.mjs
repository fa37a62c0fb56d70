// The widget as a guest on pages it does not own: a hostile theme, a strict
// Content-Security-Policy, two instances, the iframe option, WebAssembly
// blocked, and a spa's own origin loading the widget from another.
import { expect, test } from '@playwright/test';
import { CONTENT, LIVE, UI } from './helpers.mjs';

/** The spa's own website: the next port, another origin. */
const hostPage = (baseURL, path) => {
  const url = new URL(path, baseURL);
  url.port = String(Number(url.port) + 1);
  return url.href;
};
const guide = (page, id) => page.locator(`#${id}`);
const journeyButtons = (host) => host.locator(`${LIVE} .journey`);

/** Records every Content-Security-Policy violation on the page. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => window.__violations);
}

/** Styles that host CSS would most likely break, read from inside the widget. */
const looks = (host) =>
  host.locator(`${LIVE} .journey`).first().evaluate((button) => {
    const title = button.getRootNode().querySelector('h2');
    const pick = (el, props) => Object.fromEntries(props.map((p) => [p, getComputedStyle(el)[p]]));
    return {
      button: pick(button, ['fontSize', 'letterSpacing', 'textTransform', 'backgroundColor', 'borderTopStyle', 'paddingTop', 'textAlign']),
      title: pick(title, ['fontSize', 'color', 'marginTop', 'fontStyle', 'lineHeight']),
      text: pick(button.querySelector('p') ?? button, ['fontSize', 'lineHeight', 'fontFamily']),
    };
  });

test('a hostile host theme cannot change how the widget looks', async ({ page }) => {
  await page.goto('/');
  await expect(journeyButtons(guide(page, 'scar-guide'))).toHaveCount(3);
  const calm = await looks(guide(page, 'scar-guide'));
  await page.goto('/hosts/hostile.html');
  const host = guide(page, 'hostile-guide');
  await expect(journeyButtons(host)).toHaveCount(3);
  expect(await looks(host)).toEqual(calm);
  // Diagrams still draw although the host hides every svg of its own.
  await host.getByRole('button', { name: UI.journeys.scars.title }).click();
  await expect(host.locator('article.scar svg.diagram')).toBeVisible();
});

test('a strict Content-Security-Policy host runs every view with zero violations', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/hosts/strict-csp.html');
  const host = guide(page, 'csp-guide');
  await expect(journeyButtons(host)).toHaveCount(3);
  await host.getByRole('button', { name: UI.journeys.quiz.title }).click();
  const form = host.locator('form.question');
  await form.locator('input').first().check();
  await form.locator('button[type=submit]').click();
  await expect(host.locator('.progress-fill')).toBeVisible();
  await host.getByRole('button', { name: UI.navigation.back }).click();
  await host.getByRole('button', { name: UI.journeys.scars.title }).click();
  await host.getByRole('radio', { name: CONTENT.scars.scar[4].name }).check();
  await expect(host.locator('article.scar svg.diagram')).toBeVisible();
  await host.getByRole('button', { name: UI.navigation.back }).click();
  await host.getByRole('button', { name: UI.journeys.compare.title }).click();
  await host.locator('.pick input').first().check();
  await expect(host.locator('.side-by-side')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('WebAssembly blocked: the host fallback stays, with its booking link; an empty element explains', async ({ page }) => {
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/hosts/no-wasm.html');
  await expect(guide(page, 'fallback-guide')).toHaveAttribute('data-scarguide-state', 'unavailable');
  await expect(guide(page, 'fallback-guide').getByRole('link', { name: 'Book a consultation' })).toBeVisible();
  await expect(guide(page, 'empty-guide')).not.toBeEmpty();
  expect(errors.some((e) => e.includes('Scarguide could not start'))).toBe(true);
});

test('two widgets on one page work independently; the host URL, history and links stay untouched', async ({ page, baseURL }) => {
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const url = hostPage(baseURL, '/hosts/two.html');
  await page.goto(url);
  const first = guide(page, 'first-guide');
  const second = guide(page, 'second-guide');
  await expect(first.locator('form.question')).toBeVisible();
  await expect(second.locator('article.scar')).toBeVisible();
  // The second asked for dark; the first follows the (light) system.
  const scheme = (host) => host.locator('.root').evaluate((el) => getComputedStyle(el).colorScheme);
  expect(await scheme(second)).toBe('dark');
  expect(await scheme(first)).toBe('light dark');
  // The host's --sg-accent reaches the first widget only.
  expect(await first.locator('.progress-fill').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(122, 31, 92)');
  expect(await second.locator('.needle-slider output').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(122, 31, 92)');
  const historyLength = await page.evaluate(() => history.length);

  const events = await page.evaluate(() => {
    const seen = [];
    for (const id of ['first-guide', 'second-guide']) {
      document.getElementById(id).addEventListener('scarguide:question', () => seen.push(id));
    }
    window.__events = seen;
    return seen;
  });
  expect(events).toEqual([]);
  await first.locator('form.question input').first().check();
  await first.locator('form.question button[type=submit]').click();
  await second.getByRole('radio', { name: CONTENT.scars.scar[2].name }).check();
  await expect(second.locator('article.scar h3')).toHaveText(CONTENT.scars.scar[2].name);
  await expect(first.locator('form.question')).toHaveAttribute('data-question', /.+/);
  expect(await page.evaluate(() => window.__events)).toEqual(['first-guide']);

  // Nothing of the widget's styling reached the host document.
  expect(await page.evaluate(() => [document.adoptedStyleSheets.length, document.styleSheets.length])).toEqual([0, 1]);
  expect(await page.locator('#host-link').evaluate((a) => getComputedStyle(a).fontFamily)).toBe(
    await page.evaluate(() => getComputedStyle(document.body).fontFamily),
  );
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect(page.locator('#host-link')).toHaveAttribute('href', '#services');
  // Only the page itself and the widget's own files were requested.
  const origins = new Set(requests.map((r) => new URL(r).origin));
  expect([...origins].sort()).toEqual([new URL(url).origin, new URL(baseURL).origin].sort());
  const widgetFiles = requests.filter((r) => r.startsWith(new URL(baseURL).origin)).map((r) => new URL(r).pathname);
  for (const path of widgetFiles) expect(path).toMatch(/^\/(widget\.js|scarguide-[0-9a-f]+(_bg\.wasm|\.js|\.css)|snippets\/.+\.js|content\/[a-z-]+\.(bin|start\.html))$/);
});

test('a host colour that would make text unreadable is ignored, and the console says why', async ({ page, baseURL }) => {
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(hostPage(baseURL, '/hosts/pale-accent.html'));
  const pale = guide(page, 'pale-guide');
  const plum = guide(page, 'plum-guide');
  for (const host of [pale, plum]) {
    await host.getByRole('button', { name: UI.journeys.quiz.title }).click();
    await host.locator('form.question input').first().check();
  }
  const submit = (host) => host.locator('form.question button[type=submit]');
  const colours = (host) => submit(host).evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
  // White on #f8c8dc would be 1.5:1: the content's own brand colour is used instead.
  const brand = CONTENT.site.brand.accent.match(/[0-9a-f]{2}/gi).map((h) => parseInt(h, 16));
  expect(await colours(pale)).toEqual([`rgb(${brand.join(', ')})`, 'rgb(255, 255, 255)']);
  expect(warnings.filter((text) => text.includes('--sg-accent'))).toHaveLength(1);
  expect(warnings.find((text) => text.includes('--sg-accent'))).toMatch(/\d\.\d\d:1/);
  // A readable host colour is kept.
  expect(await colours(plum)).toEqual(['rgb(122, 31, 92)', 'rgb(255, 255, 255)']);
});

test('the iframe option: the frame takes its content height and forwards events; strangers cannot resize it', async ({ page, baseURL }) => {
  await page.goto(hostPage(baseURL, '/hosts/frame.html'));
  const iframe = page.locator('#framed-guide iframe');
  await expect(iframe).toHaveAttribute('title', /.+/);
  const inside = page.frameLocator('#framed-guide iframe');
  await expect(inside.getByRole('table', { name: UI.compare.caption })).toBeVisible();
  // No scroll-in-scroll: the frame is as tall as the guide in it.
  await expect.poll(async () => {
    const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const contentHeight = await inside.locator('[data-scarguide]').evaluate((el) => el.getBoundingClientRect().height);
    return Math.abs(frameHeight - contentHeight);
  }).toBeLessThanOrEqual(1);
  await expect(page.locator('#framed-guide > p')).toHaveCount(0); // the fallback made way
  const tall = await iframe.evaluate((el) => el.getBoundingClientRect().height);

  // A message from anyone but the frame is ignored. Listeners run in the
  // order they were added, so once this page's own listener has heard the
  // message, the loader's (added earlier) has dealt with it.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        window.addEventListener('message', resolve, { once: true });
        window.postMessage({ type: 'scarguide:height', height: 5 }, '*');
      }),
  );
  expect(await iframe.evaluate((el) => el.getBoundingClientRect().height)).toBe(tall);

  // Moving to a shorter screen shrinks the frame; events reach the host element.
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ['scarguide:opened', 'scarguide:question']) {
      document.getElementById('framed-guide').addEventListener(name, (e) => window.__events.push(`${e.type} ${JSON.stringify(e.detail)}`));
    }
  });
  await inside.getByRole('button', { name: UI.compare.take_quiz }).click();
  await expect(inside.locator('form.question')).toBeVisible();
  await inside.locator('form.question input').first().check();
  await inside.locator('form.question button[type=submit]').click();
  await expect.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(tall);
  const of = CONTENT.quiz.question.filter((q) => !q.follow_up).length;
  await expect.poll(() => page.evaluate(() => window.__events)).toEqual([
    'scarguide:opened {"journey":"quiz"}',
    `scarguide:question {"number":1,"of":${of}}`,
    `scarguide:question {"number":2,"of":${of}}`,
  ]);
});

test('a guide added after the page loaded starts too (pages built by JavaScript)', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/hosts/strict-csp.html');
  await expect(journeyButtons(guide(page, 'csp-guide'))).toHaveCount(3);
  await page.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late-guide';
    late.setAttribute('data-scarguide', '');
    late.setAttribute('data-start-view', 'scars');
    document.body.append(late);
  });
  await expect(guide(page, 'late-guide').locator('article.scar')).toBeVisible();
  // The first guide kept its place.
  await expect(journeyButtons(guide(page, 'csp-guide'))).toHaveCount(3);
  expect(await violations()).toEqual([]);
});

test('the loader starts the content download alongside the code, and the widget uses it (one request)', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/hosts/strict-csp.html');
  await expect(journeyButtons(guide(page, 'csp-guide'))).toHaveCount(3);
  const content = requests.filter((path) => path.startsWith('/content/'));
  // The start screen first (drawn before the code), then the content, once.
  expect(content).toEqual(['/content/en.start.html', '/content/en.bin']);
  // Asked for before the wasm's JS glue had even loaded its own module.
  const snippet = requests.findIndex((path) => path.startsWith('/snippets/'));
  expect(requests.indexOf('/content/en.bin')).toBeLessThan(snippet);
});
