/**
 * The popup on a page that names no authority. The content script's first stage registers no
 * message listener there (it would make the browser build the extension's bindings on every
 * page: entrypoints/content/lazy-browser.ts), so the popup calls the first stage through
 * `scripting.executeScript` (lib/transport.ts), which a reader's click on the toolbar button
 * allows for that tab (activeTab). A test cannot click it: the browser here gets the same
 * access to the test server as host permission in a copy of the build (`withHostAccess`).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, launch, serve, withHostAccess, type Browser, type Site } from '../../tools/browser/harness';
import { waitForHighlights } from '../../tools/browser/page-helpers';

/** What the tests call of the worker's extension API. */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

let site: Site;
let browser: Browser;
let build: string;

beforeAll(async () => {
  site = await serve();
  build = withHostAccess(CHROME_BUILD, site.origin);
  browser = await launch({ extension: build });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (build) rmSync(build, { recursive: true, force: true });
});

/** The id of the tab showing `page` (by its address, which host access lets the worker read). */
async function tabOf(page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.worker.evaluate(
    async (url: string) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? -1,
    url,
  );
  expect(id).toBeGreaterThan(0);
  return id;
}

/** Sends the popup's message to the tab from the background: what answers, or the error. */
function message(tabId: number): Promise<unknown> {
  return browser.worker.evaluate(
    (tabId: number) =>
      chrome.tabs.sendMessage(tabId, { type: 'page-findings' }).then(
        (reply: unknown) => ({ reply }),
        (error: unknown) => ({ error: String(error) }),
      ),
    tabId,
  );
}

async function popupText(tabId: number): Promise<string> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  // The page view says "Reading this page…" until the tab answers.
  await popup.waitForFunction(() => {
    const text = document.body.textContent ?? '';
    return text.includes('On this page') && !text.includes('Reading this page');
  });
  const text = (await popup.locator('body').textContent()) ?? '';
  await popup.close();
  return text;
}

describe('the popup on a page that names no authority', () => {
  it('finds no listener on the page, calls the first stage instead and says there is nothing to check', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + '/plain.html');
    await page.waitForTimeout(800);
    const tabId = await tabOf(page);
    expect(await message(tabId)).toMatchObject({ error: expect.stringContaining('Receiving end does not exist') });
    const text = await popupText(tabId);
    expect(text).toContain('This page names no English local authority, so there is nothing to check.');
    expect(text).not.toContain('cannot read this page');
    // Answering loaded the second stage, which now answers the message itself, and marked nothing.
    expect(await message(tabId)).toMatchObject({ reply: { url: page.url(), claims: [], mentions: [] } });
    expect(await page.evaluate(() => document.querySelector('ofsted-lens-ui'))).toBeNull();
    await page.close();
  });

  it('is answered by the second stage on a page that names one', async () => {
    const page = await browser.context.newPage();
    await page.goto(site.origin + '/demo.html');
    await waitForHighlights(page, (h) => (h['ofsted-lens-wrong_authority'] ?? 0) > 0);
    const tabId = await tabOf(page);
    expect(await message(tabId)).toMatchObject({ reply: { url: page.url() } });
    expect(await popupText(tabId)).toContain('Essex County Council');
    await page.close();
  });
});
