// Runs in the preview page before the widget: answers the widget's requests
// for studio-content/ with the files the studio posted, and adds the widget
// once the language is known. Everything else goes to the network as usual.
(() => {
  let received;
  const files = new Promise((resolve) => {
    received = resolve;
  });
  addEventListener('message', (event) => {
    if (event.source !== parent || !event.data || event.data.kind !== 'scarguide-studio-content') return;
    received(event.data.files);
    const guide = document.getElementById('guide');
    if (event.data.locale) guide.setAttribute('data-locale', event.data.locale);
    const script = document.createElement('script');
    script.src = 'widget.js';
    script.defer = true;
    document.head.append(script);
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
