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
      if (host.shadowRoot || host.hasAttribute('data-frame')) continue;
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

  // Loads the widget's code once, the first time a page needs it.
  let glue = null;
  function load() {
    if (glue) return glue;
    if (typeof WebAssembly !== 'object') {
      glue = Promise.reject(new Error('WebAssembly is not available'));
    } else {
      // The code and its JS glue download side by side, not one after the other.
      const code = fetch(new URL(WASM, base));
      code.catch(() => {}); // reported below, once
      glue = import(new URL(GLUE, base).href).then((module) => module.default({ module_or_path: code }).then(() => module));
    }
    glue.catch(unavailable);
    return glue;
  }

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
    if (host.scarguideEarlyContent || host.shadowRoot) return;
    const named = host.getAttribute('data-content');
    let url;
    if (named && named.trim()) {
      url = new URL('index.bin', new URL(named.endsWith('/') ? named : named + '/', document.baseURI)).href;
    } else {
      url = new URL('content/' + (builtLocale(host) || 'index') + '.bin', base).href;
    }
    const response = fetch(url);
    response.catch(() => {}); // the widget reports it, if it uses it
    host.scarguideEarlyContent = { url, response };
  }

  // Starts a widget in every element that has none yet: at first, and
  // whenever the page adds one (sites that build pages with JavaScript).
  function scan() {
    const all = hosts();
    all.filter((host) => host.hasAttribute('data-frame')).forEach(frame);
    const waiting = all.filter((host) => !host.hasAttribute('data-frame') && !host.shadowRoot && !host.hasAttribute('data-scarguide-state'));
    if (!waiting.length) return;
    for (const host of waiting) host.scarguideWords = wordsFor(host);
    if (typeof WebAssembly === 'object') waiting.forEach(prefetchContent);
    // The code mounts every waiting guide as it starts; only later
    // arrivals need asking.
    const starting = !glue;
    load().then((module) => starting || module.mountAll(), () => {});
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

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
})();
