/**
 * The core journeys in Firefox ESR (the built Firefox extension, installed over
 * WebDriver BiDi): marks on the demo article, a card on hover, and the popup's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Site } from '../../tools/browser/harness';
import { EXTENSION_UUID, launchFirefox, type Firefox } from './firefox';

let site: Site;
let firefox: Firefox;
let page: string;

const HIGHLIGHTS = 'const out = {}; for (const [name, h] of CSS.highlights) out[name] = h.size; return out;';

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  site = await serve();
  firefox = await launchFirefox();
  ({ context: page } = await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' }));
  await firefox.send('browsingContext.navigate', { context: page, url: `${site.origin}/demo.html`, wait: 'complete' });
}, 90_000);

afterAll(async () => {
  await firefox?.close();
  await site?.close();
});

describe('Firefox ESR', () => {
  it('marks authorities and each claim by verdict', async () => {
    const h = await until(
      () => firefox.evaluate<Record<string, number>>(page, HIGHLIGHTS),
      (h) => (h['ofsted-lens-wrong_authority'] ?? 0) > 0,
    );
    expect(h['ofsted-lens-authority']).toBeGreaterThanOrEqual(6);
    expect(h['ofsted-lens-matches']).toBeGreaterThanOrEqual(1);
    expect(h['ofsted-lens-contradicts']).toBeGreaterThanOrEqual(1);
    expect(h['ofsted-lens-wrong_authority']).toBe(2);
    expect(h['ofsted-lens-not_inspected_by_ofsted']).toBe(1);
  });

  it('opens a card with the verdict in plain words on hover', async () => {
    const point = await firefox.evaluate<{ x: number; y: number }>(
      page,
      `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
       for (let n = walker.nextNode(); n; n = walker.nextNode()) {
         const at = n.data.indexOf('Essex County Council was rated inadequate');
         if (at === -1) continue;
         const i = n.data.indexOf('inadequate', at);
         const range = document.createRange(); range.setStart(n, i); range.setEnd(n, i + 10);
         n.parentElement.scrollIntoView({ block: 'center' });
         const r = range.getClientRects()[0];
         return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
       }`,
    );
    await firefox.send('input.performActions', {
      context: page,
      actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: point.x, y: point.y, duration: 0 }] }],
    });
    const card = await until(
      () =>
        firefox.evaluate<string>(
          page,
          `return document.querySelector('ofsted-lens-ui')?.shadowRoot?.querySelector('.card')?.textContent ?? '';`,
        ),
      (text) => text !== '',
    );
    expect(card).toContain('Essex County Council');
    expect(card).toContain('Contradicts the record');
  });

  it("lists the page's claims in the popup, attention first", async () => {
    const { context: popup } = await firefox.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    const base = `moz-extension://${EXTENSION_UUID}/popup.html`;
    await firefox.send('browsingContext.navigate', { context: popup, url: base, wait: 'complete' });
    // The demo tab's id, found as the e2e helpers do in Chromium: the tab whose content script answers with its address.
    const tabId = await firefox.evaluate<number>(
      popup,
      `for (const tab of await browser.tabs.query({})) {
         const reply = await browser.tabs.sendMessage(tab.id, { type: 'page-findings' }).catch(() => null);
         if (reply && reply.url === ${JSON.stringify(`${site.origin}/demo.html`)}) return tab.id;
       }
       return -1;`,
    );
    expect(tabId).toBeGreaterThan(0);
    await firefox.send('browsingContext.navigate', { context: popup, url: `${base}?tab=${tabId}`, wait: 'complete' });
    const text = await until(
      () => firefox.evaluate<string>(popup, `return document.querySelector('.summary') ? document.body.textContent : '';`),
      (t) => t !== '',
    );
    expect(text).toMatch(/\d+ claims: 3 need attention/);
    expect(text).toContain('article date 2 March 2026');
    const chips = await firefox.evaluate<string[]>(
      popup,
      `return Array.from(document.querySelectorAll('.claim .chip'), (c) => c.textContent);`,
    );
    expect(chips[0]).toBe('Wrong authority');
    expect(text).toContain('Care Inspectorate Wales');
  });
});
