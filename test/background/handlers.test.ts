/**
 * The background against WXT's fake browser: typed messages validated and
 * answered, strangers ignored, the badge per tab, the context menu.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { AnalyseResponse, HistoryResponse } from '@/lib/messaging';
import { listenForBackgroundMessages } from '@/lib/transport';
import { createHandlers, badgeFor } from '@/entrypoints/background/handlers';
import { createEngine } from '@/entrypoints/background/engine';
import { setBadge, createContextMenu, onMenuClicked, MENU_ID } from '@/entrypoints/background/toolbar';
import { fixtureDataset } from '../fixtures/dataset';

const engine = createEngine(fixtureDataset);
const ours = { id: fakeBrowser.runtime.id, tab: { id: 7 } };

async function send(message: unknown, sender: object = ours): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find((reply: unknown) => reply !== undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  listenForBackgroundMessages(createHandlers({ dataset: () => fixtureDataset, analyse: engine.analyse, search: engine.search, setBadge }));
});

describe('analyse', () => {
  it('returns the analysis with the records the cards need', async () => {
    const reply = await send({
      type: 'analyse',
      text: 'Hertfordshire was judged good, with outstanding leadership, in a report published in January 2026.',
      published: '2026-03-02',
      title: null,
    });
    const parsed = AnalyseResponse.parse(reply);
    const wrong = parsed.analysis.claims.find((claim) => claim.verdict === 'wrong_authority');
    expect(wrong?.suggestion?.authority).toBe('herefordshire');
    expect(parsed.authorities.hertfordshire).toMatchObject({ kind: 'authority', name: 'Hertfordshire County Council' });
    expect(parsed.inspections[wrong!.inspection!.id]).toMatchObject({ published: '2026-01-12' });
  });

  it('hands the engine the article’s spans and the page address, dropping spans that fall outside the text', async () => {
    const seen: object[] = [];
    const handlers = createHandlers({
      dataset: () => fixtureDataset,
      analyse: (text, context) => (seen.push(context), engine.analyse(text, context)),
      search: engine.search,
      setBadge,
    });
    fakeBrowser.reset();
    listenForBackgroundMessages(handlers);
    const text = 'Menu: Kent\nHertfordshire County Council was rated outstanding by Ofsted.';
    await send({
      type: 'analyse',
      text,
      published: null,
      title: null,
      articleSpans: [
        { start: 11, end: text.length },
        { start: 5, end: 999 },
      ],
      url: 'https://news.example.org/story',
    });
    expect(seen[0]).toMatchObject({ articleSpans: [{ start: 11, end: text.length }], url: 'https://news.example.org/story' });
    // Older senders leave both out: the whole text is the article, the address unknown.
    await send({ type: 'analyse', text, published: null, title: null });
    expect(seen[1]).toMatchObject({ articleSpans: null, url: null });
  });

  it('rejects article spans and addresses beyond their bounds', async () => {
    const base = { type: 'analyse', text: 'Kent', published: null, title: null };
    await expect(send({ ...base, articleSpans: Array.from({ length: 10_001 }, () => ({ start: 0, end: 1 })) })).rejects.toThrow(
      /Invalid "analyse" message/,
    );
    await expect(send({ ...base, articleSpans: [{ start: -1, end: 2 }] })).rejects.toThrow(/Invalid "analyse" message/);
    await expect(send({ ...base, url: `https://example.org/${'x'.repeat(9000)}` })).rejects.toThrow(/Invalid "analyse" message/);
  });

  it('ignores messages from web pages and other extensions', async () => {
    const message = { type: 'analyse', text: 'Essex', published: null, title: null };
    expect(await send(message, { id: 'some-other-extension', tab: { id: 7 } })).toBeUndefined();
    expect(await send(message, { tab: { id: 7 } })).toBeUndefined();
  });

  it('rejects a message that fails its schema, saying which', async () => {
    await expect(send({ type: 'analyse', text: 42 })).rejects.toThrow(/Invalid "analyse" message/);
  });

  it('leaves messages of unknown type to other listeners', async () => {
    expect(await send({ type: 'page-findings' })).toBeUndefined();
  });
});

describe('toolbar badge', () => {
  it.each([
    [{ claims: 0, attention: 0 }, ''],
    [{ claims: 3, attention: 0 }, '✓'],
    [{ claims: 5, attention: 2 }, '2'],
  ])('%o shows "%s" on the sending tab only', async (counts, text) => {
    await fakeBrowser.action.setBadgeText({ tabId: 8, text: 'x' });
    await send({ type: 'badge', ...counts });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(text);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('x');
  });

  it('is red when claims need attention and green when all check out', () => {
    expect(badgeFor({ claims: 2, attention: 1 }).colour).toBe('#b3261e');
    expect(badgeFor({ claims: 2, attention: 0 }).colour).toBe('#1d6b35');
  });
});

describe('popup questions', () => {
  it('finds an authority from a misspelt or informal name, and a council Ofsted does not inspect', async () => {
    for (const query of ['Hertforshire', 'Herts']) {
      const reply = (await send({ type: 'search', query })) as { hits: { id: string }[] };
      expect(reply.hits[0]?.id).toBe('hertfordshire');
    }
    const wales = (await send({ type: 'search', query: 'Cardiff' })) as { hits: { kind: string; inspectorate: string }[] };
    expect(wales.hits[0]).toMatchObject({ kind: 'not_inspected', inspectorate: 'Care Inspectorate Wales' });
  });

  it('gives an authority’s history newest first', async () => {
    const reply = HistoryResponse.parse(await send({ type: 'history', id: 'hertfordshire' }));
    const dates = reply.history!.inspections.map((i) => i.published);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]).toBe('2026-08-25');
  });

  it('says who inspects a council Ofsted does not', async () => {
    const cardiff = engine.search('Cardiff')[0]!;
    const reply = HistoryResponse.parse(await send({ type: 'history', id: cardiff.id }));
    expect(reply.history).toBeNull();
    expect(reply.notInspected).toMatchObject({ kind: 'not_inspected', inspectorate: 'Care Inspectorate Wales' });
  });

  it('reports the dataset date', async () => {
    expect(await send({ type: 'info' })).toMatchObject({ asOf: '2026-08-25' });
  });
});

describe('context menu', () => {
  it('opens the search for the selected words', async () => {
    const created: unknown[] = [];
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation((item) => (created.push(item), MENU_ID));
    createContextMenu();
    expect(created).toEqual([expect.objectContaining({ id: MENU_ID, contexts: ['selection'] })]);
    await onMenuClicked({ menuItemId: MENU_ID, selectionText: '  Herts   County ' });
    const tabs = await browser.tabs.query({});
    expect(tabs.some((tab) => tab.url?.endsWith('/popup.html?q=Herts%20County'))).toBe(true);
  });
});
