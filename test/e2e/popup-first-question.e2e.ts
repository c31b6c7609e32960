/**
 * The popup as the first to ask a page for its findings. On a page that names no authority the
 * content script's first stage loads the second stage to answer; the second stage must answer
 * only once it has read the reader's options (it used to answer at once, as if the reader had
 * paused it on that site).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type Browser, type Site } from '../../tools/browser/harness';

/** What the test calls of the worker's extension API. */
declare const chrome: { tabs: { onCreated: { addListener(listener: (tab: { id?: number }) => void): void } } };

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serve();
  browser = await launch();
  // The ids of tabs opened from now on (the worker may not read their addresses).
  await browser.worker.evaluate(() => {
    const created: number[] = [];
    (globalThis as unknown as { created: number[] }).created = created;
    chrome.tabs.onCreated.addListener((tab) => {
      if (tab.id !== undefined) created.push(tab.id);
    });
  });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the popup, first to ask', () => {
  it('says a page that names no authority has nothing to check, not that Ofsted Lens is paused there', async () => {
    const page = await browser.context.newPage();
    const tabId = await browser.worker.evaluate(() => (globalThis as unknown as { created: number[] }).created.at(-1) ?? -1);
    expect(tabId).toBeGreaterThan(0);
    await page.goto(site.origin + '/plain.html');
    await page.waitForTimeout(800);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    // The page view says "Reading this page…" until the tab answers.
    await popup.waitForFunction(() => {
      const text = document.body.textContent ?? '';
      return text.includes('On this page') && !text.includes('Reading this page');
    });
    const text = (await popup.locator('body').textContent()) ?? '';
    expect(text).toContain('This page names no English local authority, so there is nothing to check.');
    expect(text).not.toContain('paused');
    await popup.close();
    await page.close();
  });
});
