/**
 * The reader's experience on a realistic news page (sticky header, a headline link,
 * a comment box, ten claims, a light and a dark theme, a 390 px phone width): cards
 * that stay with their mark, the keyboard flow, the shortcut, the popup's summary and
 * jump-to-mark, "Not a claim", "Pause on this site", underline contrast and axe-core.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, ROOT, launch, serve, type Browser, type Site } from '../../tools/browser/harness';
import { highlights, hoverCard, tabIdOf, waitForHighlights } from '../../tools/browser/page-helpers';
import { newsPage } from './fixtures-reader/news';

const SHOTS = join(ROOT, 'test-results/e2e');
mkdirSync(SHOTS, { recursive: true });
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: Site;
let browser: Browser;

beforeAll(async () => {
  site = await serve();
  site.add('/news.html', newsPage({ dark: false }));
  site.add('/news-dark.html', newsPage({ dark: true }));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

// A failed test must not leave its tab behind: tabIdOf finds tabs by address.
afterEach(async () => {
  for (const page of browser.context.pages()) await page.close().catch(() => undefined);
});

/** The Essex claim in the body text (the headline link says it too, but clicking that would navigate). */
const ESSEX = "Essex County Council was rated inadequate for its children's services at";

async function open(path: string, width = 1200): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(site.origin + path);
  await waitForHighlights(page, (h) => (h['ofsted-lens-contradicts'] ?? 0) > 0 && (h['ofsted-lens-matches'] ?? 0) > 0);
  return page;
}

/** The card's and a word's rectangles (viewport coordinates), or null for a closed card. */
function geometry(page: Page, phrase: string, word: string) {
  return page.evaluate(
    ({ phrase, word }) => {
      const card = document.querySelector('ofsted-lens-ui')?.shadowRoot?.querySelector('.card');
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let mark: DOMRect | null = null;
      for (let n = walker.nextNode(); n && !mark; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(phrase);
        if (at === -1) continue;
        const range = document.createRange();
        const index = (n as Text).data.indexOf(word, at);
        range.setStart(n, index);
        range.setEnd(n, index + word.length);
        mark = range.getBoundingClientRect();
      }
      const r = card?.getBoundingClientRect();
      return {
        card: r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null,
        mark: mark ? { top: mark.top, bottom: mark.bottom } : null,
        clientWidth: document.documentElement.clientWidth,
        innerWidth: window.innerWidth,
      };
    },
    { phrase, word },
  );
}

/** What has focus, looking into the extension's shadow root. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    let inUi = false;
    while (active?.shadowRoot?.activeElement) {
      inUi ||= active.tagName.toLowerCase() === 'ofsted-lens-ui';
      active = active.shadowRoot.activeElement;
    }
    return `${inUi ? 'card ' : ''}${active?.tagName.toLowerCase()}${active?.id ? `#${active.id}` : ''}: ${active?.textContent?.trim().slice(0, 40) ?? ''}`;
  });
}

/** What the background does when the browser fires the "next-mark" command (CDP key presses do not reach browser shortcuts). */
async function nextMarkCommand(tabId: number): Promise<void> {
  await browser.worker.evaluate(async (tabId: number) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    await api.tabs.sendMessage(tabId, { type: 'next-mark' });
  }, tabId);
}

/** axe-core's serious and critical violations on the page (optionally only inside `include`). */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the debugging protocol, so a page's (or extension page's) CSP does not block it.
  await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(include ? { include: [[include]] } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  }, include ?? null);
}

describe('cards stay with their mark', () => {
  it('follow the mark as the page scrolls, and close when it leaves the viewport', async () => {
    const page = await open('/news.html');
    await hoverCard(page, ESSEX, 'inadequate');
    // A click on the mark pins its card (a hovered card closes once the pointer leaves the mark).
    await page.mouse.down();
    await page.mouse.up();
    const before = await geometry(page, ESSEX, 'inadequate');
    await page.evaluate(() => window.scrollBy(0, 220));
    await page.waitForTimeout(300);
    const after = await geometry(page, ESSEX, 'inadequate');
    expect(after.card).not.toBeNull();
    // The mark moved up by the scroll and the card moved with it: still just below (or above) it.
    expect(after.mark!.top).toBeCloseTo(before.mark!.top - 220, 0);
    const gap = after.card!.top - after.mark!.bottom;
    const gapAbove = after.mark!.top - after.card!.bottom;
    expect(Math.min(Math.abs(gap - 8), Math.abs(gapAbove - 8))).toBeLessThanOrEqual(1);
    await page.screenshot({ path: join(SHOTS, 'card-after-scroll.png') });
    await page.evaluate(() => window.scrollBy(0, 3000));
    await page.locator('ofsted-lens-ui .card').waitFor({ state: 'detached', timeout: 5_000 });
    await page.close();
  });

  it('fit a 390 px window without going under its scrollbar', async () => {
    const page = await open('/news.html', 390);
    await hoverCard(page, ESSEX, 'inadequate');
    const g = await geometry(page, ESSEX, 'inadequate');
    expect(g.clientWidth).toBeLessThan(g.innerWidth); // the page has a scrollbar
    expect(g.card!.left).toBeGreaterThanOrEqual(8);
    expect(g.card!.right).toBeLessThanOrEqual(g.clientWidth - 8 + 0.5);
    await page.screenshot({ path: join(SHOTS, 'card-390.png') });
    await page.close();
  });
});

