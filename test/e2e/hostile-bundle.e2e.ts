/**
 * The built Chrome extension (.output/chrome-mv3, built by npm run test:e2e first):
 * no HTML or code from strings and no network use in what ships, and a manifest with
 * only the permissions it needs, no external connections and the default CSP.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../../tools/browser/harness';
import { BUDGET } from '../../tools/budget-limits';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const built = files(CHROME_BUILD);
const scripts = built.filter((f) => /\.(js|html)$/.test(f));
const read = (f: string) => readFileSync(f, 'utf8');

/**
 * Preact's renderer carries its dangerouslySetInnerHTML branch (assigning `__html`);
 * our source never passes that prop (test/security/source.test.ts), so it is dead code.
 * Any other innerHTML in the bundle is a finding.
 */
const PREACT_INNER_HTML = /\w+\.innerHTML=\w+\.__html|\w+\.__html==\w+\.innerHTML/g;
const known = (text: string) => text.replace(PREACT_INNER_HTML, '');

/**
 * The article reader (article-reader.js) is Mozilla's Readability, unmodified, which reads and
 * writes innerHTML of the document it is given: always our clone of the page, a document with
 * no browsing context, where no script runs and nothing loads; the page itself is never
 * touched (test/page/article-scope.test.ts). Our own source is held to no innerHTML at all.
 */
const READER = 'article-reader.js';
const allowed = (name: string, file: string) => name === 'innerHTML' && relative(CHROME_BUILD, file) === READER;

const FORBIDDEN: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(ln)?\(/],
  ['eval(', /(^|[^.\w$])eval\(/],
  ['new Function(', /\bnew Function\(/],
  ['createContextualFragment', /createContextualFragment/],
  ['remote script', /<script[^>]+src=["']?(https?:)?\/\//i],
  ['remote import', /\bimport\(\s*["'`]https?:/],
  ['importScripts', /\bimportScripts\(/],
  ['fetch(', /(^|[^.\w$])fetch\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bnew WebSocket\b/],
  ['sendBeacon', /\bsendBeacon\b/],
];

describe('built extension', () => {
  it('has a content script, a background and a popup', () => {
    const names = scripts.map((f) => relative(CHROME_BUILD, f));
    // The content script's two stages (README, Performance).
    expect(names).toContain('content-scan.js');
    expect(names).toContain('content-annotate.js');
    expect(names).toContain('background.js');
    expect(names).toContain('popup.html');
  });

  it.each(FORBIDDEN)('ships no %s', (name, pattern) => {
    const hits = scripts.filter((f) => !allowed(name, f) && pattern.test(known(read(f))));
    expect(hits.map((f) => relative(CHROME_BUILD, f))).toEqual([]);
  });

  it('the content script and the background carry no innerHTML at all, not even Preact’s', () => {
    for (const f of ['content-scan.js', 'content-annotate.js', 'background.js'])
      expect(read(join(CHROME_BUILD, f))).not.toMatch(/innerHTML/);
  });

  it('loads every script of its pages from the extension itself', () => {
    for (const f of scripts.filter((x) => x.endsWith('.html'))) {
      for (const [, src] of read(f).matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(src).toMatch(/^\/|^\.\/|^[\w-]+\//);
    }
  });
});

describe('content script', () => {
  const gzipped = (name: string) => gzipSync(readFileSync(join(CHROME_BUILD, name)), { level: 9 }).length / 1024;
  const stages = ['content-scan.js', 'content-annotate.js'];

  it('stays within its size budgets: the first stage, which every page loads, and both stages', () => {
    expect(gzipped('content-scan.js')).toBeLessThanOrEqual(BUDGET.firstStageKb);
    expect(gzipped('content-scan.js') + gzipped('content-annotate.js')).toBeLessThanOrEqual(BUDGET.sizeKb);
  });

  it('carries no webextension-polyfill, no storage library and no WXT wrapper; the names key only once', () => {
    for (const name of stages) {
      const code = read(join(CHROME_BUILD, name));
      // The polyfill's own error text, and the storage utility's key parsing.
      expect(code, name).not.toMatch(/This script should only be loaded in a browser extension|Storage key should be in the form/);
    }
    const first = read(join(CHROME_BUILD, 'content-scan.js'));
    expect(first).not.toContain('crashed on startup');
    // The prefilter's key (packed hashes) is in the first stage, which hands the prefilter to the second.
    expect(first).toMatch(/packed:/);
    expect(read(join(CHROME_BUILD, 'content-annotate.js'))).not.toMatch(/packed:/);
  });
});

describe('manifest', () => {
  const manifest = JSON.parse(read(join(CHROME_BUILD, 'manifest.json'))) as Record<string, unknown>;

  it('asks only for storage and the context menu, and for no host permissions', () => {
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(['contextMenus', 'storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
  });

  it('lets no web page or other extension connect, exposes only the content script’s later stages and the article reader, keeps the default CSP', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    // The content script imports its second stage (and, on debug pages, the timing hook),
    // which needs them web-accessible; with a dynamic URL, so a page cannot fetch them by
    // the extension's fixed id (test/e2e/hostile.e2e.ts tries).
    expect(manifest.web_accessible_resources).toEqual([
      {
        matches: ['http://*/*', 'https://*/*'],
        resources: ['content-annotate.js', 'content-bench.js', 'article-reader.js'],
        use_dynamic_url: true,
      },
    ]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
    expect(manifest.update_url).toBeUndefined();
  });

  it('runs its content script on http(s) pages only, in the top frame, when the page is idle', () => {
    const cs = manifest.content_scripts as { matches: string[]; js: string[]; all_frames?: boolean; run_at?: string; world?: string }[];
    expect(cs).toHaveLength(1);
    expect(cs[0]!.js).toEqual(['content-scan.js']);
    expect(cs[0]!.matches.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(cs[0]!.all_frames ?? false).toBe(false);
    expect(cs[0]!.world ?? 'ISOLATED').toBe('ISOLATED');
    expect(cs[0]!.run_at).toBe('document_idle');
  });
});
