// @vitest-environment happy-dom
/**
 * The first stage's walk hands the page's text to the prefilter piece by piece, in order, and
 * never reads a huge text node inside one step.
 */
import { describe, expect, it } from 'vitest';
import { LONG_PIECE, PrefilterWalk } from '@/lib/page/prefilter-walk';
import { buildNameMatcher } from '@/lib/engine/prefilter';

function page(html: string): Document {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  return document;
}

const matcher = buildNameMatcher(['Hertfordshire', 'Essex County Council', 'Essex']);

/** Walks `doc` as the first stage does; says what was found and how often it paused. */
async function walk(doc: Document, read = matcher.reader()): Promise<{ found: boolean; pauses: number }> {
  const w = new PrefilterWalk(doc.body, read.read);
  let pauses = 0;
  for (;;) {
    const done = w.step(() => w.stop());
    await w.readLong(
      () => true,
      async () => void pauses++,
    );
    if (w.found) return { found: true, pauses };
    if (done) return { found: read.end(), pauses };
  }
}

describe('PrefilterWalk', () => {
  it.each<[string, string, boolean]>([
    ['a name in a paragraph', '<p>News from Essex today.</p>', true],
    ['a name split by markup', '<p>Hertford<b>shire</b> said so.</p>', true],
    ['a name at the very end of the page', '<p>The last word is</p><p>Essex</p>', true],
    ['no name', '<p>Nothing here.</p><p>Sussex and Middlesex are not on the list.</p>', false],
    ['two blocks never glue', '<p>Hertford</p><p>shire</p>', false],
  ])('%s', async (_what, html, expected) => {
    expect((await walk(page(html))).found).toBe(expected);
  });

  it('reads a huge text node in parts, pausing between them, and a name at its end is still found', async () => {
    const filler = 'word '.repeat((LONG_PIECE * 3) / 5);
    const { found, pauses } = await walk(page(`<p>${filler}Essex</p>`));
    expect(found).toBe(true);
    expect(pauses).toBeGreaterThanOrEqual(3);
  });

  it('keeps the order of the text after a huge text node (a word never runs into a later one)', async () => {
    const seen: string[] = [];
    const read = { read: (piece: string) => (seen.push(piece.slice(0, 8)), false), end: () => false };
    await walk(page(`<p>first</p><p>${'x'.repeat(LONG_PIECE + 10)}</p><p>after</p><p>last</p>`), read);
    expect(seen.filter((piece) => piece !== '\n')).toEqual(['first', 'xxxxxxxx', 'xxxxxxxx', 'after', 'last']);
  });

  it('stops reading at the first possible name', async () => {
    const seen: string[] = [];
    const reader = matcher.reader();
    const read = { read: (piece: string) => (seen.push(piece), reader.read(piece)), end: () => reader.end() };
    await walk(page(`<p>Essex</p>${'<p>more</p>'.repeat(500)}`), read);
    expect(seen.length).toBeLessThan(300);
  });
});