describe('keyboard and screen reader', () => {
  it("opens the claim's card on focus (verdict first), tabs into it right after the mark, and closes when focus leaves both", async () => {
    const page = await open('/news.html');
    await page.locator('#lead-link').focus();
    const card = page.locator('ofsted-lens-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Contradicts the record');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^card a: Read the report/);
    // Tab through the card's controls; the next stop after them is what follows the link on the page.
    for (let i = 0; i < 10 && (await focused(page)).startsWith('card'); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^a#after-lead/);
    await card.waitFor({ state: 'detached' });
    // Shift+Tab from the next link back onto the mark's link opens its card again; Shift+Tab again leaves it.
    await page.keyboard.press('Shift+Tab');
    await card.waitFor({ state: 'visible' });
    await page.keyboard.press('Shift+Tab');
    await card.waitFor({ state: 'detached' });
    expect(await seriousViolations(page, 'ofsted-lens-ui')).toEqual([]);
    await page.close();
  });

  it('has an accessible, axe-clean card whose buttons are named by their visible text', async () => {
    const page = await open('/news.html');
    await hoverCard(page, ESSEX, 'inadequate');
    const names = await page.evaluate(() =>
      Array.from(document.querySelector('ofsted-lens-ui')!.shadowRoot!.querySelectorAll('.card button'), (b) => ({
        text: b.textContent,
        label: b.getAttribute('aria-label'),
      })),
    );
    expect(names.map((n) => n.text)).toEqual(['Not a claim', 'Previous mark', 'Next mark', 'Close']);
    expect(names.every((n) => n.label === null)).toBe(true);
    expect(await seriousViolations(page, 'ofsted-lens-ui')).toEqual([]);
    await page.close();
  });

  it('gives the marks semantics of their own: a landmark listing each marked claim, whose buttons open its card', async () => {
    const page = await open('/news.html');
    const landmark = page.getByRole('navigation', { name: 'Ofsted Lens: claims marked on this page' });
    await landmark.waitFor({ state: 'attached' });
    const labels = await landmark.getByRole('button').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.some((l) => /^Essex County Council: Contradicts\b.*inadequate/.test(l))).toBe(true);
    // Hidden until focused; a focused button shows itself.
    const essex = landmark.getByRole('button', { name: /^Essex County Council: Contradicts/ }).first();
    const navBox = () =>
      page.evaluate(() => document.querySelector('ofsted-lens-ui')!.shadowRoot!.querySelector('.mark-list')!.getBoundingClientRect().width);
    expect(await navBox()).toBeLessThanOrEqual(1);
    await essex.focus();
    expect(await navBox()).toBeGreaterThan(100);
    await page.screenshot({ path: 'test-results/e2e/mark-list-focused.png' });
    await essex.press('Enter');
    const card = page.locator('ofsted-lens-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Essex');
    expect(await seriousViolations(page, 'ofsted-lens-ui')).toEqual([]);
    await page.close();
  });

  it('declares the next-mark shortcut as a rebindable command, which never fires in a comment box', async () => {
    const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as {
      commands?: Record<string, { suggested_key?: { default?: string } }>;
    };
    expect(manifest.commands?.['next-mark']?.suggested_key?.default).toBe('Alt+Shift+O');
    const page = await open('/news.html');
    const tabId = await tabIdOf(browser, page.url());
    const box = page.locator('#comment');
    await box.focus();
    await page.keyboard.press('Alt+Shift+O');
    await nextMarkCommand(tabId);
    await page.waitForTimeout(400);
    expect(await page.locator('ofsted-lens-ui .card').count()).toBe(0);
    expect(await focused(page)).toMatch(/^textarea#comment/);
    // Outside a field the command opens the first mark's card with focus in it.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await nextMarkCommand(tabId);
    await page.locator('ofsted-lens-ui .card').waitFor({ state: 'visible' });
    expect(await focused(page)).toMatch(/^card div/);
    await page.close();
  });
});

