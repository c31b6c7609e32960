/**
 * The background answers only this extension, and only messages that pass their
 * schema; stored options that fail theirs fall back to the defaults. Run against
 * WXT's fake browser with the real background handlers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_TEXT } from '@/lib/messaging';
import { listenForBackgroundMessages } from '@/lib/transport';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createEngine } from '@/entrypoints/background/engine';
import { DEFAULT_OPTIONS, parseOptions } from '@/lib/storage';
import { coerceOptions, isPageFindingsRequest } from '@/lib/page/guards';
import { fixtureDataset } from '../fixtures/dataset';

const engine = createEngine(fixtureDataset);
const badges: number[] = [];
const ours = { id: fakeBrowser.runtime.id, tab: { id: 7 } };
const analyseMessage = { type: 'analyse', text: 'Hertfordshire was rated good.', published: null, title: null };

async function send(message: unknown, sender: object = ours): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find((reply: unknown) => reply !== undefined);
}

beforeEach(() => {
  fakeBrowser.reset();
  badges.length = 0;
  listenForBackgroundMessages(
    createHandlers({
      dataset: () => fixtureDataset,
      analyse: engine.analyse,
      search: engine.search,
      setBadge: async (tabId) => void badges.push(tabId),
    }),
  );
});

describe('forged senders are ignored', () => {
  it.each([
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop', tab: { id: 7 } }],
    ['a web page (no extension id)', { tab: { id: 7 }, url: 'https://evil.example/' }],
    ['an id that only looks like ours', { id: `${fakeBrowser.runtime.id} `, tab: { id: 7 } }],
    ['no sender details at all', {}],
  ])('%s', async (_who, sender) => {
    expect(await send(analyseMessage, sender)).toBeUndefined();
    expect(await send({ type: 'badge', claims: 3, attention: 3 }, sender)).toBeUndefined();
    expect(badges).toEqual([]);
  });

  it('while this extension is answered (the check above can fail)', async () => {
    expect(await send(analyseMessage)).toHaveProperty('analysis');
  });
});

describe('malformed messages from this extension are rejected, never run', () => {
  it.each([
    ['text over the size limit', { ...analyseMessage, text: 'a'.repeat(MAX_TEXT + 1) }],
    ['an unexpected field', { ...analyseMessage, extra: '<img src=x onerror=alert(1)>' }],
    ['a date that is not a date', { ...analyseMessage, published: '2024-13-45' }],
    ['a text that is not a string', { ...analyseMessage, text: { toString: 'x' } }],
    ['a badge count that is not a number', { type: 'badge', claims: '9', attention: 0 }],
    ['a search query over the limit', { type: 'search', query: 'x'.repeat(201) }],
    ['a __proto__ key', JSON.parse('{"type":"analyse","text":"x","published":null,"title":null,"__proto__":{"polluted":1}}')],
  ])('%s', async (_what, message) => {
    await expect(send(message)).rejects.toThrow(/Invalid "\w+" message/);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(badges).toEqual([]);
  });

  it.each([null, undefined, 42, 'analyse', ['analyse'], { type: 'toString' }, { type: '__proto__' }, { type: 'constructor' }])(
    'leaves %j alone',
    async (message) => {
      expect(await send(message)).toBeUndefined();
    },
  );
});

describe("the content script's own checks", () => {
  it.each([null, 'page-findings', { type: 'page-findings', extra: 1 }, { type: 'PAGE-REPORT' }])('%j is not a page-report request', (m) => {
    expect(isPageFindingsRequest(m)).toBe(false);
  });
  it('a page-report request is one', () => {
    expect(isPageFindingsRequest({ type: 'page-findings' })).toBe(true);
  });
});

describe('stored options fall back to the defaults when invalid', () => {
  const defaults = { ...DEFAULT_OPTIONS, sites: [] };
  it.each([
    ['nothing stored', undefined],
    ['a string', 'all'],
    ['an unknown scope', { scope: 'everywhere', sites: [], marks: 'all' }],
    ['sites not a list', { scope: 'listed', sites: 'example.com', marks: 'all' }],
    ['too many sites', { scope: 'listed', sites: Array.from({ length: 501 }, (_, i) => `s${i}.example`), marks: 'all' }],
    ['a site name over 253 characters', { scope: 'listed', sites: ['x'.repeat(254)], marks: 'all' }],
    ['a __proto__ key', JSON.parse('{"scope":"all","sites":[],"marks":"all","__proto__":{"polluted":1}}')],
  ])('%s', (_what, stored) => {
    expect(parseOptions(stored)).toEqual(defaults);
    expect(coerceOptions(stored)).toEqual(defaults);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('valid options are kept, host names tidied (the check above can fail)', () => {
    const stored = { scope: 'listed', sites: [' News.Example.CO.uk '], marks: 'attention' };
    expect(parseOptions(stored)).toEqual({ scope: 'listed', sites: ['news.example.co.uk'], marks: 'attention' });
    expect(coerceOptions(stored)).toEqual({ scope: 'listed', sites: ['news.example.co.uk'], marks: 'attention' });
  });
});
