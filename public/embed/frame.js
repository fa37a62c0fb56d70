// The page inside the iframe option (frame.html): applies the settings the
// loader passed in the URL, then reports the guide's height and events to
// the page that embeds it. It only answers its own parent window, and only
// ever posts to the origin that parent said hello from.
(() => {
  'use strict';
  const host = document.querySelector('[data-scarguide]');
  const params = new URLSearchParams(location.search);
  for (const name of ['content', 'locale', 'start-view', 'theme', 'events']) {
    const value = params.get(name);
    if (value) host.setAttribute('data-' + name, value);
  }
  // This page's own words (title, and the note shown until the guide
  // starts) in the host page's language, of those the build knew.
  const WORDS = __WORDS__;
  const tag = (params.get('locale') || '').toLowerCase();
  const locale = [tag, tag.split('-')[0]].find((l) => Object.hasOwn(WORDS, l));
  if (locale) {
    document.documentElement.lang = locale;
    document.title = WORDS[locale].label;
    const note = host.querySelector('p');
    if (note) note.textContent = WORDS[locale].unsupported;
  }
  let parentOrigin = null;
  const post = (message) => parentOrigin && window.parent.postMessage(message, parentOrigin);
  const report = () => post({ type: 'scarguide:height', height: host.getBoundingClientRect().height });
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !event.data || event.data.type !== 'scarguide:hello') return;
    parentOrigin = event.origin;
    report();
  });
  new ResizeObserver(report).observe(host);
  for (const name of ['opened', 'question', 'result', 'booking']) {
    host.addEventListener('scarguide:' + name, (event) => post({ type: 'scarguide:event', name, detail: event.detail }));
  }
})();
