/**
 * The built extension in the system Chromium, on pages served from localhost:
 * marks, cards, dynamic pages, the badge, the popup, the options, and no request
 * leaving the browser.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, serve, type Browser, type Site } from '../../tools/browser/harness';
import { badgeText, highlights, hoverCard, tabIdOf, waitForHighlights } from '../../tools/browser/page-helpers';

const SHOTS = join(ROOT, 'test-results/e2e');
mkdirSync(SHOTS, { recursive: true });

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serve();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens a page, recording its text and structure as the page itself built them (before the content script ran). */
async function openPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as { __before: { text: string; elements: number } };
      w.__before = { text: document.documentElement.textContent ?? '', elements: document.body.getElementsByTagName('*').length };
    });
  });
  await page.goto(site.origin + path);
  return page;
}

async function pageUnchanged(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const before = (window as unknown as { __before: { text: string; elements: number } }).__before;
    return before.text === document.documentElement.textContent && before.elements === document.body.getElementsByTagName('*').length;
  });
}

describe('content script on the demo article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('/demo.html');
    await waitForHighlights(page, (h) => (h['ofsted-lens-wrong_authority'] ?? 0) > 0);
  });

  it('marks authorities and each claim by verdict, without changing the page text or structure', async () => {
    const h = await highlights(page);
    expect(h['ofsted-lens-authority']).toBeGreaterThanOrEqual(6);
    expect(h['ofsted-lens-matches']).toBeGreaterThanOrEqual(1);
    expect(h['ofsted-lens-superseded']).toBeGreaterThanOrEqual(1);
    expect(h['ofsted-lens-contradicts']).toBeGreaterThanOrEqual(1);
    expect(h['ofsted-lens-wrong_authority']).toBe(2);
    expect(h['ofsted-lens-no_record']).toBeGreaterThanOrEqual(1);
    expect(h['ofsted-lens-not_inspected_by_ofsted']).toBe(1);
    expect(await pageUnchanged(page)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'demo-marked.png') });
  });

  it('skips form fields, editable text and hidden elements', async () => {
    // The textarea and the contenteditable draft both name authorities; the hidden menu names three.
    const marked = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const out: string[] = [];
      for (const highlight of registry.values()) {
        for (const range of highlight)
          out.push(range.startContainer.parentElement?.closest('textarea, [contenteditable], .visually-hidden-nav') ? 'bad' : 'ok');
      }
      return out;
    });
    expect(marked).not.toContain('bad');
  });

  it('opens a card with the verdict in plain words on hover', async () => {
    const matching = await hoverCard(page, "Derby City Council's children's services were rated", 'outstanding');
    expect(matching).toContain('Derby City Council');
    expect(matching).toContain('Matches the record');
    expect(matching).toMatch(/Correct when published/);
    await page.screenshot({ path: join(SHOTS, 'card-matches.png') });

    const superseded = await hoverCard(page, "leadership of children's services was rated", 'good');
    expect(superseded).toContain('Somerset');
    expect(superseded).toContain('Was right, since superseded');
    expect(superseded).toMatch(/superseded by the inspection published 17 June 2026/);

    const wrong = await hoverCard(page, 'Hertfordshire was judged', 'good');
    expect(wrong).toContain('Wrong authority');
    expect(wrong).toContain("This grade belongs to Herefordshire's January 2026 report, not Hertfordshire's.");
    expect(await page.locator('ofsted-lens-ui .card a', { hasText: "Read Herefordshire's report" }).getAttribute('href')).toMatch(
      /^https:\/\/files\.ofsted\.gov\.uk\//,
    );
    await page.screenshot({ path: join(SHOTS, 'card-wrong-authority.png') });
    expect(await pageUnchanged(page)).toBe(true);
  });

  it('opens a card by the next-mark command with focus in the card; Escape closes it', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    const tabId = await tabIdOf(browser, page.url());
    // What the background sends when the browser fires the manifest command (CDP key presses do not reach browser shortcuts).
    const nextMark = () =>
      browser.worker.evaluate(async (tabId: number) => {
        const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
        await api.tabs.sendMessage(tabId, { type: 'next-mark' });
      }, tabId);
    await nextMark();
    const card = page.locator('ofsted-lens-ui .card');
    await card.waitFor({ state: 'visible' });
    const focused = await page.evaluate(() => {
      const host = document.querySelector('ofsted-lens-ui');
      return document.activeElement === host && host?.shadowRoot?.activeElement?.getAttribute('role');
    });
    expect(focused).toBe('dialog');
    expect(await card.getAttribute('aria-labelledby')).toBeTruthy();
    const first = await card.textContent();
    await nextMark();
    await expect.poll(() => card.textContent()).not.toBe(first);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.querySelector('ofsted-lens-ui')?.shadowRoot?.querySelector('[aria-live]')?.textContent)).toBe(
      '',
    );
  });

  it('shows on the toolbar badge how many claims need attention', async () => {
    const tabId = await tabIdOf(browser, page.url());
    const h = await highlights(page);
    const attention = (h['ofsted-lens-contradicts'] ?? 0) + (h['ofsted-lens-wrong_authority'] ?? 0);
    expect(await badgeText(browser, tabId)).toBe(String(attention));
  });

  it('keeps the badge through a same-document navigation and clears it when the tab loads another page', async () => {
    const other = await openPage('/demo.html?badge');
    await waitForHighlights(other, (h) => (h['ofsted-lens-wrong_authority'] ?? 0) > 0);
    const tabId = await tabIdOf(browser, other.url());
    const before = await badgeText(browser, tabId);
    expect(before).not.toBe('');
    await other.evaluate(() => history.pushState({}, '', '/demo.html?badge&moved'));
    await other.waitForTimeout(800);
    expect(await badgeText(browser, tabId)).toBe(before);
    await other.goto(site.origin + '/plain.html');
    await expect.poll(() => badgeText(browser, tabId), { timeout: 5_000 }).toBe('');
    await other.close();
  });

  it('lists the page in the popup: each authority, each claim with its verdict, the article date', async () => {
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('heading', { name: 'Essex County Council' }).waitFor();
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).toContain('article date 2 March 2026');
    expect(text).toContain('Wrong authority');
    expect(text).toContain('Contradicts the record');
    expect(text).toContain('Cardiff');
    expect(text).toContain('Care Inspectorate Wales');
    expect(text).toContain('Open Government Licence v3.0');
    await popup.screenshot({ path: join(SHOTS, 'popup-on-this-page.png'), fullPage: true });
    await popup.close();
  });
});