describe('the popup', () => {
  it('leads with a summary, attention first; a click on a quote scrolls the page to the mark and opens its card', async () => {
    const page = await open('/news.html');
    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const summary = popup.locator('.summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('10 claims: 4 need attention, 1 right, 2 superseded, 3 could not be checked');
    const chips = await popup.locator('.claim .chip').allTextContents();
    expect(chips.slice(0, 3)).toEqual(['Wrong authority', 'Wrong authority', 'Contradicts the record']);
    expect(chips.slice(3)).not.toContain('Wrong authority');
    expect(chips.slice(3)).not.toContain('Contradicts the record');
    expect(await popup.locator('.claim .count').first().textContent()).toMatch(/2 times on this page/);
    await popup.screenshot({ path: join(SHOTS, 'popup-first-screen.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    // The Somerset claim sits far down the page: the click brings it into view with its card.
    await popup.getByRole('button', { name: /^Show on page: “Over the border, Somerset/ }).click();
    await page.bringToFront();
    const card = page.locator('ofsted-lens-ui .card');
    await card.waitFor({ state: 'visible' });
    expect(await card.textContent()).toContain('Was right, since superseded');
    const g = await geometry(page, 'Somerset Council', 'good');
    expect(g.mark!.top).toBeGreaterThan(0);
    expect(g.mark!.bottom).toBeLessThan(800);
    await popup.close();
    await page.close();
  });

  it('"Not a claim" hides the mark and remembers it for the address until cleared in Options; "Pause on this site" and "Resume" work at once', async () => {
    const page = await open('/news.html');
    const marksOf = async () => (await highlights(page))['ofsted-lens-no_record'] ?? 0;
    const before = await marksOf();
    expect(before).toBeGreaterThan(0);
    await hoverCard(page, 'In 2005, Kent County Council', 'good');
    await page.locator('ofsted-lens-ui .card').getByRole('button', { name: 'Not a claim' }).click();
    await expect.poll(marksOf).toBe(before - 1);
    await page.reload();
    await waitForHighlights(page, (h) => (h['ofsted-lens-contradicts'] ?? 0) > 0);
    await page.waitForTimeout(300);
    expect(await marksOf()).toBe(before - 1);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText(/1 mark hidden on 1 page/).waitFor();
    expect(await seriousViolations(options)).toEqual([]);
    await options.getByRole('button', { name: 'Clear the list' }).click();
    await expect.poll(marksOf).toBe(before);

    const tabId = await tabIdOf(browser, page.url());
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByRole('button', { name: 'Pause on this site' }).click();
    await waitForHighlights(page, (h) => Object.keys(h).length === 0);
    await popup.getByRole('button', { name: 'Resume on localhost' }).click();
    await waitForHighlights(page, (h) => (h['ofsted-lens-contradicts'] ?? 0) > 0);
    await options.close();
    await popup.close();
    await page.close();
  });
});

describe('underline contrast', () => {
  it.each([
    ['/news.html', 'ofsted-lens-authority'],
    ['/news-dark.html', 'ofsted-lens-authority-dark'],
  ])('keeps the authority underline at 4.5:1 or more against the page background on %s', async (path, name) => {
    const page = await open(path);
    const h = await highlights(page);
    expect(h[name]).toBeGreaterThan(0);
    const ratio = await page.evaluate((name) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...registry.get(name)!][0]!;
      const el = range.startContainer.parentElement!;
      const line = getComputedStyle(el, `::highlight(${name})`).textDecorationColor;
      // The page's own background behind the mark: the nearest ancestor that paints one.
      let bg = 'rgb(255, 255, 255)';
      for (let at: Element | null = el; at; at = at.parentElement) {
        const c = getComputedStyle(at).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]) =>
        c
          .map((v) => v / 255)
          .map((s) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4))
          .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const [a, b] = [lum(rgb(line)), lum(rgb(bg))].sort((x, y) => y - x) as [number, number];
      return { ratio: (a + 0.05) / (b + 0.05), line, bg };
    }, name);
    expect(ratio.ratio, JSON.stringify(ratio)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});
