// Scarguide's loader: the one script a host page includes.
//
//   <script src="https://your-static-host.example/scarguide/widget.js" defer></script>
//   <div data-scarguide>Prefer to talk it through? <a href="…">Book a consultation</a></div>
//
// It finds the widget's files next to itself, so the folder can sit on any
// static host or CDN, and starts the widget in every [data-scarguide]
// element; an element with `data-frame` gets the widget in an iframe
// instead. No globals, no inline code, no requests but the widget's own files.
// The build (scripts/write-loader.mjs) fills in the hashed file names.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script) return;
  const base = new URL('.', script.src);
  const GLUE = '__GLUE__';
  const WASM = '__WASM__';
  const CSS = '__CSS__';
  const BUILT_LOCALES = __LOCALES__; // the locales of content/ beside this script
  // The words shown before, or instead of, the content, in each of those
  // languages (from each ui.toml's [errors] and label), the default first.
  const WORDS = __WORDS__;
  const SETTINGS = ['content', 'locale', 'start-view', 'theme', 'events'];
  // The analytics events and the only keys each may carry (EMBED.md).
  const EVENT_KEYS = { opened: ['journey'], question: ['number', 'of'], result: ['outcome'], booking: [] };
  const hosts = () => [...document.querySelectorAll('[data-scarguide]')];

  // The language a guide is for: its data-locale, else the page's lang.
  const wantedTag = (host) =>
    (host.getAttribute('data-locale') || document.documentElement.getAttribute('lang') || '')
      .trim().toLowerCase().replace(/_/g, '-');
  // Of the languages built beside this script: the tag itself, else its
  // language ("es-MX" → "es"), else null (the default).
  function builtLocale(host) {
    const tag = wantedTag(host);
    const held = (locale) => BUILT_LOCALES.includes(locale);
    return held(tag) ? tag : held(tag.split('-')[0]) ? tag.split('-')[0] : null;
  }
  const wordsFor = (host) => WORDS[builtLocale(host)] || Object.values(WORDS)[0] || {};

  // The element keeps the host's own fallback (its children, with the
  // clinic's booking link); without one, a short message says what happened.
  function unavailable(reason) {
    console.error('Scarguide could not start:', reason);
    for (const host of hosts()) {
      if (liveRoot(host) || host.hasAttribute('data-frame')) continue;
      // An early start screen gives way to the host's own fallback.
      if (host.shadowRoot) host.shadowRoot.replaceChildren(document.createElement('slot'));
      host.setAttribute('data-scarguide-state', 'unavailable');
      if (!host.textContent.trim()) {
        const note = document.createElement('p');
        note.textContent = wordsFor(host).unsupported;
        host.append(note);
      }
    }
  }

  // The iframe option: full separation; the frame reports its height and
  // the guide's events, and each side checks who it is talking to.
  function frame(host) {
    if (host.querySelector('iframe[data-scarguide-frame]')) return;
    const src = new URL('frame.html', base);
    for (const name of SETTINGS) {
      const value = host.getAttribute('data-' + name);
      if (value) src.searchParams.set(name, value);
    }
    // The frame is a page of its own: it learns the host page's language here.
    if (!src.searchParams.has('locale') && wantedTag(host)) src.searchParams.set('locale', wantedTag(host));
    const iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = host.getAttribute('data-frame-title') || wordsFor(host).label;
    iframe.setAttribute('data-scarguide-frame', '');
    iframe.style.display = 'block';
    iframe.style.width = '100%';
    iframe.style.height = '0';
    iframe.style.border = '0';
    const fallback = [...host.childNodes];
    window.addEventListener('message', (event) => {
      if (event.source !== iframe.contentWindow || event.origin !== src.origin) return;
      const data = event.data || {};
      if (data.type === 'scarguide:height' && Number.isFinite(data.height)) {
        iframe.style.height = Math.ceil(data.height) + 'px';
        fallback.forEach((node) => node.remove());
      } else if (data.type === 'scarguide:event' && Object.hasOwn(EVENT_KEYS, data.name)) {
        // Passed on with the documented keys only, whatever the frame sent.
        const detail = {};
        for (const key of EVENT_KEYS[data.name]) {
          const value = data.detail && data.detail[key];
          if (typeof value === 'string' || Number.isInteger(value)) detail[key] = value;
        }
        host.dispatchEvent(new CustomEvent('scarguide:' + data.name, { detail, bubbles: true, composed: true }));
      }
    });
    iframe.addEventListener('load', () => iframe.contentWindow.postMessage({ type: 'scarguide:hello' }, src.origin));
    host.prepend(iframe);
  }

  // The widget's stylesheet, fetched once: for the start screen drawn ahead
  // of the code, and handed to the code (which carries no copy of its own).
  let style = null;
  const stylesheet = () =>
    style || (style = fetch(new URL(CSS, base)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${CSS} answered ${r.status}`)))));

  // The stylesheet parsed once, for every guide on the page and for both the
  // early screen and the widget (null where constructed sheets are missing).
  let parsed;
  function sharedSheet(css) {
    if (parsed === undefined) {
      try {
        parsed = constructed(css);
      } catch {
        parsed = null;
      }
    }
    return parsed;
  }
  // A constructed stylesheet (which a strict Content-Security-Policy allows,
  // unlike <style>); throws where browsers lack them (Safari before 16.4).
  function constructed(css) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  }

  // The widget's code: downloaded once, as soon as the first screen is up,
  // and started (`run`) when the page has loaded, or at once when a visitor
  // acts first. The code mounts every guide waiting when it starts.
  let code = null;
  function download() {
    if (code) return code;
    if (typeof WebAssembly !== 'object') {
      code = Promise.reject(new Error('WebAssembly is not available'));
    } else {
      // The code, its JS glue and the stylesheet download side by side.
      const wasm = fetch(new URL(WASM, base));
      wasm.catch(() => {}); // reported below, once
      code = Promise.all([import(new URL(GLUE, base).href), stylesheet()]).then(([module, css]) => ({ module, wasm, css }));
    }
    code.catch(() => {});
    return code;
  }
  let running = null;
  function run() {
    if (running) return running;
    running = download().then(({ module, wasm, css }) => {
      handOver(css);
      return module.default({ module_or_path: wasm }).then(() => ({ module, css }));
    });
    running.catch(unavailable);
    return running;
  }
  // Until the page's own load event, the host's work comes first: the
  // guide's code starts after it, when the browser is idle (a visitor who
  // acts on the early screen does not wait: `hurry`).
  let hurry;
  const pageIdle = new Promise((resolve) => {
    hurry = resolve;
    const idle = () => (window.requestIdleCallback ? requestIdleCallback(resolve, { timeout: 1500 }) : setTimeout(resolve, 200));
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });

  // Starts the download of a guide's content now rather than once the
  // widget's code runs (a round trip saved on slow phones). The widget finds
  // it on its element. The folder follows the widget's own rules
  // (src/ui/loader.rs): data-content, else content/ beside this script. For
  // that folder the build wrote down which languages it holds, so the page's
  // language is matched without probing (a probe's 404 carries no CORS
  // header on most CDNs, and fails the whole fetch): the tag itself, else its
  // language ("es-MX" → "es"), else the default. A folder named by
  // data-content may hold other languages: its index.bin (the default
  // language, listing the others) always exists, and the widget takes it from there.
  function prefetchContent(host) {
    if (host.scarguideEarlyContent) return;
    const named = (host.getAttribute('data-content') || '').trim();
    const url = new URL((named ? 'index' : builtLocale(host) || 'index') + '.bin', contentFolder(host)).href;
    const response = fetch(url);
    response.catch(() => {}); // the widget reports it, if it uses it
    host.scarguideEarlyContent = { url, response };
  }

  // ---- The start screen ahead of the code ----------------------------------
  // The content compiler writes each language's start screen (and the quiz's
  // first question) as content/<locale>.start.html; a host page may also
  // carry it already, as a declarative shadow root (content/<locale>.snippet.html).
  // The loader shows it at once, the visitor can open a journey or answer
  // the first question, and the widget takes over in place (src/ui/host.rs).
  const earlyRoot = (host) => host.shadowRoot && host.shadowRoot.querySelector('.root[data-early]');
  const liveRoot = (host) => host.shadowRoot && host.shadowRoot.querySelector('.root:not([data-early])');

  // Only where the widget will show the start screen too: the content beside
  // this script, no journey named by the host, none the visitor left open.
  function drawsStartScreen(host) {
    if (host.hasAttribute('data-content') || host.hasAttribute('data-start-view')) return false;
    const key = 'scarguide:' + (host.id || [...document.querySelectorAll('[data-scarguide]:not([data-frame])')].indexOf(host));
    try {
      const saved = sessionStorage.getItem(key);
      return (saved === null || saved === '0100') && sessionStorage.getItem(key + ':language') === null;
    } catch {
      return true; // storage refused: the widget starts at the start screen too
    }
  }

  // What the widget's code takes from the loader: the stylesheet, as text
  // and parsed (src/ui/host.rs).
  function handOver(css) {
    for (const host of hosts()) {
      host.scarguideStyle = css;
      host.scarguideSheet = sharedSheet(css);
    }
  }

  async function drawStartScreen(host) {
    const url = new URL(`content/${builtLocale(host) || 'index'}.start.html`, base);
    const [markup, css] = await Promise.all([
      fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url} answered ${r.status}`)))),
      stylesheet(),
    ]);
    if (host.shadowRoot) return; // the widget was quicker
    const shadow = host.attachShadow({ mode: 'open' });
    // The compiler's own file, from the widget's own folder; parsed inert.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const own = [...template.content.querySelectorAll('style')];
    try {
      // Constructed sheets: a strict Content-Security-Policy refuses <style>.
      const shared = sharedSheet(css);
      if (!shared) throw new Error('no constructable stylesheets');
      const early = own.map((style) => constructed(style.textContent));
      shadow.adoptedStyleSheets = [shared, ...early];
      own.forEach((style) => style.remove());
    } catch {
      // No constructable stylesheets (Safari before 16.4): <style> elements.
      const style = document.createElement('style');
      style.textContent = css;
      shadow.append(style);
    }
    shadow.append(template.content);
    prepare(host, contentFolder(host));
  }

  // The folder a guide's content comes from (src/ui/loader.rs has the same rule).
  function contentFolder(host) {
    const named = (host.getAttribute('data-content') || '').trim();
    return named ? new URL(named.endsWith('/') ? named : named + '/', document.baseURI) : new URL('content/', base);
  }

  // Readies an early screen: the logo from the content folder, dates in the
  // visitor's language, and its buttons.
  function prepare(host, folder) {
    const shadow = host.shadowRoot;
    const root = earlyRoot(host);
    // A page's declarative shadow root carries <style>. Where a strict
    // Content-Security-Policy refused it (no sheet), it is taken over as a
    // constructed sheet, which such a policy allows; elsewhere it stays as
    // it is (parsing it again would cost a phone a long task).
    const styles = [...shadow.querySelectorAll('style')].filter((style) => !style.sheet);
    try {
      if (styles.length) shadow.adoptedStyleSheets = styles.map((style) => constructed(style.textContent));
      styles.forEach((style) => style.remove());
    } catch {
      // No constructable stylesheets: the <style> elements stay.
    }
    for (const img of root.querySelectorAll('img[data-src]')) img.src = new URL(img.dataset.src, folder).href;
    const lang = root.querySelector('[lang]')?.lang;
    for (const time of root.querySelectorAll('time[datetime]')) {
      const date = new Date(time.dateTime + 'T12:00:00');
      if (!isNaN(date)) time.textContent = date.toLocaleDateString(lang, { dateStyle: 'long' });
    }
    const start = root.querySelector('.screen.start');
    const quiz = root.querySelector('.quiz-screen');
    const form = root.querySelector('form.question');
    const submit = form && form.querySelector('[type=submit]');
    const show = (screen, focus) => {
      start.hidden = screen !== start;
      if (quiz) quiz.hidden = screen !== quiz;
      focus.focus();
    };
    root.addEventListener('click', (event) => {
      const journey = event.target.closest('.journey');
      if (journey) {
        root.dataset.opened = journey.dataset.journey;
        if (journey.dataset.journey === 'quiz' && quiz) show(quiz, quiz.querySelector('h2'));
        else journey.setAttribute('aria-busy', 'true');
        hurry();
      } else if (quiz && !quiz.hidden && event.target.closest('.back, .button.secondary')) {
        delete root.dataset.opened;
        show(start, start.querySelector('[data-journey="quiz"]'));
      }
    });
    root.dataset.ready = ''; // its buttons answer from here on
    if (!form) return;
    form.addEventListener('change', () => (submit.disabled = !form.querySelector('input:checked')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      root.dataset.advanced = '';
      submit.setAttribute('aria-busy', 'true');
      hurry();
    });
  }

  // Starts a widget in every element that has none yet: at first, and
  // whenever the page adds one (sites that build pages with JavaScript).
  async function scan() {
    const all = hosts();
    all.filter((host) => host.hasAttribute('data-frame')).forEach(frame);
    const waiting = all.filter((host) => !host.hasAttribute('data-frame') && !host.scarguideSeen && !liveRoot(host));
    if (!waiting.length) return;
    if (typeof WebAssembly !== 'object') {
      download().catch(unavailable);
      return;
    }
    const early = waiting.map((host) => {
      host.scarguideSeen = true;
      host.scarguideWords = wordsFor(host);
      if (earlyRoot(host)) return prepare(host, contentFolder(host)), true;
      if (host.shadowRoot || !drawsStartScreen(host)) return false;
      return drawStartScreen(host).then(
        () => true,
        (error) => console.warn('Scarguide draws its start screen when its code has arrived:', error),
      );
    });
    // The first screen's files first, on a slow line; then the rest.
    const drawn = await Promise.all(early);
    waiting.forEach(prefetchContent);
    download();
    if (drawn.every(Boolean)) await pageIdle;
    // The code mounts every guide there is as it starts; mounting again
    // passes over those it has (guides added while it started).
    run().then(({ module, css }) => {
      handOver(css);
      module.mountAll();
    }, () => {});
  }

  function start() {
    scan();
    let queued = false;
    new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        scan();
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  // A task of its own, not the end of the page's parsing: the host's
  // tasks stay short (no long task on a phone).
  const later = () => setTimeout(start, 0);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', later, { once: true });
  else later();
})();