describe('dynamic pages', () => {
  it('marks content inserted after load', async () => {
    const page = await openPage('/late.html');
    // The page adds its article body 1.5 s after load.
    await waitForHighlights(page, (h) => (h['ofsted-lens-contradicts'] ?? 0) === 1);
    await page.evaluate(() =>
      (window as unknown as { addUpdate(t: string): void }).addUpdate(
        "Later: Hertfordshire County Council's children's services are rated outstanding by Ofsted.",
      ),
    );
    await waitForHighlights(page, (h) => (h['ofsted-lens-matches'] ?? 0) + (h['ofsted-lens-superseded'] ?? 0) >= 1);
    expect(await pageUnchanged(page).catch(() => null)).toBe(false); // The page itself changed; we check ours below.
    const hostText = await page.evaluate(() => document.querySelector('ofsted-lens-ui')?.textContent ?? '');
    expect(hostText).toBe('');
    await page.close();
  });

  it('marks and opens styled cards on a page with a strict content security policy', async () => {
    const page = await openPage('/strict-csp.html');
    await waitForHighlights(page, (h) => (h['ofsted-lens-contradicts'] ?? 0) === 1);
    await hoverCard(page, 'Essex County Council was rated', 'inadequate');
    const position = await page.evaluate(() => {
      const card = document.querySelector('ofsted-lens-ui')?.shadowRoot?.querySelector('.card');
      return card ? getComputedStyle(card).position : null;
    });
    expect(position).toBe('fixed');
    await page.screenshot({ path: join(SHOTS, 'strict-csp-card.png') });
    await page.close();
  });

  it('leaves a page that names no authority alone', async () => {
    const page = await openPage('/plain.html');
    await page.waitForTimeout(800);
    expect(await highlights(page)).toEqual({});
    expect(await page.evaluate(() => document.querySelector('ofsted-lens-ui'))).toBeNull();
    expect(await pageUnchanged(page)).toBe(true);
    await page.close();
  });
});

