// Runs in the preview page before the widget: answers the widget's requests
// for studio-content/ with the files the studio posted, and starts the
// widget once its settings (language, colours, journey) are known.
// Everything else goes to the network as usual.
(() => {
  let received;
  const files = new Promise((resolve) => {
    received = resolve;
  });
  addEventListener('message', (event) => {
    if (event.source !== parent || !event.data || event.data.kind !== 'scarguide-studio-content') return;
    received(event.data.files);
    const { locale, theme, view } = event.data;
    const guide = document.getElementById('guide');
    if (locale) guide.setAttribute('data-locale', locale);
    if (theme) guide.setAttribute('data-theme', theme);
    if (view) {
      // A chosen journey: start there, not where the last preview was.
      sessionStorage.clear();
      guide.setAttribute('data-start-view', view);
    }
    // The visitors' widget, packed in one script that also runs from disk.
    const script = document.createElement('script');
    script.src = 'studio-widget.js';
    document.head.append(script);
    // Tell the studio once the guide is on screen (for its timings and tests).
    const shown = () => {
      if (guide.shadowRoot && guide.shadowRoot.querySelector('.screen')) parent.postMessage({ kind: 'scarguide-preview-shown' }, '*');
      else requestAnimationFrame(shown);
    };
    requestAnimationFrame(shown);
  });
  const networkFetch = fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    const marker = '/studio-content/';
    const at = url.pathname.indexOf(marker);
    if (at < 0) return networkFetch(input, init);
    const name = url.pathname.slice(at + marker.length);
    const bytes = (await files)[name];
    return bytes ? new Response(bytes) : new Response('', { status: 404 });
  };
  parent.postMessage({ kind: 'scarguide-preview-ready' }, '*');
})();
