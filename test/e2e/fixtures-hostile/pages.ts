/**
 * Hostile pages for test/e2e/hostile.e2e.ts, generated (some are megabytes). The test's
 * init script turns on the content script's timing hook as data-ofsted-lens-debug="no-bench"
 * (timings only: the budgets' re-runs of the scan would freeze these pages by themselves).
 * Text in our own words.
 */

/** A claim the engine marks (Hertfordshire's 2023 report: outstanding). */
export const CLAIM = "Hertfordshire County Council children's services were rated outstanding by Ofsted.";
const FILLER = 'The committee met again on Tuesday to talk about bins, buses and the new library opening hours. ';

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="2025-06-02">${head}</head><body>${body}</body></html>`;
}

/** About 10 MB of text in a single text node, with a claim near the start and one near the end. */
export function hugeTextNode(): string {
  const chunk = FILLER.repeat(1000);
  const parts = [CLAIM, ' '];
  while (parts.join('').length < 10_000_000) parts.push(chunk);
  parts.push(CLAIM);
  return page('One huge text node', `<article><p>${parts.join('')}</p></article>`);
}

/** 200,000 text nodes (spans), with claims among them. */
export function manyTextNodes(): string {
  const spans: string[] = [];
  for (let i = 0; i < 200_000; i++) spans.push(i % 20_000 === 0 ? `<span>${CLAIM} </span>` : `<span>word${i % 97} </span>`);
  return page('Many text nodes', `<article><p>${spans.join('')}</p></article>`);
}

/**
 * A claim `depth` elements deep (built by script: the HTML parser caps nesting depth).
 * Chromium 14x itself, without the extension, crashes ("Page crashed") laying out 3,000
 * nested divs (or 2,000 alternating span/div levels), so 5,000 cannot be tested in it.
 */
export function deepNesting(depth = 2000): string {
  return page(
    'Deep nesting',
    `<article id="top"><p>${FILLER}</p></article>
<script>
  let at = document.getElementById('top');
  for (let i = 0; i < ${depth}; i++) { const d = document.createElement('div'); at.appendChild(d); at = d; }
  at.appendChild(document.createTextNode(${JSON.stringify(CLAIM)}));
</script>`,
  );
}

/** Article text inside an open shadow root, and a same-origin iframe with a claim. */
export function shadowAndFrame(): string {
  return page(
    'Shadow root and frame',
    `<article><p>${FILLER}</p><div id="host"></div><iframe id="frame" src="/hostile/frame.html" width="600" height="200"></iframe></article>
<script>
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.textContent = ${JSON.stringify(CLAIM)};
  root.appendChild(p);
</script>`,
  );
}

/** The page inside the same-origin iframe. */
export function framePage(): string {
  return page('Frame', `<p>${CLAIM}</p>`);
}

/** Claims in editable regions and form fields (never to be marked), and one in plain text. */
export function editable(): string {
  return page(
    'Editable',
    `<article><p id="plain">${CLAIM}</p>
<div contenteditable="true"><p>${CLAIM}</p></div>
<div contenteditable="plaintext-only">${CLAIM}</div>
<textarea>${CLAIM}</textarea><input value="${CLAIM.replace(/'/g, '&#39;')}">
<select><option>${CLAIM}</option></select><button>${CLAIM}</button></article>`,
  );
}

/** Names written with a zero-width space, among right-to-left text and emoji. */
export const ODD_NAMES = [
  'Hert\u200Bfordshire County Council children\u2019s services were rated outstanding by Ofsted.',
  '\u{1F4F0} Essex County Council \u{1F44F} was rated inadequate in its last report.',
];
export function oddText(): string {
  return page(
    'Odd text',
    `<article><p id="zw">${ODD_NAMES[0]}</p><p id="emoji">${ODD_NAMES[1]}</p>
<p dir="rtl" lang="ar">\u0645\u062C\u0644\u0633 Kent County Council \u0642\u0627\u0644 \u0625\u0646 \u0627\u0644\u062E\u062F\u0645\u0627\u062A \u062C\u064A\u062F\u0629.</p>
<p>\u202EKent County Council\u202C was in the news.</p></article>`,
  );
}

/** A page that changes every 10 ms for `seconds` seconds, adding and removing claims. */
export function mutating(seconds: number): string {
  return page(
    'Mutating',
    `<article id="live"><p>${FILLER}</p></article>
<script>
  const live = document.getElementById('live');
  const until = performance.now() + ${seconds * 1000};
  let n = 0;
  const timer = setInterval(() => {
    if (performance.now() > until) { clearInterval(timer); window.__mutationsDone = true; return; }
    const p = document.createElement('p');
    p.textContent = (n % 5 === 0 ? ${JSON.stringify(CLAIM)} : 'Update ' + n + ': ') + ' ' + ${JSON.stringify(FILLER)};
    live.appendChild(p);
    if (live.childNodes.length > 40) live.removeChild(live.firstChild);
    n++;
  }, 10);
</script>`,
  );
}

/** A page that breaks the built-ins a script might rely on, in its own (main) world. */
export function brokenBuiltins(): string {
  return page(
    'Broken built-ins',
    `<article><p>${CLAIM}</p><p>Essex County Council was rated inadequate in its last report.</p></article>`,
    `<script>
  window.__realCSS = window.CSS;
  const boom = function () { throw new Error('hostile page: built-in replaced'); };
  for (const m of ['map', 'filter', 'forEach', 'push', 'join', 'slice', 'indexOf', 'includes', 'reduce', 'some', 'every', 'find', 'sort', 'splice', 'concat']) {
    Object.defineProperty(Array.prototype, m, { value: boom, writable: true, configurable: true });
  }
  for (const m of ['appendChild', 'insertBefore', 'removeChild', 'contains', 'cloneNode']) Node.prototype[m] = boom;
  Element.prototype.attachShadow = boom;
  document.createTreeWalker = boom;
  document.createRange = boom;
  Object.defineProperty(window, 'CSS', { value: { highlights: null }, configurable: true });
  window.Highlight = boom;
  window.MutationObserver = boom;
  JSON.parse = boom;
  String.prototype.slice = boom;
</script>`,
  );
}

/** An article that replaces itself with another one through history.pushState. */
export function pushState(): string {
  return page(
    'First article',
    `<main id="main"><article><h1>First</h1><p>Essex County Council was rated inadequate in its last report.</p></article></main>
<script>
  window.__navigate = () => {
    history.pushState({}, '', '/hostile/second-article');
    document.title = 'Second article';
    const article = document.createElement('article');
    const h = document.createElement('h1');
    h.textContent = 'Second';
    const p = document.createElement('p');
    p.textContent = ${JSON.stringify(CLAIM)};
    article.append(h, p);
    document.getElementById('main').replaceChildren(article);
  };
</script>`,
  );
}