describe('text hidden by CSS', () => {
  it('is never marked: display none from a stylesheet, visibility hidden, a closed details; the visible claim is', async () => {
    site.add(
      '/css-hidden.html',
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Hidden</title>
<style>.gone { display: none; } .ghost { visibility: hidden; }</style></head><body><article>
<p id="shown">Kent children's services were rated good by Ofsted in February 2026.</p>
<p class="gone">Essex children's services were rated inadequate by Ofsted.</p>
<p class="ghost">Somerset children's services were rated outstanding by Ofsted.</p>
<details><summary>More</summary><p>Slough children's services were rated outstanding by Ofsted.</p></details>
</article></body></html>`,
    );
    const page = await openPage('/css-hidden.html');
    await waitForHighlights(page, (h) => Object.keys(h).length > 0);
    await page.waitForTimeout(300);
    const marked = await page.evaluate(() => {
      const out: string[] = [];
      for (const highlight of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()) {
        for (const range of highlight)
          out.push(`${range.startContainer.parentElement?.closest('#shown') ? 'shown' : 'hidden'}: ${range.toString()}`);
      }
      return out.sort();
    });
    expect(marked).toContain('shown: Kent');
    expect(marked.filter((mark) => mark.startsWith('hidden'))).toEqual([]);
    expect(await pageUnchanged(page)).toBe(true);
    await page.close();
  });
});

describe('popup history and search', () => {
  it('finds authorities by misspelt and informal names, and councils Ofsted does not inspect', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?q=Hertforshire`);
    await popup.getByRole('button', { name: /Hertfordshire County Council/ }).waitFor();
    await popup.getByRole('searchbox').fill('Herts');
    await popup.getByRole('button', { name: /Hertfordshire County Council/ }).waitFor();
    await popup.getByRole('searchbox').fill('Cardiff');
    await popup.getByText(/Care Inspectorate Wales inspects it/).waitFor();
    await popup.screenshot({ path: join(SHOTS, 'popup-search.png'), fullPage: true });
    await popup.getByRole('searchbox').fill('Herts');
    await popup.getByRole('button', { name: /Hertfordshire County Council/ }).click();
    await popup.getByRole('heading', { name: /Inspections, newest first/ }).waitFor();
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).toContain('Published 10 March 2023');
    expect(text).toMatch(/No overall effectiveness grade/);
    expect(text).toMatch(/Unverified/);
    const dates = await popup.locator('.inspection h4').allTextContents();
    expect(dates.length).toBeGreaterThan(2);
    await popup.screenshot({ path: join(SHOTS, 'popup-history.png'), fullPage: true });
    await popup.close();
  });
});

describe('popup themes and zoom', () => {
  it('follows the dark colour scheme and reflows at 200% zoom without sideways scrolling', async () => {
    const popup = await browser.context.newPage();
    await popup.emulateMedia({ colorScheme: 'dark' });
    // A 420px popup at 200% zoom lays out in 210 CSS pixels.
    await popup.setViewportSize({ width: 210, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?id=hertfordshire`);
    await popup.getByRole('heading', { name: /Inspections, newest first/ }).waitFor();
    const layout = await popup.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(layout.background).toBe('rgb(27, 28, 31)');
    expect(layout.overflow).toBeLessThanOrEqual(0);
    await popup.screenshot({ path: join(SHOTS, 'popup-dark-200pct.png') });
    // Everything is reachable with the keyboard: Tab lands on the tabs, then the content.
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Search');
    await popup.close();
  });
});

describe('options', () => {
  it('apply to open pages without a reload', async () => {
    const page = await openPage('/demo.html');
    await waitForHighlights(page, (h) => (h['ofsted-lens-matches'] ?? 0) > 0);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel(/Only claims that need attention/).check();
    await waitForHighlights(page, (h) => !h['ofsted-lens-matches'] && (h['ofsted-lens-contradicts'] ?? 0) > 0);
    await options.getByLabel('Paused (nowhere)').check();
    await waitForHighlights(page, (h) => Object.keys(h).length === 0);
    await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
    await options.getByLabel('Only on the sites I list').check();
    await options.getByLabel('Add a site').fill('localhost');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.getByLabel('Every claim').check();
    await waitForHighlights(page, (h) => (h['ofsted-lens-matches'] ?? 0) > 0);
    await options.getByLabel('On all sites').check();
    await options.close();
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no request outside localhost and the extension', () => {
    const outside = browser.requests.filter((url) => {
      const u = new URL(url);
      return !(u.protocol === 'chrome-extension:' || u.hostname === 'localhost' || u.hostname === '127.0.0.1' || u.protocol === 'data:');
    });
    expect(outside).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(5);
  });
});
