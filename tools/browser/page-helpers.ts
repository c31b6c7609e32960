/**
 * What the end-to-end tests read from a page: its registered highlights, where a
 * word is on screen, and the card in the extension's shadow root.
 */
import type { Page } from 'playwright-core';
import type { Browser } from './harness';

/** The extension API as the service worker sees it (only what the tests call). */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

/** Registered highlight names and how many ranges each holds. */
export async function highlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: Record<string, number> = {};
    for (const [name, highlight] of registry) out[name] = highlight.size;
    return out;
  });
}

/** Waits until `check` holds for the page's highlights. */
export async function waitForHighlights(
  page: Page,
  check: (h: Record<string, number>) => boolean,
  timeout = 10_000,
): Promise<Record<string, number>> {
  const until = Date.now() + timeout;
  for (;;) {
    const h = await highlights(page);
    if (check(h)) return h;
    if (Date.now() > until) throw new Error(`highlights never matched; last: ${JSON.stringify(h)}`);
    await page.waitForTimeout(100);
  }
}

/** The centre of `word` in the first text node that contains `phrase` (viewport coordinates). */
export async function pointAt(page: Page, phrase: string, word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ phrase, word }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const data = (n as Text).data;
        const at = data.indexOf(phrase);
        if (at === -1) continue;
        const index = data.indexOf(word, at);
        const range = document.createRange();
        range.setStart(n, index);
        range.setEnd(n, index + word.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`no text node contains ${phrase}`);
    },
    { phrase, word },
  );
}

/** Moves the pointer onto a word and returns the text of the card that opens. */
export async function hoverCard(page: Page, phrase: string, word: string): Promise<string> {
  await page.mouse.move(5, 5);
  await page
    .locator('ofsted-lens-ui .card')
    .waitFor({ state: 'detached', timeout: 5_000 })
    .catch(() => undefined);
  const point = await pointAt(page, phrase, word);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('ofsted-lens-ui .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return (await card.textContent()) ?? '';
}

/** The id of the tab showing `url` (asked through the extension, which needs no "tabs" permission). */
export async function tabIdOf(browser: Browser, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (url: string) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = (await chrome.tabs.sendMessage(tab.id, { type: 'page-findings' })) as { url?: string } | undefined;
        if (reply?.url === url) return tab.id;
      } catch {
        // No content script in this tab.
      }
    }
    return -1;
  }, url);
  if (id < 0) throw new Error(`no tab with ${url}`);
  return id;
}

/** The toolbar badge text for a tab. */
export async function badgeText(browser: Browser, tabId: number): Promise<string> {
  return browser.worker.evaluate((tabId: number) => chrome.action.getBadgeText({ tabId }), tabId);
}
