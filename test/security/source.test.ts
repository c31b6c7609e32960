/**
 * The source tree writes no HTML from strings, runs no code built from strings and
 * loads nothing from the network. The built bundle gets the same check in
 * test/e2e/hostile-bundle.e2e.ts (after the build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
/** Everything that ships in the extension (the Node tooling lives in tools/ and modules/). */
const SHIPPED = ['lib', 'entrypoints', 'components'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|html|js)$/.test(name) ? [path] : [];
  });
}

/** Source text without comments, so that a comment mentioning innerHTML is not a finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Constructs that would let page or dataset strings become markup or code, or reach the network. */
export const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['eval(', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['remote script', /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i],
  ['remote import', /\bimport\s*\(\s*['"`]https?:/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['fetch', /(^|[^.\w])fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['EventSource', /\bEventSource\b/],
];

describe('shipped source (lib, entrypoints, components)', () => {
  const shipped = SHIPPED.flatMap((dir) => files(join(ROOT, dir))).map((path) => relative(ROOT, path));

  it('has files to scan', () => {
    expect(shipped.length).toBeGreaterThan(30);
  });

  it.each(FORBIDDEN)('never uses %s', (_name, pattern) => {
    const hits = shipped.filter((path) => pattern.test(code(readFileSync(join(ROOT, path), 'utf8'))));
    expect(hits).toEqual([]);
  });

  it('the scan catches each construct (the patterns are not dead)', () => {
    const samples = [
      'el.innerHTML = x',
      'a.outerHTML',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
      'eval(x)',
      'new Function("return 1")',
      'setTimeout("alert(1)", 1)',
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'range.createContextualFragment(x)',
      'new DOMParser()',
      'frame.srcdoc = x',
      '<script src="https://cdn.example/x.js">',
      'import("https://cdn.example/x.js")',
      'importScripts("x.js")',
      'fetch(url)',
      'new XMLHttpRequest()',
      'new WebSocket(u)',
      'navigator.sendBeacon(u)',
      'new EventSource(u)',
    ];
    FORBIDDEN.forEach(([name, pattern], k) => expect(pattern.test(code(samples[k]!)), name).toBe(true));
  });
});
