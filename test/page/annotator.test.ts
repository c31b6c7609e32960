// @vitest-environment happy-dom
/**
 * The annotator on a page: marks what the engine found, never touches the page,
 * re-scans only what changes, and keeps its errors to itself.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Annotator } from '@/lib/page/annotator';
import { Painter } from '@/lib/page/painter';
import { pieces, sentenceAround } from '@/lib/page/spans';
import { responseFor } from './fixtures';

function load(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
}

function annotator(overrides: Partial<ConstructorParameters<typeof Annotator>[0]> = {}) {
  const analyse = vi.fn(async (request: { text: string }) => responseFor(request.text));
  const counts: { claims: number; attention: number }[] = [];
  const a = new Annotator({
    doc: document,
    mayMention: (text) => /Hertfordshire|Essex/.test(text),
    analyse,
    readContext: () => ({ published: '2026-03-02', title: 'Test' }),
    onCounts: (c) => counts.push(c),
    debounceMs: 10,
    ...overrides,
  });
  return { a, analyse, counts };
}

const ARTICLE =
  '<article><p>Hertfordshire County Council is rated outstanding.</p><p>Hertfordshire was judged good in January 2026.</p></article>';

afterEach(() => document.querySelector('ofsted-lens-ui')?.remove());

describe('Annotator', () => {
  it('marks mentions and claims, reports them, and leaves the page as it was', async () => {
    load(ARTICLE);
    const before = document.body.cloneNode(true);
    const { a, counts } = annotator();
    await a.start('all');
    const report = a.findings('http://localhost/a', true);
    expect(report.mentions).toEqual([{ id: 'hertfordshire', count: 2 }]);
    expect(report.claims.map(({ claim }) => claim.verdict)).toEqual(['matches', 'wrong_authority']);
    expect(report.claims[1]!.sentence).toBe('Hertfordshire was judged good in January 2026.');
    expect(counts.at(-1)).toEqual({ claims: 2, attention: 1 });
    expect(document.body.isEqualNode(before)).toBe(true);
    a.stop();
    expect(counts.at(-1)).toEqual({ claims: 0, attention: 0 });
    expect(document.querySelector('ofsted-lens-ui')).toBeNull();
  });

  it('costs one text scan and nothing else on a page that names no authority', async () => {
    load('<p>Prune the roses in late winter.</p>');
    const listeners = vi.spyOn(window, 'addEventListener');
    try {
      const { a, analyse, counts } = annotator();
      await a.start('all');
      expect(analyse).not.toHaveBeenCalled();
      expect(counts).toEqual([]);
      expect(document.querySelector('ofsted-lens-ui')).toBeNull();
      // No pointer, click, key or focus listener slows a page with nothing marked.
      expect(listeners).not.toHaveBeenCalled();
      a.stop();
    } finally {
      listeners.mockRestore();
    }
  });

  const CARD_EVENTS = ['click', 'focusin', 'keydown', 'pointermove'];

  it('starts listening for pointer, click, key and focus with the first mark, and stops when stopped', async () => {
    load('<p>Prune the roses in late winter.</p>');
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    try {
      const { a } = annotator();
      await a.start('all');
      expect(added).not.toHaveBeenCalled();
      const p = document.createElement('p');
      p.textContent = 'Hertfordshire was judged good in January 2026.';
      document.body.append(p);
      await vi.waitFor(() => expect(a.findings('', true).claims).toHaveLength(1));
      const card = (calls: unknown[][]) =>
        calls
          .map(([type]) => String(type))
          .filter((type) => CARD_EVENTS.includes(type))
          .sort();
      expect(card(added.mock.calls)).toEqual(CARD_EVENTS);
      a.stop();
      expect(card(removed.mock.calls)).toEqual(CARD_EVENTS);
    } finally {
      added.mockRestore();
      removed.mockRestore();
    }
  });

  it.each([
    ['display: none', '<div style="display:none"><p>Hertfordshire was judged good in January 2026.</p></div>'],
    ['visibility: hidden', '<p style="visibility:hidden">Hertfordshire was judged good in January 2026.</p>'],
    ['the hidden attribute', '<p hidden>Hertfordshire was judged good in January 2026.</p>'],
  ])('never marks text hidden by %s', async (_what, hidden) => {
    load(`<article><p>Hertfordshire County Council is rated outstanding.</p>${hidden}</article>`);
    const { a } = annotator();
    await a.start('all');
    const report = a.findings('', true);
    expect(report.claims.map(({ claim }) => claim.verdict)).toEqual(['matches']);
    expect(report.mentions).toEqual([{ id: 'hertfordshire', count: 1 }]);
    a.stop();
  });

  it('marks text inside an open shadow root, and re-scans what changes in it', async () => {
    load('<article><p>Nothing here.</p><div id="host"></div></article>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const first = document.createElement('p');
    first.textContent = 'Hertfordshire County Council is rated outstanding.';
    shadow.append(first);
    const { a, analyse } = annotator();
    await a.start('all');
    expect(a.findings('', true).claims.map(({ claim }) => claim.verdict)).toEqual(['matches']);
    const added = document.createElement('p');
    added.textContent = 'Hertfordshire was judged good in January 2026.';
    shadow.append(added);
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledTimes(2), { timeout: 2000 });
    await a.idle();
    expect(a.findings('', true).claims.map(({ claim }) => claim.verdict)).toEqual(['matches', 'wrong_authority']);
    a.stop();
  });

  it('re-scans only content added later', async () => {
    load('<main id="feed"><p>Nothing yet.</p></main>');
    const { a, analyse } = annotator();
    await a.start('all');
    expect(analyse).not.toHaveBeenCalled();
    const p = document.createElement('p');
    p.textContent = 'Hertfordshire County Council is rated outstanding.';
    document.getElementById('feed')!.append(p);
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await a.idle();
    expect(analyse.mock.calls[0]![0].text).toBe('Hertfordshire County Council is rated outstanding.');
    expect(a.findings('', true).claims).toHaveLength(1);
    a.stop();
  });

  it('tells the article from the furniture in an article the page builds after its first scan', async () => {
    load('<div id="app"><p>Loading the story.</p></div>');
    const { a, analyse } = annotator();
    await a.start('all');
    expect(analyse).not.toHaveBeenCalled();
    const article = document.createElement('article');
    const story = document.createElement('p');
    story.textContent = 'Hertfordshire County Council is rated outstanding.';
    const related = document.createElement('aside');
    related.textContent = 'Essex was rated good.';
    article.append(story, related);
    document.getElementById('app')!.append(article);
    await vi.waitFor(() => expect(analyse).toHaveBeenCalledTimes(1), { timeout: 2000 });
    await a.idle();
    const { text, articleSpans } = analyse.mock.calls[0]![0] as { text: string; articleSpans: { start: number; end: number }[] | null };
    expect(articleSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['Hertfordshire County Council is rated outstanding.']);
    a.stop();
  });

  it('drops marks whose text the page removed', async () => {
    load(ARTICLE);
    const { a, counts } = annotator();
    await a.start('all');
    document.querySelector('article p:last-child')!.remove();
    await vi.waitFor(() => expect(counts.at(-1)).toEqual({ claims: 1, attention: 0 }), { timeout: 2000 });
    a.stop();
  });

  it('catches a failing engine call: the page never sees the error', async () => {
    load(ARTICLE);
    const onError = vi.fn();
    const { a } = annotator({ analyse: async () => Promise.reject(new Error('background gone')), onError });
    await expect(a.start('all')).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'background gone' }));
    a.stop();
  });

  it('paints one mark per word: where two verdicts share words the stronger wins, and the card lists both', async () => {
    load(ARTICLE);
    const paint = vi.spyOn(Painter.prototype, 'paint');
    try {
      const { a } = annotator({
        analyse: async (request) => {
          const response = responseFor(request.text);
          const wrong = response.analysis.claims.find((c) => c.verdict === 'wrong_authority')!;
          // A second reading of the same word that matches the record.
          response.analysis.claims.push({
            ...wrong,
            verdict: 'matches',
            suggestion: null,
            explanation: 'Correct when published (March 2026).',
          });
          return response;
        },
      });
      await a.start('all');
      const styles = paint.mock.calls
        .at(-1)![0]
        .filter((m) => m.range.toString() === 'good')
        .map((m) => m.style);
      expect(styles).toEqual(['wrong_authority']);
      expect(
        a
          .findings('', true)
          .claims.map(({ claim }) => claim.verdict)
          .sort(),
      ).toEqual(['matches', 'matches', 'wrong_authority']);
      const card = () => document.querySelector('ofsted-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? '';
      for (let i = 0; i < 6 && !card().includes('Wrong authority'); i++) a.nextMarkCommand();
      expect(card()).toContain('Wrong authority');
      expect(card()).toContain(
        'Also read in these words: Overall effectiveness: Good Matches the record Correct when published (March 2026).',
      );
      a.stop();
    } finally {
      paint.mockRestore();
    }
  });

  it('does nothing on the next-mark command while the reader types in a field', async () => {
    load(`${ARTICLE}<textarea id="comment">Hertfordshire</textarea>`);
    const { a } = annotator();
    await a.start('all');
    const field = document.getElementById('comment') as HTMLTextAreaElement;
    field.focus();
    a.nextMarkCommand();
    expect(document.querySelector('ofsted-lens-ui')?.shadowRoot?.querySelector('[role="dialog"]') ?? null).toBeNull();
    expect(document.activeElement).toBe(field);
    a.stop();
  });

  it('opens a card for the next mark on the next-mark command, with focus in it, and closes it on Escape', async () => {
    load(ARTICLE);
    const { a } = annotator();
    await a.start('all');
    a.nextMarkCommand();
    const host = document.querySelector('ofsted-lens-ui')!;
    const card = host.shadowRoot!.querySelector('[role="dialog"]')!;
    expect(card.textContent).toContain('Hertfordshire County Council');
    expect(host.shadowRoot!.activeElement).toBe(card);
    expect(host.shadowRoot!.querySelector('[aria-live]')!.textContent).toContain('Hertfordshire County Council');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.shadowRoot!.querySelector('[role="dialog"]')).toBeNull();
    a.stop();
  });
});

describe('helpers', () => {
  it('quotes the sentence around a claim', () => {
    const text = 'First sentence. Essex was rated inadequate in 2023! Next one.';
    const start = text.indexOf('inadequate');
    expect(sentenceAround(text, start, start + 10)).toBe('Essex was rated inadequate in 2023!');
  });
});

describe('pieces', () => {
  it.each([
    ['short text is one piece', 'abc def', 10, ['abc def']],
    ['cuts at a line break', 'aaaa bbbb\ncccc dddd', 12, ['aaaa bbbb', '\ncccc dddd']],
    ['else at a space', 'aaaa bbbb cccc dddd', 12, ['aaaa bbbb', ' cccc dddd']],
    ['else anywhere', 'aaaaaaaaaaaaaaaaaaaa', 8, ['aaaaaaaa', 'aaaaaaaa', 'aaaa']],
  ])('%s', (_what, text, size, expected) => {
    const cut = pieces(text, size);
    expect(cut.map((p) => text.slice(p.start, p.end))).toEqual(expected);
    expect(cut.every((p) => p.end - p.start <= size)).toBe(true);
  });
});
