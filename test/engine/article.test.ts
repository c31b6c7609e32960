import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isoDay, readArticle } from '../../lib/page/article';

const page = (head: string, body: string): Document =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('reading an article out of a page', () => {
  it.each<[string, string, string, string | null]>([
    [
      'article:published_time meta',
      '<meta property="article:published_time" content="2023-03-23T09:00:00+00:00">',
      '<p>x</p>',
      '2023-03-23',
    ],
    [
      'JSON-LD datePublished inside @graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-01-12T10:00:00Z"}]}</script>',
      '<p>x</p>',
      '2026-01-12',
    ],
    [
      'broken JSON-LD then <time>',
      '<script type="application/ld+json">{oops</script>',
      '<article><time datetime="2018-11-20">20 Nov</time><p>x</p></article>',
      '2018-11-20',
    ],
    ['no date anywhere', '', '<p>x</p>', null],
  ])('date from %s', (_name, head, body, expected) => {
    expect(readArticle(page(head, body)).published).toBe(expected);
  });

  it('keeps the article’s paragraphs and table rows, and drops scripts, navigation and footers', () => {
    const doc = page(
      '<title>Site | News</title><meta property="og:title" content="Kent children’s services rated good">',
      `<nav>Home Kent Essex</nav><article><h1>Kent children’s services rated good</h1><p>First  paragraph
      about Kent.</p><script>var x = "Essex";</script><table><tr><td>Overall effectiveness</td><td>Good</td></tr></table></article><footer>Essex office</footer>`,
    );
    const a = readArticle(doc);
    expect(a.title).toBe('Kent children’s services rated good');
    expect(a.text).toBe('Kent children’s services rated good\n\nFirst paragraph about Kent.\n\nOverall effectiveness\tGood');
  });

  it.each<[string | null, string | null]>([
    ['2024-02-30', null],
    ['2024-02-29T23:00:00Z', '2024-02-29'],
    ['Tue, 10 Mar 2023 08:00:00 GMT', '2023-03-10'],
    ['soon', null],
    [null, null],
  ])('isoDay(%j) = %j', (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });
});
